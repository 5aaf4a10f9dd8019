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
from functools import cache
from typing import Any

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kb.resources import data_file
from kb.vocab import KB, KBC


def load_ontology() -> Graph:
    """The kb ontology with its concept schemes (`ontology/kb.ttl`). Shared: do not
    modify it."""
    return _parsed("ontology", "kb.ttl")


def load_shapes() -> Graph:
    """The SHACL shapes (`shapes/kb-shapes.ttl`). Shared: do not modify it."""
    return _parsed("shapes", "kb-shapes.ttl")


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

    def _members(self, scheme: str) -> dict[str, URIRef]:
        if scheme not in self._schemes:
            valid = ", ".join(sorted(self._schemes))
            raise KeyError(f"{scheme!r} is not a concept scheme; use one of: {valid}")
        return self._schemes[scheme]


# --- helpers ---------------------------------------------------------------------------


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
    return Graph().parse(data_file(folder, name), format="turtle")


@cache
def _context_file() -> dict[str, Any]:
    with data_file("ontology", "context.jsonld").open(encoding="utf-8") as file:
        return json.load(file)
