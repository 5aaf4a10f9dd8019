"""Score a predicted annotation against a gold one: precision, recall, F1 per layer.

Items are matched by the words they are anchored to, never by id (a draft's ids are
its own). The layers, and what a true positive is:

- entities: a mention with the same offsets and the same entity type;
- links: a mention with the same offsets and the same Wikidata id (mentions of
  entities with a Wikidata id only);
- times: a time expression whose span overlaps a gold one and whose bounds
  (all four, `kb.timespan.sem_bounds`) are exactly the gold bounds;
- events: an event of the gold type whose anchors overlap the gold anchors, with at
  least one gold participant (entities aligned by shared mentions) and the gold
  time (aligned by span; both none counts);
- claims: a claim whose quote overlaps the gold quote, with a gold speaker or source
  among its speakers and source, and the gold quantity range (or none when gold has none).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from kb.model import Annotation, Span, TimeExpression
from kb.timespan import sem_bounds

LAYERS = ("entities", "links", "times", "events", "claims")


@dataclass(frozen=True, slots=True)
class Score:
    """Counts of one layer; precision, recall and F1 follow from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(pred: Annotation, gold: Annotation, published: dt.date) -> dict[str, Score]:
    """The score of each layer in LAYERS for one article."""
    entity_map = _align_entities(pred, gold)
    time_map = _align_times(pred.times, gold.times)
    return {
        "entities": _set_score(_mentions(pred), _mentions(gold)),
        "links": _set_score(_links(pred), _links(gold)),
        "times": _times(pred.times, gold.times, published),
        "events": _events(pred, gold, entity_map, time_map),
        "claims": _claims(pred, gold, entity_map),
    }


def total(scores: Iterable[dict[str, Score]]) -> dict[str, Score]:
    """Micro-averaged scores: the counts of several articles added up."""
    summed = {layer: Score() for layer in LAYERS}
    for score in scores:
        for layer in LAYERS:
            summed[layer] += score[layer]
    return summed


# --- helpers ---------------------------------------------------------------------------


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _set_score(pred: set[tuple[object, ...]], gold: set[tuple[object, ...]]) -> Score:
    tp = len(pred & gold)
    return Score(tp, len(pred) - tp, len(gold) - tp)


def _mentions(annotation: Annotation) -> set[tuple[object, ...]]:
    return {(m.span.start, m.span.end, e.type) for e in annotation.entities for m in e.mentions}


def _links(annotation: Annotation) -> set[tuple[object, ...]]:
    return {
        (m.span.start, m.span.end, e.wikidata)
        for e in annotation.entities
        if e.wikidata
        for m in e.mentions
    }


def _align_entities(pred: Annotation, gold: Annotation) -> dict[str, set[str]]:
    """Each predicted entity id → the gold ids it shares the most mentions with."""
    gold_at: dict[tuple[int, int], set[str]] = {}
    for entity in gold.entities:
        for mention in entity.mentions:
            gold_at.setdefault((mention.span.start, mention.span.end), set()).add(entity.id)
    aligned: dict[str, set[str]] = {}
    for entity in pred.entities:
        votes = Counter(
            gold_id
            for mention in entity.mentions
            for gold_id in gold_at.get((mention.span.start, mention.span.end), ())
        )
        best = max(votes.values(), default=0)
        aligned[entity.id] = {gold_id for gold_id, count in votes.items() if count == best > 0}
    return aligned


def _align_times(
    pred: tuple[TimeExpression, ...], gold: tuple[TimeExpression, ...]
) -> dict[str, str]:
    """Each predicted time id → the gold time whose span it overlaps."""
    aligned = {}
    for p in pred:
        for g in gold:
            if p.span and g.span and _overlap(p.span, g.span):
                aligned[p.id] = g.id
                break
    return aligned


def _times(
    pred: tuple[TimeExpression, ...], gold: tuple[TimeExpression, ...], published: dt.date
) -> Score:
    tp = 0
    used: set[str] = set()
    for g in gold:
        match = next(
            (
                p
                for p in pred
                if p.id not in used
                and p.span
                and g.span
                and _overlap(p.span, g.span)
                and sem_bounds(p, published) == sem_bounds(g, published)
            ),
            None,
        )
        if match is not None:
            used.add(match.id)
            tp += 1
    return Score(tp, len(pred) - tp, len(gold) - tp)


def _events(
    pred: Annotation,
    gold: Annotation,
    entity_map: dict[str, set[str]],
    time_map: dict[str, str],
) -> Score:
    tp = 0
    used: set[str] = set()
    for g in gold.events:
        gold_participants = {p.entity for p in g.participants}
        for p in pred.events:
            if p.id in used or p.type != g.type:
                continue
            if not any(_overlap(a, b) for a in p.anchors for b in g.anchors):
                continue
            mapped = set().union(*(entity_map.get(x.entity, set()) for x in p.participants))
            same_time = (time_map.get(p.time) if p.time else None) == g.time
            if mapped & gold_participants and same_time:
                used.add(p.id)
                tp += 1
                break
    return Score(tp, len(pred.events) - tp, len(gold.events) - tp)


def _claims(pred: Annotation, gold: Annotation, entity_map: dict[str, set[str]]) -> Score:
    tp = 0
    used: set[str] = set()
    for g in gold.claims:
        gold_voices = {*g.speakers, *([g.source] if g.source else [])}
        gold_range = (g.quantity.min, g.quantity.max) if g.quantity else None
        for p in pred.claims:
            if p.id in used or not _overlap(p.quote, g.quote):
                continue
            voices = {*p.speakers, *([p.source] if p.source else [])}
            mapped = set().union(*(entity_map.get(v, set()) for v in voices))
            pred_range = (p.quantity.min, p.quantity.max) if p.quantity else None
            if mapped & gold_voices and pred_range == gold_range:
                used.add(p.id)
                tp += 1
                break
    return Score(tp, len(pred.claims) - tp, len(gold.claims) - tp)
