"""Quantities keep what the text says: a hedged number stays hedged, a decimal stays exact."""

from __future__ import annotations

from rdflib import XSD, Graph, Literal, URIRef

from kb.pipeline import build_graph, read_document
from kb.vocab import DEFAULT_BASE_IRI, KB, SCHEMA
from tests.conftest import DATA

ARTICLE = DATA / "articles" / "quantities"


def quantity(claim: str) -> tuple[Graph, URIRef]:
    graph = build_graph(read_document(ARTICLE), DEFAULT_BASE_IRI).graph
    return graph, URIRef(f"{DEFAULT_BASE_IRI}article/quantities/claim/{claim}/quantity")


def test_a_hedged_number_is_marked_approximate() -> None:
    graph, node = quantity("evacuated")
    assert graph.value(node, KB.approximate) == Literal(True)
    assert graph.value(node, SCHEMA.minValue) == Literal(300, datatype=XSD.integer)


def test_an_exact_number_carries_no_approximate_flag() -> None:
    graph, node = quantity("inflation")
    assert graph.value(node, KB.approximate) is None


def test_a_decimal_bound_is_an_xsd_decimal_as_written() -> None:
    graph, node = quantity("inflation")
    value = graph.value(node, SCHEMA.maxValue)
    assert isinstance(value, Literal)
    assert (value.datatype, str(value)) == (XSD.decimal, "4.5")
