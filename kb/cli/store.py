"""The `kb load`, `kb query` and `kb serve` commands (registered by `kb.cli.main`).

They only read options, print and hand over: reading files is `kb.store.graphfiles`,
the embedded store `kb.store.embedded`, remote endpoints `kb.store.endpoint`, output
`kb.store.results` and the server `kb.store.server`. Progress goes to stderr; stdout
carries only the answer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kb.errors import InputError
from kb.store.embedded import DEFAULT_STORE, check_store_path, open_store, replace_graphs, run_query
from kb.store.endpoint import Endpoint
from kb.store.graphfiles import ArticleGraph, input_files, read_graphs, replace_update
from kb.store.results import FORMATS, render
from kb.store.server import DEFAULT_BIND, server_command

_store_option = click.option(
    "--store",
    type=click.Path(path_type=Path),
    envvar="KB_STORE",
    help=f"Store folder (default {DEFAULT_STORE}, or $KB_STORE).",
)
_endpoint_option = click.option(
    "--endpoint",
    metavar="URL",
    help="A SPARQL 1.1 endpoint instead of the store, e.g. http://127.0.0.1:7878 "
    "(kb serve); basic auth from $KB_ENDPOINT_USER and $KB_ENDPOINT_PASSWORD.",
)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_store_option
@_endpoint_option
def load(paths: tuple[Path, ...], store: Path | None, endpoint: str | None) -> None:
    """Load exported articles into the store, one named graph per article.

    \b
    PATHS are files or folders. A folder gives one file per article, preferring
    .trig, then .nq, .ttl, .nt (JSON-LD is not read). TriG and N-Quads name
    their graphs; a .ttl or .nt file goes into the graph named by its one
    kb:NewsArticle. Every file is checked first, then all graphs are replaced
    in one transaction: loading again replaces, a failed load changes nothing.

    \b
    Examples:
      kb load out/
      kb load out/2024-11-30-eszak-korea-oroszorszag.trig --store /tmp/kb
      kb load out/ --endpoint http://127.0.0.1:7878
    """
    target = _target(store, endpoint, create=True)
    graphs = _read_graphs(input_files(paths))
    triples = sum(len(graph.triples) for graph in graphs)
    click.echo(f"kb: replacing {len(graphs)} graph(s), {triples} triples, in {target}", err=True)
    update = replace_update(graphs)
    if isinstance(target, Endpoint):
        target.update(update)
    else:
        replace_graphs(open_store(target, create=True), update)
    click.echo(f"loaded {len(graphs)} graph(s), {triples} triples, into {target}")


@click.command()
@click.argument("query")
@_store_option
@_endpoint_option
@click.option(
    "--format",
    "format_name",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="csv/json: SPARQL 1.1 results; turtle/ntriples: CONSTRUCT; table: for reading.",
)
def query(query: str, store: Path | None, endpoint: str | None, format_name: str) -> None:
    """Answer a SPARQL query (its text or a .rq file) over every loaded article.

    \b
    The default graph is the union of the article graphs, so queries need no
    GRAPH clause (kb serve answers the same way).

    \b
    Examples:
      kb query queries/timeline-kursk.rq
      kb query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format csv
      kb query queries/timeline-kursk.rq --endpoint http://127.0.0.1:7878
    """
    text, where = _query_text(query)
    target = _target(store, endpoint, create=False)
    if isinstance(target, Endpoint):
        result = target.query(text, where)
    else:
        result = run_query(open_store(target, create=False), text, where)
    click.echo(render(result, format_name), nl=False)


@click.command()
@_store_option
@click.option("--bind", default=DEFAULT_BIND, show_default=True, help="host:port to listen on.")
def serve(store: Path | None, bind: str) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (the Oxigraph server).

    \b
    Queries at http://BIND/query, updates at /update, the Graph Store
    Protocol at /store. While it runs it holds the store: load and query
    through it with --endpoint http://BIND. Ctrl-C stops it.
    """
    folder = store or DEFAULT_STORE
    check_store_path(folder, create=True)
    command = server_command(folder, bind)
    click.echo(f"kb: serving {folder} at http://{bind}/query; Ctrl-C stops", err=True)
    os.execv(command[0], command)


def _target(store: Path | None, endpoint: str | None, *, create: bool) -> Path | Endpoint:
    """The endpoint, or the store folder, checked before any work is done."""
    if store is not None and endpoint is not None:
        raise InputError("--store/--endpoint", "give one of them, not both")
    if endpoint is not None:
        return Endpoint(endpoint)
    folder = store or DEFAULT_STORE
    check_store_path(folder, create=create)
    return folder


def _read_graphs(files: list[Path]) -> list[ArticleGraph]:
    stderr = sys.stderr
    with click.progressbar(
        files, label="kb: reading", file=stderr, item_show_func=lambda path: str(path or "")
    ) as bar:
        return read_graphs(bar)


def _query_text(query: str) -> tuple[str, str]:
    """The query and how errors name it: a file's path, or "query" for inline text."""
    path = Path(query)
    if path.suffix == ".rq" or path.is_file():
        try:
            return path.read_text(encoding="utf-8"), str(path)
        except (OSError, UnicodeDecodeError) as error:
            problem = f"cannot read the query: {getattr(error, 'strerror', None) or error}"
            raise InputError(str(path), problem, "check the path") from None
    return query, "query"
