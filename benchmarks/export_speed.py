"""How long `kb export` of the seed article takes as a whole process, imports included.

Target (issue 2): under 0.4 s on the 2-core reference machine. Run on demand:

    .venv/bin/python benchmarks/export_speed.py [--runs 20]

Prints the minimum, median and maximum wall time of fresh `kb export` processes
(one warm-up run first, so the OS file cache is warm as it is for a user), and how
much of it is just starting Python and importing rdflib and pyshacl.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "2024-11-30-eszak-korea-oroszorszag"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as out:
        export = [sys.executable, "-m", "kb", "export", str(SEED), "--out", out]
        imports = [sys.executable, "-c", "import rdflib, pyshacl"]
        report("python + import rdflib, pyshacl", imports, args.runs)
        report("kb export --format ttl,jsonld", [*export, "--format", "ttl,jsonld"], args.runs)
        report("kb export (default: + schema, html)", export, args.runs)


def report(title: str, command: list[str], runs: int) -> None:
    subprocess.run(command, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    print(
        f"{title:36} min {min(times):.3f} s  median {statistics.median(times):.3f} s"
        f"  max {max(times):.3f} s  ({runs} runs)"
    )


if __name__ == "__main__":
    main()
