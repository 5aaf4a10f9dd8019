"""The guard in front of the Oxigraph server that `kb serve` runs: who may ask what.

Oxigraph's server answers anyone who reaches its port, whatever they claim to be,
and cannot be told otherwise. On a workstation that is too much: any web page the
user visits can POST a form to `http://127.0.0.1:7878/update` (cross-site request
forgery: `DROP ALL`), and a page whose DNS name is rebound to 127.0.0.1 can read the
answers (DNS rebinding). So `kb serve` puts this small reverse proxy (the standard
library's `http.server` and `http.client`) on the port users see, and keeps the
Oxigraph server on a private loopback port. For every request it checks:

* `Host` names this server (loopback names, the bind address, or `--allow-host`):
  a rebound DNS name is refused;
* `Origin`, when a browser sends one, is this server itself: other pages are refused;
* a query holds no `SERVICE` (the server would make the request) and no brackets deep
  enough to crash Oxigraph's parser, as `kb query` checks (`kb.store.querytext`);
* writes (`/update`, the Graph Store Protocol's PUT, POST and DELETE: anything but
  GET, HEAD and a POST to `/query`) carry the token, and only when
  the server was started with `--allow-update`; otherwise they are refused here, and
  the Oxigraph server behind is read-only as well.

Everything else is passed through unchanged, answers streamed back as they come.
"""

from __future__ import annotations

import base64
import hmac
import http.client
import http.server
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

from kb.errors import InputError
from kb.read.files import QUERY_BYTES
from kb.store.querytext import check_query

TOKEN_VARIABLE = "KB_SERVE_TOKEN"
MIN_TOKEN_LENGTH = 16
CLIENT_TIMEOUT_SECONDS = 30
"""A client that sends nothing for this long is dropped (no connection is held open)."""

_CHUNK = 64 * 1024
_HOP_BY_HOP = {
    "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
    "trailer", "transfer-encoding", "upgrade", "host", "authorization", "origin", "expect",
}  # fmt: skip
_READ_METHODS = {"GET", "HEAD"}
_LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")


@dataclass(frozen=True)
class Policy:
    """What the guard lets through: the names this server answers to, whether writes
    are allowed, and the token that writes must carry."""

    port: int
    hosts: frozenset[str]
    token: str | None = None
    origins: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        names = {f"{host}:{self.port}" for host in self.hosts} | set(self.hosts)
        object.__setattr__(self, "hosts", frozenset(names))
        origins = {f"{scheme}://{name}" for name in names for scheme in ("http", "https")}
        object.__setattr__(self, "origins", frozenset(origins))

    @classmethod
    def for_bind(
        cls, host: str, port: int, extra_hosts: tuple[str, ...], token: str | None
    ) -> Policy:
        """The loopback names, the bound address and `extra_hosts`, lowercased."""
        bound = f"[{host}]" if ":" in host else host
        names = {*_LOOPBACK_NAMES, bound, *extra_hosts}
        return cls(port, frozenset(name.lower() for name in names), token)

    def refusal(self, method: str, path: str, headers: Message) -> str | None:
        """Why the request is refused (status and reason), or None to pass it on."""
        host = (headers.get("Host") or "").lower()
        if host not in self.hosts:
            return (
                f"403 Host {host or '(none)'!r} is not a name of this server (DNS rebinding?); "
                "start kb serve with --allow-host NAME to serve under that name"
            )
        origin = headers.get("Origin")
        if origin is not None and origin.lower() not in self.origins:
            return f"403 requests from web pages at {origin!r} are refused (cross-site)"
        if _is_write(method, path):
            if self.token is None:
                return "403 this server is read-only; restart kb serve with --allow-update to write"
            if not _carries(headers.get("Authorization", ""), self.token):
                return (
                    "401 writing needs the token: send it as a Bearer token, or as the basic-"
                    f"auth password (KB_ENDPOINT_PASSWORD=${TOKEN_VARIABLE} for kb load)"
                )
        return None


