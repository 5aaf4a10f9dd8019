"""`kb load/query --endpoint` against a real Oxigraph server, and `kb serve` itself:
the remote store answers exactly as the embedded one; failures are one line."""

from __future__ import annotations

import base64
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import httpx
import pytest

from tests.store_support import (
    ARTICLE_A,
    COUNT_PER_GRAPH,
    FIXTURES,
    TWO_ARTICLES,
    free_port,
    kb,
    oxigraph_server,
    triples_per_graph,
    wait_until_serving,
)

EVERYTHING = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A fresh Oxigraph server over an empty store; yields its base URL."""
    with oxigraph_server(tmp_path / "served") as url:
        yield url


@pytest.fixture
def embedded(tmp_path: Path) -> Path:
    """An embedded store holding the two fixture articles, to compare with."""
    store = tmp_path / "embedded"
    assert kb("load", TWO_ARTICLES, "--store", store).exit_code == 0
    return store


def answers(query: str, *target: str | Path) -> dict[str, bytes]:
    """The query's answer in every results format, as raw bytes."""
    outputs = {}
    for format_name in ("csv", "json", "table"):
        result = kb("query", query, "--format", format_name, *target)
        assert result.exit_code == 0, result.stderr
        outputs[format_name] = result.stdout_bytes
    return outputs


def test_loading_through_an_endpoint_answers_like_the_embedded_store(
    server: str, embedded: Path
) -> None:
    result = kb("load", TWO_ARTICLES, "--endpoint", server)
    assert result.exit_code == 0, result.stderr
    for query in (COUNT_PER_GRAPH, EVERYTHING):
        assert answers(query, "--endpoint", server) == answers(query, "--store", embedded)


def test_construct_over_http_answers_like_the_embedded_store(server: str, embedded: Path) -> None:
    assert kb("load", TWO_ARTICLES, "--endpoint", server).exit_code == 0
    construct = ("query", "CONSTRUCT WHERE { ?s a ?type }", "--format", "ntriples")
    remote = kb(*construct, "--endpoint", server)
    assert remote.exit_code == 0, remote.stderr
    assert remote.stdout_bytes == kb(*construct, "--store", embedded).stdout_bytes


def test_loading_twice_through_an_endpoint_replaces_the_graphs(server: str) -> None:
    assert kb("load", TWO_ARTICLES, "--endpoint", server).exit_code == 0
    before = triples_per_graph("--endpoint", server)
    assert kb("load", TWO_ARTICLES, "--endpoint", server).exit_code == 0
    assert triples_per_graph("--endpoint", server) == before


def test_a_broken_file_leaves_the_remote_store_as_it_was(server: str) -> None:
    assert kb("load", TWO_ARTICLES, "--endpoint", server).exit_code == 0
    before = answers(EVERYTHING, "--endpoint", server)
    result = kb("load", FIXTURES / "fixture-a-v2.ttl", FIXTURES / "not-rdf.ttl",
                "--endpoint", server)  # fmt: skip
    assert result.exit_code == 2
    assert answers(EVERYTHING, "--endpoint", server) == before


def test_a_malformed_query_rejected_by_the_endpoint_is_exit_2(server: str) -> None:
    result = kb("query", "SELECT ?s WHERE { ?s }", "--endpoint", server)
    assert result.exit_code == 2
    assert result.stderr.startswith("kb: query: the endpoint rejected the query: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_endpoint_that_is_down_is_one_line_exit_1() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    result = kb("load", TWO_ARTICLES, "--endpoint", url)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == (
        f"kb: {url}/query: cannot reach the endpoint ([Errno 111] Connection refused); "
        "is the server running (`kb serve`) and the --endpoint URL right?"
    )


def test_an_endpoint_url_that_is_not_http_is_exit_2() -> None:
    result = kb("query", "ASK {}", "--endpoint", "127.0.0.1:7878")
    assert result.exit_code == 2
    assert "127.0.0.1:7878: not an http(s) endpoint URL" in result.stderr


