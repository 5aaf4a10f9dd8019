"""An rdflib graph as sorted pyoxigraph triples: the one hand-over to the native writers.

Mapping builds rdflib graphs; Oxigraph's writers and the compiled SHACL engine read
its terms 30–100x faster than rdflib serialises. The order is fixed here — by
subject IRI (an article before its parts), `rdf:type` first, then predicate and
object — so every writer downstream gives the same bytes for the same graph, whatever the
order rdflib's hash sets happened to yield.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, Literal, Node, URIRef

_TYPE = ox.NamedNode(str(RDF.type))


def sorted_triples(graph: Graph, lead: str = "") -> list[ox.Triple]:
    """Every triple of `graph` as pyoxigraph terms, in kb's fixed order: by subject
    (the nodes under `lead`, the article, first; then the entities and concepts it
    names), each subject's `rdf:type` first."""
    cache: dict[Node, ox.NamedNode | ox.BlankNode | ox.Literal] = {}

    def term(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        found = cache.get(node)
        if found is None:
            found = cache[node] = _term(node)
        return found

    triples = [ox.Triple(term(s), term(p), term(o)) for s, p, o in graph]  # type: ignore[arg-type]
    return sorted(triples, key=lambda triple: _order(triple, lead))


def ntriples(triples: Iterable[ox.Triple]) -> str:
    """The triples as N-Triples text, one per line, in the order given."""
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert data is not None  # no output file given: the bytes are returned
    return data.decode("utf-8")


def _term(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    assert isinstance(node, Literal)
    if node.language:
        return ox.Literal(str(node), language=node.language)
    if node.datatype:
        return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
    return ox.Literal(str(node))


def _order(triple: ox.Triple, lead: str) -> tuple[bool, str, bool, str, str]:
    subject = triple.subject
    assert isinstance(subject, ox.NamedNode | ox.BlankNode)
    led = bool(lead) and subject.value.startswith(lead)
    predicate = triple.predicate
    return (not led, subject.value, predicate != _TYPE, predicate.value, str(triple.object))
