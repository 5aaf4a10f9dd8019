"""kb.extract.timex: Hungarian time expressions, normalised against publication."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.extract.timex import find_times
from kb.model import Span, TimeExpression
from kb.timespan import bounds

SATURDAY = dt.date(2024, 11, 30)


def read(sentence: str, published: dt.date = SATURDAY) -> list[tuple[str, object, object]]:
    times = find_times((Span(sentence, 0, len(sentence)),), published)
    return [(t.span.text, *bounds(t, published)) for t in times if t.span]


def day(iso: str) -> tuple[dt.date, dt.date]:
    d = dt.date.fromisoformat(iso)
    return d, d


@pytest.mark.parametrize(
    ("sentence", "text", "earliest", "latest"),
    [
        ("A csapatok augusztus 6-án törtek be.", "augusztus 6-án", *day("2024-08-06")),
        ("2024. november 30-án kezdődött.", "2024. november 30-án", *day("2024-11-30")),
        ("Júniusban írták alá.", "Júniusban", dt.date(2024, 6, 1), dt.date(2024, 6, 30)),
        ("Október végén érkeztek.", "Október végén", dt.date(2024, 10, 21), dt.date(2024, 10, 31)),
        (
            "November elején harcoltak.",
            "November elején",
            dt.date(2024, 11, 1),
            dt.date(2024, 11, 10),
        ),
        ("A hónap elején szóltak.", "hónap elején", dt.date(2024, 11, 1), dt.date(2024, 11, 10)),
        (
            "Tavaly decemberben kezdődött.",
            "Tavaly decemberben",
            dt.date(2023, 12, 1),
            dt.date(2023, 12, 31),
        ),
        ("Kedden tárgyaltak.", "Kedden", *day("2024-11-26")),
        ("Jövő kedden döntenek.", "Jövő kedden", *day("2024-12-03")),
        ("Holnap este érkezik.", "Holnap este", *day("2024-12-01")),
        ("Ma reggel helyreállt.", "Ma reggel", *day("2024-11-30")),
        ("Hétfő óta zárva van.", "Hétfő óta", dt.date(2024, 11, 25), None),
        ("A hét elején kezdődött.", "A hét elején", dt.date(2024, 11, 25), dt.date(2024, 11, 26)),
        (
            "A múlt hét végén esett.",
            "A múlt hét végén",
            dt.date(2024, 11, 22),
            dt.date(2024, 11, 24),
        ),
        ("Hétvégén vihar jön.", "Hétvégén", dt.date(2024, 11, 30), dt.date(2024, 12, 1)),
        ("Jövő héten tárgyalják.", "Jövő héten", dt.date(2024, 12, 2), dt.date(2024, 12, 8)),
        (
            "Tavaly ősszel kezdődött.",
            "Tavaly ősszel",
            dt.date(2023, 9, 1),
            dt.date(2023, 11, 30),
        ),
        ("2023 nyarán épült.", "2023 nyarán", dt.date(2023, 6, 1), dt.date(2023, 8, 31)),
        ("Télen befagyott.", "Télen", dt.date(2023, 12, 1), dt.date(2024, 2, 29)),
        ("Télen befagy.", "Télen", dt.date(2024, 12, 1), dt.date(2025, 2, 28)),
        (
            "Jövő év áprilisában adják át.",
            "Jövő év áprilisában",
            dt.date(2025, 4, 1),
            dt.date(2025, 4, 30),
        ),
        ("A jövő hónapban dől el.", "A jövő hónapban", dt.date(2024, 12, 1), dt.date(2024, 12, 31)),
        ("A múlt évben nőtt.", "A múlt évben", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        (
            "2021 és 2023 között fizetett.",
            "2021 és 2023 között",
            dt.date(2021, 1, 1),
            dt.date(2023, 12, 31),
        ),
        ("Kimet szombat reggel idézték.", "szombat reggel", *day("2024-11-30")),
        ("A múlt héten találkoztak.", "A múlt héten", dt.date(2024, 11, 18), dt.date(2024, 11, 24)),
        ("Korábban tagadta.", "Korábban", None, SATURDAY),
        ("Nemrég ratifikálták.", "Nemrég", None, SATURDAY),
        ("Az idei költségvetés.", "idei", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("A jövő évi terv.", "jövő évi", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        ("Az év végéig döntenek.", "Az év végéig", SATURDAY, dt.date(2024, 12, 31)),
    ],
)
def test_an_expression_is_found_and_bounded(
    sentence: str, text: str, earliest: dt.date | None, latest: dt.date | None
) -> None:
    assert read(sentence) == [(text, earliest, latest)]


def test_a_month_without_a_year_is_the_latest_not_after_publication() -> None:
    assert read("Decemberben kezdődött.")[0][1] == dt.date(2023, 12, 1)


def test_a_day_without_a_year_is_the_one_closest_to_publication() -> None:
    assert read("A parlament március 20-án tárgyalja.", dt.date(2025, 3, 12))[0][1] == dt.date(
        2025, 3, 20
    )


def test_two_expressions_in_one_sentence_stay_two() -> None:
    sentence = "Júniusban kötött, nemrég ratifikált szerződés."
    assert [text for text, _, _ in read(sentence)] == ["Júniusban", "nemrég"]


def test_mar_next_to_another_time_is_part_of_it_else_a_time_of_its_own() -> None:
    assert [t for t, _, _ in read("Már harcolnak, ahová augusztus 6-án betörtek.")] == [
        "Már",
        "augusztus 6-án",
    ]
    assert [t for t, _, _ in read("November elején már összecsaptak.")] == ["November elején"]
    assert [t for t, _, _ in read("A bank már 2021 tavaszán figyelmeztetett.")] == ["2021 tavaszán"]
    assert [t for t, _, _ in read("November elején pedig már összecsaptak.")] == [
        "November elején",
        "már",
    ]


def test_offsets_count_in_the_whole_text() -> None:
    text = "Cím. Korábban tagadta."
    times = find_times((Span("Korábban tagadta.", 5, len(text)),), SATURDAY)
    assert times[0].span == Span("Korábban", 5, 13)


def test_the_second_half_of_the_year_is_july_to_december() -> None:
    assert read("Az építkezés az év második felében indul.") == [
        ("az év második felében", dt.date(2024, 7, 1), dt.date(2024, 12, 31))
    ]


def test_two_years_ago_is_the_year_two_before_publication() -> None:
    assert read("Két évvel ezelőtt a szerbek nyertek.") == [
        ("Két évvel ezelőtt", dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    ]


def test_the_rest_of_the_year_is_the_year() -> None:
    assert read("Az ár az év hátralévő részében nem változik.") == [
        ("az év hátralévő részében", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    ]


def test_a_year_with_ota_begins_after_its_first_day_with_no_end_told() -> None:
    assert read("A csoport 2023 óta vizsgálja a baktériumokat.") == [
        ("2023 óta", dt.date(2023, 1, 1), None)
    ]


def test_the_next_school_year_is_september_to_august() -> None:
    assert read("A jövő tanévtől húsz kutatót vesznek fel.") == [
        ("jövő tanévtől", dt.date(2025, 9, 1), dt.date(2026, 8, 31))
    ]


def test_a_weekday_with_a_present_verb_is_the_coming_one() -> None:
    wednesday = dt.date(2025, 1, 22)
    assert read("A tárca pedig csütörtökön egyeztet a várossal.", wednesday) == [
        ("csütörtökön", *day("2025-01-23"))
    ]


def test_a_weekday_with_a_past_verb_past_a_comma_is_the_last_one() -> None:
    wednesday = dt.date(2025, 6, 4)
    assert read("A tanács kedden 25 bázisponttal, 6,25 százalékra csökkentette.", wednesday) == [
        ("kedden", *day("2025-06-03"))
    ]


def test_a_quarter_is_its_three_months_begun_by_publication() -> None:
    assert read("A GDP az első negyedévben nőtt.") == [
        ("az első negyedévben", dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    ]


def test_last_years_fourth_quarter_is_october_to_december() -> None:
    assert read("Tavaly a negyedik negyedévben csökkent.") == [
        ("Tavaly a negyedik negyedévben", dt.date(2023, 10, 1), dt.date(2023, 12, 31))
    ]


@pytest.mark.parametrize(
    "verb",
    [
        "élt",
        "ült",
        "kért",
        "várt",
        "ment el",
        "jelent meg",
        "nyert",
        "maradt",
        "történt",
        "zuhant",
        "csökkent",
        "szűnt meg",
        "tört ki",
        "nyomta el",
    ],
)
def test_a_weekday_with_a_plain_past_verb_is_the_last_one(verb: str) -> None:
    wednesday = dt.date(2025, 6, 4)
    assert read(f"A miniszter kedden {verb}.", wednesday) == [("kedden", *day("2025-06-03"))]


def test_a_capitalised_name_ending_like_a_past_verb_is_no_past() -> None:
    wednesday = dt.date(2025, 9, 24)
    assert read("A közgyűlés csütörtökön tárgyalja a Mecsek-Aszfalt ajánlatát.", wednesday) == [
        ("csütörtökön", *day("2025-09-25"))
    ]


def test_a_participle_after_an_article_is_no_past_verb() -> None:
    tuesday = dt.date(2026, 10, 13)
    assert read("Pénteken a sérült játékos helyére hív be újat.", tuesday) == [
        ("Pénteken", *day("2026-10-16"))
    ]


def test_a_month_ahead_in_a_clause_with_no_past_verb_is_this_year() -> None:
    august = dt.date(2025, 8, 7)
    assert read("Az első előlegeket szeptember közepén átutaljuk.", august) == [
        ("szeptember közepén", dt.date(2025, 9, 11), dt.date(2025, 9, 20))
    ]


def test_a_month_ahead_in_a_past_clause_is_last_year() -> None:
    august = dt.date(2025, 8, 7)
    assert read("Szeptemberben esett utoljára eső.", august) == [
        ("Szeptemberben", dt.date(2024, 9, 1), dt.date(2024, 9, 30))
    ]


def test_a_counterfactual_past_is_no_past() -> None:
    september = dt.date(2025, 9, 24)
    assert read("Október végéig el kellett volna készülnie.", september) == [
        ("Október végéig", september, dt.date(2025, 10, 31))
    ]


def test_next_spring_is_read_with_its_year_word() -> None:
    assert read("Jövő tavasszal árhullám jöhet.") == [
        ("Jövő tavasszal", dt.date(2025, 3, 1), dt.date(2025, 5, 31))
    ]


def test_a_weekend_ahead_in_a_past_clause_is_the_last_one() -> None:
    wednesday = dt.date(2026, 5, 13)
    assert read("A szállodák kihasználtsága a hétvégén meghaladta a 90 százalékot.", wednesday) == [
        ("a hétvégén", dt.date(2026, 5, 9), dt.date(2026, 5, 10))
    ]


def test_a_participle_dated_by_its_own_past_time_is_no_past_verb() -> None:
    may = dt.date(2026, 5, 13)
    sentence = "A tavaly novemberben kötött fegyverszünet augusztus közepéig marad érvényben."
    assert ("augusztus közepéig", None, dt.date(2026, 8, 20)) in read(sentence, may)


@pytest.mark.parametrize(
    ("sentence", "text", "earliest", "latest"),
    [
        ("Az elmúlt két évben nőtt.", "Az elmúlt két évben", dt.date(2022, 11, 30), SATURDAY),
        ("Az elmúlt években nőtt.", "Az elmúlt években", None, SATURDAY),
        ("A következő napokban esik.", "A következő napokban", SATURDAY, None),
        ("A hónap végéig döntenek.", "hónap végéig", SATURDAY, dt.date(2024, 11, 30)),
        ("A hét végéig döntenek.", "A hét végéig", SATURDAY, dt.date(2024, 12, 1)),
        ("Az első félévben nőtt.", "Az első félévben", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
        ("2022 márciusa óta jár.", "2022 márciusa óta", dt.date(2022, 3, 1), None),
        ("Tavaly tavasz óta nő.", "Tavaly tavasz óta", dt.date(2023, 3, 1), None),
        ("Hetek óta tart.", "Hetek óta", None, None),
        ("A jövő év végéig döntenek.", "A jövő év végéig", SATURDAY, dt.date(2025, 12, 31)),
        ("A jövő év elején indul.", "A jövő év elején", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        ("2027 végére elkészül.", "2027 végére", SATURDAY, dt.date(2027, 12, 31)),
        ("Jövő tavasztól nyit.", "Jövő tavasztól", dt.date(2025, 3, 1), dt.date(2025, 5, 31)),
    ],
)
def test_a_stretch_of_time_from_or_to_publication(
    sentence: str, text: str, earliest: dt.date | None, latest: dt.date | None
) -> None:
    assert read(sentence) == [(text, earliest, latest)]


def test_a_weekday_in_a_clause_after_a_comma_with_a_plain_past_verb_is_the_last_one() -> None:
    monday = dt.date(2025, 8, 4)
    sentence = "Aranyat Tóth szerezte csütörtökön, ezüstöt Molnár Lilla nyert szombaton."
    assert read(sentence, monday) == [
        ("csütörtökön", *day("2025-07-31")),
        ("szombaton", *day("2025-08-02")),
    ]


@pytest.mark.parametrize("noun", ["embert", "minisztert", "kört"])
def test_an_accusative_ending_like_a_past_verb_is_no_past(noun: str) -> None:
    wednesday = dt.date(2025, 1, 22)
    assert read(f"Csütörtökön egy {noun} is meghívnak.", wednesday) == [
        ("Csütörtökön", *day("2025-01-23"))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Januártól a belépőjegy ára 4800 forintra emelkedik.",
        "Januárban megnyitják az új szárnyat.",
        "Januárban lesz a választás.",
    ],
)
def test_a_month_gone_by_in_a_clause_of_what_will_happen_is_next_years(sentence: str) -> None:
    november = dt.date(2025, 11, 10)
    assert read(sentence, november)[0][1:] == (dt.date(2026, 1, 1), dt.date(2026, 1, 31))


@pytest.mark.parametrize(
    "sentence",
    [
        "Januárban 4 százalékkal nőtt az ár.",
        "A januári adat 4 százalék.",
    ],
)
def test_a_month_gone_by_with_no_verb_of_what_will_happen_is_this_years(sentence: str) -> None:
    november = dt.date(2025, 11, 10)
    assert read(sentence, november)[0][1:] == (dt.date(2025, 1, 1), dt.date(2025, 1, 31))


@pytest.mark.parametrize(
    "sentence",
    [
        "Januárban a KSH szerint 4 százalék.",
        "Az áremelés januárban lép életbe.",
        "Február elején hat a rendelet.",
    ],
)
def test_a_month_gone_by_in_a_clause_whose_tense_is_not_told_is_no_time(sentence: str) -> None:
    assert read(sentence, dt.date(2025, 11, 10)) == []


def find_in(*sentences: str, published: dt.date = SATURDAY) -> tuple[TimeExpression, ...]:
    spans, start = [], 0
    for text in sentences:
        spans.append(Span(text, start, start + len(text)))
        start += len(text) + 1
    return find_times(tuple(spans), published)


def read_article(
    *sentences: str, published: dt.date = SATURDAY
) -> list[tuple[str, object, object]]:
    times = find_in(*sentences, published=published)
    return [(t.span.text, *bounds(t, published)) for t in times if t.span]


def test_azota_runs_from_the_time_told_before_it_to_publication() -> None:
    assert read_article(
        "Franciaország tavaly januárban adta át támaszpontját.", "Azóta csak kiképzők maradtak."
    )[1] == ("Azóta", dt.date(2023, 1, 1), None)


def test_a_count_later_is_counted_from_the_day_told_before_it() -> None:
    assert read_article(
        "A férfi 2024. október 12-én jelent meg a lakáson.",
        "A vita hevében megütötte.",
        "A rendőrök két nappal később fogták el.",
    )[1] == ("két nappal később", *day("2024-10-14"))


def test_a_year_earlier_than_last_year_is_the_year_before_it() -> None:
    assert read("Tavaly 11 emberölés történt, hárommal kevesebb, mint egy évvel korábban.")[1] == (
        "egy évvel korábban",
        dt.date(2022, 1, 1),
        dt.date(2022, 12, 31),
    )


@pytest.mark.parametrize(
    "sentence", ["Azóta csak kiképzők maradtak.", "Két nappal később fogták el."]
)
def test_a_time_counted_from_no_time_told_before_is_not_read(sentence: str) -> None:
    assert read(sentence) == []


def test_one_or_two_years_later_spans_both_years() -> None:
    assert read("Az elsőt 2030-ban, a másodikat egy-két évvel később kapcsolják be.")[1] == (
        "egy-két évvel később",
        dt.date(2031, 1, 1),
        dt.date(2032, 12, 31),
    )


@pytest.mark.parametrize(
    ("sentence", "text", "earliest", "latest"),
    [
        ("A tűzoltók éjjel találták meg.", "éjjel", dt.date(2024, 11, 29), SATURDAY),
        ("Egész éjjel dolgoztunk.", "Egész éjjel", dt.date(2024, 11, 29), SATURDAY),
        ("Éjjel is esni fog.", "Éjjel", SATURDAY, dt.date(2024, 12, 1)),
        (
            "Legkorábban 2029-ben lehet termőre fordítani.",
            "Legkorábban 2029-ben",
            dt.date(2029, 1, 1),
            None,
        ),
        ("Legkésőbb 2027-ben elkészül.", "Legkésőbb 2027-ben", None, dt.date(2027, 12, 31)),
        (
            "A jövő év elejétől csökkenti a létszámot.",
            "A jövő év elejétől",
            dt.date(2025, 1, 1),
            dt.date(2025, 12, 31),
        ),
        (
            "A vonal 2026 második felében nyílik meg.",
            "2026 második felében",
            dt.date(2026, 7, 1),
            dt.date(2026, 12, 31),
        ),
        ("Idén eddig 40 esetet jelentettek.", "Idén eddig", dt.date(2024, 1, 1), SATURDAY),
        ("A jövő heti ülésen döntenek.", "A jövő heti", dt.date(2024, 12, 2), dt.date(2024, 12, 8)),
        ("Jövő héttől újra jár.", "Jövő héttől", dt.date(2024, 12, 2), dt.date(2024, 12, 8)),
        (
            "Az 1906-os épületet felújították.",
            "1906-os",
            dt.date(1906, 1, 1),
            dt.date(1906, 12, 31),
        ),
        ("Az elmúlt évtizedekben nőtt.", "Az elmúlt évtizedekben", None, SATURDAY),
        ("Az utóbbi években nőtt.", "Az utóbbi években", None, SATURDAY),
        (
            "A következő másfél évben épül.",
            "A következő másfél évben",
            SATURDAY,
            dt.date(2026, 5, 30),
        ),
        (
            "A tavaly nyári versenyen nyert.",
            "tavaly nyári",
            dt.date(2023, 6, 1),
            dt.date(2023, 8, 31),
        ),
        ("A héten jelentették be.", "A héten", dt.date(2024, 11, 25), SATURDAY),
        (
            "A hét második felében lehűlés jön.",
            "A hét második felében",
            dt.date(2024, 11, 28),
            dt.date(2024, 12, 1),
        ),
        (
            "A hétvége két napján 18 ezren jöttek.",
            "A hétvége két napján",
            SATURDAY,
            dt.date(2024, 12, 1),
        ),
    ],
)
def test_relative_and_hedged_times_have_only_the_bounds_the_text_gives(
    sentence: str, text: str, earliest: object, latest: object
) -> None:
    assert read(sentence) == [(text, earliest, latest)]


def test_a_summer_adjective_of_a_plural_is_no_time() -> None:
    assert read("A nyári csúcsidőszakokban nőhet az import.") == []


@pytest.mark.parametrize(
    ("sentence", "text", "earliest", "latest"),
    [
        (
            "A verseny péntektől vasárnapig tartott.",
            "péntektől vasárnapig",
            dt.date(2024, 11, 22),
            dt.date(2024, 11, 24),
        ),
        (
            "Kedden és szerdán újabb zivatarok érkezhetnek.",
            "Kedden és szerdán",
            dt.date(2024, 12, 3),
            dt.date(2024, 12, 4),
        ),
    ],
)
def test_two_weekdays_joined_are_one_time_from_the_first_to_the_second(
    sentence: str, text: str, earliest: object, latest: object
) -> None:
    assert read(sentence) == [(text, earliest, latest)]


@pytest.mark.parametrize(
    ("sentence", "text", "earliest", "latest"),
    [
        ("Három napja zárták le az utat.", "Három napja", *day("2024-11-27")),
        ("Két éve nyitották meg.", "Két éve", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
        (
            "Egy hónappal ezelőtt döntöttek.",
            "Egy hónappal ezelőtt",
            dt.date(2024, 10, 1),
            dt.date(2024, 10, 31),
        ),
        (
            "A 2010-es években épült.",
            "A 2010-es években",
            dt.date(2010, 1, 1),
            dt.date(2019, 12, 31),
        ),
        (
            "A fesztivált október 15. és 20. között tartják.",
            "október 15. és 20. között",
            dt.date(2024, 10, 15),
            dt.date(2024, 10, 20),
        ),
        ("Hamarosan döntenek.", "Hamarosan", SATURDAY, None),
        ("Eddig 40 ember halt meg.", "Eddig", None, SATURDAY),
        (
            "Tavaly év végén zárt be.",
            "Tavaly év végén",
            dt.date(2023, 1, 1),
            dt.date(2023, 12, 31),
        ),
        (
            "Az idei első negyedévben nőtt.",
            "idei első negyedévben",
            dt.date(2024, 1, 1),
            dt.date(2024, 3, 31),
        ),
        ("Az elkövetkező napokban esik.", "Az elkövetkező napokban", SATURDAY, None),
    ],
)
def test_counted_spans_decades_and_ranges_have_the_bounds_the_text_gives(
    sentence: str, text: str, earliest: object, latest: object
) -> None:
    assert read(sentence) == [(text, earliest, latest)]


def test_so_far_is_over_by_publication_whatever_was_told_before_it() -> None:
    assert read("A 2023 októberében kirobbant háborúban eddig 57 ezren haltak meg.")[1] == (
        "eddig",
        None,
        SATURDAY,
    )


def test_a_possessed_day_is_no_time() -> None:
    assert read("A választás napja vasárnap lesz.") == [("vasárnap", *day("2024-12-01"))]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("A petíciót csütörtök estig 640-en írták alá.", "csütörtök estig"),
        ("A pályázatokat csütörtökig várták.", "csütörtökig"),
    ],
)
def test_a_weekday_up_to_which_is_over_by_that_day_its_begin_not_stated(
    sentence: str, text: str
) -> None:
    assert read(sentence) == [(text, None, dt.date(2024, 11, 28))]


@pytest.mark.parametrize(
    ("sentence", "text", "earliest", "latest"),
    [
        (
            "A fesztivált március elejétől május végéig tartják.",
            "március elejétől május végéig",
            dt.date(2025, 3, 1),
            dt.date(2025, 5, 31),
        ),
        (
            "A gyakorlat hétfőtől december 6-ig tart.",
            "hétfőtől december 6-ig",
            dt.date(2024, 12, 2),
            dt.date(2024, 12, 6),
        ),
        (
            "A tilalom vasárnap reggeltől szerda éjfélig érvényes.",
            "vasárnap reggeltől szerda éjfélig",
            dt.date(2024, 12, 1),
            dt.date(2024, 12, 4),
        ),
        (
            "A forgalom 2023-tól 2025-ig nőtt.",
            "2023-tól 2025-ig",
            dt.date(2023, 1, 1),
            dt.date(2025, 12, 31),
        ),
        (
            "Jelentkezni december 2. és január 10. között lehet.",
            "december 2. és január 10. között",
            dt.date(2024, 12, 2),
            dt.date(2025, 1, 10),
        ),
        (
            "A vendégéjszakák száma június és augusztus között nőtt.",
            "június és augusztus között",
            dt.date(2024, 6, 1),
            dt.date(2024, 8, 31),
        ),
    ],
)
def test_a_time_from_which_and_one_up_to_which_are_one_time_from_the_first_to_the_second(
    sentence: str, text: str, earliest: object, latest: object
) -> None:
    assert read(sentence) == [(text, earliest, latest)]


def test_a_weekday_a_range_starts_on_is_the_one_nearest_publication_before_its_end() -> None:
    wednesday = dt.date(2025, 4, 16)
    assert read("A hétfőtől április 25-ig tartó gyakorlaton 600 katona vesz részt.", wednesday) == [
        ("hétfőtől április 25-ig", dt.date(2025, 4, 14), dt.date(2025, 4, 25))
    ]


def test_a_weekday_range_with_no_such_weekday_near_publication_before_its_end_is_no_time() -> None:
    june = dt.date(2025, 6, 4)
    sentence = "A hétfőtől április 25-ig tartó gyakorlaton 600 katona vett részt."
    assert "hétfőtől április 25-ig" not in [text for text, *_ in read(sentence, june)]


def test_a_date_and_its_weekday_set_off_by_a_comma_are_one_day_the_dates() -> None:
    assert read("A temetés december 6-án, pénteken 11 órakor lesz.") == [
        ("december 6-án, pénteken 11 órakor", *day("2024-12-06"))
    ]
    assert read("A borjú a múlt csütörtökön, november 21-én jött világra.") == [
        ("múlt csütörtökön, november 21-én", *day("2024-11-21"))
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "earliest", "latest"),
    [
        ("Két év múlva döntenek.", "Két év múlva", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        ("Három nap múlva nyit.", "Három nap múlva", *day("2024-12-03")),
        ("Egy hónap múlva nyit.", "Egy hónap múlva", dt.date(2024, 12, 1), dt.date(2024, 12, 31)),
        (
            "Erről két-három év múlva döntenek.",
            "két-három év múlva",
            dt.date(2026, 1, 1),
            dt.date(2027, 12, 31),
        ),
    ],
)
def test_a_count_hence_is_counted_on_from_publication_at_its_units_precision(
    sentence: str, text: str, earliest: object, latest: object
) -> None:
    assert read(sentence) == [(text, earliest, latest)]


def test_a_decade_named_by_its_tens_is_of_the_1900s() -> None:
    assert read("A hetvenes évek sorozataiból ismerték.") == [
        ("A hetvenes évek", dt.date(1970, 1, 1), dt.date(1979, 12, 31))
    ]


def test_a_part_of_a_month_as_an_adjective_is_that_part() -> None:
    assert read("Az október közepi viharok kárt okoztak.") == [
        ("október közepi", dt.date(2024, 10, 11), dt.date(2024, 10, 20))
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "year"),
    [
        ("A vendégek száma az előző évi szinten maradt.", "előző évi", 2023),
        ("A múlt évi adat 4 százalék.", "múlt évi", 2023),
        ("A jövő évtől csökkentenék a támogatást.", "A jövő évtől", 2025),
    ],
)
def test_a_year_word_with_ev_is_that_year(sentence: str, text: str, year: int) -> None:
    assert read(sentence) == [(text, dt.date(year, 1, 1), dt.date(year, 12, 31))]


def test_at_least_before_an_article_is_part_of_the_time() -> None:
    times = find_times((Span(s := "Legalább a hónap végéig akadozik.", 0, len(s)),), SATURDAY)
    assert [t.span.text for t in times if t.span] == ["Legalább a hónap végéig"]
    assert times[0].earliest_end == dt.date(2024, 11, 21)


def test_what_lasts_until_then_is_a_state_begun_by_publication() -> None:
    times = find_times((Span(s := "A vizsgálat december végéig tart.", 0, len(s)),), SATURDAY)
    assert (times[0].earliest, times[0].latest_begin, times[0].latest) == (
        None,
        SATURDAY,
        dt.date(2024, 12, 31),
    )


def test_a_clock_time_about_which_is_the_day_told_before_it() -> None:
    assert read_article(
        "A hajó kedden sodródott a pillérnek.", "A hajó 22 óra 50 perc körül ütközött."
    ) == [("kedden", *day("2024-11-26")), ("22 óra 50 perc körül", *day("2024-11-26"))]


def test_later_after_a_comparison_is_no_time() -> None:
    assert read("A riasztást a szokásosnál később adták ki.") == []


@pytest.mark.parametrize(
    ("sentence", "text", "first", "last"),
    [
        ("A drágulás a nyár óta gyorsult.", "a nyár óta", "2024-06-01", "2024-08-31"),
        ("2023 ősze óta többször jártak itt.", "2023 ősze óta", "2023-09-01", "2023-11-30"),
        ("Tavaly tavasz óta nő.", "Tavaly tavasz óta", "2023-03-01", "2023-05-31"),
    ],
)
def test_since_a_season_begins_after_its_first_day_and_by_its_last(
    sentence: str, text: str, first: str, last: str
) -> None:
    times = find_times((Span(sentence, 0, len(sentence)),), SATURDAY)
    assert [(t.span.text, t.earliest, t.latest_begin, t.earliest_end) for t in times if t.span] == [
        (text, dt.date.fromisoformat(first), dt.date.fromisoformat(last), SATURDAY)
    ]


def test_since_a_weekdays_dawn_is_since_that_day() -> None:
    times = find_times((Span(s := "Hétfő hajnal óta lezárták.", 0, len(s)),), SATURDAY)
    assert [(t.span.text, t.earliest, t.latest_begin) for t in times if t.span] == [
        ("Hétfő hajnal óta", dt.date(2024, 11, 25), dt.date(2024, 11, 25))
    ]


def test_the_past_decade_singular_is_the_ten_years_up_to_publication() -> None:
    assert read("Az állomány az elmúlt évtizedben csökkent.") == [
        ("az elmúlt évtizedben", dt.date(2014, 11, 30), SATURDAY)
    ]


def test_at_the_latest_by_a_deadline_still_to_come_begins_after_publication() -> None:
    assert read("Legkésőbb december közepéig megállapodnak.") == [
        ("Legkésőbb december közepéig", SATURDAY, dt.date(2024, 12, 20))
    ]


def test_a_year_counted_back_from_a_day_is_that_year() -> None:
    assert read_article("A szezon szeptember 15-én zárult.", "Egy évvel korábban kevesebb volt.")[
        1
    ] == ("Egy évvel korábban", dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_years_ago_set_off_by_a_comma_take_the_verb_past_it() -> None:
    assert read("Legutóbb hét éve, 2017 tavaszán született borjú.") == [
        ("hét éve", dt.date(2017, 1, 1), dt.date(2017, 12, 31)),
        ("2017 tavaszán", dt.date(2017, 3, 1), dt.date(2017, 5, 31)),
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "earliest", "latest"),
    [
        ("A 19. században épült.", "19. században", dt.date(1801, 1, 1), dt.date(1900, 12, 31)),
        (
            "A 18. század második felében épült.",
            "18. század második felében",
            dt.date(1751, 1, 1),
            dt.date(1800, 12, 31),
        ),
        (
            "A 7. század második felétől a 8. század végéig használták.",
            "7. század második felétől a 8. század végéig",
            dt.date(651, 1, 1),
            dt.date(800, 12, 31),
        ),
    ],
)
def test_a_century_is_its_years_01_to_00_and_its_halves_fifty_of_them(
    sentence: str, text: str, earliest: object, latest: object
) -> None:
    assert read(sentence) == [(text, earliest, latest)]


def test_since_a_century_begins_after_its_first_day_and_by_its_last() -> None:
    times = find_times((Span(s := "A 19. század óta ásnak itt.", 0, len(s)),), SATURDAY)
    assert (times[0].earliest, times[0].latest_begin, times[0].earliest_end) == (
        dt.date(1801, 1, 1),
        dt.date(1900, 12, 31),
        SATURDAY,
    )


def test_until_then_of_a_state_still_holding_is_begun_by_publication() -> None:
    until = find_in("A kicsit december közepétől láthatják.", "Addig bent marad.")[-1]
    assert (until.latest_begin, until.latest) == (SATURDAY, dt.date(2024, 12, 20))


def test_during_an_event_is_the_longest_spell_told_in_a_sentence_naming_it() -> None:
    times = read_article(
        "A hétvégén is meleg lesz a hőségriasztás miatt.",
        "A hőségriasztás csütörtök reggeltől vasárnap éjfélig érvényes.",
        "A város a hőségriasztás idejére párakapukat állít fel.",
        published=dt.date(2025, 6, 25),
    )
    assert times[-1] == ("a hőségriasztás idejére", dt.date(2025, 6, 26), dt.date(2025, 6, 29))


@pytest.mark.parametrize(
    "sentence",
    [
        "Egy óra alatt a júniusi havi átlag kétszerese esett.",
        "Többen jöttek, mint egy átlagos nyári napon.",
        "A téli átlagos szint harmadával csökkent.",
    ],
)
def test_a_month_or_season_adjective_of_an_average_is_no_time(sentence: str) -> None:
    assert read(sentence) == []


def test_since_an_event_begins_after_its_day_and_is_still_so() -> None:
    since = find_in("A hivatalt hétfőn támadás érte.", "A támadás óta csalók próbálkoznak.")[-1]
    assert (since.span and since.span.text, since.earliest, since.latest_begin) == (
        "A támadás óta",
        dt.date(2024, 11, 25),
        dt.date(2024, 11, 25),
    )
    assert since.earliest_end == SATURDAY


def test_the_same_period_is_the_first_period_told_before_it_not_a_day() -> None:
    times = read_article(
        "Júniusban nőtt a bér, egy évvel korábban kisebb volt – közölte szerdán a KSH.",
        "Az árak ugyanebben az időszakban 4 százalékkal emelkedtek.",
    )
    assert times[-1] == ("ugyanebben az időszakban", dt.date(2024, 6, 1), dt.date(2024, 6, 30))


def test_last_year_at_the_same_time_is_the_time_told_before_it_a_year_earlier() -> None:
    times = read_article("Október végén 30 ezren vártak, tavaly ugyanekkor 38 ezren.")
    assert times[-1] == ("tavaly ugyanekkor", dt.date(2023, 10, 21), dt.date(2023, 10, 31))


def test_not_even_by_a_time_still_to_come_is_not_over_before_its_first_day() -> None:
    times = find_in("A vonal 2026-ig sem lesz járható.")
    assert (times[0].latest_begin, times[0].earliest_end, times[0].latest) == (
        SATURDAY,
        dt.date(2026, 1, 1),
        None,
    )


@pytest.mark.parametrize(
    ("sentence", "text", "earliest", "latest"),
    [
        (
            "2025 januárjától emelkedik a díj.",
            "2025 januárjától",
            dt.date(2025, 1, 1),
            dt.date(2025, 1, 31),
        ),
        ("2023 júliusáig működött.", "2023 júliusáig", None, dt.date(2023, 7, 31)),
        (
            "2024 első félévében nőtt.",
            "2024 első félévében",
            dt.date(2024, 1, 1),
            dt.date(2024, 6, 30),
        ),
        (
            "A tavalyi év végén zárt be.",
            "A tavalyi év végén",
            dt.date(2023, 1, 1),
            dt.date(2023, 12, 31),
        ),
        (
            "A teljes évre 9 százalékot várnak.",
            "A teljes évre",
            dt.date(2024, 1, 1),
            dt.date(2024, 12, 31),
        ),
        (
            "Novembertől januárig tart a szezon.",
            "Novembertől januárig",
            dt.date(2024, 11, 1),
            dt.date(2025, 1, 31),
        ),
    ],
)
def test_months_half_years_and_years_with_a_year_or_a_year_word(
    sentence: str, text: str, earliest: object, latest: object
) -> None:
    assert read(sentence) == [(text, earliest, latest)]


def test_since_a_day_is_since_the_latest_such_day_not_after_publication() -> None:
    assert read("December 15-e óta zárva.")[0][1] == dt.date(2023, 12, 15)


def test_decades_ago_of_a_state_begun_by_the_last_day_of_that_year() -> None:
    times = find_in("Két évtizede működik.")
    assert (times[0].latest_begin, times[0].earliest_end) == (dt.date(2004, 12, 31), SATURDAY)


def test_days_later_than_a_night_count_from_its_evening() -> None:
    times = read_article(
        "A férfi 2024. október 12-én éjjel jelent meg.", "A rendőrök két nappal később fogták el."
    )
    assert times[-1] == ("két nappal később", *day("2024-10-14"))


@pytest.mark.parametrize(
    ("sentence", "text", "earliest", "latest"),
    [
        (
            "Október folyamán döntöttek.",
            "Október folyamán",
            dt.date(2024, 10, 1),
            dt.date(2024, 10, 31),
        ),
        ("Az év folyamán döntenek.", "Az év folyamán", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("2024.11.20-án nyitották meg.", "2024.11.20-án", *day("2024-11-20")),
    ],
)
def test_during_a_month_or_the_year_and_a_numeric_date_with_a_case(
    sentence: str, text: str, earliest: object, latest: object
) -> None:
    assert read(sentence) == [(text, earliest, latest)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A jelölt csütörtökön azt mondta: „Ma a város üzent.”",
        "– Ma a város üzent – mondta csütörtökön a jelölt.",
    ],
)
def test_today_inside_a_quotation_is_the_day_it_was_said(sentence: str) -> None:
    assert [t for t in read(sentence) if t[0] == "Ma"] == [("Ma", *day("2024-11-28"))]


def test_abban_az_evben_is_the_year_of_the_time_told_before_it() -> None:
    assert read("A főiskolát 1964 júniusában végezte el, és még abban az évben szerződött.")[
        -1
    ] == ("abban az évben", dt.date(1964, 1, 1), dt.date(1964, 12, 31))


def test_abban_a_honapban_is_the_month_of_the_day_told_before_it() -> None:
    assert read_article("A céget 2019. március 4-én alapították.", "Abban a hónapban nyitott.")[
        -1
    ] == ("Abban a hónapban", dt.date(2019, 3, 1), dt.date(2019, 3, 31))


def test_abban_az_evben_with_no_time_told_before_is_no_time() -> None:
    assert read("Abban az évben szerződött a színházhoz.") == []


def test_before_an_event_to_come_runs_from_publication_to_the_day_told_just_before() -> None:
    assert read_article("A színészt december 6-án temetik.", "A temetés előtt ravatalt állítanak.")[
        -1
    ] == ("A temetés előtt", SATURDAY, dt.date(2024, 12, 6))


def test_before_an_event_to_come_named_with_an_adjective_ends_with_its_month() -> None:
    assert read(
        "A decemberben kezdődő évadot neki ajánlják, az évadnyitó előadás előtt pedig emlékeznek."
    )[-1] == ("az évadnyitó előadás előtt", SATURDAY, dt.date(2024, 12, 31))


def test_before_an_event_to_come_with_no_time_to_come_told_is_no_time() -> None:
    assert read_article(
        "Kedden bejelentették a temetést.", "A temetés előtt ravatalt állítanak."
    ) == [("Kedden", *day("2024-11-26"))]


def test_after_an_event_unnamed_counts_from_the_day_of_what_happened_just_before() -> None:
    assert read_article(
        "A KSH szerdán közölte az adatokat.",
        "A jegybank kedden csökkentette az alapkamatot.",
        "Az elnök a döntés után óvatosságra intett.",
    )[-1] == ("a döntés után", dt.date(2024, 11, 26), SATURDAY)


def test_a_day_that_dates_a_telling_is_no_day_of_the_event_after_which() -> None:
    assert read_article(
        "A tűz csütörtök este ütött ki.",
        "A házat kiürítették – közölte pénteken a szóvivő.",
        "A mentők a riasztás után érkeztek.",
    )[-1] == ("a riasztás után", dt.date(2024, 11, 28), SATURDAY)


@pytest.mark.parametrize(
    "sentence",
    ["Az elmúlt 2341 évben sok minden történt.", "A gép 100000000 nap múlva érkezik."],
)
def test_a_count_that_reaches_past_the_calendar_is_no_time(sentence: str) -> None:
    assert read(sentence) == []


def test_a_year_before_1000_is_written_with_four_digits() -> None:
    times = find_times((Span(s := "A döntés 999 éve született.", 0, len(s)),), SATURDAY)
    assert [t.value for t in times] == ["1025"]
    early = find_times((Span(s, 0, len(s)),), dt.date(1995, 8, 12))
    assert [t.value for t in early] == ["0996"]


# --- round 7: a month the article dates is that month throughout ---------------------------

NOVEMBER = dt.date(2025, 11, 14)
NEXT_JANUARY = (dt.date(2026, 1, 1), dt.date(2026, 1, 31))


def test_a_month_adjective_of_a_planned_thing_takes_the_year_the_article_told() -> None:
    assert read_article(
        "Jövő januártól 6 százalékkal emelik a nyugdíjakat.",
        "A januári emelést a Kincstár automatikusan folyósítja.",
        published=NOVEMBER,
    )[1] == ("januári", *NEXT_JANUARY)


def test_a_month_whose_tense_nothing_tells_takes_the_year_told_after_it() -> None:
    assert read_article(
        "Hat százalékkal emelkednek a nyugdíjak januártól",
        "Jövő januártól 6 százalékkal emelik a nyugdíjakat.",
        published=NOVEMBER,
    )[0] == ("januártól", *NEXT_JANUARY)


def test_a_month_told_in_the_past_keeps_its_own_year_beside_a_month_told_ahead() -> None:
    assert read_article(
        "Jövő januártól emelik a nyugdíjakat.",
        "Januárban 4 százalékkal nőttek az árak.",
        published=NOVEMBER,
    )[1] == ("Januárban", dt.date(2025, 1, 1), dt.date(2025, 1, 31))


def test_a_month_the_article_tells_in_two_years_is_not_settled() -> None:
    assert read_article(
        "Jövő januártól emelik a nyugdíjakat.",
        "Januárban 4 százalékkal nőttek az árak.",
        "A januári adat 4 százalék.",
        published=NOVEMBER,
    )[2] == ("januári", dt.date(2025, 1, 1), dt.date(2025, 1, 31))


def test_a_month_told_in_a_far_year_settles_no_other() -> None:
    assert read_article(
        "A rendszert 2008 januárjában vezették be.",
        "A januári adat 4 százalék.",
        published=NOVEMBER,
    )[1] == ("januári", dt.date(2025, 1, 1), dt.date(2025, 1, 31))


# --- round 7: what a speaker said, counted from the day the speaker spoke ------------------

MONDAY = dt.date(2026, 8, 3)


def test_an_ongoing_word_before_a_closing_dash_with_a_day_is_of_that_day() -> None:
    sentence = "Az árak még mindig emelkednek – mondta szombaton a miniszter."
    ongoing = find_in(sentence, published=MONDAY)[0]
    assert (ongoing.latest_begin, ongoing.earliest_end) == (dt.date(2026, 8, 1),) * 2


def test_the_last_weeks_before_a_closing_dash_end_on_the_speaking_day() -> None:
    assert read("Az elmúlt két hétben 112 ember halt meg – közölte szombaton a szervezet.", MONDAY)[
        0
    ] == ("Az elmúlt két hétben", dt.date(2026, 7, 18), dt.date(2026, 8, 1))


def test_a_turn_opened_by_a_dash_is_counted_from_the_day_its_closing_clause_gives() -> None:
    found = find_in(
        "A döntőt szombaton játszották.",
        "– Még mindig nem hiszem el.",
        "Most a trófeát tartom a kezemben – mondta a meccs után a játékos.",
        published=MONDAY,
    )
    ongoing = [t for t in found if t.span and t.span.text in ("Még mindig", "Most")]
    assert [t.latest_begin for t in ongoing] == [dt.date(2026, 8, 1)] * 2


def test_a_closing_clause_at_an_occasion_is_counted_from_the_day_it_was_told() -> None:
    times = read_article(
        "Kedden átadták a felújított rendelőt.",
        "– A betegeknek eddig lépcsőn kellett felmenniük – mondta a polgármester az átadáson.",
        published=dt.date(2025, 5, 14),
    )
    assert times[-1] == ("eddig", None, dt.date(2025, 5, 13))


def test_a_word_that_only_says_something_was_over_stays_over_by_publication() -> None:
    assert read("A csapat korábban vezetett – mondta szombaton az edző.", MONDAY)[0] == (
        "korábban",
        None,
        MONDAY,
    )


def test_an_ongoing_word_inside_quotation_marks_stays_of_publication() -> None:
    found = find_in(
        "Szombaton azt mondta, hogy a javaslat „továbbra is az asztalon van”.", published=MONDAY
    )
    assert [t.latest_begin for t in found if t.span and t.span.text == "továbbra is"] == [MONDAY]


# --- round 7: a deadline or a state until then -----------------------------------------------

THURSDAY = dt.date(2026, 3, 12)
END_OF_MONTH = dt.date(2026, 3, 31)


def until(sentence: str) -> tuple[object, ...]:
    """The first time's four bounds (earliest, latest_begin, earliest_end, latest)."""
    time = find_in(sentence, published=THURSDAY)[0]
    return (time.earliest, time.latest_begin, time.earliest_end, time.latest)


