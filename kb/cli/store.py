"""The `kb load`, `kb check-corpus`, `kb query` and `kb serve` commands (see `kb.cli.main`).

They only read options, print and hand over: reading files is `kb.store.graphfiles`,
the embedded store `kb.store.embedded`, remote endpoints `kb.store.endpoint`, output
`kb.store.results` and the server `kb.store.server`. Progress goes to stderr; stdout
carries only the answer.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kb.errors import InputError
from kb.read.files import QUERY_BYTES, read_text
from kb.store.embedded import DEFAULT_STORE, check_store_path, is_store, open_store, run_query
from kb.store.guard import TOKEN_VARIABLE
from kb.store.querytext import ALLOW_OPTION
from kb.store.results import FORMATS, render
from kb.store.server import DEFAULT_BIND, parse_bind, update_token
from kb.store.server import serve as run_server

if TYPE_CHECKING:  # the rest of kb.store is imported by the commands that use it
    from kb.store.corpus import Inputs, Plan
    from kb.store.endpoint import Endpoint

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
    "(kb serve); digest or basic auth, as the server asks, from $KB_ENDPOINT_USER and "
    "$KB_ENDPOINT_PASSWORD.",
)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_store_option
@_endpoint_option
@click.option(
    "--graph-store",
    metavar="URL",
    help="With --endpoint: write article graphs by Graph Store Protocol PUT to URL "
    "(Oxigraph: http://HOST:PORT/store) instead of SPARQL Update.",
)
@click.option(
    "--update-endpoint",
    metavar="URL",
    help="With --endpoint: where the server takes updates, when not at the query URL "
    "(GraphDB: .../repositories/REPO/statements).",
)
@click.option(
    "--remove",
    "removals",
    multiple=True,
    metavar="SLUG",
    help="Remove the article (slug or article IRI) from the store; repeatable.",
)
def load(
    paths: tuple[Path, ...],
    store: Path | None,
    endpoint: str | None,
    graph_store: str | None,
    update_endpoint: str | None,
    removals: tuple[str, ...],
) -> None:
    """Load exported articles into the store, one named graph per article, and
    what their entities are once, in the entity graph.

    \b
    PATHS are files or folders. A folder gives one file per article, preferring
    .trig, then .nq, .ttl, .nt (JSON-LD is not read). TriG and N-Quads name
    their graphs; a .ttl or .nt file goes into the graph named by its one
    kb:NewsArticle. Every file is checked first, and every entity compared
    with the other articles that describe it: a conflict (type, labels,
    Wikidata ID) is reported, one line each, and nothing is written. Then
    changed articles are replaced, in batches that are each all or nothing.

    \b
    Examples:
      kb load out/
      kb load out/2024-11-30-eszak-korea-oroszorszag.trig --store /tmp/kb
      kb load --remove 2024-11-30-eszak-korea-oroszorszag
      kb load out/ --endpoint http://127.0.0.1:7878
    """
    from kb.store.batches import apply, finish, holds, selector
    from kb.store.corpus import Inputs, plan, write
    from kb.store.endpoint import Endpoint
    from kb.store.graphfiles import input_files
    from kb.store.layout import default_article

    if not paths and not removals:
        raise InputError("kb load", "nothing to do", "give files or folders, or --remove SLUG")
    target = _target(store, endpoint, create=True, writes=(graph_store, update_endpoint))
    given = _read_summaries(input_files(paths)) if paths else Inputs()
    removed = [default_article(removal) for removal in removals]
    if isinstance(target, Endpoint):
        made = plan(given, removed, target.selector())
        click.echo(_announce(made, target), err=True)
        done = write(made, target.apply, lambda _: False, limit=target.batch_limit)
    else:
        existing = open_store(target, create=False) if is_store(target) else None
        made = plan(given, removed, selector(existing) if existing else lambda _: [])
        click.echo(_announce(made, target), err=True)
        handle = existing or open_store(target, create=True)
        done = write(made, lambda batch: apply(handle, batch), lambda a: holds(handle, a))
        finish(handle)
    summary = f"loaded {len(done.written)} graph(s), {done.triples} triples, into {target}"
    extras = [f"{done.unchanged} unchanged"] * bool(done.unchanged)
    extras += [f"{done.removed} removed"] * bool(done.removed)
    click.echo(summary + "".join(f", {extra}" for extra in extras))


@click.command("check-corpus")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def check_corpus(paths: tuple[Path, ...]) -> None:
    """Check that exported articles agree on what each shared entity is.

    \b
    Reads the files as kb load does and reports, one line each, every entity
    two articles describe differently (type, a label, the Wikidata ID) and
    every Wikidata item given to two entities. Exit 1 if there is any.

    \b
    Example:
      kb check-corpus out/
    """
    from kb.store.corpus import check_articles, conflicts_error
    from kb.store.graphfiles import input_files

    given = _read_summaries(input_files(paths))
    found = check_articles(given)
    if found:
        raise conflicts_error(found)
    click.echo(f"{len(given.articles)} article(s), {len(given.described)} entities: no conflicts")


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
@click.option(
    ALLOW_OPTION,
    "allow_service",
    is_flag=True,
    help="Let SERVICE clauses make HTTP requests from this machine (refused by default).",
)
def query(
    query: str, store: Path | None, endpoint: str | None, format_name: str, allow_service: bool
) -> None:
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
    from kb.store.endpoint import Endpoint

    text, where = _query_text(query)
    target = _target(store, endpoint, create=False)
    if isinstance(target, Endpoint):
        result = target.query(text, where)
    else:
        opened = open_store(target, create=False)
        result = run_query(opened, text, where, allow_service=allow_service)
    click.echo(render(result, format_name, str(target)), nl=False)


@click.command()
@_store_option
@click.option("--bind", default=DEFAULT_BIND, show_default=True, help="host:port to listen on.")
@click.option(
    "--allow-update",
    is_flag=True,
    help=f"Accept SPARQL updates and Graph Store writes that carry ${TOKEN_VARIABLE} "
    "(as a Bearer token or the basic-auth password). Off: read-only.",
)
@click.option(
    "--allow-host",
    "hosts",
    multiple=True,
    metavar="NAME",
    help="Another name clients may reach the server by (Host header), besides "
    "127.0.0.1, localhost and the --bind address. Repeatable.",
)
def serve(store: Path | None, bind: str, allow_update: bool, hosts: tuple[str, ...]) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (the Oxigraph server), read-only.

    \b
    Queries at http://BIND/query, the Graph Store Protocol at /store (GET).
    Requests whose Host is not this server's name, and requests from web pages
    of other origins, are refused: a page in your browser cannot read or change
    the store. Updates (/update, PUT/POST/DELETE /store) only with --allow-update,
    and only with the token in $KB_SERVE_TOKEN. Ctrl-C stops it.

    \b
    Examples:
      kb serve
      export KB_SERVE_TOKEN=$(python3 -c 'import secrets; print(secrets.token_urlsafe())')
      kb serve --allow-update &
      KB_ENDPOINT_USER=kb KB_ENDPOINT_PASSWORD=$KB_SERVE_TOKEN \\
        kb load out/ --endpoint http://127.0.0.1:7878
    """
    folder = store or DEFAULT_STORE
    token = update_token(allow_update)
    parse_bind(bind)
    check_store_path(folder, create=allow_update)
    mode = "read-write with the token" if token else "read-only"
    click.echo(f"kb: serving {folder} at http://{bind}/query, {mode}; Ctrl-C stops", err=True)
    run_server(folder, bind, token, hosts)


