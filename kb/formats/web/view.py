"""An article's triples read into plain values: the one place kb.formats.web reads RDF.

The schema.org markup and the HTML page both need the same facts (who is
mentioned where, which events happened when, who claimed what); reading them
once, here, with `kb.vocab` terms, keeps the two outputs consistent with each
other and with the Turtle. Controlled values are turned back into their
`skos:notation` ("month", "host") by reading the ontology, as everywhere in kb.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, URIRef
from rdflib.namespace import SKOS

from kb import ontology
from kb.vocab import KB, OA, SCHEMA

Labels = dict[str, str]
"""A text by language tag: {"hu": "Oroszország", "en": "Russia"}."""

# The values are NamedTuples, not dataclasses: making a dataclass costs about half a
# millisecond at import, and nine of them were 5 ms of every `kb export`.


class Span(NamedTuple):
    """Characters `start` (inclusive) to `end` (exclusive) of the article's kb:text."""

    start: int
    end: int


class Mention(NamedTuple):
    """Words of the text naming an entity; `literally` is what they name by metonymy."""

    span: Span
    literally: URIRef | None


class Entity(NamedTuple):
    iri: URIRef
    schema_type: str
    """The most specific schema.org class the ontology aligns the entity's class to."""
    kind: str
    """"person", "organization" or "place" (a state counts as a place): how it is listed."""
    names: Labels
    role: Labels
    affiliation: URIRef | None
    same_as: URIRef | None
    mentions: tuple[Mention, ...]


class Time(NamedTuple):
    iri: URIRef
    labels: Labels
    precision: str
    value: str | None
    """The date at the precision the text gives ("2024-06" for June or late June)."""
    earliest: dt.date | None
    """The earliest day it can have begun."""
    latest: dt.date | None
    """The latest day by which it had ended."""
    latest_begin: dt.date | None
    earliest_end: dt.date | None
    """With `latest_begin`: it had begun by one day and was not over before the other
    (both the publication date: "ongoing at publication")."""
    original: str | None
    span: Span | None


class Participation(NamedTuple):
    role: str
    agent: URIRef


class Event(NamedTuple):
    iri: URIRef
    labels: Labels
    time: Time | None
    """None only for a conditional event (`condition`), which has not happened."""
    condition: Span | None
    part_of: tuple[URIRef, ...]
    place: URIRef | None
    participations: tuple[Participation, ...]
    anchors: tuple[Span, ...]
    attested_by: tuple[URIRef, ...]
    """Claims the event is known through; empty when the article says it in its own voice."""


class Quantity(NamedTuple):
    minimum: Decimal | None
    maximum: Decimal | None
    approximate: bool
    min_inclusive: bool
    max_inclusive: bool
    unit: Labels
    original: str


class Claim(NamedTuple):
    iri: URIRef
    labels: Labels
    claim_type: Labels
    stance: Labels
    quote: str
    anchors: tuple[Span, ...]
    speakers: tuple[URIRef, ...]
    source: URIRef | None
    chain: tuple[URIRef, ...]
    """Every channel from the speaker outward (its last is `source`)."""
    time: Time | None
    about_time: Time | None
    about: tuple[URIRef, ...]
    quantity: Quantity | None


class Article(NamedTuple):
    iri: URIRef
    headline: str
    language: str
    published: str
    """xsd:dateTime with its time zone, as written in the graph."""
    text: str
    url: str | None
    agency: URIRef | None
    about: tuple[URIRef, ...]
    mentions: tuple[URIRef, ...]
    entities: dict[URIRef, Entity]
    events: tuple[Event, ...]
    claims: tuple[Claim, ...]


def read_article(triples: Iterable[ox.Triple], article: URIRef) -> Article:
    """Everything the web outputs show of `article`, every list in IRI order, read from
    the article's triples (pyoxigraph terms, as every writer gets them)."""
    g = _Index(triples)
    reader = _Reader(g)
    about = g.iris(article, SCHEMA.about)
    mentions = g.iris(article, SCHEMA.mentions)
    agency = g.iri(article, KB.sourceAgency)
    literally = _sorted(g.every_object(KB.metonymyOf))  # named only through a metonymy
    everyone = tuple(sorted({*about, *mentions, *literally, *([agency] if agency else [])}))
    url = g.value(article, SCHEMA.url)
    return Article(
        iri=article,
        headline=g.text(article, SCHEMA.headline),
        language=g.text(article, SCHEMA.inLanguage),
        published=g.text(article, SCHEMA.datePublished),
        text=g.text(article, KB.text),
        url=url.value if url else None,
        agency=agency,
        about=about,
        mentions=mentions,
        entities={iri: reader.entity(iri) for iri in everyone},
        events=tuple(reader.event(e) for e in g.iris(article, KB.hasEvent)),
        claims=tuple(reader.claim(c) for c in g.iris(article, KB.hasClaim)),
    )


# --- helpers ---------------------------------------------------------------------------

Term = ox.NamedNode | ox.BlankNode | ox.Literal


