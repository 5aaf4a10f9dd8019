"""What the store, endpoint and query tests share: CLI runs, fixtures, a real server.

Servers are the real Oxigraph server, started the way `kb serve` starts it, on a free
loopback port, and stopped when the test ends.
"""

from __future__ import annotations

import csv
import io
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from click.testing import Result

from kb.store.server import server_command
from tests.conftest import DATA, run_kb

FIXTURES = DATA / "store"
TWO_ARTICLES = FIXTURES / "two-articles.trig"
ARTICLE_A = "https://w3id.org/newskb/id/article/fixture-a"
ARTICLE_B = "https://w3id.org/newskb/id/article/fixture-b"
COUNT_PER_GRAPH = (
    "SELECT ?graph (COUNT(*) AS ?triples) WHERE { GRAPH ?graph { ?s ?p ?o } } "
    "GROUP BY ?graph ORDER BY ?graph"
)


def kb(*args: str | Path) -> Result:
    """`kb ARGS` in-process; the result has exit_code, stdout and stderr."""
    return run_kb(*args)


def loaded_store(export: Path, folder: Path) -> Path:
    """`kb load` of an export folder into a new embedded store at `folder`/store."""
    store = folder / "store"
    result = kb("load", export, "--store", store)
    assert result.exit_code == 0, result.stderr
    return store


def select(query_text: str, *target: str | Path) -> list[dict[str, str]]:
    """Answer rows of a SELECT (run with `kb query --format csv`) as dicts by variable."""
    result = kb("query", query_text, "--format", "csv", *target)
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout, newline="")))


def triples_per_graph(*target: str | Path) -> dict[str, int]:
    """How many triples each named graph holds, as the store answers over SPARQL."""
    return {row["graph"]: int(row["triples"]) for row in select(COUNT_PER_GRAPH, *target)}


def store_dump(store: Path) -> bytes:
    """Everything in a store as sorted N-Quads: its canonical form, to compare stores
    (no blank nodes, so sorting the lines is enough)."""
    handle = ox.Store(str(store))
    try:
        return b"".join(sorted(handle.dump(format=ox.RdfFormat.N_QUADS).splitlines(True)))
    finally:
        del handle


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def oxigraph_server(location: Path, *, union: bool = True) -> Iterator[str]:
    """A real Oxigraph server over `location`, as `kb serve` runs it (or, without
    `union`, as `oxigraph serve` runs by default); yields its URL."""
    bind = f"127.0.0.1:{free_port()}"
    command = server_command(location, bind)
    if not union:
        command.remove("--union-default-graph")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until_serving(f"http://{bind}", process)
        yield f"http://{bind}"
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr is not None:
            process.stderr.close()


def wait_until_serving(url: str, process: subprocess.Popen[bytes], seconds: float = 20) -> None:
    """Return once `url` answers HTTP; fail with the server's stderr if it died."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = process.stderr.read().decode() if process.stderr else ""
            raise AssertionError(f"the server exited with {process.returncode}: {error}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"{url} did not answer within {seconds} s")
