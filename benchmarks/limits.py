"""How long kb takes on inputs at its documented limits (README, "Limits").

Builds, in a temporary folder, an article of `KB_MAX_ARTICLE_BYTES` (the seed article's
body repeated, the minimal test annotation on its first lines), then times fresh
processes of `kb export` (all default formats), `kb extract` and `kb validate` of the
exported Turtle. Run on demand:

    .venv/bin/python benchmarks/limits.py [--bytes 200000]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "2024-11-30-eszak-korea-oroszorszag" / "article.txt"
MINIMAL = ROOT / "tests" / "data" / "articles" / "minimal"
sys.path.insert(0, str(ROOT))

from kb.read.files import ARTICLE_BYTES  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bytes", type=int, default=ARTICLE_BYTES.default)
    size = parser.parse_args().bytes
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "at-the-limit"
        shutil.copytree(MINIMAL, folder)
        text = (folder / "article.txt").read_text(encoding="utf-8")
        body = SEED.read_text(encoding="utf-8").split("\n", 2)[2]
        while len((text + "\n" + body).encode()) <= size:
            text += "\n" + body
        (folder / "article.txt").write_text(text, encoding="utf-8")
        out = Path(temporary) / "out"
        print(f"article.txt: {len(text.encode()):,} bytes")
        _time("kb export", "export", folder, "--out", out)
        _time("kb extract", "extract", folder / "article.txt", "-o", Path(temporary) / "d.yaml")
        turtle = out / "minimal.ttl"
        print(f"Turtle: {turtle.stat().st_size:,} bytes")
        _time("kb validate of the Turtle", "validate", turtle)


def _time(label: str, *args: str | Path) -> None:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kb", *map(str, args)], capture_output=True)
    seconds = time.perf_counter() - started
    status = "ok" if done.returncode == 0 else f"exit {done.returncode}"
    print(f"{label:28} {seconds:6.1f} s  ({status})")


if __name__ == "__main__":
    main()
