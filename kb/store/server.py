"""`kb serve`: the Oxigraph server over a store folder, behind kb's guard.

kb does not answer SPARQL itself: the `oxigraph` package (a dependency) ships the
Oxigraph server, a complete SPARQL 1.1 Protocol, Update and Graph Store endpoint over
the same on-disk format as pyoxigraph. The union default graph makes it answer
queries exactly as the embedded store does (see `kb.store.embedded`).

`kb serve` starts it on a private loopback port and listens on the public one itself,
through `kb.store.guard`, which checks `Host`, `Origin` and, for writes, a token.
Read-only unless `--allow-update`: then the Oxigraph server behind is started
read-only too, and kb holds the store's lock so no `kb load` writes under it.
"""

from __future__ import annotations

import fcntl
import http.server
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import FrameType
from typing import IO

from kb.errors import InputError, OperationFailed
from kb.store.guard import MIN_TOKEN_LENGTH, TOKEN_VARIABLE, Policy, handler

DEFAULT_BIND = "127.0.0.1:7878"
"""Loopback only: exposing the store to a network is a choice to make with --bind."""

QUERY_TIMEOUT_SECONDS = 60
"""How long one query may run on the server (`KB_SERVE_TIMEOUT` changes it)."""


def server_command(store: Path, bind: str = DEFAULT_BIND, *, read_only: bool = False) -> list[str]:
    """The argv of the Oxigraph server for `store` at `bind` (host:port)."""
    return [
        oxigraph_executable(),
        "serve-read-only" if read_only else "serve",
        "--location",
        str(store),
        "--bind",
        bind,
        "--union-default-graph",
        "--timeout-s",
        str(_query_timeout()),
    ]


def oxigraph_executable() -> str:
    """The `oxigraph` installed beside this Python (the venv), else the one on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if found is None:
        raise OperationFailed("the oxigraph server is not installed; pip install oxigraph")
    return found


def parse_bind(bind: str) -> tuple[str, int]:
    """`host:port` (`[::1]:port` for IPv6) as a host and a port number."""
    host, _, port = bind.rpartition(":")
    host = host.removeprefix("[").removesuffix("]")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise InputError("--bind", f"{bind!r} is not HOST:PORT", "e.g. --bind 127.0.0.1:7878")
    return host, int(port)


def update_token(allow_update: bool) -> str | None:
    """The token writes must carry, from `KB_SERVE_TOKEN`; None when read-only."""
    if not allow_update:
        return None
    token = os.environ.get(TOKEN_VARIABLE, "")
    if len(token) < MIN_TOKEN_LENGTH:
        raise InputError(
            "--allow-update",
            f"needs a token of at least {MIN_TOKEN_LENGTH} characters in ${TOKEN_VARIABLE}",
            f"e.g. export {TOKEN_VARIABLE}=$(python3 -c 'import secrets; "
            "print(secrets.token_urlsafe())')",
        )
    return token


def serve(store: Path, bind: str, token: str | None, hosts: tuple[str, ...]) -> None:
    """Serve until interrupted (Ctrl-C, SIGTERM) or until the Oxigraph server stops."""
    host, port = parse_bind(bind)
    backend = ("127.0.0.1", _free_port())
    policy = Policy.for_bind(host, port, hosts, token)
    try:
        public = _GuardServer((host, port), handler(policy, backend, _query_timeout() + 5))
    except OSError as error:
        raise OperationFailed(f"{bind}: cannot listen there: {error.strerror}") from None
    try:
        lock = None if token else _hold_lock(store)
    except OperationFailed:
        public.server_close()
        raise
    command = server_command(store, f"{backend[0]}:{backend[1]}", read_only=token is None)
    # its messages go to a file, not a pipe: a pipe nobody reads fills up and blocks it
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
        signal.signal(signal.SIGTERM, _interrupt)
        serving = threading.Thread(target=public.serve_forever, daemon=True)
        try:
            _wait_for(backend, process, log)
            serving.start()
            process.wait()
            raise OperationFailed(f"the Oxigraph server stopped: {_said(log)}")
        except KeyboardInterrupt:
            pass
        finally:
            if serving.is_alive():
                public.shutdown()
            public.server_close()
            process.terminate()
            process.wait(timeout=10)
            if lock is not None:
                os.close(lock)


class _GuardServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler_class: type) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        super().__init__(address, handler_class)


def _query_timeout() -> int:
    raw = os.environ.get("KB_SERVE_TIMEOUT", "")
    if not raw:
        return QUERY_TIMEOUT_SECONDS
    if not raw.isdigit() or int(raw) == 0:
        raise InputError("KB_SERVE_TIMEOUT", f"{raw!r} is not a number of seconds", "e.g. 60")
    return int(raw)


def _hold_lock(store: Path) -> int:
    """Take the store's own lock (the one pyoxigraph takes to write), so that while the
    read-only server reads, `kb load` is told the store is in use instead of writing."""
    descriptor = os.open(store / "LOCK", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(descriptor)
        raise OperationFailed(
            f"{store}: the store is in use by another process; stop it first"
        ) from None
    return descriptor


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(backend: tuple[str, int], process: subprocess.Popen[bytes], log: IO[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise OperationFailed(f"the Oxigraph server did not start: {_said(log)}")
        try:
            socket.create_connection(backend, timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise OperationFailed("the Oxigraph server did not start within 30 s")


def _said(log: IO[bytes]) -> str:
    """The last of what the Oxigraph server wrote, on one line."""
    log.seek(0)
    return " ".join(log.read().decode(errors="replace").split())[-300:]


def _interrupt(_: int, __: FrameType | None) -> None:
    raise KeyboardInterrupt
