"""Times counted from another time or from an event: "azóta", "két nappal később",
"akkor", "addig", "másnap", "ugyanekkor", "harminc napon belül", "a szavazás után".

The readings here only mark what they count from (`shift`, `event`); `find_times`
(`kb.extract.timex.article`) resolves them with `_from_anchor`, `_from_event`,
`_day_after` and `_counted_within`, since only the pass over the whole article knows
which times were told before.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from kb.extract.quantities import parse_number_word
from kb.extract.tense import clause_of, tells_of_future
from kb.extract.timex.patterns import _CONDITION, _STATE
from kb.extract.timex.reading import (
    _at_unit,
    _meaning,
    _months_back,
    _Reading,
    _reading,
    _units_from,
)
from kb.extract.timex.relative import _soon
from kb.model import Precision, TimeExpression
from kb.timespan import bounds

_AFTER_OPEN = "után, nyitva"
_EVENT_UNITS = ("után", "előtt", "óta", "at", _AFTER_OPEN)


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


def _later(match: re.Match[str], published: dt.date) -> _Reading:
    """ "később" of what is still to come: from publication on; in a past clause after
    the time just told and over by publication, as "ezután" ("2024 júniusában … szabott
    ki, amelyet a Bizottság később levont"; with no time told before, none)."""
    if tells_of_future(match):
        return _soon(match, published)
    return _reading(match, "relative", shift=(0, "ezután"), confidence=0.5)


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


def _clock(match: re.Match[str], published: dt.date) -> _Reading:
    """A clock time alone ("19 óra 32 perckor"), "napközben" (in the course of the day)
    and "még délelőtt" (that very morning): the day the text is on, the last day told
    before it (`_from_anchor`); none told, no time."""
    return _reading(match, "day", shift=(0, "day"), confidence=0.6)


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
