"""`kb load` of a corpus of N articles against pyoxigraph's own bulk loader, and every
query of queries/ over it. Run on demand (not a test):

    .venv/bin/python benchmarks/store_corpus.py [--articles 1000] [--also 100]

The corpus is the annotated articles of articles/, exported once, then copied under
new article IRIs (`<slug>-c<n>`) until there are N: each copy is a new article that
mentions the same entities, which is what makes the entity graph matter. Prints, for
N (and the smaller `--also` size, to show how times grow): `kb load` wall time as a
process into a fresh store, `Store.bulk_load` of the same TriG files plus `flush()`,
a second `kb load` of the unchanged corpus, and each query's rows and median time.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "queries"
ARTICLE_BASE = "https://w3id.org/newskb/id/article/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--also", type=int, default=100, help="a smaller size to compare")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        exported = export(Path(scratch) / "export")
        for size in (args.also, args.articles):
            measure(size, exported, Path(scratch) / str(size))


def export(out: Path) -> list[Path]:
    annotated = sorted(path.parent for path in (ROOT / "articles").glob("*/annotation.yaml"))
    kb = [sys.executable, "-m", "kb", "export", *map(str, annotated), "--out", str(out)]
    subprocess.run([*kb, "--format", "trig"], check=True, capture_output=True)
    return sorted(out.glob("*.trig"))


def measure(size: int, exported: list[Path], folder: Path) -> None:
    corpus = generate(size, exported, folder / "corpus")
    quads = sum(1 for path in corpus for _ in ox.parse(path=path, format=ox.RdfFormat.TRIG))
    print(f"\n## {size} articles, {quads:,} quads")
    load = [sys.executable, "-m", "kb", "load", str(folder / "corpus"), "--store"]
    first = timed(lambda: subprocess.run([*load, str(folder / "kb")], check=True,
                                         capture_output=True))  # fmt: skip
    again = timed(lambda: subprocess.run([*load, str(folder / "kb")], check=True,
                                         capture_output=True))  # fmt: skip
    raw = timed(lambda: bulk_load(corpus, folder / "raw"))
    print(f"kb load into a fresh store:        {first:7.2f} s")
    print(f"Store.bulk_load + flush, same TriG: {raw:7.2f} s  (kb load is {first / raw:.1f}x)")
    print(f"kb load again, nothing changed:    {again:7.2f} s")
    store = ox.Store(str(folder / "kb"))
    opened = timed(lambda: store.query("ASK { ?s ?p ?o }"))
    print(f"first query after the load:        {opened:7.3f} s")
    print("| query | rows | median of 3 |\n|---|---:|---:|")
    for query in sorted(QUERIES.glob("*.rq")):
        text = query.read_text(encoding="utf-8")
        runs = [timed(lambda: list(store.query(text))) for _ in range(3)]  # noqa: B023
        rows = len(list(store.query(text)))
        print(f"| {query.stem} | {rows} | {statistics.median(runs) * 1000:.1f} ms |")


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


def bulk_load(files: list[Path], location: Path) -> None:
    store = ox.Store(str(location))
    for path in files:
        store.bulk_load(path=path, format=ox.RdfFormat.TRIG)
    store.flush()


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