class _Index:
    """The triples by subject and property, with the look-ups the reader makes."""

    def __init__(self, triples: Iterable[ox.Triple]) -> None:
        by_term: dict[Any, dict[Any, list[Term]]] = {}  # each IRI's text read once
        for subject, predicate, value in triples:
            by_term.setdefault(subject, {}).setdefault(predicate, []).append(value)
        self._by = {
            subject.value: {p.value: values for p, values in properties.items()}
            for subject, properties in by_term.items()
        }

    def objects(self, node: str, prop: str) -> list[Term]:
        """The objects of `node`'s `prop` (IRIs given as text: an rdflib URIRef does not
        hash as the string it is)."""
        return self._by.get(str(node), {}).get(str(prop), [])

    def value(self, node: str, prop: str) -> Term | None:
        found = self.objects(node, prop)
        return found[0] if found else None

    def text(self, node: str, prop: str) -> str:
        found = self.value(node, prop)
        return found.value if found is not None else "None"

    def iris(self, node: str, prop: str) -> tuple[URIRef, ...]:
        return _sorted(self.objects(node, prop))

    def iri(self, node: str, prop: str) -> URIRef | None:
        return _iri(self.value(node, prop))

    def every_object(self, prop: str) -> list[Term]:
        return [v for properties in self._by.values() for v in properties.get(str(prop), ())]


class _Reader:
    """Reads one kind of node at a time from an article's triples."""

    def __init__(self, index: _Index) -> None:
        self.g = index

    def entity(self, node: URIRef) -> Entity:
        g = self.g
        kb_class = _most_specific(g.iris(node, RDF.type))
        assert kb_class is not None, f"{node} has no kb type"
        lineage = _lineage(kb_class)
        mentions = sorted(
            (Mention(self.span(a), g.iri(a, KB.metonymyOf)) for a in g.iris(node, KB.anchor)),
            key=lambda mention: mention.span,
        )
        return Entity(
            iri=node,
            schema_type=_schema_type(kb_class),
            kind=next((k for c, k in _KINDS if c in lineage), "organization"),
            names=self.labels(node, RDFS.label),
            role=self.labels(node, KB.statedRole),
            affiliation=g.iri(node, SCHEMA.affiliation),
            same_as=g.iri(node, SCHEMA.sameAs),
            mentions=tuple(mentions),
        )

    def event(self, node: URIRef) -> Event:
        g = self.g
        time = g.iri(node, KB.time)
        condition = g.iri(node, KB.condition)
        participations = sorted(
            Participation(_notation(g.iri(p, KB.role)), _required(g.iri(p, KB.participant), p))
            for p in g.iris(node, KB.participation)
        )
        return Event(
            iri=node,
            labels=self.labels(node, RDFS.label),
            time=self.time(time) if time else None,
            condition=self.span(condition) if condition else None,
            part_of=g.iris(node, SCHEMA.superEvent),
            place=g.iri(node, KB.place),
            participations=tuple(participations),
            anchors=self._spans(node),
            attested_by=g.iris(node, KB.attestedBy),
        )

    def claim(self, node: URIRef) -> Claim:
        g = self.g
        time, about_time = (g.iri(node, p) for p in (KB.time, KB.aboutTime))
        quantity = g.iri(node, KB.quantity)
        steps = sorted(g.iris(node, KB.via), key=lambda r: int(g.text(r, KB.step)))
        chain = tuple(_required(g.iri(r, KB.channel), r, KB.channel) for r in steps)
        return Claim(
            iri=node,
            labels=self.labels(node, RDFS.label),
            claim_type=ontology.label(_required(g.iri(node, KB.claimType), node)),
            stance=ontology.label(_required(g.iri(node, KB.stance), node)),
            quote=g.text(node, KB.quote),
            anchors=self._spans(node),
            speakers=g.iris(node, KB.speaker),
            source=g.iri(node, KB.source),
            chain=chain,
            time=self.time(time) if time else None,
            about_time=self.time(about_time) if about_time else None,
            about=g.iris(node, KB.about),
            quantity=self.quantity(quantity) if quantity else None,
        )

    def time(self, node: URIRef) -> Time:
        g = self.g
        value, original = (g.value(node, p) for p in (KB.value, KB.originalText))
        anchor = g.iri(node, KB.anchor)
        return Time(
            iri=node,
            labels=self.labels(node, RDFS.label),
            precision=_notation(g.iri(node, KB.precision)),
            value=value.value if value is not None else None,
            earliest=_date(g.value(node, KB.earliestBegin)),
            latest=_date(g.value(node, KB.latestEnd)),
            latest_begin=_date(g.value(node, KB.latestBegin)),
            earliest_end=_date(g.value(node, KB.earliestEnd)),
            original=original.value if original is not None else None,
            span=self.span(anchor) if anchor else None,
        )

    def quantity(self, node: URIRef) -> Quantity:
        g = self.g

        def number(prop: URIRef) -> Decimal | None:
            """An integer or decimal bound ("4.4" per cent) as the exact number it is."""
            value = g.value(node, prop)
            return Decimal(value.value) if value is not None else None

        return Quantity(
            minimum=number(SCHEMA.minValue),
            maximum=number(SCHEMA.maxValue),
            approximate=_true(g.value(node, KB.approximate)),
            min_inclusive=_true(g.value(node, KB.minInclusive)),
            max_inclusive=_true(g.value(node, KB.maxInclusive)),
            unit=self.labels(node, SCHEMA.unitText),
            original=g.text(node, KB.originalText),
        )

    def span(self, node: URIRef) -> Span:
        """The offsets of a TextSpan, from its oa:TextPositionSelector."""
        g = self.g
        for selector in g.objects(node, OA.hasSelector):
            if _POSITION in g.objects(selector.value, RDF.type):
                start, end = (g.value(selector.value, p) for p in (OA.start, OA.end))
                return Span(_offset(start), _offset(end))
        raise ValueError(f"{node} has no oa:TextPositionSelector")

    def labels(self, node: URIRef, prop: URIRef) -> Labels:
        """Tagged texts by language; of two in one language, the last in rdflib's order."""
        tagged = [v for v in self.g.objects(node, prop) if isinstance(v, ox.Literal) and v.language]
        return {v.language: v.value for v in sorted(tagged, key=lambda v: (v.language, v.value))}  # type: ignore[misc]

    def _spans(self, node: URIRef) -> tuple[Span, ...]:
        return tuple(sorted(self.span(a) for a in self.g.iris(node, KB.anchor)))


