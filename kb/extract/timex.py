"""Find Hungarian time expressions and normalise them against the publication date.

Our own normaliser, not `hun-date-parser`: that library returns dates without the
words they came from (we anchor every time to its span) and without a precision
(a month must stay a month), reads "október végén" as days 20-31 where docs/design.md
says 21-31, merges two expressions of one clause into one, and finds nothing for
"korábban", "nemrég" or "a hónap elején". Measured on the seed article's clauses it
took 0.1-1 ms a clause (15 ms on first use); these regular expressions take a few
microseconds. The calendar arithmetic itself is `kb.timespan`'s.

Conventions: docs/annotation-format.md §4.3 and its round-5 table "Which expressions
are times, and their bounds". A weekday, month or season without a year is the latest
one not after publication when told in the past, the next one when told of the future
(`kb.extract.tense`); a day without a year the one closest to publication; "jelenleg",
"most", "egyelőre", "továbbra is" are going on at publication; "óta", "-ig", "-ra/-re"
bound the time they follow (`_bounded`); "akkor", "azóta", "két nappal később" count
from the time just told, "a szavazás után" from the day of the event (`_from_event`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from kb.extract.quantities import parse_number_word
from kb.extract.tense import (
    PAST,
    clause_around,
    clause_of,
    same_clause,
    surely_coming,
    tells_of_future,
    untold,
)
from kb.extract.triggers import OCCASIONS
from kb.model import MonthPart, Precision, Provenance, Span, TimeExpression
from kb.timespan import MONTHS_HU, bounds

WEEKDAYS_HU = ("hétf", "kedd", "szerd", "csütört", "péntek", "szombat", "vasárnap")


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


_AFTER_OPEN = "után, nyitva"
_EVENT_UNITS = ("után", "előtt", "óta", "at", _AFTER_OPEN)


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


def _months_told(read: list[list[_Reading]], published: dt.date) -> dict[str, str]:
    """The year the article tells each month in ("Jövő januártól emelik": "01" → "2026"),
    by the months whose year is read, a year either side of publication's; a month told
    in two years is not settled."""
    years: dict[str, set[str]] = {}
    for reading in (r for readings in read for r in readings):
        value = reading.value or ""
        if reading.precision not in ("month", "part-of-month") or reading.open_year or not value:
            continue
        if abs(int(value[:4]) - published.year) <= 1:
            years.setdefault(value[5:], set()).add(value[:4])
    return {month: told.pop() for month, told in years.items() if len(told) == 1}


def _settled(reading: _Reading, months: dict[str, str]) -> _Reading:
    """A month whose year its words and its clause leave open (`_open_year`) in the year
    the article tells that month in: the planned thing it names is the one the article
    dated ("Jövő januártól emelik …" then "A januári emelést a Kincstár … folyósítja", in
    November: next January; the headline's "emelkednek a nyugdíjak januártól" too)."""
    year = months.get(reading.value[5:]) if reading.open_year and reading.value else None
    if year is None or reading.value is None:
        return reading
    return replace(reading, value=f"{year}{reading.value[4:]}", guess=False, open_year=False)


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


def _a_day(time: TimeExpression, published: dt.date) -> bool:
    """A day (or a night) not after publication: what a dated event took place on."""
    earliest, latest = bounds(time, published)
    return (
        earliest is not None
        and latest is not None
        and latest <= published
        and (latest - earliest).days <= 1
    )


def _since_anchors(told: list[TimeExpression], found: list[TimeExpression]) -> list[TimeExpression]:
    """What "azóta" counts from: the times told just before it that date something (a
    day, a month, a year, a spell; not "most", "eddig", nor a time since which), else the
    article's first time, its news ("Hétfő reggel óta nem járható a híd" … "Eddig öt perc
    alatt beértem, most negyven percig tart." "A forgalom azóta visszaesett")."""
    dated = [t for t in told if t.precision != "relative" or (t.earliest and t.latest)]
    return dated or found[:1]


def _counted_within(
    reading: _Reading, here: list[TimeExpression], published: dt.date
) -> _Reading | None:
    """ "harminc napon belül": from the last day told before it in its sentence (or
    publication) to that day plus the count."""
    if reading.shift is None:
        return None
    count, unit = reading.shift[0], reading.shift[1].split()[1]
    told = [t for t in here if t.precision == "day" and t.value]
    start = dt.date.fromisoformat(told[-1].value or "") if told else published
    return replace(reading, earliest=start, latest=_units_from(start, count, unit), shift=None)


def _from_event(
    reading: _Reading,
    days: list[_Told],
    spells: list[_Told],
    near: list[TimeExpression],
    published: dt.date,
) -> _Reading | None:
    """An event-anchored time counted from the event's day: the last day told in a
    sentence naming the event ("szavaz…" for "a szavazás után"), else the last day of
    something that happened told in its sentence or the one before (`near`: "kedden …
    csökkentette az alapkamatot. … a döntés után"), else the first day the article told
    (a news article opens with its event). During it: the longest spell
    of days with both ends told in a sentence naming it ("a gyakorlat idején" after "a
    hétfőtől április 25-ig tartó gyakorlaton"), else, as at it, its day; after it: from
    its day to publication; before it: over by its day; since it: begun after its first
    day, by its last, and still so; a count of days after or before it ("egy nappal a
    rengés után"): that day. A count, or an event told by a possessed noun ("a jelentés
    megjelenése után"), is counted only from a day told in a sentence naming it."""
    if reading.shift is None:
        return None
    count, unit = reading.shift
    named = _naming(reading.event, days)
    if count or reading.named_only or unit == _AFTER_OPEN:  # only from a day naming it
        named = [t for t in named if t.precision == "day"]
        if not named:
            return None
        near, days = [], []
    during = _naming(reading.event, spells) if unit == "at" else []
    if during:  # during it: the longest spell it was told with, its parts are shorter
        anchor = max(during, key=_days_long)
    elif named:
        anchor = named[-1]
    elif near:
        anchor = near[-1]
    elif days:
        anchor = days[0][0]  # the article's first day: its news
    else:
        return None
    first, last = bounds(anchor, published)
    if unit == _AFTER_OPEN:  # "a bevezetés után … tart meg": from its day, its end open
        return replace(reading, earliest=first, shift=None) if first else None
    if count and first and last:  # "két nappal a jelentés megjelenése után": that day
        day = (
            first + dt.timedelta(days=count) if unit == "után" else last - dt.timedelta(days=count)
        )
        if day > published:
            return None  # counted past publication from a day gone by: not this event's
        return replace(reading, precision="day", value=day.isoformat(), shift=None)
    if unit == "at":
        return replace(
            reading,
            precision=anchor.precision,
            value=anchor.value,
            earliest=anchor.earliest,
            latest=anchor.latest,
            shift=None,
        )
    if unit == "előtt":
        return replace(reading, latest=last, shift=None)
    if unit == "óta":  # since it, still so
        return replace(
            reading, earliest=first, latest_begin=last, earliest_end=published, shift=None
        )
    return replace(reading, earliest=first, latest=published, shift=None)


def _a_night(time: TimeExpression) -> bool:
    """An evening to the next day ("október 12-én éjjel"): counted on as its evening."""
    told = time.span.text.lower() if time.span else ""
    return _days_long(time) == 1 and time.precision == "relative" and "éj" in told


def _a_spell(time: TimeExpression) -> bool:
    """Days with both ends told ("hétfőtől április 25-ig"), within a year: what an event
    may last (a decade told beside it dates something else: "lezárta az 1960-es években
    épült hidat")."""
    return (
        time.precision == "relative"
        and time.earliest is not None
        and time.latest is not None
        and _days_long(time) <= _SPELL_DAYS
    )


_SPELL_DAYS = 366


def _days_long(time: TimeExpression) -> int:
    """How many days a spell spans."""
    return (time.latest - time.earliest).days if time.latest and time.earliest else 0


_Told = tuple[TimeExpression, str, int]
"""A time told, the text of its sentence (lower case) and where the sentence starts."""


def _naming(stem: str, told: list[_Told]) -> list[TimeExpression]:
    """The times told in a sentence that names the event by its stem's start or end, in
    order, those of one sentence by their nearness to the name, the nearest last ("a
    vasárnap hajnali … földrengés … szerdai tájékoztatása": Sunday's for "a rengés")."""
    named = []
    for time, text, start in told:
        at = max(text.find(stem[:5]), text.find(stem[-5:])) if stem else -1
        if at >= 0:
            near = -abs((time.span.start if time.span else start) - start - at)
            named.append((start, near, time))
    return [time for _, _, time in sorted(named, key=lambda n: n[:2])]


_ANCHOR_SENTENCES = 2
"""How many sentences back a time may be that "azóta", "két nappal később" count from."""


# --- helpers ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Reading:
    """One expression in a sentence: where it is and what it means."""

    text: str
    start: int
    end: int
    precision: Precision
    value: str | None = None
    part: MonthPart | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    latest_begin: dt.date | None = None
    earliest_end: dt.date | None = None
    confidence: float = 0.9
    shift: tuple[int, str] | None = None  # counted from the time before it ("azóta": 0, "")
    event: str = ""  # the stem of the event an event-anchored time is counted from
    spread: int = 0  # "egy-két évvel később": one more unit of the shift's
    guess: bool = False  # a month gone by in a clause whose tense is not told: no time
    named_only: bool = False  # an event told by a possessed noun: only a day naming it
    open_year: bool = False  # a month gone by, read as this year's for want of a past verb


_MONTH = "|".join(MONTHS_HU)
_WEEKDAY = r"(?:hétfő|kedd|szerd|csütörtök|péntek|szombat|vasárnap)"
_DAYTIME = (
    r"(?:\s+(?:reggel|délelőtt|délben|délután|este|éjjel|éjszaka|hajnalban|hajnal(?=\s+óta)))?"
)
_CASE = r"[a-záéíóöőúüű]*"
_YEAR_WORD = (
    r"(?:(?P<yearword>tavalyelőtti|tavalyelőtt|tavalyi|tavaly|idei|idén|jövőre"
    r"|(?:a\s+)?(?:jövő|múlt|előző)\s+év(?:ben)?"
    r"|jövő)\s+)?"
)
_SEASONS = {"tavas": 3, "nyár": 6, "nyar": 6, "ős": 9, "tél": 12, "tel": 12}  # first month
# A day of a month, by its number ("15-én", "15.") or the first by its name ("elsején",
# "elsejétől").
_DAY_NUMBER = rf"(?:(?P<day>\d{{1,2}})(?:\.|-{_CASE})|(?P<first>elsej{_CASE}))"
_PART = r"(?P<part>(?:elej|közep|vég)(?:én|éig|étől|ére|e|i))"

_HOUR = (
    r"(?:\d{1,2}|egy|két|kettő|három|négy|öt|hat|hét|nyolc|kilenc|tíz|tizenegy|tizenkét|tizenkettő)"
    r"\s+óra(?:\s+\d{1,2}\s+perc)?"
)
# A clock time: "19 óra 32 perckor", "19:30-kor", "19 óra 40 perc és 21 óra 35 perc között",
# "14 és 15 óra között", "este nyolc óra után"; never a duration ("két óra alatt").
_NAPSZAK = r"(?:reggel|délelőtt|délben|délután|este|éjjel|hajnalban)"
_CLOCK_PHRASE = (
    rf"\b(?:{_NAPSZAK}\s+)?(?:(?:{_HOUR}|\d{{1,2}})\s+(?:és|-|–)\s+{_HOUR}\s+között|{_HOUR}kor"
    rf"|\d{{1,2}}[:.]\d{{2}}-kor)\b|\b{_NAPSZAK}\s+{_HOUR}\s+(?:után|előtt|körül)\b"
    r"|\b(?:\d{1,2}\s+óra(?:\s+\d{1,2}\s+perc)?|\d{1,2}[:.]\d{2})\s+körül\b"
)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "date",
        re.compile(
            rf"\b(?P<year>\d{{4}})\.\s+(?P<month>{_MONTH})\s+{_DAY_NUMBER}",
            re.I,
        ),
    ),
    (
        "numeric",
        re.compile(r"\b(?P<year>\d{4})\.\s?(?P<month>\d{1,2})\.\s?(?P<day>\d{1,2})(?:\.|-\w+)"),
    ),
    (
        "decade",
        re.compile(
            r"\b(?:az?\s+)?(?:(?P<decade>\d{3}0)-(?:as|es)|(?P<tens>harmincas|negyvenes|ötvenes"
            r"|hatvanas|hetvenes|nyolcvanas|kilencvenes))\s+év(?:ek|tized)\w*"
            r"(?:\s+(?P<part>elején|közepén|végén|végéig|végére|elejéig))?",
            re.I,
        ),
    ),
    (
        "century",
        re.compile(
            r"\b(?P<ordinal>\d{1,2})\.\s+század(?:\s+(?P<half>első|második)\s+fel(?:ében|étől|éig)"
            r"|\s+(?:elejétől|végéig)|ban|tól|ig)?(?=\W|$)",
            re.I,
        ),
    ),
    (
        "dayrange",
        re.compile(
            rf"\b(?:(?P<year>\d{{4}})\.\s+)?(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})\.?\s*(?:[-–]|és)\s*"
            r"(?P<last>\d{1,2})(?:\.|-(?:án|én|ig|a|e|i)\b)(?:\s+között\w*)?",
            re.I,
        ),
    ),
    (
        "stretch",
        re.compile(
            r"\b(?:az?\s+)?(?P<dir>elmúlt|utóbbi|következő|elkövetkező)\s+(?:(?P<count>\d+|[a-záéíóöőúü]+)\s+)?"
            r"(?P<unit>nap|het|hét|hónap|évtized|év|órá)(?P<plural>ok|ek|k)?(?:ban|ben)?\b",
            re.I,
        ),
    ),
    (
        "sincemonth",
        re.compile(rf"\b(?P<year>\d{{4}})\s+(?P<month>{_MONTH})(?:a|ja|e|je)\s+óta\b", re.I),
    ),
    (
        "sinceword",
        re.compile(
            r"\b(?:(?P<plural>napok|hetek|hónapok|évek|évtizedek)"
            r"|(?:(?P<year>\d{4})\s+|(?P<yearword>tavaly)\s+|a\s+)?"
            r"(?P<season>tavasz|nyár|ősz|tél|tavasza|nyara|ősze|tele)|tavaly)\s+óta\b",
            re.I,
        ),
    ),
    (
        "yearpart",
        re.compile(
            r"\b(?:(?P<year>\d{4})|(?:(?:az?\s+)?(?P<yearword>jövő|múlt|előző|tavalyi|tavaly|idei)\s+|az\s+)?év)\s+"
            r"(?P<part>elejétől|elején|elejéig|elejére|végén|végi|végéig|végére|hátralévő\s+részében"
            r"|folyamán|során)\b",
            re.I,
        ),
    ),
    (
        "part",
        re.compile(
            rf"\b(?:(?P<year>\d{{4}})\.?\s+)?{_YEAR_WORD}(?P<month>{_MONTH}|(?:(?:az\s+elmúlt|a\s+múlt|múlt)\s+)?hónap)\s+{_PART}",
            re.I,
        ),
    ),
    (
        "day",
        re.compile(rf"\b{_YEAR_WORD}(?P<month>{_MONTH})\s+{_DAY_NUMBER}", re.I),
    ),
    (
        "monthrange",
        re.compile(
            rf"\b(?:(?P<year>\d{{4}})\.?\s+)?{_YEAR_WORD}(?P<month>{_MONTH})\s+és\s+"
            rf"(?P<second>{_MONTH})\s+között\b",
            re.I,
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:(?P<year>\d{{4}})\.?\s+)?{_YEAR_WORD}(?P<month>{_MONTH})(?:j?[áé]?(?:ban|ben|tól|től|ig|ra|re)|i|\s+óta|\s+(?:folyamán|során))\b",
            re.I,
        ),
    ),
    (
        "season",
        re.compile(
            r"\b(?:(?P<year>\d{4})\.?\s+)?"
            + _YEAR_WORD
            + r"(?:egész\s+)?(?P<season>tavasszal|nyáron|ősszel|télen|tavaszán|nyarán|őszén|telén"
            r"|tavasztól|nyártól|ősztől|téltől|tavaszig|nyárig|őszig|télig|tavaszra|nyárra|őszre"
            r"|télre|tavaszt|nyarat|telet|tavaszi|nyári|őszi|téli"
            r"|(?:tavasz|nyár|ősz|tél)\s+(?:elején|közepén|végén|végéig|végére|folyamán|során))\b",
            re.I,
        ),
    ),
    (
        "monthweek",
        re.compile(
            rf"\b(?:(?P<month>{_MONTH})|(?:a\s+)?hónap)\s+(?P<which>első|utolsó)\s+"
            r"(?P<unit>het|nap)(?:ében|jában|ján)\b",
            re.I,
        ),
    ),
    (
        "firstmonths",
        re.compile(
            r"\b(?:(?P<year>\d{4})\.?\s+|(?P<yearword>idén|tavaly|(?:az\s+)?idei|(?:a\s+)?tavalyi)\s+)?"
            r"(?:az\s+)?(?:év\s+)?első\s+(?P<count>\w+)\s+hónap(?:jában|ában|ban)\b",
            re.I,
        ),
    ),
    ("lastmonth", re.compile(r"\b(?:a\s+)?(?:múlt|előző|jövő)\s+hónap(?:ban|ra)?\b", re.I)),
    (
        "weekpart",
        re.compile(
            r"\b(?:(?:a|az)\s+)?(?P<which>(?:múlt|előző|jövő)\s+)?(?:hét\s+(?P<part>elején|elejéig|közepén|végén|végéig"
            r"|első\s+felében|második\s+felében)|(?P<weekend>hétvégén|hétvégére|hétvége\s+(?:során|alatt|folyamán|két\s+napján)))",
            re.I,
        ),
    ),
    (
        "lastweek",
        re.compile(r"\b(?:(?:a|ezen\s+a)\s+)?(?P<which>(?:múlt|előző|jövő)\s+)?héten\b", re.I),
    ),
    (
        "lastweek",
        re.compile(r"\b(?:a\s+)?(?P<which>(?:múlt|előző|jövő)\s+)(?:heti|héttől|hétre)\b", re.I),
    ),
    (
        "weekdays",
        re.compile(
            rf"\b(?P<first>{_WEEKDAY})(?:(?P<from>tól|től)|en|n|ön|on|án)\s+(?(from)|és\s+)"
            rf"(?P<second>{_WEEKDAY})(?(from)ig|(?:en|n|ön|on|án))\b",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?:(?P<last>múlt)|(?P<next>jövő))\s+)?(?P<weekday>{_WEEKDAY})(?:en|n|ön|on|án|ai|a|i|re|ig|ától|tól|től)?(?:\s+(?P<until>estig|reggelig|délig|éjfélig|hajnalig|reggelre|délre|délutánra|estére|hajnalra|éjfélre)|{_DAYTIME})(?P<since>\s+óta)?(?=\W|$)",
            re.I,
        ),
    ),
    (
        "schoolyear",  # "a 2025/2026-os tanévben", before its years are read as years
        re.compile(
            r"\b(?P<first>\d{4})/\d{2,4}-(?:as|es|os|ös)\s+tanév(?:ben|től|re|ig|et|e)?\b",
            re.I,
        ),
    ),
    (
        "yearrange",
        re.compile(r"\b(?P<year>\d{4})(?:\s+és\s+|\s*[-–]\s*)(?P<last>\d{4})(?:\s+között)?\b"),
    ),
    ("year", re.compile(r"\b(?P<year>\d{4})-(?:ban|ben|ig|től|tól|ra|re|as|es|ös|os)\b", re.I)),
    (
        "quarter",
        re.compile(
            r"\b(?:(?P<year>\d{4})\.?\s+)?"
            + _YEAR_WORD
            + r"(?:az?\s+)?(?P<ordinal>első|második|harmadik|negyedik|utolsó)\s+negyedév"
            r"(?:ben|ére|re|éig|ig|et|ében)?\b",
            re.I,
        ),
    ),
    ("yearsince", re.compile(r"\b(?P<year>\d{4})\s+óta\b")),
    (
        "schoolyear",
        re.compile(
            r"\b(?:(?P<which>jövő|következő|múlt|előző|tavalyi|idei)\s+)?tanév(?:ben|től|re|ig|et|e)?\b",
            re.I,
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<count>\w+)\s+(?:(?P<unit>nap|hét|hónap|év)(?:pal|tel|val|vel)\s+ezelőtt"
            r"|(?P<since>nap|hónap|évtized|év)(?:ja|e))\b",
            re.I,
        ),
    ),
    (
        "soon",
        re.compile(
            r"\b(?:hamarosan|rövidesen|nemsokára|a\s+közeljövőben|(?:a\s+)?jövőben"
            r"|(?:hosszabb|hosszú)\s+táv(?:on|ra))\b",
            re.I,
        ),
    ),
    (
        "anchored",
        re.compile(
            r"\b(?P<count>\w+(?:-\w+)?)\s+(?P<unit>nappal|héttel|hónappal|évvel)\s+"
            r"(?P<dir>korábban|később|előbb|azelőtt|utána|korábbi\w*|későbbi\w*)\b",
            re.I,
        ),
    ),
    (
        "hence",
        re.compile(r"\b(?P<count>\w+(?:-\w+)?)\s+(?P<unit>nap|hét|hónap|év)\s+múlva\b", re.I),
    ),
    ("since", re.compile(r"\bazóta\b", re.I)),
    (
        "event",
        re.compile(
            r"\b(?:(?P<few>néhány|pár|egy|két|három|\d+)\s+(?:perccel|órával)\s+"
            r"|(?P<count>egy|két|három|négy|öt|hat|hét|\d+)\s+(?P<unit>nappal|héttel)\s+)?az?\s+"
            r"(?:[\w-]+\s+)?"  # "az évadnyitó előadás előtt": an adjective before the event
            r"(?P<noun>(?!\w*(?:lakás|szállás|állomás)\b)\w+(?:ás|és)(?:a|e|ok|ek)?|\w*(?:találkozó|verseny"
            r"|mérkőzés|meccs|ülés|döntő|vita|futam|gyakorlat|csúcs|vihar|baleset|jelenség|zár"
            r"|munká|munkálat|forduló|díjátadó|koncert|gála|ünnepség|fesztivál|megnyitó|torna"
            r"|sztrájk|rengés|merénylet|puccs|kongresszus|konferencia|mise|műtét)(?:k|ok|ök)?)"
            r"\s+(?P<rel>után|előtt|óta|idején|idejére|ideje\s+alatt|csúcspontján|végén|napján)\b"
            r"|\b(?P<at>\w+(?:ásakor|ésekor))\b",
            re.I,
        ),
    ),
    ("later", re.compile(r"(?<!nál )(?<!nél )\bkésőbb\b", re.I)),
    ("thesedays", re.compile(r"\b(?:a|ezekben\s+a)\s+napokban\b", re.I)),
    ("nextday", re.compile(r"\b(?:másnap|aznap|(?:az\s+)?előző\s+nap(?:on)?)\b", re.I)),
    ("then_on", re.compile(r"(?<=\w\s)majd\b", re.I)),  # not ", majd" nor "és majd"
    (
        "within",
        re.compile(
            r"\b(?:(?P<count>\w+)\s+)?(?P<unit>nap|hét|het|hónap|év)(?:ok|ek)?(?:on|en|ön)"
            r"\s+belül\b",
            re.I,
        ),
    ),
    ("lastyear", re.compile(r"\btavaly\s+ilyenkor\b", re.I)),
    (
        "same",
        re.compile(
            r"\b(?P<last>tavaly\s+)?(?:ugyanekkor|ugyan(?:ebben|abban)\s+az\s+időszakban)\b"
            r"|\b(?:ugyan)?abban\s+(?:az\s+(?P<year>évben)|a\s+(?P<month>hónapban))\b",
            re.I,
        ),
    ),
    (
        "then",
        re.compile(
            r"\b(?:akkor|ekkor|addig)\b"
            r"(?!(?:\s+is)?,?\s+(?:ha|amikor|amíg|hogyha)\b)",
            re.I,
        ),
    ),
    (
        "after",
        re.compile(
            r"\b(?:ezután|azután|innentől|ezentúl|mostantól)\b(?!,?\s+(?:hogy|miután)\b)", re.I
        ),
    ),
    ("clock", re.compile(_CLOCK_PHRASE, re.I)),
    (
        "daylong",
        re.compile(r"\bnapközben\b|\bmég\s+(?:aznap\s+)?(?:délelőtt|délután|este)\b", re.I),
    ),
    ("yeartodate", re.compile(r"\b(?:az\s+)?idén\s+eddig\b|\beddig\s+idén\b", re.I)),
    (
        "halfyear",
        re.compile(
            r"\b(?:az\s+)?(?:(?:(?P<year>\d{4})\s+|(?P<which>idei\s+|jövő\s+|tavalyi\s+)?év\s+)"
            r"(?P<half>első|második)\s+fel(?:ében|éig|étől|ére)"
            r"|(?:(?P<year2>\d{4})\s+|(?P<which2>idei\s+|jövő\s+|tavalyi\s+))?(?P<halfyear>első|második)"
            r"\s+félév(?:ében|ben|re|ig|től|e)?)\b",
            re.I,
        ),
    ),
    (
        "yearword",
        re.compile(
            r"\b(?:tavalyelőtti|tavalyelőtt|tavaly|tavalyi|idén|idei|jövőre|(?:a\s+)?teljes\s+év(?:re|ben)|(?:jövő|múlt|előző)\s+év(?:i|et)|(?:a\s+)?(?:jövő|múlt|előző)\s+év(?:ben|től))\b",
            re.I,
        ),
    ),
    (
        "ongoing",
        re.compile(
            r"\b(?:jelenleg(?:\s+is)?|mostani\w*|most|egyelőre|még\s+mindig|még\s+nem|ma\s+is|mára"
            r"|napjainkban|manapság|régóta"
            r"|továbbra\s+(?:is|sem))\b",
            re.I,
        ),
    ),
    (
        "today",
        re.compile(
            r"\b(?:ma|tegnap|tegnapelőtt|holnap|holnapután|mától|holnaptól|holnaputántól"
            r"|a\s+mai\s+nap(?:on)?)\b" + _DAYTIME,
            re.I,
        ),
    ),
    (
        "night",
        re.compile(r"\b(?:az\s+)?(?:egész\s+)?(?:éjjel|éjszakára|éjszaka|éjfélig)\b(?!-)", re.I),
    ),
    (
        "before",
        re.compile(
            r"(?<!nál )(?<!nél )(?<!perccel )(?<!órával )\b(?:korábban|nemrég|nemrégiben|nemrégen"
            r"|előzőleg|a\s+közelmúltban)\b",
            re.I,
        ),  # "a szokásosnál korábban", "tíz perccel korábban indítják" compare, they do not date
    ),
    ("sofar", re.compile(r"\beddig\b(?!\s+is\b)", re.I)),
    ("already", re.compile(r"\bmár\b", re.I)),
    (
        "still",
        re.compile(
            r"\bmég\b(?!\s+(?:csak|több|kevesebb|inkább|jobban|soha|semmi|egyszer|is|az?|\d))", re.I
        ),
    ),
]


