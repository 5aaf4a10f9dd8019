"""The ontology, the shapes and the JSON-LD context, loaded once; concepts by notation.

`ontology/kb.ttl` is the single source of our controlled values: annotation.yaml names
a concept by its `skos:notation` ("visit", "speaker", "month"), and code turns that
into the concept IRI here, by reading the ontology, so no concept IRI is ever spelt
in code and adding a concept to the ontology is enough to make it usable.

The files are parsed on first use and cached for the process: the pipeline asks for
concepts many times per article, and validation needs the same graphs every time.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kb.resources import data_file
from kb.triples import Statement, Term, rdflib_node
from kb.vocab import KB, KBC


def load_ontology() -> Graph:
    """The kb ontology with its concept schemes (`ontology/kb.ttl`). Shared: do not
    modify it."""
    return _parsed("ontology", "kb.ttl")


def load_shapes() -> Graph:
    """Every shape kb validates with: the SHACL Core shapes (`shapes/kb-shapes.ttl`)
    and the one SPARQL-based check (`shapes/kb-shapes-sparql.ttl`), which Core-only
    engines can skip. Shared: do not modify it."""
    return _all_shapes()


def core_shapes() -> Graph:
    """The SHACL Core shapes alone (`shapes/kb-shapes.ttl`), what any engine runs."""
    return _parsed("shapes", "kb-shapes.ttl")


def entailments(
    triples: Iterable[ox.Triple] | Iterable[Statement],
) -> Iterator[Statement]:
    """What the ontology says of the nodes of `triples`, for data that must stand alone.

    Every typed node's super-types under the ontology's rdfs:subClassOf (a kb:Person
    is also a kb:Agent, a kb:Entity, a schema:Person...), and the scheme of every
    concept the data uses. With these written into the data, the shapes run on the
    data alone, in any SHACL engine, without RDFS inference or the ontology."""
    supers, schemes = _entailment_tables()
    values = set()
    for subject, predicate, value in triples:
        if predicate == _TYPE:
            for parent in supers.get(value, ()):
                yield subject, _TYPE, parent
        values.add(value)
    for value in values:
        scheme = schemes.get(value)
        if scheme is not None:
            yield scheme[0], _TYPE, _CONCEPT
            yield scheme[0], _IN_SCHEME, scheme[1]


def context() -> dict[str, Any]:
    """The JSON-LD context (the value of `@context` in `ontology/context.jsonld`).

    A fresh copy each call, since JSON-LD processors and callers may edit what they
    are given, and the parsed file is cached."""
    return copy.deepcopy(_context_file()["@context"])


def concept(scheme: str, notation: str) -> URIRef:
    """The concept of `scheme` (short name: "event-types") whose notation is `notation`.

    Raises KeyError naming the valid notations, so a typo in annotation.yaml gets
    an answer rather than a stack trace."""
    return concepts().concept(scheme, notation)


def notations(scheme: str) -> list[str]:
    """The notations of `scheme`, sorted: what annotation.yaml may say."""
    return concepts().notations(scheme)


def subclasses(kb_class: str) -> frozenset[str]:
    """The kb classes at or below `kb_class` (rdfs:subClassOf*), by local name.

    Code that asks "is this entity type an Agent?" asks the ontology, so a class added
    there is known everywhere at once."""
    return _subclasses()[kb_class]


def narrower(scheme: str, notation: str) -> frozenset[str]:
    """The notations of `scheme` at or below `notation` (skos:broader*): "speech-act"
    gives statement, denial, warning, report, economic-report and itself."""
    graph, top = load_ontology(), concept(scheme, notation)
    below = {top} | set(graph.transitive_subjects(SKOS.broader, top))
    return frozenset(str(graph.value(c, SKOS.notation)) for c in below)


def label(iri: URIRef) -> dict[str, str]:
    """A concept's preferred labels by language: {"hu": "látogatás", "en": "visit"}."""
    return concepts().label(iri)


@cache
def concepts() -> Concepts:
    """The concepts of the kb ontology, indexed once."""
    return Concepts(load_ontology())


