"""kb.timespan: the days a time expression covers, and how it is labelled."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.model import TimeExpression
from kb.timespan import Bounds, bounds, describe, sem_bounds

PUBLISHED = dt.date(2024, 11, 30)


def time(precision: str, value: str | None = None, **fields: object) -> TimeExpression:
    return TimeExpression(id="t", precision=precision, value=value, **fields)  # type: ignore[arg-type]


def test_a_day_is_bounded_by_itself() -> None:
    day = dt.date(2024, 8, 6)
    assert bounds(time("day", "2024-08-06"), PUBLISHED) == (day, day)


def test_a_month_runs_from_its_first_to_its_last_day() -> None:
    assert bounds(time("month", "2024-06"), PUBLISHED) == (
        dt.date(2024, 6, 1),
        dt.date(2024, 6, 30),
    )


def test_february_of_a_leap_year_ends_on_the_29th() -> None:
    assert bounds(time("month", "2024-02"), PUBLISHED)[1] == dt.date(2024, 2, 29)


@pytest.mark.parametrize(
    ("part", "first", "last"),
    [("early", 1, 10), ("mid", 11, 20), ("late", 21, 31)],
)
def test_parts_of_a_month_are_thirds_ending_on_the_last_day(
    part: str, first: int, last: int
) -> None:
    te = time("part-of-month", "2024-10", part=part)
    assert bounds(te, PUBLISHED) == (dt.date(2024, 10, first), dt.date(2024, 10, last))


def test_late_november_ends_on_the_30th() -> None:
    assert bounds(time("part-of-month", "2024-11", part="late"), PUBLISHED)[1] == dt.date(
        2024, 11, 30
    )


def test_a_year_runs_from_january_1_to_december_31() -> None:
    assert bounds(time("year", "2023"), PUBLISHED) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_a_relative_time_keeps_its_stated_bounds() -> None:
    te = time("relative", earliest=dt.date(2024, 11, 18), latest=dt.date(2024, 11, 24))
    assert bounds(te, PUBLISHED) == (dt.date(2024, 11, 18), dt.date(2024, 11, 24))


def test_a_relative_time_without_bounds_means_before_publication() -> None:
    assert bounds(time("relative"), PUBLISHED) == (None, PUBLISHED)


@pytest.mark.parametrize(
    ("precision", "value"),
    [
        ("day", "2024-02-30"),
        ("month", "2024-13"),
        ("part-of-month", "2024-00"),
        ("day", "2024-6-1"),
    ],
)
def test_an_impossible_date_is_a_value_error_naming_the_time(precision: str, value: str) -> None:
    te = time(precision, value, part="early" if precision == "part-of-month" else None)
    with pytest.raises(ValueError, match="time 't'"):
        bounds(te, PUBLISHED)


def test_reversed_bounds_are_a_value_error() -> None:
    te = time("relative", earliest=dt.date(2024, 12, 1), latest=dt.date(2024, 11, 1))
    with pytest.raises(ValueError, match="earliest 2024-12-01 is after latest 2024-11-01"):
        bounds(te, PUBLISHED)


def test_a_part_of_a_month_without_its_part_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="part"):
        bounds(time("part-of-month", "2024-10"), PUBLISHED)


@pytest.mark.parametrize(
    ("te", "hu", "en"),
    [
        (time("day", "2024-08-06"), "2024. augusztus 6.", "6 August 2024"),
        (time("month", "2024-06"), "2024. június", "June 2024"),
        (time("part-of-month", "2024-10", part="late"), "2024. október vége", "late October 2024"),
        (
            time("part-of-month", "2024-11", part="early"),
            "2024. november eleje",
            "early November 2024",
        ),
        (
            time("part-of-month", "2024-11", part="mid"),
            "2024. november közepe",
            "mid November 2024",
        ),
        (time("year", "2023"), "2023", "2023"),
        (time("relative"), "2024. november 30. előtt", "before 30 November 2024"),
        (
            time("relative", earliest=dt.date(2024, 11, 18), latest=dt.date(2024, 11, 24)),
            "2024. november 18. és 2024. november 24. között",
            "between 18 November 2024 and 24 November 2024",
        ),
        (
            time("relative", earliest=dt.date(2024, 1, 1)),
            "2024. január 1. után",
            "after 1 January 2024",
        ),
    ],
)
def test_describe_labels_in_hungarian_and_english(te: TimeExpression, hu: str, en: str) -> None:
    name = describe(te, PUBLISHED)
    assert (name.hu, name.en) == (hu, en)


def test_ongoing_at_publication_has_begun_and_is_not_over() -> None:
    """The fighting "már részt vesznek": not ended by publication, not beginning after it."""
    ongoing = time("relative", latest_begin=PUBLISHED, earliest_end=PUBLISHED)
    assert sem_bounds(ongoing, PUBLISHED) == Bounds(None, PUBLISHED, PUBLISHED, None)
    assert describe(ongoing, PUBLISHED).en == "ongoing on 30 November 2024"


def test_a_calendar_time_bounds_the_begin_from_below_and_the_end_from_above() -> None:
    june = sem_bounds(time("month", "2024-06"), PUBLISHED)
    assert june == Bounds(dt.date(2024, 6, 1), None, None, dt.date(2024, 6, 30))


def test_a_time_cannot_be_over_before_it_is_known_to_have_ended() -> None:
    reversed_end = time("relative", earliest_end=PUBLISHED, latest=dt.date(2024, 11, 1))
    with pytest.raises(ValueError, match="earliest end 2024-11-30 is after latest 2024-11-01"):
        sem_bounds(reversed_end, PUBLISHED)
