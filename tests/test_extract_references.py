"""kb.extract.entities: descriptive mentions that refer back, groups, unknown towns."""

from __future__ import annotations

import datetime as dt

from kb.extract import claims
from kb.extract.context import sentences_with_context
from kb.extract.entities import find_entities
from kb.extract.events import find_events
from kb.extract.timex import find_times
from kb.model import Entity, Event, Span
from tests.extract_support import entities, mentions

TUESDAY = dt.date(2025, 6, 3)


def by_mention(found: dict[str, Entity], text: str) -> Entity:
    return next(e for e in found.values() if text in mentions(e))


def test_a_fovaros_is_the_capital_named_last() -> None:
    found = entities("Athén segítséget kért.", "A tűz a főváros külvárosait is elérheti.")
    assert mentions(found["athens"])[-1] == "főváros"


def test_a_varmegye_is_the_county_named_last() -> None:
    found = entities("Baleset történt Pest vármegyében.", "A MÁV korszerűsíti a vármegye átjáróit.")
    assert mentions(found["pest-county"]) == ["Pest vármegyében", "vármegye"]


def test_a_folyo_is_the_river_named_last_not_a_town() -> None:
    found = entities("Miskolcon és a Sajó mentén árvíz van.", "A folyó tovább árad.")
    assert mentions(found["sajo"])[-1] == "folyó"
    assert "folyó" not in mentions(found["miskolc"])


def test_a_nationality_and_firefighters_are_a_group_of_the_state() -> None:
    group = entities("Magyar tűzoltók segítenek a görögországi erdőtűznél.")["hungary-firefighters"]
    assert (group.type, mentions(group), group.affiliation) == (
        "Organization",
        ["Magyar tűzoltók"],
        "hungary",
    )


def test_another_group_noun_of_the_same_state_is_the_same_group() -> None:
    found = entities("Magyar tűzoltók indultak.", "A magyar egységet Athén kérte.")
    assert mentions(found["hungary-firefighters"]) == ["Magyar tűzoltók", "magyar egységet"]


def test_a_number_of_the_groups_members_is_the_group() -> None:
    found = entities(
        "Magyar tűzoltók indultak.", "Huszonnyolc tűzoltót küldött a katasztrófavédelem."
    )
    assert "Huszonnyolc tűzoltót" in mentions(found["hungary-firefighters"])


def test_a_csapat_alone_is_the_last_group() -> None:
    found = entities("Magyar tűzoltók indultak.", "A parancsnok szerint a csapat két hétig marad.")
    assert mentions(found["hungary-firefighters"])[-1] == "csapat"


def test_a_team_outside_war_is_no_armed_force() -> None:
    found = entities("A magyar csapat megnyerte a döntőt.")
    assert all(e.type != "ArmedForce" for e in found.values())


def test_a_vadlott_is_the_person_most_mentioned() -> None:
    found = entities(
        "A bíróság Halász Bencét hat évre ítélte.",
        "Halász Bence tagadott.",
        "Szabó Erika bíró szerint a vádlott pénzt fogadott el.",
    )
    assert "vádlott" in mentions(by_mention(found, "Halász Bencét"))


def test_an_office_alone_is_the_person_with_that_office_in_apposition() -> None:
    found = entities("Horváth Péter, a MÁV szóvivője nyilatkozott.", "A szóvivő tagadta a hibát.")
    assert mentions(by_mention(found, "Horváth Péter"))[-1] == "szóvivő"


def test_an_unknown_word_before_a_place_postposition_is_a_town() -> None:
    monor = by_mention(entities("Baleset történt a Pest vármegyei Monor határában."), "Monor")
    assert (monor.type, monor.name.hu) == ("Place", "Monor")


def test_an_accusative_of_a_town_named_before_is_that_town() -> None:
    found = entities("Tűz van Varnavasz közelében.", "A hatóságok Varnavaszt kiürítették.")
    assert mentions(by_mention(found, "Varnavasz")) == ["Varnavasz", "Varnavaszt"]


def test_a_word_coordinated_with_a_town_is_a_town_in_the_nominative() -> None:
    found = entities("Tűz van Varnavasz közelében.", "Kiürítették Varnavaszt és Grammatikót.")
    grammatiko = by_mention(found, "Grammatikót")
    assert (grammatiko.type, grammatiko.name.hu) == ("Place", "Grammatikó")


