"""kb.extract.roles: what the words around a mention say of it (offices, possessions)."""

from __future__ import annotations

from tests.extract_support import entities, mentions


def test_a_bodys_office_past_two_modifiers_is_an_unnamed_person() -> None:
    found = entities("A Belügyminisztérium egészségügyért felelős államtitkára cáfolta.")
    person = next(e for e in found.values() if e.type == "Person")
    assert (mentions(person), person.affiliation) == (
        ["Belügyminisztérium egészségügyért felelős államtitkára"],
        "belugyminiszterium",
    )


def test_an_office_alone_names_no_holder_of_another_office_with_the_same_gloss() -> None:
    found = entities("Halmi Péter fesztiváligazgató szólt.", "– válaszolta a 36 éves rendező.")
    assert mentions(found["peter-halmi"]) == ["Halmi Péter"]


def test_an_adjective_in_s_before_a_bodys_office_is_part_of_the_office() -> None:
    found = entities("A Fidesz kommunikációs igazgatója az MTI-nek tagadta.")
    person = next(e for e in found.values() if e.type == "Person")
    assert mentions(person) == ["Fidesz kommunikációs igazgatója"]


def test_a_described_office_is_the_person_the_bare_office_names_later() -> None:
    found = entities(
        "A hírt a városi állatkert igazgatója jelentette be.", "Az igazgató szerint ez rekord."
    )
    person = next(e for e in found.values() if e.type == "Person")
    assert mentions(person) == ["városi állatkert igazgatója", "igazgató"]


def test_two_described_holders_of_one_office_are_tied_to_no_one() -> None:
    found = entities(
        "A városi állatkert igazgatója örült.",
        "A helyi uszoda igazgatója is.",
        "Az igazgató szerint ez rekord.",
    )
    persons = [mentions(e) for e in found.values() if e.type == "Person"]
    assert ["igazgató"] in persons  # the bare office: a person of its own


def test_the_head_of_a_bodys_name_alone_refers_back_to_it() -> None:
    found = entities("Az Oktatási Hivatal közölte az adatokat.", "A hivatal cáfolta a híreket.")
    body = next(e for e in found.values() if e.name.hu == "Oktatási Hivatal")
    assert mentions(body) == ["Oktatási Hivatal", "hivatal"]


def test_the_plural_of_a_bodys_head_refers_to_no_one_body() -> None:
    found = entities("A Szent Imre Kórház bővül.", "A kórházak várólistája csökkent.")
    body = next(e for e in found.values() if e.name.hu == "Szent Imre Kórház")
    assert mentions(body) == ["Szent Imre Kórház"]


def test_a_head_two_named_bodies_share_refers_back_to_neither() -> None:
    found = entities(
        "Az Oktatási Hivatal és a Központi Statisztikai Hivatal adatai.", "A hivatal cáfolta."
    )
    assert all("hivatal" not in mentions(e) for e in found.values() if e.name.hu[0].isupper())


def test_a_diocese_is_a_body_not_a_county_and_its_head_refers_back_to_it() -> None:
    found = entities("A Szegedi Egyházmegye közölte.", "Az egyházmegye cáfolta a híreket.")
    body = next(e for e in found.values() if e.name.hu == "Szegedi Egyházmegye")
    assert (body.type, mentions(body)) == ("Organization", ["Szegedi Egyházmegye", "egyházmegye"])


def test_an_armed_forces_office_is_an_unnamed_person() -> None:
    found = entities("A hajót a kínai parti őrség szóvivője szerint figyelmeztették.")
    person = next(e for e in found.values() if e.type == "Person")
    assert mentions(person) == ["kínai parti őrség szóvivője"]


def test_a_bodys_capitalised_head_after_the_article_is_its_short_name() -> None:
    found = entities("Az Európai Bizottság bírósághoz fordult.", "A Bizottság szerint ez sért.")
    assert mentions(found["european-commission"]) == ["Európai Bizottság", "Bizottság"]


def test_a_capitalised_head_two_named_bodies_share_is_neither() -> None:
    found = entities("Az Európai Tanács és a Monetáris Tanács ülésezett.", "A Tanács döntött.")
    assert all(mentions(e) != ["Európai Tanács", "Tanács"] for e in found.values())


def test_one_of_a_bodys_experts_is_an_unnamed_person_of_the_body() -> None:
    found = entities(
        "A Magyar Közút Nonprofit Zrt. lezárta a hidat.", "A cég egy szakértője szerint drága."
    )
    expert = next(e for e in found.values() if e.type == "Person")
    assert (mentions(expert), expert.affiliation) == (
        ["cég egy szakértője"],
        "magyar-kozut",
    )


def test_a_bodys_possessed_office_in_a_case_is_an_unnamed_person() -> None:
    found = entities(
        "Az Aranykalász Befektetési Kft. csődbe ment.", "Elítélték a cég pénzügyi vezetőjét."
    )
    assert [mentions(e) for e in found.values() if e.type == "Person"] == [
        ["cég pénzügyi vezetőjét"]
    ]


def test_a_states_possessed_office_in_a_case_is_an_unnamed_person() -> None:
    found = entities("Manila bekérette Kína nagykövetét.")
    assert [mentions(e) for e in found.values() if e.type == "Person"] == [["Kína nagykövetét"]]


def test_a_companys_head_before_its_legal_form_refers_back_to_it() -> None:
    found = entities("A Debreceni Repülőtér Üzemeltető Kft. bővít.", "Az üzemeltető szerint kész.")
    airport = next(e for e in found.values() if e.type == "Organization")
    assert mentions(airport) == ["Debreceni Repülőtér Üzemeltető Kft.", "üzemeltető"]


def test_a_companys_word_before_its_legal_form_that_is_no_agent_noun_refers_to_nothing() -> None:
    found = entities("A Hungaroring Sport Zrt. közölte.", "A sportért felelős államtitkár örült.")
    assert mentions(found["hungaroring-sport-zrt"]) == ["Hungaroring Sport Zrt."]
