"""kb.extract.entities: names, inflection, aliases, adjectives, roles, metonymy."""

from __future__ import annotations

import pytest

from kb.extract.entities import find_entities
from kb.extract.morphology import stems
from kb.model import Span
from tests.extract_support import entities, mentions


def test_stems_undo_case_endings_and_lengthening() -> None:
    assert "moszkva" in stems("Moszkvának")
    assert "oroszország" in stems("Oroszországba")
    assert "kvangcsol" in stems("Kvangcsollal")
    assert "ensz" in stems("ENSZ-t")


def test_an_inflected_name_is_a_mention_with_its_ending() -> None:
    found = entities("Észak-Korea katonákat küldött Oroszországba.")
    assert mentions(found["russia"]) == ["Oroszországba"]
    assert found["russia"].wikidata == "Q159"


def test_a_multiword_name_is_found_with_its_last_word_inflected() -> None:
    assert mentions(entities("Katonák jelentek meg Kurszk megyében.")["kursk-oblast"]) == [
        "Kurszk megyében"
    ]


def test_a_nationality_adjective_mentions_its_state() -> None:
    assert mentions(entities("Az észak-koreai katonák harcolnak.")["north-korea"]) == [
        "észak-koreai"
    ]


def test_a_nationality_before_troops_makes_an_armed_force() -> None:
    found = entities("Az ukrán erők betörtek.")
    force = next(e for e in found.values() if e.type == "ArmedForce")
    assert (mentions(force), force.affiliation) == (["ukrán erők"], "ukraine")


def test_a_shortened_inflected_name_is_an_alias_of_the_person() -> None:
    found = entities("Kim Dzsongun beszélt.", "Kimet a média idézte.")
    assert mentions(found["kim-jong-un"]) == ["Kim Dzsongun", "Kimet"]


def test_a_role_in_apposition_is_read_in_the_nominative() -> None:
    found = entities("Fogadták Andrej Belouszov orosz védelmi minisztert.")
    person = found["andrei-belousov"]
    assert person.role is not None
    assert (person.role.hu, person.role.en) == (
        "orosz védelmi miniszter",
        "Russian defence minister",
    )
    assert person.affiliation == "russia"


def test_a_capital_as_source_stands_for_its_state() -> None:
    found = entities("Szöuli értesülések szerint Phenjan fegyvereket szállít Moszkvának.")
    south = [m for m in found["south-korea"].mentions]
    assert [(m.span.text, m.metonymy_of) for m in south] == [("Szöuli", "seoul")]
    assert [m.metonymy_of for m in found["russia"].mentions] == ["moscow"]
    assert mentions(found["moscow"]) == []  # "Moszkvának" stands for Russia, not the city


def test_a_capital_as_destination_stays_a_place() -> None:
    found = entities("Belouszov Phenjanba látogatott.")
    assert "north-korea" not in found
    assert mentions(found["pyongyang"]) == ["Phenjanba"]


def test_the_pentagon_as_source_is_the_defence_department() -> None:
    found = entities("A Pentagon szerint ott vannak.")
    assert [m.metonymy_of for m in found["us-department-of-defense"].mentions] == ["the-pentagon"]


def test_an_unknown_name_after_a_given_name_is_a_person() -> None:
    found = entities("Tegnap Szergej Ivanov tábornok nyilatkozott.")
    person = next(e for e in found.values() if e.type == "Person")
    assert person.name.hu == "Szergej Ivanov"
    assert person.role is not None and person.role.hu == "tábornok"


def test_a_hungarian_name_is_turned_around_in_english() -> None:
    found = entities("Tegnap Kovács Zoltán beszélt.")
    person = next(e for e in found.values() if e.type == "Person")
    assert (person.name.hu, person.name.en) == ("Kovács Zoltán", "Zoltán Kovács")


def test_an_office_held_by_a_state_is_an_unnamed_person() -> None:
    found = entities("Oroszország ENSZ-nagykövete tagadta.")
    person = next(e for e in found.values() if e.type == "Person")
    assert mentions(person) == ["Oroszország ENSZ-nagykövete"]
    assert mentions(found["united-nations"]) == ["ENSZ"]


def test_a_two_country_phrase_mentions_both_states() -> None:
    found = entities("Oroszország és Észak-Korea tárgyalt.", "A két ország szövetséget kötött.")
    assert "két ország" in mentions(found["russia"])
    assert "két ország" in mentions(found["north-korea"])


def test_a_family_name_then_a_hungarian_given_name_is_a_person_at_a_sentence_start() -> None:
    found = entities("Kiss Dóra szerint nő az infláció.")
    person = next(e for e in found.values() if e.type == "Person")
    assert (mentions(person), person.name.en) == (["Kiss Dóra"], "Dóra Kiss")


def test_an_inflected_given_name_ends_the_person_name() -> None:
    found = entities("A díjat Tóth Annának adták át Miskolcon.")
    person = next(e for e in found.values() if e.type == "Person")
    assert mentions(person) == ["Tóth Annának"]


def test_a_repeated_full_name_is_one_mention_of_the_person() -> None:
    found = entities("Kiss Dóra beszélt.", "Kiss Dóra úgy látja, hogy marad.")
    person = next(e for e in found.values() if e.type == "Person")
    assert mentions(person) == ["Kiss Dóra", "Kiss Dóra"]


def test_an_institution_is_typed_by_its_head_noun() -> None:
    found = entities(
        "Ítéletet hirdetett a Fővárosi Törvényszék.", "Az Országos Mentőszolgálat is ott volt."
    )
    assert {e.name.hu: e.type for e in found.values()} == {
        "Fővárosi Törvényszék": "GovernmentBody",
        "Országos Mentőszolgálat": "GovernmentBody",
    }


def test_an_institution_name_swallows_the_place_name_inside_it() -> None:
    found = entities("Közölte a Heves Vármegyei Katasztrófavédelmi Igazgatóság.")
    assert [mentions(e) for e in found.values()] == [
        ["Heves Vármegyei Katasztrófavédelmi Igazgatóság"]
    ]


def test_a_sentence_initial_article_is_no_part_of_a_name() -> None:
    found = entities("A Költségvetési Tanács figyelmeztetett.")
    assert [mentions(e) for e in found.values()] == [["Költségvetési Tanács"]]


def test_a_described_institution_after_the_article_is_a_mention() -> None:
    found = entities("Helyszínre érkezett a rendőrség.")
    assert [(mentions(e), e.type) for e in found.values()] == [(["rendőrség"], "GovernmentBody")]


def test_a_description_refers_back_to_the_named_institution() -> None:
    found = entities("A Fővárosi Törvényszék döntött.", "A törvényszék szerint bűnös.")
    assert mentions(found["fovarosi-torvenyszek"]) == ["Fővárosi Törvényszék", "törvényszék"]


