"""Read RDF files of any format kb writes, with one-line errors that name the file."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kb.errors import InputError
from kb.formats import jsonld
from kb.read.files import RDF_BYTES, read_text
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


def read_graph(file: Path) -> Graph:
    """All triples of `file` (named graphs merged), parsed by its extension."""
    kind, text = _read(file)
    graph = jsonld.parse(text, str(file)) if kind == "json-ld" else _parse_rdf(text, kind, file)
    if not graph:
        raise _empty(file)
    return graph


def read_triples(file: Path) -> list[ox.Triple]:
    """All triples of `file` (named graphs merged, repeats dropped) as pyoxigraph
    terms: Oxigraph's parsers read a corpus-sized file in a fraction of rdflib's time
    and memory."""
    kind, text = _read(file)
    if kind == "json-ld":
        triples = sorted_triples(jsonld.parse(text, str(file)))
    else:
        try:
            base = file.resolve().as_uri()
            quads = ox.parse(text.encode("utf-8"), format=_NATIVE[kind], base_iri=base)
            triples = list(
                dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads)
            )
        except SyntaxError as error:
            message = " ".join(str(error).split())
            raise InputError(
                str(file), f"not valid {kind}: {message[:200]}", "fix it, or export it again"
            ) from None
    if not triples:
        raise _empty(file)
    return triples


def _read(file: Path) -> tuple[str, str]:
    """The parser name for `file`'s extension, and its text."""
    kind = RDF_FORMATS.get(file.suffix.lower())
    if kind is None:
        raise InputError(
            str(file), "unknown RDF file extension", "use one of " + ", ".join(RDF_FORMATS)
        )
    return kind, read_text(file, RDF_BYTES)


def _empty(file: Path) -> InputError:
    return InputError(
        str(file), "holds no triples, so there is nothing to validate", "check the file"
    )


def _parse_rdf(text: str, kind: str, file: Path) -> Graph:
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(data=text, format=kind)
    except Exception as error:  # rdflib raises many types; all mean "not this format"
        message = " ".join(str(error).split())
        raise InputError(
            str(file), f"not valid {kind}: {message[:200]}", "fix it, or export it again"
        ) from None
    graph = Graph()
    for triple in dataset.triples((None, None, None)):
        graph.add(triple)
    return graph