def test_an_office_with_no_holder_named_is_an_unnamed_person() -> None:
    found = entities("Az egészségügyi államtitkár kedden Kecskemétre látogatott.")
    person = by_mention(found, "egészségügyi államtitkár")
    assert (person.type, person.role and person.role.en) == ("Person", "state secretary")


def test_an_office_in_the_plural_is_no_person() -> None:
    found = entities("Az államtitkár a kórház vezetőivel egyeztetett.")
    assert all("vezetőivel" not in mentions(e) for e in found.values())


def test_a_possessed_office_opening_a_sentence_is_the_person_in_apposition() -> None:
    found = entities(
        "A bíró ítéletet hirdetett.", "Védője, Kovács Tamás közölte, hogy fellebbeznek."
    )
    assert mentions(by_mention(found, "Kovács Tamás")) == ["Védője", "Kovács Tamás"]


def test_a_place_and_a_possessed_body_noun_name_the_places_body() -> None:
    found = entities(
        "Új villamosról döntött a debreceni közgyűlés.", "Debrecen közgyűlése kedden ülésezett."
    )
    assert mentions(by_mention(found, "debreceni közgyűlés")) == [
        "debreceni közgyűlés",
        "Debrecen közgyűlése",
    ]


def test_an_apposition_after_an_office_is_the_person_too() -> None:
    found = entities(
        "Baranyi Levente ellenzéki képviselő, a Debreceni Polgári Kör frakcióvezetője szólt."
    )
    person = by_mention(found, "Baranyi Levente")
    assert mentions(person)[-1] == "Debreceni Polgári Kör frakcióvezetője"
    assert by_mention(found, "Debreceni Polgári Kör").type == "Organization"


def test_a_nationality_and_federation_is_a_body_described() -> None:
    found = entities("A szerb szövetség szerint a döntő jó volt.")
    assert by_mention(found, "szerb szövetség").type == "Organization"


def test_a_venue_is_referred_back_to_by_its_kind() -> None:
    found = entities("A meccset a Puskás Arénában játsszák.", "A pályán sok a néző.")
    venue = next(e for e in found.values() if e.type == "Place")
    assert mentions(venue) == ["Puskás Arénában", "pályán"]


def test_a_town_that_is_a_given_name_after_a_surname_is_a_person() -> None:
    found = entities("A vádlott Kovács Gyula volt.")
    assert [(e.type, mentions(e)) for e in found.values() if e.type != "Person"] == []


def test_a_man_told_of_again_is_the_person_named_just_before() -> None:
    found = entities("A rendőrség elfogta Kiss Pétert.", "A férfit őrizetbe vették.")
    assert mentions(found["peter-kiss"]) == ["Kiss Pétert", "férfit"]


def test_a_man_with_nobody_named_before_is_an_unnamed_person() -> None:
    found = entities("A férfi a helyszínen meghalt.")
    assert [(e.type, mentions(e)) for e in found.values()] == [("Person", ["férfi"])]


def test_a_chamber_told_of_by_its_noun_is_a_body_and_its_president_a_person() -> None:
    found = entities("A kamara elnöke szerint rossz a termés.")
    assert sorted((e.type, mentions(e)[0]) for e in found.values()) == [
        ("Organization", "kamara"),
        ("Person", "kamara elnöke"),
    ]


def test_a_building_told_of_by_what_it_is_is_a_place_and_the_same_noun_again_it() -> None:
    found = entities(
        "Robbanás történt egy dunaújvárosi panelházban.", "A panelház lakóit kimenekítették."
    )
    (block,) = (e for e in found.values() if e.type == "Place" and e.id != "dunaujvaros")
    assert mentions(block) == ["dunaújvárosi panelházban", "panelház"]


def test_a_building_after_an_adjective_needs_no_article() -> None:
    found = entities("A lakókat egy közeli sportcsarnokban helyezték el.")
    assert [mentions(e) for e in found.values() if e.type == "Place"] == [
        ["közeli sportcsarnokban"]
    ]


