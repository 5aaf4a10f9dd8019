"""One sentence's time expressions: the matches of `_PATTERNS`, read, bounded by the words
around them and joined with their neighbours.

`_readings` keeps the earliest and longest matches, none overlapping, and skips those
that are no time (a name's "Március", an average's "júniusi"); `_bounded` turns a
named time into what "óta", "-ig", "-ra/-re", "éjjel" make of it; `_joined` makes one
time of a from-to range ("hétfőtől április 25-ig"), a date and its weekday, a day and
its clock time; `_hedged` reads "legkorábban"/"legkésőbb" before a time. `_months_told`
and `_settled` give a month whose year its clause leaves open the year the article
tells that month in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from kb.extract.tense import clause_of, same_clause, tells_of_future
from kb.extract.timex.anchored import (
    _after,
    _anchored,
    _clock,
    _event,
    _later,
    _next_day,
    _same,
    _since,
    _then,
    _within,
)
from kb.extract.timex.dates import (
    _century,
    _date,
    _day,
    _day_range,
    _decade,
    _first_months,
    _half_year,
    _last_week,
    _month,
    _month_range,
    _month_week,
    _part,
    _quarter,
    _school_year,
    _season,
    _since_month,
    _since_word,
    _week_part,
    _weekday,
    _weekdays,
    _year,
    _year_part,
    _year_range,
    _year_since,
    _year_word,
)
from kb.extract.timex.patterns import (
    _CONDITION,
    _MONTH,
    _NAPSZAK,
    _NEEDED,
    _PATTERNS,
    _SINCE_AFTER,
    _STATE,
    _WEEKDAY,
)
from kb.extract.timex.reading import _named, _Reading, _relative, _units_from
from kb.extract.timex.relative import (
    _ago,
    _already,
    _before,
    _hence,
    _last_month,
    _last_year_now,
    _night,
    _ongoing,
    _soon,
    _still,
    _stretch,
    _then_on,
    _these_days,
    _today,
    _year_to_date,
)
from kb.model import Span, TimeExpression
from kb.timespan import bounds


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


_NIGHT_AFTER = re.compile(r"\s+(?:éjjel|éjszaka)\b", re.I)


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
_NOT_EVEN = re.compile(r"\s+sem\b", re.I)  # "-ig nem" may be a deadline: "ha …-ig nem kezd"
_AT_LEAST = re.compile(r"\blegalább\s+(?:az?\s+)?$", re.I)
_EARLIEST_BEFORE = re.compile(r"\blegkorábban\s+(?:az?\s+)?$", re.I)


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


_OPENINGS = '–—„"(:.!?'  # what a sentence or a quotation may begin after


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
