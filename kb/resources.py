"""Where kb's data files are: the ontology, the shapes, the annotation schema.

They live at the top of the repository (`ontology/`, `shapes/`, `schema/`), the
product's source of truth; a wheel carries them as `kb/_data/...` (see
pyproject.toml), so one lookup serves a source checkout and an installed package.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_file(folder: str, name: str) -> Path:
    """The path of `folder/name`, installed or in the source checkout."""
    installed = _PACKAGE / "_data" / folder / name
    return installed if installed.exists() else _PACKAGE.parent / folder / name
