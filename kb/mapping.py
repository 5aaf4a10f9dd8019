"""Map an annotated article to RDF under the kb ontology.

A pure function: `to_graph(document, base_iri)` returns a new graph and a source
map (node → annotation line) that lets validation point at the line to fix. Every
node gets a deterministic IRI (docs/design.md, "Data IRIs"); there are no blank
nodes, so the same input always serialises to the same bytes. The graph stands
alone: it carries the super-types and concept schemes the shapes look at
(`kb.ontology.entailments`), so any SHACL engine can check it without the ontology.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
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
from kb.vocab import KB, OA, SCHEMA, new_graph

_CONTEXT_CHARS = 32
"""Length of a TextQuoteSelector's prefix and suffix: enough to tell repeats apart."""

_VALUE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}
"""ISO 8601 value length → datatype: a month stays a month."""

_BOUND_PROPERTIES = (KB.earliestBegin, KB.latestBegin, KB.earliestEnd, KB.latestEnd)
"""The properties of `timespan.Bounds`, in its order."""


@dataclass
class Mapped:
    """The graph of one article, and where in the annotation each node came from."""

    graph: Graph
    article: URIRef
    lines: dict[URIRef, int] = field(default_factory=dict)


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
        self.a = self.iri.article
        self.g = new_graph()
        self.lines: dict[URIRef, int] = {}
        self.names = {e.id: e.name for e in self.ann.entities}

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
        for triple in list(ontology.entailments(self.g)):
            self.g.add(triple)
        return Mapped(self.g, self.a, self.lines)

    # --- nodes -------------------------------------------------------------------

    def _article(self) -> None:
        g, a, meta, article = self.g, self.a, self.ann.article, self.doc.article
        g.add((a, RDF.type, KB.NewsArticle))
        g.add((a, SCHEMA.headline, Literal(article.headline.text, lang=meta.language)))
        published = article.published.isoformat()
        g.add((a, SCHEMA.datePublished, Literal(published, datatype=XSD.dateTime)))
        g.add((a, SCHEMA.inLanguage, Literal(meta.language)))
        g.add((a, KB.text, Literal(article.text)))
        g.add((a, KB.annotationOrigin, Literal(meta.annotator)))
        if meta.source:
            g.add((a, KB.sourceAgency, self.iri.entity(meta.source)))
        if meta.url:
            g.add((a, SCHEMA.url, URIRef(meta.url)))
        about = set(meta.about)
        for entity in self.ann.entities:
            if not entity.mentions:
                continue  # named only through a metonymy: not mentioned as itself
            relation = SCHEMA.about if entity.id in about else SCHEMA.mentions
            g.add((a, relation, self.iri.entity(entity.id)))

    def _sentence(self, index: int, sentence: Span) -> None:
        node = self.iri.sentence(index)
        self.g.add((self.a, KB.hasSentence, node))
        self.g.add((node, RDF.type, KB.Sentence))
        self.g.add((node, KB.sentenceIndex, Literal(index, datatype=XSD.integer)))
        self._selectors(node, sentence)

    def _entity(self, entity: Entity) -> None:
        g, node = self.g, self.iri.entity(entity.id)
        self._located(node, entity.prov)
        g.add((node, RDF.type, KB[entity.type]))
        self._labels(node, RDFS.label, entity.name)
        for mention in entity.mentions:
            span = self._span(mention.span, entity.prov.line)
            g.add((node, KB.anchor, span))
            if mention.metonymy_of:
                g.add((span, KB.metonymyOf, self.iri.entity(mention.metonymy_of)))
        if entity.wikidata:
            g.add((node, SCHEMA.sameAs, iris.wikidata(entity.wikidata)))
        if entity.role:
            self._labels(node, KB.statedRole, entity.role)
        if entity.resolved_role:
            self._labels(node, KB.resolvedRole, entity.resolved_role)
        if entity.affiliation:
            g.add((node, SCHEMA.affiliation, self.iri.entity(entity.affiliation)))
        for place in entity.contained_in:
            g.add((node, SCHEMA.containedInPlace, self.iri.entity(place)))
        for place in entity.borders:
            g.add((node, KB.borders, self.iri.entity(place)))

    def _time(self, time: TimeExpression) -> None:
        node = self.iri.time(time.id)
        self._located(node, time.prov)
        self._time_node(node, time, time.precision)
        if time.span:
            self.g.add((node, KB.originalText, Literal(time.span.text, lang="hu")))
            self.g.add((node, KB.anchor, self._span(time.span, time.prov.line)))
        if time.value:
            datatype = _VALUE_TYPES[len(time.value)]
            self.g.add((node, KB.value, Literal(time.value, datatype=datatype)))
        if time.part:
            self.g.add((node, KB.monthPart, Literal(time.part)))

    def _unstated_time(self) -> URIRef:
        """The time of an event the text does not date: only 'before publication'."""
        node = self.iri.time("unstated")
        if (node, RDF.type, KB.TimeSpan) not in self.g:
            before = TimeExpression(id="unstated", precision="relative", latest=self.published)
            self._time_node(node, before, "unstated")
        return node

    def _time_node(self, node: URIRef, time: TimeExpression, precision: str) -> None:
        g = self.g
        g.add((node, RDF.type, KB.TimeSpan))
        g.add((node, KB.precision, ontology.concept("precisions", precision)))
        self._labels(node, RDFS.label, timespan.describe(time, self.published))
        days = timespan.sem_bounds(time, self.published)
        for prop, day in zip(_BOUND_PROPERTIES, days, strict=True):
            if day:
                g.add((node, prop, Literal(day.isoformat(), datatype=XSD.date)))

    def _event(self, event: Event) -> None:
        g, node = self.g, self.iri.event(event.id)
        self._located(node, event.prov)
        g.add((self.a, KB.hasEvent, node))
        g.add((node, RDF.type, KB.Event))
        type_concept = ontology.concept("event-types", event.type)
        g.add((node, KB.eventType, type_concept))
        for participant in event.participants:
            part = self.iri.participation(event.id, participant.role, participant.entity)
            self.lines[part] = event.prov.line
            g.add((node, KB.participation, part))
            g.add((part, RDF.type, KB.Participation))
            g.add((part, KB.participant, self.iri.entity(participant.entity)))
            g.add((part, KB.role, ontology.concept("roles", participant.role)))
        if event.time:
            g.add((node, KB.time, self.iri.time(event.time)))
        elif event.condition is None:  # a conditional event has not happened: no time
            g.add((node, KB.time, self._unstated_time()))
        if event.condition:
            g.add((node, KB.condition, self._span(event.condition, event.prov.line)))
        if event.place:
            g.add((node, KB.place, self.iri.entity(event.place)))
        for anchor in event.anchors:
            g.add((node, KB.anchor, self._span(anchor, event.prov.line)))
        for claim in event.attested_by:
            g.add((node, KB.attestedBy, self.iri.claim(claim)))
        relations = (
            (KB.before, event.before),
            (SCHEMA.superEvent, event.part_of),
            (KB.resultOf, event.result_of),
            (KB.concerns, event.concerns),
        )
        for prop, others in relations:
            for other in others:
                g.add((node, prop, self.iri.event(other)))
        who = [p.entity for p in event.participants]
        place = [event.place] if event.place else []
        self._labels(node, RDFS.label, self._describe(type_concept, who, place))

    def _claim(self, claim: Claim) -> None:
        g, node = self.g, self.iri.claim(claim.id)
        self._located(node, claim.prov)
        g.add((self.a, KB.hasClaim, node))
        g.add((node, RDF.type, KB.Claim))
        type_concept = ontology.concept("claim-types", claim.type)
        g.add((node, KB.claimType, type_concept))
        g.add((node, KB.stance, ontology.concept("stances", claim.stance)))
        g.add((node, KB.quote, Literal(claim.quote.text, lang="hu")))
        g.add((node, KB.anchor, self._span(claim.quote, claim.prov.line)))
        for speaker in claim.speakers:
            g.add((node, KB.speaker, self.iri.entity(speaker)))
        if claim.source:
            g.add((node, KB.source, self.iri.entity(claim.source)))
        self._chain(claim)
        if claim.time:
            g.add((node, KB.time, self.iri.time(claim.time)))
        if claim.about_time:
            g.add((node, KB.aboutTime, self.iri.time(claim.about_time)))
        for event in claim.about:
            g.add((node, KB.about, self.iri.event(event)))
        if claim.event:
            g.add((node, KB.statedIn, self.iri.event(claim.event)))
        if claim.quantity:
            g.add((node, KB.quantity, self._quantity(claim.id, claim.quantity, claim.prov.line)))
        who = list(claim.speakers) or ([claim.source] if claim.source else [])
        self._labels(node, RDFS.label, self._describe(type_concept, who, []))

    def _chain(self, claim: Claim) -> None:
        """The claim's source chain as kb:Relay steps, from the speaker outward; a
        claim with a source but no chain has a one-step one. Each step but the first
        was quoted from the one before it (PROV-O)."""
        g, node = self.g, self.iri.claim(claim.id)
        steps = claim.via or ((Relay(claim.source),) if claim.source else ())
        previous: URIRef | None = None
        for number, step in enumerate(steps, start=1):
            relay = self.iri.relay(claim.id, number)
            self.lines[relay] = claim.prov.line
            g.add((node, KB.via, relay))
            g.add((relay, RDF.type, KB.Relay))
            g.add((relay, KB.step, Literal(number, datatype=XSD.integer)))
            g.add((relay, KB.channel, self.iri.entity(step.source)))
            if step.event:
                g.add((relay, KB.relayedIn, self.iri.event(step.event)))
            if step.time:
                g.add((relay, KB.time, self.iri.time(step.time)))
            if previous is not None:
                g.add((relay, PROV.wasQuotedFrom, previous))
            previous = relay

    def _quantity(self, claim_id: str, quantity: Quantity, line: int) -> URIRef:
        g, node = self.g, self.iri.quantity(claim_id)
        self.lines[node] = line
        g.add((node, RDF.type, KB.Quantity))
        g.add((node, KB.originalText, Literal(quantity.span.text, lang="hu")))
        g.add((node, KB.anchor, self._span(quantity.span, line)))
        bounds = (
            (SCHEMA.minValue, KB.minInclusive, quantity.min, quantity.min_inclusive),
            (SCHEMA.maxValue, KB.maxInclusive, quantity.max, quantity.max_inclusive),
        )
        for value_prop, inclusive_prop, value, inclusive in bounds:
            if value is not None:
                g.add((node, value_prop, _number(value)))
                g.add((node, inclusive_prop, Literal(inclusive)))
        if quantity.approximate:
            g.add((node, KB.approximate, Literal(True)))
        if quantity.unit:
            self._labels(node, SCHEMA.unitText, quantity.unit)
        return node

    # --- text anchoring ----------------------------------------------------------

    def _span(self, span: Span, line: int) -> URIRef:
        """The TextSpan node of `span`, shared by everything anchored to the same words."""
        node = self.iri.span(span.start, span.end)
        self.lines.setdefault(node, span.line or line)
        if (node, RDF.type, KB.TextSpan) not in self.g:
            self.g.add((node, RDF.type, KB.TextSpan))
            self.g.add((node, KB.inSentence, self._sentence_of(span)))
            self._selectors(node, span)
        return node

    def _selectors(self, node: URIRef, span: Span) -> None:
        g, text = self.g, self.doc.article.text
        quote, position = self.iri.selector(node, "quote"), self.iri.selector(node, "position")
        g.add((node, OA.hasSource, self.a))
        g.add((node, OA.hasSelector, quote))
        g.add((node, OA.hasSelector, position))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(span.text)))
        prefix = text[max(0, span.start - _CONTEXT_CHARS) : span.start]
        suffix = text[span.end : span.end + _CONTEXT_CHARS]
        if prefix:
            g.add((quote, OA.prefix, Literal(prefix)))
        if suffix:
            g.add((quote, OA.suffix, Literal(suffix)))
        g.add((position, RDF.type, OA.TextPositionSelector))
        g.add((position, OA.start, Literal(span.start, datatype=XSD.integer)))
        g.add((position, OA.end, Literal(span.end, datatype=XSD.integer)))

    def _sentence_of(self, span: Span) -> URIRef:
        """The sentence the span starts in (the date line counts with the headline)."""
        index = 1
        for number, sentence in enumerate(self.doc.article.sentences, start=1):
            if sentence.start <= span.start:
                index = number
        return self.iri.sentence(index)

    # --- small helpers -----------------------------------------------------------

    def _located(self, node: URIRef, prov: Provenance) -> None:
        """Remember the annotation line, and mark machine-made items as such."""
        self.lines[node] = prov.line
        if prov.origin == "machine":
            self.g.add((node, KB.machineGenerated, Literal(True)))
        if prov.confidence is not None:
            confidence = Decimal(str(prov.confidence))
            self.g.add((node, KB.confidence, Literal(confidence, datatype=XSD.decimal)))

    def _labels(self, node: URIRef, prop: URIRef, name: Name) -> None:
        self.g.add((node, prop, Literal(name.hu, lang="hu")))
        self.g.add((node, prop, Literal(name.en, lang="en")))

    def _describe(self, concept: URIRef, who: list[str], where: list[str]) -> Name:
        """A readable label: the type, then who, then where ("visit: A, B (Pyongyang)")."""
        kind = ontology.label(concept)

        def line(lang: str) -> str:
            names = ", ".join(dict.fromkeys(getattr(self.names[i], lang) for i in who))
            place = "".join(f" ({getattr(self.names[p], lang)})" for p in where)
            return f"{kind[lang]}: {names}{place}" if names else f"{kind[lang]}{place}"

        return Name(hu=line("hu"), en=line("en"))


def _number(value: int | float) -> Literal:
    """A whole number as xsd:integer, anything else as the xsd:decimal it was written as."""
    if isinstance(value, int) or value.is_integer():
        return Literal(int(value), datatype=XSD.integer)
    return Literal(Decimal(str(value)), datatype=XSD.decimal)
