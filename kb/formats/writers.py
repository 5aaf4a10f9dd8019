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
    target = next(iter(files), Path("output"))
    try:
        for target, data in files.items():
            staged.append((_temporary(target), target))
            _fill(staged[-1][0], data)
        for temporary, target in staged:
            os.replace(temporary, target)
    except OSError as error:
        # the target, not the temporary file: that is what the user asked for
        problem = f"cannot write: {error.strerror or error}"
        raise InputError(str(target), problem, "check the folder and the free space") from None
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)


def _temporary(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(descriptor)
    return Path(name)


def _fill(temporary: Path, data: bytes) -> None:
    os.chmod(temporary, _FILE_MODE)  # mkstemp makes 0600; exports are for others to read
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
