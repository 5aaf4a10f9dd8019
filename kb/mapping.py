"""Map an annotated article to RDF under the kb ontology.

A pure function: `to_graph(document, base_iri)` returns the article's triples, built
directly as pyoxigraph terms in kb's order (`kb.triples`), and a source map (node →
annotation line) that lets validation point at the line to fix. Every node gets a
deterministic IRI (docs/design.md, "Data IRIs"); there are no blank nodes, so the same
input always serialises to the same bytes. The graph stands alone: it carries the
super-types and concept schemes the shapes look at (`kb.ontology.entailments`), so any
SHACL engine can check it without the ontology.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, URIRef
from rdflib.namespace import PROV

from kb import iris, ontology, timespan
from kb.model import (
    Claim,
    Document,
    Entity,
    Event,
    Name,
    Provenance,
    Quantity,
    Relay,
    Span,
    TimeExpression,
)
from kb.triples import ArticleGraph, Terms, TripleSet, named
from kb.vocab import KB, OA, SCHEMA

_Node = ox.NamedNode
"""Every node the mapping makes is named: no blank nodes."""

_CONTEXT_CHARS = 32
"""Length of a TextQuoteSelector's prefix and suffix: enough to tell repeats apart."""

_KB, _SCHEMA, _OA = Terms(KB), Terms(SCHEMA), Terms(OA)
_RDF, _RDFS, _XSD, _PROV = Terms(RDF), Terms(RDFS), Terms(XSD), Terms(PROV)

_VALUE_TYPES = {4: _XSD.gYear, 7: _XSD.gYearMonth, 10: _XSD.date}
"""ISO 8601 value length → datatype: a month stays a month."""

_BOUND_PROPERTIES = (_KB.earliestBegin, _KB.latestBegin, _KB.earliestEnd, _KB.latestEnd)
"""The properties of `timespan.Bounds`, in its order."""

_TRUE = ox.Literal("true", datatype=_XSD.boolean)
_FALSE = ox.Literal("false", datatype=_XSD.boolean)


@dataclass(frozen=True)
class Mapped(ArticleGraph):
    """The triples of one article, and where in the annotation each node came from
    (by IRI)."""

    lines: dict[str, int] = field(default_factory=dict)


def to_graph(document: Document, base_iri: str) -> Mapped:
    """The RDF graph of `document`, with IRIs under `base_iri`."""
    return _Mapper(document, base_iri).run()


