"""The `kb` command line: the one place that reads arguments, prints and exits.

Exit codes: 0 ok, 1 validation failed, 2 bad input or usage. Messages go to
stderr as one line each (a validation report adds one line per violation);
stdout carries only what a command was asked to print.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import os
import sys
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import click

from kb import __version__
from kb.cli.options import base_iri_option, url_option
from kb.errors import EXIT_INVALID, EXIT_OK, InputError, KbError, visible
from kb.formats.serialize import DEFAULT_FORMATS, FORMATS

if TYPE_CHECKING:
    from kb.pipeline import Task


class _Group(click.Group):
    """The `kb` group: commands that live beside the modules they drive are imported
    only when used (`kb export` need not load the extractor), and a KbError becomes
    its one line and exit code, whichever command raises it."""

    _elsewhere: ClassVar[dict[str, str]] = {
        "check-corpus": "kb.cli.store:check_corpus",
        "embed": "kb.cli.embed:embed",
        "evaluate": "kb.cli.extract:evaluate_command",
        "extract": "kb.cli.extract:extract",
        "ingest": "kb.cli.ingest:ingest",
        "load": "kb.cli.store:load",
        "query": "kb.cli.store:query",
        "serve": "kb.cli.store:serve",
        "train-ner": "kb.cli.ner:train_ner_command",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self._elsewhere})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self._elsewhere:
            module, attribute = self._elsewhere[name].split(":")
            command: click.Command = getattr(importlib.import_module(module), attribute)
            return command
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KbError as error:
            say(f"kb: {error}")
            traceback.clear_frames(error.__traceback__)  # let go of stores they opened
            sys.exit(error.exit_code)
        except click.UsageError as error:  # one line too, not click's usage block
            command = error.ctx.command_path if error.ctx else "kb"
            message = error.format_message().rstrip(".")
            say(f"kb: {message}; see `{command} --help`")
            sys.exit(error.exit_code)


def say(text: str) -> None:
    """Print to stderr, line by line, with control characters shown, not obeyed: file
    names, quotes and shape reports carry input that must not steer the terminal."""
    click.echo("\n".join(map(visible, text.split("\n"))), err=True)


@click.group("kb", cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kb")
def main() -> None:
    """Turn news articles into a validated linked-data knowledge base.

    \b
    An article folder holds article.txt (headline, date line, body) and
    annotation.yaml (its entities, times, events and claims, anchored to
    the text; see docs/annotation-format.md). kb maps it to RDF under the
    kb ontology, checks it against the SHACL shapes, and writes Turtle,
    JSON-LD, schema.org markup and an HTML page.

    \b
    Examples:
      kb export articles/2024-11-30-eszak-korea-oroszorszag   # → out/
      kb validate out/2024-11-30-eszak-korea-oroszorszag.ttl
      kb extract new-article/article.txt -o new-article/annotation.yaml
      kb export --extract new-article/article.txt             # one step, automatic
      kb load out/ && kb query queries/timeline-kursk.rq      # SPARQL, embedded store
      kb serve                                                # SPARQL 1.1 over HTTP

    Exit codes: 0 ok, 1 validation failed, 2 bad input or usage.
    """


def _formats(_: click.Context, __: click.Parameter, value: str) -> list[str]:
    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        raise click.BadParameter(
            f"unknown format {', '.join(unknown) or value!r}; choose from {', '.join(FORMATS)}"
        )
    return list(dict.fromkeys(names))


@main.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out", "out", default=Path("out"), show_default=True,
    type=click.Path(file_okay=False, path_type=Path), help="Folder to write the exports to.",
)  # fmt: skip
@click.option(
    "--format", "formats", default=",".join(DEFAULT_FORMATS), show_default=True,
    callback=_formats, help=f"Comma-separated output formats: {', '.join(FORMATS)}.",
)  # fmt: skip
@base_iri_option
@click.option(
    "--inline-context", is_flag=True,
    help="Put the JSON-LD context inside the document instead of referencing its URL.",
)  # fmt: skip
@url_option
@click.option(
    "--extract", "automatic", is_flag=True,
    help="ARTICLES are article.txt files (or folders with one): annotate them automatically "
    "with `kb extract` first (a machine draft; review it with `kb extract -o` when it matters).",
)  # fmt: skip
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=lambda: os.cpu_count() or 1,
    show_default="all cores", help="Articles exported in parallel, one process each.",
)  # fmt: skip
@click.option("--strict", is_flag=True, help="Stop at the first article that fails.")
@click.option(
    "--force", is_flag=True,
    help="With --extract: overwrite exports that kb export --extract did not write.",
)  # fmt: skip
@click.option(
    "--scheduler", metavar="ADDRESS",
    help="Run on a Dask cluster (tcp://HOST:8786); needs `pip install 'kb[dask]'`.",
)  # fmt: skip
@click.option(
    "--dask", "local_dask", is_flag=True, help="Run on a local Dask cluster (--jobs workers)."
)
def export(
    articles: tuple[Path, ...], out: Path, formats: list[str], base_iri: str,
    inline_context: bool, url: str | None, automatic: bool, jobs: int, strict: bool,
    force: bool, scheduler: str | None, local_dask: bool,
) -> None:  # fmt: skip
    """Export article folders as validated RDF and web pages.

    \b
    Each ARTICLE folder holds article.txt and annotation.yaml. For each, kb
    checks the annotation against the text, maps it to RDF, validates the
    graph against the SHACL shapes and writes OUT/<slug>.<format>
    (schema → <slug>.schema.jsonld, html → <slug>.html), atomically, as soon
    as that article is done. An article that fails is reported (node,
    property, message, annotation line) and writes nothing; the others go on
    (--strict stops instead), and the exit code is 1 (validation) or 2 (bad
    input). Paths that are not folders (articles/README.md) are skipped
    with a note. An article unchanged since the last export into OUT
    (same files, options and kb) is skipped: re-running on a grown archive
    costs only the new articles.

    \b
    Examples:
      kb export articles/2024-11-30-eszak-korea-oroszorszag
      kb export articles/* --out build/ --format ttl,jsonld,nt,nq,trig
      kb export articles/* --jobs 2 --format trig,nq      # a corpus, both cores
      kb export my-article --base-iri https://example.org/news/ --inline-context
      kb export my-article --url https://example.hu/hirek/123
      kb export --extract path/to/article.txt      # annotate automatically first
      kb export articles/* --scheduler tcp://10.0.0.5:8786   # on a Dask cluster
    """
    from kb.formats.options import Options
    from kb.pipeline import Task
    from kb.pipeline.corpus import compact_manifest, plan, run, write_result

    template = Task(Path(), out, tuple(formats), base_iri, Options(inline_context, url), automatic)
    work = plan(articles, template, force=force)
    for path, reason in work.skipped:
        say(f"kb: {path}: skipped: {reason}")
    if not work.tasks and not work.unchanged:
        raise InputError(
            " ".join(map(str, articles)), "no article to export", "see kb export --help"
        )
    if len(articles) == 1 and work.tasks:
        with _without_collector():
            _export_one(work.tasks[0], work.digests[work.tasks[0].source])
        return
    from kb.pipeline.corpus import Summary

    summary = Summary(unchanged=len(work.unchanged), skipped=len(work.skipped))
    started = time.monotonic()
    seen: dict[str, Path] = {}
    results = run(work.tasks, jobs=jobs, scheduler=scheduler, local_dask=local_dask)
    with _progress(len(work.tasks), started) as bar:
        for result in results:
            result = write_result(result, work.digests[result.source], seen, automatic)
            bar.update(1)
            if result.failure:
                summary.failed += 1
                summary.exit_code = max(summary.exit_code, result.exit_code)
                say(_failure_line(result.failure, result.exit_code))
                if strict:
                    break
            else:
                summary.exported += 1
                summary.triples += result.triples
    compact_manifest(out)
    click.echo(f"kb: {summary.line(out, time.monotonic() - started)}", err=True)
    sys.exit(summary.exit_code)


def _export_one(task: Task, digest: str) -> None:
    """One article, as before a corpus: its own lines, and the files it wrote."""
    from kb.pipeline import export_article
    from kb.pipeline.corpus import compact_manifest, write_result

    result = write_result(export_article(task), digest, {}, task.automatic, task.automatic)
    if result.failure:
        say(_failure_line(result.failure, result.exit_code))
        if result.exit_code == EXIT_INVALID:
            click.echo("kb: nothing written; fix the annotation and export again", err=True)
        sys.exit(result.exit_code)
    compact_manifest(task.out)
    if task.automatic:
        click.echo(f"kb: {task.source}: annotated automatically by kb extract", err=True)
    click.echo(f"kb: {result.slug}: {result.triples} triples, conforms", err=True)
    click.echo(f"kb: wrote {', '.join(str(path) for path in result.files)}", err=True)


@contextmanager
def _without_collector() -> Iterator[None]:
    """One article's export makes about a million objects and keeps them to the end:
    the cyclic garbage collector's passes over them, and the interpreter's last one
    at exit, took 0.1–0.2 s of a 0.5 s export and free nothing the OS would not.
    For one article only: a corpus run in one process needs the collector."""
    atexit.unregister(gc.freeze)  # once, however many exports a test process runs
    atexit.register(gc.freeze)  # atexit runs before the final collection: skip it
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _failure_line(failure: str, exit_code: int) -> str:
    """A validation report stands as it is; a bad input is one `kb:` line."""
    return failure if exit_code == EXIT_INVALID else f"kb: {failure}"


@contextmanager
def _progress(total: int, started: float) -> Iterator[Any]:
    """click's progress bar with the rate, on a terminal only: a log gets the summary."""
    if total < 2 or not sys.stderr.isatty():
        yield _NoBar()
        return

    bars: list[Any] = []

    def rate(_: object) -> str:
        seconds = time.monotonic() - started
        done = bars[0].pos if bars else 0
        return f"{done / seconds:.1f} articles/s" if done and seconds > 0 else ""

    with click.progressbar(
        length=total, label="kb: exporting", file=sys.stderr, show_eta=True, show_pos=True,
        item_show_func=rate,
    ) as bar:  # fmt: skip
        bars.append(bar)
        yield bar


class _NoBar:
    def update(self, _: int) -> None:
        pass


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate(files: tuple[Path, ...]) -> None:
    """Validate RDF files against the kb shapes.

    \b
    Reads Turtle (.ttl), N-Triples (.nt), N-Quads (.nq), TriG (.trig) or
    JSON-LD (.jsonld, .json; our context is resolved offline) and prints
    every violation as: node, property, message. A file of many articles is
    validated one article at a time. schema.org markup (<slug>.schema.jsonld,
    for web pages, not kb data) is skipped with a note. Exits 1 if any file
    does not conform, 2 if a file cannot be read or holds no triples.

    \b
    Examples:
      kb validate out/2024-11-30-eszak-korea-oroszorszag.ttl
      kb validate out/*.jsonld
    """
    from kb.formats.jsonld import SchemaOrgMarkup
    from kb.formats.parse import read_quads
    from kb.validation import errors, format_report, validate_each_article

    failed = False
    skipped = 0
    for file in files:
        try:
            quads = read_quads(file)
        except SchemaOrgMarkup as markup:
            say(f"kb: {markup}; skipped")
            skipped += 1
            continue
        violations = validate_each_article(quads)
        if errors(violations):
            failed = True
            click.echo(f"{file}: {len(errors(violations))} shape violation(s)", err=True)
        else:
            click.echo(f"{file}: conforms", err=True)
        if violations:  # warnings too, which do not fail
            say(format_report(violations))
    if skipped == len(files):
        raise InputError("kb validate", "no kb data among the files", "give .ttl, .jsonld, ...")
    sys.exit(EXIT_INVALID if failed else EXIT_OK)
