"""An article's times: each sentence's readings, in order, counted from the times told
before them, then read again from the day a speaker spoke.

`find_times` is the package's one public entry point (`kb.extract.timex` re-exports
it). It walks the sentences keeping what was told so far (days, spells, the days of
what happened) so that "azóta", "másnap" or "a szavazás után" count from the right
time; `_as_said` then reads again, from that day, what a speaker said before a closing
"– mondta kedden" or inside „…” (docs/annotation-format.md §4.3).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from kb.extract.tense import clause_around
from kb.extract.timex.anchored import (
    _ANCHOR_SENTENCES,
    _EVENT_UNITS,
    _NEXT_DAY,
    _a_day,
    _a_night,
    _a_spell,
    _counted_within,
    _day_after,
    _from_anchor,
    _from_event,
    _since_anchors,
    _Told,
)
from kb.extract.timex.reading import _meaning, _Reading
from kb.extract.timex.sentence import _hedged, _months_told, _readings, _settled
from kb.extract.triggers import OCCASIONS
from kb.model import Provenance, Span, TimeExpression


def find_times(sentences: tuple[Span, ...], published: dt.date) -> tuple[TimeExpression, ...]:
    """Every time expression in the sentences, normalised, with ids t1, t2, ..."""
    found: list[TimeExpression] = []
    recent: list[list[TimeExpression]] = []  # the times of the sentences before, latest last
    days: list[_Told] = []  # the days told so far, with their sentence
    spells: list[_Told] = []  # the spells of days told
    happened: list[TimeExpression] = []  # days of what happened, not of a telling
    occurred: list[TimeExpression] = []  # all such days told so far
    read = [_readings(sentence.text, published) for sentence in sentences]
    months = _months_told(read, published)
    by_sentence: list[list[tuple[TimeExpression, bool]]] = []  # each time, and if anchored
    for sentence, readings in zip(sentences, read, strict=True):
        here: list[TimeExpression] = []
        by_sentence.append([])
        before = happened  # the days of what happened told in the sentence before
        happened = []
        for reading in map(lambda r: _settled(r, months), readings):
            if reading.guess:
                continue  # a month gone by whose tense nothing tells: no time
            span = Span(reading.text, sentence.start + reading.start, sentence.start + reading.end)
            counted = reading.shift is not None  # from another time: not read again
            if reading.shift is not None:
                told = [t for times in recent[-_ANCHOR_SENTENCES:] for t in times]
                if reading.shift[1] == _NEXT_DAY:
                    anchored = _day_after(reading, occurred)
                elif reading.shift[1] in _EVENT_UNITS:
                    near = [*before, *happened]
                    anchored = _from_event(reading, days, spells, near, published)
                elif reading.shift[1].startswith("within"):
                    anchored = _counted_within(reading, here, published)
                elif reading.shift == (0, ""):  # "azóta"
                    anchored = _from_anchor(
                        reading, _since_anchors([*told, *here], found), published
                    )
                else:
                    anchored = _from_anchor(reading, [*told, *here], published)
                if anchored is None:
                    continue  # "két nappal később" with no day before it: say nothing
                reading = anchored
            time = TimeExpression(
                id=f"t{len(found) + 1}",
                span=span,
                prov=Provenance("machine", reading.confidence),
                **_meaning(reading),
            )
            found.append(_hedged(time, sentence, published))
            by_sentence[-1].append((found[-1], counted))
            here.append(time)
            if _a_day(time, published):
                days.append((time, sentence.text.lower(), sentence.start))
                if not _dates_a_telling(sentence.text, reading):
                    happened.append(time)
                    occurred.append(time)
            if _a_spell(time):
                spells.append((time, sentence.text.lower(), sentence.start))
        recent.append(here)
    return tuple(_as_said(sentences, by_sentence, months, published))


def _as_said(
    sentences: tuple[Span, ...],
    by_sentence: list[list[tuple[TimeExpression, bool]]],
    months: dict[str, str],
    published: dt.date,
) -> list[TimeExpression]:
    """The times, those told by a speaker on a day the text gives before publication read
    again from that day (docs/annotation-format.md §4.3: "– eddig …, – mondta kedden" is
    counted from Tuesday): "most", "még mindig", "hónapok óta", "az elmúlt négy évben",
    "ma este" in a turn closed by "– mondta a meccs után" are of the match's day; inside
    „…” only "ma", "tegnap", "holnap" ("kedden azt mondta, hogy „továbbra is …”" is read
    from publication). A time counted from another time keeps its count, and one that
    says only that something was over ("korábban", "már" with a past verb) stays over by
    publication: true either way, and the word bounds nothing nearer."""
    out: list[TimeExpression] = []
    for sentence, times, said in zip(
        sentences, by_sentence, _speaking_days(sentences, by_sentence, published), strict=True
    ):
        if said is None:
            out.extend(time for time, _ in times)
            continue
        day, parts, closed = said
        again = {
            (r.start, r.end): r
            for r in map(lambda r: _settled(r, months), _readings(sentence.text, day))
            if r.shift is None and not r.guess
        }
        for time, counted in times:
            start = time.span.start - sentence.start if time.span else -1
            end = time.span.end - sentence.start if time.span else -1
            reading = again.get((start, end))
            if (
                counted
                or reading is None
                or not any(a <= start and end <= b for a, b in parts)
                or not (closed or _TODAY.match(reading.text))
                or _only_over(time)
            ):
                out.append(time)
                continue
            retold = replace(time, **_meaning(reading))
            out.append(_hedged(retold, sentence, day))
    return out


def _only_over(time: TimeExpression) -> bool:
    """Whether the time says only that something was over by its end ("korábban", "már"
    with a past verb), not "eddig" (so far: up to the moment of speaking)."""
    told = time.span.text.lower() if time.span else ""
    bounded = (time.earliest, time.latest_begin, time.earliest_end)
    return time.latest is not None and bounded == (None, None, None) and "eddig" not in told


_Said = tuple[dt.date, list[tuple[int, int]], bool]
"""The day told for a speaker, the parts of the sentence said, and whether a closing
"– mondta" (not „…”) tells it."""


def _speaking_days(
    sentences: tuple[Span, ...],
    by_sentence: list[list[tuple[TimeExpression, bool]]],
    published: dt.date,
) -> list[_Said | None]:
    """For each sentence, the day its speaker spoke, if the text gives one before
    publication, and the parts of the sentence that are said (offsets in it): before a
    closing "– mondta kedden", "– közölte a meccs után" (and the sentences of a turn the
    dash opened before it: "– Még mindig nem hiszem el." … "– mondta …"), or inside „…”
    with a day outside ("kedden azt mondta: „Ma …”")."""
    said: list[_Said | None] = [None] * len(sentences)
    for index, sentence in enumerate(sentences):
        text = sentence.text
        closing = _CLOSING_TELLING.search(text)
        quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
        times = [time for time, _ in by_sentence[index]]
        parts = [(0, closing.start())] if closing else quotes
        day = _day_told(times, sentence, parts)
        if closing and day is None:
            day = _occasion_day(sentences, by_sentence, index, closing.start())
        if day is None or day >= published or not parts:
            continue
        said[index] = (day, parts, closing is not None)
        opener = _turn_opened(sentences, index) if closing else None
        for before in range(opener if opener is not None else index, index):
            said[before] = (day, [(0, len(sentences[before].text))], True)
    return said


def _day_told(
    times: list[TimeExpression], sentence: Span, said: list[tuple[int, int]]
) -> dt.date | None:
    """The first day told outside what is said (offsets in the sentence): a day
    ("– mondta kedden", "a szerdai fórumon"), the day of an event after which ("a
    meccs után"), or the evening of a night ("– mondta az éjszaka")."""
    for time in times:
        start = time.span.start - sentence.start if time.span else -1
        if time.span is None or any(a <= start < b for a, b in said):
            continue
        if time.precision == "day" and time.value:
            return dt.date.fromisoformat(time.value)
        if time.earliest and (time.span.text.lower().endswith("után") or _a_night(time)):
            return time.earliest  # "a meccs után", "az éjszaka": that day, that evening
    return None


def _occasion_day(
    sentences: tuple[Span, ...],
    by_sentence: list[list[tuple[TimeExpression, bool]]],
    index: int,
    after: int,
) -> dt.date | None:
    """The day of the occasion a closing clause names ("– mondta a bejelentésen", "az
    átadáson"): the day told nearest to where the latest sentence before told of it
    (`OCCASIONS`: "– jelentette be kedden", "Kedden átadták a rendelőt")."""
    found = _OCCASION_AT.search(sentences[index].text, after)
    if found is None:
        return None
    noun = found.group(1).lower()
    told_of = _telling_of(next(told for name, told in OCCASIONS.items() if noun.startswith(name)))
    for before in range(index - 1, -1, -1):
        where = told_of.search(sentences[before].text)
        at = where.start() if where else -1
        days = [
            t
            for t, _ in by_sentence[before]
            if t.span and t.precision == "day" and t.value and at >= 0
        ]
        if days:
            base = sentences[before].start + at
            nearest = min(days, key=lambda t: abs((t.span.start if t.span else 0) - base))
            return dt.date.fromisoformat(nearest.value or "")
    return None


@cache
def _telling_of(stems: tuple[str, ...]) -> re.Pattern[str]:
    """Where a sentence tells of an occasion by its stems ("átad…"), a verb's also with its
    prefix split off ("nyitotta meg" for "megnyit", "adták át" for "átad")."""
    split = [
        rf"\b{re.escape(stem[len(prefix) :])}\w*\s+{prefix}\b"
        for stem in stems
        for prefix in _VERB_PREFIXES
        if stem.startswith(prefix) and len(stem) > len(prefix) + 2
    ]
    return re.compile("|".join([*map(re.escape, stems), *split]), re.I)


_VERB_PREFIXES = ("meg", "át", "be", "ki", "el", "fel", "le", "vissza")
_OCCASION_AT = re.compile(rf"\baz?\s+((?:{'|'.join(OCCASIONS)})\w*?)(?:on|en|ön|n)\b", re.I)


def _turn_opened(sentences: tuple[Span, ...], index: int) -> int | None:
    """The sentence that opened, with a dash, the turn the sentence at `index` closes
    (none closed between them, at most `_TURN_SENTENCES` back); none if it opens it."""
    if _TURN.match(sentences[index].text):
        return None
    for before in range(index - 1, max(index - _TURN_SENTENCES, 0) - 1, -1):
        if _CLOSING_TELLING.search(sentences[before].text):
            return None
        if _TURN.match(sentences[before].text):
            return before
    return None


_TURN = re.compile(r"\s*[–—]\s")  # a sentence opened by a dash: someone's turn
_TURN_SENTENCES = 3
_QUOTE = re.compile(r"„[^”]*(?:”|$)")
_TODAY = re.compile(r"(?:ma|tegnap|tegnapelőtt|holnap|holnapután)\b", re.I)


def _dates_a_telling(sentence: str, reading: _Reading) -> bool:
    """Whether the day's clause is one of telling ("– közölte csütörtök hajnalban", "a
    klub hétfőn bejelentette"): it dates the telling, not what was told."""
    start, end, _ = clause_around(sentence, reading.start, reading.end)
    return bool(_TELLING.search(sentence, start, end))


_TELLING_STEMS = (
    r"(?:közöl|mond|bejelent|jelent\w*\s+(?:be|ki)|kijelent|írt|nyilatkoz|hangsúlyoz|tájékoztat"
    r"|fogalmaz|hozzátette|tette\s+hozzá|számolt\s+be|emelte\s+ki|magyaráz|válaszol|reagál"
    r"|szögezte\s+le|fejtette\s+ki|árulta\s+el|üzen|tudatt)\w*"
)
_TELLING = re.compile(rf"\b{_TELLING_STEMS}", re.I)
# The clause that closes what somebody said: "– mondta kedden", "– közölte szerdán a KSH".
_CLOSING_TELLING = re.compile(rf"\s[–—]\s+(?:\w+\s+)?{_TELLING_STEMS}", re.I)