def handler(policy: Policy, backend: tuple[str, int], timeout: float) -> type:
    """A request handler class bound to `policy` and the Oxigraph server at `backend`."""

    class Guard(_Guard):
        pass

    Guard.policy, Guard.backend, Guard.backend_timeout = policy, backend, timeout
    return Guard


class _Guard(http.server.BaseHTTPRequestHandler):
    policy: ClassVar[Policy]
    backend: ClassVar[tuple[str, int]]
    backend_timeout: ClassVar[float]
    timeout = CLIENT_TIMEOUT_SECONDS
    server_version = "kb-serve"

    def do_GET(self) -> None:
        self._pass_on()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_GET

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: requests are the server's business; refusals are answered, not logged."""

    def _pass_on(self) -> None:
        refusal = self.policy.refusal(self.command, self.path, self.headers)
        if refusal is None and "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            refusal = "411 send the body with a Content-Length"
        if refusal is not None:
            status, reason = refusal.split(" ", 1)
            self._answer(int(status), reason)
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self._answer(400, "Content-Length is not a number")
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        if length or self.command not in _READ_METHODS:
            headers["Content-Length"] = str(length)
        body: bytes | Iterator[bytes] | None = self._body(length) if length else None
        if urlsplit(self.path).path == "/query":  # queries are small: read, check, forward
            if length > QUERY_BYTES.value():
                self._answer(413, f"a query over {QUERY_BYTES.value():,} bytes is refused")
                return
            body = b"".join(self._body(length))
            if problem := _query_problem(self.path, body, self.headers):
                self._answer(400, problem)
                return
        connection = http.client.HTTPConnection(*self.backend, timeout=self.backend_timeout)
        try:
            connection.request(self.command, self.path, body, headers)
            response = connection.getresponse()
            self.send_response(response.status, response.reason)
            for key, value in response.getheaders():
                if key.lower() not in _HOP_BY_HOP:
                    self.send_header(key, value)
            self.end_headers()
            while chunk := response.read(_CHUNK):
                self.wfile.write(chunk)
        except OSError as error:
            self._answer(502, f"the Oxigraph server behind kb serve did not answer: {error}")
        finally:
            connection.close()

    def _body(self, length: int) -> Iterator[bytes]:
        remaining = length
        while remaining > 0:
            chunk = self.rfile.read(min(_CHUNK, remaining))
            if not chunk:
                return
            remaining -= len(chunk)
            yield chunk

    def _answer(self, status: int, reason: str) -> None:
        body = f"kb serve: {reason}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if status == 401:  # clients that answer challenges (kb load) then send the token
            self.send_header("WWW-Authenticate", 'Basic realm="kb serve", charset="UTF-8"')
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _query_problem(path: str, body: bytes, headers: Message) -> str | None:
    """What `kb query` would refuse in a query sent to `/query`: SERVICE (the server would
    make the request), brackets deep enough to crash Oxigraph's parser (it would take
    the server down)."""
    if headers.get_content_type() == "application/sparql-query":
        texts = [body.decode("utf-8", errors="replace")]
    else:
        form = parse_qs(urlsplit(path).query) | parse_qs(body.decode("utf-8", errors="replace"))
        texts = form.get("query", [])
    try:
        for text in texts:
            check_query(text, "query", allow_service=False)
    except InputError as error:
        return str(error)
    return None


def _is_write(method: str, path: str) -> bool:
    """Anything but reading: only GET and HEAD anywhere, and POST of a query, read."""
    if method in _READ_METHODS:
        return False
    return not (method == "POST" and urlsplit(path).path == "/query")


def _carries(authorization: str, token: str) -> bool:
    """The token as `Bearer TOKEN`, or as the password of basic auth (any user name)."""
    scheme, _, credentials = authorization.partition(" ")
    if scheme.lower() == "bearer":
        offered = credentials.strip()
    elif scheme.lower() == "basic":
        try:
            offered = base64.b64decode(credentials, validate=True).decode().partition(":")[2]
        except (ValueError, UnicodeDecodeError):
            return False
    else:
        return False
    return hmac.compare_digest(offered.encode(), token.encode())
