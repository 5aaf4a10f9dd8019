"""A corpus in minutes? Generate N articles from `articles/` and time each stage.

The annotated articles of `articles/` are copied under distinct slugs
(`<slug>-00042`) until there are N, then measured as a user runs kb, each stage a
fresh `kb` process so its peak RSS is its own:

    .venv/bin/python benchmarks/corpus.py --articles 1000 [--jobs 2] [--dask]

1. `kb export DIR/* --format trig,nq --jobs J`: read, map, validate, write;
2. `kb validate` of every article's TriG (the export already validated; this is
   what checking a third party's files costs) and of one concatenated N-Quads file;
3. `kb load` of the N-Quads into a fresh embedded store, beside pyoxigraph's own
   `Store.bulk_load` of the same files, in the same run;
4. the seed `kb export` in a fresh process, ten times.

Prints a Markdown table (wall time, articles/s, and the peak RSS of the largest
process of the stage: kb itself or one of its workers) for benchmarks/README.md.

`--steps` instead times the per-article step in this process, step by step (CPU
milliseconds per article, the best of three passes over the generated articles):
where `kb export --format trig,nq` spends an article's CPU.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "articles"
SEED = ARTICLES / "2024-11-30-eszak-korea-oroszorszag"
KB = [sys.executable, "-m", "kb"]
_SLUG = re.compile(r"^(\s*slug:\s*)(\S+)", re.MULTILINE)


def copy_articles(count: int, dest: Path, source: Path = ARTICLES) -> list[Path]:
    """`count` article folders in `dest`, the annotated articles of `source` in
    turn, each copy with its own slug (folder name and annotation) so no two
    articles share IRIs."""
    originals = sorted(p.parent for p in source.glob("*/annotation.yaml"))
    folders = []
    for number in range(count):
        original = originals[number % len(originals)]
        slug = f"{original.name}-{number:05d}"
        folder = dest / slug
        folder.mkdir(parents=True)
        shutil.copyfile(original / "article.txt", folder / "article.txt")
        annotation = (original / "annotation.yaml").read_text("utf-8")
        renamed = _SLUG.sub(rf"\g<1>{slug}", annotation, count=1)
        (folder / "annotation.yaml").write_text(renamed, "utf-8")
        folders.append(folder)
    return folders


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--dask", action="store_true", help="also export on a local Dask cluster")
    parser.add_argument(
        "--skip", default="", help="comma-separated stages not to run: validate, load, seed"
    )
    parser.add_argument("--steps", action="store_true", help="time the per-article step's steps")
    args = parser.parse_args()
    skip = set(args.skip.split(","))
    started_load = _load()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        folders = copy_articles(args.articles, work / "articles")
        if args.steps:
            measure_steps(folders, work / "out")
            return
        rows = [measure_export(folders, work, args.jobs)]
        if args.dask:
            rows.append(measure_export(folders, work, args.jobs, "--dask"))
        if "validate" not in skip:
            rows += measure_validate(work / "out", args.articles)
        if "load" not in skip:
            rows += measure_load(work / "out", args.articles, work)
        if "seed" not in skip:
            rows.append(measure_seed())
    total = sum(row.seconds for row in rows[:1] + [r for r in rows if r.title in _TOGETHER])
    print(f"\n{args.articles} articles, --jobs {args.jobs}, {os.cpu_count()} cores, "
          f"load average {started_load} at the start, {_load()} at the end\n")  # fmt: skip
    print("| stage | wall | articles/s | cores busy | CPU ms per article | peak RSS |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        rate = f"{row.count / row.seconds:.1f}" if row.count else "–"
        cpu = f"{row.seconds * row.cores * 1000 / row.count:.0f}" if row.count else "–"
        print(f"| {row.title} | {row.seconds:.2f} s | {rate} | {row.cores:.2f} | {cpu} "
              f"| {row.rss / 1024:.0f} MB |")  # fmt: skip
    print(f"\nexport + validate (one file) + load: {total:.1f} s, "
          f"{args.articles / total:.1f} articles/s")  # fmt: skip


@dataclass(frozen=True)
class Row:
    title: str
    seconds: float
    count: int
    rss: int  # KiB, the largest process
    cores: float  # CPU seconds of all its processes / wall seconds


_VALIDATE_ONE = "kb validate (the whole corpus as one N-Quads file)"
_LOAD = "kb load (embedded store)"
_TOGETHER = (_VALIDATE_ONE, _LOAD)


def measure_export(folders: list[Path], work: Path, jobs: int, *extra: str) -> Row:
    out = work / ("out-dask" if extra else "out")
    command = [*KB, "export", *map(str, folders), "--out", str(out), "--format", "trig,nq",
               "--jobs", str(jobs), *extra]  # fmt: skip
    title = f"kb export --format trig,nq --jobs {jobs} {' '.join(extra)}".strip()
    return Row(title, *timed(command, len(folders)))


def measure_validate(out: Path, count: int) -> list[Row]:
    trig = sorted(out.glob("*.trig"))
    each = Row(
        "kb validate (one TriG file per article)", *timed([*KB, "validate", *map(str, trig)], count)
    )
    corpus = out.parent / "corpus.nq"
    with corpus.open("wb") as handle:
        for file in sorted(out.glob("*.nq")):
            handle.write(file.read_bytes())
    # The one-file corpus is far past kb validate's default 8 MB limit: raise it, as the
    # README's "Limits" section tells a user to.
    os.environ["KB_MAX_RDF_BYTES"] = str(corpus.stat().st_size)
    return [each, Row(_VALIDATE_ONE, *timed([*KB, "validate", str(corpus)], count))]


def measure_load(out: Path, count: int, work: Path) -> list[Row]:
    bulk = (
        "import pyoxigraph as ox, sys, pathlib\n"
        "store = ox.Store(sys.argv[1])\n"
        "for f in sorted(pathlib.Path(sys.argv[2]).glob('*.nq')):\n"
        "    store.bulk_load(path=str(f), format=ox.RdfFormat.N_QUADS)\n"
        "store.flush()\n"
    )
    return [
        Row(_LOAD, *timed([*KB, "load", str(out), "--store", str(work / "store")], count)),
        Row("pyoxigraph Store.bulk_load of the same N-Quads",
            *timed([sys.executable, "-c", bulk, str(work / "bulk"), str(out)], count)),
    ]  # fmt: skip


def measure_steps(folders: list[Path], out: Path) -> None:
    """CPU ms per article of each step of `kb.pipeline.export_article`, in process."""
    sys.path.insert(0, str(ROOT))
    from kb.formats.options import Options
    from kb.formats.serialize import serialize_all
    from kb.pipeline import Task, export_article, map_document, read_document
    from kb.triples import ntriples
    from kb.validation import validate_ntriples
    from kb.vocab import DEFAULT_BASE_IRI

    def each(step: Callable[[Any], Any], items: list[Any]) -> tuple[float, list[Any]]:
        best, results = float("inf"), []
        for _ in range(3):
            start = time.process_time()
            results = [step(item) for item in items]
            best = min(best, (time.process_time() - start) * 1000 / len(items))
        return best, results

    def export(folder: Path) -> None:
        assert export_article(Task(folder, out, ("trig", "nq"), DEFAULT_BASE_IRI)).failure is None

    each(export, folders[:3])  # warm: the shapes compiled, the ontology read
    rows = []
    took, documents = each(read_document, folders)
    rows.append(("read and check annotation.yaml + article.txt", took))
    took, mapped = each(map_document, documents)
    rows.append(("map to sorted pyoxigraph triples (with entailments)", took))
    took, data = each(lambda m: ntriples(m.triples), mapped)
    rows.append(("N-Triples (for validation, N-Triples and N-Quads)", took))
    took, _ = each(partial(validate_ntriples, standalone=True), data)
    rows.append(("validate (pyshacl-turbo)", took))
    took, _ = each(lambda m: serialize_all(m, ("trig", "nq"), Options()), mapped)
    rows.append(("TriG + N-Quads", took))
    rows.append(("the whole step (`export_article`, trig,nq)", each(export, folders)[0]))
    print(f"\n{len(folders)} articles, CPU ms per article (best of 3)\n")
    print("| step | ms |\n|---|---|")
    for title, ms in rows:
        print(f"| {title} | {ms:.1f} |")


def measure_seed() -> Row:
    with tempfile.TemporaryDirectory() as out:
        command = [*KB, "export", str(SEED), "--out", out]
        timed(command, 1)
        runs = sorted(timed(command, 1) for _ in range(10))
    seconds, _, rss, cores = runs[len(runs) // 2]
    return Row("seed kb export, fresh process (median of 10)", seconds, 0, rss, cores)


def timed(command: list[str], count: int) -> tuple[float, int, int, float]:
    """Wall seconds, `count`, the peak RSS (KiB) of the largest process of the
    command, and the cores it kept busy: CPU seconds of the command and every process
    under it (pool workers, the forkserver, Dask workers), sampled from /proc."""
    peak: dict[int, int] = {}
    cpu: dict[int, float] = {}
    with tempfile.TemporaryFile() as log:  # not a pipe: a full pipe would stall the command
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
        while process.poll() is None:
            for pid in _tree(process.pid):
                rss, ticks = _usage(pid)
                peak[pid] = max(peak.get(pid, 0), rss)
                cpu[pid] = max(cpu.get(pid, 0.0), ticks)
            time.sleep(0.1)
        seconds = time.perf_counter() - start
        log.seek(0)
        stderr = log.read().decode("utf-8", "replace")
    if process.returncode not in (0, 1):
        sys.exit(f"{' '.join(command[:4])} … failed:\n{stderr[-2000:]}")
    return seconds, count, max(peak.values(), default=0), sum(cpu.values()) / seconds


def _load() -> str:
    """The load average (1, 5, 15 minutes): the other work the stages shared the cores with."""
    return " ".join(f"{n:.1f}" for n in os.getloadavg())


def _tree(root: int) -> list[int]:
    """`root` and every process under it."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        tree += frontier
    return tree


def _usage(pid: int) -> tuple[int, float]:
    """Resident KiB and CPU seconds so far of one process (0 when it is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0, 0.0
    rss = next(
        (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS")), 0
    )
    return rss, (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


if __name__ == "__main__":
    main()