def test_a_validation_to_be_done_by_then_is_a_deadline_not_a_state() -> None:
    assert until("A bíróságnak a hónap végéig kell érvényesítenie az eredményt.") == (
        THURSDAY,
        None,
        None,
        END_OF_MONTH,
    )


def test_an_adjective_of_need_makes_no_state() -> None:
    assert until("A jelölteknek a hónap végéig kell összegyűjteniük a szükséges ívet.") == (
        THURSDAY,
        None,
        None,
        END_OF_MONTH,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "A hatóság a hónap végéig naponta tájékoztatja a lakosságot.",
        "A hónap végéig figyelemmel kísérjük az állapotát.",
    ],
)
def test_what_is_done_again_and_again_until_then_holds_from_publication(sentence: str) -> None:
    assert until(sentence) == (None, THURSDAY, None, END_OF_MONTH)


def test_a_full_date_with_ig_is_a_time_up_to_which() -> None:
    assert until("A cég 2026. április 9-ig felveszi a dolgozókat.") == (
        THURSDAY,
        None,
        None,
        dt.date(2026, 4, 9),
    )


def test_what_is_not_done_until_then_holds_from_publication() -> None:
    assert until("A főrészvényes 2026. április 9-ig nem ad el részvényt.") == (
        None,
        THURSDAY,
        None,
        dt.date(2026, 4, 9),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Ha a kormány a hónap végéig nem kezd tárgyalást, sztrájkolnak.",
        "Ha a bérek a hónap végéig sem érkeznek meg, a dolgozók elmennek.",
    ],
)
def test_a_time_up_to_which_in_a_condition_is_a_deadline(sentence: str) -> None:
    assert until(sentence) == (THURSDAY, None, None, END_OF_MONTH)


