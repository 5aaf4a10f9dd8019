"""An article graph read into plain values: the one place kb.formats.web reads RDF.

The schema.org markup and the HTML page both need the same facts (who is
mentioned where, which events happened when, who claimed what); reading them
once, here, with `kb.vocab` terms, keeps the two outputs consistent with each
other and with the Turtle. Controlled values are turned back into their
`skos:notation` ("month", "host") by reading the ontology, as everywhere in kb.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kb import ontology
from kb.vocab import KB, OA, SCHEMA

Labels = dict[str, str]
"""A text by language tag: {"hu": "Oroszország", "en": "Russia"}."""


@dataclass(frozen=True, order=True)
class Span:
    """Characters `start` (inclusive) to `end` (exclusive) of the article's kb:text."""

    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """Words of the text naming an entity; `literally` is what they name by metonymy."""

    span: Span
    literally: URIRef | None


@dataclass(frozen=True)
class Entity:
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


@dataclass(frozen=True)
class Time:
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


@dataclass(frozen=True, order=True)
class Participation:
    role: str
    agent: URIRef


@dataclass(frozen=True)
class Event:
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


@dataclass(frozen=True)
class Quantity:
    minimum: Decimal | None
    maximum: Decimal | None
    approximate: bool
    min_inclusive: bool
    max_inclusive: bool
    unit: Labels
    original: str


@dataclass(frozen=True)
class Claim:
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


@dataclass(frozen=True)
class Article:
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


def read_article(graph: Graph, article: URIRef) -> Article:
    """Everything the web outputs show of `article`, every list in IRI order."""
    reader = _Reader(graph)
    about = _sorted(graph.objects(article, SCHEMA.about))
    mentions = _sorted(graph.objects(article, SCHEMA.mentions))
    agency = _iri(graph.value(article, KB.sourceAgency))
    literally = graph.objects(None, KB.metonymyOf)  # named only through a metonymy
    everyone = _sorted({*about, *mentions, *literally, *([agency] if agency else [])})
    url = graph.value(article, SCHEMA.url)
    return Article(
        iri=article,
        headline=str(graph.value(article, SCHEMA.headline)),
        language=str(graph.value(article, SCHEMA.inLanguage)),
        published=str(graph.value(article, SCHEMA.datePublished)),
        text=str(graph.value(article, KB.text)),
        url=str(url) if url else None,
        agency=agency,
        about=about,
        mentions=mentions,
        entities={iri: reader.entity(iri) for iri in everyone},
        events=tuple(reader.event(e) for e in _sorted(graph.objects(article, KB.hasEvent))),
        claims=tuple(reader.claim(c) for c in _sorted(graph.objects(article, KB.hasClaim))),
    )


# --- helpers ---------------------------------------------------------------------------


