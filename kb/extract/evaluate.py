"""Score a predicted annotation against a gold one: precision, recall, F1 per layer.

Items are matched by the words they are anchored to, never by id (a draft's ids are
its own). The layers (the issue-11 table), and what a true positive is:

- mentions: a mention with the same offsets (any type);
- entities: an entity of the gold type sharing at least one mention with the gold
  entity (each gold entity found once; entities with no mention are not scored);
- links: a linked mention whose offsets are a gold mention's and whose Wikidata id is
  one of the gold entities' there ("correct / all given": a draft's link on words gold
  does not annotate, or where gold's entity of that type has no id, is not judged; a
  gold link not given is a miss);
- times: a time expression whose span overlaps a gold one and whose bounds
  (all four, `kb.timespan.sem_bounds`) are exactly the gold bounds (times with no
  words, told only by a verb's tense, are no expressions: not scored here);
- events: lenient: an event in the gold event's sentence, of its type family (the
  broadest concept above the type in `kbc:event-types`, skos:broader*), with at least
  one gold participant (entities aligned by shared mentions);
- events-strict: the gold type, overlapping anchors, a gold participant and the gold
  time (aligned by span; a time the text gives only by a verb's tense, with no words,
  by equal bounds; both none counts);
- claims: a claim whose quote overlaps the gold quote, with a gold speaker or source
  among its speakers and source;
- quantities: of claims with a quantity, a claim overlapping the gold quote with the
  gold range.

`wrong_facts` counts what a draft states falsely: links to an id gold gives none of
the entities at those words, and times on the other side of publication than gold's.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from kb.model import Annotation, Claim, Entity, Event, Span, TimeExpression
from kb.ontology import narrower, notations
from kb.timespan import bounds, sem_bounds

LAYERS = (
    "mentions",
    "entities",
    "links",
    "times",
    "events",
    "events-strict",
    "claims",
    "quantities",
)
WRONG = ("wrong links", "wrong-side dates")
_Item = TypeVar("_Item", Entity, Event, Claim, TimeExpression)


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


def evaluate(
    pred: Annotation, gold: Annotation, published: dt.date, sentences: tuple[Span, ...] = ()
) -> dict[str, Score]:
    """The score of each layer in LAYERS for one article. Without `sentences`, the
    lenient event layer takes overlapping anchors for "the same sentence"."""
    entity_map = _align_entities(pred, gold)
    return {
        "mentions": _set_score(_spans(pred), _spans(gold)),
        "entities": _entities(pred, gold),
        "links": _links(pred, gold),
        "times": _times(pred.times, gold.times, published),
        "events": _match(pred.events, gold.events, _lenient_event(entity_map, sentences)),
        "events-strict": _match(
            pred.events, gold.events, _strict_event(entity_map, _same_time(pred, gold, published))
        ),
        "claims": _match(pred.claims, gold.claims, _attributed(entity_map)),
        "quantities": _match(
            tuple(c for c in pred.claims if c.quantity),
            tuple(c for c in gold.claims if c.quantity),
            _same_quantity,
        ),
    }


def wrong_facts(pred: Annotation, gold: Annotation, published: dt.date) -> dict[str, int]:
    """The false statements of a draft, by kind (WRONG): each should be zero."""
    wrong_links = sum(not right for right in _given_links(pred, gold).values())
    wrong_dates = 0
    for p in pred.times:
        for g in gold.times:
            if p.span and g.span and _overlap(p.span, g.span):
                sides = {_side(p, published), _side(g, published)}
                wrong_dates += sides == {"past", "future"}
                break
    return {"wrong links": wrong_links, "wrong-side dates": wrong_dates}


def total(scores: Iterable[dict[str, Score]]) -> dict[str, Score]:
    """Micro-averaged scores: the counts of several articles added up."""
    summed = {layer: Score() for layer in LAYERS}
    for score in scores:
        for layer in LAYERS:
            summed[layer] += score[layer]
    return summed


def family(event_type: str) -> str:
    """The broadest event type above `event_type` (itself when nothing is above it)."""
    return _families()[event_type]


# --- helpers ---------------------------------------------------------------------------


@cache
def _families() -> dict[str, str]:
    types = notations("event-types")
    below = {t: narrower("event-types", t) for t in types}
    families = {}
    for t in types:
        above = [top for top in types if t in below[top]]
        families[t] = max(above, key=lambda top: len(below[top]))
    return families


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _set_score(pred: set[tuple[object, ...]], gold: set[tuple[object, ...]]) -> Score:
    tp = len(pred & gold)
    return Score(tp, len(pred) - tp, len(gold) - tp)


def _spans(annotation: Annotation) -> set[tuple[object, ...]]:
    return {(m.span.start, m.span.end) for e in annotation.entities for m in e.mentions}


def _entities(pred: Annotation, gold: Annotation) -> Score:
    """Entities the text mentions: one with no mention (the literal place of a metonymy,
    reached only through `metonymy_of`) has no words to be found by."""

    def spans(entity: Entity) -> set[tuple[int, int]]:
        return {(m.span.start, m.span.end) for m in entity.mentions}

    return _match(
        _mentioned(pred),
        _mentioned(gold),
        lambda p, g: p.type == g.type and bool(spans(p) & spans(g)),
    )


def _mentioned(annotation: Annotation) -> tuple[Entity, ...]:
    return tuple(e for e in annotation.entities if e.mentions)


def _linked(annotation: Annotation) -> set[tuple[tuple[int, int], str]]:
    return {
        ((m.span.start, m.span.end), e.wikidata)
        for e in annotation.entities
        if e.wikidata
        for m in e.mentions
    }


def _given_links(pred: Annotation, gold: Annotation) -> dict[tuple[tuple[int, int], str], bool]:
    """The draft's links gold can judge, each right or wrong: on a gold mention's words,
    right when a gold entity there has the id, not judged when a gold entity of the same
    type there has no id (gold does not say), else wrong ("Budapest–Belgrád vasútvonal"
    linked as the state where gold has the city)."""
    at: dict[tuple[int, int], list[tuple[str, str | None]]] = {}
    by_id = {e.id: e for e in gold.entities}
    for e in gold.entities:
        for m in e.mentions:
            at.setdefault((m.span.start, m.span.end), []).append((e.type, e.wikidata))
            if m.metonymy_of in by_id:  # the words literally name that entity too
                literal = by_id[m.metonymy_of]
                at[(m.span.start, m.span.end)].append((literal.type, literal.wikidata))
    given = {}
    for e in pred.entities:
        for m in e.mentions if e.wikidata else ():
            key = ((m.span.start, m.span.end), e.wikidata or "")
            there = at.get(key[0], [])
            if any(qid == e.wikidata for _, qid in there):
                given[key] = True
            elif there and (e.type, None) not in there:
                given[key] = False
    return given


def _links(pred: Annotation, gold: Annotation) -> Score:
    given = _given_links(pred, gold)
    right = sum(given.values())
    return Score(right, len(given) - right, len(_linked(gold)) - right)


def _side(te: TimeExpression, published: dt.date) -> str:
    earliest, latest = bounds(te, published)
    if latest is not None and latest < published:
        return "past"
    if earliest is not None and earliest > published:
        return "future"
    return "around"


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


def _same_time(
    pred: Annotation, gold: Annotation, published: dt.date
) -> Callable[[str | None, str | None], bool]:
    """Whether a draft event's time (by id) is its gold event's: the gold time its span
    overlaps, or, for a time the text gives only by a verb's tense (no words to overlap,
    §4.3), a wordless gold time with the same bounds."""
    aligned = _align_times(pred.times, gold.times)
    drafted, told = (
        {t.id: sem_bounds(t, published) for t in times if t.span is None}
        for times in (pred.times, gold.times)
    )

    def same(p_time: str | None, g_time: str | None) -> bool:
        if p_time in drafted:
            return g_time in told and drafted[p_time] == told[g_time]
        return (aligned.get(p_time) if p_time else None) == g_time

    return same


def _times(
    pred: tuple[TimeExpression, ...], gold: tuple[TimeExpression, ...], published: dt.date
) -> Score:
    """Time expressions only: a time the text gives by a verb's tense alone has no words
    to find (it is scored with its event, in events-strict)."""

    def same(p: TimeExpression, g: TimeExpression) -> bool:
        return bool(
            p.span
            and g.span
            and _overlap(p.span, g.span)
            and sem_bounds(p, published) == sem_bounds(g, published)
        )

    return _match(_worded(pred), _worded(gold), same)


def _worded(times: tuple[TimeExpression, ...]) -> tuple[TimeExpression, ...]:
    return tuple(t for t in times if t.span)


def _match(
    pred: tuple[_Item, ...], gold: tuple[_Item, ...], same: Callable[[_Item, _Item], bool]
) -> Score:
    """The most gold items matched one to one by predicted items `same` accepts (a
    maximum bipartite matching: a greedy first-come match can steal one gold item's
    only partner)."""
    partners = [[i for i, p in enumerate(pred) if same(p, g)] for g in gold]
    owner: dict[int, int] = {}

    def place(g: int, seen: set[int]) -> bool:
        for i in partners[g]:
            if i not in seen:
                seen.add(i)
                if i not in owner or place(owner[i], seen):
                    owner[i] = g
                    return True
        return False

    tp = sum(place(g, set()) for g in range(len(gold)))
    return Score(tp, len(pred) - tp, len(gold) - tp)


def _participants(p: Event, entity_map: dict[str, set[str]]) -> set[str]:
    return set().union(*(entity_map.get(x.entity, set()) for x in p.participants))


def _lenient_event(
    entity_map: dict[str, set[str]], sentences: tuple[Span, ...]
) -> Callable[[Event, Event], bool]:
    def sentence_of(span: Span) -> Span:
        return next((s for s in sentences if s.start <= span.start < s.end), span)

    def same(p: Event, g: Event) -> bool:
        if family(p.type) != family(g.type):
            return False
        places = {sentence_of(a) for a in g.anchors}
        if not any(_overlap(sentence_of(a), s) for a in p.anchors for s in places):
            return False
        return bool(_participants(p, entity_map) & {x.entity for x in g.participants})

    return same


def _strict_event(
    entity_map: dict[str, set[str]], same_time: Callable[[str | None, str | None], bool]
) -> Callable[[Event, Event], bool]:
    def same(p: Event, g: Event) -> bool:
        if p.type != g.type or not any(_overlap(a, b) for a in p.anchors for b in g.anchors):
            return False
        return same_time(p.time, g.time) and bool(
            _participants(p, entity_map) & {x.entity for x in g.participants}
        )

    return same


def _attributed(entity_map: dict[str, set[str]]) -> Callable[[Claim, Claim], bool]:
    def same(p: Claim, g: Claim) -> bool:
        if not _overlap(p.quote, g.quote):
            return False
        voices = {*p.speakers, *([p.source] if p.source else [])}
        mapped = set().union(*(entity_map.get(v, set()) for v in voices))
        return bool(mapped & {*g.speakers, *([g.source] if g.source else [])})

    return same


def _same_quantity(p: Claim, g: Claim) -> bool:
    a, b = p.quantity, g.quantity
    return bool(a and b and _overlap(p.quote, g.quote) and (a.min, a.max) == (b.min, b.max))