def test_the_nem_of_a_prefixed_participle_negates_no_verb() -> None:
    assert until("A felszámoló a hónap végéig benyújtja a ki nem fizetett bérek listáját.") == (
        THURSDAY,
        None,
        None,
        END_OF_MONTH,
    )


def test_addig_in_a_condition_is_a_deadline_still_to_come() -> None:
    times = find_in(
        "A madarak május elejéig várnak.",
        "Ha a gyep addig nem zöldül ki, máshol próbálkoznak.",
        published=THURSDAY,
    )
    assert (times[-1].earliest, times[-1].latest) == (THURSDAY, dt.date(2026, 5, 10))


def test_majd_after_a_verb_of_what_is_to_come_begins_after_publication() -> None:
    assert read("A cég 120 embert alkalmaz majd helyben.", THURSDAY) == [("majd", THURSDAY, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Postát rabolt ki, majd a rendőrök elől menekült.",
        "Előbb Ljubljanában játszik, majd hazai pályán zárja a csoportkört.",
        "A férfi kirabolta a postát majd elmenekült.",
        "A csapat edz, és majd meglátjuk.",
    ],
)
def test_majd_that_goes_on_with_a_narrative_is_no_time(sentence: str) -> None:
    assert read(sentence, THURSDAY) == []


# --- round 7: more forms ------------------------------------------------------------------


