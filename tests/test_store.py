"""`kb load` and `kb query` over the embedded store: one named graph per article,
replaced whole, never half-written; bad input is one line, exit 2, store untouched."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kb.store.embedded import DEFAULT_STORE
from tests.store_support import (
    ARTICLE_A,
    ARTICLE_B,
    FIXTURES,
    TWO_ARTICLES,
    kb,
    select,
    store_dump,
    triples_per_graph,
)


def rdflib_sizes(path: Path) -> dict[str, int]:
    """Triples per named graph as rdflib (an independent parser) reads the file."""
    dataset = rdflib.Dataset()
    dataset.parse(path)
    return {str(graph.identifier): len(graph) for graph in dataset.graphs() if len(graph)}


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store already holding the two fixture articles."""
    path = tmp_path / "store"
    result = kb("load", TWO_ARTICLES, "--store", path)
    assert result.exit_code == 0, result.stderr
    return path


def test_load_puts_each_article_in_the_graph_named_by_its_iri(store: Path) -> None:
    assert triples_per_graph("--store", store) == rdflib_sizes(TWO_ARTICLES)


def test_loading_again_replaces_instead_of_adding(store: Path) -> None:
    before = triples_per_graph("--store", store)
    assert kb("load", TWO_ARTICLES, "--store", store).exit_code == 0
    assert triples_per_graph("--store", store) == before


def test_a_new_version_of_an_article_replaces_only_its_graph(store: Path) -> None:
    result = kb("load", FIXTURES / "fixture-a-v2.ttl", "--store", store)
    assert result.exit_code == 0, result.stderr
    sizes = triples_per_graph("--store", store)
    assert sizes[ARTICLE_A] == len(rdflib.Graph().parse(FIXTURES / "fixture-a-v2.ttl"))
    assert sizes[ARTICLE_B] == rdflib_sizes(TWO_ARTICLES)[ARTICLE_B]
    headlines = select(
        "SELECT ?h WHERE { ?a <http://schema.org/headline> ?h } ORDER BY ?h", "--store", store
    )
    assert [row["h"] for row in headlines] == [
        "Becslés a katonák számáról",
        "Látogatás Phenjanban (javítva)",
    ]


def test_a_turtle_file_goes_into_the_graph_of_its_news_article(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert kb("load", FIXTURES / "fixture-a-v2.ttl", "--store", store).exit_code == 0
    assert list(triples_per_graph("--store", store)) == [ARTICLE_A]


def test_a_folder_gives_one_file_per_article_preferring_trig(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(TWO_ARTICLES, out / "news.trig")
    shutil.copy(FIXTURES / "not-rdf.ttl", out / "news.ttl")  # would fail if it were read
    (out / "news.jsonld").write_text("not JSON-LD either", encoding="utf-8")
    store = tmp_path / "store"
    result = kb("load", out, "--store", store)
    assert result.exit_code == 0, result.stderr
    assert triples_per_graph("--store", store) == rdflib_sizes(TWO_ARTICLES)


def test_the_store_defaults_to_dot_kb_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KB_STORE", raising=False)
    assert kb("load", TWO_ARTICLES).exit_code == 0
    assert (tmp_path / DEFAULT_STORE / "CURRENT").is_file()
    assert triples_per_graph() == rdflib_sizes(TWO_ARTICLES)


def test_progress_goes_to_stderr_and_the_summary_to_stdout(tmp_path: Path) -> None:
    result = kb("load", TWO_ARTICLES, "--store", tmp_path / "store")
    assert "checked 2 article(s), 15 triples; replacing changed graphs" in result.stderr
    assert result.stdout.splitlines() == [
        f"loaded 2 graph(s), 15 triples, into {tmp_path / 'store'}"
    ]


def test_a_broken_file_after_a_good_one_leaves_the_store_as_it_was(store: Path) -> None:
    before = store_dump(store)
    result = kb("load", FIXTURES / "fixture-a-v2.ttl", FIXTURES / "not-rdf.ttl", "--store", store)
    assert result.exit_code == 2
    assert f"{FIXTURES / 'not-rdf.ttl'}:4: not valid RDF" in result.stderr
    assert store_dump(store) == before


def test_a_failed_load_creates_no_store(tmp_path: Path) -> None:
    result = kb("load", FIXTURES / "not-rdf.ttl", "--store", tmp_path / "new")
    assert result.exit_code == 2
    assert not (tmp_path / "new").exists()


def test_a_load_killed_midway_leaves_the_store_as_it_was(store: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.trig"
    big.write_text(
        f"<{ARTICLE_A}> {{\n"
        + "".join(f'<{ARTICLE_A}/span/{n}> <urn:p> "{n}" .\n' for n in range(150_000))
        + "}\n",
        encoding="utf-8",
    )
    before = store_dump(store)
    process = subprocess.Popen(
        [sys.executable, "-m", "kb", "load", str(big), "--store", str(store)],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, cwd=Path(__file__).parent.parent,
    )  # fmt: skip
    assert process.stderr is not None
    for line in process.stderr:  # kill it once it has started writing
        if b"replacing" in line:
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL, "the load finished before it was killed"
    assert store_dump(store) == before


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        ("not-rdf.ttl", "not-rdf.ttl:4: not valid RDF: this is not a valid predicate"),
        ("no-article.ttl", "no-article.ttl: needs exactly one kb:NewsArticle IRI"),
        ("default-graph.trig", "default-graph.trig: a triple outside a named graph"),
    ],
)
def test_input_that_is_not_article_rdf_is_one_line_exit_2(
    store: Path, fixture: str, message: str
) -> None:
    before = store_dump(store)
    result = kb("load", FIXTURES / fixture, "--store", store)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("kb: ")
    assert store_dump(store) == before


def test_two_files_with_the_same_graph_are_refused(tmp_path: Path) -> None:
    copy = tmp_path / "copy.trig"
    shutil.copy(TWO_ARTICLES, copy)
    result = kb("load", TWO_ARTICLES, copy, "--store", tmp_path / "store")
    assert result.exit_code == 2
    assert f"graph <{ARTICLE_A}> is also in {TWO_ARTICLES}" in result.stderr


def test_a_folder_that_is_not_a_store_is_refused_and_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "todo.txt").write_text("buy milk", encoding="utf-8")
    result = kb("load", TWO_ARTICLES, "--store", folder)
    assert result.exit_code == 2
    assert f"kb: {folder}: is a folder but not an Oxigraph store" in result.stderr
    assert [path.name for path in folder.iterdir()] == ["todo.txt"]