class _Reader:
    """Reads one kind of node at a time from an article graph."""

    def __init__(self, graph: Graph) -> None:
        self.g = graph

    def entity(self, node: URIRef) -> Entity:
        g = self.g
        kb_class = _most_specific(g.objects(node, RDF.type))
        assert kb_class is not None, f"{node} has no kb type"
        lineage = _lineage(kb_class)
        mentions = sorted(
            (Mention(self.span(a), _iri(g.value(a, KB.metonymyOf))) for a in self._anchors(node)),
            key=lambda mention: mention.span,
        )
        return Entity(
            iri=node,
            schema_type=_schema_type(kb_class),
            kind=next((k for c, k in _KINDS if c in lineage), "organization"),
            names=self.labels(node, RDFS.label),
            role=self.labels(node, KB.statedRole),
            affiliation=_iri(g.value(node, SCHEMA.affiliation)),
            same_as=_iri(g.value(node, SCHEMA.sameAs)),
            mentions=tuple(mentions),
        )

    def event(self, node: URIRef) -> Event:
        g = self.g
        time = _iri(g.value(node, KB.time))
        condition = _iri(g.value(node, KB.condition))
        participations = sorted(
            Participation(_notation(g.value(p, KB.role)), _required(g.value(p, KB.participant), p))
            for p in g.objects(node, KB.participation)
        )
        return Event(
            iri=node,
            labels=self.labels(node, RDFS.label),
            time=self.time(time) if time else None,
            condition=self.span(condition) if condition else None,
            part_of=_sorted(g.objects(node, SCHEMA.superEvent)),
            place=_iri(g.value(node, KB.place)),
            participations=tuple(participations),
            anchors=self._spans(node),
            attested_by=_sorted(g.objects(node, KB.attestedBy)),
        )

    def claim(self, node: URIRef) -> Claim:
        g = self.g
        time, about_time = (_iri(g.value(node, p)) for p in (KB.time, KB.aboutTime))
        quantity = _iri(g.value(node, KB.quantity))
        steps = sorted(g.objects(node, KB.via), key=lambda r: int(str(g.value(r, KB.step))))
        chain = tuple(_required(g.value(r, KB.channel), r, KB.channel) for r in steps)
        return Claim(
            iri=node,
            labels=self.labels(node, RDFS.label),
            claim_type=ontology.label(_required(g.value(node, KB.claimType), node)),
            stance=ontology.label(_required(g.value(node, KB.stance), node)),
            quote=str(g.value(node, KB.quote)),
            anchors=self._spans(node),
            speakers=_sorted(g.objects(node, KB.speaker)),
            source=_iri(g.value(node, KB.source)),
            chain=chain,
            time=self.time(time) if time else None,
            about_time=self.time(about_time) if about_time else None,
            about=_sorted(g.objects(node, KB.about)),
            quantity=self.quantity(quantity) if quantity else None,
        )

    def time(self, node: URIRef) -> Time:
        g = self.g
        value, original, anchor = (g.value(node, p) for p in (KB.value, KB.originalText, KB.anchor))
        return Time(
            iri=node,
            labels=self.labels(node, RDFS.label),
            precision=_notation(g.value(node, KB.precision)),
            value=str(value) if value is not None else None,
            earliest=_date(g.value(node, KB.earliestBegin)),
            latest=_date(g.value(node, KB.latestEnd)),
            latest_begin=_date(g.value(node, KB.latestBegin)),
            earliest_end=_date(g.value(node, KB.earliestEnd)),
            original=str(original) if original is not None else None,
            span=self.span(anchor) if isinstance(anchor, URIRef) else None,
        )

    def quantity(self, node: URIRef) -> Quantity:
        g = self.g

        def number(prop: URIRef) -> Decimal | None:
            """An integer or decimal bound ("4.4" per cent) as the exact number it is."""
            value = g.value(node, prop)
            return Decimal(str(value)) if value is not None else None

        return Quantity(
            minimum=number(SCHEMA.minValue),
            maximum=number(SCHEMA.maxValue),
            approximate=bool(_python(g.value(node, KB.approximate))),
            min_inclusive=bool(_python(g.value(node, KB.minInclusive))),
            max_inclusive=bool(_python(g.value(node, KB.maxInclusive))),
            unit=self.labels(node, SCHEMA.unitText),
            original=str(g.value(node, KB.originalText)),
        )

    def span(self, node: URIRef) -> Span:
        """The offsets of a TextSpan, from its oa:TextPositionSelector."""
        for selector in self.g.objects(node, OA.hasSelector):
            if (selector, RDF.type, OA.TextPositionSelector) in self.g:
                start, end = (self.g.value(selector, p) for p in (OA.start, OA.end))
                return Span(_offset(start), _offset(end))
        raise ValueError(f"{node} has no oa:TextPositionSelector")

    def labels(self, node: URIRef, prop: URIRef) -> Labels:
        return {
            value.language: str(value)
            for value in sorted(v for v in self.g.objects(node, prop) if isinstance(v, Literal))
            if value.language
        }

    def _anchors(self, node: URIRef) -> tuple[URIRef, ...]:
        return _sorted(self.g.objects(node, KB.anchor))

    def _spans(self, node: URIRef) -> tuple[Span, ...]:
        return tuple(sorted(self.span(a) for a in self._anchors(node)))


_KINDS = ((KB.Person, "person"), (KB.Place, "place"), (KB.Organization, "organization"))
"""How an entity is listed, by the first of these classes it belongs to."""


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
    return tuple(sorted(n for n in nodes if isinstance(n, URIRef)))


def _iri(node: object) -> URIRef | None:
    return node if isinstance(node, URIRef) else None


def _required(node: object, subject: object, prop: URIRef | None = None) -> URIRef:
    if not isinstance(node, URIRef):
        raise ValueError(f"{subject} lacks {prop or 'a required IRI value'}")
    return node


def _date(value: object) -> dt.date | None:
    python = _python(value)
    return python if isinstance(python, dt.date) else None


def _offset(value: object) -> int:
    """A selector's start or end (xsd:nonNegativeInteger)."""
    python = _python(value)
    if not isinstance(python, int):
        raise ValueError(f"{value!r} is not a character offset")
    return python


def _python(value: object) -> object:
    return value.toPython() if isinstance(value, Literal) else None
