"""Serialise a validated article graph: the same graph always gives the same bytes.

Turtle and N-Triples are written by Oxigraph from the triples in kb's fixed order
(`kb.triples`): subjects sorted, `rdf:type` first, every prefix of `kb.vocab.PREFIXES`
declared; N-Triples and N-Quads are sorted lines. TriG and N-Quads put the article in
its own named graph (the article IRI), ready for a store: they are the Turtle in one
graph block and the N-Triples lines with the graph name, so no quad is ever built.
JSON-LD is compacted with our context (`kb.formats.jsonld`). Each writer is imported
only when its format is asked for, so a Turtle-only export never loads PyLD.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, XSD, Graph, URIRef

from kb.formats.options import Options

if TYPE_CHECKING:
    from kb.formats.web.view import Article
from kb.triples import ArticleGraph
from kb.vocab import PREFIXES

DEFAULTS = Options()

Source = ArticleGraph
"""What every writer reads: one article's triples in kb's order (`source.triples`,
what the native writers and validation read) and, built on first use, the same graph
in rdflib (`source.graph`, for JSON-LD and the web formats)."""


@dataclass(frozen=True)
class Format:
    """An output format: its file extension, what it is called, how to write it."""

    extension: str
    title: str
    write: Callable[[Source, Options], bytes]


def serialize(graph: Graph, article: URIRef, name: str, options: Options = DEFAULTS) -> bytes:
    """`graph` (whose article node is `article`) in the format called `name`."""
    return FORMATS[name].write(Source.of_graph(graph, article), options)


def serialize_all(source: Source, names: Iterable[str], options: Options) -> dict[str, bytes]:
    """`source` in every format of `names`, sharing the sorted triples between them."""
    return {name: FORMATS[name].write(source, options) for name in names}


def _turtle(source: Source, options: Options) -> bytes:
    return _HEADER + b"\n" + _statements(source)


def _ntriples(source: Source, options: Options) -> bytes:
    return _sorted_lines(source.ntriples.encode())


def _nquads(source: Source, options: Options) -> bytes:
    """Each N-Triples line with the article's graph name before its final ` .` (the
    only ` .` + newline of a line: a literal's newline is escaped)."""
    name = f" <{source.article}> .\n".encode()
    return _sorted_lines(source.ntriples.encode().replace(b" .\n", name))


def _trig(source: Source, options: Options) -> bytes:
    """The Turtle statements in one graph block named by the article (TriG's graph
    block holds Turtle's triples as they are), indented by a tab."""
    lines = _statements(source)[:-1]  # a blank line between subjects stays blank
    body = b"\t" + lines.replace(b"\n", b"\n\t").replace(b"\n\t\n", b"\n\n") + b"\n"
    return _HEADER + b"\n" + f"<{source.article}> {{\n".encode() + body + b"}\n"


def _jsonld(source: Source, options: Options) -> bytes:
    from kb.formats import jsonld

    document = jsonld.to_document(source.triples, str(source.article), options.inline_context)
    return jsonld.dumps(document)


def _schema(source: Source, options: Options) -> bytes:
    from kb.formats.web import schemaorg

    return schemaorg.write(_web_view(source), options)


def _html(source: Source, options: Options) -> bytes:
    from kb.formats.web import page

    return page.write(_web_view(source), options)


def _web_view(source: Source) -> Article:
    """What the markup and the page both read, made once per source (as a
    `cached_property` would: the source is frozen, its `__dict__` is the cache)."""
    from kb.formats.web.view import read_article

    view = source.__dict__.get("web_view")
    if view is None:
        view = source.__dict__["web_view"] = read_article(source.triples, source.article)
    return view


FORMATS: dict[str, Format] = {
    "ttl": Format("ttl", "Turtle", _turtle),
    "jsonld": Format("jsonld", "JSON-LD 1.1", _jsonld),
    "nt": Format("nt", "N-Triples", _ntriples),
    "nq": Format("nq", "N-Quads (one named graph per article)", _nquads),
    "trig": Format("trig", "TriG (one named graph per article)", _trig),
    "schema": Format("schema.jsonld", "schema.org JSON-LD for web pages", _schema),
    "html": Format("html", "HTML page with the schema.org markup", _html),
}


DEFAULT_FORMATS = ("ttl", "jsonld", "schema", "html")
"""What `kb export` writes unless told otherwise: the KB, and the article's web page."""

_CORE = {"rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL}
_PREFIXES = {prefix: str(namespace) for prefix, namespace in {**_CORE, **PREFIXES}.items()}


_HEADER = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(_PREFIXES.items())).encode()


def _statements(source: Source) -> bytes:
    """Oxigraph's Turtle of the triples without its prefix lines (`_HEADER` declares
    them in a fixed order), with a blank line between subjects (a literal's newline
    is escaped, so `.` + newline + `<` only ever ends a statement)."""
    data = ox.serialize(source.triples, format=ox.RdfFormat.TURTLE, prefixes=_PREFIXES)
    assert data is not None  # no output file given: the bytes are returned
    body = data[data.index(b"\n", data.rindex(b"@prefix ")) + 1 :]
    return body.replace(b" .\n<", b" .\n\n<")


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted(line for line in data.splitlines() if line.strip())
    return b"\n".join(lines) + b"\n"