def test_the_scene_is_the_building_told_of() -> None:
    found = entities("Tűz ütött ki a raktárcsarnokban.", "A helyszínen tíz tűzoltó dolgozott.")
    (hall,) = (e for e in found.values() if e.type == "Place")
    assert mentions(hall) == ["raktárcsarnokban", "helyszínen"]


def test_no_scene_without_a_building_told_of() -> None:
    found = entities("Szegeden baleset történt.", "A helyszínen a rendőrök helyszíneltek.")
    assert all("helyszínen" not in mentions(e) for e in found.values())


def test_a_bare_company_noun_is_the_company_named_with_its_legal_form() -> None:
    found = entities("A Mátravill Építő Zrt. nyerte a tendert.", "A társaság cáfolta a késést.")
    (company,) = found.values()
    assert mentions(company) == ["Mátravill Építő Zrt.", "társaság"]


def test_a_company_noun_with_two_companies_just_named_is_neither() -> None:
    found = entities("Az MVM Zrt. és a Mátravill Építő Zrt. szerződött.", "A cég cáfolta a késést.")
    assert mentions(found["ceg"]) == ["cég"]


def test_two_legal_forms_after_a_comma_end_one_name() -> None:
    found = entities("Megvásárolja a céget a japán Kazuta Precision Co., Ltd. vállalat.")
    assert ["Kazuta Precision Co., Ltd."] in [mentions(e) for e in found.values()]


def test_ferfi_before_a_plural_tells_a_kind_no_man() -> None:
    assert all(e.type != "Person" for e in entities("A férfi kenusok nyertek.").values())
    assert [e.type for e in entities("A férfi elmondta, hogy fáradt.").values()] == ["Person"]


def test_a_description_noun_refers_to_the_entity_it_described_before() -> None:
    found = entities("A Kisalföld napilapnak azt mondta, hogy nem.", "A napilap szerint igen.")
    assert mentions(found["kisalfold"]) == ["Kisalföld", "napilapnak", "napilap"]


def test_media_or_bodies_counted_after_an_adjective_are_a_group() -> None:
    found = entities("Több kulturális portál is megírta, helyi civil szervezetek segítettek.")
    assert sorted(mentions(e)[0] for e in found.values() if e.type == "Group") == [
        "Több kulturális portál",
        "helyi civil szervezetek",
    ]


def test_buildings_in_the_plural_are_other_places_than_the_one() -> None:
    found = entities("A robbanás a lakást lerombolta.", "A lakásokat kiürítették.")
    assert mentions(found["lakas"]) == ["lakást"]
    assert mentions(found["lakasok"]) == ["lakásokat"]


def test_a_bodys_possessed_site_is_one_place_with_its_owner() -> None:
    found = entities("A dolgozót a cég ajkai gyárában bocsátották el.")
    (plant,) = (e for e in found.values() if e.type == "Place" and e.id != "ajka")
    assert mentions(plant) == ["cég ajkai gyárában"]


def test_a_site_merely_inflected_has_no_owner() -> None:
    found = entities("A cég új épületet emel.")
    assert ["új épületet"] in [mentions(e) for e in found.values()]


def test_the_man_is_the_unnamed_man_told_of_before() -> None:
    found = entities(
        "Egy 29 éves férfit fogtak el.",
        "A rendőrség közölte az adatokat.",
        "A férfi beismerte a rablást.",
    )
    assert mentions(found["29-eves-ferfit"]) == ["29 éves férfit", "férfi"]


def test_ferfi_before_a_plural_verb_is_a_man() -> None:
    found = entities("Egy 29 éves férfit fogtak el.")
    assert [e.type for e in found.values()] == ["Person"]


def test_a_towns_adjective_before_a_hospitals_name_is_part_of_its_mention() -> None:
    found = entities("A sérülteket a dunaújvárosi Szent Pantaleon Kórházba vitték.")
    (hospital,) = (e for e in found.values() if e.type == "Organization")
    assert mentions(hospital) == ["dunaújvárosi Szent Pantaleon Kórházba"]
    assert mentions(found["dunaujvaros"]) == ["dunaújvárosi"]


def test_a_towns_adjective_before_a_companys_name_is_not() -> None:
    found = entities("A stuttgarti Lindhoff Automotive Kft. bezár.")
    (company,) = (e for e in found.values() if e.type == "Organization")
    assert mentions(company) == ["Lindhoff Automotive Kft."]


