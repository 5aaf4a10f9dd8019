"""A client for any SPARQL 1.1 endpoint: the SPARQL Protocol, Update and Graph Store.

It speaks only the standard protocols, which Oxigraph server, Fuseki, GraphDB and
Virtuoso all accept, so no server is special-cased beyond where its URLs live.
Loading writes one article per request (see `kb.store.corpus`): Virtuoso does not
apply a multi-graph update as one transaction, so a request replaces one article
graph (with the entity facts it brings), its triple count is verified, and a failure
reports which graphs were already replaced. With `graph_store`, article graphs go
by Graph Store Protocol `PUT` (one graph, replaced whole, per request), a few at a
time (`JOBS` in flight), and the entity graph's new facts by `POST` (added), or by
`GET` then `PUT` when some must go.

The client is httpx: timeouts, Digest and Basic authentication, and no redirect is
followed (a `POST` turned into a body-less `GET` by a 302 would report success), so
credentials only ever go to the origin given. Credentials come from the environment
(`KB_ENDPOINT_USER`, `KB_ENDPOINT_PASSWORD`), never the command line, where they
would end up in shell history and process lists.
"""

from __future__ import annotations

import os
import re
from collections.abc import Generator
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import httpx
import pyoxigraph as ox

from kb.errors import InputError, OperationFailed
from kb.read.files import Limit
from kb.store.corpus import PartlyWritten, ntriples, rows
from kb.store.embedded import QueryResult
from kb.store.layout import ENTITY_GRAPH

if TYPE_CHECKING:
    from kb.store.corpus import Batch, Select

USER_VARIABLE = "KB_ENDPOINT_USER"
PASSWORD_VARIABLE = "KB_ENDPOINT_PASSWORD"
READ_TIMEOUT = Limit("KB_ENDPOINT_TIMEOUT", 300)
"""Seconds to wait for an answer: a big update may take minutes to apply. Connecting
takes at most 10 s."""
JOBS = Limit("KB_ENDPOINT_JOBS", 4)
"""Graph Store requests in flight at once: enough to hide the round trips, few enough
not to swamp a server that others use too."""
GRAPH_STORE_BATCH = 50_000
"""Triples per Graph Store batch: the article graphs PUT together (each its own
request), then the entity graph's change and one count to verify them."""

_ACCEPT = ", ".join(
    [
        ox.QueryResultsFormat.JSON.media_type,
        ox.QueryResultsFormat.XML.media_type + ";q=0.9",
        ox.RdfFormat.N_TRIPLES.media_type + ";q=0.9",
        ox.RdfFormat.TURTLE.media_type + ";q=0.8",
    ]
)
_SCHEMES = ("digest", "basic")
_PROBE = "DROP SILENT GRAPH <urn:kb:permission-probe>"
"""An update that changes nothing, to learn whether updates are allowed at all."""
_NTRIPLES = ox.RdfFormat.N_TRIPLES.media_type
_GRANT_HINTS = re.compile(r"permission|not allowed|SPARQL_UPDATE|SR186|access denied", re.I)


class MissingGrant(OperationFailed):
    """The account may query but not update."""


