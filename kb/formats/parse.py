"""Read RDF files of any format kb writes, with one-line errors that name the file."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kb.errors import InputError
from kb.formats import jsonld

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
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(file), "no such file") from None
    except UnicodeDecodeError:
        raise InputError(str(file), "not UTF-8 text") from None
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
