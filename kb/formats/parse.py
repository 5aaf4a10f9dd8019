"""Read RDF files of any format kb writes, with one-line errors that name the file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kb.errors import InputError
from kb.formats import jsonld
from kb.read.files import RDF_BYTES, read_text, stream_text
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


def read_quads(file: Path) -> Callable[[], Iterator[ox.Quad]]:
    """The statements of `file` as pyoxigraph quads, to be read as often as the
    caller needs. A file the size of one article's export (up to `_HELD` bytes) is
    parsed once and kept; a larger Turtle, TriG, N-Triples or N-Quads file streams
    from disk through Oxigraph's parsers at each call, so a corpus-sized file is never
    held (the checks of `read_text` hold all the same: size, UTF-8, syntax; once the
    file has been read whole without error, it is read again without Oxigraph's IRI
    checks, twice as fast). JSON-LD, whose context needs the whole document, is
    always parsed once and kept."""
    kind = _kind(file)
    if kind == "json-ld":
        triples = sorted_triples(jsonld.parse(read_text(file, RDF_BYTES), str(file)))
        if not triples:
            raise _empty(file)
        quads = [ox.Quad(t.subject, t.predicate, t.object) for t in triples]
        return lambda: iter(quads)
    with stream_text(file, RDF_BYTES):
        pass  # refused now, not at the first reading, if it cannot be read at all
    if file.stat().st_size <= _HELD:
        held = list(_streamed(file, kind, lenient=False))
        return lambda: iter(held)
    checked = False

    def reading() -> Iterator[ox.Quad]:
        nonlocal checked
        yield from _streamed(file, kind, lenient=checked)
        checked = True

    return reading


_HELD = RDF_BYTES.default
"""Bytes of RDF parsed once and kept rather than read again: the default
`KB_MAX_RDF_BYTES`, what one article's export never exceeds (tens of MB of Python
objects at most, where a 1,000-article file would need gigabytes)."""


def _streamed(file: Path, kind: str, lenient: bool) -> Iterator[ox.Quad]:
    count = 0
    with stream_text(file, RDF_BYTES) as stream:
        try:
            base = file.resolve().as_uri()
            for quad in ox.parse(stream, format=_NATIVE[kind], base_iri=base, lenient=lenient):
                count += 1
                yield quad
        except SyntaxError as error:
            raise _invalid(file, kind, error) from None
    if not count:
        raise _empty(file)


def _kind(file: Path) -> str:
    """The parser name for `file`'s extension."""
    kind = RDF_FORMATS.get(file.suffix.lower())
    if kind is None:
        raise InputError(
            str(file), "unknown RDF file extension", "use one of " + ", ".join(RDF_FORMATS)
        )
    return kind


def _read(file: Path) -> tuple[str, str]:
    """The parser name for `file`'s extension, and its text."""
    kind = _kind(file)
    return kind, read_text(file, RDF_BYTES)


def _empty(file: Path) -> InputError:
    return InputError(
        str(file), "holds no triples, so there is nothing to validate", "check the file"
    )


def _invalid(file: Path, kind: str, error: Exception) -> InputError:
    message = " ".join(str(error).split())
    return InputError(str(file), f"not valid {kind}: {message[:200]}", "fix it, or export it again")


def _parse_rdf(text: str, kind: str, file: Path) -> Graph:
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(data=text, format=kind)
    except Exception as error:  # rdflib raises many types; all mean "not this format"
        raise _invalid(file, kind, error) from None
    graph = Graph()
    for triple in dataset.triples((None, None, None)):
        graph.add(triple)
    return graph
