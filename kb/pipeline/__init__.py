"""The export pipeline for one article: read → model → map → validate → render.

`export_article` is the per-article step of every run, in one process, a process
pool or a Dask cluster (`kb.pipeline.corpus`): a pure function of its `Task` apart from
reading the article's own files, returning the bytes to write or the one reason it
failed, never writing anything and never raising for a bad article.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from kb import iris
from kb.errors import EXIT_OK, InputError, KbError, ValidationFailed
from kb.formats.options import Options
from kb.formats.serialize import FORMATS, serialize_all
from kb.mapping import Mapped, to_graph
from kb.model import Document
from kb.read.annotation import ANNOTATION_FILE, load_annotation
from kb.read.article import ARTICLE_FILE, read_article, read_metadata
from kb.read.check import check_annotation
from kb.validation import errors, format_report, validate_ntriples
from kb.vocab import DEFAULT_BASE_IRI


@dataclass(frozen=True)
class Task:
    """One article to export, and how: everything `export_article` needs, picklable.
    `source` is an article folder, or with `automatic` an article.txt (or its folder)
    to annotate with `kb extract` first."""

    source: Path
    out: Path
    formats: tuple[str, ...]
    base_iri: str
    options: Options = field(default_factory=Options)
    automatic: bool = False


@dataclass(frozen=True)
class Result:
    """What became of a task: the files to write, or why there are none."""

    source: Path
    slug: str | None = None
    files: dict[Path, bytes] = field(default_factory=dict)
    triples: int = 0
    failure: str | None = None
    exit_code: int = EXIT_OK


def export_article(task: Task) -> Result:
    """Read, check, map, validate and render one article; a bad article becomes a
    Result with its reason and exit code, so it never stops the others."""
    try:
        read = extracted_document if task.automatic else read_document
        document = read(task.source)
        mapped = _validated(document, task.base_iri)
        slug = document.annotation.article.slug
        rendered = serialize_all(mapped, task.formats, task.options)
    except KbError as error:
        return Result(task.source, failure=str(error), exit_code=error.exit_code)
    files = {
        task.out / f"{slug}.{FORMATS[name].extension}": data for name, data in rendered.items()
    }
    return Result(task.source, slug, files, len(mapped.triples))


def read_document(folder: Path) -> Document:
    """An article folder (article.txt + annotation.yaml), read and checked."""
    if not folder.is_dir():
        raise InputError(str(folder), "no such article folder", "give a folder with article.txt")
    annotation_file = folder / ANNOTATION_FILE
    annotation = load_annotation(annotation_file)
    article = read_article(folder, annotation.article.timezone)
    check_annotation(annotation, article, str(annotation_file))
    return Document(article, annotation, str(annotation_file))


def extracted_document(article_file: Path) -> Document:
    """An article annotated by `kb extract` instead of by hand; checked all the same."""
    from kb.extract import extract

    article = read_article(article_file)
    annotation = extract(article, slug=article_slug(article_file))
    folder = article_file if article_file.is_dir() else article_file.parent
    url = read_metadata(folder).url  # the page's own address, when kb ingest found it
    if url and not annotation.article.url:
        annotation = replace(annotation, article=replace(annotation.article, url=url))
    source = f"{article_file} (automatic annotation)"
    check_annotation(annotation, article, source)
    return Document(article, annotation, source)


def article_slug(path: Path) -> str:
    """The slug of an article no annotation names: the folder's name for a folder or
    its article.txt, else the file's stem (`kb extract notes.txt` drafts `notes`)."""
    path = path.resolve()
    if path.is_dir():
        name = path.name
    elif path.name == ARTICLE_FILE:
        name = path.parent.name
    else:
        name = path.stem
    return iris.slug(name, str(path), _RENAME)


def map_document(document: Document, base_iri: str = DEFAULT_BASE_IRI) -> Mapped:
    """The RDF graph of a read document, not yet validated (see `build_graph`)."""
    return to_graph(document, base_iri)


def build_graph(document: Document, base_iri: str) -> Mapped:
    """Map and validate; raises ValidationFailed with a readable report."""
    return _validated(document, base_iri)


def _validated(document: Document, base_iri: str) -> Mapped:
    """The mapped article, validated: its triples serve validation and the writers."""
    mapped = to_graph(document, base_iri)
    violations = errors(validate_ntriples(mapped.ntriples, standalone=True))
    if violations:

        def locate(focus: str) -> str | None:
            line = mapped.lines.get(focus)
            return f"{document.source_file}:{line}" if line else None

        report = format_report(violations, locate)
        raise ValidationFailed(
            f"{document.source_file}: {len(violations)} shape violation(s)\n{report}"
        )
    return mapped


_RENAME = "rename the file or folder so that its name has letters or digits"
