"""Read RDF files of any format kb writes, with one-line errors that name the file."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kb.errors import InputError
from kb.formats import jsonld
from kb.triples import sorted_triples

RDF_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}
"""File extension → rdflib parser name."""


_NATIVE = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}


def read_triples(file: Path) -> list[ox.Triple]:
    """All triples of `file` (named graphs merged, repeats dropped) as pyoxigraph
    terms: Oxigraph's parsers read a corpus-sized file in a fraction of rdflib's time
    and memory."""
    kind, text = _read(file)
    if kind == "json-ld":
        return sorted_triples(jsonld.parse(text, str(file)))
    try:
        base = file.resolve().as_uri()
        quads = ox.parse(text.encode("utf-8"), format=_NATIVE[kind], base_iri=base)
        return list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
    except SyntaxError as error:
        message = " ".join(str(error).split())
        raise InputError(str(file), f"not valid {kind}: {message[:200]}") from None


def read_graph(file: Path) -> Graph:
    """All triples of `file` (named graphs merged), parsed by its extension."""
    kind, text = _read(file)
    if kind == "json-ld":
        return jsonld.parse(text, str(file))
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(data=text, format=kind)
    except Exception as error:  # rdflib raises many types; all mean "not this format"
        message = " ".join(str(error).split())
        raise InputError(str(file), f"not valid {kind}: {message[:200]}") from None
    graph = Graph()
    for triple in dataset.triples((None, None, None)):
        graph.add(triple)
    return graph


def _read(file: Path) -> tuple[str, str]:
    """The parser name for `file`'s extension, and its text."""
    kind = RDF_FORMATS.get(file.suffix.lower())
    if kind is None:
        raise InputError(
            str(file), "unknown RDF file extension", "use one of " + ", ".join(RDF_FORMATS)
        )
    try:
        return kind, file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(file), "no such file") from None
    except UnicodeDecodeError:
        raise InputError(str(file), "not UTF-8 text") from None
