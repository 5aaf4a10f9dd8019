"""The bodies Hungarian news name most (kb/extract/data/gazetteer.yaml, round 7 block):
each found by its full name, its acronym and its short name, typed as the golds type it,
and no common word or surname read as one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.extract_support import entities, mentions

GAZETTEER = Path(__file__).resolve().parent.parent / "kb" / "extract" / "data" / "gazetteer.yaml"
HEADER = "  # Bodies Hungarian news name most"


def _block() -> list[dict[str, Any]]:
    """The entries of the block: from its header comment to the end of the list."""
    text = GAZETTEER.read_text(encoding="utf-8").split(HEADER, 1)[1]
    lines = text.split("\n\n", 1)[0].splitlines()[1:]
    return list(yaml.safe_load("\n".join(line.removeprefix("  ") for line in lines)))


BLOCK = _block()


def test_no_body_of_the_block_carries_an_unchecked_wikidata_id() -> None:
    assert [e["id"] for e in BLOCK if "wikidata" in e] == []


@pytest.mark.parametrize(
    ("entry", "name"),
    [(e, name) for e in BLOCK for name in (e["hu"], *e.get("aliases", ()))],
    ids=lambda value: value if isinstance(value, str) else value["id"],
)
def test_every_name_of_a_body_finds_it_with_its_type(entry: dict[str, Any], name: str) -> None:
    found = entities(f"Tegnap a {name} közölte a hírt.")
    assert entry["id"] in found
    assert (found[entry["id"]].type, mentions(found[entry["id"]])) == (entry["type"], [name])


@pytest.mark.parametrize(
    ("sentence", "body", "type_"),
    [
        ("A Belügyminisztérium közleményt adott ki.", "belugyminiszterium", "GovernmentBody"),
        ("A Szegedi Ítélőtábla helybenhagyta az ítéletet.", "szegedi-itelotabla", "GovernmentBody"),
        ("A Frontex adatai szerint nőtt a határátlépések száma.", "frontex", "Organization"),
        ("A Mandiner úgy értesült, hogy lemond.", "mandiner", "NewsAgency"),
        ("A KFOR katonái járőröznek.", "kfor", "ArmedForce"),
    ],
)
def test_a_known_body_has_the_type_the_golds_give_it(sentence: str, body: str, type_: str) -> None:
    assert entities(sentence)[body].type == type_


def test_a_university_told_by_full_name_then_acronym_is_one_body() -> None:
    found = entities("Az Eötvös Loránd Tudományegyetem kutatói mérték.", "Az ELTE szerint jó.")
    assert mentions(found["elte"]) == ["Eötvös Loránd Tudományegyetem", "ELTE"]


def test_an_acronym_inflected_after_a_hyphen_names_the_body() -> None:
    assert mentions(entities("A hallgatók az ELTE-n és a BME-n tanulnak.")["bme"]) == ["BME-n"]


def test_a_company_with_and_without_its_legal_form_is_one_body() -> None:
    found = entities("A Magyar Posta Zrt. közölte.", "A Magyar Posta szerint nincs késés.")
    assert mentions(found["magyar-posta"]) == ["Magyar Posta Zrt.", "Magyar Posta"]


def test_a_mixed_case_word_spelt_like_an_acronym_names_no_body() -> None:
    assert "hungarian-ministry-of-culture-and-innovation" not in entities(
        "Kim Dzsongun meglátogatta a gyárat."
    )


def test_a_union_named_in_full_with_its_acronym_in_brackets_is_one_body() -> None:
    found = entities(
        "Sztrájkot hirdetett a Pedagógusok Demokratikus Szakszervezete (PDSZ).",
        "A PDSZ szerint a tárgyalás kudarc volt.",
    )
    unions = [e for e in found.values() if e.type == "Organization"]
    assert [mentions(e) for e in unions] == [
        ["Pedagógusok Demokratikus Szakszervezete", "PDSZ", "PDSZ"]
    ]


def test_a_pollster_whose_short_name_is_a_common_word_is_not_read_from_it() -> None:
    assert "median" not in entities("Medián bér nőtt tavaly.")


def test_a_surname_a_company_is_named_after_is_no_company() -> None:
    assert "richter-gedeon" not in entities("Gerhard Richter festő kiállítása nyílt meg.")
