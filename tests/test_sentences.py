"""kb.read.sentences: where Hungarian sentences end, with offsets into the whole text."""

from __future__ import annotations

import pytest

from kb.read.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [span.text for span in split_sentences(text)]


def test_a_full_stop_before_a_capital_ends_a_sentence() -> None:
    assert texts("Kim Phenjanban van. Putyin Moszkvában.") == [
        "Kim Phenjanban van.",
        "Putyin Moszkvában.",
    ]


def test_offsets_point_into_the_whole_text() -> None:
    text = "Cím\n2024. november 30. – 10:12\nElső mondat. Második mondat."
    body = text.index("Első")
    spans = split_sentences(text, body)
    assert [text[s.start : s.end] for s in spans] == [s.text for s in spans]
    assert spans[1].start == text.index("Második")


@pytest.mark.parametrize(
    "sentence",
    [
        "Több ország, pl. Dél-Korea is tiltakozott.",
        "A dr. Kovács vezette bizottság ülésezett.",
        "Az ún. Kurszki területen harcolnak.",
        "A vö. Szöul jelentését érdemes olvasni.",
        "A találkozó kb. Két órán át tartott.",
        "A szerződést jan. 15-én írták alá.",
        "Donald J. Trump beszédet mondott.",
    ],
)
def test_an_abbreviation_or_initial_does_not_end_a_sentence(sentence: str) -> None:
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "A cikk 2024. november 30. után jelent meg.",
        "Az ukrán erők 2024. Augusztus 6-án törtek be.",
        "A 6. hadsereg 2024. 11. 30. óta támad.",
        "XIV. Lajos francia király volt.",
    ],
)
def test_an_ordinal_number_does_not_end_a_sentence(sentence: str) -> None:
    assert texts(sentence) == [sentence]


def test_a_number_before_a_capitalised_word_ends_a_sentence() -> None:
    assert texts("A háború 2022-ben kezdődött, a tűzszünet 2025. Ezt Kijev tagadja.") == [
        "A háború 2022-ben kezdődött, a tűzszünet 2025.",
        "Ezt Kijev tagadja.",
    ]


def test_a_date_ending_a_sentence_ends_it() -> None:
    assert texts("A tárgyalás napja 2024. november 30. Ekkor érkezett meg.") == [
        "A tárgyalás napja 2024. november 30.",
        "Ekkor érkezett meg.",
    ]


def test_a_company_abbreviation_ends_a_sentence_before_a_capital() -> None:
    assert texts("A szerződést a Rába Zrt. kapta. A Mol Nyrt. pedig nem.") == [
        "A szerződést a Rába Zrt. kapta.",
        "A Mol Nyrt. pedig nem.",
    ]


def test_stb_ends_a_sentence_before_a_capital() -> None:
    assert texts("Lövegeket, rakétákat stb. szállít. Ezt Szöul jelentette.") == [
        "Lövegeket, rakétákat stb. szállít.",
        "Ezt Szöul jelentette.",
    ]


def test_a_sentence_final_mti_attribution_ends_the_sentence() -> None:
    assert texts("Kim biztosította Belouszovot – írja az MTI. Kimet a média idézte.") == [
        "Kim biztosította Belouszovot – írja az MTI.",
        "Kimet a média idézte.",
    ]


def test_a_quotation_keeps_its_reporting_clause() -> None:
    assert texts("„Támogatjuk Oroszországot.” – mondta Kim. Putyin hallgatott.") == [
        "„Támogatjuk Oroszországot.” – mondta Kim.",
        "Putyin hallgatott.",
    ]


def test_a_quotation_opening_a_sentence_starts_one() -> None:
    assert texts("Kim beszélt. „Támogatjuk Oroszországot” – mondta.") == [
        "Kim beszélt.",
        "„Támogatjuk Oroszországot” – mondta.",
    ]


def test_a_question_mark_and_an_exclamation_mark_end_sentences() -> None:
    assert texts("Mit tesz Szöul? Semmit! Ez biztos.") == [
        "Mit tesz Szöul?",
        "Semmit!",
        "Ez biztos.",
    ]


def test_a_single_line_break_does_not_end_a_sentence() -> None:
    assert texts("Belouszov hangsúlyozta, hogy\nkiterjesztik az együttműködést.") == [
        "Belouszov hangsúlyozta, hogy\nkiterjesztik az együttműködést."
    ]


def test_a_blank_line_ends_a_sentence_without_punctuation() -> None:
    assert texts("Alcím szöveg\n\nA cikk folytatódik.") == ["Alcím szöveg", "A cikk folytatódik."]


def test_a_lowercase_word_after_a_full_stop_continues_the_sentence() -> None:
    assert texts("Az 1. és a 2. zászlóalj is ott volt.") == ["Az 1. és a 2. zászlóalj is ott volt."]


@pytest.mark.parametrize(
    "sentence",
    [
        "A gyakorlatot az MH 5. Bocskai István Lövészdandár vezeti.",
        "A díjat a 12. Budapesti Tavaszi Fesztivál kapta.",
    ],
)
def test_a_number_after_an_acronym_or_article_is_an_ordinal_inside_a_name(sentence: str) -> None:
    assert texts(sentence) == [sentence]


def test_a_year_ending_a_sentence_after_a_noun_still_ends_it() -> None:
    assert texts("A választás éve 2026. Az ellenzék készül.") == [
        "A választás éve 2026.",
        "Az ellenzék készül.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A munkát a Magyar Közút Zrt. (MK) végzi.",
        "A MÁV-HÉV Zrt. 10 percenként indított járatokat.",
        "Az ügyre a Btk. 2-8 év szabadságvesztést rendel.",
    ],
)
def test_a_legal_form_before_a_number_or_an_acronym_and_a_law_code_go_on(sentence: str) -> None:
    assert texts(sentence) == [sentence]


def test_a_company_abbreviation_ends_a_sentence_before_a_bracket_that_is_no_acronym() -> None:
    assert texts("A győztes a Rába Zrt. (Ezt csütörtökön jelentették be.)") == [
        "A győztes a Rába Zrt.",
        "(Ezt csütörtökön jelentették be.)",
    ]