def test_an_adjective_before_a_described_body_is_part_of_its_mention() -> None:
    found = entities("Nemmel szavaztak az ellenzéki frakciók.")
    assert [mentions(e) for e in found.values()] == [["ellenzéki frakciók"]]


def test_a_hungarian_county_is_found_with_its_ending() -> None:
    found = entities("Esett a hó Borsod-Abaúj-Zemplén vármegyében.")
    assert mentions(found["borsod-abauj-zemplen"]) == ["Borsod-Abaúj-Zemplén vármegyében"]


def test_a_town_name_that_is_also_a_word_matches_only_capitalised() -> None:
    assert not any(e.type == "Place" for e in entities("Ott volt hatvan ember.").values())


def test_an_unknown_capitalised_word_in_a_place_case_is_a_town() -> None:
    found = entities("A vihar Tiszafüreden okozott kárt.")
    town = next(e for e in found.values() if e.type == "Place")
    assert (town.name.hu, mentions(town)) == ("Tiszafüred", ["Tiszafüreden"])


def test_the_adjective_of_a_town_named_before_mentions_it() -> None:
    found = entities("A vihar Tiszafüreden okozott kárt.", "A tiszafüredi lakók elmentek.")
    town = next(e for e in found.values() if e.type == "Place")
    assert mentions(town) == ["Tiszafüreden", "tiszafüredi"]


def test_a_possessed_office_before_a_comma_and_a_name_is_the_persons_role() -> None:
    found = entities("A rendőrség szóvivője, Kovács Béla elmondta.")
    person = next(e for e in found.values() if e.type == "Person")
    assert mentions(person) == ["rendőrség szóvivője", "Kovács Béla"]
    assert person.role is not None and person.role.en == "spokesperson"


def test_an_office_after_an_unknown_hungarian_name_is_the_role() -> None:
    found = entities("Szerdán Kovács Béla polgármester nyilatkozott.")
    person = next(e for e in found.values() if e.type == "Person")
    assert person.role is not None and person.role.hu == "polgármester"


def test_an_institution_name_may_join_two_words_with_es() -> None:
    found = entities("Riasztott a Nemzeti Népegészségügyi és Gyógyszerészeti Központ.")
    assert [mentions(e) for e in found.values()] == [
        ["Nemzeti Népegészségügyi és Gyógyszerészeti Központ"]
    ]


def test_an_acronym_in_brackets_names_the_same_institution_later() -> None:
    found = entities("Közölte az Országos Mentőszolgálat (OMSZ).", "Az OMSZ-t hívták.")
    assert [mentions(e) for e in found.values()] == [["Országos Mentőszolgálat", "OMSZ", "OMSZ-t"]]


def test_a_place_adjective_before_a_described_body_needs_no_article() -> None:
    found = entities("Két beteget szegedi kórházban ápolnak.")
    assert {e.type: mentions(e) for e in found.values() if e.type != "Group"} == {
        "Place": ["szegedi"],
        "Organization": ["szegedi kórházban"],
    }


def test_a_description_refers_back_to_a_compound_ending_in_its_noun() -> None:
    found = entities("A Szegedi Tudományegyetem nyert.", "Az egyetem közölte.")
    assert mentions(found["szte"]) == ["Szegedi Tudományegyetem", "egyetem"]


def test_the_european_commission_is_a_government_body() -> None:
    found = entities("Az Európai Bizottság figyelmeztetett.")
    assert found["european-commission"].type == "GovernmentBody"


def test_the_possessed_office_of_a_known_body_is_an_unnamed_person() -> None:
    found = entities("Az Európai Bizottság szóvivője figyelmeztetett.")
    person = next(e for e in found.values() if e.type == "Person")
    assert (mentions(person), person.affiliation) == (
        ["Európai Bizottság szóvivője"],
        "european-commission",
    )


def test_the_possessed_office_of_a_body_is_its_holder_named_before() -> None:
    found = entities("Varga Mihály, az MNB elnöke szólt.", "Az MNB elnöke szerint lassul.")
    assert mentions(found["mihaly-varga"]) == ["Varga Mihály", "MNB elnöke", "MNB elnöke"]


def test_a_description_of_another_town_is_another_body() -> None:
    found = entities("A Bács-Kiskun Vármegyei Oktatókórház bezárt.", "A szegedi kórházban is.")
    assert mentions(found["bacs-kiskun-varmegyei-oktatokorhaz"]) == [
        "Bács-Kiskun Vármegyei Oktatókórház"
    ]


def test_an_inflected_given_name_is_named_in_the_nominative() -> None:
    found = entities("Elítélték Halász Bencét.", "Halász Bence tagadta.")
    assert mentions(found["bence-halasz"]) == ["Halász Bencét", "Halász Bence"]


def test_a_possessed_unit_of_a_body_is_a_body_of_its_own() -> None:
    found = entities("A kórház belgyógyászati osztályát lezárták.")
    assert [(mentions(e), e.type) for e in found.values()][-1] == (
        ["kórház belgyógyászati osztályát"],
        "Organization",
    )


def test_the_other_units_of_a_body_are_no_body() -> None:
    found = entities("A kórház többi osztálya működik.")
    assert [mentions(e) for e in found.values()] == [["kórház"]]


def test_a_national_team_is_a_described_organization() -> None:
    found = entities("Nyert a magyar válogatott.")
    assert ["magyar válogatott"] in [
        mentions(e) for e in found.values() if e.type == "Organization"
    ]


def test_a_hyphenated_compound_is_described_by_its_head() -> None:
    found = entities("Nyert a magyar férfi vízilabda-válogatott.")
    organizations = [mentions(e) for e in found.values() if e.type == "Organization"]
    assert organizations == [["magyar férfi vízilabda-válogatott"]]


def test_the_prosecution_is_a_described_government_body() -> None:
    found = entities("A vádhatóság fellebbezett.")
    assert [(mentions(e), e.type) for e in found.values()] == [(["vádhatóság"], "GovernmentBody")]


def test_the_possessed_office_of_a_described_body_is_an_unnamed_person() -> None:
    found = entities("A magyar tűzoltók megérkeztek.", "A magyar egység parancsnoka szerint nehéz.")
    persons = [
        (mentions(e), e.role.en if e.role else None) for e in found.values() if e.type == "Person"
    ]
    assert persons == [(["magyar egység parancsnoka"], "Hungarian unit's commander")]


def test_an_economist_in_apposition_is_a_role() -> None:
    found = entities("Kertész Dóra, a Mérleg Elemzőház vezető közgazdásza szerint drágul.")
    assert mentions(found["dora-kertesz"])[-1] == "Mérleg Elemzőház vezető közgazdásza"


