"""One time expression as read in a sentence (`_Reading`), and the calendar arithmetic of
its bounds.

Every reading module builds its `_Reading`s with `_reading`; `_meaning` passes what one
says to a `TimeExpression` and back, `_named` gives its first and last day (by
`kb.timespan.bounds`); `_units_from`, `_months_back` and `_at_unit` count days, weeks,
months and years the way docs/annotation-format.md §4.3 counts them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from kb.model import MonthPart, Precision, TimeExpression
from kb.timespan import bounds


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


def _reading(match: re.Match[str], precision: Precision, **fields: object) -> _Reading:
    return _Reading(match.group(0), match.start(), match.end(), precision, **fields)  # type: ignore[arg-type]


def _units_from(day: dt.date, count: int, unit: str) -> dt.date:
    """The day `count` days, weeks, months or years after `day` (before, if negative)."""
    if unit == "nap":
        return day + dt.timedelta(days=count)
    if unit in ("het", "hét"):
        return day + dt.timedelta(days=7 * count)
    first = _months_back(day, -count * (12 if unit == "év" else 1))
    last = (_months_back(first, -1) - dt.timedelta(days=1)).day
    return first.replace(day=min(day.day, last))


def _at_unit(day: dt.date, unit: str) -> dict[str, Any]:
    """A time counted in years, months or days is that year, month or day (§4.3: "as
    the unit"), whatever the precision of what it was counted from."""
    if unit == "év":
        return {"precision": "year", "value": str(day.year)}
    if unit == "hónap":
        return {"precision": "month", "value": f"{day:%Y-%m}"}
    return {"precision": "day", "value": day.isoformat()}


def _months_back(published: dt.date, count: int) -> dt.date:
    """The first day of the month `count` months before publication's."""
    index = published.year * 12 + published.month - 1 - count
    return dt.date(index // 12, index % 12 + 1, 1)
