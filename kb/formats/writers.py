"""Write output files all or nothing.

Each file is written to a temporary file beside its target and renamed into
place only once every file of the batch is written, so an interrupted export
leaves the previous outputs whole and no half-written file behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kb.errors import InputError


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


_FILE_MODE = 0o666 & ~_umask()
"""What a plain `open(path, "w")` would give: the user's umask applies."""


def write_files(files: dict[Path, bytes]) -> None:
    """Write every `path: data` pair, replacing existing files atomically."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in files.items():
            staged.append((_stage(path, data), path))
        for temporary, path in staged:
            os.replace(temporary, path)
    except OSError as error:
        where = str(error.filename or "output")
        problem = f"cannot write: {error.strerror}"
        raise InputError(where, problem, "check the --out folder") from None
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)


def _stage(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.chmod(name, _FILE_MODE)  # mkstemp makes 0600; exports are for others to read
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return Path(name)
