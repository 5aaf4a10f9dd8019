"""How a corpus sits in a store: what an article says apart, what an entity is once.

An exported article is self-contained: it states its entities' type, canonical
labels and Wikidata link beside its mentions of them. Loaded as they are, sixteen
articles repeat Hungary's type and labels sixteen times, and any engine that answers
over a union of graphs (bag semantics) returns a row per copy. So `kb load` splits
each article at load time:

* the article graph (named by the article IRI) keeps everything the article says:
  its text, sentences, spans, events, claims, and what it says about an entity in its
  own words (`kb:anchor`, `kb:statedRole`, `schema:affiliation`, provenance);
* the entity graph (`ENTITY_GRAPH`) holds, once, what each entity *is*: the
  `ENTITY_PREDICATES` triples of every entity an article lists (`schema:about` or
  `schema:mentions`).

Every article that lists an entity must describe it identically, so the entity graph
is a function of the set of loaded articles: reloading or removing one leaves it as a
fresh load would. Disagreements are `Conflict`s, reported before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, RDFS

from kb.store.graphfiles import ArticleGraph
from kb.store.results import term_text
from kb.vocab import DEFAULT_BASE_IRI, SCHEMA

ENTITY_GRAPH = ox.NamedNode(f"{DEFAULT_BASE_IRI}graph/entities")
"""The one graph stating what each entity is; queries name it (docs/store.md)."""

RDF_TYPE = ox.NamedNode(str(RDF.type))
LABEL = ox.NamedNode(str(RDFS.label))
SAME_AS = ox.NamedNode(str(SCHEMA.sameAs))
ENTITY_PREDICATES = (RDF_TYPE, LABEL, SAME_AS)
"""The facts about an entity that hold whichever article names it."""

LISTS_ENTITY = (ox.NamedNode(str(SCHEMA.about)), ox.NamedNode(str(SCHEMA.mentions)))
"""How an article graph says which entities it describes."""

Description = frozenset[ox.Triple]
"""An entity's `ENTITY_PREDICATES` triples as one article gives them."""

Describers = dict[ox.NamedNode, list[tuple[str, Description]]]
"""Each entity with its distinct descriptions, each named by the first article giving it."""


@dataclass(frozen=True)
class ArticleLayout:
    """One article split for the store: its own graph, and its entities' descriptions."""

    name: ox.NamedNode
    source: str
    quads: list[ox.Quad]
    entities: dict[ox.NamedNode, Description]


@dataclass(frozen=True)
class Conflict:
    """Two articles that say different things about what one entity is."""

    entity: ox.NamedNode
    facet: str
    first: tuple[str, str]
    second: tuple[str, str]

    def __str__(self) -> str:
        (where_a, said_a), (where_b, said_b) = self.first, self.second
        return (
            f"{term_text(self.entity)}: {self.facet} {said_a} in {where_a}, {said_b} in {where_b}"
        )


def split(graph: ArticleGraph) -> ArticleLayout:
    """Move the entity facts of `graph` out of it (see the module docstring)."""
    listed = {
        quad.object
        for quad in graph.quads
        if quad.predicate in LISTS_ENTITY and quad.subject == graph.name
    }
    entities: dict[ox.NamedNode, set[ox.Triple]] = {
        node: set() for node in listed if isinstance(node, ox.NamedNode)
    }
    own: list[ox.Quad] = []
    for quad in graph.quads:
        if quad.predicate in ENTITY_PREDICATES:
            facts = entities.get(quad.subject)  # type: ignore[arg-type]
            if facts is not None:
                facts.add(quad.triple)
                continue
        own.append(quad)
    return ArticleLayout(
        graph.name,
        str(graph.source),
        own,
        {node: frozenset(facts) for node, facts in entities.items()},
    )


def conflicts(describers: Describers) -> list[Conflict]:
    """Every disagreement among the `(article, description)`s given for each entity,
    and every Wikidata item claimed by two entities (two ids for one thing)."""
    found: list[Conflict] = []
    for entity in sorted(describers, key=str):
        said = describers[entity]
        first_where, first = said[0]
        for where, description in said[1:]:
            found.extend(
                Conflict(entity, facet, (first_where, a), (where, b))
                for facet, a, b in _differences(first, description)
            )
    found.extend(_shared_wikidata(describers))
    return found


def entity_quads(description: Iterable[ox.Triple]) -> list[ox.Quad]:
    """An entity's description as quads of the entity graph."""
    return [ox.Quad(t.subject, t.predicate, t.object, ENTITY_GRAPH) for t in description]


def _differences(a: Description, b: Description) -> Iterable[tuple[str, str, str]]:
    facets_a, facets_b = _facets(a), _facets(b)
    for facet in sorted(facets_a.keys() | facets_b.keys()):
        values_a, values_b = facets_a.get(facet, set()), facets_b.get(facet, set())
        if values_a != values_b:
            yield facet, _said(values_a), _said(values_b)


def _facets(description: Description) -> dict[str, set[str]]:
    """Facts by what they are about: "type", "Wikidata", "label@hu"…"""
    facets: dict[str, set[str]] = {}
    for triple in description:
        if triple.predicate == RDF_TYPE:
            facet = "type"
        elif triple.predicate == SAME_AS:
            facet = "Wikidata"
        else:
            language = getattr(triple.object, "language", None)
            facet = f"label@{language}" if language else "label"
        facets.setdefault(facet, set()).add(term_text(triple.object))
    return facets


def _said(values: set[str]) -> str:
    return " + ".join(f'"{value}"' for value in sorted(values)) if values else "nothing"


def _shared_wikidata(describers: Describers) -> Iterable[Conflict]:
    claimed: dict[ox.Triple | str, tuple[ox.NamedNode, str]] = {}
    for entity in sorted(describers, key=str):
        for where, description in describers[entity]:
            for triple in description:
                if triple.predicate != SAME_AS:
                    continue
                item = str(triple.object)
                other = claimed.setdefault(item, (entity, where))
                if other[0] != entity:
                    yield Conflict(
                        triple.object,  # type: ignore[arg-type]
                        "Wikidata item of",
                        (other[1], term_text(other[0])),
                        (where, term_text(entity)),
                    )


def describe(
    describers: Describers, source: str, entities: Mapping[ox.NamedNode, Description]
) -> None:
    """Add one article's entity descriptions to `describers`. A description already
    known is not kept again, so a corpus costs memory by its entities and the ways
    they are described, not by its articles (ten thousand articles naming Hungary
    alike keep one description of it)."""
    for entity, description in entities.items():
        said = describers.setdefault(entity, [])
        if all(description != known for _, known in said):
            said.append((source, description))


def default_article(slug_or_iri: str) -> ox.NamedNode:
    """The article IRI `--remove` means: an IRI as given, a slug under the default base."""
    if "://" in slug_or_iri:
        return ox.NamedNode(slug_or_iri)
    return ox.NamedNode(f"{DEFAULT_BASE_IRI}article/{slug_or_iri}")