def test_matol_is_the_publication_day_it_starts_on() -> None:
    assert read("A bírság mától jár.", THURSDAY) == [("mától", *day("2026-03-12"))]


def test_holnaptol_is_the_next_day_it_starts_on() -> None:
    assert read("A tilalom holnaptól érvényes.", THURSDAY) == [("holnaptól", *day("2026-03-13"))]


def test_mostantol_begins_after_publication() -> None:
    assert read("Mostantól minden kedden nyitva tart.", THURSDAY)[0] == (
        "Mostantól",
        THURSDAY,
        None,
    )


def test_masnap_is_the_day_after_the_last_day_of_what_happened() -> None:
    times = read_article(
        "A sebészek hétfőn eltávolították a daganatot – jelentette be kedden a kórház.",
        "A beteg jól van.",
        "Az orvos elmondta, hogy a műtét sikeres volt.",
        "Másnap már fel tudott ülni.",
        published=dt.date(2025, 10, 15),
    )
    assert times[-1] == ("Másnap", *day("2025-10-14"))


def test_aznap_is_the_day_of_what_happened_last() -> None:
    times = read_article(
        "A tűz hétfőn ütött ki.", "Aznap este kiürítették a házat.", published=THURSDAY
    )
    assert times[-1][0] == "Aznap"
    assert times[-1][1:] == day("2026-03-09")


