"""How long `kb export` of the seed article takes as a whole process, imports included.

Target (issues 2 and 13): under 0.4 s on the 2-core reference machine. Run on demand:

    .venv/bin/python benchmarks/export_speed.py [--runs 20]
    .venv/bin/python benchmarks/export_speed.py --stages [--runs 5]
    .venv/bin/python benchmarks/export_speed.py --tree ../kb-before   # another checkout
    .venv/bin/python benchmarks/export_speed.py --against ../kb-before --runs 20  # in turns

Prints the minimum and median wall time of fresh `kb export` processes, and the
minimum CPU time (user + system) they used, which a busy machine inflates less than
the wall time: the machine is shared, so give the load average with the numbers. One
warm-up run comes first, so the OS file cache and Python's bytecode cache are warm
as they are for a user (`PYTHONDONTWRITEBYTECODE` is dropped for the runs: with it
set, every run would compile kb's modules anew, which no installed kb does). The
first lines are the floor: starting Python, and importing what `kb export` cannot
do without. `--stages` times each stage of the default export inside fresh
processes instead (the least of `--runs` processes per stage): the imports, then
each step `kb export` takes, timed (CPU time) around the functions it calls.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "2024-11-30-eszak-korea-oroszorszag"
CLOCK = time.process_time
"""What `--stages` counts: this process's CPU time, which waiting for a busy core does
not inflate (wall time is what the whole-process runs report)."""
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--stages", action="store_true", help="time each stage instead")
    parser.add_argument(
        "--tree", type=Path, default=ROOT, help="run the kb of this checkout (default: this one)"
    )
    parser.add_argument(
        "--against", type=Path, metavar="TREE",
        help="the default export only, this tree and TREE taking turns, run by run",
    )  # fmt: skip
    parser.add_argument("--one-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_process:
        print(json.dumps(stages()))
        return
    if args.against:
        taking_turns([args.tree.resolve(), args.against.resolve()], args.runs)
        return
    ENV["PYTHONPATH"] = str(args.tree.resolve())
    if args.stages:
        report_stages(args.runs)
        return
    print(_load())
    with tempfile.TemporaryDirectory() as out:
        export = [sys.executable, "-m", "kb", "export", str(SEED), "--out", out]
        floor = "import click, rdflib, pyoxigraph"
        report("python -c pass", [sys.executable, "-c", "pass"], args.runs)
        report(f"python + {floor}", [sys.executable, "-c", floor], args.runs)
        report("kb --help", [sys.executable, "-m", "kb", "--help"], args.runs)
        report("kb export --format ttl,jsonld", [*export, "--format", "ttl,jsonld"], args.runs)
        report("kb export (default: + schema, html)", export, args.runs)
    print(_load())


def report(title: str, command: list[str], runs: int) -> None:
    subprocess.run(command, check=True, capture_output=True, env=ENV, cwd=ENV["PYTHONPATH"])
    timed = [_run(command, ENV, Path(ENV["PYTHONPATH"])) for _ in range(runs)]
    walls, cpus = [w for w, _ in timed], [c for _, c in timed]
    print(
        f"{title:44} wall min {min(walls):.3f} s  median {statistics.median(walls):.3f} s"
        f"  CPU min {min(cpus):.3f} s  ({runs} runs)"
    )


def taking_turns(trees: list[Path], runs: int) -> None:
    """The default export of each tree, run after run in turn, so a machine whose load
    changes from minute to minute gives every tree the same share of it."""
    print(_load())
    times: dict[Path, list[tuple[float, float]]] = {tree: [] for tree in trees}
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-m", "kb", "export", str(SEED), "--out", out]
        for run in range(runs + 1):
            for tree in trees:
                timed = _run(command, {**ENV, "PYTHONPATH": str(tree)}, tree)
                if run:  # the first round warms the caches
                    times[tree].append(timed)
    for tree, pairs in times.items():
        walls, cpus = [w for w, _ in pairs], [c for _, c in pairs]
        print(
            f"{tree!s:40} wall min {min(walls):.3f} s  median {statistics.median(walls):.3f} s"
            f"  CPU min {min(cpus):.3f} s  median {statistics.median(cpus):.3f} s  ({runs} runs)"
        )
    print(_load())


def _run(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """One process to its end: its wall time and the CPU time of it and its children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, cwd=cwd)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def _load() -> str:
    return f"load average {' '.join(f'{n:.2f}' for n in os.getloadavg())}"


def report_stages(runs: int) -> None:
    """The least time of each stage over `runs` fresh processes, as a Markdown table."""
    command = [sys.executable, __file__, "--one-process"]
    subprocess.run(command, check=True, capture_output=True, env=ENV)  # warm the caches
    timings = [
        json.loads(subprocess.run(command, check=True, capture_output=True, env=ENV).stdout)
        for _ in range(runs)
    ]
    print(_load())
    print("| stage | CPU ms |\n|---|---|")
    for stage in timings[0]:
        print(f"| {stage} | {min(t[stage] for t in timings):.1f} |")


def stages() -> dict[str, float]:
    """One default `kb export` of the seed in this process, timed stage by stage."""
    times: dict[str, float] = {}
    start = CLOCK()
    import kb.cli.main

    times["import the command line (click, rdflib, pyoxigraph)"] = CLOCK() - start
    start = CLOCK()
    import kb.pipeline
    from kb import ontology
    from kb.formats import serialize

    times["import the pipeline (read, map, validation)"] = CLOCK() - start
    start = CLOCK()
    ontology.load_ontology(), ontology.load_shapes()
    times["parse the ontology and the shapes"] = CLOCK() - start

    def timed(name: str, function: Any) -> Any:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            begin = CLOCK()
            try:
                return function(*args, **kwargs)
            finally:
                times[name] = times.get(name, 0.0) + CLOCK() - begin

        return wrapper

    pipeline: Any = kb.pipeline
    pipeline.read_document = timed("read article + annotation", pipeline.read_document)
    pipeline.to_graph = timed("map to RDF", pipeline.to_graph)
    pipeline.validate_ntriples = timed(
        "SHACL validation (shapes compiled on first use)", pipeline.validate_ntriples
    )
    for name, output in serialize.FORMATS.items():
        write = timed(f"write {name} (its modules imported on first use)", output.write)
        serialize.FORMATS[name] = dataclasses.replace(output, write=write)
    with tempfile.TemporaryDirectory() as out:
        start = CLOCK()
        kb.cli.main.main(["export", str(SEED), "--out", out], standalone_mode=False)
        whole = CLOCK() - start
    times["the rest (triples sorted for the writers, plan, files written)"] = whole - sum(
        seconds for name, seconds in times.items() if not name.startswith(("import", "parse"))
    )
    return {name: seconds * 1000 for name, seconds in times.items()}


if __name__ == "__main__":
    main()