def test_a_possessed_office_in_apposition_is_the_person_named_before() -> None:
    found = entities("Tóth Gergely alezredes, a magyar egység parancsnoka szerint marad.")
    assert mentions(found["gergely-toth"]) == ["Tóth Gergely", "magyar egység parancsnoka"]


def test_a_synonym_description_refers_back_to_the_named_body() -> None:
    found = entities("A Központi Nyomozó Főügyészség vádat emelt.", "A vádhatóság szerint bűnös.")
    assert mentions(found["knyf"])[-1] == "vádhatóság"


def test_a_capitalised_word_opening_a_quotation_mid_sentence_is_read_past() -> None:
    """It once sent the reader back to the sentence's second word, for ever."""
    text = "Üzenet a szíriai „Kafar Nabel megszállt városából”."
    found = find_entities(text, (Span(text, 0, len(text)),))
    assert [m.span.text for e in found for m in e.mentions] == ["szíriai"]


def test_a_company_name_keeps_its_legal_form_and_its_full_stop() -> None:
    found = entities(
        "A szerződést a Mecsek-Aszfalt Kft.-vel és a Northbeam Ventures Ltd.-vel kötötték."
    )
    assert sorted((e.type, mentions(e)[0]) for e in found.values()) == [
        ("Organization", "Mecsek-Aszfalt Kft.-vel"),
        ("Organization", "Northbeam Ventures Ltd.-vel"),
    ]


def test_a_name_ends_at_a_comma_and_at_an_inflected_word() -> None:
    found = entities("Ezt az M4 Sportnak Marco Rossi mondta.")
    assert (mentions(found["m4-sport"]), mentions(found["marco-rossi"])) == (
        ["M4 Sportnak"],
        ["Marco Rossi"],
    )


def test_a_platform_in_a_compound_is_an_organisation_never_a_place() -> None:
    found = entities("A szakszervezet a Facebook-oldalán tett közzé felhívást.")
    assert (found["facebook"].type, mentions(found["facebook"])) == ("Organization", ["Facebook"])


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A HungaroMet arra figyelmeztetett, hogy nem lesz eső.", "HungaroMet"),
        ("A Roszatom közleménye szerint a blokk elkészül.", "Roszatom"),
        ("A Volánbusz közölte, hogy több járat indul.", "Volánbusz"),
    ],
)
def test_an_unknown_brand_or_a_name_owning_a_press_release_is_an_organisation(
    sentence: str, name: str
) -> None:
    found = entities(sentence)
    assert [(e.type, e.name.hu) for e in found.values()] == [("Organization", name)]


def test_a_nationality_plural_in_a_sentence_about_a_match_is_the_national_team() -> None:
    found = entities("A mérkőzésen a szerbek két góllal győztek.")
    team = found["serbia-national-team"]
    assert (team.type, mentions(team), team.affiliation) == ("Organization", ["szerbek"], None)


def test_a_roman_numeral_after_a_name_is_no_acronym() -> None:
    found = entities("Elkezdődött a Paks II. atomerőmű betonozása.")
    assert [e.type for e in found.values()] == ["Place"]


def test_south_africa_by_its_short_name_is_the_state() -> None:
    found = entities("Az orrszarvú Dél-Afrikából érkezett.")
    assert (found["south-africa"].type, found["south-africa"].wikidata) == ("State", "Q258")
    assert mentions(found["south-africa"]) == ["Dél-Afrikából"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Váci Egyházmegye közölte a részleteket.",
        "A Kandilli Obszervatórium mérései szerint erős volt a rengés.",
        "A Nyíregyházi Állatpark bejelentette az érkezést.",
    ],
)
def test_a_diocese_an_observatory_and_a_zoo_are_organisations(sentence: str) -> None:
    assert [e.type for e in entities(sentence).values()] == ["Organization"]


def test_a_diocese_is_no_county() -> None:
    found = entities("A Váci Egyházmegye közölte. Az egyházmegye szerint jó.")
    (diocese,) = found.values()
    assert mentions(diocese) == ["Váci Egyházmegye", "egyházmegye"]


def test_a_medium_described_by_any_adjective_is_a_medium() -> None:
    found = entities("A Magyar Kurír katolikus hírportál írta meg a hírt.")
    (medium,) = found.values()
    assert medium.type == "NewsAgency"


def test_a_compass_point_before_a_states_adjective_is_a_region_not_the_state() -> None:
    found = entities("A rengés a kelet-törökországi hegyekben pusztított.")
    assert "turkey" not in found
    (region,) = found.values()
    assert (region.type, region.name.hu, mentions(region)) == (
        "Place",
        "Kelet-Törökország",
        ["kelet-törökországi"],
    )


def test_a_region_told_with_its_kind_is_one_mention() -> None:
    found = entities("A párt a dél-szlovákiai járásokban nyert.")
    assert ["dél-szlovákiai járásokban"] in [mentions(e) for e in found.values()]


def test_a_compass_adjective_the_gazetteer_knows_stays_its_state() -> None:
    found = entities("Az észak-koreai vezetés hallgat.")
    assert mentions(found["north-korea"]) == ["észak-koreai"]


def test_an_acronym_met_before_its_definition_is_the_body_it_abbreviates() -> None:
    found = entities(
        "Az NKFH árverést tartott.",
        "A Nemzeti Közlekedési Felügyeleti Hatóság (NKFH) közölte az eredményt.",
    )
    (body,) = found.values()
    assert body.type == "GovernmentBody"
    assert mentions(body) == ["NKFH", "Nemzeti Közlekedési Felügyeleti Hatóság", "NKFH"]


def test_a_given_name_ending_like_a_legal_form_is_no_company() -> None:
    found = entities("Kedden elhunyt Barabás Lőrinc színművész.")
    assert [(e.type, e.name.hu) for e in found.values()] == [("Person", "Barabás Lőrinc")]


def test_an_award_adjective_names_no_person() -> None:
    found = entities("A Jászai Mari-díjas színművész kedden elhunyt.")
    assert not [e for e in found.values() if e.type == "Person" and "Jászai" in e.name.hu]


def test_a_legal_form_alone_is_the_one_company_of_that_form() -> None:
    found = entities(
        "A Kárpát Hálózat Kft. és a Nyugati Rádió Zrt. indult.", "A Kft. ügyvezetője örült."
    )
    assert mentions(found["karpat-halozat-kft"]) == ["Kárpát Hálózat Kft.", "Kft."]


def test_a_legal_form_alone_with_two_companies_of_that_form_names_none() -> None:
    found = entities("A Kárpát Hálózat Kft. és a Nyugati Rádió Kft. indult.", "A Kft. nyert.")
    assert all(mentions(e)[-1] != "Kft." for e in found.values())


def test_a_capitalised_word_before_a_states_name_names_a_party_or_company() -> None:
    found = entities("A liberális Progresszív Szlovákia nyerte a választást Szlovákiában.")
    names = {e.name.hu: (e.type, mentions(e)) for e in found.values()}
    assert names["Progresszív Szlovákia"] == ("Organization", ["Progresszív Szlovákia"])
    assert names["Szlovákia"] == ("State", ["Szlovákiában"])


