"""Shared fixtures: the repository's real articles and a command-line runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kb.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "articles" / "2024-11-30-eszak-korea-oroszorszag"
SEED_SLUG = SEED.name
MINIMAL = DATA / "articles" / "minimal"


def run_kb(*args: str | Path) -> Result:
    """Run `kb` in-process, as a user would from the shell."""
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="session")
def seed_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article exported in every format, once per test session."""
    out = tmp_path_factory.mktemp("seed-out")
    result = run_kb("export", SEED, "--out", out, "--format", "ttl,jsonld,schema,html,nt,nq,trig")
    assert result.exit_code == 0, result.stderr
    return out


ANNOTATED = sorted(path.parent for path in (ROOT / "articles").glob("*/annotation.yaml"))
"""Every article of articles/ that has an annotation: the corpus the store tests load."""


@pytest.fixture(scope="session")
def corpus_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every annotated article exported as TriG, once per test session."""
    out = tmp_path_factory.mktemp("corpus-out")
    result = run_kb("export", *ANNOTATED, "--out", out, "--format", "trig")
    assert result.exit_code == 0, result.stderr
    return out
