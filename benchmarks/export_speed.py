"""How long `kb export` of the seed article takes as a whole process, imports included.

Target (issues 2 and 13): under 0.4 s on the 2-core reference machine. Run on demand:

    .venv/bin/python benchmarks/export_speed.py [--runs 20]

Prints the minimum and median wall time of fresh `kb export` processes, and the
minimum CPU time (user + system) they used, which a busy machine inflates less than
the wall time: the machine is shared, so give the load average with the numbers. One
warm-up run comes first, so the OS file cache and Python's bytecode cache are warm
as they are for a user (`PYTHONDONTWRITEBYTECODE` is dropped for the runs: with it
set, every run would compile kb's modules anew, which no installed kb does). The
first lines are the floor: starting Python, and importing what `kb export` cannot
do without.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "2024-11-30-eszak-korea-oroszorszag"
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    print(f"load average {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as out:
        export = [sys.executable, "-m", "kb", "export", str(SEED), "--out", out]
        floor = "import click, rdflib, pyoxigraph"
        report("python -c pass", [sys.executable, "-c", "pass"], args.runs)
        report(f"python + {floor}", [sys.executable, "-c", floor], args.runs)
        report("kb --help", [sys.executable, "-m", "kb", "--help"], args.runs)
        report("kb export --format ttl,jsonld", [*export, "--format", "ttl,jsonld"], args.runs)
        report("kb export (default: + schema, html)", export, args.runs)
    print(f"load average {' '.join(f'{n:.2f}' for n in os.getloadavg())}")


def report(title: str, command: list[str], runs: int) -> None:
    subprocess.run(command, check=True, capture_output=True, env=ENV)
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=ENV)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    print(
        f"{title:44} wall min {min(walls):.3f} s  median {statistics.median(walls):.3f} s"
        f"  CPU min {min(cpus):.3f} s  ({runs} runs)"
    )


if __name__ == "__main__":
    main()
