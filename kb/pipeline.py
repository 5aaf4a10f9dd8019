"""The export pipeline for one article: read → model → map → validate → render.

Pure apart from reading the input files: it returns the bytes to write, and the
command line decides whether to write them (only when every article conforms).
"""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef

from kb import iris
from kb.errors import InputError, ValidationFailed
from kb.formats.options import Options
from kb.formats.serialize import FORMATS, serialize
from kb.mapping import Mapped, to_graph
from kb.model import Document
from kb.read.annotation import ANNOTATION_FILE, load_annotation
from kb.read.article import ARTICLE_FILE, read_article
from kb.read.check import check_annotation
from kb.validation import errors, format_report, validate
from kb.vocab import DEFAULT_BASE_IRI


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
    source = f"{article_file} (automatic annotation)"
    check_annotation(annotation, article, source)
    return Document(article, annotation, source)


def map_document(document: Document, base_iri: str = DEFAULT_BASE_IRI) -> Mapped:
    """The RDF graph of a read document, not yet validated (see `build_graph`)."""
    return to_graph(document, base_iri)


def build_graph(document: Document, base_iri: str) -> Mapped:
    """Map and validate; raises ValidationFailed with a readable report."""
    mapped = to_graph(document, base_iri)
    violations = errors(validate(mapped.graph))
    if violations:

        def locate(focus: str) -> str | None:
            line = mapped.lines.get(URIRef(focus))
            return f"{document.source_file}:{line}" if line else None

        report = format_report(violations, locate)
        raise ValidationFailed(
            f"{document.source_file}: {len(violations)} shape violation(s)\n{report}"
        )
    return mapped


def render(
    mapped: Mapped, slug: str, out: Path, formats: list[str], options: Options
) -> dict[Path, bytes]:
    """The bytes of every requested format, keyed by the file they go to."""
    return {
        out / f"{slug}.{FORMATS[name].extension}": serialize(
            mapped.graph, mapped.article, name, options
        )
        for name in formats
    }


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


_RENAME = "rename the file or folder so that its name has letters or digits"