def test_masnap_with_no_day_told_is_no_time() -> None:
    assert read("Másnap már fel tudott ülni.", THURSDAY) == []


def test_the_last_half_year_is_six_months_up_to_publication() -> None:
    assert read("Az elmúlt fél évben vagyont mentettek ki.", THURSDAY) == [
        ("Az elmúlt fél évben", dt.date(2025, 9, 12), THURSDAY)
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "last"),
    [
        (
            "Az év első nyolc hónapjában 6842 kísérletet akadályoztak meg.",
            "Az év első nyolc hónapjában",
            "2026-08-31",
        ),
        ("Idén az első két hónapban nőtt a forgalom.", "Idén az első két hónapban", "2026-02-28"),
    ],
)
def test_the_first_months_of_a_year_run_from_january_to_the_last_of_them(
    sentence: str, text: str, last: str
) -> None:
    september = dt.date(2026, 9, 16)
    assert read(sentence, september) == [(text, dt.date(2026, 1, 1), dt.date.fromisoformat(last))]


def test_the_same_period_last_year_after_the_first_months_is_those_months_a_year_before() -> None:
    times = read(
        "Az év első nyolc hónapjában kevesebbet fogtak, mint tavaly ugyanebben az időszakban.",
        dt.date(2026, 9, 16),
    )
    assert times[-1] == (
        "tavaly ugyanebben az időszakban",
        dt.date(2025, 1, 1),
        dt.date(2025, 8, 31),
    )


