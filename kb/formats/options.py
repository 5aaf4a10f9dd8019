"""What some formats need beyond the graph: kept apart from the format registry so
that the writers it lists can name it without importing the registry."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Options:
    """Choices of the user that change the bytes of some formats."""

    inline_context: bool = False
    url: str | None = None