def test_a_state_opening_a_sentence_is_still_the_state() -> None:
    found = entities("Tegnap Magyarország nyert.")
    assert [e.id for e in found.values()] == ["hungary"]


def test_an_acronym_in_brackets_after_an_unknown_name_names_it_again() -> None:
    found = entities("A liberális Progresszív Szlovákia (PS) nyert.", "A PS-nek partner kell.")
    (party,) = [e for e in found.values() if e.type == "Organization"]
    assert mentions(party) == ["Progresszív Szlovákia", "PS", "PS-nek"]


def test_a_name_and_an_acronym_joined_by_a_dash_are_one_party() -> None:
    found = entities("A kormányfő pártja, a Smer–SD második lett.", "A Smer elnöke elismerte.")
    (party,) = [e for e in found.values() if e.type == "Organization"]
    assert (party.name.hu, mentions(party)) == ("Smer–SD", ["Smer–SD", "Smer"])


def test_an_unknown_name_before_a_kinds_beli_adjective_is_that_kind_of_place() -> None:
    found = entities("A HUNOR a Hatay tartománybeli Antakyában dolgozott.")
    names = {e.name.hu: mentions(e) for e in found.values() if e.type == "Place"}
    assert names["Hatay tartomány"] == ["Hatay tartománybeli"]


def test_an_unknown_district_is_a_place() -> None:
    found = entities("A csapat a város Battalgazi kerületében dolgozik.")
    names = {e.name.hu: mentions(e) for e in found.values()}
    assert names["Battalgazi kerület"] == ["Battalgazi kerületében"]


def test_the_province_refers_to_the_province_named_before() -> None:
    found = entities(
        "A rengés a Malatya tartománybeli Doğanşehir közelében volt.",
        "A tartományban 40 épület sérült.",
    )
    names = {e.name.hu: mentions(e) for e in found.values()}
    assert names["Malatya tartomány"] == ["Malatya tartománybeli", "tartományban"]


def test_an_unknown_medium_and_its_described_kind_are_mentions_apart_and_together() -> None:
    found = entities("Ezt a Hszinhua állami hírügynökség jelentette.")
    (medium,) = found.values()
    assert mentions(medium) == ["Hszinhua", "Hszinhua állami hírügynökség", "állami hírügynökség"]


@pytest.mark.parametrize(
    ("sentence", "state", "qid"),
    [
        ("A puccs után Csádban kijárási tilalom van.", "chad", "Q657"),
        ("A Fülöp-szigetek tiltakozott.", "philippines", "Q928"),
        ("Mozambik kérte a segítséget.", "mozambique", "Q1029"),
    ],
)
def test_a_state_of_the_generated_list_carries_its_certain_wikidata_id(
    sentence: str, state: str, qid: str
) -> None:
    assert entities(sentence)[state].wikidata == qid


@pytest.mark.parametrize(
    ("sentence", "body", "type_"),
    [
        ("A Közlekedésbiztonsági Szervezet vizsgálja a balesetet.", "kbsz", "GovernmentBody"),
        ("Az OGYÉI visszahívta a tételt.", "ogyei", "GovernmentBody"),
        ("A Magyar Honvédség gyakorlatot tart.", "magyar-honvedseg", "ArmedForce"),
    ],
)
def test_a_hungarian_state_body_the_gazetteer_knows_has_its_type(
    sentence: str, body: str, type_: str
) -> None:
    assert entities(sentence)[body].type == type_


def test_an_acronym_in_brackets_after_a_known_body_names_it_again() -> None:
    found = entities("Az Oktatási Hivatal (OH) közölte.", "Az OH szerint jó.")
    assert mentions(found["oktatasi-hivatal"]) == ["Oktatási Hivatal", "OH", "OH"]


def test_a_site_named_by_its_lower_case_web_address_is_a_medium() -> None:
    found = entities("A ponthatárokat a felvi.hu közölte.", "A baon.hu-nak azt mondta, jó.")
    assert [(e.type, mentions(e)) for e in found.values()] == [
        ("NewsAgency", ["felvi.hu"]),
        ("NewsAgency", ["baon.hu-nak"]),
    ]


def test_a_region_no_name_explains_is_one_place_however_often_told() -> None:
    found = entities("A csapatot a térségbe küldik.", "A térségben nagy a kár, a régió bajban van.")
    assert [(e.type, mentions(e)) for e in found.values()] == [
        ("Place", ["térségbe", "térségben", "régió"])
    ]


def test_the_town_centre_is_a_place_with_its_towns_adjective() -> None:
    found = entities("A budapesti belvárosban dugó van.", "A belvárosi boltok zárva.")
    assert mentions(found["town-centre"]) == ["budapesti belvárosban", "belvárosi"]


def test_regions_in_the_plural_or_with_no_article_are_no_region() -> None:
    assert not entities("Egyes térségekben aszály van.", "Térségenként más.")


def test_an_armed_units_name_runs_past_the_person_it_is_named_after() -> None:
    found = entities("A Klapka György Lövészdandár katonái is ott voltak.")
    assert [(e.type, e.name.hu) for e in found.values()] == [
        ("ArmedForce", "Klapka György Lövészdandár")
    ]


def test_an_armed_units_name_starts_at_its_army_and_number() -> None:
    found = entities("A gyakorlatot az MH 25. Klapka György Lövészdandár vezeti.")
    assert mentions(found["klapka-gyorgy-loveszdandar"]) == ["MH 25. Klapka György Lövészdandár"]
    assert mentions(found["magyar-honvedseg"]) == ["MH"]


def test_a_name_before_an_exercise_it_names_is_no_entity() -> None:
    assert not entities("A Dunántúli Pajzs 2025 elnevezésű gyakorlaton sok jármű mozog.")


def test_a_programme_is_one_organisation_with_its_noun() -> None:
    found = entities(
        "A keresletet az Otthon Start program fűti.", "Az Otthon Start programot bírálták."
    )
    (programme,) = found.values()
    assert (programme.type, mentions(programme)) == (
        "Organization",
        ["Otthon Start program", "Otthon Start programot"],
    )


def test_a_programme_with_a_foreign_head_is_still_a_programme() -> None:
    found = entities("A kormány a Hungary Helps program keretében segít.")
    assert "Hungary Helps program" in {e.name.hu for e in found.values()}


def test_words_joined_by_es_that_the_acronym_after_them_spells_are_one_name() -> None:
    found = entities("A Szabadság és Szolidaritás (SaS) is bejutott.", "Az SaS szerint jó.")
    (party,) = found.values()
    assert (party.type, mentions(party)) == (
        "Organization",
        ["Szabadság és Szolidaritás", "SaS", "SaS"],
    )


