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


@dataclass(frozen=True)
class ArticleLayout:
    """One article split for the store: its own graph, and its entities' descriptions."""

    name: ox.NamedNode
    source: str
    triples: list[ox.Triple]
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
        triple.object
        for triple in graph.triples
        if triple.subject == graph.name and triple.predicate in LISTS_ENTITY
    }
    entities: dict[ox.NamedNode, set[ox.Triple]] = {
        node: set() for node in listed if isinstance(node, ox.NamedNode)
    }
    own: list[ox.Triple] = []
    for triple in graph.triples:
        facts = entities.get(triple.subject)  # type: ignore[arg-type]
        if facts is not None and triple.predicate in ENTITY_PREDICATES:
            facts.add(triple)
        else:
            own.append(triple)
    return ArticleLayout(
        graph.name,
        str(graph.source),
        own,
        {node: frozenset(facts) for node, facts in entities.items()},
    )


def conflicts(
    describers: Mapping[ox.NamedNode, list[tuple[str, Description]]],
) -> list[Conflict]:
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


def _shared_wikidata(
    describers: Mapping[ox.NamedNode, list[tuple[str, Description]]],
) -> Iterable[Conflict]:
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


def describers_of(
    articles: Iterable[ArticleLayout],
) -> dict[ox.NamedNode, list[tuple[str, Description]]]:
    """Each entity with the articles (by source) that describe it, in input order."""
    found: dict[ox.NamedNode, list[tuple[str, Description]]] = {}
    for article in articles:
        for entity, description in article.entities.items():
            found.setdefault(entity, []).append((article.source, description))
    return found


def default_article(slug_or_iri: str) -> ox.NamedNode:
    """The article IRI `--remove` means: an IRI as given, a slug under the default base."""
    if "://" in slug_or_iri:
        return ox.NamedNode(slug_or_iri)
    return ox.NamedNode(f"{DEFAULT_BASE_IRI}article/{slug_or_iri}")
