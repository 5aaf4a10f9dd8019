"""Export many articles: check the inputs, skip what is unchanged, run the rest in
parallel, and write each article's files as soon as it is done.

The per-article step is `kb.pipeline.export_article`, a pure function of its task;
here it runs in this process, a process pool (`jobs`) or on a Dask cluster
(`scheduler`), always with the same results in the same (input) order, so a
duplicate slug is refused the same way whichever finished first.

Incremental runs rest on a manifest in the output folder (`.kb-manifest.jsonl`, one
line per exported article, appended as it is written): an article whose input
files, options, kb version and kb code are unchanged and whose files are all still
there is skipped. The manifest also records whether the annotation came from a
person or from `kb extract`, so `kb export --extract` can refuse to overwrite the
export of a hand annotation: files it has no record of count as a person's. A
single hand-annotated article exported into a folder without a manifest (the
README's first command) starts none: there is nothing to skip, nothing to guard.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from kb import __version__
from kb.errors import EXIT_OK, InputError
from kb.formats.serialize import FORMATS
from kb.formats.writers import write_files
from kb.pipeline import Result, Task, article_slug, export_article
from kb.read.annotation import ANNOTATION_FILE
from kb.read.article import ARTICLE_FILE, METADATA_FILE

MANIFEST = ".kb-manifest.jsonl"


@dataclass(frozen=True)
class Plan:
    """What a run will do: the tasks to run, the ones unchanged since the last run,
    and the paths that are not articles (with why)."""

    tasks: list[Task]
    unchanged: list[Task]
    skipped: list[tuple[Path, str]]
    digests: dict[Path, str] = field(repr=False)


@dataclass
class Summary:
    """Counts for the one summary line."""

    exported: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    triples: int = 0
    exit_code: int = EXIT_OK

    def line(self, out: Path, seconds: float) -> str:
        done = self.exported + self.failed
        rate = f", {done / seconds:.1f} articles/s" if seconds > 0 and done else ""
        return (
            f"{self.exported} exported, {self.unchanged} unchanged, {self.failed} failed, "
            f"{self.skipped} skipped (not articles); {self.triples} triples "
            f"in {seconds:.1f} s{rate} → {out}"
        )


def plan(
    paths: Iterable[Path], template: Task, *, force: bool = False, incremental: bool = True
) -> Plan:
    """Check every input before any work: a missing path is an error (exit 2), a
    file or folder that is not an article is skipped with the reason, and with
    `--extract` an existing export of a hand annotation is refused unless `force`."""
    manifest = read_manifest(template.out)
    tasks: list[Task] = []
    unchanged: list[Task] = []
    skipped: list[tuple[Path, str]] = []
    digests: dict[Path, str] = {}
    for path in paths:
        if not path.exists():
            what = "article file" if template.automatic else "article folder"
            raise InputError(str(path), f"no such {what}", "check the path")
        reason = _not_an_article(path, template.automatic)
        if reason:
            skipped.append((path, reason))
            continue
        task = replace(template, source=path)
        if template.automatic and not force:
            _refuse_to_overwrite_a_hand_annotation(task, manifest)
        digest = digests[path] = _digest(task)
        entry = manifest.get(_key(path))
        if incremental and entry and entry["digest"] == digest and _all_there(entry):
            unchanged.append(task)
        else:
            tasks.append(task)
    return Plan(tasks, unchanged, skipped, digests)


def run(
    tasks: list[Task], *, jobs: int = 1, scheduler: str | None = None, local_dask: bool = False
) -> Iterator[Result]:
    """The results of `tasks`, in their order, computed in this process (`jobs` 1),
    a pool of `jobs` processes, or on Dask (a scheduler address, or a local cluster)."""
    if scheduler or local_dask:
        from kb.pipeline.cluster import run_on_dask

        yield from run_on_dask(tasks, scheduler, jobs)
    elif jobs <= 1 or len(tasks) <= 1:
        yield from map(export_article, tasks)
    else:
        import multiprocessing

        # forkserver: workers start clean (no copy of a parent's engine threads) yet fast
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["kb.pipeline"])
        with context.Pool(min(jobs, len(tasks)), _warm) as pool:
            yield from pool.imap(export_article, tasks, chunksize=_chunk(len(tasks), jobs))


def write_result(
    result: Result, digest: str, seen: dict[str, Path], automatic: bool, record: bool = True
) -> Result:
    """Write one article's files atomically and (when `record`) note them in the
    manifest; a second article with a slug already written in this run is refused."""
    if result.failure or result.slug is None:
        return result
    first = seen.get(result.slug)
    if first is not None:
        problem = f"another article has the slug {result.slug!r} ({first})"
        return replace(result, files={}, failure=str(InputError(str(result.source), problem,
                       "rename one")), exit_code=InputError.exit_code)  # fmt: skip
    seen[result.slug] = result.source
    write_files(result.files)
    out = next(iter(result.files)).parent
    if not (record or (out / MANIFEST).exists()):
        return result
    entry = {
        "source": _key(result.source), "digest": digest, "slug": result.slug,
        "origin": "machine" if automatic else "human",
        "files": sorted(str(path) for path in result.files),
    }  # fmt: skip
    with (out / MANIFEST).open("a", encoding="utf-8") as manifest:
        manifest.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return result


def read_manifest(out: Path) -> dict[str, dict[str, str]]:
    """The last manifest entry of each source, in the order they were written."""
    entries: dict[str, dict[str, str]] = {}
    try:
        lines = (out / MANIFEST).read_text("utf-8").splitlines()
    except FileNotFoundError:
        return entries
    for line in lines:
        try:
            entry = json.loads(line)
            entries.pop(entry["source"], None)  # the latest entry last
            entries[entry["source"]] = entry
        except (json.JSONDecodeError, KeyError, TypeError):
            continue  # a line cut by a crash: that article is simply exported again
    return entries


def compact_manifest(out: Path) -> None:
    """Rewrite the manifest with one line per source, atomically."""
    entries = read_manifest(out)
    if entries:
        lines = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries.values())
        write_files({out / MANIFEST: lines.encode("utf-8")})


# --- helpers ---------------------------------------------------------------------------


def _not_an_article(path: Path, automatic: bool) -> str | None:
    """Why `path` is skipped: only a file where a folder is wanted (`articles/README.md`),
    or a non-.txt file for --extract; a folder's own problems are its failure."""
    if automatic:
        return "not a .txt article file" if path.is_file() and path.suffix != ".txt" else None
    if not path.is_dir():
        return "not an article folder (a folder with article.txt and annotation.yaml)"
    return None