def _events(text: str) -> list[Event]:
    spans = (Span(text, 0, len(text)),)
    context = sentences_with_context(spans, find_entities(text, spans), find_times(spans, TUESDAY))
    return list(find_events(context))


def test_a_rescue_of_a_counted_group_takes_the_body_telling_of_it_too() -> None:
    found = _events(
        "Kedden a településekről mintegy háromszáz embert kellett kimenekíteni"
        " – közölte a katasztrófavédelem."
    )
    (rescue,) = (e for e in found if e.type == "rescue")
    assert [p.entity for p in rescue.participants] == ["people-group", "katasztrofavedelem"]


def test_the_source_of_what_befell_a_counted_group_takes_part_in_it() -> None:
    found = _events("A mentőszolgálat szerint a vihar miatt mintegy 210 embert láttak el.")
    (disaster,) = (e for e in found if e.type == "disaster")
    assert "mentoszolgalat" in [p.entity for p in disaster.participants]


def test_a_group_told_of_is_not_who_reports() -> None:
    (report,) = _events("Hétfőn az AFAD még 87, kedd este már 163 halottról számolt be.")
    assert [(p.entity, p.role) for p in report.participants] == [("afad", "speaker")]


def test_a_group_told_of_is_no_speaker_of_a_claim() -> None:
    text = "Hétfőn az AFAD még 87, kedd este már 163 halottról számolt be."
    spans = (Span(text, 0, len(text)),)
    (sentence,) = sentences_with_context(
        spans, find_entities(text, spans), find_times(spans, TUESDAY)
    )
    assert [s.entity for s in claims._candidates(sentence, list(sentence.seen))] == ["afad"]


def test_a_town_noun_is_the_one_town_just_named() -> None:
    found = entities("Átadták az orvosi rendelőt Látrányban.", "A faluban mindenki örült.")
    assert mentions(found["latrany"]) == ["Látrányban", "faluban"]


def test_a_town_noun_after_two_towns_named_together_is_no_guess() -> None:
    found = entities(
        "Miskolc szivattyúkat küldött a szomszédos Felsőzsolcára.", "A települést elöntötte a víz."
    )
    assert all("települést" not in mentions(e) for e in found.values())


def test_a_building_told_of_is_no_town_a_town_noun_refers_to() -> None:
    found = entities("Kedden átadták a felújított orvosi rendelőt.", "A faluban mindenki örült.")
    assert all("faluban" not in mentions(e) for e in found.values())


def test_a_town_noun_as_its_clauses_subject_is_the_towns_local_government() -> None:
    found = entities("Jászberényben bezárt a konyha.", "A város saját forrásból fizeti az ebédet.")
    office = by_mention(found, "város")
    assert (office.type, office.name.hu) == ("GovernmentBody", "Jászberény önkormányzata")
    assert mentions(found["jaszbereny"]) == ["Jászberényben"]


def test_a_town_noun_possessing_a_noun_is_the_town() -> None:
    found = entities("Szegeden árvízvédelmi gyakorlat volt.", "A város árvízvédelmi rendszere jó.")
    assert mentions(found["szeged"]) == ["Szegeden", "város"]


def test_a_town_noun_that_acts_is_the_local_government_named_before() -> None:
    found = entities(
        "A székesfehérvári önkormányzat közölte, hogy épít.", "A város a saját forrásából fizet."
    )
    office = by_mention(found, "város")
    assert mentions(office) == ["székesfehérvári önkormányzat", "város"]


def test_a_varmegye_nobody_names_is_the_county_a_body_is_named_after() -> None:
    found = entities(
        "A Jász-Nagykun-Szolnok Vármegyei Rendőr-főkapitányság adatai szerint a vármegyében"
        " tavaly 11 emberölés történt."
    )
    assert mentions(found["jasz-nagykun-szolnok"]) == ["vármegyében"]


def test_a_varmegye_is_no_county_when_bodies_are_named_after_two() -> None:
    found = entities(
        "A Vas Vármegyei Rendőr-főkapitányság és a Zala Vármegyei Rendőr-főkapitányság"
        " közölte, hogy a vármegyében nőtt a bűnözés."
    )
    assert all("vármegyében" not in mentions(e) for e in found.values())