def _target(
    store: Path | None,
    endpoint: str | None,
    *,
    create: bool,
    writes: tuple[str | None, str | None] = (None, None),
) -> Path | Endpoint:
    """The endpoint, or the store folder, checked before any work is done; `writes` are
    the endpoint's Graph Store and update URLs, when given."""
    from kb.store.endpoint import Endpoint

    if store is not None and endpoint is not None:
        raise InputError("--store/--endpoint", "give one of them, not both")
    if any(writes) and endpoint is None:
        raise InputError(
            "--graph-store/--update-endpoint", "needs --endpoint", "give the query URL too"
        )
    if endpoint is not None:
        return Endpoint(endpoint, *writes)
    folder = store or DEFAULT_STORE
    check_store_path(folder, create=create)
    return folder


def _read_summaries(files: list[Path]) -> Inputs:
    from kb.store.corpus import read_summaries

    stderr = sys.stderr
    with click.progressbar(
        files, label="kb: reading", file=stderr, item_show_func=lambda path: str(path or "")
    ) as bar:
        return read_summaries(bar)


def _announce(made: Plan, target: Path | Endpoint) -> str:
    removing = f", removing {len(made.removed)}" if made.removed else ""
    return (
        f"kb: checked {len(made.articles)} article(s), {made.triples} triples{removing}; "
        f"replacing changed graphs in {target}"
    )


def _query_text(query: str) -> tuple[str, str]:
    """The query and how errors name it: a file's path, or "query" for inline text."""
    path = Path(query)
    if path.suffix == ".rq" or path.exists():
        return read_text(path, QUERY_BYTES, "check the path"), str(path)
    return query, "query"