def _readings(sentence: str, published: dt.date) -> list[_Reading]:
    """The expressions of one sentence, the earliest and longest first, none overlapping
    (months whose tense nothing tells among them, `guess`: `find_times` settles them)."""
    taken: list[_Reading] = []
    lower = sentence.lower()
    for kind, pattern in _PATTERNS:
        needs = _NEEDED.get(kind)
        if needs and not needs.search(lower):
            continue  # a cheap test before the pattern: most sentences have no weekday
        for match in pattern.finditer(sentence):
            if any(r.start < match.end() and match.start() < r.end for r in taken):
                continue
            if kind == "still" and any(
                same_clause(sentence, r.start, match.start()) and not _ADJECTIVE.search(r.text)
                for r in taken
            ):
                continue  # "még" is a time only when its clause has no other (a "tavalyi" is
                # a noun's)
            if kind == "already" and any(_next_to(r, match, sentence) for r in taken):
                continue  # "már 2022 márciusa óta", "tavaly már": part of that time
            if kind in ("month", "season") and _of_an_average(match):
                continue
            if _in_a_name(match):
                continue
            reading = _interpreted(kind, match, published)
            if reading is not None:
                taken.append(reading)
    return _joined(sorted(taken, key=lambda r: r.start), sentence, published)


def _interpreted(kind: str, match: re.Match[str], published: dt.date) -> _Reading | None:
    """What one match says, within its bounds; none when its count reaches past the
    calendar ("az elmúlt 2341 évben", "100000 nap múlva", "2341 éve": no such day or year
    to name)."""
    try:
        reading = _INTERPRET[kind](match, published)
        reading = _bounded(kind, reading, match, published) if reading is not None else None
    except (ValueError, OverflowError):
        return None
    if reading is not None and reading.value and not _ISO_VALUE.fullmatch(reading.value):
        return None  # "2341 éve" before year 1: no year ISO 8601 can name
    return reading