def test_words_joined_by_es_with_no_acronym_stay_apart() -> None:
    found = entities("Tegnap Kovács Péter és Szabó Anna érkezett.")
    assert {e.name.hu for e in found.values()} == {"Kovács Péter", "Szabó Anna"}


def test_a_state_whose_name_ends_in_a_short_o_is_found_inflected() -> None:
    assert mentions(entities("A puccs Burkina Fasóban is megtörtént.")["burkina-faso"]) == [
        "Burkina Fasóban"
    ]


def test_a_name_coordinated_with_a_named_province_is_a_place_too() -> None:
    found = entities("A víz elzárta Zambézia és Sofala tartomány falvait.")
    names = {e.name.hu: mentions(e) for e in found.values()}
    assert names["Sofala tartomány"] == ["Sofala tartomány"]
    assert names["Zambézia tartomány"] == ["Zambézia"]


def test_a_province_is_not_the_town_of_the_same_name() -> None:
    found = entities("A csapat Malatyába érkezett.", "A Malatya tartományban sok a kár.")
    names = {e.name.hu: mentions(e) for e in found.values()}
    assert names == {"Malatya": ["Malatyába"], "Malatya tartomány": ["Malatya tartományban"]}


def test_the_town_hall_as_a_building_is_a_place_and_as_an_office_a_body() -> None:
    found = entities(
        "A Városháza túl keveset fordít az utakra.", "A polgármester a városháza előtt beszélt."
    )
    assert mentions(found["town-office"]) == ["Városháza"]
    assert found["town-office"].type == "GovernmentBody"
    assert (found["city-hall"].type, mentions(found["city-hall"])) == ("Place", ["városháza"])


def test_a_towns_adjective_before_its_town_hall_is_part_of_it_and_the_town() -> None:
    found = entities("Zsarolóvírus bénította meg a szekszárdi városháza rendszerét.")
    assert mentions(found["town-office"]) == ["szekszárdi városháza"]
    assert mentions(found["szekszard"]) == ["szekszárdi"]


def test_a_kind_of_place_refers_back_to_the_last_place_of_that_kind() -> None:
    found = entities("A hajó a Pentele hídnak ütközött.", "A hídon áll a forgalom.")
    assert mentions(found["pentele-hid"]) == ["Pentele hídnak", "hídon"]


def test_a_bridge_no_one_named_is_no_reference() -> None:
    assert not entities("Egy híd összedőlt.")


def test_a_foreign_adjective_before_parlament_names_that_states_parliament() -> None:
    found = entities("A pozsonyi parlamentbe öt párt jutott.")
    assert "orszaggyules" not in found
    assert ("GovernmentBody", ["pozsonyi parlamentbe"]) in [
        (e.type, mentions(e)) for e in found.values()
    ]


def test_the_hungarian_parliament_stays_the_orszaggyules() -> None:
    assert mentions(entities("A magyar parlament ülésezett.")["orszaggyules"]) == [
        "magyar parlament"
    ]


def test_a_name_listed_after_a_body_is_a_body() -> None:
    found = entities("A parlamentbe a Kereszténydemokrata Mozgalom (KDH), a Republika is bejutott.")
    assert ("Organization", ["Republika"]) in [(e.type, mentions(e)) for e in found.values()]


def test_a_hungarian_regions_adjective_mentions_the_region() -> None:
    found = entities("A felvidéki magyarság visszakapta a hangját.")
    assert (found["felvidek"].type, mentions(found["felvidek"])) == ("Place", ["felvidéki"])


def test_a_bodys_unit_is_found_with_its_lengthened_ending() -> None:
    found = entities("A Kúria tanácsának elnöke szerint jó.")
    assert ("GovernmentBody", ["Kúria tanácsának"]) in [
        (e.type, mentions(e)) for e in found.values()
    ]


def test_a_journals_kind_after_cimu_is_its_description_without_cimu() -> None:
    found = entities("Az eredményeket az Acta Astronautica című szakfolyóiratnak küldik.")
    (journal,) = found.values()
    assert "szakfolyóiratnak" in mentions(journal)


def test_the_adjective_of_a_bodys_common_noun_name_mentions_no_body() -> None:
    found = entities("Megtartották az előrehozott parlamenti választást.")
    assert "orszaggyules" not in found


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        ("A férfit a debreceni repülőtéren fogták el.", "debreceni repülőtéren"),
        ("A hajó a kikötőben áll.", "kikötőben"),
        ("A bíróság elkobozta a balatonfüredi nyaralót.", "balatonfüredi nyaralót"),
        ("A toronykilátóért külön fizetni kell.", "toronykilátóért"),
    ],
)
def test_an_airport_a_port_a_holiday_home_a_lookout_told_of_are_places(
    sentence: str, site: str
) -> None:
    assert ("Place", [site]) in [(e.type, mentions(e)) for e in entities(sentence).values()]


def test_a_national_park_is_one_place_and_the_park_refers_to_it() -> None:
    found = entities("A vihar a Kiskunsági Nemzeti Parkban pusztított.", "A parkban fák dőltek ki.")
    (park,) = found.values()
    assert (park.type, mentions(park)) == ("Place", ["Kiskunsági Nemzeti Parkban", "parkban"])


def test_a_county_coordinated_with_another_is_the_known_county() -> None:
    found = entities("A menetrend változik Pest és Bács-Kiskun vármegyében.")
    assert mentions(found["pest-county"]) == ["Pest"]
    assert mentions(found["bacs-kiskun"]) == ["Bács-Kiskun vármegyében"]


def test_a_person_acting_on_a_state_names_no_organisation() -> None:
    found = entities("Tegnap Trump Kínát vádolta.", "Ezt mondta Zelenszkij Oroszország ellen.")
    assert all(e.type != "Organization" for e in found.values())


def test_a_bodys_programme_in_the_possessive_is_the_body() -> None:
    found = entities("A Fidesz programja szerint jó.")
    assert list(found) == ["fidesz"]


def test_two_teams_joined_by_a_dash_before_a_match_are_no_alliance() -> None:
    found = entities("A Fradi–MTK rangadón nagy volt a hangulat.")
    assert all("–" not in e.name.hu for e in found.values())


def test_ferihegy_is_the_budapest_airport() -> None:
    found = entities(
        "A gépek a Budapest Liszt Ferenc Nemzetközi Repülőtéren szálltak le.",
        "Ferihegyen két órára leállt a forgalom.",
    )
    assert mentions(found["budapest-airport-ferihegy"]) == [
        "Budapest Liszt Ferenc Nemzetközi Repülőtéren",
        "Ferihegyen",
    ]


