"""Round-6 entity recall: people and groups told of by what they are, not by name."""

from __future__ import annotations

from kb.extract.morphology import plural
from tests.extract_support import entities, mentions


def test_the_plural_of_a_noun_follows_its_ending_and_vowel_harmony() -> None:
    assert [plural(n) for n in ("régész", "lakos", "mérnök", "hívő", "pilóta")] == [
        "régészek",
        "lakosok",
        "mérnökök",
        "hívők",
        "pilóták",
    ]
    assert [plural(n) for n in ("vádlott", "sérült", "külföldi", "diák")] == [
        "vádlottak",
        "sérültek",
        "külföldiek",
        "diákok",
    ]


def test_an_occupation_in_the_plural_after_the_article_is_a_group() -> None:
    found = entities("A régészek szerint a lelet ritka.", "Tavaly a régészek is ásattak.")
    group = found["archaeologists-group"]
    assert (group.type, mentions(group)) == ("Group", ["régészek", "régészek"])


def test_people_in_the_plural_with_a_case_ending_are_the_group() -> None:
    found = entities("A rendőrség arra kéri a lakosokat, hogy ne nyissák meg a leveleket.")
    assert mentions(found["inhabitants-group"]) == ["lakosokat"]


def test_a_second_plural_of_a_people_noun_is_the_group_too() -> None:
    found = entities("Az összeget a hívek adományaiból fedezték.")
    assert found["believers-group"].type == "Group"


def test_a_compound_ending_in_a_people_noun_is_that_kind_of_people() -> None:
    found = entities("A vízirendőrök a helyszínen megszondáztatták a kapitányt.")
    assert mentions(found["river-police-officers-group"]) == ["vízirendőrök"]


def test_a_count_of_patients_alone_is_a_number_no_group() -> None:
    found = entities("A kórházban tavaly 450 beteget láttak el.")
    assert not any(e.type == "Group" for e in found.values())


def test_a_count_of_patients_told_of_in_the_plural_too_is_the_group() -> None:
    found = entities("A betegek ne hagyják abba a szedését.", "Eddig 38-42 ezer beteg kapta meg.")
    assert mentions(found["patients-group"]) == ["betegek", "38-42 ezer beteg"]


def test_one_officer_after_egy_is_no_group() -> None:
    found = entities("A kontingenst egy alezredes irányítja.")
    assert not any(e.type == "Group" for e in found.values())