_ISO_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _in_a_name(match: re.Match[str]) -> bool:
    """Whether the month, weekday or season word of the match is capitalised inside the
    sentence, not where a sentence or a quotation begins: Hungarian writes them in lower
    case, so it is part of a name ("a Március 15. téren", "a Vasárnapi Hírek", "a Téli
    kikötő című dráma"), and dates in names are no times."""
    found = _CALENDAR_WORD.search(match.group(0))
    if found is None or not found.group(0)[0].isupper():
        return False
    before = match.string[: match.start() + found.start()].rstrip()
    return bool(before) and before[-1] not in _OPENINGS


_CALENDAR_WORD = re.compile(rf"(?:{_MONTH}|{_WEEKDAY}|tavas|nyár|nyar|ősz|tél|tel)\w*", re.I)


def _of_an_average(match: re.Match[str]) -> bool:
    """A month's or a season's adjective of an average ("a júniusi havi átlag", "egy
    átlagos nyári napon", "a téli átlagos szint") names any such month: no time."""
    if not match.group(0).lower().endswith("i"):
        return False
    sentence = match.string
    return bool(
        _AVERAGE_BEFORE.search(sentence, 0, match.start())
        or _AVERAGE_AFTER.match(sentence, match.end())
    )


_AVERAGE_BEFORE = re.compile(r"\bátlagos\s+$", re.I)
_AVERAGE_AFTER = re.compile(r"(?:\s+\w+)?\s+átlag", re.I)


def _next_to(reading: _Reading, match: re.Match[str], sentence: str) -> bool:
    """Whether only spaces stand between the reading and the match, either side."""
    before = reading.end <= match.start()
    low, high = (reading.end, match.start()) if before else (match.end(), reading.start)
    return low <= high and not sentence[low:high].strip()


def _bounded(
    kind: str, reading: _Reading, match: re.Match[str], published: dt.date
) -> _Reading | None:
    """The named time turned into what the words around it make of it: "óta" (since
    then, still so), "-ig" (a deadline, or a state holding until then) and "-ra/-re"
    (by then), docs/annotation-format.md §4.3."""
    text, sentence = reading.text.lower(), match.string
    night = _NIGHT_AFTER.match(sentence, reading.end)
    if reading.precision == "day" and (night or text.endswith(("éjjel", "éjszaka"))):
        return _overnight(reading, sentence, night.end() if night else reading.end)
    since = _SINCE_AFTER.match(sentence, reading.end)
    if kind in _SINCE_KINDS and (since or text.endswith("óta")):
        return _since_then(reading, sentence, since.end() if since else reading.end, published)
    if kind == "weekday" and _WEEKDAY_AT.match(text):
        return reading  # "kedden délig": a part of that day
    until = kind in _UNTIL_KINDS and text.endswith("ig")
    by = text.endswith(("ra", "re")) and (
        kind in _BY_KINDS or (kind == "weekday" and bool(match["until"]))
    )  # "kedd hajnalra" is by then, "csütörtökre" that day
    if until or by:
        if kind == "day" and not match["yearword"]:
            reading = _day_ahead(reading, match, published)
        return _until(reading, match, published, year_end=kind == "yearpart")
    return reading


_JUST_GONE = 31  # days


def _day_ahead(reading: _Reading, match: re.Match[str], published: dt.date) -> _Reading:
    """A day without a year up to or by which, gone by more than a month ago (the closest
    to publication) in a clause with no past verb, is next year's: what holds or must be
    done until then is still to come ("a kedvezmény december 31-ig érvényes", in March);
    told in the past it stays ("december 31-ig volt érvényben"), and so does a day just
    gone by, as likely a deadline just missed."""
    day = dt.date.fromisoformat(reading.value or "")
    if (published - day).days <= _JUST_GONE or not tells_of_future(match):
        return reading
    try:
        ahead = day.replace(year=published.year + (day.year == published.year))
    except ValueError:  # 29 February
        return reading
    return replace(reading, value=ahead.isoformat())


_SINCE_AFTER = re.compile(r"\s+óta\b", re.I)
_NIGHT_AFTER = re.compile(r"\s+(?:éjjel|éjszaka)\b", re.I)


def _relative(
    reading: _Reading, sentence: str, start: int, end: int, **bounds: dt.date | None
) -> _Reading:
    """The reading stretched over `sentence[start:end]` as a relative time with these
    bounds: the words around a date that make it a span ("óta", "éjjel", "legalább")."""
    return replace(
        reading,
        text=sentence[start:end],
        start=start,
        end=end,
        precision="relative",
        value=None,
        part=None,
        **bounds,  # type: ignore[arg-type]
    )


def _overnight(reading: _Reading, sentence: str, end: int) -> _Reading:
    """ "szerda éjjel", "március 21-én éjjel": from that evening to the next day."""
    day = dt.date.fromisoformat(reading.value or "")
    return _relative(
        reading, sentence, reading.start, end, earliest=day, latest=day + dt.timedelta(days=1)
    )


_SINCE_KINDS = frozenset(
    {
        "today",
        "date",
        "day",
        "month",
        "part",
        "season",
        "weekday",
        "yearsince",
        "sincemonth",
        "sinceword",
        "century",
    }
)
_UNTIL_KINDS = frozenset(
    {
        "decade",
        "date",
        "day",
        "month",
        "part",
        "season",
        "weekday",
        "weekpart",
        "year",
        "yearpart",
        "quarter",
        "halfyear",
        "century",
    }
)
_BY_KINDS = frozenset({"month", "part", "season", "year", "yearpart", "quarter", "decade"})
_WEEKDAY_AT = re.compile(rf"{_WEEKDAY}\w*n\s", re.I)
# A state that holds until then ("zárva", "érvényes", "ott maradhat", "kitarthat",
# "június végéig tart", "a hónap végéig szükség lesz rá"; not "érvényesítenie kell", a
# deadline, nor "a szükséges ajánlásokat"), and what is done again and again or all along
# until then ("a hét végéig naponta tájékoztatja", "augusztus végéig figyelemmel kísérjük").
_STATE = re.compile(
    r"\b(?:(?:meg|ott|benn|fenn)?marad|érvény(?!esít)|zárva\b|nyitva\b|tilos\b|(?:el|ki)tart"
    r"|(?:el)?húzód|szünetel|meghosszabbít|fennáll|tart\b|szükség(?!es)|naponta\b|hetente\b"
    r"|folyamatosan\b|figyelemmel\b)",
    re.I,
)
_NOT_EVEN = re.compile(r"\s+sem\b", re.I)  # "-ig nem" may be a deadline: "ha …-ig nem kezd"
_AT_LEAST = re.compile(r"\blegalább\s+(?:az?\s+)?$", re.I)
_EARLIEST_BEFORE = re.compile(r"\blegkorábban\s+(?:az?\s+)?$", re.I)