class Endpoint:
    """A SPARQL service at `url`, and optionally its Graph Store at `graph_store`.

    A bare `http://host:port` is taken to be an Oxigraph server (`kb serve`), whose
    query and update services live at `/query` and `/update`; any other URL is used
    as is for queries and, unless `update_url` says otherwise (GraphDB's
    `/statements`), for updates too (Fuseki's dataset URL, Virtuoso's `/sparql-auth`).
    """

    def __init__(
        self, url: str, graph_store: str | None = None, update_url: str | None = None
    ) -> None:
        for given in (url, graph_store, update_url):
            if given is not None:
                _check_url(given)
        bare = httpx.URL(url).path in ("", "/")
        base = url.rstrip("/")
        self.query_url = f"{base}/query" if bare else url
        self.update_url = update_url or (f"{base}/update" if bare else url)
        self.graph_store = graph_store
        # One article per Update request (Virtuoso applies a multi-graph update
        # operation by operation); by Graph Store, many, each PUT its own request.
        self.batch_limit = 1 if graph_store is None else GRAPH_STORE_BATCH
        self.url = url
        self._jobs = JOBS.value()
        self._timeout = READ_TIMEOUT.value()
        self._client = httpx.Client(
            timeout=httpx.Timeout(self._timeout, connect=10),
            follow_redirects=False,
            auth=_ChallengeAuth.from_environment(),
        )

    def __str__(self) -> str:
        return self.url

    def update(self, update: str) -> None:
        """Run a SPARQL Update; when it fails, say if a missing grant is the cause.

        Virtuoso refuses a big update from an account without SPARQL_UPDATE with an
        unrelated SQL error, and a small one with the real reason, so a small harmless
        update (`_PROBE`) asks.
        """
        try:
            self._send("POST", self.update_url, data={"update": update})
        except OperationFailed as error:
            try:
                self._send("POST", self.update_url, data={"update": _PROBE})
            except MissingGrant as cause:
                raise cause from None
            except OperationFailed:
                pass
            raise error from None

    def query(self, query: str, where: str) -> QueryResult:
        """Answer a query; `where` names it (file or "query") in error messages."""
        response = self._send("POST", self.query_url, data={"query": query}, where=where)
        media_type = response.headers.get("content-type", "").split(";")[0].strip()
        if results_format := ox.QueryResultsFormat.from_media_type(media_type):
            return ox.parse_query_results(response.content, format=results_format)
        if rdf_format := ox.RdfFormat.from_media_type(media_type):
            return [quad.triple for quad in ox.parse(response.content, format=rdf_format)]
        raise OperationFailed(
            f"{self.query_url}: answered in {media_type or 'an unknown format'}, not SPARQL "
            "results or RDF; check that --endpoint is a SPARQL endpoint"
        )

    def selector(self) -> Select:
        """`kb.store.corpus.Select` against this endpoint."""
        return lambda text: rows(self.query(text, "kb"))

    def apply(self, batch: Batch) -> None:
        """Write one batch: one Update request, or Graph Store requests; then check
        that each article graph holds as many triples as were sent."""
        if self.graph_store is None:
            self.update(batch.update())
        else:
            self._store_batch(batch)
        self._verify({article.name: len(article.quads) for article in batch.articles})

    def _store_batch(self, batch: Batch) -> None:
        """The article graphs first, `JOBS` PUTs in flight, then the entity graph: so a
        failure leaves no entity fact that no written article lists."""
        for name in batch.drop:
            if name not in {article.name for article in batch.articles}:
                self._graph("DELETE", name, allow_missing=True)
        bodies = [ntriples(quad.triple for quad in article.quads) for article in batch.articles]
        with ThreadPoolExecutor(max_workers=self._jobs) as pool:
            puts = [
                pool.submit(self._graph, "PUT", article.name, body)
                for article, body in zip(batch.articles, bodies, strict=True)
            ]
        failures = [error for put in puts if (error := put.exception()) is not None]
        if failures:
            written = [
                article.name
                for article, put in zip(batch.articles, puts, strict=True)
                if put.exception() is None
            ]
            raise PartlyWritten(str(failures[0]), written)
        inserted = sorted((quad.triple for quad in batch.insert), key=str)
        if batch.delete:
            response = self._graph("GET", ENTITY_GRAPH, allow_missing=True)
            current = set() if response.status_code == 404 else _parse(response)
            gone = {quad.triple for quad in batch.delete}
            self._graph(
                "PUT", ENTITY_GRAPH, ntriples(sorted((current - gone) | set(inserted), key=str))
            )
        elif inserted:
            self._graph("POST", ENTITY_GRAPH, ntriples(inserted))

    def _graph(
        self, method: str, name: ox.NamedNode, body: bytes = b"", *, allow_missing: bool = False
    ) -> httpx.Response:
        assert self.graph_store is not None
        headers = {"Accept": _NTRIPLES if method == "GET" else "*/*"}
        if method in ("PUT", "POST"):
            headers["Content-Type"] = _NTRIPLES
        return self._send(
            method, self.graph_store, params={"graph": name.value}, content=body or None,
            headers=headers, allow_missing=allow_missing,
        )  # fmt: skip

    def _verify(self, expected: dict[ox.NamedNode, int]) -> None:
        if not expected:
            return
        values = " ".join(str(name) for name in expected)
        answer = self.query(
            f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} "
            "GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
            "kb",
        )
        counted = {
            row["g"]: int(n.value) for row in rows(answer) if isinstance(n := row["n"], ox.Literal)
        }
        for name, count in expected.items():
            if counted.get(name, 0) != count:
                raise OperationFailed(
                    f"{self.url}: graph {name} holds {counted.get(name, 0)} triples after "
                    f"the load, not the {count} sent"
                )

    def _send(
        self,
        method: str,
        url: str,
        *,
        where: str = "",
        allow_missing: bool = False,
        data: dict[str, str] | None = None,
        content: bytes | None = None,
        params: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        try:
            response = self._client.request(
                method, url, data=data, content=content, params=params,
                headers={"Accept": _ACCEPT, **(headers or {})},
            )  # fmt: skip
        except httpx.TimeoutException:
            raise OperationFailed(
                f"{url}: no answer within {self._timeout} s; the server is overloaded or the "
                f"request too big (wait longer with {READ_TIMEOUT.variable})"
            ) from None
        except httpx.HTTPError as error:
            raise OperationFailed(
                f"{url}: cannot reach the endpoint ({_reason(error)}); is the server running "
                "(`kb serve`) and the --endpoint URL right?"
            ) from None
        if response.is_success or (allow_missing and response.status_code == 404):
            return response
        raise _http_error(url, response, where)


class _ChallengeAuth(httpx.Auth):
    """Answer the server's challenge with the scheme it asks for: Digest or Basic.

    The first request goes without credentials; a 401 names the scheme, and later
    requests to the same client reuse it. Nothing is sent to a server that did not ask.
    """

    requires_request_body = True

    def __init__(self, user: str, password: str) -> None:
        self.scheme: str | None = None
        self._digest = httpx.DigestAuth(user, password)
        self._basic = httpx.BasicAuth(user, password)

    @classmethod
    def from_environment(cls) -> _ChallengeAuth | None:
        user = os.environ.get(USER_VARIABLE)
        return cls(user, os.environ.get(PASSWORD_VARIABLE, "")) if user else None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.scheme is None:
            response = yield request
            if response.status_code != 401 or challenge_scheme(response) not in _SCHEMES:
                return
            self.scheme = challenge_scheme(response)
        if self.scheme == "digest":
            yield from self._digest.auth_flow(request)
        else:
            yield from self._basic.auth_flow(request)


def challenge_scheme(response: httpx.Response) -> str:
    """The auth scheme a 401 asks for ("digest", "basic"…), lower case; "" if none."""
    header = response.headers.get("www-authenticate", "")
    return header.split(" ", 1)[0].strip().lower()


def _check_url(url: str) -> None:
    try:
        parts = httpx.URL(url)
    except httpx.InvalidURL:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.host:
        raise InputError(
            url, "not an http(s) endpoint URL", "pass e.g. --endpoint http://127.0.0.1:7878"
        )
    if parts.userinfo:  # never echoed: the URL with it would be in every message
        raise InputError(
            "--endpoint", "the URL holds a user name or password, which would end up in "
            "shell history and in kb's messages", f"set {USER_VARIABLE} and "
            f"{PASSWORD_VARIABLE} instead",
        )  # fmt: skip


def _parse(response: httpx.Response) -> set[ox.Triple]:
    media_type = response.headers.get("content-type", _NTRIPLES).split(";")[0].strip()
    rdf_format = ox.RdfFormat.from_media_type(media_type) or ox.RdfFormat.N_TRIPLES
    return {quad.triple for quad in ox.parse(response.content, format=rdf_format)}


def _reason(error: httpx.HTTPError) -> str:
    cause = error.__cause__ or error.__context__
    while cause is not None and (cause.__cause__ or cause.__context__):
        cause = cause.__cause__ or cause.__context__
    return str(cause or error) or type(error).__name__


def _http_error(url: str, response: httpx.Response, where: str) -> Exception:
    """One line saying the real cause: who the server wants, what it refused, and why."""
    detail = response.text.strip().splitlines()
    said = f": {detail[0][:200]}" if detail else ""
    status = f"HTTP {response.status_code} {response.reason_phrase}"
    if response.is_redirect:
        location = response.headers.get("location", "elsewhere")
        return OperationFailed(
            f"{url}: {status}, redirected to {location}; kb does not follow redirects "
            "(a POST would lose its body): pass the final URL as --endpoint"
        )
    if response.status_code == 401:
        scheme = challenge_scheme(response) or "no"
        if os.environ.get(USER_VARIABLE):
            return OperationFailed(
                f"{url}: {status}: the server refused the credentials of {USER_VARIABLE} "
                f"({scheme} auth); check the user name and {PASSWORD_VARIABLE}"
            )
        return OperationFailed(
            f"{url}: {status}: the server wants {scheme} auth; set {USER_VARIABLE} and "
            f"{PASSWORD_VARIABLE} to an account allowed to use it"
        )
    if response.status_code == 403:
        return OperationFailed(
            f"{url}: {status}{said}; the account is known but not allowed to do this: "
            "ask for write access, or use an endpoint URL that allows it"
        )
    if where and response.status_code == 400:
        return InputError(where, f"the endpoint rejected the query{said}", "fix the query")
    if not where and _GRANT_HINTS.search(response.text):
        return MissingGrant(
            f"{url}: the server refuses updates from this account (a missing "
            f"grant){said}; use an account allowed to update (for Virtuoso: "
            "/sparql-auth with a user holding SPARQL_UPDATE)"
        )
    return OperationFailed(f"{url}: {status}{said}")
