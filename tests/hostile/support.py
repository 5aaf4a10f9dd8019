"""What every hostile-input case checks, once: the exit code, one line naming the place
and what to do, no traceback, a time bound, and nothing left behind.

Cases run in-process (click's runner) where kb cannot hang by construction, and as a
subprocess with a timeout where the danger is a hang (FIFOs, devices, servers that
never answer), so a regression fails the case instead of stalling the suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from kb.cli.main import main
from tests.conftest import MINIMAL, ROOT

SECONDS = 10.0
"""Every case answers within this (kb's own limits make most answer in well under 1 s)."""


@dataclass(frozen=True)
class Outcome:
    exit_code: int
    stdout: str
    stderr: str
    seconds: float


def kb(*args: str | Path, env: Mapping[str, str] | None = None, cwd: Path | None = None) -> Outcome:
    """`kb ARGS` in-process, timed."""
    started = time.monotonic()
    previous = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        result = CliRunner().invoke(main, [str(a) for a in args], env=dict(env or {}))
    finally:
        os.chdir(previous)
    seconds = time.monotonic() - started
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback: the case fails showing it
    return Outcome(result.exit_code, result.stdout, result.stderr, seconds)


def kb_process(
    *args: str | Path, env: Mapping[str, str] | None = None, timeout: float = SECONDS
) -> Outcome:
    """`python -m kb ARGS` as a separate process, killed after `timeout` seconds."""
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kb", *map(str, args)],
            capture_output=True, text=True, timeout=timeout, cwd=ROOT,
            env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        raise AssertionError(f"kb {' '.join(map(str, args))} ran past {timeout} s") from None
    return Outcome(done.returncode, done.stdout, done.stderr, time.monotonic() - started)


def refused(outcome: Outcome, code: int, *names: str, fix: str = "") -> str:
    """Assert a clean refusal; returns its one line.

    `names` must all be in the line (the file:line, option or node to fix), and so must
    `fix`, the advice after the problem (kb writes "where: problem; what to do").
    """
    assert "Traceback" not in outcome.stderr + outcome.stdout, outcome.stderr
    assert outcome.seconds < SECONDS, f"took {outcome.seconds:.1f} s"
    lines = [line for line in outcome.stderr.splitlines() if not _progress(line)]
    assert len(lines) == 1, outcome.stderr
    line = lines[0]
    assert outcome.exit_code == code, f"exit {outcome.exit_code}: {line}"
    assert line.startswith("kb: "), line
    for name in names:
        assert name in line, f"{name!r} not in {line!r}"
    assert "; " in line and fix in line.split("; ", 1)[1], f"no advice {fix!r} in {line!r}"
    return line


def _progress(line: str) -> bool:
    progress = line.startswith(("kb: reading", "kb: replacing", "kb: serving"))
    return progress or line.endswith(", conforms") or not line.strip()


def nothing_in(folder: Path) -> bool:
    """No file at all, hidden temporaries included, in `folder` (or it was never made)."""
    return not folder.exists() or not any(folder.rglob("*"))


def article_copy(tmp: Path, name: str = "minimal") -> Path:
    """A fresh copy of the minimal article folder, to spoil."""
    folder = tmp / name
    shutil.copytree(MINIMAL, folder)
    return folder


def replace_in(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {file}"
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(file: Path, fragment: str) -> int:
    """The 1-based line of `file` where `fragment` first stands."""
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if fragment in line:
            return number
    raise AssertionError(f"{fragment!r} not in {file}")