def test_a_range_of_days_as_an_adjective_is_those_days() -> None:
    assert read("Számít rá a szeptember 12–13-i mérkőzésen.", MONDAY) == [
        ("szeptember 12–13-i", dt.date(2026, 9, 12), dt.date(2026, 9, 13))
    ]


def test_the_end_of_a_season_as_a_deadline_runs_to_its_last_day() -> None:
    assert read("Ha a kormány a nyár végéig sem módosítja a törvényt, nő a bírság.", THURSDAY) == [
        ("nyár végéig", THURSDAY, dt.date(2026, 8, 31))
    ]


def test_a_whole_season_is_the_season() -> None:
    assert read("A strand tavaly egész nyáron zárva volt.", THURSDAY) == [
        ("tavaly egész nyáron", dt.date(2025, 6, 1), dt.date(2025, 8, 31))
    ]


def test_what_has_not_happened_for_years_is_a_state_begun_that_long_ago() -> None:
    time = find_in("Ilyen nagy tüzet harminc éve nem láttam.", published=THURSDAY)[0]
    assert (time.latest_begin, time.earliest_end) == (dt.date(1996, 12, 31), THURSDAY)


def test_a_decade_told_beside_an_event_is_no_spell_of_it() -> None:
    times = read_article(
        "Hétfő reggel lezárták az 1960-es években épült hidat.",
        "A tűzoltók a lezárás idején a túlparton állnak készenlétben.",
        published=dt.date(2026, 3, 25),
    )
    assert times[-1][0] == "a lezárás idején"
    assert times[-1][1] == dt.date(2026, 3, 23)


