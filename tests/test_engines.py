"""Every query in queries/ gives the same rows, with the whole corpus loaded, on the
SPARQL engines people run: the embedded store, Oxigraph server stock and with a union
default graph, Virtuoso 7 and Apache Jena (TDB2 + ARQ). Each server is started once,
on loopback, loaded the way its users would load it, and stopped at the end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kb.store.embedded import run_query
from kb.store.endpoint import Endpoint
from tests.engine_support import (
    VIRTUOSO_USER,
    Row,
    jena_answers,
    jena_classpath,
    jena_load,
    normalised,
    virtuoso,
)
from tests.store_support import kb, loaded_store, oxigraph_server, store_dump
from tests.test_queries import QUERIES, query_names

NAMES = query_names()


@pytest.fixture(scope="module")
def corpus_store(corpus_export: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return loaded_store(corpus_export, tmp_path_factory.mktemp("embedded"))


@pytest.fixture(scope="module")
def expected(corpus_store: Path) -> dict[str, list[Row]]:
    """What the embedded store answers (test_queries.py checks those rows exactly)."""
    store = ox.Store(str(corpus_store))
    try:
        return {name: _rows(run_query(store, _text(name), name)) for name in NAMES}
    finally:
        del store


@pytest.fixture(scope="module")
def stock_oxigraph(corpus_export: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`oxigraph serve` as it comes (an empty default graph), loaded by SPARQL Update."""
    with oxigraph_server(tmp_path_factory.mktemp("stock"), union=False) as url:
        result = kb("load", corpus_export, "--endpoint", url)
        assert result.exit_code == 0, result.stderr
        yield url


@pytest.fixture(scope="module")
def union_oxigraph(corpus_export: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Oxigraph with --union-default-graph (`kb serve`), loaded by Graph Store PUTs."""
    with oxigraph_server(tmp_path_factory.mktemp("union")) as url:
        result = kb("load", corpus_export, "--endpoint", url, "--graph-store", f"{url}/store")
        assert result.exit_code == 0, result.stderr
        yield url


@pytest.fixture(scope="module")
def virtuoso_server(corpus_export: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Virtuoso 7, loaded through /sparql-auth with digest auth."""
    with virtuoso(tmp_path_factory.mktemp("virtuoso")) as url:
        with pytest.MonkeyPatch.context() as env:
            env.setenv("KB_ENDPOINT_USER", VIRTUOSO_USER[0])
            env.setenv("KB_ENDPOINT_PASSWORD", VIRTUOSO_USER[1])
            result = kb("load", corpus_export, "--endpoint", f"{url}/sparql-auth")
        assert result.exit_code == 0, result.stderr
        yield url


@pytest.fixture(scope="module")
def jena_rows(corpus_store: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Row]]:
    """Jena's answers: the store's quads bulk-loaded into TDB2 (tdb2.tdbloader), each
    query answered by ARQ."""
    scratch = tmp_path_factory.mktemp("jena")
    classpath = jena_classpath(scratch)
    dump = scratch / "corpus.nq"
    dump.write_bytes(store_dump(corpus_store))
    jena_load(classpath, scratch / "tdb2", dump)
    queries = [QUERIES / f"{name}.rq" for name in NAMES]
    answers = jena_answers(classpath, scratch / "tdb2", queries, scratch)
    return {name: normalised(answer) for name, answer in answers.items()}


@pytest.mark.parametrize("name", NAMES)
def test_stock_oxigraph_server_answers_like_the_embedded_store(
    name: str, stock_oxigraph: str, expected: dict[str, list[Row]]
) -> None:
    assert _remote(name, stock_oxigraph) == expected[name]


@pytest.mark.parametrize("name", NAMES)
def test_union_oxigraph_server_answers_like_the_embedded_store(
    name: str, union_oxigraph: str, expected: dict[str, list[Row]]
) -> None:
    assert _remote(name, union_oxigraph) == expected[name]


@pytest.mark.parametrize("name", NAMES)
def test_virtuoso_answers_like_the_embedded_store(
    name: str, virtuoso_server: str, expected: dict[str, list[Row]]
) -> None:
    assert _remote(name, f"{virtuoso_server}/sparql") == expected[name]


@pytest.mark.parametrize("name", NAMES)
def test_jena_answers_like_the_embedded_store(
    name: str, jena_rows: dict[str, list[Row]], expected: dict[str, list[Row]]
) -> None:
    assert jena_rows[name] == expected[name]


def test_virtuoso_update_without_the_grant_says_so(
    virtuoso_server: str, corpus_export: Path
) -> None:
    result = kb("load", corpus_export, "--endpoint", f"{virtuoso_server}/sparql")
    assert result.exit_code == 1
    assert (
        result.stderr.strip()
        .splitlines()[-1]
        .startswith(
            f"kb: {virtuoso_server}/sparql: the server refuses updates from this account "
            "(a missing grant):"
        )
    )


def test_virtuoso_with_wrong_credentials_names_digest_auth(
    virtuoso_server: str, corpus_export: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KB_ENDPOINT_USER", VIRTUOSO_USER[0])
    monkeypatch.setenv("KB_ENDPOINT_PASSWORD", "wrong")
    result = kb("load", corpus_export, "--endpoint", f"{virtuoso_server}/sparql-auth")
    assert result.exit_code == 1
    assert "refused the credentials of KB_ENDPOINT_USER (digest auth)" in result.stderr


def test_virtuoso_reload_by_graph_store_protocol_changes_no_answer(
    virtuoso_server: str, corpus_export: Path, expected: dict[str, list[Row]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("KB_ENDPOINT_USER", VIRTUOSO_USER[0])
    monkeypatch.setenv("KB_ENDPOINT_PASSWORD", VIRTUOSO_USER[1])
    seed = next(corpus_export.glob("2024-11-30-*.trig"))
    crud = f"{virtuoso_server}/sparql-graph-crud-auth"
    result = kb("load", seed, "--endpoint", f"{virtuoso_server}/sparql-auth", "--graph-store", crud)
    assert result.exit_code == 0, result.stderr
    assert _remote("wikidata-links", f"{virtuoso_server}/sparql") == expected["wikidata-links"]


def _text(name: str) -> str:
    return (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def _rows(result: object) -> list[Row]:
    assert isinstance(result, ox.QuerySolutions)
    return normalised(result)


def _remote(name: str, url: str) -> list[Row]:
    return _rows(Endpoint(url).query(_text(name), name))