def test_a_foreign_name_opening_a_sentence_starts_at_its_given_name() -> None:
    found = entities("Mahamat Idriss Déby elnök hollétéről nincs hír.")
    assert [mentions(e) for e in found.values() if e.type == "Person"] == [["Mahamat Idriss Déby"]]


def test_a_named_theatre_told_of_only_as_where_something_happens_is_a_place() -> None:
    found = entities("A színész tavaly a Nemzeti Színházban lépett fel.")
    (theatre,) = (e for e in found.values() if e.name.hu == "Nemzeti Színház")
    assert (theatre.type, mentions(theatre)) == ("Place", ["Nemzeti Színházban"])


def test_a_named_observatory_that_acts_stays_a_body() -> None:
    found = entities(
        "A méréseket a Piszkéstetői Obszervatóriumban végzik.",
        "A Piszkéstetői Obszervatórium közölte az eredményt.",
    )
    (observatory,) = (e for e in found.values() if e.name.hu == "Piszkéstetői Obszervatórium")
    assert observatory.type == "Organization"


def test_a_named_hospital_stays_a_body_where_someone_is_treated() -> None:
    found = entities("A sérültet a Szent János Kórházban ápolják.")
    (hospital,) = (e for e in found.values() if e.name.hu == "Szent János Kórház")
    assert hospital.type == "Organization"


def test_a_companys_first_word_names_it_again() -> None:
    found = entities("A hidat a Hidrotec Építő Zrt. építi.", "A Hidrotec közölte ezt.")
    (company,) = (e for e in found.values() if e.type == "Organization")
    assert mentions(company) == ["Hidrotec Építő Zrt.", "Hidrotec"]


def test_a_first_word_two_companies_share_names_neither() -> None:
    found = entities(
        "A Kovács Építő Kft. és a Kovács Gépész Kft. pályázott.", "A Kovácsot nem választották."
    )
    companies = [e for e in found.values() if e.type == "Organization"]
    assert all(len(mentions(c)) == 1 for c in companies)


def test_a_companys_first_word_before_more_of_a_name_is_no_short_name() -> None:
    found = entities("A Hidrotec Építő Zrt. nyert.", "A Hidrotec Magyarország vezetője szólt.")
    company = next(e for e in found.values() if e.name.hu == "Hidrotec Építő Zrt.")
    assert mentions(company) == ["Hidrotec Építő Zrt."]


def test_an_unknown_name_before_a_postpositional_adjective_is_a_place() -> None:
    found = entities("A mobilgátat a Pomáz melletti rakparton építették.")
    assert found["pomaz"].type == "Place"


@pytest.mark.parametrize(
    "sentence",
    [
        "A társaság tíz Ikarus Citaro típusú autóbuszt vett.",
        "A rendőrök egy Toyota Land Cruiser 200 típusú terepjárót foglaltak le.",
    ],
)
def test_a_name_before_tipusu_is_a_product_and_no_entity(sentence: str) -> None:
    named = [m for e in entities(sentence).values() for m in mentions(e) if m[0].isupper()]
    assert named == []


def test_a_name_before_a_gatherings_kind_is_an_occasion_and_no_entity() -> None:
    found = entities("A bejelentés a háromnapos Startup Summit konferencián hangzott el.")
    named = [m for e in found.values() for m in mentions(e) if m[0].isupper()]
    assert named == []


def test_a_name_before_a_vehicles_noun_is_its_model_and_the_word_before_its_maker() -> None:
    found = entities("A műholdat a SpaceX Falcon 9 rakétájával bocsátották fel.")
    named = {e.name.hu: (e.type, mentions(e)) for e in found.values()}
    assert named == {"SpaceX": ("Organization", ["SpaceX"])}


def test_a_lone_name_before_an_instruments_noun_is_a_model_and_no_entity() -> None:
    found = entities("A kitörést a Kepler űrtávcső rögzítette.")
    assert [m for e in found.values() for m in mentions(e) if m[0].isupper()] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A lakosságot a Rádió 1 műsorában tájékoztatták.", "Rádió 1"),
        ("A szóvivő a Channel 4 hírtelevíziónak nyilatkozott.", "Channel 4"),
    ],
)
def test_a_number_after_a_mediums_name_is_part_of_it(sentence: str, name: str) -> None:
    (medium,) = (e for e in entities(sentence).values() if e.type == "NewsAgency")
    assert medium.name.hu == name


def test_a_foreign_towns_hyphenated_adjective_mentions_the_town() -> None:
    found = entities("A film a Los Angeles-i bemutatón díjat nyert.")
    (town,) = (e for e in found.values() if e.type == "Place")
    assert (town.name.hu, mentions(town)) == ("Los Angeles", ["Los Angeles-i"])


def test_an_unknown_name_before_an_air_base_is_the_base_with_its_kind() -> None:
    found = entities("A rakétát a floridai Patrick légitámaszpontról indították.")
    (base,) = (e for e in found.values() if e.name.hu == "Patrick légitámaszpont")
    assert (base.type, mentions(base)) == ("Place", ["Patrick légitámaszpontról"])


@pytest.mark.parametrize(
    ("sentence", "artists"),
    [
        ("A restaurátorok felújították Dorffmaister freskóit.", ["Dorffmaister"]),
        (
            "A teremben Tiziano, Rubens és Rembrandt művei láthatók.",
            ["Tiziano", "Rubens", "Rembrandt"],
        ),
    ],
)
def test_a_name_possessing_works_of_art_is_the_artist(sentence: str, artists: list[str]) -> None:
    persons = [e.name.hu for e in entities(sentence).values() if e.type == "Person"]
    assert persons == artists


@pytest.mark.parametrize(
    "sentence",
    [
        "Az izraeli Arkia légitársaság újraindítja a járatait.",
        "A kormány a Nexperia chipgyártóval tárgyalt.",
    ],
)
def test_a_name_before_a_companys_noun_is_a_company(sentence: str) -> None:
    found = entities(sentence)
    assert [e.type for e in found.values() if e.mentions[0].span.text[0].isupper()] == [
        "Organization"
    ]


def test_a_persons_possessed_company_leaves_the_person() -> None:
    found = entities("Ivan Petrov cége csődbe ment.")
    assert [e.type for e in found.values() if e.name.hu == "Ivan Petrov"] == ["Person"]


def test_a_towns_possessed_body_with_a_case_is_the_body() -> None:
    found = entities("A támadás Szekszárd önkormányzatának rendszerét érte.")
    (body,) = (e for e in found.values() if e.type == "GovernmentBody")
    assert mentions(body) == ["Szekszárd önkormányzatának"]


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Az üzbég bank hitelállománya nőtt.", "uzbekistan"),
        ("Az örmény kormány tiltakozott.", "armenia"),
        ("A kirgiz határőrök lezárták az utat.", "kyrgyzstan"),
    ],
)
def test_a_states_irregular_adjective_mentions_the_state(sentence: str, state: str) -> None:
    assert state in entities(sentence)


