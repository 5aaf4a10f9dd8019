"""kb.extract.tense: which words tell the past, and what makes a clause tell of what is to come."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.extract.tense import PAST
from kb.extract.timex import find_times
from kb.model import Span
from kb.timespan import bounds

WEDNESDAY = dt.date(2025, 6, 25)
SEPTEMBER = dt.date(2026, 9, 16)
THURSDAY = dt.date(2026, 3, 12)
MONDAY = dt.date(2026, 8, 3)


def read(sentence: str, published: dt.date) -> list[tuple[str, object, object]]:
    times = find_times((Span(sentence, 0, len(sentence)),), published)
    return [(t.span.text, *bounds(t, published)) for t in times if t.span]


def past_words(sentence: str) -> list[str]:
    return [m.group(0) for m in PAST.finditer(sentence)]


def day(iso: str) -> tuple[dt.date, dt.date]:
    d = dt.date.fromisoformat(iso)
    return d, d


@pytest.mark.parametrize("verb", ["elhunyt", "lehunyt", "kifolyt", "hunyt", "folyt"])
def test_the_past_of_the_ny_and_ly_stems_huny_and_foly_is_read(
    verb: str,
) -> None:
    assert past_words(f"A színész kedden {verb}.") == [verb]


def test_a_weekday_told_with_elhunyt_is_the_last_one() -> None:
    assert read("Kedden este elhunyt a színész.", WEDNESDAY) == [
        ("Kedden este", *day("2025-06-24"))
    ]


@pytest.mark.parametrize("noun", ["kormányt", "királyt", "arányt", "súlyt", "tényt"])
def test_an_accusative_in_t_after_ny_or_ly_is_no_past(noun: str) -> None:
    assert past_words(f"A {noun} említik.") == []


@pytest.mark.parametrize(
    "word", ["köztük", "szerinte", "szerintük", "miatta", "emiatt", "előttük", "mellette"]
)
def test_a_postposition_with_a_person_ending_is_no_past(word: str) -> None:
    assert past_words(f"Csütörtökön {word} is nyit.") == []


@pytest.mark.parametrize("word", ["péntek", "párt", "szinte", "világszerte", "őszinte"])
def test_a_noun_or_adverb_ending_like_a_past_verb_is_no_past(word: str) -> None:
    assert past_words(f"A {word} ügye.") == []


@pytest.mark.parametrize(
    "word", ["vádlottak", "gyanúsított", "érintettek", "légkondicionált", "úgynevezett"]
)
def test_a_noun_or_adjective_made_of_a_participle_is_no_past(word: str) -> None:
    assert past_words(f"Csütörtöktől öt helyen nyit {word} termet.") == []


def test_a_verbless_clause_takes_the_tense_of_the_rest_of_its_sentence() -> None:
    sentence = "A csúcshőmérséklet csütörtökön 34 fok, pénteken 36 fok között alakul."
    assert read(sentence, WEDNESDAY) == [
        ("csütörtökön", *day("2025-06-26")),
        ("pénteken", *day("2025-06-27")),
    ]


def test_a_verbless_clause_in_a_past_sentence_is_the_past() -> None:
    sentence = "A csúcshőmérséklet csütörtökön 34 fok, pénteken 36 fok volt."
    assert read(sentence, WEDNESDAY) == [
        ("csütörtökön", *day("2025-06-19")),
        ("pénteken", *day("2025-06-20")),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A tervek szerint márciusban nyit az új szárny.",
        "Az előrejelzés szerint márciusban is enyhe idő marad.",
        "A menetrend szerint márciusban indul a járat.",
        "Jövő tavasszal kampányt indítanak, a szövetség márciusban programsorozatot szervez.",
    ],
)
def test_a_month_gone_by_in_a_sentence_of_a_plan_or_forecast_is_next_years(
    sentence: str,
) -> None:
    march = [t for t in read(sentence, SEPTEMBER) if t[0] == "márciusban"]
    assert march == [("márciusban", dt.date(2027, 3, 1), dt.date(2027, 3, 31))]


def test_a_month_gone_by_in_a_plan_sentence_with_a_past_verb_is_this_years() -> None:
    sentence = "A tervek szerint márciusban nyitott meg az új szárny."
    assert read(sentence, SEPTEMBER) == [("márciusban", dt.date(2026, 3, 1), dt.date(2026, 3, 31))]


def test_a_participle_after_an_article_and_an_adjective_is_no_past_verb() -> None:
    assert read("A fővárosi használt lakások árát csütörtökön közlik.", WEDNESDAY) == [
        ("csütörtökön", *day("2025-06-26"))
    ]


@pytest.mark.parametrize(
    "sentence",
    ["A tárgyalások márciusban folytatódnak.", "A munkálatok márciusban fejeződnek be."],
)
def test_the_plural_of_an_odik_verb_tells_a_month_gone_by_is_next_years(sentence: str) -> None:
    assert read(sentence, SEPTEMBER) == [("márciusban", dt.date(2027, 3, 1), dt.date(2027, 3, 31))]


@pytest.mark.parametrize("verb", ["fújt", "elfújt", "fájt", "bújt"])
def test_the_past_of_the_j_stems_fuj_faj_buj_is_read(verb: str) -> None:
    assert past_words(f"Kedden {verb}.") == [verb]


def test_a_present_in_jt_is_no_past() -> None:
    assert past_words("A vihar sújt és hajt.") == []


def test_a_participle_dated_by_a_weekday_after_an_article_is_no_past_verb() -> None:
    sentence = "A kedden bejelentett intézkedés pénteken lép életbe."
    assert read(sentence, WEDNESDAY) == [
        ("kedden", *day("2025-06-24")),
        ("pénteken", *day("2025-06-27")),
    ]


def test_a_weekday_before_a_plain_past_verb_after_its_subject_is_the_last_one() -> None:
    assert read("A kormány pénteken döntött.", WEDNESDAY) == [("pénteken", *day("2025-06-20"))]


@pytest.mark.parametrize(
    "noun",
    [
        "ravatalt",
        "könyvfesztivált",
        "asztalt",
        "bevételt",
        "részvételt",
        "gólt",
        "kábelt",
        "célt",
        "panelt",
        "profilt",
        "italt",
    ],
)
def test_the_accusative_of_a_noun_in_l_is_no_past(noun: str) -> None:
    assert past_words(f"Csütörtökön {noun} állítanak.") == []


@pytest.mark.parametrize(
    "verb", ["tárgyalt", "importált", "vállalt", "beszélt", "talált", "mobilizált", "aktivált"]
)
def test_a_past_in_lt_beside_those_nouns_is_still_read(verb: str) -> None:
    assert past_words(f"A cég kedden {verb}.") == [verb]


def test_a_weekday_told_with_an_accusative_in_lt_and_a_present_is_the_coming_one() -> None:
    assert read("Pénteken ravatalt állítanak a színházban.", WEDNESDAY) == [
        ("Pénteken", *day("2025-06-27"))
    ]


def test_a_time_up_to_which_a_warning_runs_is_still_to_come() -> None:
    assert read("A hatóságok csütörtökig újabb esőzésekre figyelmeztettek.", WEDNESDAY) == [
        ("csütörtökig", dt.date(2025, 6, 25), dt.date(2025, 6, 26))
    ]


def test_a_time_up_to_which_something_lasted_with_no_warning_is_gone_by() -> None:
    assert read("A lezárás csütörtökig tartott.", WEDNESDAY) == [
        ("csütörtökig", None, dt.date(2025, 6, 19))
    ]


# --- round 7: the participle's tense, a score's colon --------------------------------------


def test_megjelent_is_the_past_of_megjelenik() -> None:
    assert past_words("A rendelet kedden megjelent.") == ["megjelent"]


@pytest.mark.parametrize("word", ["bejelent", "kijelent", "lent", "jelent"])
def test_a_present_or_an_adverb_in_lent_is_no_past(word: str) -> None:
    assert past_words(f"A miniszter {word} valamit.") == []


def test_a_weekday_right_before_a_past_participle_is_the_last_one() -> None:
    sentence = "A döntés a Cégközlönyben szerdán megjelent végzésből derül ki."
    assert read(sentence, THURSDAY) == [("szerdán", *day("2026-03-11"))]


def test_a_past_participle_dates_its_weekday_even_beside_a_verb_of_what_may_come() -> None:
    sentence = "A Cégközlönyben szerdán megjelent végzés szerint a cég pénteken bezárhat."
    assert read(sentence, THURSDAY) == [
        ("szerdán", *day("2026-03-11")),
        ("pénteken", *day("2026-03-13")),
    ]


@pytest.mark.parametrize("score", ["6:4, 3:6, 7:6 arányban", "14:30-kor", "6,25 százalékkal"])
def test_a_colon_or_comma_between_digits_does_not_part_a_weekday_from_its_verb(
    score: str,
) -> None:
    sentence = f"A csapat szombaton a döntőben {score} győzte le az ellenfelét."
    assert read(sentence, MONDAY)[0] == ("szombaton", *day("2026-08-01"))


def test_a_past_verb_before_a_colon_does_not_date_what_the_colon_announces() -> None:
    sentence = "A Volánbusz módosította a menetrendet: a buszok pénteken kerülőúton közlekednek."
    assert read(sentence, MONDAY) == [("pénteken", *day("2026-08-07"))]


@pytest.mark.parametrize("start", ["januártól", "január elejétől"])
def test_a_start_from_a_month_gone_by_with_no_past_verb_is_next_years(start: str) -> None:
    sentence = f"A minisztérium közölte, hogy {start} évi 60 millió forinttal támogatja a termet."
    assert read(sentence, SEPTEMBER)[0][1].year == 2027


def test_a_start_from_a_month_gone_by_told_in_the_past_is_this_years() -> None:
    assert read("Januártól emelték a díjakat.", SEPTEMBER) == [
        ("Januártól", dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    ]


@pytest.mark.parametrize(
    "noun", ["címért", "díjért", "vízért", "gólért", "határt", "tanárt", "hitelt"]
)
def test_a_nouns_causal_ert_or_accusative_in_rt_is_no_past(noun: str) -> None:
    assert past_words(f"Szombaton a {noun} játszanak.") == []


@pytest.mark.parametrize("verb", ["kért", "tért", "elért", "visszaért", "írt", "aláírt", "bezárt"])
def test_a_short_stem_in_long_vowel_and_r_takes_its_past_t(verb: str) -> None:
    assert past_words(f"A csapat szombaton {verb}.") == [verb]


def test_veget_ert_is_a_past() -> None:
    assert read("A torna vasárnap véget ért.", MONDAY) == [("vasárnap", *day("2026-08-02"))]


def test_a_coming_match_for_a_title_is_the_coming_weekday() -> None:
    assert read("A csapat szombaton a bajnoki címért játszik.", MONDAY) == [
        ("szombaton", *day("2026-08-08"))
    ]


@pytest.mark.parametrize(
    "word", ["koncertek", "kertek", "tesztek", "tisztek", "várólista", "fajta", "tiszta", "holott"]
)
def test_a_noun_or_word_ending_like_a_past_in_ta_tek_or_tt_is_no_past(word: str) -> None:
    assert past_words(f"A {word} szombaton.") == []


def test_coming_concerts_on_a_weekday_are_the_coming_one() -> None:
    assert read("A koncertek szombaton kezdődnek a parkban.", MONDAY) == [
        ("szombaton", *day("2026-08-08"))
    ]


@pytest.mark.parametrize("verb", ["hagyta", "hagyták", "visszavonta", "visszavont", "levont"])
def test_the_past_after_gy_and_of_von_is_read(verb: str) -> None:
    assert past_words(f"A kormány kedden {verb}.") == [verb]


@pytest.mark.parametrize("word", ["havonta", "naponta"])
def test_an_adverb_in_onta_is_no_past(word: str) -> None:
    assert past_words(f"A busz {word} jár.") == []


@pytest.mark.parametrize("sentence", ["A torna vasárnap ért véget.", "A gép vasárnap ért földet."])
def test_ert_before_veget_or_foldet_is_a_past(sentence: str) -> None:
    assert read(sentence, MONDAY) == [("vasárnap", *day("2026-08-02"))]


def test_ert_of_agreeing_is_no_past() -> None:
    assert past_words("Nem ért egyet a döntéssel.") == []


def test_an_indefinite_participle_before_a_possessed_object_is_no_past_verb() -> None:
    assert read("Kedden a kormány elfogadott javaslatát vitatják.", THURSDAY) == [
        ("Kedden", *day("2026-03-17"))
    ]


def test_a_weekday_right_before_that_participle_dates_it() -> None:
    assert read("A kormány kedden elfogadott javaslatát vitatják.", THURSDAY) == [
        ("kedden", *day("2026-03-10"))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kedden érkezik a delegáció, amely tavaly is járt itt.",
        "Kedden tárgyalnak a felek, és a múlt héten már egyeztettek.",
        "Kedden dönt a bíróság, hogy a cég tavaly jogszerűen járt-e el.",
    ],
)
def test_a_past_verb_of_a_clause_joined_on_after_a_comma_does_not_date_the_weekday(
    sentence: str,
) -> None:
    assert read(sentence, THURSDAY)[0] == ("Kedden", *day("2026-03-17"))


@pytest.mark.parametrize("verb", ["agyonszúrt", "odaírt", "hozzáírt", "fölírt"])
def test_the_past_of_a_verb_with_the_prefix_agyon_oda_hozza_or_fol_is_read(verb: str) -> None:
    assert past_words(f"A férfi kedden {verb} valakit.") == [verb]


def test_a_weekday_before_a_prefixed_past_in_a_relative_clause_is_the_last_one() -> None:
    sentence = "Letartóztatták, aki a gyanú szerint szombat hajnalban agyonszúrt egy férfit."
    assert read(sentence, THURSDAY) == [("szombat hajnalban", *day("2026-03-07"))]