def test_a_kitchen_told_of_by_its_noun_is_a_place() -> None:
    found = entities("A kormányhivatal bezárta a konyhát.", "A konyha jövő héten nyithat újra.")
    (kitchen,) = (e for e in found.values() if e.type == "Place")
    assert mentions(kitchen) == ["konyhát", "konyha"]


def test_a_base_told_of_again_is_the_same_place() -> None:
    found = entities("Az új bázis júniusban nyílik.", "A bázis évente sok utast szolgál ki.")
    (base,) = (e for e in found.values() if e.type == "Place")
    assert mentions(base) == ["új bázis", "bázis"]


def test_a_database_is_no_base() -> None:
    found = entities("Az adatok az adatbázisban vannak.")
    assert all(e.type != "Place" for e in found.values())


def test_the_halls_of_a_concert_house_are_places_each() -> None:
    found = entities("A nagytermet és a kamaratermet is felújították.")
    assert [mentions(e) for e in found.values() if e.type == "Place"] == [
        ["nagytermet"],
        ["kamaratermet"],
    ]


def test_a_building_the_indefinite_article_introduces_is_a_place() -> None:
    found = entities("Hétfőn tűz ütött ki egy raktárcsarnokban.")
    assert [mentions(e) for e in found.values() if e.type == "Place"] == [["raktárcsarnokban"]]


def test_a_site_introduced_after_another_is_a_place_of_its_own() -> None:
    found = entities("Robbanás történt egy lakóépületben.", "A detonáció szétvetett egy lakást.")
    assert [mentions(e) for e in found.values() if e.type == "Place"] == [
        ["lakóépületben"],
        ["lakást"],
    ]


def test_a_kind_of_building_told_of_in_general_is_no_place() -> None:
    found = entities("Egy koncertterem nem a megnyitón bizonyít.")
    assert all(e.type != "Place" for e in found.values())


def test_a_hospital_introduced_is_a_body_not_a_building() -> None:
    found = entities("A beteget egy szegedi kórházban ápolják.")
    assert sorted(e.type for e in found.values()) == ["Organization", "Place"]
    assert mentions(found["szeged"]) == ["szegedi"]


def test_a_site_a_body_told_of_possesses_is_the_owners_site() -> None:
    found = entities("A Borsodi Finomvegyszer Zrt. közölte.", "A cég telephelyén tűz volt.")
    assert [mentions(e) for e in found.values() if e.type == "Place"] == [["cég telephelyén"]]


def test_a_building_a_town_told_of_possesses_is_a_place_with_its_owner() -> None:
    found = entities("A rendőrök Szilvásváradon keresik.", "Megnyitották a falu művelődési házát.")
    house = by_mention(found, "falu művelődési házát")
    assert (house.type, house.name.hu) == ("Place", "falu művelődési háza")


def test_a_flat_a_relative_possesses_is_a_place() -> None:
    found = entities("A férfi éjjel jelent meg korábbi élettársa lakásán.")
    assert by_mention(found, "korábbi élettársa lakásán").type == "Place"


def test_a_count_of_a_bodys_houses_is_no_site() -> None:
    found = entities("A törvényt a parlament két házának is el kell fogadnia.")
    assert all(e.type != "Place" for e in found.values())


def test_a_fence_told_of_by_its_noun_is_a_place() -> None:
    found = entities("A kormányfő szerint a déli határkerítés megvédte az országot.")
    assert [mentions(e) for e in found.values() if e.type == "Place"] == [["déli határkerítés"]]


def test_the_scene_is_the_building_told_first_not_a_shelter_told_later() -> None:
    found = entities(
        "Robbanás történt egy lakóépületben.",
        "A lakókat egy közeli sportcsarnokban helyezték el.",
        "A helyszínen a polgármester beszélt.",
    )
    assert mentions(by_mention(found, "lakóépületben")) == ["lakóépületben", "helyszínen"]


def test_the_scene_may_be_a_flat_someone_possesses() -> None:
    found = entities(
        "A férfi éjjel jelent meg korábbi élettársa lakásán.", "Az áldozat a helyszínen meghalt."
    )
    assert mentions(by_mention(found, "korábbi élettársa lakásán"))[-1] == "helyszínen"


