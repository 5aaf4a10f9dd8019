"""Read RDF files of any format kb writes, with one-line errors that name the file."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kb.errors import InputError
from kb.formats import jsonld
from kb.read.files import RDF_BYTES, read_text

RDF_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}
"""File extension → rdflib parser name."""


def read_graph(file: Path) -> Graph:
    """All triples of `file` (named graphs merged), parsed by its extension."""
    kind = RDF_FORMATS.get(file.suffix.lower())
    if kind is None:
        raise InputError(
            str(file), "unknown RDF file extension", "use one of " + ", ".join(RDF_FORMATS)
        )
    text = read_text(file, RDF_BYTES)
    graph = jsonld.parse(text, str(file)) if kind == "json-ld" else _parse_rdf(text, kind, file)
    if not graph:
        raise InputError(
            str(file), "holds no triples, so there is nothing to validate", "check the file"
        )
    return graph


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
