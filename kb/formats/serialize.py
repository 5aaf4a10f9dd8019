"""Serialise a validated article graph: the same graph always gives the same bytes.

Turtle is rdflib's sorted Turtle; N-Triples and N-Quads are sorted lines; N-Quads
and TriG put the article in its own named graph (the article IRI), ready for a
store; JSON-LD is compacted with our context (`kb.formats.jsonld`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rdflib import Dataset, Graph, URIRef

from kb.formats import jsonld
from kb.formats.options import Options
from kb.formats.web import page, schemaorg
from kb.vocab import PREFIXES

DEFAULTS = Options()


@dataclass(frozen=True)
class Format:
    """An output format: its file extension, what it is called, how to write it."""

    extension: str
    title: str
    write: Callable[[Graph, URIRef, Options], bytes]


def serialize(graph: Graph, article: URIRef, name: str, options: Options = DEFAULTS) -> bytes:
    """`graph` (whose article node is `article`) in the format called `name`."""
    return FORMATS[name].write(graph, article, options)


def _turtle(graph: Graph, article: URIRef, options: Options) -> bytes:
    return graph.serialize(format="turtle", encoding="utf-8")


def _ntriples(graph: Graph, article: URIRef, options: Options) -> bytes:
    return _sorted_lines(graph.serialize(format="nt", encoding="utf-8"))


def _nquads(graph: Graph, article: URIRef, options: Options) -> bytes:
    dataset = _in_named_graph(graph, article)
    return _sorted_lines(dataset.serialize(format="nquads", encoding="utf-8"))


def _trig(graph: Graph, article: URIRef, options: Options) -> bytes:
    return _in_named_graph(graph, article).serialize(format="trig", encoding="utf-8")


def _jsonld(graph: Graph, article: URIRef, options: Options) -> bytes:
    return jsonld.dumps(jsonld.to_document(graph, str(article), options.inline_context))


FORMATS: dict[str, Format] = {
    "ttl": Format("ttl", "Turtle", _turtle),
    "jsonld": Format("jsonld", "JSON-LD 1.1", _jsonld),
    "nt": Format("nt", "N-Triples", _ntriples),
    "nq": Format("nq", "N-Quads (one named graph per article)", _nquads),
    "trig": Format("trig", "TriG (one named graph per article)", _trig),
    "schema": Format("schema.jsonld", "schema.org JSON-LD for web pages", schemaorg.write),
    "html": Format("html", "HTML page with the schema.org markup", page.write),
}


DEFAULT_FORMATS = ("ttl", "jsonld", "schema", "html")
"""What `kb export` writes unless told otherwise: the KB, and the article's web page."""


def _in_named_graph(graph: Graph, name: URIRef) -> Dataset:
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    named = dataset.graph(name)
    for triple in graph:
        named.add(triple)
    return dataset


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted(line for line in data.splitlines() if line.strip())
    return b"\n".join(lines) + b"\n"