class _Mapper:
    def __init__(self, document: Document, base_iri: str) -> None:
        self.doc = document
        self.ann = document.annotation
        local = frozenset(e.id for e in self.ann.entities if e.scope == "article")
        self.iri = iris.ArticleIris(base_iri, self.ann.article.slug, local)
        self.published = document.article.published.date()
        self.article = self.iri.article
        self.a = ox.NamedNode(self.article)
        self.t = TripleSet()
        self.lines: dict[str, int] = {}
        self.names = {e.id: e.name for e in self.ann.entities}
        self.entities: dict[str, _Node] = {}
        self.spans: dict[tuple[int, int], _Node] = {}
        self.starts = [sentence.start for sentence in document.article.sentences]

    def run(self) -> Mapped:
        self._article()
        for index, sentence in enumerate(self.doc.article.sentences, start=1):
            self._sentence(index, sentence)
        for entity in self.ann.entities:
            self._entity(entity)
        for time in self.ann.times:
            self._time(time)
        for event in self.ann.events:
            self._event(event)
        for claim in self.ann.claims:
            self._claim(claim)
        for statement in list(ontology.entailments(self.t)):
            self.t.add(*statement)
        return Mapped(self.t.sorted(lead=str(self.article)), self.article, self.lines)

    # --- nodes -------------------------------------------------------------------

    def _article(self) -> None:
        add, a, meta, article = self.t.add, self.a, self.ann.article, self.doc.article
        add(a, _RDF.type, _KB.NewsArticle)
        add(a, _SCHEMA.headline, ox.Literal(article.headline.text, language=meta.language))
        published = article.published.isoformat()
        add(a, _SCHEMA.datePublished, ox.Literal(published, datatype=_XSD.dateTime))
        add(a, _SCHEMA.inLanguage, ox.Literal(meta.language))
        add(a, _KB.text, ox.Literal(article.text))
        add(a, _KB.annotationOrigin, ox.Literal(meta.annotator))
        if meta.source:
            add(a, _KB.sourceAgency, self._entity_node(meta.source))
        if meta.url:
            add(a, _SCHEMA.url, ox.NamedNode(meta.url))
        about = set(meta.about)
        for entity in self.ann.entities:
            if not entity.mentions:
                continue  # named only through a metonymy: not mentioned as itself
            relation = _SCHEMA.about if entity.id in about else _SCHEMA.mentions
            add(a, relation, self._entity_node(entity.id))

    def _sentence(self, index: int, sentence: Span) -> None:
        iri = self.iri.sentence(index)
        node = ox.NamedNode(iri)
        self.t.add(self.a, _KB.hasSentence, node)
        self.t.add(node, _RDF.type, _KB.Sentence)
        self.t.add(node, _KB.sentenceIndex, _integer(index))
        self._selectors(node, iri, sentence)

    def _entity(self, entity: Entity) -> None:
        add, node = self.t.add, self._entity_node(entity.id)
        self._located(node, entity.prov)
        add(node, _RDF.type, getattr(_KB, entity.type))
        self._labels(node, _RDFS.label, entity.name)
        for mention in entity.mentions:
            span = self._span(mention.span, entity.prov.line)
            add(node, _KB.anchor, span)
            if mention.metonymy_of:
                add(span, _KB.metonymyOf, self._entity_node(mention.metonymy_of))
        if entity.wikidata:
            add(node, _SCHEMA.sameAs, ox.NamedNode(iris.wikidata(entity.wikidata)))
        if entity.role:
            self._labels(node, _KB.statedRole, entity.role)
        if entity.resolved_role:
            self._labels(node, _KB.resolvedRole, entity.resolved_role)
        if entity.affiliation:
            add(node, _SCHEMA.affiliation, self._entity_node(entity.affiliation))
        for place in entity.contained_in:
            add(node, _SCHEMA.containedInPlace, self._entity_node(place))
        for place in entity.borders:
            add(node, _KB.borders, self._entity_node(place))

    def _time(self, time: TimeExpression) -> None:
        node = ox.NamedNode(self.iri.time(time.id))
        self._located(node, time.prov)
        self._time_node(node, time, time.precision)
        if time.span:
            self.t.add(node, _KB.originalText, ox.Literal(time.span.text, language="hu"))
            self.t.add(node, _KB.anchor, self._span(time.span, time.prov.line))
        if time.value:
            datatype = _VALUE_TYPES[len(time.value)]
            self.t.add(node, _KB.value, ox.Literal(time.value, datatype=datatype))
        if time.part:
            self.t.add(node, _KB.monthPart, ox.Literal(time.part))

    def _unstated_time(self) -> _Node:
        """The time of an event the text does not date: only 'before publication'."""
        node = ox.NamedNode(self.iri.time("unstated"))
        if not self.t.has(node, _RDF.type, _KB.TimeSpan):
            before = TimeExpression(id="unstated", precision="relative", latest=self.published)
            self._time_node(node, before, "unstated")
        return node

    def _time_node(self, node: _Node, time: TimeExpression, precision: str) -> None:
        add = self.t.add
        add(node, _RDF.type, _KB.TimeSpan)
        add(node, _KB.precision, _concept("precisions", precision))
        self._labels(node, _RDFS.label, timespan.describe(time, self.published))
        days = timespan.sem_bounds(time, self.published)
        for prop, day in zip(_BOUND_PROPERTIES, days, strict=True):
            if day:
                add(node, prop, ox.Literal(day.isoformat(), datatype=_XSD.date))

    def _event(self, event: Event) -> None:
        add, node = self.t.add, self._event_node(event.id)
        self._located(node, event.prov)
        add(self.a, _KB.hasEvent, node)
        add(node, _RDF.type, _KB.Event)
        type_concept = ontology.concept("event-types", event.type)
        add(node, _KB.eventType, named(type_concept))
        for participant in event.participants:
            iri = self.iri.participation(event.id, participant.role, participant.entity)
            part = ox.NamedNode(iri)
            self.lines[iri] = event.prov.line
            add(node, _KB.participation, part)
            add(part, _RDF.type, _KB.Participation)
            add(part, _KB.participant, self._entity_node(participant.entity))
            add(part, _KB.role, _concept("roles", participant.role))
        if event.time:
            add(node, _KB.time, ox.NamedNode(self.iri.time(event.time)))
        elif event.condition is None:  # a conditional event has not happened: no time
            add(node, _KB.time, self._unstated_time())
        if event.condition:
            add(node, _KB.condition, self._span(event.condition, event.prov.line))
        if event.place:
            add(node, _KB.place, self._entity_node(event.place))
        for anchor in event.anchors:
            add(node, _KB.anchor, self._span(anchor, event.prov.line))
        for claim in event.attested_by:
            add(node, _KB.attestedBy, ox.NamedNode(self.iri.claim(claim)))
        relations = (
            (_KB.before, event.before),
            (_SCHEMA.superEvent, event.part_of),
            (_KB.resultOf, event.result_of),
            (_KB.concerns, event.concerns),
        )
        for prop, others in relations:
            for other in others:
                add(node, prop, self._event_node(other))
        who = [p.entity for p in event.participants]
        place = [event.place] if event.place else []
        self._labels(node, _RDFS.label, self._describe(type_concept, who, place))

    def _claim(self, claim: Claim) -> None:
        add, node = self.t.add, ox.NamedNode(self.iri.claim(claim.id))
        self._located(node, claim.prov)
        add(self.a, _KB.hasClaim, node)
        add(node, _RDF.type, _KB.Claim)
        type_concept = ontology.concept("claim-types", claim.type)
        add(node, _KB.claimType, named(type_concept))
        add(node, _KB.stance, _concept("stances", claim.stance))
        add(node, _KB.quote, ox.Literal(claim.quote.text, language="hu"))
        add(node, _KB.anchor, self._span(claim.quote, claim.prov.line))
        for speaker in claim.speakers:
            add(node, _KB.speaker, self._entity_node(speaker))
        if claim.source:
            add(node, _KB.source, self._entity_node(claim.source))
        self._chain(node, claim)
        if claim.time:
            add(node, _KB.time, ox.NamedNode(self.iri.time(claim.time)))
        if claim.about_time:
            add(node, _KB.aboutTime, ox.NamedNode(self.iri.time(claim.about_time)))
        for event in claim.about:
            add(node, _KB.about, self._event_node(event))
        if claim.event:
            add(node, _KB.statedIn, self._event_node(claim.event))
        if claim.quantity:
            quantity = self._quantity(claim.id, claim.quantity, claim.prov.line)
            add(node, _KB.quantity, quantity)
        who = list(claim.speakers) or ([claim.source] if claim.source else [])
        self._labels(node, _RDFS.label, self._describe(type_concept, who, []))

    def _chain(self, node: _Node, claim: Claim) -> None:
        """The claim's source chain as kb:Relay steps, from the speaker outward; a
        claim with a source but no chain has a one-step one. Each step but the first
        was quoted from the one before it (PROV-O)."""
        add = self.t.add
        steps = claim.via or ((Relay(claim.source),) if claim.source else ())
        previous: _Node | None = None
        for number, step in enumerate(steps, start=1):
            iri = self.iri.relay(claim.id, number)
            relay = ox.NamedNode(iri)
            self.lines[iri] = claim.prov.line
            add(node, _KB.via, relay)
            add(relay, _RDF.type, _KB.Relay)
            add(relay, _KB.step, _integer(number))
            add(relay, _KB.channel, self._entity_node(step.source))
            if step.event:
                add(relay, _KB.relayedIn, self._event_node(step.event))
            if step.time:
                add(relay, _KB.time, ox.NamedNode(self.iri.time(step.time)))
            if previous is not None:
                add(relay, _PROV.wasQuotedFrom, previous)
            previous = relay

    def _quantity(self, claim_id: str, quantity: Quantity, line: int) -> _Node:
        add, iri = self.t.add, self.iri.quantity(claim_id)
        node = ox.NamedNode(iri)
        self.lines[iri] = line
        add(node, _RDF.type, _KB.Quantity)
        add(node, _KB.originalText, ox.Literal(quantity.span.text, language="hu"))
        add(node, _KB.anchor, self._span(quantity.span, line))
        bounds = (
            (_SCHEMA.minValue, _KB.minInclusive, quantity.min, quantity.min_inclusive),
            (_SCHEMA.maxValue, _KB.maxInclusive, quantity.max, quantity.max_inclusive),
        )
        for value_prop, inclusive_prop, value, inclusive in bounds:
            if value is not None:
                add(node, value_prop, _number(value))
                add(node, inclusive_prop, _TRUE if inclusive else _FALSE)
        if quantity.approximate:
            add(node, _KB.approximate, _TRUE)
        if quantity.unit:
            self._labels(node, _SCHEMA.unitText, quantity.unit)
        return node

    # --- text anchoring ----------------------------------------------------------

    def _span(self, span: Span, line: int) -> _Node:
        """The TextSpan node of `span`, shared by everything anchored to the same words."""
        known = self.spans.get((span.start, span.end))
        if known is not None:
            return known
        iri = self.iri.span(span.start, span.end)
        node = self.spans[span.start, span.end] = ox.NamedNode(iri)
        self.lines.setdefault(iri, span.line or line)
        self.t.add(node, _RDF.type, _KB.TextSpan)
        self.t.add(node, _KB.inSentence, self._sentence_of(span))
        self._selectors(node, iri, span)
        return node

    def _selectors(self, node: _Node, iri: URIRef, span: Span) -> None:
        add, text = self.t.add, self.doc.article.text
        quote = ox.NamedNode(self.iri.selector(iri, "quote"))
        position = ox.NamedNode(self.iri.selector(iri, "position"))
        add(node, _OA.hasSource, self.a)
        add(node, _OA.hasSelector, quote)
        add(node, _OA.hasSelector, position)
        add(quote, _RDF.type, _OA.TextQuoteSelector)
        add(quote, _OA.exact, ox.Literal(span.text))
        prefix = text[max(0, span.start - _CONTEXT_CHARS) : span.start]
        suffix = text[span.end : span.end + _CONTEXT_CHARS]
        if prefix:
            add(quote, _OA.prefix, ox.Literal(prefix))
        if suffix:
            add(quote, _OA.suffix, ox.Literal(suffix))
        add(position, _RDF.type, _OA.TextPositionSelector)
        add(position, _OA.start, _integer(span.start))
        add(position, _OA.end, _integer(span.end))

    def _sentence_of(self, span: Span) -> _Node:
        """The sentence the span starts in (the date line counts with the headline)."""
        return ox.NamedNode(self.iri.sentence(max(1, bisect_right(self.starts, span.start))))

    # --- nodes by id -------------------------------------------------------------

    def _entity_node(self, entity_id: str) -> _Node:
        node = self.entities.get(entity_id)
        if node is None:
            node = self.entities[entity_id] = ox.NamedNode(self.iri.entity(entity_id))
        return node

    def _event_node(self, event_id: str) -> _Node:
        return ox.NamedNode(self.iri.event(event_id))

    # --- small helpers -----------------------------------------------------------

    def _located(self, node: _Node, prov: Provenance) -> None:
        """Remember the annotation line, and mark machine-made items as such."""
        self.lines[node.value] = prov.line
        if prov.origin == "machine":
            self.t.add(node, _KB.machineGenerated, _TRUE)
        if prov.confidence is not None:
            self.t.add(node, _KB.confidence, _decimal(Decimal(str(prov.confidence))))

    def _labels(self, node: _Node, prop: _Node, name: Name) -> None:
        self.t.add(node, prop, ox.Literal(name.hu, language="hu"))
        self.t.add(node, prop, ox.Literal(name.en, language="en"))

    def _describe(self, concept: URIRef, who: list[str], where: list[str]) -> Name:
        """A readable label: the type, then who, then where ("visit: A, B (Pyongyang)")."""
        kind = ontology.label(concept)

        def line(lang: str) -> str:
            names = ", ".join(dict.fromkeys(getattr(self.names[i], lang) for i in who))
            place = "".join(f" ({getattr(self.names[p], lang)})" for p in where)
            return f"{kind[lang]}: {names}{place}" if names else f"{kind[lang]}{place}"

        return Name(hu=line("hu"), en=line("en"))


def _concept(scheme: str, notation: str) -> _Node:
    return named(ontology.concept(scheme, notation))


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_XSD.integer)


def _decimal(value: Decimal) -> ox.Literal:
    """An xsd:decimal in plain notation, as written ("0.00001", never "1E-5")."""
    return ox.Literal(f"{value:f}", datatype=_XSD.decimal)


def _number(value: int | float) -> ox.Literal:
    """A whole number as xsd:integer, anything else as the xsd:decimal it was written as."""
    if isinstance(value, int) or value.is_integer():
        return _integer(int(value))
    return _decimal(Decimal(str(value)))
