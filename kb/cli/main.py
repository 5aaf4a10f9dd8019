"""The `kb` command line: the one place that reads arguments, prints and exits.

Exit codes: 0 ok, 1 validation failed, 2 bad input or usage. Messages go to
stderr as one line each (a validation report adds one line per violation);
stdout carries only what a command was asked to print.
"""

from __future__ import annotations

import importlib
import sys
import traceback
from pathlib import Path
from typing import ClassVar

import click

from kb import __version__
from kb.cli.options import base_iri_option, url_option
from kb.errors import EXIT_INVALID, EXIT_OK, InputError, KbError, ValidationFailed, visible
from kb.formats.serialize import DEFAULT_FORMATS, FORMATS


class _Group(click.Group):
    """The `kb` group: commands that live beside the modules they drive are imported
    only when used (`kb export` need not load the extractor), and a KbError becomes
    its one line and exit code, whichever command raises it."""

    _elsewhere: ClassVar[dict[str, str]] = {
        "check-corpus": "kb.cli.store:check_corpus",
        "embed": "kb.cli.embed:embed",
        "evaluate": "kb.cli.extract:evaluate_command",
        "extract": "kb.cli.extract:extract",
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
    help="ARTICLES are article.txt files: annotate them automatically with `kb extract` "
    "first (a machine draft; review it with `kb extract -o` when it matters).",
)  # fmt: skip
def export(
    articles: tuple[Path, ...], out: Path, formats: list[str], base_iri: str,
    inline_context: bool, url: str | None, automatic: bool,
) -> None:  # fmt: skip
    """Export article folders as validated RDF and web pages.

    \b
    Each ARTICLE folder holds article.txt and annotation.yaml. For each, kb
    checks the annotation against the text, maps it to RDF, validates the
    graph against the SHACL shapes and writes OUT/<slug>.<format>
    (schema → <slug>.schema.jsonld, html → <slug>.html).
    Nothing is written unless every article conforms: on a violation kb
    prints the node, property, message and annotation line, and exits 1.

    \b
    Examples:
      kb export articles/2024-11-30-eszak-korea-oroszorszag
      kb export articles/* --out build/ --format ttl,jsonld,nt,nq,trig
      kb export my-article --base-iri https://example.org/news/ --inline-context
      kb export my-article --url https://example.hu/hirek/123
      kb export --extract path/to/article.txt      # annotate automatically first
    """
    from kb.formats.options import Options
    from kb.formats.writers import write_files
    from kb.pipeline import build_graph, extracted_document, read_document, render

    options = Options(inline_context=inline_context, url=url)
    files: dict[Path, bytes] = {}
    slugs: set[str] = set()
    failures: list[str] = []
    for number, path in enumerate(articles, start=1):
        progress = f"kb: [{number}/{len(articles)}] " if len(articles) > 1 else "kb: "
        if automatic:
            document = extracted_document(path)
            click.echo(f"{progress}{path}: annotated automatically by kb extract", err=True)
        else:
            document = read_document(path)
        try:
            mapped = build_graph(document, base_iri)
        except ValidationFailed as failure:
            failures.append(str(failure))
            continue
        slug = document.annotation.article.slug
        if slug in slugs:
            raise InputError(str(path), f"another article has the slug {slug!r}", "rename one")
        slugs.add(slug)
        files.update(render(mapped, slug, out, formats, options))
        click.echo(f"{progress}{slug}: {len(mapped.graph)} triples, conforms", err=True)
    if failures:
        say("\n".join(failures))
        click.echo("kb: nothing written; fix the annotation and export again", err=True)
        sys.exit(EXIT_INVALID)
    write_files(files)
    click.echo(f"kb: wrote {', '.join(str(path) for path in files)}", err=True)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate(files: tuple[Path, ...]) -> None:
    """Validate RDF files against the kb shapes.

    \b
    Reads Turtle (.ttl), N-Triples (.nt), N-Quads (.nq), TriG (.trig) or
    JSON-LD (.jsonld, .json; our context is resolved offline) and prints
    every violation as: node, property, message. Exits 1 if any file
    does not conform, 2 if a file cannot be read or holds no triples.
    schema.org markup (<slug>.schema.jsonld) is not kb data: it is skipped.

    \b
    Examples:
      kb validate out/2024-11-30-eszak-korea-oroszorszag.ttl
      kb validate out/*.jsonld
    """
    from kb.formats.jsonld import SchemaOrgMarkup
    from kb.formats.parse import read_graph
    from kb.validation import errors, format_report
    from kb.validation import validate as check

    failed = False
    skipped = 0
    for file in files:
        try:
            graph = read_graph(file)
        except SchemaOrgMarkup as markup:
            say(f"kb: {markup}; skipped")
            skipped += 1
            continue
        violations = check(graph)
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