def test_two_town_nouns_counted_are_the_two_towns_named_just_before() -> None:
    found = entities("Pakson és Szekszárdon tilos inni a kútvizet.", "A két városban vizet adnak.")
    assert mentions(found["paks"]) == ["Pakson", "két városban"]
    assert mentions(found["szekszard"]) == ["Szekszárdon", "két városban"]


def test_a_compass_point_and_a_region_noun_are_one_part_of_the_country() -> None:
    found = entities("A keleti régióban nagy a kereslet.", "Debrecen a keleti országrész kapuja.")
    region = by_mention(found, "keleti régióban")
    assert (region.type, mentions(region)) == ("Place", ["keleti régióban", "keleti országrész"])


def test_a_kerulet_is_the_district_named_just_before() -> None:
    found = entities("Tűz ütött ki Budapest X. kerületében.", "A kerület polgármestere ott volt.")
    assert mentions(by_mention(found, "X. kerületében")) == ["X. kerületében", "kerület"]


def test_a_kerulet_as_its_clauses_subject_is_the_districts_local_government() -> None:
    found = entities("A VII. kerület polgármestere írt.", "A kerület az év végén rendeletet hoz.")
    assert by_mention(found, "kerület").type == "GovernmentBody"


def test_a_part_of_a_town_is_no_rival_to_the_town_a_town_noun_means() -> None:
    found = entities(
        "Szeged önkormányzata hűsölőt nyit az újszegedi sportcsarnokban.",
        "A város párakapukat is felállít.",
    )
    assert mentions(by_mention(found, "Szeged önkormányzata")) == ["Szeged önkormányzata", "város"]


def test_a_mine_told_of_by_its_noun_is_a_place() -> None:
    found = entities("Omlás történt a bányában.", "A bányát lezárták.")
    (mine,) = (e for e in found.values() if e.type == "Place")
    assert mentions(mine) == ["bányában", "bányát"]


def test_a_towns_name_ending_like_a_site_is_no_scene() -> None:
    found = entities("Kőbányán tűz ütött ki.", "A helyszínen tíz tűzoltó dolgozott.")
    assert all("helyszínen" not in mentions(e) for e in found.values())


def test_a_states_adjective_and_fovaros_are_the_states_capital() -> None:
    found = entities("A delegáció a hét végéig a katari fővárosban marad.")
    assert mentions(found["doha"]) == ["katari fővárosban"]
    assert mentions(found["qatar"]) == ["katari"]


def test_a_town_adjective_and_fovaros_are_no_capital() -> None:
    found = entities("A szegedi fővárosban nincs ilyen.")
    assert all("szegedi fővárosban" not in mentions(e) for e in found.values())


def test_the_capital_as_its_clauses_subject_is_its_local_government() -> None:
    found = entities("A fesztivált Budapesten rendezik.", "A főváros saját forrásból támogatja.")
    office = by_mention(found, "főváros")
    assert (office.type, office.name.hu) == ("GovernmentBody", "Budapest önkormányzata")


def test_an_unknown_name_lying_somewhere_is_a_place() -> None:
    found = entities("A kerülőút a folyó túlpartján fekvő Cserkeszőlő felé vezet.")
    assert [(e.type, mentions(e)) for e in found.values()] == [("Place", ["Cserkeszőlő"])]


def test_an_unknown_name_lying_somewhere_in_a_case_is_the_place_in_the_nominative() -> None:
    found = entities("A szakasz alatt fekvő Sajóecsegen nem ihatnak a kutakból.")
    assert [(e.name.hu, mentions(e)) for e in found.values()] == [("Sajóecseg", ["Sajóecsegen"])]


def test_the_capital_that_acts_despite_an_adverb_is_its_local_government() -> None:
    found = entities("A fesztivált Budapesten rendezik.", "A főváros jövőre is támogatja.")
    assert by_mention(found, "főváros").type == "GovernmentBody"


def test_a_county_seat_is_the_one_town_just_named() -> None:
    found = entities("Szekszárdon tüntettek.", "A megyeszékhelyen ezren vonultak fel.")
    assert mentions(found["szekszard"]) == ["Szekszárdon", "megyeszékhelyen"]
