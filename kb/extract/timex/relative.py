"""Times counted from publication itself: "ma", "tegnap", "két éve", "három nap múlva", "az
elmúlt két évben", "hamarosan", "most", "már", "még", "éjjel", "a múlt hónapban".

Unlike `kb.extract.timex.dates` these name no calendar unit of their own: they are a
distance from the day of publication, or a state going on at it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from kb.extract.quantities import parse_number_word
from kb.extract.tense import PAST, clause_of, tells_of_future
from kb.extract.timex.patterns import _WEEKDAY
from kb.extract.timex.reading import _at_unit, _months_back, _named, _Reading, _reading, _units_from


def _last_month(match: re.Match[str], published: dt.date) -> _Reading:
    """ "a múlt hónapban" / "jövő hónapban": the month before / after publication's."""
    first = _months_back(published, 1 if "jövő" not in match.group(0).lower() else -1)
    return _reading(match, "month", value=f"{first.year:04d}-{first.month:02d}", confidence=0.8)


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


def _these_days(match: re.Match[str], published: dt.date) -> _Reading:
    """ "a napokban": told in the past the last days, as "az elmúlt napokban" (three days
    up to publication); else the coming ones, as "a következő napokban" (from
    publication, open)."""
    if tells_of_future(match):
        return _soon(match, published)
    earliest = published - dt.timedelta(days=_LAST_DAYS)
    return _reading(match, "relative", earliest=earliest, latest=published, confidence=0.6)


_LAST_DAYS = 3  # "az elmúlt napokban" (docs/annotation-format.md §4.3)


def _then_on(match: re.Match[str], published: dt.date) -> _Reading | None:
    """ "majd" after a word of its clause ("alkalmaz majd", "zajlik majd"): from
    publication on; not the "majd" that goes on with a narrative (", majd elmenekült",
    "előbb …, majd"), nor one in a past clause, nor "és majd" joining clauses."""
    if _AND_BEFORE.search(match.string, 0, match.start()):
        return None
    return _soon(match, published) if tells_of_future(match, comma_bounded=True) else None


_AND_BEFORE = re.compile(r"\b(?:és|s|aztán|előbb)\s+$", re.I)


def _last_year_now(match: re.Match[str], published: dt.date) -> _Reading:
    """ "tavaly ilyenkor": publication's month a year before."""
    return _reading(
        match, "month", value=f"{published.year - 1:04d}-{published.month:02d}", confidence=0.6
    )


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