def _refuse_to_overwrite_a_hand_annotation(task: Task, manifest: dict[str, dict[str, str]]) -> None:
    written_by = {file: entry.get("origin") for entry in manifest.values()
                  for file in entry.get("files", [])}  # fmt: skip
    slug = article_slug(task.source)
    for name in task.formats:
        target = task.out / f"{slug}.{FORMATS[name].extension}"
        if target.exists() and written_by.get(str(target)) != "machine":
            raise InputError(
                str(target), "exists and was not written by kb export --extract "
                "(it may be the export of a hand annotation)",
                "export to another --out folder, or pass --force to overwrite it",
            )  # fmt: skip


def _digest(task: Task) -> str:
    """A hash of everything an article's output depends on."""
    folder = task.source if task.source.is_dir() else task.source.parent
    inputs = [task.source] if task.source.is_file() else []
    inputs += [folder / name for name in (ARTICLE_FILE, ANNOTATION_FILE, METADATA_FILE)]
    settings = (task.formats, task.base_iri, task.options, task.automatic, str(task.out))
    digest = hashlib.sha256(f"{__version__}\n{_code_digest()}\n{settings!r}".encode())
    for file in dict.fromkeys(inputs):
        if file.is_file() and not (task.automatic and file.name == ANNOTATION_FILE):
            digest.update(f"\n{file.name}\n".encode() + file.read_bytes())
    return digest.hexdigest()


@cache
def _code_digest() -> str:
    """kb's own code and data files: a change to either may change every output."""
    import kb
    from kb.resources import data_file

    package = Path(kb.__file__).parent
    files = sorted(package.rglob("*.py")) + [
        data_file(folder, name) for folder, name in
        (("ontology", "kb.ttl"), ("ontology", "context.jsonld"), ("shapes", "kb-shapes.ttl"))
    ]  # fmt: skip
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.read_bytes())
    return digest.hexdigest()


def _key(path: Path) -> str:
    return str(path.resolve())


def _all_there(entry: Mapping[str, object]) -> bool:
    files = entry.get("files")
    return isinstance(files, list) and all(os.path.exists(f) for f in files)


def _chunk(tasks: int, jobs: int) -> int:
    """Small enough for a smooth progress bar, large enough to keep IPC cheap."""
    return max(1, min(8, tasks // (jobs * 16)))


def _warm() -> None:
    """Parse the ontology and compile the shapes once per worker, before its first
    article, so no article's time includes them."""
    from kb.validation import validate_ntriples

    validate_ntriples("")