def _named(reading: _Reading, published: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of what a reading names."""
    return bounds(TimeExpression(id="named", **_meaning(reading)), published)


def _meaning(time: _Reading | TimeExpression) -> dict[str, Any]:
    """What a time says, without where it stands: the fields a reading and a
    TimeExpression share, to pass from one to the other."""
    return {name: getattr(time, name) for name in _MEANING}


_MEANING = (
    "precision",
    "value",
    "part",
    "earliest",
    "latest",
    "latest_begin",
    "earliest_end",
)


def _since_then(reading: _Reading, sentence: str, end: int, published: dt.date) -> _Reading | None:
    """ "1999 óta", "október eleje óta": begun after the first day named, by its last,
    and still so at publication."""
    first, last = _named(reading, published)
    if first is None or last is None:
        return reading  # "hetek óta": going on, read so already
    if first > published:
        return None
    return _relative(
        reading,
        sentence,
        reading.start,
        end,
        earliest=first,
        latest=None,
        latest_begin=min(last, published),
        earliest_end=published,
    )


def _until(
    reading: _Reading, match: re.Match[str], published: dt.date, year_end: bool = False
) -> _Reading | None:
    """ "december végéig", "nyárra", "2030-ig": a deadline, from publication (if it is
    still to come) to the last day named; "csütörtökig zárva": a state begun by
    publication and over by then, and so is what is not done until then ("április 9-ig
    nem ad el részvényt"); "legalább január közepéig", "2027-ig sem lesz kész": not over
    before that part's first day; "legkorábban szerda estére" begins no earlier than that
    day (`_hedged` takes the word in). In a condition it is a deadline all the same ("ha a
    kormány a hónap végéig nem kezd tárgyalást", "ha … április közepéig sem érkeznek
    meg")."""
    first, last = _named(reading, published)
    if first is None or last is None:
        return None
    sentence = match.string
    clause_start, comma, _ = clause_of(match)
    conditional = bool(_CONDITION.search(sentence, clause_start, reading.start))
    at_least = _AT_LEAST.search(sentence, 0, reading.start)
    not_even = (  # "-ra sem" is a deadline still: "nyárra sem készülhet el"
        reading.text.lower().endswith("ig")
        and last >= published
        and not conditional
        and _NOT_EVEN.match(sentence, reading.end)
    )
    holds = bool(_STATE.search(sentence, clause_start, comma)) or (
        not conditional and _negated(match)
    )
    fields: dict[str, dt.date | None] = {
        "earliest": None,
        "latest": last,
        "latest_begin": None,
        "earliest_end": None,
    }
    if _EARLIEST_BEFORE.search(sentence, 0, reading.start):  # "legkorábban szerda estére"
        fields = {"earliest": first, "latest": None, "latest_begin": None, "earliest_end": None}
    elif at_least or not_even:  # "2027-ig sem lesz járható": not over before 2027 begins
        fields = {
            "earliest": None,
            "latest": None,
            "latest_begin": published,
            "earliest_end": last if year_end else first,  # "legalább az év végéig": its end
        }
    elif last < published or (last == published and not tells_of_future(match)):
        if holds:  # "péntek hajnalig elhúzódott"
            fields["earliest_end"] = first  # it lasted into that day
        # else over by then ("2024 végéig bejegyzett")
    elif holds:
        fields["latest_begin"] = published
    else:
        fields["earliest"] = published
    start = at_least.start() if at_least else reading.start
    return _relative(reading, sentence, start, reading.end, **fields)


def _negated(match: re.Match[str]) -> bool:
    """A "nem" after the time, in its clause or past a time set off beside it ("április
    9-ig, a lock-up időszak végéig nem ad el"), before any clause joined on."""
    text = match.string
    _, _, end = clause_of(match)
    joined = _JOINED_CLAUSE.search(text, match.end(), end)
    return bool(_NOT.search(text, match.end(), joined.start() if joined else end))


_JOINED_CLAUSE = re.compile(r",\s+(?:hogy|és|de|ha|mert|amely\w*|ami\w*|aki\w*|míg)\b", re.I)
# Not the "nem" inside a participle's prefix ("a ki nem fizetett bérek", "meg nem erősített").
_NOT = re.compile(r"(?<!\bki )(?<!\bbe )(?<!\bel )(?<!\bmeg )(?<!\bfel )(?<!\ble )\bnem\b", re.I)


def _joined(readings: list[_Reading], sentence: str, published: dt.date) -> list[_Reading]:
    """Neighbouring readings that are one time, each pair tried by the joins in turn
    (`_JOINS`): what one join made may take the next reading too ("augusztus 8-án,
    pénteken" + "11 órakor")."""
    joined: list[_Reading] = []
    for reading in readings:
        one = None
        for join in _JOINS if joined else ():
            one = join(joined[-1], reading, sentence, published)
            if one is not None:
                break
        if one is None:
            joined.append(reading)
        else:
            joined[-1] = one
    return joined


def _clock_of_day(
    day: _Reading, clock: _Reading, sentence: str, published: dt.date
) -> _Reading | None:
    """A clock time right after its day ("szerdán 14 és 15 óra között") is one time."""
    between = sentence[day.end : clock.start]
    if clock.shift != (0, "day") or day.precision != "day" or between.strip():
        return None
    return replace(day, text=sentence[day.start : clock.end], end=clock.end)


def _apposed(
    first: _Reading, second: _Reading, sentence: str, published: dt.date
) -> _Reading | None:
    """A date and its weekday set off by a comma ("augusztus 8-án, pénteken", "a múlt
    csütörtökön, október 22-én") are one day: the date's, which the weekday only names."""
    if not (
        first.precision == second.precision == "day"
        and first.shift is None
        and second.shift is None
        and _COMMA_GAP.fullmatch(sentence[first.end : second.start])
    ):
        return None
    named = [bool(_WEEKDAY_NAME.match(r.text)) for r in (first, second)]
    if named[0] == named[1]:
        return None
    date = second if named[0] else first
    return replace(first, text=sentence[first.start : second.end], end=second.end, value=date.value)


def _range(first: _Reading, second: _Reading, sentence: str, published: dt.date) -> _Reading | None:
    """A time from which ("-tól/-től", "csütörtök reggeltől") right before a time up to
    which ("-ig"), or two joined by "és … között", as one time: from the first day of the
    first to the last day of the second ("március elejétől május végéig", "hétfőtől
    április 25-ig", "július 28. és augusztus 4. között"), docs/annotation-format.md §4.3;
    none if the first begins after the second ends."""
    gap = sentence[first.end : second.start]
    from_to = second.text.lower().endswith("ig") and (
        (first.text.lower().endswith(("tól", "től")) and _FROM_TO_GAP.fullmatch(gap))
        or (first.precision == "day" and _DAYTIME_FROM.fullmatch(gap))
    )
    after = _BETWEEN_AFTER.match(sentence, second.end)
    between = after is not None and bool(_AND_GAP.fullmatch(gap))
    if not (from_to or between):
        return None
    begin, end = _named(first, published)[0], second.latest or _named(second, published)[1]
    if begin is None or end is None:
        return None
    weekday = _WEEKDAY_NAME.match(first.text)
    if weekday and not weekday["which"]:  # "hétfőtől április 25-ig": the Monday nearest now
        weeks = [begin + dt.timedelta(days=7 * k) for k in range(-2, 2)]
        nearest = min(
            (d for d in weeks if d <= end), key=lambda d: abs((d - published).days), default=None
        )
        if nearest is None:
            return None  # no such weekday near enough before the end: no guess
        begin = nearest
    if begin > end and not _YEAR_DIGITS.search(second.text):  # "novembertől januárig"
        end = _units_from(end + dt.timedelta(days=1), 1, "év") - dt.timedelta(days=1)
    if begin > end:
        return None
    stop = after.end() if between and after else second.end
    return _relative(
        first,
        sentence,
        first.start,
        stop,
        earliest=begin,
        latest=end,
        latest_begin=None,
        earliest_end=None,
    )


_YEAR_DIGITS = re.compile(r"\d{4}")
_FROM_TO_GAP = re.compile(r"\s+(?:(?:nagyjából|egészen|körülbelül)\s+)?(?:az?\s+)?", re.I)
_DAYTIME_FROM = re.compile(rf"\s+{_NAPSZAK}(?:tól|től)\s+", re.I)
_AND_GAP = re.compile(r"\.?\s+és\s+", re.I)
_BETWEEN_AFTER = re.compile(r"\s+között\b", re.I)
_WEEKDAY_NAME = re.compile(rf"(?P<which>(?:múlt|jövő)\s+)?{_WEEKDAY}", re.I)
_COMMA_GAP = re.compile(r",\s+")
_JOINS: tuple[Callable[[_Reading, _Reading, str, dt.date], _Reading | None], ...] = (
    _clock_of_day,
    _apposed,
    _range,
)


_ADJECTIVE = re.compile(r"(?:[^ó]i|-(?:as|es|os|ös))$", re.I)  # "tavalyi", "a 2010-es"
_DIGITS = tuple("0123456789")
# Words one of which a kind's pattern needs, to skip it fast where none is.
_NEEDS: dict[str, tuple[str, ...]] = {
    "date": _DIGITS,
    "numeric": _DIGITS,
    "decade": ("as év", "es év"),
    "century": ("század",),
    "dayrange": _DIGITS,
    "day": (*_DIGITS, "elsej"),
    "sincemonth": _DIGITS,
    "yearrange": _DIGITS,
    "year": _DIGITS,
    "yearsince": _DIGITS,
    "weekdays": WEEKDAYS_HU,
    "monthrange": ("között",),
    "weekday": WEEKDAYS_HU,
    "night": ("éj",),
    "since": ("azóta",),
    "sofar": ("eddig",),
    "yeartodate": ("eddig",),
    "soon": ("hamarosan", "rövidesen", "nemsokára", "közeljövő", "jövőben", "táv"),
    "within": ("belül",),
    "lastyear": ("ilyenkor",),
    "later": ("később",),
    "thesedays": ("napokban",),
    "nextday": ("másnap", "aznap", "előző nap"),
    "then_on": ("majd",),
    "hence": ("múlva",),
    "then": ("akkor", "ekkor", "addig"),
    "same": ("ugyan", "abban"),
    "after": ("után", "innentől", "ezentúl", "mostantól"),
    "event": ("után", "előtt", "óta", "idején", "ideje", "idejé", "csúcspontján", "végén", "kor"),
    "clock": ("óra", "-kor"),
    "daylong": ("napközben", "még"),
    "anchored": ("val ", "vel ", "pal ", "tel "),
    "ago": ("napja", "hónapja", "éve", "évtizede", "ezelőtt"),
    "weekpart": ("hét",),
    "lastweek": ("hét", "het"),
    "stretch": ("elmúlt", "utóbbi", "következő"),
    "schoolyear": ("tanév",),
    "quarter": ("negyedév",),
    "firstmonths": ("hónap",),
    "monthweek": ("első", "utolsó"),
    "halfyear": ("fel", "fél"),
    "sinceword": ("óta",),
}


_NEEDED = {kind: re.compile("|".join(map(re.escape, words))) for kind, words in _NEEDS.items()}


def _month_number(name: str) -> int:
    return MONTHS_HU.index(name.lower()) + 1


def _year_for(match: re.Match[str], month: int, day: int, published: dt.date) -> int:
    """The year stated, shifted by tavaly/jövőre, or the latest not after publication."""
    groups = match.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    word = (groups.get("yearword") or "").lower()
    if word:
        return published.year + _year_shift(word)
    if match.group(0).lower().endswith("i") and _INTO.match(match.string, match.end()):
        return published.year + (month < published.month)  # "a márciusi edzőtáborába"
    if month < published.month and surely_coming(match, _of_an_act(match)):
        return published.year + 1  # "januártól emelkedik", "a januári emelés … lesz"
    if (month, day) <= (published.month, published.day) or tells_of_future(match):
        return published.year  # "szeptember közepén átutaljuk" in August: this September
    return published.year - 1


# A noun in the illative after a month's adjective: going into it, so it is ahead
# ("meghívták a márciusi tatai edzőtáborába").
_INTO = re.compile(r"(?:\s+\w+i)?\s+\w+(?:ba|be)\b", re.I)


def _year_shift(word: str) -> int:
    """ "tavalyelőtt": -2; "tavaly", "múlt évben": -1; "jövőre", "jövő év": +1; "idén": 0."""
    if word.startswith("tavalyelőtt"):
        return -2
    if word.startswith("tavaly") or "múlt" in word or "előző" in word:
        return -1
    return 1 if "jövő" in word else 0


def _shift(which: str | None) -> int:
    """ "múlt"/"előző"/"tavalyi": one back, "jövő"/"következő": one ahead, else this one."""
    word = (which or "").strip().lower()
    return -1 if word in ("múlt", "előző", "tavalyi") else 1 if word in ("jövő", "következő") else 0


def _reading(match: re.Match[str], precision: Precision, **fields: object) -> _Reading:
    return _Reading(match.group(0), match.start(), match.end(), precision, **fields)  # type: ignore[arg-type]


def _date(match: re.Match[str], published: dt.date) -> _Reading | None:
    month = _month_number(match["month"]) if not match["month"].isdigit() else int(match["month"])
    try:
        day = dt.date(int(match["year"]), month, _day_number(match))
    except ValueError:
        return None
    return _reading(match, "day", value=day.isoformat(), confidence=0.95)


def _day(match: re.Match[str], published: dt.date) -> _Reading | None:
    """A day without a year: the year stated by a word, else the closest to publication
    (news announce days ahead: "március 20-án tárgyalja" in early March is this March);
    since it ("március 15-e óta"), the latest not after publication."""
    month, day_number = _month_number(match["month"]), _day_number(match)
    try:
        if match["yearword"]:
            day = dt.date(_year_for(match, month, day_number, published), month, day_number)
        elif _SINCE_AFTER.match(match.string, match.end()):  # "március 15-e óta": gone by
            day = dt.date(published.year, month, day_number)
            day = day if day <= published else day.replace(year=published.year - 1)
        else:
            day = _closest(month, day_number, published)
    except ValueError:
        return None
    return _reading(match, "day", value=day.isoformat(), confidence=0.9)


def _day_number(match: re.Match[str]) -> int:
    """The day of the month a match names: its number, or 1 for "elseje"."""
    return int(match["day"]) if match["day"] else 1


def _closest(month: int, day: int, published: dt.date) -> dt.date:
    """The day of that month closest to publication, a year either side."""
    candidates = [dt.date(published.year + k, month, day) for k in (-1, 0, 1)]
    return min(candidates, key=lambda d: abs((d - published).days))


def _part(match: re.Match[str], published: dt.date) -> _Reading:
    text = match["month"].lower()
    if text.endswith("hónap"):
        words = match.group(0).lower()  # "a hónap", "hónap": this month
        first = _months_back(published, 1 if "múlt" in words else -1 if "jövő" in words else 0)
        year, month = first.year, first.month
    else:
        month = _month_number(text)
        year = _year_for(match, month, 1, published)
    named = not text.endswith("hónap")
    part_word = match["part"].lower()
    part: MonthPart = (
        "early"
        if part_word.startswith("elej")
        else "mid"
        if part_word.startswith("közep")
        else "late"
    )
    return _reading(
        match,
        "part-of-month",
        value=f"{year:04d}-{month:02d}",
        part=part,
        confidence=0.9,
        guess=named and _guessed(match, month, published),
        open_year=named and _open_year(match, month, year, published),
    )


def _month(match: re.Match[str], published: dt.date) -> _Reading:
    month = _month_number(match["month"])
    year = _year_for(match, month, 1, published)
    return _reading(
        match,
        "month",
        value=f"{year:04d}-{month:02d}",
        confidence=0.9,
        guess=_guessed(match, month, published),
        open_year=_open_year(match, month, year, published),
    )


def _open_year(match: re.Match[str], month: int, year: int, published: dt.date) -> bool:
    """A month gone by this year, named with no year nor year word, read as this year's
    only because no past verb says otherwise ("A januári emelést … folyósítja", "januártól
    emelkednek" in November): the year the article tells that month in settles it
    (`_settled`). An adjective only of an act ("a januári emelés"), not of data or of a
    thing ("a januári adatok", "a januári infláció" are of the January gone by)."""
    groups = match.groupdict()
    return (
        (not match.group(0).lower().endswith("i") or _of_an_act(match))
        and month < published.month
        and year == published.year
        and not (groups.get("year") or groups.get("yearword"))
        and not match.group(0).lower().endswith("óta")
        and tells_of_future(match)
    )


_ACT_AFTER = re.compile(r"(?:\s+\w+i)?\s+\w+(?:ás|és)\w*", re.I)  # "a januári (nyugdíj)emelést"


def _guessed(match: re.Match[str], month: int, published: dt.date) -> bool:
    """A month gone by this year, named with no year nor year word, as an adverb or as
    the adjective of an act, in a clause with no verb read ("januárban lép életbe",
    "márciusban 4 százalék", "a márciusi választáson indul"): last year's or next
    year's, nothing tells, and a date on the wrong side of publication is worse than
    none (a from-to it ends, "novembertől januárig tart", takes its year from its
    start; the year the article tells the month in settles it, `_settled`)."""
    groups = match.groupdict()
    return (
        month < published.month
        and not (groups.get("year") or groups.get("yearword"))
        and (not match.group(0).lower().endswith("i") or _of_an_act(match))
        and untold(match)
    )


def _of_an_act(match: re.Match[str]) -> bool:
    """Whether a month's adjective names the time of an act ("a januári emelés", "a
    márciusi választáson"), not of data or a thing ("a januári adatok")."""
    return match.group(0).lower().endswith("i") and bool(
        _ACT_AFTER.match(match.string, match.end())
    )


def _month_range(match: re.Match[str], published: dt.date) -> _Reading:
    """ "június és augusztus között": the first day of the first month to the last of the
    second, the first's year read as a lone month's, the second in the year after if it
    comes earlier in the calendar ("november és február között")."""
    month, second = _month_number(match["month"]), _month_number(match["second"])
    year = _year_for(match, month, 1, published)
    end = _months_back(dt.date(year + (second < month), second, 1), -1) - dt.timedelta(days=1)
    return _reading(match, "relative", earliest=dt.date(year, month, 1), latest=end, confidence=0.8)


def _last_month(match: re.Match[str], published: dt.date) -> _Reading:
    """ "a múlt hónapban" / "jövő hónapban": the month before / after publication's."""
    first = _months_back(published, 1 if "jövő" not in match.group(0).lower() else -1)
    return _reading(match, "month", value=f"{first.year:04d}-{first.month:02d}", confidence=0.8)


def _week_monday(published: dt.date, which: str | None) -> dt.date:
    """The Monday of publication's week, or of the week before / after."""
    return published - dt.timedelta(days=published.weekday() - 7 * _shift(which))


def _last_week(match: re.Match[str], published: dt.date) -> _Reading:
    """ "a múlt héten", "jövő héten", "ezen a héten", "jövő heti": Monday to Sunday of
    that week; "a héten" in a past clause: its Monday to publication."""
    monday = _week_monday(published, match["which"])
    sunday = monday + dt.timedelta(days=6)
    if not match["which"] and not tells_of_future(match):
        sunday = published  # "a héten jelentették be": by now
    return _reading(match, "relative", earliest=monday, latest=sunday, confidence=0.8)


# Days of a week (Monday = 0) a part of it covers.
_WEEK_PARTS = {
    "elején": (0, 1),
    "elejéig": (0, 1),
    "közepén": (2, 3),
    "végén": (4, 6),
    "végéig": (4, 6),
    "weekend": (5, 6),
    "első felében": (0, 2),
    "második felében": (3, 6),
}


def _week_part(match: re.Match[str], published: dt.date) -> _Reading:
    """ "a hét elején" (Monday-Tuesday), "a hét közepén", "a múlt hét végén"
    (Friday-Sunday), "hétvégén" (Saturday-Sunday); a part still ahead in a clause with
    a past verb is last week's."""
    monday = _week_monday(published, match["which"])
    part = " ".join((match["part"] or "weekend").lower().split())
    first, last = _WEEK_PARTS[part]
    ahead = not match["which"] and monday + dt.timedelta(days=first) > published
    if ahead and not tells_of_future(match):  # "a hétvégén meghaladta": the weekend gone by
        monday -= dt.timedelta(days=7)
    return _reading(
        match,
        "relative",
        earliest=monday + dt.timedelta(days=first),
        latest=monday + dt.timedelta(days=last),
        confidence=0.7,
    )


_OPENINGS = '–—„"(:.!?'  # what a sentence or a quotation may begin after
_INDEFINITE_BEFORE = re.compile(r"\begy\s+(?:\w+\s+)?$", re.I)
_PLURAL_NEXT = re.compile(
    r"\s+\w+(?:ok|ek|ök|ak)(?:ban|ben|on|en|ön|ra|re|at|et|ot|öt|ba|be)?\b", re.I
)


def _season(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "tavaly ősszel", "2024 nyarán", "télen": the three months of the season, of the
    year stated, else the latest such season begun by publication, or told of the
    future ("ha ősszel sem lesz csapadék", "nyárra elkészül") the next one not over
    before it. A season's adjective whose season is over this year, in a clause whose
    tense nothing tells ("a nyári aszály miatt kevesebb a termés", in November), is this
    year's or next year's: no time."""
    word = match["season"].lower()
    if word.endswith("i") and _PLURAL_NEXT.match(match.string, match.end()):
        return None  # "a nyári csúcsidőszakokban": any summer's
    if _INDEFINITE_BEFORE.search(match.string, 0, match.start()):
        return None  # "egy aszályos nyáron", "egy őszi napon": some season, any year's
    first_month = next(m for stem, m in _SEASONS.items() if word.startswith(stem))
    if (match["yearword"] or "").lower() == "jövő":  # "jövő tavasszal": the next one to begin
        year = published.year + (dt.date(published.year, first_month, 1) <= published)
    elif match["year"] or match["yearword"]:
        year = _year_for(match, first_month, 1, published)
    elif tells_of_future(match):
        over = _months_back(dt.date(published.year, first_month, 1), -3) <= published
        if over and word.endswith("i") and untold(match):
            return None
        year = published.year + over
    else:
        year = published.year - (dt.date(published.year, first_month, 1) > published)
    return _season_reading(match, year, first_month, confidence=0.7)


def _weekday(match: re.Match[str], published: dt.date) -> _Reading:
    """The latest such weekday not after publication ("múlt": in the week before),
    the next one after it ("jövő"); "óta" and "-ig" are read by `_bounded`."""
    day = _weekday_date(match, match["weekday"], published, fixed=bool(match["since"]))
    return _reading(match, "day", value=day.isoformat(), confidence=0.85)


def _weekdays(match: re.Match[str], published: dt.date) -> _Reading:
    """ "péntektől vasárnapig", "kedden és szerdán": from the first day to the second,
    each read as a lone weekday would be."""
    first = _weekday_date(match, match["first"], published)
    last = _weekday_date(match, match["second"], published)
    if last < first and tells_of_future(match):
        last += dt.timedelta(days=7)
    elif last < first:  # "péntektől vasárnapig tartott" on a Saturday: last week's
        first -= dt.timedelta(days=7)
    return _reading(match, "relative", earliest=first, latest=last, confidence=0.8)


def _weekday_date(
    match: re.Match[str], name: str, published: dt.date, fixed: bool = False
) -> dt.date:
    """The day a weekday name means: the latest not after publication, the one of the
    week before ("múlt") or after ("jövő"), or the coming one in a clause with no past
    verb ("csütörtökön egyeztet"), unless `fixed` (since then: it is gone by)."""
    weekday = next(i for i, stem in enumerate(WEEKDAYS_HU) if name.lower().startswith(stem))
    groups = match.groupdict()
    back = (published.weekday() - weekday) % 7
    if groups.get("last"):
        back = published.weekday() + 7 - weekday
    elif groups.get("next"):  # "jövő szombaton": the next Saturday after publication
        back = -((weekday - published.weekday()) % 7 or 7)
    elif back and not fixed and tells_of_future(match):
        back -= 7
    return published - dt.timedelta(days=back)


def _year(match: re.Match[str], published: dt.date) -> _Reading:
    year = _year_for(match, 1, 1, published)
    return _reading(match, "year", value=f"{year:04d}", confidence=0.9)


def _year_range(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "2021 és 2023 között", "2021-2023": 1 January of the first to 31 December of
    the last."""
    first, last = int(match["year"]), int(match["last"])
    if not 1900 < first < last < 2200:
        return None
    return _reading(
        match,
        "relative",
        earliest=dt.date(first, 1, 1),
        latest=dt.date(last, 12, 31),
        confidence=0.8,
    )


_QUARTERS = {"első": 1, "második": 2, "harmadik": 3, "negyedik": 4, "utolsó": 4}


def _quarter(match: re.Match[str], published: dt.date) -> _Reading:
    """ "az első negyedévben", "tavaly a negyedik negyedévben": the quarter's three months,
    of the year stated, else the latest such quarter begun by publication."""
    first_month = 3 * _QUARTERS[match["ordinal"].lower()] - 2
    if match["year"] or match["yearword"]:
        year = _year_for(match, first_month, 1, published)
    else:
        begun = published.month >= first_month or tells_of_future(match)
        year = published.year if begun else published.year - 1
    start = dt.date(year, first_month, 1)
    return _reading(
        match,
        "relative",
        earliest=start,
        latest=_months_back(start, -3) - dt.timedelta(days=1),
        confidence=0.7,
    )


def _year_since(match: re.Match[str], published: dt.date) -> _Reading:
    """ "2023 óta": the year, read by `_bounded` as since then."""
    return _reading(match, "year", value=match["year"], confidence=0.8)


def _school_year(match: re.Match[str], published: dt.date) -> _Reading:
    """ "a jövő tanévtől", "az idei tanévben", "a 2025/2026-os tanévben": 1 September to
    31 August of that school year (the current one begins in the September not after
    publication)."""
    first = published.year if published.month >= 9 else published.year - 1
    groups = match.groupdict()
    first = int(groups["first"]) if groups.get("first") else first + _shift(groups.get("which"))
    return _reading(
        match,
        "relative",
        earliest=dt.date(first, 9, 1),
        latest=dt.date(first + 1, 8, 31),
        confidence=0.7,
    )


def _year_word(match: re.Match[str], published: dt.date) -> _Reading:
    """ "tavaly(i)", "idén", "idei", "jövőre", "jövő évi": a year from publication's."""
    shift = _year_shift(match.group(0).lower())
    return _reading(match, "year", value=f"{published.year + shift:04d}", confidence=0.85)


def _month_week(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "április első hetében" (days 1-7), "március utolsó hetében" (its last seven days),
    "a hónap utolsó napján" (its last day), of the month named (its year as a lone
    month's, none when its tense is not told) or of publication's ("a hónap")."""
    if match["month"]:
        month = _month_number(match["month"])
        if _guessed(match, month, published):
            return None
        first = dt.date(_year_for(match, month, 1, published), month, 1)
    else:
        first = published.replace(day=1)
    last = _months_back(first, -1) - dt.timedelta(days=1)
    start = first if match["which"].lower() == "első" else last
    if match["unit"].lower() == "nap":
        return _reading(match, "day", value=start.isoformat(), confidence=0.7)
    week = (
        (start, start + dt.timedelta(days=6))
        if start == first
        else (last - dt.timedelta(days=6), last)
    )
    return _reading(match, "relative", earliest=week[0], latest=week[1], confidence=0.7)


def _first_months(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "az év első nyolc hónapjában", "2025 első öt hónapjában", "idén az első négy
    hónapban": from 1 January to the last day of that month of the year stated, else of
    publication's (last year's if that month is still to come)."""
    word = match["count"].lower()
    count = int(word) if word.isdigit() else parse_number_word(word)
    if count is None or not 1 < count < 12:
        return None
    if match["year"]:
        year = int(match["year"])
    elif match["yearword"]:
        year = published.year + _year_shift(match["yearword"].lower())
    else:
        year = published.year - (count > published.month)
    end = _months_back(dt.date(year, count, 1), -1) - dt.timedelta(days=1)
    return _reading(match, "relative", earliest=dt.date(year, 1, 1), latest=end, confidence=0.7)


def _year_part(match: re.Match[str], published: dt.date) -> _Reading:
    """ "az év elején", "2028 végén", "2025 végi", "jövő év elejétől", "az év hátralévő
    részében", "az év folyamán": the year (kb has no part of a year); "jövő év elejéig",
    "2027 végére" are deadlines to its end (`_bounded`)."""
    year = int(match["year"]) if match["year"] else published.year
    year += _year_shift((match["yearword"] or "").lower())
    return _reading(match, "year", value=f"{year:04d}", confidence=0.7)


def _stretch(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "az elmúlt két évben" (two years up to publication), "a következő napokban"
    (from publication, open), "az elmúlt években" (open, up to publication), "az elmúlt
    24 órában" (from the day before publication)."""
    word, unit = (match["count"] or "").lower(), match["unit"].lower()
    sign = 1 if match["dir"].lower().endswith("következő") else -1  # "elmúlt": up to now
    count = None
    if word in ("fél", "másfél") and unit == "év":  # "az elmúlt fél évben": six months
        count, unit = 6 if word == "fél" else 18, "hónap"
    elif word:
        count = int(word) if word.isdigit() else parse_number_word(word)
        if count is None:
            return None
    if count is None and unit == "nap" and sign < 0:
        count = _LAST_DAYS  # "az elmúlt napokban": the last three days
    elif count is None and sign < 0 and not match["plural"]:
        count = 1  # "az elmúlt évtizedben": the one decade up to publication
    if unit == "évtized" and count:
        count, unit = 10 * count, "év"
    if unit == "órá":  # "az elmúlt 24 órában": the days those hours reach back to
        count, unit = -(-(count or 1) // 24), "nap"
    other = _units_from(published, sign * count, unit) if count else None
    earliest, latest = (other, published) if sign < 0 else (published, other)
    return _reading(match, "relative", earliest=earliest, latest=latest, confidence=0.6)


def _units_from(day: dt.date, count: int, unit: str) -> dt.date:
    """The day `count` days, weeks, months or years after `day` (before, if negative)."""
    if unit == "nap":
        return day + dt.timedelta(days=count)
    if unit in ("het", "hét"):
        return day + dt.timedelta(days=7 * count)
    first = _months_back(day, -count * (12 if unit == "év" else 1))
    last = (_months_back(first, -1) - dt.timedelta(days=1)).day
    return first.replace(day=min(day.day, last))


def _since_month(match: re.Match[str], published: dt.date) -> _Reading:
    """ "2022 márciusa óta": the month, read by `_bounded` as since then."""
    month = _month_number(match["month"])
    return _reading(match, "month", value=f"{match['year']}-{month:02d}", confidence=0.8)


def _since_word(match: re.Match[str], published: dt.date) -> _Reading:
    """ "hetek óta", "évek óta": going on at publication; "tavaly óta" last year; a
    season, "a nyár óta" (the latest begun by publication), "tavaly tavasz óta", "2023
    ősze óta": the season, read by `_bounded` as since then."""
    if match["plural"]:
        return _ongoing(match, published)
    season = (match["season"] or "").lower()
    if not season:
        return _reading(match, "year", value=f"{published.year - 1:04d}", confidence=0.8)
    first_month = next(m for stem, m in _SEASONS.items() if season.startswith(stem))
    if match["year"] or match["yearword"]:
        year = _year_for(match, first_month, 1, published)
    else:
        year = published.year - (dt.date(published.year, first_month, 1) > published)
    return _season_reading(match, year, first_month, confidence=0.8)


def _season_reading(
    match: re.Match[str], year: int, first_month: int, confidence: float
) -> _Reading:
    """The season of that year that begins with that month: its three months."""
    start = dt.date(year, first_month, 1)
    end = _months_back(start, -3) - dt.timedelta(days=1)
    return _reading(match, "relative", earliest=start, latest=end, confidence=confidence)


def _half_year(match: re.Match[str], published: dt.date) -> _Reading:
    """ "az év második felében", "2026 második felében", "2025 első félévében": July to
    December (January to June) of the year (no half-year precision)."""
    which = (match.group("which") or match.group("which2") or "").lower()
    stated = match["year"] or match["year2"]
    year = int(stated) if stated else published.year + _year_shift(which)
    first = (match.group("half") or match.group("halfyear")).lower() == "első"
    return _reading(
        match,
        "relative",
        earliest=dt.date(year, 1 if first else 7, 1),
        latest=dt.date(year, 6, 30) if first else dt.date(year, 12, 31),
        confidence=0.7,
    )


def _ago(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "két évvel ezelőtt", "két éve", "két évtizede": the year that many years before
    publication's; "három napja", "két héttel ezelőtt" that day, "egy hónapja" that month
    (counted from publication). With
    no past verb a state counted back ("huszonkét éve tartok pulykát"), and what has not
    happened for so long ("harminc éve nem láttam"): begun by the last day of that year
    (month, day) and still so."""
    word = match["count"].lower()
    count = int(word) if word.isdigit() else parse_number_word(word)
    if count is None or count > 1000:
        return None
    unit = (match["unit"] or match["since"]).lower()
    if unit == "évtized":  # "két évtizede": twenty years
        count, unit = 10 * count, "év"
    if unit == "hét":  # "két héttel ezelőtt": that day, fourteen days back
        count, unit = 7 * count, "nap"
    if unit == "év":
        named = _reading(match, "year", value=f"{published.year - count:04d}", confidence=0.7)
    elif unit == "hónap":
        first = _months_back(published, count)
        named = _reading(match, "month", value=f"{first:%Y-%m}", confidence=0.6)
    else:
        day = published - dt.timedelta(days=count)
        named = _reading(match, "day", value=day.isoformat(), confidence=0.6)
    start, comma, end = clause_of(match)
    if match.string.startswith(",", match.end()):
        comma = end  # "hét éve, 2019 tavaszán született": set off, its verb is past the comma
    not_since = bool(match["since"] and _NOT_SINCE.match(match.string, match.end()))
    if not match["since"] or (any(PAST.finditer(match.string, start, comma)) and not not_since):
        return named
    last = _named(named, published)[1]
    return replace(
        named, precision="relative", value=None, latest_begin=last, earliest_end=published
    )


_NOT_SINCE = re.compile(r"\s+(?:nem|sem|senki|semmi|soha)\b", re.I)


def _hence(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "két év múlva", "három nap múlva", "fél év múlva": counted on from publication, at
    the unit's precision; "két-három év múlva" from the first of those years to the
    last."""
    unit = match["unit"].lower()
    if match["count"].lower() == "fél" and unit == "év":  # "fél év múlva": six months
        return _reading(
            match, confidence=0.6, **_at_unit(_units_from(published, 6, "hónap"), "hónap")
        )
    counts = [
        int(word) if word.isdigit() else parse_number_word(word)
        for word in match["count"].lower().split("-")
    ]
    if None in counts or len(counts) > 2:
        return None
    low, high = (c for c in (counts[0], counts[-1]) if c is not None)
    if unit == "év" and high > low:
        first, last = dt.date(published.year + low, 1, 1), dt.date(published.year + high, 12, 31)
        return _reading(match, "relative", earliest=first, latest=last, confidence=0.6)
    if high != low:
        return None
    return _reading(match, confidence=0.6, **_at_unit(_units_from(published, low, unit), unit))


def _at_unit(day: dt.date, unit: str) -> dict[str, Any]:
    """A time counted in years, months or days is that year, month or day (§4.3: "as
    the unit"), whatever the precision of what it was counted from."""
    if unit == "év":
        return {"precision": "year", "value": str(day.year)}
    if unit == "hónap":
        return {"precision": "month", "value": f"{day:%Y-%m}"}
    return {"precision": "day", "value": day.isoformat()}


def _century(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "a 19. században": its years 01 to 00 (1801-01-01 to 1900-12-31); "a 7. század
    második felében/felétől": years 51 to 00; "óta", "-tól … -ig" read around it."""
    last = 100 * int(match["ordinal"])
    if not 0 < last <= published.year + 100:
        return None
    first = last - 99
    if match["half"]:
        first, last = (first, first + 49) if match["half"].lower() == "első" else (first + 50, last)
    return _reading(
        match,
        "relative",
        earliest=dt.date(first, 1, 1),
        latest=dt.date(last, 12, 31),
        confidence=0.7,
    )


def _decade(match: re.Match[str], published: dt.date) -> _Reading:
    """ "a 2010-es években": 1 January 2010 to 31 December 2019; its "elején",
    "közepén", "végén": years 0-3, 4-6, 7-9 of it."""
    first = int(match["decade"]) if match["decade"] else _TENS[match["tens"].lower()[:4]]
    low, high = _DECADE_PARTS[(match["part"] or "").lower()]
    return _reading(
        match,
        "relative",
        earliest=dt.date(first + low, 1, 1),
        latest=dt.date(first + high, 12, 31),
        confidence=0.7,
    )


# "a hetvenes évek": a decade named by its tens is of the 1900s (not "húszas": the 2020s too).
_TENS = {
    "harm": 1930,
    "negy": 1940,
    "ötve": 1950,
    "hatv": 1960,
    "hetv": 1970,
    "nyol": 1980,
    "kile": 1990,
}
_DECADE_PARTS = {
    "": (0, 9),
    "elején": (0, 3),
    "elejéig": (0, 3),
    "közepén": (4, 6),
    "végén": (7, 9),
    "végéig": (7, 9),
    "végére": (7, 9),
}


def _day_range(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "október 15. és 20. között", "október 15–20.": the first day to the last, of the
    year stated, else the one closest to publication."""
    month, first, last = _month_number(match["month"]), int(match["day"]), int(match["last"])
    try:
        if match["year"]:
            start = dt.date(int(match["year"]), month, first)
        else:
            start = _closest(month, first, published)
        end = start.replace(day=last)
    except ValueError:
        return None
    if end <= start:
        return None
    return _reading(match, "relative", earliest=start, latest=end, confidence=0.8)


def _soon(match: re.Match[str], published: dt.date) -> _Reading:
    """ "hamarosan", "a közeljövőben": from publication on, its end not stated."""
    return _reading(match, "relative", earliest=published, confidence=0.6)


def _ongoing(match: re.Match[str], published: dt.date) -> _Reading:
    """ "jelenleg", "most", "mostani", "egyelőre", "még mindig", "még nem", "ma is",
    "mára", "továbbra is", "napjainkban", "régóta": begun by publication and not over
    before it."""
    return _reading(
        match, "relative", latest_begin=published, earliest_end=published, confidence=0.7
    )


def _already(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "már" with a past verb: over by publication; with a present one going on then.
    "már csak", "már nem" ("no more", "only") say how, not when."""
    if _ALREADY_NOT_A_TIME.match(match.string, match.end()):
        return None
    no_more = _NO_MORE.match(match.string, match.end())
    if no_more:  # "már nem a jövő": no longer, going on
        ongoing = _ongoing(match, published)
        return replace(ongoing, text=match.group(0) + no_more.group(0), end=no_more.end())
    if tells_of_future(match, comma_bounded=True):
        return _ongoing(match, published)
    return _before(match, published)


_ALREADY_NOT_A_TIME = re.compile(r"\s+(?:csak|sem)\b", re.I)
_NO_MORE = re.compile(r"\s+nem\b", re.I)


def _still(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "még" with a present verb ("még hiányzik", "még jóvá kell hagynia"): going on at
    publication; in a past clause ("a 20. percben még vezettek") it is the narrative's."""
    return _ongoing(match, published) if tells_of_future(match, comma_bounded=True) else None


def _later(match: re.Match[str], published: dt.date) -> _Reading:
    """ "később" of what is still to come: from publication on; in a past clause after
    the time just told and over by publication, as "ezután" ("2024 júniusában … szabott
    ki, amelyet a Bizottság később levont"; with no time told before, none)."""
    if tells_of_future(match):
        return _soon(match, published)
    return _reading(match, "relative", shift=(0, "ezután"), confidence=0.5)


def _these_days(match: re.Match[str], published: dt.date) -> _Reading:
    """ "a napokban": told in the past the last days, as "az elmúlt napokban" (three days
    up to publication); else the coming ones, as "a következő napokban" (from
    publication, open)."""
    if tells_of_future(match):
        return _soon(match, published)
    earliest = published - dt.timedelta(days=_LAST_DAYS)
    return _reading(match, "relative", earliest=earliest, latest=published, confidence=0.6)


_LAST_DAYS = 3  # "az elmúlt napokban" (docs/annotation-format.md §4.3)


def _next_day(match: re.Match[str], published: dt.date) -> _Reading:
    """ "másnap" (the day after the day of what happened last told), "az előző napon" (the
    day before it), "aznap" (that day), counted by `_day_after`."""
    word = match.group(0).lower()
    count = 1 if word == "másnap" else 0 if word == "aznap" else -1
    return _reading(match, "day", shift=(count, _NEXT_DAY), confidence=0.6)


_NEXT_DAY = "a nap után"


def _day_after(reading: _Reading, occurred: list[TimeExpression]) -> _Reading | None:
    """The day `reading.shift` days after the last day told of what happened ("hétfőn
    eltávolították … Másnap már fel tudtam ülni": Tuesday), none if no day was told."""
    if reading.shift is None or not occurred or not occurred[-1].value:
        return None
    day = dt.date.fromisoformat(occurred[-1].value) + dt.timedelta(days=reading.shift[0])
    return replace(reading, value=day.isoformat(), shift=None)


def _then_on(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "majd" after a word of its clause ("alkalmaz majd", "zajlik majd"): from
    publication on; not the "majd" that goes on with a narrative (", majd elmenekült",
    "előbb …, majd"), nor one in a past clause, nor "és majd" joining clauses."""
    if _AND_BEFORE.search(match.string, 0, match.start()):
        return None
    return _soon(match, published) if tells_of_future(match, comma_bounded=True) else None


_AND_BEFORE = re.compile(r"\b(?:és|s|aztán|előbb)\s+$", re.I)


def _same(match: re.Match[str], published: dt.date) -> _Reading:
    """ "ugyanekkor": the time just told, "ugyanebben az időszakban": the period just
    told, not a day (`_from_anchor`); "tavaly ugyanekkor": that time a year earlier;
    "(ugyan)abban az évben", "abban a hónapban": the year or month of the time just told
    ("1964-ben végezte el, és még abban az évben szerződött": 1964)."""
    if match["year"] or match["month"]:
        unit = "év" if match["year"] else "hónap"
        return _reading(match, "relative", shift=(0, unit), confidence=0.6)
    unit = "időszak" if match.group(0).lower().endswith("időszakban") else "akkor"
    return _reading(
        match, "relative", shift=(0, f"tavaly {unit}" if match["last"] else unit), confidence=0.6
    )


def _then(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "akkor", "ekkor": the time pointed to; "addig": over by its end (`_from_anchor`),
    and of a state still holding ("addig a belső kifutóban marad") begun by publication;
    in a condition a deadline still to come ("ha a gyep addig nem zöldül ki"). Never the
    "akkor" of a condition ("ha …, akkor", "akkor nyithat újra, ha …")."""
    word = "addig" if match.group(0).lower() == "addig" else "akkor"  # "ekkor": the same
    if word != "addig" and (
        _CONDITION.search(match.string, 0, match.start())
        or _CONDITION_AFTER.match(match.string, match.end())
    ):
        return None
    if word == "addig" and _UNTIL_CLAUSE.search(match.string, match.end()):
        return None  # "addig marad, amíg …": until a condition, not a time told
    start, comma, _ = clause_of(match)
    if word == "addig" and _CONDITION.search(match.string, start, match.start()):
        word = "addig ha"  # a deadline: from publication, if it is still to come
    elif word == "addig" and _STATE.search(match.string, start, comma):
        word = "addig marad"  # a state that holds until then: begun by publication
    return _reading(match, "relative", shift=(0, word), confidence=0.6)


_CONDITION = re.compile(r"\b(?:ha|amennyiben|hogyha)\b", re.I)
_CONDITION_AFTER = re.compile(r"[^.;:–]*?,\s*(?:ha|amennyiben|hogyha)\b", re.I)
_UNTIL_CLAUSE = re.compile(r"\b(?:amíg|ameddig)\b", re.I)


def _event(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "a szavazás után", "a zárószavazás előtt" told in the past, and "néhány perccel a
    riasztás után", "a baleset idején", "az ítélet kihirdetésekor": counted from the
    day of the event (`_from_event`), with no day told no time; before what is still to
    come ("a temetés előtt ravatalt állítanak"), from publication to the end of the time
    told just before it (`_before_coming`); after it in a clause of what is to come ("a
    bevezetés után 54 százalékot tart meg"), from the day told with the event, its end
    open; with no day told of it (it may be still to come: "restaurálás után állítják
    ki"), no time."""
    if match["at"]:  # "az ítélet kihirdetésekor": at the event
        stem = match["at"].lower()[: -len("ásakor")]
        return _reading(match, "relative", shift=(0, "at"), event=stem, confidence=0.5)
    rel = match["rel"].lower()
    if rel == "előtt" and tells_of_future(match):
        return _reading(match, "relative", shift=(0, _COMING), confidence=0.5)
    if rel == "után" and tells_of_future(match):  # after an event gone by, still so: open
        stem = _EVENT_SUFFIX.sub("", match["noun"].lower())
        return _reading(match, "relative", shift=(0, _AFTER_OPEN), event=stem, confidence=0.5)
    unit = "at" if match["few"] or rel not in ("után", "előtt", "óta") else rel
    stem = _EVENT_SUFFIX.sub("", match["noun"].lower())
    days = _days_counted(match) if unit in ("után", "előtt") else 0
    possessed = bool(_POSSESSED.search(match["noun"]))  # "a bérvita kirobbanása után"
    return _reading(
        match,
        "relative",
        shift=(days, unit),
        event=stem,
        named_only=possessed,
        confidence=0.5,
    )


def _days_counted(match: re.Match[str]) -> int:
    """How many days "egy nappal", "két héttel" count from the event (0 with no count)."""
    if not match["count"]:
        return 0
    word = match["count"].lower()
    count = int(word) if word.isdigit() else parse_number_word(word) or 0
    return count * (7 if match["unit"].lower() == "héttel" else 1)


_EVENT_SUFFIX = re.compile(r"(?:ása|ése|ás|és|ók|ők|ok|ök|k)$")
_POSSESSED = re.compile(r"(?:ása|ése)$", re.I)


def _after(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "innentől", "ezentúl", "mostantól": from publication on; "ezután", "azután": after
    the time just told (`_from_anchor`)."""
    if match.group(0).lower() in ("ezután", "azután"):
        return _reading(match, "relative", shift=(0, "ezután"), confidence=0.5)
    return _soon(match, published)


def _within(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "harminc napon belül", "öt éven belül": from the day told before it in its
    sentence, else from publication, to that day plus the count (`_from_anchor`);
    "napokon belül": from publication, its end not stated."""
    word, unit = (match["count"] or "").lower(), match["unit"].lower()
    if _UNDATED_ANCHOR.search(match.string, 0, match.start()):
        return None  # "a lezárását követő 60 napon belül": counted from what has no date
    count = int(word) if word.isdigit() else parse_number_word(word) if word else None
    if count is None:  # "napokon belül", "akár napokon belül": from now, its end not told
        return _soon(match, published)
    if count > 1000:
        return None
    return _reading(match, "relative", shift=(count, f"within {unit}"), confidence=0.5)


_UNDATED_ANCHOR = re.compile(r"\b(?:követő|után)\s+(?:\w+\s+)?$", re.I)


def _last_year_now(match: re.Match[str], published: dt.date) -> _Reading:
    """ "tavaly ilyenkor": publication's month a year before."""
    return _reading(
        match, "month", value=f"{published.year - 1:04d}-{published.month:02d}", confidence=0.6
    )


def _clock(match: re.Match[str], published: dt.date) -> _Reading:
    """A clock time alone ("19 óra 32 perckor"), "napközben" (in the course of the day)
    and "még délelőtt" (that very morning): the day the text is on, the last day told
    before it (`_from_anchor`); none told, no time."""
    return _reading(match, "day", shift=(0, "day"), confidence=0.6)


def _night(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "éjjel", "éjszaka", "egész éjjel", "éjfélig" with no day named before them: the
    night before publication in a past clause, the coming one otherwise ("október 12-én
    éjjel" is that day's, read by the day)."""
    if _DAY_BEFORE.search(match.string, 0, match.start()):
        return None
    night = published - dt.timedelta(days=0 if tells_of_future(match) else 1)
    return _reading(
        match, "relative", earliest=night, latest=night + dt.timedelta(days=1), confidence=0.6
    )


_DAY_BEFORE = re.compile(rf"(?:\d\.?-?\w*|{_WEEKDAY}\w*|tegnap|ma|holnap)\s+$", re.I)


def _year_to_date(match: re.Match[str], published: dt.date) -> _Reading:
    """ "idén eddig": from 1 January to publication."""
    return _reading(
        match, "relative", earliest=dt.date(published.year, 1, 1), latest=published, confidence=0.7
    )


def _anchored(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "két nappal később", "egy évvel korábban": counted from the time told before it
    (`_from_anchor`), never from publication ("ezelőtt" is)."""
    counts = [
        int(word) if word.isdigit() else parse_number_word(word)
        for word in match["count"].lower().split("-")
    ]
    unit = {"nappal": "nap", "héttel": "hét", "hónappal": "hónap", "évvel": "év"}[
        match["unit"].lower()
    ]
    if None in counts or (len(counts) > 1 and unit != "év"):
        return None
    sign = 1 if match["dir"].lower().startswith(("később", "utána")) else -1
    low, high = (sign * c for c in (counts[0], counts[-1]) if c is not None)
    return _reading(match, "relative", shift=(low, unit), spread=high - low, confidence=0.6)


def _since(match: re.Match[str], published: dt.date) -> _Reading:
    """ "azóta": from the time told before it to publication (`_from_anchor`)."""
    return _reading(match, "relative", shift=(0, ""), confidence=0.6)


def _from_anchor(
    reading: _Reading, before: list[TimeExpression], published: dt.date
) -> _Reading | None:
    """A time counted from the last time told before it, in its sentence or the one
    before: "azóta" from that time's first day to publication; "két nappal később" that
    day shifted, at its precision ("egy évvel korábban" after "tavaly": the year before).
    None when no such time is there to count from."""
    if not before or reading.shift is None:
        return None
    count, unit = reading.shift
    if not count and unit in ("év", "hónap"):  # "abban az évben": the year of the time told
        return _of_the_time(reading, before, unit)
    if unit == _COMING:
        return _before_coming(reading, before[-1], published)
    if unit == "day":  # a clock time: the last day told
        days = [t for t in before if t.precision == "day"]
        return replace(reading, value=days[-1].value, shift=None) if days else None
    if count:  # "két nappal később": from the last date (a night: its evening), not "ezután"
        counted = [t for t in before if t.precision != "relative" or _a_night(t)]
    elif unit.endswith("időszak"):  # "ugyanebben az időszakban": the period the passage
        counted = [t for t in before if t.precision != "day"][:1]  # is of, its first
    else:
        counted = []
    anchor = (counted or before)[-1]
    earliest, latest = bounds(anchor, published)
    if unit in _SAME:  # the same time as the one pointed to
        if anchor.precision == "relative" and earliest is None:
            return None  # "korábban … akkor": nothing to point to
        meaning = _meaning(anchor)
        return replace(
            reading, shift=None, **(_a_year_before(meaning) if "tavaly" in unit else meaning)
        )
    if unit == "ezután":  # after the time told: over by publication if told in the past
        if earliest is None or earliest > published:
            return None
        return replace(reading, earliest=earliest, latest=published, shift=None)
    if unit in _UNTIL_THEN:  # over by the end of the time pointed to
        if latest is None:
            return None
        ahead = latest > published
        begun = published if ahead and unit == "addig marad" else None  # a state: begun
        first = published if ahead and unit == "addig ha" else None  # a deadline: to come
        return replace(reading, earliest=first, latest=latest, latest_begin=begun, shift=None)
    if not count and unit == "":  # "azóta": begun after its first day, going on
        if earliest is None or earliest > published:
            return None
        return replace(
            reading,
            earliest=earliest,
            latest_begin=published,
            earliest_end=published,
            shift=None,
        )
    if anchor.precision == "year" and unit == "év" and anchor.value:
        year = int(anchor.value) + count
        if reading.spread:  # "egy-két évvel később": the first to the last of those years
            low, high = sorted((year, year + reading.spread))
            return replace(
                reading, earliest=dt.date(low, 1, 1), latest=dt.date(high, 12, 31), shift=None
            )
        return replace(reading, precision="year", value=f"{year:04d}", shift=None)
    if reading.spread:
        return None
    if anchor.precision == "month" and unit in ("év", "hónap") and anchor.value:
        month = dt.date.fromisoformat(f"{anchor.value}-01")
        moved = _months_back(month, -count * (12 if unit == "év" else 1))
        return replace(reading, precision="month", value=f"{moved:%Y-%m}", shift=None)
    if (anchor.precision == "day" or _a_night(anchor)) and earliest is not None:
        moved = _units_from(earliest, count, unit)
        return replace(reading, shift=None, **_at_unit(moved, unit))
    if anchor.precision == "relative" and earliest and latest and unit in ("év", "hónap"):
        months = count * (12 if unit == "év" else 1)  # "az első negyedévben … egy évvel korábban"
        return replace(
            reading,
            earliest=_units_from(earliest, months, "hónap"),
            latest=_units_from(latest + dt.timedelta(days=1), months, "hónap")
            - dt.timedelta(days=1),
            shift=None,
        )
    return None


_SAME = ("akkor", "időszak", "tavaly akkor", "tavaly időszak")
_UNTIL_THEN = ("addig", "addig marad", "addig ha")


_COMING = "előtt, még hátravan"


def _before_coming(
    reading: _Reading, anchor: TimeExpression, published: dt.date
) -> _Reading | None:
    """Before an event still to come ("A temetés előtt ravatalt állítanak" after "augusztus
    8-án temetik"): from publication to the end of the time told just before it, when
    that time is all still to come; else nothing tells when the event is."""
    earliest, latest = bounds(anchor, published)
    if earliest is None or latest is None or earliest <= published:
        return None
    return replace(reading, earliest=published, latest=latest, shift=None)


def _of_the_time(reading: _Reading, before: list[TimeExpression], unit: str) -> _Reading | None:
    """The year ("abban az évben") or month ("abban a hónapban") of the last time told
    with a date at least that precise; none told, no time."""
    width = 4 if unit == "év" else 7
    dated = [t.value for t in before if t.value and len(t.value) >= width]
    if not dated:
        return None
    precision: Precision = "year" if unit == "év" else "month"
    return replace(reading, precision=precision, value=dated[-1][:width], shift=None)


def _a_year_before(meaning: dict[str, Any]) -> dict[str, Any]:
    """The same time a year earlier ("tavaly ugyanebben az időszakban"): each date and
    the value moved back a year."""
    moved = {
        name: _units_from(field, -1, "év") if isinstance(field, dt.date) else field
        for name, field in meaning.items()
    }
    value = meaning["value"]
    if meaning["precision"] == "day" and value:
        moved["value"] = _units_from(dt.date.fromisoformat(value), -1, "év").isoformat()
    elif value:
        moved["value"] = f"{int(value[:4]) - 1:04d}{value[4:]}"  # "2025-01" → "2024-01"
    return moved


def _hedged(time: TimeExpression, sentence: Span, published: dt.date) -> TimeExpression:
    """ "legkorábban 2029-ben": begins no earlier than the time, its end not stated;
    "legkésőbb 2029-ben": over by its end, its begin not stated (a deadline still to
    come keeps its begin after publication: "legkésőbb február közepéig megállapodnak")."""
    if time.span is None:
        return time
    hedge = _HEDGE.search(sentence.text, 0, time.span.start - sentence.start)
    if hedge is None:
        return time
    earliest, latest = bounds(time, published)
    span = Span(
        sentence.text[hedge.start() : time.span.end - sentence.start],
        sentence.start + hedge.start(),
        time.span.end,
    )
    at_least = hedge["word"].lower() == "legkorábban"
    return replace(
        time,
        precision="relative",
        span=span,
        value=None,
        part=None,
        earliest=earliest if at_least or time.earliest == published else None,
        latest=None if at_least else latest,
    )


_HEDGE = re.compile(r"\b(?P<word>legkorábban|legkésőbb)\s+(?:az?\s+)?$", re.I)


def _today(match: re.Match[str], published: dt.date) -> _Reading:
    """ "ma", "a mai napon" (today), "tegnap", "holnap", and the starts
    "mától", "holnaptól" (from then on: the start's own day)."""
    word = _FROM_DAY.sub("", match.group(0).split()[0].lower()).replace("má", "ma")
    back = {"tegnap": 1, "tegnapelőtt": 2, "holnap": -1, "holnapután": -2}.get(word, 0)
    day = published - dt.timedelta(days=back)
    return _reading(match, "day", value=day.isoformat(), confidence=0.8)


_FROM_DAY = re.compile(r"tól$")


def _before(match: re.Match[str], published: dt.date) -> _Reading:
    return _reading(match, "relative", latest=published, confidence=0.7)


def _months_back(published: dt.date, count: int) -> dt.date:
    """The first day of the month `count` months before publication's."""
    index = published.year * 12 + published.month - 1 - count
    return dt.date(index // 12, index % 12 + 1, 1)


_INTERPRET: dict[str, Callable[[re.Match[str], dt.date], _Reading | None]] = {
    "date": _date,
    "numeric": _date,
    "part": _part,
    "day": _day,
    "month": _month,
    "monthrange": _month_range,
    "lastmonth": _last_month,
    "lastweek": _last_week,
    "weekpart": _week_part,
    "season": _season,
    "weekday": _weekday,
    "weekdays": _weekdays,
    "night": _night,
    "yeartodate": _year_to_date,
    "anchored": _anchored,
    "since": _since,
    "yearrange": _year_range,
    "year": _year,
    "yearsince": _year_since,
    "quarter": _quarter,
    "schoolyear": _school_year,
    "yearword": _year_word,
    "yearpart": _year_part,
    "firstmonths": _first_months,
    "monthweek": _month_week,
    "stretch": _stretch,
    "sincemonth": _since_month,
    "sinceword": _since_word,
    "halfyear": _half_year,
    "ago": _ago,
    "decade": _decade,
    "dayrange": _day_range,
    "soon": _soon,
    "sofar": _before,
    "today": _today,
    "before": _before,
    "already": _already,
    "ongoing": _ongoing,
    "still": _still,
    "later": _later,
    "thesedays": _these_days,
    "then_on": _then_on,
    "nextday": _next_day,
    "hence": _hence,
    "century": _century,
    "then": _then,
    "same": _same,
    "clock": _clock,
    "daylong": _clock,
    "after": _after,
    "within": _within,
    "lastyear": _last_year_now,
    "event": _event,
}