_POSITION = ox.NamedNode(str(OA.TextPositionSelector))
_TRUE = ("true", "1")
"""xsd:boolean's lexical forms of true."""


_KINDS = ((KB.Person, "person"), (KB.Place, "place"), (KB.Organization, "organization"))
"""How an entity is listed, by the first of these classes it belongs to."""


@cache
def _schema_type(kb_class: URIRef) -> str:
    """The nearest schema.org superclass in the ontology (kb:State → Country), by name."""
    for level in _levels(kb_class):
        aligned = sorted(c for c in level if c.startswith(str(SCHEMA)))
        if aligned:
            return aligned[0].removeprefix(str(SCHEMA))
    raise ValueError(f"the ontology aligns {kb_class} to no schema.org class")


def _most_specific(kinds: Iterable[object]) -> URIRef | None:
    """The kb class of a node among its types (the data carries the super-types too):
    the one with the most ancestors."""
    ours = [k for k in kinds if isinstance(k, URIRef) and k.startswith(str(KB._NS))]
    return max(ours, key=lambda k: (len(_lineage(k)), k), default=None)


@cache
def _lineage(kb_class: URIRef) -> frozenset[URIRef]:
    """The class and all its superclasses in the ontology."""
    return frozenset(c for level in _levels(kb_class) for c in level)


def _levels(kb_class: URIRef) -> list[set[URIRef]]:
    """The class, then its direct superclasses, then theirs: nearest first."""
    graph, levels, seen = ontology.load_ontology(), [{kb_class}], {kb_class}
    while levels[-1]:
        parents = {
            p
            for c in levels[-1]
            for p in graph.objects(c, RDFS.subClassOf)
            if isinstance(p, URIRef)
        }
        levels.append(parents - seen)
        seen |= parents
    return levels[:-1]


def _notation(concept: object) -> str:
    """A concept's skos:notation (kbc:precision-month → "month")."""
    notation = None
    if isinstance(concept, URIRef):
        notation = ontology.load_ontology().value(concept, SKOS.notation)
    if notation is None:
        raise ValueError(f"{concept} has no skos:notation in the ontology")
    return str(notation)


def _sorted(nodes: Iterable[object]) -> tuple[URIRef, ...]:
    return tuple(sorted(URIRef(n.value) for n in nodes if isinstance(n, ox.NamedNode)))


def _iri(node: object) -> URIRef | None:
    return URIRef(node.value) if isinstance(node, ox.NamedNode) else None


def _required(node: URIRef | None, subject: object, prop: URIRef | None = None) -> URIRef:
    if node is None:
        raise ValueError(f"{subject} lacks {prop or 'a required IRI value'}")
    return node


def _date(value: Term | None) -> dt.date | None:
    """An xsd:date as a day (None for another kind of value, or an invalid one)."""
    if not isinstance(value, ox.Literal) or value.datatype != _XSD_DATE:
        return None
    try:
        return dt.date.fromisoformat(value.value)
    except ValueError:
        return None


def _offset(value: Term | None) -> int:
    """A selector's start or end (xsd:nonNegativeInteger)."""
    if isinstance(value, ox.Literal) and value.value.isdigit():
        return int(value.value)
    raise ValueError(f"{value!r} is not a character offset")


def _true(value: Term | None) -> bool:
    return isinstance(value, ox.Literal) and value.value in _TRUE


_XSD_DATE = ox.NamedNode(str(XSD.date))