class _Guarded(BaseHTTPRequestHandler):
    """Basic auth in front of a real Oxigraph server, as a proxy would put it there.

    `mode` makes it misbehave instead: "redirect" answers every POST with a 302 to
    another origin, "forbidden" refuses authenticated requests with a 403,
    "fail-second-update" fails the second update of a load with a 500."""

    upstream = ""
    mode = "proxy"
    expected = "Basic " + base64.b64encode(b"editor:s3cret").decode()
    seen: ClassVar[list[str | None]] = []
    updates: ClassVar[list[bytes]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.seen.append(self.headers["Authorization"])
        if self.mode == "redirect":
            return self._answer(302, {"Location": "http://127.0.0.1:9/elsewhere"})
        if self.headers["Authorization"] != self.expected:
            return self._answer(401, {"WWW-Authenticate": 'Basic realm="kb"'})
        if self.mode == "forbidden":
            return self._answer(403, {}, b"this account may only read")
        is_update = not body.startswith(b"query=")
        if self.mode == "fail-second-update" and is_update:
            self.updates.append(body)
            if len(self.updates) == 2:
                return self._answer(500, {}, b"disk full")
        target = self.upstream + ("/update" if is_update else "/query")
        headers = {"Content-Type": self.headers["Content-Type"], "Accept": self.headers["Accept"]}
        answer = httpx.post(target, content=body, headers=headers)
        content_type = {"Content-Type": answer.headers.get("content-type", "text/plain")}
        self._answer(answer.status_code, content_type, answer.content)

    def _answer(self, status: int, headers: dict[str, str], body: bytes = b"") -> None:
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_: object) -> None:
        """Keep test output quiet."""


@pytest.fixture
def guarded(server: str) -> Iterator[str]:
    """The Oxigraph server behind basic auth; yields the proxy's SPARQL URL."""
    proxy = ThreadingHTTPServer(("127.0.0.1", 0), _Guarded)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    _Guarded.seen.clear()
    _Guarded.updates.clear()
    _Guarded.upstream, _Guarded.mode = server, "proxy"
    try:
        yield f"http://127.0.0.1:{proxy.server_port}/sparql"
    finally:
        proxy.shutdown()
        proxy.server_close()


@pytest.fixture
def editor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KB_ENDPOINT_USER", "editor")
    monkeypatch.setenv("KB_ENDPOINT_PASSWORD", "s3cret")


@pytest.mark.usefixtures("editor")
def test_credentials_go_as_basic_auth_when_the_server_asks_for_it(
    guarded: str, embedded: Path
) -> None:
    result = kb("load", TWO_ARTICLES, "--endpoint", guarded)
    assert result.exit_code == 0, result.stderr
    assert _Guarded.seen[0] is None  # nothing is sent before the server asks
    assert set(_Guarded.seen[1:]) == {_Guarded.expected}
    assert triples_per_graph("--endpoint", guarded) == triples_per_graph("--store", embedded)