# --- round 7: event-anchored times ---------------------------------------------------------

JANUARY = dt.date(2025, 1, 29)


def test_a_count_of_days_after_an_event_is_that_day() -> None:
    times = read_article(
        "Tovább nőtt a vasárnap hajnali földrengés áldozatainak száma – közölte szerdán az AFAD.",
        "A mentők csak egy nappal a rengés után érték el a falvakat.",
        published=JANUARY,
    )
    assert times[-1] == ("egy nappal a rengés után", *day("2025-01-27"))


def test_the_day_nearest_to_the_event_named_in_its_sentence_is_its_day() -> None:
    times = read_article(
        "Tovább nőtt a vasárnap hajnali földrengés áldozatainak száma – közölte szerdán az AFAD.",
        "A mentők a rengés után érték el a falvakat.",
        published=JANUARY,
    )
    assert times[-1] == ("a rengés után", dt.date(2025, 1, 26), JANUARY)


def test_a_possessed_event_noun_is_counted_from_the_day_told_with_it() -> None:
    times = read_article(
        "Az ÁSZ a múlt kedden hozta nyilvánosságra jelentését.",
        "Két nappal a jelentés megjelenése után feljelentést tettek.",
        published=dt.date(2025, 9, 17),
    )
    assert times[-1] == ("Két nappal a jelentés megjelenése után", *day("2025-09-11"))


def test_a_possessed_event_noun_no_sentence_dates_is_no_time() -> None:
    assert read_article(
        "A cég hétfőn bejelentette a leépítést.",
        "A munkáltató a bérvita kirobbanása után kereste meg az indokot.",
        published=dt.date(2025, 9, 17),
    ) == [("hétfőn", *day("2025-09-15"))]


@pytest.mark.parametrize(
    ("told", "noun"),
    [
        ("Szombat este gálakoncerttel nyitották meg a termet.", "koncert"),
        ("Szombat este tartották a díjátadót.", "díjátadó"),
        ("Szombaton rendezték a választás első fordulóját.", "forduló"),
        ("Szombat délután tartották az ünnepséget.", "ünnepség"),
    ],
)
def test_an_occasion_noun_anchors_a_time_after_it(told: str, noun: str) -> None:
    times = read_article(
        told, f"A karmester a {noun} után azt mondta, elégedett.", published=dt.date(2025, 10, 20)
    )
    assert times[-1] == (f"a {noun} után", dt.date(2025, 10, 18), dt.date(2025, 10, 20))


def test_a_count_that_lands_after_publication_from_a_past_event_is_no_time() -> None:
    assert read_article(
        "A jelentést kedden hozták nyilvánosságra.",
        "Két héttel a jelentés megjelenése után feljelentést tettek.",
        published=dt.date(2025, 9, 17),
    ) == [("kedden", *day("2025-09-16"))]


def test_napkozben_is_the_day_the_text_is_on() -> None:
    assert read_article(
        "A részvény csütörtökön 10 százalékkal emelkedett.",
        "Napközben 3050 forintig is felkúszott.",
        published=THURSDAY,
    )[-1] == ("Napközben", *day("2026-03-12"))


def test_an_occasion_told_by_a_verb_with_its_prefix_split_off_gives_the_speaking_day() -> None:
    times = read_article(
        "Szombat este nyitotta meg kapuit a koncertterem.",
        "– Ma este ez a hiány megszűnt – mondta a megnyitón a polgármester.",
        published=dt.date(2025, 10, 20),
    )
    assert times[-1] == ("Ma este", *day("2025-10-18"))


def test_azota_after_only_ongoing_words_counts_from_the_articles_news() -> None:
    times = read_article(
        "Hétfő reggel óta nem járható a híd.",
        "– Eddig öt perc alatt beértem, most negyven percig tart – mondta egy asszony.",
        "A forgalom azóta visszaesett.",
        published=dt.date(2026, 3, 25),
    )
    assert times[-1] == ("azóta", dt.date(2026, 3, 23), None)


def test_kesobb_in_a_past_clause_is_after_the_time_told_and_over_by_publication() -> None:
    assert read(
        "2024 júniusában bírságot szabtak ki, amelyet a Bizottság később levont.", THURSDAY
    )[-1] == ("később", dt.date(2024, 6, 1), THURSDAY)


def test_kesobb_in_a_past_clause_with_no_time_told_is_no_time() -> None:
    assert read("Később kiderült, hogy a férfi hazudott.", THURSDAY) == []


# --- round 7: more words of time ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "first"),
    [
        ("Szeptember elsejétől új szabály lép életbe.", "Szeptember elsejétől", "2026-09-01"),
        ("Január elsején lépett hatályba.", "Január elsején", "2026-01-01"),
        ("2027. január elsején indul.", "2027. január elsején", "2027-01-01"),
    ],
)
def test_the_first_of_a_month_by_name_is_its_first_day(
    sentence: str, text: str, first: str
) -> None:
    assert read(sentence, THURSDAY) == [(text, *day(first))]


@pytest.mark.parametrize("word", ["Rövidesen", "Nemsokára"])
def test_soon_words_begin_after_publication(word: str) -> None:
    assert read(f"{word} döntenek.", THURSDAY) == [(word, THURSDAY, None)]


@pytest.mark.parametrize("word", ["Napjainkban", "Manapság", "Régóta"])
def test_words_of_nowadays_and_for_long_are_going_on_at_publication(word: str) -> None:
    time = find_in(f"{word} sokan dolgoznak otthonról.", published=THURSDAY)[0]
    assert (time.latest_begin, time.earliest_end) == (THURSDAY, THURSDAY)


def test_a_kozelmultban_is_over_by_publication() -> None:
    assert read("A közelmúltban több baleset történt.", THURSDAY) == [
        ("A közelmúltban", None, THURSDAY)
    ]


def test_since_yesterday_begins_after_it_and_is_still_so() -> None:
    time = find_in("Tegnap óta zárva van az út.", published=THURSDAY)[0]
    assert (time.span and time.span.text, time.earliest, time.latest_begin, time.earliest_end) == (
        "Tegnap óta",
        dt.date(2026, 3, 11),
        dt.date(2026, 3, 11),
        THURSDAY,
    )


def test_the_course_of_a_season_is_the_season() -> None:
    assert read("Az ősz folyamán elkészül a híd.", THURSDAY) == [
        ("ősz folyamán", dt.date(2026, 9, 1), dt.date(2026, 11, 30))
    ]


def test_a_school_year_by_its_years_is_september_to_august() -> None:
    assert read("A 2025/2026-os tanévben öt iskola nyílt.", THURSDAY) == [
        ("2025/2026-os tanévben", dt.date(2025, 9, 1), dt.date(2026, 8, 31))
    ]


def test_the_end_of_a_decade_as_a_deadline_runs_to_its_last_year() -> None:
    assert read("A 2020-as évek végéig elkészül a vasút.", THURSDAY) == [
        ("A 2020-as évek végéig", THURSDAY, dt.date(2029, 12, 31))
    ]


