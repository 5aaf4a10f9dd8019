"""Check an annotation against its article: references, notations, quotes, dates.

Run on every annotation before mapping, whether it came from annotation.yaml or from
`kb extract` (which never passes through YAML). Stops at the first problem, reported
as one line that names the annotation's line and says what to do.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from kb import ontology, timespan
from kb.errors import InputError
from kb.model import Annotation, Article, Claim, Entity, Event, Span, TimeExpression


def check_annotation(annotation: Annotation, article: Article, source: str) -> None:
    """Check references, controlled values, quotes and dates against `article`.

    Also run on `kb extract` drafts, which never pass through YAML: `source` names
    what the lines refer to.
    """
    _Checker(annotation, article, source).run()


class _Checker:
    """One pass over an annotation; stops at the first problem with its line."""

    def __init__(self, annotation: Annotation, article: Article, source: str) -> None:
        self.a = annotation
        self.article = article
        self.source = source
        self.entities = _unique(annotation.entities, "entity", source)
        self.times = _unique(annotation.times, "time", source)
        self.events = _unique(annotation.events, "event", source)
        self.claims = _unique(annotation.claims, "claim", source)
        self.metonymic = {
            (m.metonymy_of, m.span.start, m.span.end)
            for entity in annotation.entities
            for m in entity.mentions
            if m.metonymy_of
        }

    def run(self) -> None:
        meta = self.a.article
        for ref in (meta.source, *meta.about):
            self._ref(ref, self.entities, "entity", 0)
        for entity in self.a.entities:
            self._check_entity(entity)
        for time in self.a.times:
            self._check_time(time)
        for event in self.a.events:
            self._check_event(event)
        for claim in self.a.claims:
            self._check_claim(claim)

    def _where(self, line: int) -> str:
        return f"{self.source}:{line}" if line else self.source

    def _ref(self, ref: str | None, known: dict[str, Any], kind: str, line: int) -> None:
        if ref is not None and ref not in known:
            raise InputError(
                self._where(line), f"unknown {kind} {ref!r}",
                f"declare it under {_SECTIONS[kind]}: or fix the id",
            )  # fmt: skip

    def _notation(self, scheme: str, value: str, line: int) -> None:
        valid = ontology.notations(scheme)
        if value not in valid:
            raise InputError(
                self._where(line), f"{value!r} is not in the ontology's {scheme}",
                "use one of: " + ", ".join(valid),
            )  # fmt: skip

    def _span(self, span: Span, line: int) -> None:
        text = self.article.text
        where = self._where(span.line or line)
        if not 0 <= span.start < span.end <= len(text):
            raise InputError(
                where, f"offsets {span.start}-{span.end} of {span.text!r} are out of range",
                f"article.txt has {len(text)} characters",
            )  # fmt: skip
        if text[span.start : span.end] != span.text:
            found = text.find(span.text)
            if found < 0 and unicodedata.normalize("NFC", span.text) != span.text:
                raise InputError(
                    where, f"quote {span.text!r} is in another Unicode normalisation than "
                    "article.txt (kb reads the text as NFC)", "write the quote in NFC",
                )  # fmt: skip
            if found < 0:
                raise InputError(
                    where, f"quote {span.text!r} is not in article.txt",
                    "copy the exact words from article.txt",
                )  # fmt: skip
            raise InputError(
                where, f"quote {span.text!r} is not at {span.start}-{span.end}",
                f"it stands at start: {found}, end: {found + len(span.text)}",
            )  # fmt: skip

    def _check_entity(self, entity: Entity) -> None:
        line = entity.prov.line
        for ref in (entity.affiliation, *entity.contained_in, *entity.borders):
            self._ref(ref, self.entities, "entity", line)
        if not entity.mentions and entity.id not in {m[0] for m in self.metonymic}:
            raise InputError(
                self._where(line), f"entity {entity.id!r} has no mentions",
                "give it `mentions:`, or name it as the `metonymy_of` of a mention",
            )  # fmt: skip
        for mention in entity.mentions:
            self._span(mention.span, line)
            self._ref(mention.metonymy_of, self.entities, "entity", mention.span.line or line)
            if (entity.id, mention.span.start, mention.span.end) in self.metonymic:
                raise InputError(
                    self._where(mention.span.line or line),
                    f"{mention.span.text!r} stands for another entity by metonymy, so it is "
                    f"not a mention of {entity.id!r}",
                    f"remove it from {entity.id!r}'s mentions (its metonymy_of keeps the link)",
                )  # fmt: skip

    def _check_time(self, time: TimeExpression) -> None:
        if time.span:
            self._span(time.span, time.prov.line)
        try:
            timespan.bounds(time, self.article.published.date())
        except ValueError as error:
            raise InputError(
                self._where(time.prov.line),
                str(error),
                "fix value/earliest/latest",
            ) from None

    def _check_event(self, event: Event) -> None:
        line = event.prov.line
        self._notation("event-types", event.type, line)
        for anchor in event.anchors:
            self._span(anchor, line)
        for participant in event.participants:
            self._ref(participant.entity, self.entities, "entity", line)
            self._notation("roles", participant.role, line)
        self._ref(event.place, self.entities, "entity", line)
        self._ref(event.time, self.times, "time", line)
        for claim in event.attested_by:
            self._ref(claim, self.claims, "claim", line)
        for other in (*event.before, *event.part_of, *event.result_of, *event.concerns):
            self._ref(other, self.events, "event", line)
            if other == event.id:
                raise InputError(
                    self._where(line), f"event {event.id!r} is related to itself",
                    "name another event in before/part_of/result_of/concerns",
                )  # fmt: skip
        if event.condition:
            self._span(event.condition, line)

    def _check_claim(self, claim: Claim) -> None:
        line = claim.prov.line
        self._notation("claim-types", claim.type, line)
        self._notation("stances", claim.stance, line)
        self._span(claim.quote, line)
        for speaker in (*claim.speakers, claim.source, *(step.source for step in claim.via)):
            self._ref(speaker, self.entities, "entity", line)
        for time in (claim.time, claim.about_time, *(step.time for step in claim.via)):
            self._ref(time, self.times, "time", line)
        for step in claim.via:
            self._ref(step.event, self.events, "event", line)
        for event in (*claim.about, claim.event):
            self._ref(event, self.events, "event", line)
        if claim.quantity:
            quantity = claim.quantity
            self._span(quantity.span, line)
            low, high = quantity.min, quantity.max
            if low is not None and high is not None and low > high:
                raise InputError(
                    self._where(quantity.span.line or line),
                    f"quantity min {quantity.min} is above max {quantity.max}", "swap them",
                )  # fmt: skip


_SECTIONS = {"entity": "entities", "time": "times", "event": "events", "claim": "claims"}
"""Where each kind of item is declared in annotation.yaml."""


def _unique(items: tuple[Any, ...], kind: str, source: str) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for item in items:
        if item.id in seen:
            raise InputError(
                f"{source}:{item.prov.line}", f"{kind} id {item.id!r} is used twice",
                "give each item its own id",
            )  # fmt: skip
        seen[item.id] = item
    return seen