def test_a_401_says_which_scheme_the_server_wants(
    guarded: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KB_ENDPOINT_USER", raising=False)
    result = kb("load", TWO_ARTICLES, "--endpoint", guarded)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == (
        f"kb: {guarded}: HTTP 401 Unauthorized: the server wants basic auth; set "
        "KB_ENDPOINT_USER and KB_ENDPOINT_PASSWORD to an account allowed to use it"
    )


def test_wrong_credentials_are_said_to_be_refused(
    guarded: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KB_ENDPOINT_USER", "editor")
    monkeypatch.setenv("KB_ENDPOINT_PASSWORD", "wrong")
    result = kb("load", TWO_ARTICLES, "--endpoint", guarded)
    assert result.exit_code == 1
    assert "the server refused the credentials of KB_ENDPOINT_USER (basic auth)" in result.stderr


@pytest.mark.usefixtures("editor")
def test_a_403_says_the_account_may_not_do_this(guarded: str) -> None:
    _Guarded.mode = "forbidden"
    result = kb("load", TWO_ARTICLES, "--endpoint", guarded)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == (
        f"kb: {guarded}: HTTP 403 Forbidden: this account may only read; the account is "
        "known but not allowed to do this: ask for write access, or use an endpoint URL "
        "that allows it"
    )


@pytest.mark.usefixtures("editor")
def test_a_redirect_is_reported_not_followed_and_credentials_stay_home(guarded: str) -> None:
    _Guarded.mode = "redirect"
    result = kb("load", TWO_ARTICLES, "--endpoint", guarded)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == (
        f"kb: {guarded}: HTTP 302 Found, redirected to http://127.0.0.1:9/elsewhere; kb does "
        "not follow redirects (a POST would lose its body): pass the final URL as --endpoint"
    )
    assert _Guarded.seen == [None]


@pytest.mark.usefixtures("editor")
def test_a_load_that_fails_midway_names_the_graphs_already_written(guarded: str) -> None:
    _Guarded.mode = "fail-second-update"
    result = kb("load", TWO_ARTICLES, "--endpoint", guarded)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == (
        f"kb: {guarded}: HTTP 500 Internal Server Error: disk full; 1 article graph(s) "
        f"written before it stay (<{ARTICLE_A}>): run the same load again to finish"
    )
    assert triples_per_graph("--endpoint", guarded) == {ARTICLE_A: 10}


class _Counting(BaseHTTPRequestHandler):
    """A slow proxy in front of a real Oxigraph server that counts the Graph Store
    requests it has in flight at once."""

    upstream = ""
    lock = threading.Lock()
    in_flight = 0
    most: ClassVar[int] = 0
    methods: ClassVar[list[str]] = []

    def do_PUT(self) -> None:
        with self.lock:
            type(self).in_flight += 1
            type(self).most = max(self.most, self.in_flight)
            self.methods.append(f"{self.command} {self.path.split('?')[0]}")
        time.sleep(0.05)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
        answer = httpx.request(
            self.command, self.upstream + self.path, content=body, headers=headers
        )
        with self.lock:
            type(self).in_flight -= 1
        self.send_response(answer.status_code)
        self.send_header("Content-Type", answer.headers.get("content-type", "text/plain"))
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    do_GET = do_POST = do_DELETE = do_PUT

    def log_message(self, *_: object) -> None:
        """Keep test output quiet."""


def test_a_graph_store_load_puts_a_few_graphs_at_a_time(
    server: str, tmp_path: Path, corpus_export: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    _Counting.upstream, _Counting.most = server, 0
    _Counting.methods.clear()
    monkeypatch.setenv("KB_ENDPOINT_JOBS", "3")
    url = f"http://127.0.0.1:{proxy.server_port}"
    try:
        result = kb("load", corpus_export, "--endpoint", url, "--graph-store", f"{url}/store")
    finally:
        proxy.shutdown()
        proxy.server_close()
    assert result.exit_code == 0, result.stderr
    assert _Counting.most == 3
    assert "POST /store" in _Counting.methods  # the entity graph's facts added, not replaced
    embedded = tmp_path / "embedded"
    assert kb("load", corpus_export, "--store", embedded).exit_code == 0
    assert triples_per_graph("--endpoint", server) == triples_per_graph("--store", embedded)


def test_kb_serve_serves_the_store_it_is_given(embedded: Path) -> None:
    expected = answers(EVERYTHING, "--store", embedded)  # before the server holds the store
    bind = f"127.0.0.1:{free_port()}"
    process = subprocess.Popen(
        [sys.executable, "-m", "kb", "serve", "--store", str(embedded), "--bind", bind],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=Path(__file__).parent.parent,
    )  # fmt: skip
    try:
        wait_until_serving(f"http://{bind}", process)
        assert answers(EVERYTHING, "--endpoint", f"http://{bind}") == expected
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr is not None:
            process.stderr.close()
