"""The embedded store: an on-disk pyoxigraph `Store` holding one named graph per article
and the entity graph (`kb.store.layout`).

A folder is accepted as a store only if it is an Oxigraph database, or is missing or
empty and the caller may create one, so a mistyped `--store` never scatters database
files into an unrelated folder. Queries see the union of all graphs as their default
graph, as `kb serve` does, so the same query text answers the same over HTTP.
"""

from __future__ import annotations

from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kb.errors import InputError, OperationFailed

if TYPE_CHECKING:
    from kb.store.corpus import Batch, Select, Term
    from kb.store.layout import ArticleLayout

DEFAULT_STORE = Path(".kb/store")
"""Where `kb load`, `kb query` and `kb serve` keep the store unless `--store` says."""

QueryResult = ox.QuerySolutions | ox.QueryBoolean | list[ox.Triple]
"""What a query answers: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT)."""


def open_store(path: Path, *, create: bool) -> ox.Store:
    """Open the store at `path`, creating it when allowed; one-line errors otherwise."""
    check_store_path(path, create=create)
    try:
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as error:
        if "lock" in str(error).lower():
            raise OperationFailed(
                f"{path}: the store is in use by another process; stop it, or if it is "
                "`kb serve`, use --endpoint http://127.0.0.1:7878 instead"
            ) from None
        raise OperationFailed(f"{path}: cannot open the store: {error}") from None


def is_store(path: Path) -> bool:
    """Whether `path` already holds an Oxigraph store."""
    return path.is_dir() and (path / "CURRENT").is_file()


def check_store_path(path: Path, *, create: bool) -> None:
    """Refuse a path that is not a store (and, unless `create`, one that does not exist)."""
    if path.is_file():
        raise InputError(str(path), "is a file, not a store folder", "pass --store FOLDER")
    if is_store(path):
        return
    if path.is_dir() and any(path.iterdir()):
        raise InputError(
            str(path),
            "is a folder but not an Oxigraph store",
            "pass --store with a new folder or an existing store",
        )
    if not create:
        raise InputError(
            str(path), "no store here", "load articles first with `kb load out/`, or pass --store"
        )


def apply(store: ox.Store, batch: Batch) -> None:
    """Write one batch in one transaction: `Store.extend` when it only adds (a fresh
    load), else the batch's SPARQL Update (drops and deletions with the inserts)."""
    try:
        if batch.needs_removal():
            store.update(batch.update())
        else:
            store.extend(chain(batch.article_quads(), batch.insert))
    except OSError as error:
        raise OperationFailed(
            f"writing to the store failed, this batch unchanged: {error}"
        ) from None


def holds(store: ox.Store, article: ArticleLayout) -> bool:
    """Whether the store's graph of `article` already has exactly its triples.

    Compared as the store keeps them: Oxigraph stores some derived datatypes by their
    base type (`xsd:nonNegativeInteger` as `xsd:integer`), so the new triples go
    through an in-memory store first.
    """
    stored = set(store.quads_for_pattern(None, None, None, article.name))
    if len(stored) != len(article.triples):
        return False
    scratch = ox.Store()
    scratch.extend(ox.Quad(t.subject, t.predicate, t.object, article.name) for t in article.triples)
    return stored == set(scratch)


def finish(store: ox.Store) -> None:
    """Flush the write-ahead log, so the next command opens the store at once."""
    try:
        store.flush()
    except OSError as error:
        raise OperationFailed(f"flushing the store failed: {error}") from None


def selector(store: ox.Store) -> Select:
    """`kb.store.corpus.Select` over the store (queries name their graphs)."""
    return lambda query: rows(run_query(store, query, "kb"))


def rows(result: QueryResult) -> list[dict[str, Term]]:
    """A SELECT answer as dicts from variable name to its bound term."""
    assert isinstance(result, ox.QuerySolutions)
    names = [variable.value for variable in result.variables]
    return [
        {name: term for name, term in zip(names, solution, strict=True) if term is not None}
        for solution in result
    ]


def run_query(store: ox.Store, query: str, where: str) -> QueryResult:
    """Answer `query` over the union of the store's graphs; `where` names it in errors."""
    try:
        result = store.query(query, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise InputError(where, f"not a valid SPARQL query: {error}", "fix the query") from None
    except OSError as error:
        raise OperationFailed(f"{where}: the query failed: {error}") from None
    if isinstance(result, ox.QueryTriples):
        return list(result)
    return result