def test_half_a_year_hence_is_the_month_six_months_on() -> None:
    assert read("Fél év múlva nyit a bolt.", THURSDAY) == [
        ("Fél év múlva", dt.date(2026, 9, 1), dt.date(2026, 9, 30))
    ]


def test_the_last_24_hours_reach_back_one_day() -> None:
    assert read("Az elmúlt 24 órában 30 riasztás volt.", THURSDAY) == [
        ("Az elmúlt 24 órában", dt.date(2026, 3, 11), THURSDAY)
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "first", "last"),
    [
        ("Április első hetében nyit.", "Április első hetében", "2026-04-01", "2026-04-07"),
        ("Március utolsó hetében döntenek.", "Március utolsó hetében", "2026-03-25", "2026-03-31"),
        ("A hónap utolsó napján zár.", "A hónap utolsó napján", "2026-03-31", "2026-03-31"),
    ],
)
def test_a_first_or_last_week_or_day_of_a_month_is_those_days(
    sentence: str, text: str, first: str, last: str
) -> None:
    assert read(sentence, THURSDAY) == [
        (text, dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    ]


def test_a_week_of_a_month_gone_by_whose_tense_nothing_tells_is_no_time() -> None:
    assert read("Január utolsó hetében 5 fok.", THURSDAY) == []


def test_a_plural_event_noun_anchors_a_time_after_it() -> None:
    assert read_article(
        "Vasárnap tartották a tárgyalásokat.",
        "A tárgyalások után a felek nyilatkoztak.",
        published=THURSDAY,
    )[-1] == ("A tárgyalások után", dt.date(2026, 3, 8), THURSDAY)


def test_at_the_earliest_by_a_day_begins_no_earlier_than_that_day() -> None:
    assert read(
        "A csóva legkorábban szerda estére érheti el a torkolatot.", dt.date(2025, 7, 22)
    ) == [("legkorábban szerda estére", dt.date(2025, 7, 23), None)]


def test_a_month_adjective_of_data_keeps_the_month_gone_by_beside_one_told_ahead() -> None:
    assert read_article(
        "Jövő januártól 6 százalékkal emelik a nyugdíjakat.",
        "A januári adatok szerint az infláció 4 százalék.",
        published=NOVEMBER,
    )[1] == ("januári", dt.date(2025, 1, 1), dt.date(2025, 1, 31))


def test_akkor_of_a_condition_told_after_it_is_no_time() -> None:
    assert read_article(
        "A konyhát hétfőn bezárták.",
        "A konyha akkor nyithat újra, ha a cég mindent fertőtlenít.",
        published=THURSDAY,
    ) == [("hétfőn", *day("2026-03-09"))]


def test_minutes_earlier_compare_and_date_nothing() -> None:
    assert read("A reggeli járatot tíz perccel korábban indítják.", THURSDAY) == []


def test_a_season_after_an_indefinite_article_is_any_such_season() -> None:
    assert (
        read(
            "A film egy család életéről szól, amelyet egy aszályos nyáron a folyó fordít fel.",
            THURSDAY,
        )
        == []
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "A fődíjat a dán rendező Téli kikötő című drámája kapta.",
        "A tüntetők a Március 15. téren gyűltek össze.",
        "A Vasárnapi Hírek szerint nőtt a forgalom.",
    ],
)
def test_a_capitalised_calendar_word_inside_a_sentence_is_part_of_a_name(sentence: str) -> None:
    assert read(sentence, THURSDAY) == []


def test_a_capitalised_season_opening_a_quotation_is_a_time() -> None:
    assert read("– Nyáron sok turista érkezett – mondta.", THURSDAY)[0][0] == "Nyáron"


def test_meg_delelott_is_the_day_the_text_is_on() -> None:
    assert read_article(
        "A jelölt hétfő hajnalban panaszt nyújtott be.",
        "A választási iroda még délelőtt elutasította a beadványt.",
        published=dt.date(2026, 5, 18),
    )[-1] == ("még délelőtt", *day("2026-05-18"))


def test_a_closing_clause_told_at_night_is_counted_from_that_evening() -> None:
    times = read_article(
        "– Ma este Románia Európát választotta.",
        "Mindenki elnöke leszek – mondta a győztes az éjszaka a kampányközpontjában.",
        published=dt.date(2026, 5, 18),
    )
    assert times[0] == ("Ma este", *day("2026-05-17"))


@pytest.mark.parametrize(
    ("sentence", "text", "first", "last"),
    [
        ("A tavalyelőtti adatok szerint nőtt.", "tavalyelőtti", "2024-01-01", "2024-12-31"),
        ("Tavalyelőtt decemberben zárt be.", "Tavalyelőtt decemberben", "2024-12-01", "2024-12-31"),
        ("Tavalyelőtt nyáron nyílt meg.", "Tavalyelőtt nyáron", "2024-06-01", "2024-08-31"),
    ],
)
def test_tavalyelott_is_two_years_before_publication(
    sentence: str, text: str, first: str, last: str
) -> None:
    assert read(sentence, THURSDAY) == [
        (text, dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    ]


def test_two_weeks_ago_is_the_day_fourteen_days_back() -> None:
    assert read("Két héttel ezelőtt történt a baleset.", THURSDAY) == [
        ("Két héttel ezelőtt", *day("2026-02-26"))
    ]


def test_a_day_gone_by_months_ago_that_a_state_holds_until_is_next_years() -> None:
    time = find_in("A kedvezmény december 31-ig érvényes.", published=THURSDAY)[0]
    assert (time.latest_begin, time.latest) == (THURSDAY, dt.date(2026, 12, 31))


def test_a_day_a_state_held_until_told_in_the_past_is_gone_by() -> None:
    assert read("A kedvezmény december 31-ig volt érvényben.", THURSDAY)[0][2] == dt.date(
        2025, 12, 31
    )


def test_a_deadline_just_gone_by_stays_this_years() -> None:
    assert read("Március 10-ig kell benyújtani a kérelmet.", THURSDAY)[0][2] == dt.date(2026, 3, 10)


def test_a_month_adjective_of_an_act_told_ahead_is_next_years() -> None:
    assert read("A januári emelés 6 százalékos lesz.", NOVEMBER) == [("januári", *NEXT_JANUARY)]


def test_a_month_adjective_of_an_act_whose_tense_nothing_tells_is_no_time() -> None:
    assert read("A márciusi választáson indul a párt.", NOVEMBER) == []


def test_a_month_adjective_of_data_with_no_verb_is_the_month_gone_by() -> None:
    assert read("A januári adat 4 százalék.", NOVEMBER) == [
        ("januári", dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    ]


def test_a_season_adjective_of_a_season_over_whose_tense_nothing_tells_is_no_time() -> None:
    assert read("A nyári aszály miatt kevesebb a termés.", NOVEMBER) == []


def test_a_season_adjective_told_ahead_is_the_next_such_season() -> None:
    assert read("A nyári fesztivál jövőre is lesz.", NOVEMBER)[0] == (
        "nyári",
        dt.date(2026, 6, 1),
        dt.date(2026, 8, 31),
    )


def test_after_an_event_gone_by_in_a_clause_of_what_is_to_come_begins_after_its_day() -> None:
    times = read_article(
        "Csütörtökön vezették be a részvényeket a tőzsdére.",
        "A főrészvényes a bevezetés után 54 százalékot tart meg.",
        published=dt.date(2025, 10, 9),
    )
    assert times[-1] == ("a bevezetés után", dt.date(2025, 10, 9), None)


def test_after_an_event_no_day_is_told_of_in_a_clause_of_what_is_to_come_is_no_time() -> None:
    assert read("A leleteket restaurálás után a múzeumban állítják ki.", THURSDAY) == []


@pytest.mark.parametrize("verb", ["jelentette ki", "szögezte le", "fejtette ki", "árulta el"])
def test_more_verbs_of_saying_close_a_quotation_with_its_speaking_day(verb: str) -> None:
    ongoing = find_in(f"– Még mindig bízunk benne – {verb} szombaton az edző.", published=MONDAY)[0]
    assert ongoing.latest_begin == dt.date(2026, 8, 1)


def test_a_napokban_of_what_is_to_come_begins_after_publication() -> None:
    assert read("A napokban döntenek a kérdésről.", THURSDAY) == [("A napokban", THURSDAY, None)]


def test_a_napokban_told_in_the_past_is_the_last_three_days() -> None:
    assert read("A napokban jelent meg a könyv.", THURSDAY) == [
        ("A napokban", dt.date(2026, 3, 9), THURSDAY)
    ]


def test_a_mai_napon_is_today() -> None:
    assert read("A mai napon döntenek a kérdésről.", THURSDAY) == [
        ("A mai napon", *day("2026-03-12"))
    ]