class Concepts:
    """The SKOS concepts of an ontology graph, by scheme short name and notation.

    A scheme's short name is its IRI after the `kbc:` namespace ("event-types" for
    kbc:event-types), the word docs and error messages use."""

    def __init__(self, graph: Graph) -> None:
        self._graph = graph
        self._schemes: dict[str, dict[str, URIRef]] = {}
        for member, scheme in graph.subject_objects(SKOS.inScheme):
            notation = graph.value(member, SKOS.notation)
            if isinstance(member, URIRef) and str(scheme).startswith(KBC) and notation:
                name = str(scheme).removeprefix(KBC)
                self._schemes.setdefault(name, {})[str(notation)] = member

    def concept(self, scheme: str, notation: str) -> URIRef:
        """The concept of `scheme` with `notation`; KeyError lists the valid ones."""
        members = self._members(scheme)
        if notation not in members:
            valid = ", ".join(sorted(members))
            raise KeyError(f"{notation!r} is not a notation of {scheme}; use one of: {valid}")
        return members[notation]

    def notations(self, scheme: str) -> list[str]:
        """The notations of `scheme`, sorted."""
        return sorted(self._members(scheme))

    def label(self, iri: URIRef) -> dict[str, str]:
        """skos:prefLabel of `iri` by language tag; KeyError if it has none."""
        labels = {
            str(value.language): str(value)
            for value in self._graph.objects(iri, SKOS.prefLabel)
            if isinstance(value, Literal) and value.language
        }
        if not labels:
            raise KeyError(f"{iri} has no skos:prefLabel in the ontology")
        return labels

    def schemes(self) -> dict[URIRef, URIRef]:
        """Every concept with the IRI of its scheme."""
        return {
            member: KBC[name]
            for name, members in self._schemes.items()
            for member in members.values()
        }

    def _members(self, scheme: str) -> dict[str, URIRef]:
        if scheme not in self._schemes:
            valid = ", ".join(sorted(self._schemes))
            raise KeyError(f"{scheme!r} is not a concept scheme; use one of: {valid}")
        return self._schemes[scheme]


# --- helpers ---------------------------------------------------------------------------


_TYPE = ox.NamedNode(str(RDF.type))
_CONCEPT = ox.NamedNode(str(SKOS.Concept))
_IN_SCHEME = ox.NamedNode(str(SKOS.inScheme))


@cache
def _entailment_tables() -> tuple[
    dict[Term, tuple[ox.NamedNode, ...]], dict[Term, tuple[ox.NamedNode, ox.NamedNode]]
]:
    """Each class's super-classes, and each concept with its scheme, as pyoxigraph nodes."""
    supers: dict[Term, tuple[ox.NamedNode, ...]] = {
        ox.NamedNode(kind): tuple(ox.NamedNode(p) for p in parents)
        for kind, parents in _super_classes().items()
    }
    schemes: dict[Term, tuple[ox.NamedNode, ox.NamedNode]] = {
        (node := ox.NamedNode(concept)): (node, ox.NamedNode(scheme))
        for concept, scheme in concepts().schemes().items()
    }
    return supers, schemes


@cache
def _all_shapes() -> Graph:
    shapes = Graph()
    shapes += _parsed("shapes", "kb-shapes.ttl")
    shapes += _parsed("shapes", "kb-shapes-sparql.ttl")
    return shapes


@cache
def _super_classes() -> dict[URIRef, frozenset[URIRef]]:
    """Each class of the ontology with all its named super-classes, transitively."""
    graph = load_ontology()
    direct: dict[URIRef, set[URIRef]] = {}
    for child, parent in graph.subject_objects(RDFS.subClassOf):
        if isinstance(child, URIRef) and isinstance(parent, URIRef):
            direct.setdefault(child, set()).add(parent)
    closure: dict[URIRef, frozenset[URIRef]] = {}
    for kind in direct:
        seen: set[URIRef] = set()
        todo = list(direct[kind])
        while todo:
            parent = todo.pop()
            if parent not in seen:
                seen.add(parent)
                todo.extend(direct.get(parent, ()))
        closure[kind] = frozenset(seen)
    return closure


@cache
def _subclasses() -> dict[str, frozenset[str]]:
    graph = load_ontology()
    ours = {
        c: str(c).removeprefix(str(KB))
        for c in graph.subjects(RDF.type, OWL.Class)
        if isinstance(c, URIRef) and str(c).startswith(str(KB))
    }
    below = {c: graph.transitive_subjects(RDFS.subClassOf, c) for c in ours}
    return {
        name: frozenset(ours[s] for s in below[c] if isinstance(s, URIRef) and s in ours)
        for c, name in ours.items()
    }


@cache
def _parsed(folder: str, name: str) -> Graph:
    """A Turtle file as an rdflib graph, its prefixes bound. Oxigraph parses it
    (rdflib's Turtle parser took 65 ms of every export for these three files)."""
    graph = Graph()
    parser = ox.parse(path=data_file(folder, name), format=ox.RdfFormat.TURTLE)
    term = cache(rdflib_node)  # each term converted once per file
    graph.addN((term(q.subject), term(q.predicate), term(q.object), graph) for q in parser)
    for prefix, namespace in parser.prefixes.items():
        graph.bind(prefix, namespace)
    return graph


@cache
def _context_file() -> dict[str, Any]:
    with data_file("ontology", "context.jsonld").open(encoding="utf-8") as file:
        return json.load(file)
