"""Wikidata links only on unambiguous evidence: a capital stands for its state only
when it acts alone; a name inside a longer name, an acronym that is not one, and a
nationality word for a language name no state."""

from __future__ import annotations

from kb.model import Entity
from tests.extract_support import entities, mentions


def test_a_capital_acting_alone_stands_for_its_state() -> None:
    found = entities("Peking szerint konstruktívak voltak a tárgyalások.")
    assert [m.metonymy_of for m in found["china"].mentions] == ["beijing"]


def test_a_capital_owning_a_numbered_district_is_the_city() -> None:
    found = entities("Tűz ütött ki egy raktárcsarnokban Budapest X. kerületében, közölte az OKF.")
    assert "hungary" not in found
    assert mentions(found["budapest"]) == ["Budapest"]


def test_a_capital_opening_a_longer_name_is_not_its_state() -> None:
    found = entities("A bejelentés a Budapest Tech Summit konferencián hangzott el.")
    assert "hungary" not in found


def test_a_capital_before_another_known_name_still_acts() -> None:
    found = entities("Washington Pekinget hibáztatta a vámok miatt.")
    assert [m.metonymy_of for m in found["united-states"].mentions] == ["washington"]


def test_an_acronym_takes_its_ending_only_after_a_hyphen() -> None:
    found = entities("A bíróság szerint a Btk. szabadságvesztést rendel, az ENSZ BT-nek írtak.")
    assert mentions(found["un-security-council"]) == ["BT-nek"]


def test_a_nationality_before_language_names_no_state() -> None:
    found = entities("A cég magyar nyelvű ügyfélszolgálati szoftvert fejleszt.")
    assert "hungary" not in found


def test_a_known_name_owning_a_capitalised_head_is_a_longer_name() -> None:
    found = entities("Az Európai Unió Bírósága 2024 júniusában bírságot szabott ki.")
    assert "european-union" not in found
    assert [e.name.hu for e in found.values()] == ["Európai Unió Bírósága"]


def test_a_body_name_runs_on_to_a_later_head_but_not_past_a_case_ending() -> None:
    found = entities(
        "A Semmelweis Egyetem Klinikai Központ közölte, hogy a Fővárosi Törvényszéken "
        "Kovács Hivatal dolgozik."
    )
    names = [e.name.hu for e in found.values()]
    assert "Semmelweis Egyetem Klinikai Központ" in names
    assert "Fővárosi Törvényszék Kovács Hivatal" not in names


def test_lett_after_a_verb_position_is_the_verb_not_latvia() -> None:
    found = entities("Várhegyi negyedik lett ebben a számban, és ennek köze lett volna a bérhez.")
    assert "latvia" not in found


def test_lett_after_an_article_is_latvian() -> None:
    found = entities("A lett kormány szerint a döntés jó.")
    assert mentions(found["latvia"]) == ["lett"]


def test_a_state_named_like_its_adjective_inside_a_sentence_is_the_state() -> None:
    found = entities("Nem jött válasz; Japán és Dél-Korea felfüggesztette az importot.")
    assert mentions(found["japan"]) == ["Japán"]


def test_the_sandor_palace_speaking_is_the_presidents_office() -> None:
    found = entities("A Sándor-palota szerdán azt válaszolta, hogy vizsgálják a kérést.")
    (mention,) = found["office-of-the-president"].mentions
    assert (mention.span.text, mention.metonymy_of) == ("Sándor-palota", "sandor-palota")


def _team_of(found: dict[str, Entity], state: str) -> list[str | None]:
    """What the words of the state's national team literally name."""
    return [m.metonymy_of for m in found[f"{state}-national-team"].mentions]


def test_a_state_beaten_in_a_match_is_its_national_team() -> None:
    found = entities("A magyar válogatott 2–1-re legyőzte Grúziát a mérkőzésen.")
    assert _team_of(found, "georgia") == ["georgia"]
    assert found["georgia"].mentions == ()  # no link on the team's words


def test_a_state_lost_to_in_a_match_is_its_national_team() -> None:
    found = entities("A csapat 3–0-ra kikapott Szlovéniától a selejtező mérkőzésen.")
    assert _team_of(found, "slovenia") == ["slovenia"]


def test_a_state_played_against_is_its_national_team() -> None:
    found = entities("A magyarok a Törökország elleni osztályozó mérkőzésen estek ki.")
    assert _team_of(found, "turkey") == ["turkey"]


def test_a_state_fought_against_outside_sport_stays_the_state() -> None:
    found = entities("Oroszország Ukrajna elleni háborúja folytatódik.")
    assert mentions(found["ukraine"]) == ["Ukrajna"]


def test_a_towns_bare_name_opening_a_longer_name_mentions_no_town() -> None:
    found = entities("A Budapest Airport közölte, hogy a gépek leszálltak.")
    assert "budapest" not in found and "hungary" not in found


def test_a_towns_name_before_a_numbered_district_still_mentions_the_town() -> None:
    assert mentions(entities("Tűz ütött ki Budapest X. kerületében.")["budapest"]) == ["Budapest"]
