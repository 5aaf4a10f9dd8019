"""Read the files `kb load` takes into one named graph per article, checked up front.

`kb load` parses and checks every input file before anything is written, so a broken
file is reported while the store is still untouched. Which files a folder contributes:

* per file name stem, one file, preferring the formats that carry the graph name:
  `.trig`, then `.nq`, then `.ttl`, then `.nt` (so `kb load out/` reads each article's
  TriG and ignores the same data in its other formats);
* TriG/N-Quads: each named graph is one article graph; triples in the default graph
  are refused, since nothing says which article they belong to;
* Turtle/N-Triples: the graph is named by the one `kb:NewsArticle` node in the file;
* JSON-LD is never read: it repeats the other formats and its context is a URL.

What happens to the graphs next (entity facts moved to the entity graph, batches
written) is `kb.store.layout` and `kb.store.corpus`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF

from kb.errors import InputError
from kb.vocab import KB

QUAD_FORMATS = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS}
TRIPLE_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES}
PREFERENCE = [*QUAD_FORMATS, *TRIPLE_FORMATS]
"""Loadable suffixes, the preferred one first when a stem comes in several formats."""

_RDF_TYPE = ox.NamedNode(str(RDF.type))
_NEWS_ARTICLE = ox.NamedNode(str(KB.NewsArticle))


@dataclass(frozen=True)
class ArticleGraph:
    """One named graph to (re)place in a store, and the file it was read from: its
    quads as parsed (kept as quads, so the load hands them on without copying)."""

    name: ox.NamedNode
    quads: list[ox.Quad]
    source: Path


def input_files(paths: Iterable[Path]) -> list[Path]:
    """The files to read for `paths`: files as given, folders by the rules above."""
    chosen: list[Path] = []
    for path in paths:
        if path.is_dir():
            chosen.extend(_preferred_files(path))
        elif path.is_file():
            if path.suffix not in PREFERENCE:
                raise InputError(str(path), "not a file kb load reads", _accepted_formats())
            chosen.append(path)
        elif path.exists():
            raise InputError(str(path), "not a regular file or folder", "give a file on disk")
        else:
            raise InputError(str(path), "no such file or folder", "check the path")
    return chosen


def read_file(path: Path) -> list[ArticleGraph]:
    """The article graphs in one file, or an `InputError` naming its line."""
    try:
        quads = list(ox.parse(path=path, format=_format(path)))
    except SyntaxError as error:
        raise InputError(
            _where(path, error),
            f"not valid RDF: {_reason(error)}",
            "fix the file or export it again with kb export",
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read: {error}", "check the file") from None
    if path.suffix in QUAD_FORMATS:
        return _named_graphs(path, quads)
    name = _article_node(path, quads)
    return [
        ArticleGraph(name, [ox.Quad(q.subject, q.predicate, q.object, name) for q in quads], path)
    ]


def _preferred_files(folder: Path) -> Iterator[Path]:
    by_stem: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix in PREFERENCE:
            current = by_stem.get(path.stem)
            if current is None or _rank(path) < _rank(current):
                by_stem[path.stem] = path
    if not by_stem:
        raise InputError(str(folder), "no RDF files to load", _accepted_formats())
    return iter(sorted(by_stem.values()))


def _rank(path: Path) -> int:
    return PREFERENCE.index(path.suffix)


def _accepted_formats() -> str:
    return f"give {', '.join(PREFERENCE)} files (kb export writes them) or a folder of them"


def _format(path: Path) -> ox.RdfFormat:
    return {**QUAD_FORMATS, **TRIPLE_FORMATS}[path.suffix]


def _named_graphs(path: Path, quads: list[ox.Quad]) -> list[ArticleGraph]:
    graphs: dict[ox.NamedNode, list[ox.Quad]] = {}
    for quad in quads:
        name = quad.graph_name
        graph = graphs.get(name)  # type: ignore[arg-type]
        if graph is None:
            if not isinstance(name, ox.NamedNode):
                raise InputError(
                    str(path),
                    f"a triple outside a named graph: {quad.triple}",
                    "put each article's triples in the graph named by its IRI (kb export does)",
                )
            graph = graphs[name] = []
        graph.append(quad)
    if not graphs:
        raise InputError(str(path), "no named graph in it", "export the article again")
    return [ArticleGraph(name, graph, path) for name, graph in graphs.items()]


def _article_node(path: Path, quads: list[ox.Quad]) -> ox.NamedNode:
    articles = {
        quad.subject
        for quad in quads
        if quad.predicate == _RDF_TYPE and quad.object == _NEWS_ARTICLE
    }
    if len(articles) != 1 or not isinstance(node := next(iter(articles)), ox.NamedNode):
        found = ", ".join(sorted(map(str, articles))) or "none"
        raise InputError(
            str(path),
            f"needs exactly one kb:NewsArticle IRI to name its graph, found {found}",
            "load the article's .trig instead",
        )
    return node


def _where(path: Path, error: SyntaxError) -> str:
    return f"{path}:{error.lineno}" if error.lineno else str(path)


def _reason(error: SyntaxError) -> str:
    """Oxigraph's message without its "Parser error at line …:" lead (the location says it)."""
    return re.sub(r"^Parser error at [^:]*: ", "", str(error.msg))
