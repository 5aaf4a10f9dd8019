"""What a calendar name means against the publication date: dates, days, months and parts
of months, seasons, weeks and weekdays, years, quarters, school years, decades, centuries.

Each reads one kind of `_PATTERNS` match (`_INTERPRET` in `kb.extract.timex.sentence`
maps kinds to them). A name without a year takes it from publication and the tense of
its clause (`kb.extract.tense`): the latest not after publication when told in the
past, the next one when told of the future; a day without a year the closest one.
"""

from __future__ import annotations

import datetime as dt
import re

from kb.extract.quantities import parse_number_word
from kb.extract.tense import surely_coming, tells_of_future, untold
from kb.extract.timex.patterns import _SEASONS, _SINCE_AFTER, WEEKDAYS_HU
from kb.extract.timex.reading import _months_back, _Reading, _reading
from kb.extract.timex.relative import _ongoing
from kb.model import MonthPart
from kb.timespan import MONTHS_HU


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
