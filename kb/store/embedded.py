"""The embedded store: an on-disk pyoxigraph `Store` holding one named graph per article
and the entity graph (`kb.store.layout`).

A folder is accepted as a store only if it is an Oxigraph database, or is missing or
empty and the caller may create one, so a mistyped `--store` never scatters database
files into an unrelated folder. Queries see the union of all graphs as their default
graph, as `kb serve` does, so the same query text answers the same over HTTP.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kb.errors import InputError, OperationFailed
from kb.store.querytext import check_query

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


def run_query(
    store: ox.Store, query: str, where: str, *, allow_service: bool = False
) -> QueryResult:
    """Answer `query` over the union of the store's graphs; `where` names it in errors.
    A `SERVICE` clause is refused unless `allow_service` (see `kb.store.querytext`)."""
    check_query(query, where, allow_service=allow_service)
    try:
        result = store.query(query, use_default_graph_as_union=True)
    except SyntaxError as error:
        reason = " ".join(str(error).split())  # one line, however the parser words it
        raise InputError(where, f"not a valid SPARQL query: {reason}", "fix the query") from None
    except OSError as error:
        raise OperationFailed(f"{where}: the query failed: {error}") from None
    if isinstance(result, ox.QueryTriples):
        return list(result)
    return result
