"""An article's triples as pyoxigraph terms in kb's fixed order: what every writer reads.

The mapping builds pyoxigraph terms directly (`TripleSet`); Oxigraph's writers and the
compiled SHACL engine read them 30–100x faster than rdflib serialises. The order is
fixed here — by subject IRI (an article before its parts), `rdf:type` first, then
predicate and object — so every writer downstream gives the same bytes for the same
graph. An rdflib graph is built from the triples only for what still needs one
(`ArticleGraph.graph`), and graphs from elsewhere come in through `sorted_triples`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, XSD, BNode, Graph, Literal, Node, URIRef

from kb.vocab import new_graph

Subject = ox.NamedNode | ox.BlankNode
Term = ox.NamedNode | ox.BlankNode | ox.Literal
Statement = tuple[Subject, ox.NamedNode, Term]
"""A triple as a plain tuple of pyoxigraph terms: what `TripleSet` collects (an
`ox.Triple` unpacks the same way, and costs a microsecond to make)."""


@dataclass(frozen=True)
class ArticleGraph:
    """One article's triples in kb's order, and its article node. The rdflib graph
    of the same triples is built on first use, for the APIs and formats that read
    rdflib (JSON-LD, the web formats, the Python API)."""

    triples: list[ox.Triple]
    article: URIRef

    @classmethod
    def of_graph(cls, graph: Graph, article: URIRef) -> ArticleGraph:
        """An rdflib graph made elsewhere, sorted into kb's order (the graph is kept)."""
        made = cls(sorted_triples(graph, lead=str(article)), article)
        made.__dict__["graph"] = graph  # what `cached_property` would have built
        return made

    @cached_property
    def ntriples(self) -> str:
        """The triples as N-Triples, in kb's order: what validation reads, and the
        N-Triples and N-Quads writers sort."""
        return ntriples(self.triples)

    @cached_property
    def graph(self) -> Graph:
        """The triples as an rdflib graph with kb's prefixes bound."""
        return to_graph(self.triples)


class TripleSet:
    """Triples collected in any order, repeats dropped, given back in kb's order."""

    def __init__(self) -> None:
        self._by: dict[Subject, dict[ox.NamedNode, dict[Term, None]]] = {}

    def add(self, subject: Subject, predicate: ox.NamedNode, value: Term) -> None:
        objects = self._by.setdefault(subject, {}).setdefault(predicate, {})
        objects[value] = None

    def has(self, subject: Subject, predicate: ox.NamedNode, value: Term) -> bool:
        return value in self._by.get(subject, {}).get(predicate, {})

    def __iter__(self) -> Iterator[Statement]:
        for subject, predicates in self._by.items():
            for predicate, objects in predicates.items():
                for value in objects:
                    yield subject, predicate, value

    def sorted(self, lead: str = "") -> list[ox.Triple]:
        """Every triple in kb's order: by subject (the nodes under `lead`, the
        article, first; then the entities and concepts it names), each subject's
        `rdf:type` first, then by predicate, then by object (as N-Triples)."""

        def by_subject(subject: Subject) -> tuple[bool, str]:
            return not (lead and subject.value.startswith(lead)), subject.value

        def by_predicate(predicate: ox.NamedNode) -> tuple[bool, str]:
            return predicate != _TYPE, predicate.value

        ordered: list[ox.Triple] = []
        for subject in sorted(self._by, key=by_subject):
            predicates = self._by[subject]
            for predicate in sorted(predicates, key=by_predicate):
                objects = predicates[predicate]
                values = sorted(objects, key=str) if len(objects) > 1 else objects
                ordered.extend(ox.Triple(subject, predicate, value) for value in values)
        return ordered


@cache
def named(iri: str) -> ox.NamedNode:
    """The pyoxigraph node of an IRI kb uses often (a concept), made once per process."""
    return ox.NamedNode(iri)


class Terms:
    """A vocabulary's terms as pyoxigraph nodes, by the same names (`Terms(KB).anchor`):
    each made once, on first use, from the rdflib namespace that declares it."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        node = ox.NamedNode(str(getattr(self._namespace, name)))
        setattr(self, name, node)
        return node


def sorted_triples(graph: Graph, lead: str = "") -> list[ox.Triple]:
    """Every triple of an rdflib `graph` as pyoxigraph terms, in kb's order (see
    `TripleSet.sorted`)."""
    term = cache(_term)  # each node converted once per call
    collected = TripleSet()
    for s, p, o in graph:
        collected.add(term(s), term(p), term(o))  # type: ignore[arg-type]
    return collected.sorted(lead)


def to_graph(triples: Iterable[ox.Triple] | Iterable[Statement]) -> Graph:
    """pyoxigraph triples (or `Statement`s) as an rdflib graph with kb's prefixes bound."""
    graph = new_graph()
    node = cache(rdflib_node)  # each term converted once per call
    for s, p, o in triples:
        graph.add((node(s), node(p), node(o)))
    return graph


def ntriples(triples: Iterable[ox.Triple]) -> str:
    """The triples as N-Triples text, one per line, in the order given."""
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert data is not None  # no output file given: the bytes are returned
    return data.decode("utf-8")


def rdflib_node(term: Term) -> Node:
    """A pyoxigraph term as the rdflib node with the same meaning."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype == _STRING:
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


# --- helpers ---------------------------------------------------------------------------


_TYPE = named(RDF.type)


def _term(node: Node) -> Term:
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


_STRING = named(XSD.string)