@pytest.mark.parametrize(
    "name",
    ["Luiz Inácio Lula da Silva", "Mohammed bin Szalmán", "Ahmed al-Saraa", "Ursula von der Leyen"],
)
def test_a_foreign_persons_name_keeps_its_lower_case_particles(name: str) -> None:
    found = entities(f"A tárgyaláson {name} is részt vett.")
    assert [(e.type, mentions(e)) for e in found.values()] == [("Person", [name])]


@pytest.mark.parametrize(
    "name", ["Karol Nawrocki", "Rumen Radev", "Geert Wilders", "Beate Meinl-Reisinger"]
)
def test_a_foreign_given_name_opens_a_persons_name_at_a_sentence_start(name: str) -> None:
    found = entities(f"{name} szerint a helyzet súlyos.")
    assert [(e.type, mentions(e)) for e in found.values()] == [("Person", [name])]


def test_an_unknown_name_whose_data_are_cited_is_a_body() -> None:
    found = entities("Az uniós ügynökség, az Europol adatai szerint nőtt a csempészet.")
    assert [e.type for e in found.values() if e.name.hu == "Europol"] == ["Organization"]


@pytest.mark.parametrize(
    "sentence", ["A Volán bejelentette a menetrendváltozást.", "A Nvidia részvényei estek."]
)
def test_an_unknown_name_that_speaks_after_an_article_or_has_shares_is_a_body(
    sentence: str,
) -> None:
    assert [e.type for e in entities(sentence).values()] == ["Organization"]


def test_a_towns_old_locative_in_t_mentions_the_town() -> None:
    found = entities("A vizsgálat Pécsett és Vácott folyik.")
    assert {e.id: mentions(e) for e in found.values()} == {"pecs": ["Pécsett"], "vac": ["Vácott"]}


def test_a_married_name_opening_a_sentence_is_part_of_the_persons_name() -> None:
    found = entities("Tóthné Varga Ilona polgármester szerint ez jó.")
    person = next(e for e in found.values() if e.type == "Person")
    assert mentions(person) == ["Tóthné Varga Ilona"]


def test_a_body_in_the_accusative_before_vezeto_is_no_office_holder() -> None:
    found = entities("Gulyás Gergely Miniszterelnökséget vezető miniszter szerint jó.")
    assert [mentions(e) for e in found.values() if e.type == "Person"] == [["Gulyás Gergely"]]


def test_a_church_building_told_of_by_what_it_is_is_a_place() -> None:
    found = entities("A misét az esztergomi bazilikában tartották.")
    assert [(e.type, mentions(e)) for e in found.values() if e.type == "Place"][-1] == (
        "Place",
        ["esztergomi bazilikában"],
    )


def test_a_national_agency_named_a_centre_stays_a_body_in_the_inessive() -> None:
    found = entities("A mintát a Nemzeti Élelmiszer-biztonsági Központban vizsgálták.")
    assert [e.type for e in found.values()] == ["GovernmentBody"]


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("A kolozsvári tüntetésen sokan voltak.", "cluj-napoca"),
        ("Újvidéken tüntettek.", "novi-sad"),
    ],
)
def test_a_hungarian_towns_name_beyond_the_border_mentions_the_town(
    sentence: str, town: str
) -> None:
    assert entities(sentence)[town].type == "Place"


def test_a_known_name_before_a_capitalised_part_of_a_compound_name_is_no_mention() -> None:
    found = entities("Az ügyvéd szerint a Bakony-Glas fellebbez.")
    assert "bakony" not in found


def test_an_inflected_name_before_a_bodys_noun_is_no_apposition() -> None:
    found = entities("Szerinte legalább három százalékot kell a GDP-ből védelemre fordítani.")
    assert [e for e in found.values() if e.type == "Organization"] == []


def test_a_foreign_citys_adjective_with_its_lengthened_vowel_mentions_the_city() -> None:
    found = entities("Jövő héten a torontói tornán lép pályára.")
    assert mentions(found["toronto"]) == ["torontói"]


def test_a_conjunction_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    found = entities("Szalóki Márk nyert.", "Ha Márk egészséges, ott lesz a csapatban.")
    assert [m for e in found.values() for m in mentions(e)] == ["Szalóki Márk", "Márk"]


@pytest.mark.parametrize(
    "sentence",
    ["Jövő héten a torontói Masters-tornán lép pályára.", "Megnyerte a Generali Open döntőjét."],
)
def test_a_tournament_is_no_entity(sentence: str) -> None:
    told = [m for e in entities(sentence).values() for m in mentions(e)]
    assert [m for m in told if m[0].isupper()] == []  # "torontói" is Toronto, no tournament


@pytest.mark.parametrize(
    "sentence", ["A film elnyerte az Arany Pálmát.", "Korábban Ezüst Medvét nyert."]
)
def test_a_festivals_metal_award_is_no_person(sentence: str) -> None:
    assert entities(sentence) == {}


def test_the_family_name_arany_before_a_given_name_is_a_person() -> None:
    assert [e.type for e in entities("Arany János verse.").values()] == ["Person"]


def test_a_name_ending_in_film_is_a_company() -> None:
    found = entities("A Fénysáv Film tervei szerint bemutatják.")
    assert [e.type for e in found.values()] == ["Organization"]


def test_a_name_ending_in_a_hall_is_a_place() -> None:
    found = entities("Megnyílt a Kapos Koncertterem.")
    assert [e.type for e in found.values()] == ["Place"]


def test_an_official_gazette_is_a_medium() -> None:
    found = entities("A rendelet a Magyar Közlönyben jelent meg, a Cégközlönyben is.")
    assert [e.type for e in found.values()] == ["NewsAgency", "NewsAgency"]


def test_an_institutions_capitalised_head_alone_names_it_again() -> None:
    found = entities(
        "Az Európai Bizottság eljárást indított.",
        "Marta Leclercq, a Bizottság szóvivője szerint a Bizottság kitart.",
    )
    assert mentions(found["european-commission"]) == ["Európai Bizottság", "Bizottság", "Bizottság"]
    assert found["european-commission"].wikidata == "Q8880"


def test_a_head_shared_by_two_bodies_names_neither_alone() -> None:
    found = entities(
        "Az Európai Tanács ülésezett.",
        "Az Afrikai Unió Béke- és Biztonsági Tanácsa is.",
        "A Tanács döntött.",
    )
    assert mentions(found["european-council"]) == ["Európai Tanács"]


def test_the_european_parliament_is_a_government_body_linked_to_wikidata() -> None:
    parliament = entities("Az Európai Parlament márciusban szavaz.")["european-parliament"]
    assert (parliament.type, parliament.wikidata) == ("GovernmentBody", "Q8889")


