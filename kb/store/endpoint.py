"""A client for any SPARQL 1.1 endpoint: queries and updates over the SPARQL Protocol.

It speaks only the standard protocol (form-encoded POST of `query=` or `update=`),
which Oxigraph server, Fuseki, GraphDB and Virtuoso all accept, so no server is
special-cased beyond where its URLs live. Loading uses SPARQL Update rather than
Graph Store Protocol PUTs: one update request replaces every graph of a load in one
transaction, where a PUT per graph could leave a load half done.

The client is the standard library's urllib: two POSTs with a header or two need
nothing more, and it keeps kb free of an HTTP dependency. Credentials come from the
environment (`KB_ENDPOINT_USER`, `KB_ENDPOINT_PASSWORD`), never the command line,
where they would end up in shell history and process lists.
"""

from __future__ import annotations

import base64
import os
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from kb.errors import InputError, OperationFailed
from kb.store.embedded import QueryResult

USER_VARIABLE = "KB_ENDPOINT_USER"
PASSWORD_VARIABLE = "KB_ENDPOINT_PASSWORD"
TIMEOUT_SECONDS = 300

_ACCEPT = ", ".join(
    [
        ox.QueryResultsFormat.JSON.media_type,
        ox.QueryResultsFormat.XML.media_type + ";q=0.9",
        ox.RdfFormat.N_TRIPLES.media_type + ";q=0.9",
        ox.RdfFormat.TURTLE.media_type + ";q=0.8",
    ]
)


class Endpoint:
    """A SPARQL service at `url`.

    A bare `http://host:port` is taken to be an Oxigraph server (`kb serve`), whose
    query and update services live at `/query` and `/update`; any other URL is used
    as is for both (Fuseki's dataset URL, Virtuoso's `/sparql`).
    """

    def __init__(self, url: str) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InputError(
                url, "not an http(s) endpoint URL", "pass e.g. --endpoint http://127.0.0.1:7878"
            )
        bare = parts.path in ("", "/")
        base = url.rstrip("/")
        self.query_url = f"{base}/query" if bare else url
        self.update_url = f"{base}/update" if bare else url
        self.url = url

    def __str__(self) -> str:
        return self.url

    def update(self, update: str) -> None:
        """Run a SPARQL Update; the server applies it whole or not at all."""
        self._post(self.update_url, {"update": update})

    def query(self, query: str, where: str) -> QueryResult:
        """Answer a query; `where` names it (file or "query") in error messages."""
        media_type, body = self._post(self.query_url, {"query": query}, where)
        if results_format := ox.QueryResultsFormat.from_media_type(media_type):
            return ox.parse_query_results(body, format=results_format)
        if rdf_format := ox.RdfFormat.from_media_type(media_type):
            return [quad.triple for quad in ox.parse(body, format=rdf_format)]
        raise OperationFailed(
            f"{self.query_url}: answered in {media_type or 'an unknown format'}, not SPARQL "
            "results or RDF; check that --endpoint is a SPARQL endpoint"
        )

    def _post(self, url: str, form: dict[str, str], where: str = "") -> tuple[str, bytes]:
        request = urllib.request.Request(
            url,
            data=urllib.parse.urlencode(form).encode(),
            headers={"Accept": _ACCEPT, **_credentials()},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
                return response.headers.get_content_type(), response.read()
        except urllib.error.HTTPError as error:
            raise _http_error(url, error, where) from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise OperationFailed(
                f"{url}: cannot reach the endpoint ({reason}); is the server running "
                "(`kb serve`) and the --endpoint URL right?"
            ) from None


def _credentials() -> dict[str, str]:
    """A basic-auth header when `KB_ENDPOINT_USER` is set, else nothing."""
    user = os.environ.get(USER_VARIABLE)
    if not user:
        return {}
    pair = f"{user}:{os.environ.get(PASSWORD_VARIABLE, '')}".encode()
    return {"Authorization": "Basic " + base64.b64encode(pair).decode()}


def _http_error(url: str, error: urllib.error.HTTPError, where: str) -> Exception:
    """One line for a refusal: bad query text is the user's (2), the rest the server's (1)."""
    detail = error.read().decode(errors="replace").strip().splitlines()
    said = f": {detail[0][:200]}" if detail else ""
    if error.code in (401, 403):
        return OperationFailed(
            f"{url}: HTTP {error.code} {error.reason}{said}; set {USER_VARIABLE} and "
            f"{PASSWORD_VARIABLE} to an account allowed to use it"
        )
    if error.code == 400 and where:
        return InputError(where, f"the endpoint rejected the query{said}", "fix the query")
    return OperationFailed(f"{url}: HTTP {error.code} {error.reason}{said}")