def test_a_file_given_as_store_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "store.txt"
    file.write_text("", encoding="utf-8")
    result = kb("query", "ASK {}", "--store", file)
    assert result.exit_code == 2
    assert f"kb: {file}: is a file, not a store folder" in result.stderr


def test_querying_a_missing_store_says_to_load_first_and_creates_nothing(tmp_path: Path) -> None:
    result = kb("query", "ASK {}", "--store", tmp_path / "none")
    assert result.exit_code == 2
    assert "no store here; load articles first with `kb load out/`" in result.stderr
    assert not (tmp_path / "none").exists()


def test_a_store_in_use_by_another_process_is_exit_1(store: Path) -> None:
    holder = ox.Store(str(store))
    result = kb("query", "ASK {}", "--store", store)
    del holder
    assert result.exit_code == 1
    assert "the store is in use by another process" in result.stderr


def test_a_malformed_query_names_the_file_and_position(store: Path, tmp_path: Path) -> None:
    query = tmp_path / "broken.rq"
    query.write_text("SELECT ?s WHERE {\n  ?s ?p\n}\n", encoding="utf-8")
    result = kb("query", query, "--store", store)
    assert result.exit_code == 2
    assert re.search(
        f"^kb: {re.escape(str(query))}: not a valid SPARQL query: error at \\d+:\\d+", result.stderr
    )


def test_store_and_endpoint_together_are_a_usage_error(store: Path) -> None:
    result = kb("query", "ASK {}", "--store", store, "--endpoint", "http://127.0.0.1:1")
    assert result.exit_code == 2
    assert "give one of them, not both" in result.stderr


def test_csv_is_a_header_row_then_one_row_per_answer(store: Path) -> None:
    query = "SELECT ?article ?headline WHERE { ?article <http://schema.org/headline> ?headline }"
    result = kb("query", query + " ORDER BY ?article", "--store", store, "--format", "csv")
    assert result.stdout_bytes.decode().split("\r\n") == [
        "article,headline",
        f"{ARTICLE_A},Látogatás Phenjanban",
        f"{ARTICLE_B},Becslés a katonák számáról",
        "",
    ]


def test_json_is_sparql_json_results(store: Path) -> None:
    query = "SELECT ?type WHERE { ?e <https://w3id.org/newskb/ontology#eventType> ?type }"
    result = kb("query", query + " ORDER BY ?type", "--store", store, "--format", "json")
    answer = json.loads(result.stdout)
    assert answer["head"] == {"vars": ["type"]}
    assert [binding["type"] for binding in answer["results"]["bindings"]] == [
        {"type": "uri", "value": "https://w3id.org/newskb/concept/event-troop-deployment"},
        {"type": "uri", "value": "https://w3id.org/newskb/concept/event-visit"},
    ]


def test_table_aligns_columns_and_shortens_known_prefixes(store: Path) -> None:
    query = "SELECT ?type ?label WHERE { ?e kb:eventType ?type OPTIONAL { ?e rdfs:label ?label } }"
    prefixes = (
        "PREFIX kb: <https://w3id.org/newskb/ontology#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    )
    result = kb("query", prefixes + query + " ORDER BY ?type ?label", "--store", store)
    assert result.stdout.splitlines() == [
        "type                        label",
        "--------------------------  ---------",
        "kbc:event-troop-deployment",
        "kbc:event-visit             látogatás",
        "kbc:event-visit             visit",
    ]


def test_ask_answers_true_or_false(store: Path) -> None:
    ask = "ASK { ?a a <https://w3id.org/newskb/ontology#NewsArticle> }"
    assert kb("query", ask, "--store", store).stdout == "true\n"
    assert kb("query", ask.replace("NewsArticle", "Claim"), "--store", store).stdout == "false\n"


def test_construct_answers_rdf_that_parses_back(store: Path) -> None:
    construct = "CONSTRUCT WHERE { ?s a ?type }"
    for format_name, rdflib_format in (("turtle", "turtle"), ("ntriples", "nt")):
        result = kb("query", construct, "--store", store, "--format", format_name)
        assert result.exit_code == 0, result.stderr
        assert len(rdflib.Graph().parse(data=result.stdout, format=rdflib_format)) == 4


def test_a_select_asked_for_turtle_is_a_usage_error(store: Path) -> None:
    result = kb("query", "SELECT * WHERE { ?s ?p ?o }", "--store", store, "--format", "turtle")
    assert result.exit_code == 2
    assert "turtle is for CONSTRUCT and DESCRIBE queries" in result.stderr


def test_a_query_file_is_read_from_its_path(store: Path, tmp_path: Path) -> None:
    query = tmp_path / "count.rq"
    query.write_text(
        "# how many articles?\nSELECT (COUNT(*) AS ?n) WHERE {\n"
        "  ?a a <https://w3id.org/newskb/ontology#NewsArticle> }\n",
        encoding="utf-8",
    )
    assert select(str(query), "--store", store) == [{"n": "2"}]