def test_kfor_is_an_armed_force() -> None:
    assert entities("A KFOR katonái járőröztek.")["kfor"].type == "ArmedForce"


def test_a_known_weekly_is_a_medium() -> None:
    assert entities("A Magyar Narancs kritikusa írta.")["magyar-narancs"].type == "NewsAgency"


def test_capitalised_words_before_a_family_name_and_a_given_name_are_another_name() -> None:
    found = entities("A gálán a Pannon Filharmonikusok Bartók Béla művét játszotta.")
    assert [(e.type, mentions(e)) for e in found.values()] == [
        ("Organization", ["Pannon Filharmonikusok"]),
        ("Person", ["Bartók Béla"]),
    ]


def test_a_married_name_before_a_family_name_and_a_given_name_is_one_person() -> None:
    found = entities("A kórust Ráczné Földi Judit vezette.")
    assert [mentions(e) for e in found.values() if e.type == "Person"] == [["Ráczné Földi Judit"]]


def test_an_orchestras_name_is_an_organization() -> None:
    found = entities("Fellépett a Savaria Szimfonikus Zenekar is.")
    assert [e.type for e in found.values()] == ["Organization"]


def test_a_place_in_another_case_before_a_comma_makes_no_place_of_the_next_name() -> None:
    found = entities("Nézőcsúcs a Hungaroringen, Piastri nyerte a Magyar Nagydíjat.")
    assert [e.type for e in found.values()] == ["Place"]


def test_a_name_coordinated_with_a_place_in_the_same_case_is_a_place() -> None:
    found = entities(
        "A tűz Varnavasz közelében indult.", "A lángok Varnavaszt és Grammatikót is elérték."
    )
    assert found["grammatiko"].type == "Place"


def test_a_match_named_after_an_opponent_is_no_unit_of_its_team() -> None:
    found = entities(
        "A magyar válogatott kikapott.", "A Törökország elleni osztályozó mérkőzésen estek ki."
    )
    assert [m for e in found.values() for m in mentions(e) if "osztályozó" in m] == []


def test_a_company_named_again_without_nonprofit_and_its_legal_form_is_one_entity() -> None:
    found = entities(
        "A Magyar Közút Nonprofit Zrt. lezárta a hidat.", "A Magyar Közút szerint a javítás tart."
    )
    assert [mentions(e) for e in found.values()] == [
        ["Magyar Közút Nonprofit Zrt.", "Magyar Közút"]
    ]


def test_a_party_named_again_without_part_is_one_entity() -> None:
    found = entities("Az Új Irány Párt kongresszust tartott.", "Az Új Irány támogatottsága nőtt.")
    assert [mentions(e) for e in found.values()] == [["Új Irány Párt", "Új Irány"]]


def test_a_town_in_a_case_after_its_lengthened_vowel_is_the_same_town_bare() -> None:
    found = entities(
        "Embercsempészeket fogtak el Röszkénél.", "Kedden hajnalban Röszke határában is."
    )
    assert [mentions(e) for e in found.values() if e.type == "Place"] == [["Röszkénél", "Röszke"]]


def test_a_name_first_met_in_the_accusative_is_the_same_name_bare() -> None:
    found = entities(
        "A múzeum megnyitotta a Régi Képtárat.", "A látogatók a Régi Képtár termeit járták."
    )
    assert [mentions(e) for e in found.values() if e.type == "Place"] == [
        ["Régi Képtárat", "Régi Képtár"]
    ]


def test_a_titles_capitalised_first_word_is_no_part_of_the_name_before_it() -> None:
    found = entities("A fődíjat a dán Mikkel Strand Téli kikötő című drámája kapta.")
    assert [mentions(e) for e in found.values() if e.type == "Person"] == [["Mikkel Strand"]]


def test_a_titles_first_word_alone_is_no_entity() -> None:
    found = entities("Bemutatták a Hideg napok című filmet.")
    assert found == {}


def test_a_possessed_capitalised_noun_is_no_persons_name() -> None:
    found = entities("A járőrök kiszúrták a gyanúsított szürke Opel Astráját a főúton.")
    assert [e for e in found.values() if e.type == "Person"] == []


def test_a_faculty_named_after_its_university_is_one_organization() -> None:
    found = entities("Horváth Ilona, az ELTE Állam- és Jogtudományi Karának docense nyilatkozott.")
    assert [mentions(e) for e in found.values() if e.type == "Organization"] == [
        ["ELTE Állam- és Jogtudományi Karának"]
    ]


def test_a_capitalised_web_address_told_to_before_it_is_a_medium() -> None:
    found = entities("– Senki nem szólt nekünk – mondta a Kunhalom.hu-nak egy édesanya.")
    assert mentions(found["kunhalom-hu"]) == ["Kunhalom.hu-nak"]
    assert found["kunhalom-hu"].type == "NewsAgency"


@pytest.mark.parametrize(
    ("sentence", "known"),
    [("Az Airbnb szerint nőtt a kereslet.", "airbnb"), ("A Google bejelentette.", "google")],
)
def test_a_platform_is_an_organization_never_a_place(sentence: str, known: str) -> None:
    assert entities(sentence)[known].type == "Organization"


def test_a_county_daily_is_a_medium() -> None:
    assert (
        entities("A polgármester a Délmagyarországnak nyilatkozott.")["delmagyarorszag"].type
        == "NewsAgency"
    )


def test_a_part_named_after_a_defined_acronym_keeps_the_acronym_in_its_name() -> None:
    found = entities(
        "Az Eötvös Loránd Tudományegyetem (ELTE) kutatói dolgoztak rajta.",
        "Fodor Márta, az ELTE Csillagászati Tanszékének docense nyilatkozott.",
    )
    assert mentions(found["elte"]) == [
        "Eötvös Loránd Tudományegyetem",
        "ELTE",
        "ELTE",
    ]
    assert mentions(found["elte-csillagaszati-tanszeke"]) == ["ELTE Csillagászati Tanszékének"]


def test_a_defined_acronym_before_a_bracket_opens_no_part() -> None:
    found = entities(
        "Az Afrikai Unió (AU) Béke- és Biztonsági Tanácsa ülésezett.", "Az AU Bizottság közölte."
    )
    assert [m for e in found.values() for m in mentions(e) if m.startswith("AU)")] == []


def test_a_web_address_the_gazetteer_knows_is_its_medium() -> None:
    found = entities("– Senki nem szólt nekünk – mondta a Szoljon.hu-nak egy édesanya.")
    assert mentions(found["szoljon"]) == ["Szoljon.hu-nak"]


def test_a_namesake_with_another_given_name_is_another_person() -> None:
    found = entities("Szalóki Márk nyerte a tornát.", "– Büszke vagyok – mondta Szalóki Tamás.")
    assert [mentions(e) for e in found.values()] == [["Szalóki Márk"], ["Szalóki Tamás"]]
