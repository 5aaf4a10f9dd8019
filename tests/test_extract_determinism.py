"""A draft is the same in every process: nothing may depend on set or hash order."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

ARTICLE = ROOT / "articles" / "2025-03-12-parlament-koltsegvetes"
"""It once drafted "ellenzéki frakció" in one process and "frakciók" in another."""


def test_the_same_article_gives_the_same_draft_under_different_hash_seeds() -> None:
    drafts = {_draft(seed) for seed in ("0", "1", "2", "3")}
    assert len(drafts) == 1


def _draft(hash_seed: str) -> bytes:
    command = [sys.executable, "-m", "kb", "extract", str(ARTICLE)]
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    return subprocess.run(command, env=env, capture_output=True, check=True).stdout
