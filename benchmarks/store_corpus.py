"""`kb load` of a corpus of N articles against pyoxigraph's own bulk loader, and every
query of queries/ over it. Run on demand (not a test):

    .venv/bin/python benchmarks/store_corpus.py [--articles 1000] [--also 100]
        [--skip again,queries]

The corpus is the annotated articles of articles/, exported once, then copied under
new article IRIs (`<slug>-c<n>`) until there are N: each copy is a new article that
mentions the same entities, which is what makes the entity graph matter. Prints, for
N (and the smaller `--also` size, to show how times grow), each as a fresh process
with its wall time, CPU time (user + system, all threads) and peak RSS: `kb load`
into a fresh store; pyoxigraph's `Store.bulk_load` of the same quads (the TriG files
as one stream, one call) plus `flush()`; a second `kb load` of the unchanged corpus;
then each query's rows and median wall and CPU time over 3 runs. The load average is
printed with each, since the machine is often shared: CPU times hold better than walls.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "queries"
ARTICLE_BASE = "https://w3id.org/newskb/id/article/"
BULK_LOAD = """
import sys, pyoxigraph as ox
store = ox.Store(sys.argv[1])
store.bulk_load(path=sys.argv[2], format=ox.RdfFormat.TRIG)
store.flush()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--also", type=int, default=100, help="a smaller size to compare")
    parser.add_argument("--skip", default="", help="comma-separated: again, queries")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    with tempfile.TemporaryDirectory() as scratch:
        exported = export(Path(scratch) / "export")
        for size in (args.also, args.articles):
            measure(size, exported, Path(scratch) / str(size), skip)


def export(out: Path) -> list[Path]:
    annotated = sorted(path.parent for path in (ROOT / "articles").glob("*/annotation.yaml"))
    kb = [sys.executable, "-m", "kb", "export", *map(str, annotated), "--out", str(out)]
    subprocess.run([*kb, "--format", "trig"], check=True, capture_output=True)
    return sorted(out.glob("*.trig"))


def measure(size: int, exported: list[Path], folder: Path, skip: set[str]) -> None:
    corpus = generate(size, exported, folder / "corpus")
    whole = folder / "corpus.trig"  # the same files as one stream, for bulk_load
    with whole.open("wb") as out:
        for path in corpus:
            out.write(path.read_bytes())
    quads = sum(1 for _ in ox.parse(path=whole, format=ox.RdfFormat.TRIG))
    print(f"\n## {size} articles, {quads:,} quads", flush=True)
    load = [sys.executable, "-m", "kb", "load", str(folder / "corpus"), "--store"]
    first = run([*load, str(folder / "kb")])
    raw = run([sys.executable, "-c", BULK_LOAD, str(folder / "raw"), str(whole)])
    print(f"kb load into a fresh store:            {first}")
    print(f"Store.bulk_load + flush, same quads:   {raw}")
    print(f"  kb load / bulk_load: wall {first.wall / raw.wall:.2f}x, "
          f"CPU {first.cpu / raw.cpu:.2f}x")  # fmt: skip
    if "again" not in skip:
        print(f"kb load again, nothing changed:        {run([*load, str(folder / 'kb')])}")
    store = ox.Store(str(folder / "kb"))
    start = time.perf_counter()
    store.query("ASK { ?s ?p ?o }")
    print(f"first query after the load:            {time.perf_counter() - start:.3f} s")
    if "queries" in skip:
        return
    print(f"load average {load_average()}")
    print("| query | rows | wall ms | CPU ms |\n|---|---:|---:|---:|")
    for query in sorted(QUERIES.glob("*.rq")):
        text = query.read_text(encoding="utf-8")
        runs = [timed(store, text) for _ in range(3)]
        rows = runs[0][0]
        wall = statistics.median(run[1] for run in runs) * 1000
        cpu = statistics.median(run[2] for run in runs) * 1000
        print(f"| {query.stem} | {rows:,} | {wall:.0f} | {cpu:.0f} |", flush=True)
    print(f"load average {load_average()}")


class Measured:
    """A finished process: wall and CPU seconds, peak RSS, the load average around it."""

    def __init__(self, wall: float, cpu: float, rss_kb: int, load: str) -> None:
        self.wall, self.cpu, self.rss_kb, self.load = wall, cpu, rss_kb, load

    def __str__(self) -> str:
        return (
            f"{self.wall:7.2f} s wall, {self.cpu:7.2f} s CPU, {self.rss_kb / 1024:6.0f} MB peak "
            f"RSS (load average {self.load})"
        )


def run(command: list[str]) -> Measured:
    """Run `command`, measured from outside (`os.wait4` gives this child's own usage)."""
    before = load_average()
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        if status != 0:
            errors.seek(0)
            raise SystemExit(f"{command[:4]} failed: {errors.read().decode()[-500:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return Measured(wall, cpu, usage.ru_maxrss, f"{before} → {load_average()}")


def load_average() -> str:
    return "/".join(f"{value:.1f}" for value in os.getloadavg())


def timed(store: ox.Store, text: str) -> tuple[int, float, float]:
    """Rows, wall seconds and CPU seconds (this process) of one run of a query."""
    wall, cpu = time.perf_counter(), time.process_time()
    rows = len(list(store.query(text)))
    return rows, time.perf_counter() - wall, time.process_time() - cpu


def generate(size: int, exported: list[Path], out: Path) -> list[Path]:
    """`size` TriG files: the exported articles, then copies under new article IRIs."""
    out.mkdir(parents=True)
    files = []
    for index in range(size):
        source = exported[index % len(exported)]
        copy = index // len(exported)
        slug = source.stem if copy == 0 else f"{source.stem}-c{copy}"
        text = source.read_text(encoding="utf-8")
        if copy:
            text = text.replace(f"{ARTICLE_BASE}{source.stem}", f"{ARTICLE_BASE}{slug}")
        target = out / f"{slug}.trig"
        target.write_text(text, encoding="utf-8")
        files.append(target)
    return files


if __name__ == "__main__":
    main()
