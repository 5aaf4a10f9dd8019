"""Date arithmetic for time expressions: their bounds and their human labels.

One place for the calendar rules of docs/design.md ("Time conventions"), shared by
`kb.mapping` (kb:earliest / kb:latest, rdfs:label of a kb:TimeSpan), `kb.extract`
and `kb.extract.evaluate`, so a month, a part of a month or a relative time means the same
days everywhere:

- day `2024-08-06`: that day; month `2024-06`: its first to its last day;
- part of a month: early = days 1-10, mid = 11-20, late = 21 to the last day;
- year `2024`: 1 January to 31 December;
- relative: the explicit bounds of its begin and its end; with none stated, "ended by
  publication" (latest end = the publication date), as for "korábban" or "nemrég".
  "Ongoing at" a day (már, továbbra is) is begun by it and not ended before it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from kb.model import MonthPart, Name, TimeExpression

MONTHS_HU = (
    "január", "február", "március", "április", "május", "június",
    "július", "augusztus", "szeptember", "október", "november", "december",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
PART_DAYS: dict[MonthPart, tuple[int, int | None]] = {
    "early": (1, 10),
    "mid": (11, 20),
    "late": (21, None),  # None: the month's last day
}


class Bounds(NamedTuple):
    """The four SEM / CIDOC-CRM bounds of a time; any may be open (None)."""

    earliest_begin: dt.date | None
    latest_begin: dt.date | None
    earliest_end: dt.date | None
    latest_end: dt.date | None


def bounds(te: TimeExpression, published: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The outer bounds of `te`: the earliest day it can begin and the latest it can end.

    Raises ValueError naming the time id when the value is not a real date of the
    stated precision (2024-02-30, a month 13) or the bounds contradict each other.
    """
    every = sem_bounds(te, published)
    return every.earliest_begin, every.latest_end


def sem_bounds(te: TimeExpression, published: dt.date) -> Bounds:
    """All four bounds of `te`. A calendar time lies within its days (begins no earlier
    than the first, ends no later than the last); a relative one has what it states."""
    if te.precision != "relative":
        first, last = _calendar_bounds(te)
        return Bounds(first, None, None, last)
    stated = Bounds(te.earliest, te.latest_begin, te.earliest_end, te.latest)
    if stated == Bounds(None, None, None, None):
        stated = stated._replace(latest_end=published)
    for (low, low_name), (high, high_name) in _ORDERED:
        first, last = getattr(stated, low), getattr(stated, high)
        if first is not None and last is not None and first > last:
            raise ValueError(f"time {te.id!r}: {low_name} {first} is after {high_name} {last}")
    return stated


_ORDERED = (
    (("earliest_begin", "earliest"), ("latest_end", "latest")),
    (("earliest_begin", "earliest"), ("latest_begin", "latest begin")),
    (("earliest_end", "earliest end"), ("latest_end", "latest")),
)
"""Bound pairs that must not be reversed (a begin cannot follow the latest end)."""


def describe(te: TimeExpression, published: dt.date) -> Name:
    """A label in Hungarian and English: "2024. október vége" / "late October 2024"."""
    every = sem_bounds(te, published)
    earliest, latest = every.earliest_begin, every.latest_end
    value = te.value or ""
    if te.precision == "day" and earliest is not None:
        return Name(_day_hu(earliest), _day_en(earliest))
    if te.precision == "month":
        return Name(_month_hu(value), _month_en(value))
    if te.precision == "part-of-month":
        part = te.part or "early"
        hu = {"early": "eleje", "mid": "közepe", "late": "vége"}[part]
        return Name(f"{_month_hu(value)} {hu}", f"{part} {_month_en(value)}")
    if te.precision == "year":
        return Name(value, value)
    if earliest is None and latest is None:
        return _describe_open(every)
    return _describe_range(earliest, latest)


# --- helpers ---------------------------------------------------------------------------

_PATTERNS = {
    "day": re.compile(r"(\d{4})-(\d{2})-(\d{2})"),
    "month": re.compile(r"(\d{4})-(\d{2})"),
    "part-of-month": re.compile(r"(\d{4})-(\d{2})"),
    "year": re.compile(r"(\d{4})"),
}


def _calendar_bounds(te: TimeExpression) -> tuple[dt.date, dt.date]:
    """First and last day of a day, month, part of a month or year value."""
    match = _PATTERNS[te.precision].fullmatch(te.value or "")
    if match is None:
        raise ValueError(
            f"time {te.id!r}: value {te.value!r} is not an ISO date of precision {te.precision}"
        )
    numbers = [int(group) for group in match.groups()]
    try:
        if te.precision == "day":
            day = dt.date(*numbers)
            return day, day
        if te.precision == "year":
            return dt.date(numbers[0], 1, 1), dt.date(numbers[0], 12, 31)
        year, month = numbers
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
    except (ValueError, calendar.IllegalMonthError) as error:
        raise ValueError(f"time {te.id!r}: {te.value!r} is not a real date ({error})") from None
    if te.precision == "month":
        return dt.date(year, month, 1), last
    if te.part is None:
        raise ValueError(f"time {te.id!r}: a part of a month needs part: early, mid or late")
    first_day, last_day = PART_DAYS[te.part]
    return dt.date(year, month, first_day), dt.date(year, month, last_day or last.day)


def _describe_range(earliest: dt.date | None, latest: dt.date | None) -> Name:
    if earliest is None and latest is not None:
        return Name(f"{_day_hu(latest)} előtt", f"before {_day_en(latest)}")
    if latest is None and earliest is not None:
        return Name(f"{_day_hu(earliest)} után", f"after {_day_en(earliest)}")
    assert earliest is not None and latest is not None  # bounds() guarantees one bound
    return Name(
        f"{_day_hu(earliest)} és {_day_hu(latest)} között",
        f"between {_day_en(earliest)} and {_day_en(latest)}",
    )


def _describe_open(every: Bounds) -> Name:
    """A time known only by when it had begun and/or not yet ended ("már", "továbbra is")."""
    begun, not_over = every.latest_begin, every.earliest_end
    if begun is not None and begun == not_over:
        return Name(f"{_day_hu(begun)} folyamatban", f"ongoing on {_day_en(begun)}")
    if begun is not None and not_over is not None:
        return Name(
            f"{_day_hu(begun)} előtt kezdődött, {_day_hu(not_over)} után ért véget",
            f"begun by {_day_en(begun)}, not over before {_day_en(not_over)}",
        )
    if begun is not None:
        return Name(f"{_day_hu(begun)} előtt kezdődött", f"begun by {_day_en(begun)}")
    assert not_over is not None  # sem_bounds() guarantees one bound
    return Name(f"{_day_hu(not_over)} után is tart", f"not over before {_day_en(not_over)}")


def _day_hu(day: dt.date) -> str:
    return f"{day.year}. {MONTHS_HU[day.month - 1]} {day.day}."


def _day_en(day: dt.date) -> str:
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def _month_hu(value: str) -> str:
    year, month = value.split("-")[:2]
    return f"{year}. {MONTHS_HU[int(month) - 1]}"


def _month_en(value: str) -> str:
    year, month = value.split("-")[:2]
    return f"{MONTHS_EN[int(month) - 1]} {year}"
