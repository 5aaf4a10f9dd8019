"""The Oxigraph server command line that `kb serve` runs over a store folder.

kb does not serve HTTP itself: the `oxigraph` package (a dependency) ships the
Oxigraph server, a complete SPARQL 1.1 Protocol, Update and Graph Store endpoint over
the same on-disk format as pyoxigraph. The union default graph makes it answer
queries exactly as the embedded store does (see `kb.store.embedded`).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from kb.errors import OperationFailed

DEFAULT_BIND = "127.0.0.1:7878"
"""Loopback only: the server has no access control, so exposing it is a choice to make."""


def server_command(store: Path, bind: str = DEFAULT_BIND) -> list[str]:
    """The argv that serves `store` read-write at `bind` (host:port)."""
    return [
        oxigraph_executable(),
        "serve",
        "--location",
        str(store),
        "--bind",
        bind,
        "--union-default-graph",
    ]


def oxigraph_executable() -> str:
    """The `oxigraph` installed beside this Python (the venv), else the one on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if found is None:
        raise OperationFailed("the oxigraph server is not installed; pip install oxigraph")
    return found
