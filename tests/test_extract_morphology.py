"""kb.extract.morphology: the one table of Hungarian endings, both ways."""

from __future__ import annotations

import pytest

from kb.extract.morphology import (
    DATIVE,
    ILLATIVE,
    accusative_nominative,
    name_nominative,
    place_nominative,
    possessed_nominative,
    stems,
    tokens,
)


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Puskás Arénában", "Puskás Aréna"),
        ("Kortárs Művészetek Házában", "Kortárs Művészetek Háza"),
        ("Facebook-csoportnak", "Facebook-csoport"),
        ("Orbánnal", "Orbán"),
        ("Budapest", "Budapest"),
    ],
)
def test_a_name_loses_only_an_unambiguous_ending(surface: str, name: str) -> None:
    assert name_nominative(surface) == name


def test_a_town_in_a_place_case_is_named_in_the_nominative() -> None:
    assert (place_nominative("Miskolcon"), place_nominative("Tatabányán")) == (
        "Miskolc",
        "Tatabánya",
    )


def test_an_accusative_place_loses_its_t() -> None:
    assert accusative_nominative("Grammatikót") == "Grammatikó"


def test_the_case_groups_are_the_endings_stems_undo() -> None:
    assert "oroszország" in stems("Oroszország" + ILLATIVE[0])
    assert "moszkva" in stems("Moszkvá" + DATIVE[0])


def test_a_town_ending_in_a_long_vowel_takes_a_bare_n_on_it() -> None:
    assert place_nominative("Sóstón") == "Sóstó"
    assert place_nominative("Miskolcon") == "Miskolc"


def test_a_foreign_names_short_final_o_lengthens_before_an_ending() -> None:
    assert "faso" in stems("Fasóban")
    assert "mexikó" in stems("Mexikóban")


def test_an_apostrophe_inside_a_name_keeps_it_one_word() -> None:
    assert [w for w, _, _ in tokens("a fővárosban, N'Djamenában")] == [
        "a",
        "fővárosban",
        "N'Djamenában",
    ]


@pytest.mark.parametrize(
    ("word", "nominative"),
    [("önkormányzatának", "önkormányzata"), ("közgyűlésén", "közgyűlése"), ("város", "város")],
)
def test_a_possessed_noun_with_a_case_is_read_back_in_the_nominative(
    word: str, nominative: str
) -> None:
    assert possessed_nominative(word) == nominative


def test_a_base_that_drops_its_unstable_vowel_before_an_ending_is_found() -> None:
    assert "nagyterem" in stems("nagytermet")
    assert "bokor" in stems("bokrok")


def test_a_lengthened_final_vowel_before_a_consonant_ending_is_short_in_the_nominative() -> None:
    assert [place_nominative(w) for w in ("Röszkénél", "Tatabányáról", "Tatabányán")] == [
        "Röszke",
        "Tatabánya",
        "Tatabánya",
    ]
