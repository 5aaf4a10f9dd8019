"""Round-4 entity recall: people who act as a group, counted groups, unknown names
after the article, body names typed by their longest head."""

from __future__ import annotations

from tests.extract_support import entities, mentions


def test_a_plural_of_people_after_the_article_is_a_group() -> None:
    found = entities("A kutatók szerint a kitörés ritka.", "A kutatók tavaly is mérték.")
    assert mentions(found["researchers-group"]) == ["kutatók", "kutatók"]


def test_a_plural_of_people_opening_a_sentence_keeps_its_adjective() -> None:
    found = entities("Piaci elemzők szerint a kamat marad.")
    assert mentions(found["analysts-group"]) == ["Piaci elemzők"]


def test_a_hedged_count_of_people_is_the_group() -> None:
    found = entities("Az oltásban több mint 120 tűzoltó vett részt.")
    assert mentions(found["firefighters-group"]) == ["több mint 120 tűzoltó"]


def test_a_count_of_soldiers_with_a_nationality_is_the_states_troops() -> None:
    found = entities("A tárca szerint jelenleg 40-50 magyar katona tartózkodik az országban.")
    assert found["hungary-troops"].type == "ArmedForce"
    assert mentions(found["hungary-troops"]) == ["40-50 magyar katona"]
    assert mentions(found["hungary"]) == ["magyar"]


def test_a_counted_crowd_is_a_group_and_its_plural_after_it_the_same() -> None:
    found = entities("A mérkőzést mintegy 51 ezer néző látta.", "A nézők ünnepeltek.")
    assert mentions(found["spectators-group"]) == ["mintegy 51 ezer néző", "nézők"]


def test_a_figure_in_groups_of_three_digits_counts_the_people() -> None:
    found = entities("A stadionban 51 248 néző volt.")
    assert mentions(found["spectators-group"]) == ["51 248 néző"]


def test_two_counts_of_one_noun_are_two_sets_and_the_same_count_again_one() -> None:
    found = entities(
        "A tűz miatt mintegy háromszáz embert kitelepítettek.",
        "Mintegy háromszáz embert szállodában helyeztek el, legalább két ember megsérült.",
    )
    assert mentions(found["people-group"]) == [
        "mintegy háromszáz embert",
        "Mintegy háromszáz embert",
    ]
    assert mentions(found["people-group-2"]) == ["legalább két ember"]


def test_an_adjective_that_is_a_people_noun_opens_the_next_noun() -> None:
    found = entities("A projektben legalább húsz fiatal kutatót alkalmaznak.")
    assert mentions(found["researchers-group"]) == ["legalább húsz fiatal kutatót"]


def test_households_and_families_in_the_plural_or_counted_are_groups() -> None:
    found = entities(
        "Mintegy húszezer háztartás maradt áram nélkül.", "Egyre több család költözik el."
    )
    assert mentions(found["households-group"]) == ["Mintegy húszezer háztartás"]
    assert mentions(found["families-group"]) == ["Egyre több család"]


def test_a_count_in_tens_of_thousands_is_one_count() -> None:
    found = entities("A tüntetésen több tízezer pedagógus vett részt.")
    assert mentions(found["teachers-group"]) == ["több tízezer pedagógus"]


def test_an_unknown_name_after_the_article_is_no_person() -> None:
    found = entities("A felújítást a CRE Konzorcium végzi, a BMW Group pedig gyárat épít.")
    assert {e.name.hu: e.type for e in found.values()} == {
        "CRE Konzorcium": "Organization",
        "BMW Group": "Organization",
    }


def test_a_research_centre_is_typed_by_its_longest_head() -> None:
    found = entities("A HUN-REN Agrártudományi Kutatóközpont közölte az eredményt.")
    assert [e.type for e in found.values()] == ["Organization"]


def test_an_unknown_town_possessing_a_mayor_is_a_place_and_the_mayor_a_person() -> None:
    found = entities("Kovács István, Parád polgármestere szerint a kár nagy.")
    types = {e.name.hu: e.type for e in found.values()}
    assert types["Parád"] == "Place"
    assert mentions(found["istvan-kovacs"]) == ["Kovács István", "Parád polgármestere"]


def test_a_nationality_opening_a_company_name_is_no_state() -> None:
    found = entities("A vételt a Magyar Telekom jelentette be.", "A Telekom szerint ez korrekt.")
    company = found["magyar-telekom"]
    assert (company.type, mentions(company)) == ("Organization", ["Magyar Telekom", "Telekom"])
    assert "hungary" not in found


def test_a_company_with_and_without_its_legal_form_is_one_company() -> None:
    found = entities("A Flexo-Pack Logisztika Kft. csarnoka égett.", "A Flexo-Pack Logisztika nő.")
    (company,) = (e for e in found.values() if e.type == "Organization")
    assert len(company.mentions) == 2


def test_hazai_is_hungary_but_not_a_teams_home_ground() -> None:
    found = entities("A hazai startupok nőttek.", "A csapat hazai pályán játszik.")
    assert mentions(found["hungary"]) == ["hazai"]


def test_az_orszag_is_the_one_state_told_of() -> None:
    found = entities("Katonák vették át a hatalmat Csádban.", "Az országban kijárási tilalom van.")
    assert mentions(found["chad"]) == ["Csádban", "országban"]


def test_az_orszag_with_two_states_told_of_names_neither() -> None:
    found = entities(
        "Franciaország átadta csádi támaszpontját.", "Azóta néhány kiképző szolgált az országban."
    )
    assert all("országban" not in mentions(e) for e in found.values())


def test_a_party_described_refers_back_to_the_named_party() -> None:
    found = entities("A Tisza Párt jelöltje nyert.", "A párt közleménye szerint ez siker.")
    assert mentions(found["tisza-part"]) == ["Tisza Párt", "párt"]


def test_a_named_occasion_is_no_entity() -> None:
    found = entities("Piastri nyerte a Forma–1-es Magyar Nagydíjat.")
    assert all(e.type != "Organization" for e in found.values())


def test_a_name_before_a_media_noun_is_a_medium_mentioned_twice() -> None:
    found = entities("Az ügyvéd a Kisalföld napilapnak azt nyilatkozta, hogy ártatlan.")
    (medium,) = (e for e in found.values() if e.type == "NewsAgency")
    assert mentions(medium) == ["Kisalföld", "napilapnak"]


def test_a_name_ending_in_a_media_head_is_a_medium() -> None:
    found = entities("A nővére a Szolnok TV-nek azt mondta, hogy a család elégedett.")
    media = [mentions(e) for e in found.values() if e.type not in ("Person", "Group")]
    assert media == [["Szolnok TV-nek"]] and found["szolnok-tv"].type == "NewsAgency"


def test_an_unknown_name_told_in_the_dative_is_a_medium() -> None:
    found = entities("Berta Zoltán a Minap.hu-nak elmondta, hogy a kár nagy.")
    assert {e.type for e in found.values()} == {"Person", "NewsAgency"}


def test_an_office_responsible_for_something_names_its_holder() -> None:
    found = entities("Elkezdődött – jelentette be a beruházásért felelős kormánybiztos.")
    (person,) = found.values()
    assert mentions(person) == ["beruházásért felelős kormánybiztos"]


def test_az_unio_refers_back_to_the_european_union() -> None:
    found = entities("Az Európai Unió vezetői tárgyaltak.", "Az unió külső határait védik.")
    assert mentions(found["european-union"]) == ["Európai Unió", "unió"]


def test_a_compound_description_is_typed_by_its_head() -> None:
    found = entities("A katari külügyminisztérium szóvivője nyilatkozott.")
    ministry = next(e for e in found.values() if e.type == "GovernmentBody")
    assert mentions(ministry) == ["katari külügyminisztérium"]
    assert mentions(found["qatar"]) == ["katari"]


def test_a_compound_description_keeps_its_compound_when_referring_back() -> None:
    found = entities(
        "A Belügyminisztérium közölte a számokat.", "A pénzügyminisztérium szerint ez kevés."
    )
    assert len([e for e in found.values() if e.type == "GovernmentBody"]) == 2


def test_a_field_is_no_described_body() -> None:
    found = entities("A környezetvédelem fontos, a próbaüzem jövőre indul.")
    assert found == {}


def test_a_digit_led_brand_is_an_organisation() -> None:
    found = entities("Megveszi a 4iG hálózatát a Telekom.", "A 4iG-nek ez jó üzlet.")
    assert mentions(found["4ig"]) == ["4iG", "4iG-nek"]


def test_a_name_the_gazetteer_spells_with_a_hyphen_may_take_an_en_dash() -> None:
    found = entities("A Fidesz–KDNP jelöltje kikapott.")
    assert mentions(found["fidesz"]) == ["Fidesz–KDNP"]


def test_a_family_name_in_the_headline_is_the_person_named_in_full_later() -> None:
    found = entities("Rossi szerint jó volt a meccs.", "Marco Rossi szövetségi kapitány elégedett.")
    assert mentions(found["marco-rossi"])[:2] == ["Rossi", "Marco Rossi"]


def test_a_name_shared_by_a_river_and_a_party_is_the_river_unless_the_party_is_named() -> None:
    river = entities("A Tisza Szegednél tetőzik.")
    assert river["tisza"].type == "Place"
    party = entities("A Tisza jelöltje nyert.", "A Tisza Párt ünnepelt.")
    assert mentions(party["tisza-part"]) == ["Tisza", "Tisza Párt"]


def test_an_office_before_a_comma_and_the_holder_named_after_is_one_person() -> None:
    found = entities("A szavazatok 38 százalékát a Fidesz–KDNP jelöltje, Pálffy Gergely kapta.")
    persons = [e for e in found.values() if e.type == "Person"]
    assert [mentions(p) for p in persons] == [["Fidesz–KDNP jelöltje", "Pálffy Gergely"]]


def test_an_acronym_in_brackets_possesses_no_office() -> None:
    found = entities("Berta Gábor, a Magyar Agrár Egyetem (MATE) professzora szerint ez jó.")
    assert all("MATE) professzora" not in mentions(e) for e in found.values())


def test_a_military_adjective_makes_no_troops() -> None:
    found = entities("Felszólították a francia katonai tanácsadókat a távozásra.")
    assert all(e.type != "ArmedForce" for e in found.values())


def test_a_nationality_surname_before_a_given_name_is_a_person_not_a_company() -> None:
    found = entities("Az ítélet után Lengyel Tamás közölte, hogy fellebbeznek.")
    assert [e.type for e in found.values()] == ["Person"]


def test_the_adjective_of_a_place_named_later_mentions_it() -> None:
    found = entities("Módosul a menetrend a kelebiai vonalon.", "A Budapest–Kelebia vasútvonal ...")
    kelebia = next(e for e in found.values() if e.name.hu == "Kelebia")
    assert mentions(kelebia) == ["kelebiai", "Kelebia"]


def test_a_place_opening_the_name_of_an_occasion_is_no_mention() -> None:
    found = entities("A magyar csapat megnyerte az Európa-kupa döntőjét.")
    assert "europe" not in found


def test_europe_and_its_adjective_are_a_place() -> None:
    found = entities("Az európai kereslet gyengül, Európa szerint.")
    assert (found["europe"].type, mentions(found["europe"])) == ("Place", ["európai", "Európa"])


def test_a_plural_of_people_after_a_nationality_is_that_states_group() -> None:
    found = entities("A szerb tüntetőkkel csaptak össze.", "Az uniós tagállamok vitáztak.")
    assert mentions(found["serbia-protesters"]) == ["szerb tüntetőkkel"]
    assert mentions(found["member-states-group"]) == ["uniós tagállamok"]
    assert mentions(found["european-union"]) == ["uniós"]


def test_a_man_told_of_by_age_and_town_is_a_person_and_the_town_a_place() -> None:
    found = entities("A banda vezetője egy 34 éves győri férfi.")
    person = next(e for e in found.values() if e.type == "Person" and e.role is None)
    assert mentions(person) == ["34 éves győri férfi"]
    assert mentions(found["gyor"]) == ["győri"]


def test_an_office_after_an_age_names_its_holder() -> None:
    found = entities("Vadász Lilla rendező nyert.", "– válaszolta a 36 éves rendező.")
    assert mentions(found["lilla-vadasz"]) == ["Vadász Lilla", "36 éves rendező"]


def test_the_victim_is_one_unnamed_person() -> None:
    found = entities("Baltával támadt a sértettre.", "Az áldozat a helyszínen meghalt.")
    assert mentions(found["victim"]) == ["sértettre", "áldozat"]


def test_in_a_match_report_a_nationality_plural_and_a_csapat_are_the_national_team() -> None:
    found = entities(
        "Legyőzte Grúziát a magyar labdarúgó-válogatott.",
        "A magyarok tavaly márciusban estek ki.",
        "A csapat jövőre is ott lesz, a válogatott mérkőzése után.",
    )
    assert mentions(found["magyar-valogatott"]) == [
        "magyar labdarúgó-válogatott",
        "magyarok",
        "csapat",
        "válogatott",
    ]


def test_some_of_a_group_told_of_just_before_are_the_group() -> None:
    found = entities("A fórumon több mint kétszáz lakó jelent meg.", "Sokan panaszkodtak.")
    assert mentions(found["residents-group"]) == ["több mint kétszáz lakó", "Sokan"]


def test_a_counted_noun_in_the_accusative_with_a_lengthened_vowel_is_counted() -> None:
    found = entities("Észak-Korea több mint tízezer katonát küldött Oroszországba.")
    assert mentions(found["troops-group"]) == ["több mint tízezer katonát"]


def test_an_office_after_a_copula_is_the_subjects() -> None:
    found = entities("Szalai Krisztina lett az Új Irány Párt elnöke.")
    assert mentions(found["krisztina-szalai"]) == ["Szalai Krisztina", "Új Irány Párt elnöke"]


def test_a_bodys_people_in_the_possessed_plural_are_a_group() -> None:
    found = entities("A felfedezést a Szegedi Tudományegyetem kutatói tették.")
    assert any(mentions(e) == ["Szegedi Tudományegyetem kutatói"] for e in found.values())


def test_the_office_of_a_thing_is_an_unnamed_person() -> None:
    found = entities("A rendőrség szerint a kamion sofőrje a tilos jelzés ellenére hajtott át.")
    (driver,) = (e for e in found.values() if e.type == "Person")
    assert mentions(driver) == ["kamion sofőrje"]


def test_the_office_of_a_thing_named_after_a_comma_is_that_person() -> None:
    found = entities("A tanulmány társszerzője, Szekeres Márton szerint ritka.")
    (author,) = (e for e in found.values() if e.type == "Person")
    assert mentions(author) == ["tanulmány társszerzője", "Szekeres Márton"]


def test_a_towns_mayor_has_no_affiliation_a_town_is_no_agent() -> None:
    found = entities("Paks polgármestere a Facebookon írt.")
    (mayor,) = (e for e in found.values() if e.type == "Person")
    assert mayor.affiliation is None


def test_bodies_told_of_in_the_plural_are_a_group_not_one_body() -> None:
    found = entities("A vállalatok szerint a bérek nőnek, az önkormányzatoknak kell dönteni.")
    assert (found["vallalatok"].type, mentions(found["vallalatok"])) == ("Group", ["vállalatok"])
    assert found["onkormanyzatok"].type == "Group"


def test_a_body_noun_in_the_singular_stays_one_body() -> None:
    found = entities("A cég szerint a bérek nőnek.", "A hatóságok vizsgálják az ügyet.")
    assert found["ceg"].type == "Organization"
    assert found["hatosagok"].type == "Group"  # several authorities (§5.1), listed so


def test_peers_told_of_together_are_a_group_and_a_bodys_team_an_organization() -> None:
    found = entities("A lakók szerint a ház régi.", "A kutatók szerint a kitörés ritka.")
    assert found["residents-group"].type == "Group"
    assert found["researchers-group"].type == "Organization"


def test_several_of_a_people_noun_in_the_singular_is_the_group() -> None:
    found = entities("Több pilóta jelezte, hogy drónt látott.")
    assert mentions(found["pilots-group"]) == ["Több pilóta"]


def test_a_foreign_club_or_venue_name_is_no_person() -> None:
    found = entities("A Győri ETO legyőzte a Metz Handballt, a döntő az MVM Dome-ban lesz.")
    types = {mentions(e)[0]: e.type for e in found.values()}
    assert types["Metz Handballt"] == "Organization"
    assert types["MVM Dome-ban"] == "Place"


def test_a_model_number_or_an_acronym_makes_no_persons_name() -> None:
    found = entities("Kedden egy Airbus A321neo típusú gép szállt le.")
    assert all(e.type != "Person" for e in found.values())


def test_a_derived_adjective_makes_no_persons_name() -> None:
    found = entities("A Modern Városok Program Befektetési Terve szerint nő a keret.")
    assert all(e.type != "Person" for e in found.values())


def test_a_hyphenated_compound_is_typed_by_its_head() -> None:
    found = entities("A hajó a Second Thomas-zátonynál horgonyzott.")
    (shoal,) = found.values()
    assert (shoal.type, mentions(shoal)) == ("Place", ["Second Thomas-zátonynál"])


def test_a_national_agency_or_network_is_a_state_body() -> None:
    found = entities(
        "A Nemzeti Befektetési Ügynökség szerint nő a beruházás.",
        "Az Országos Légszennyezettségi Mérőhálózat adatai rosszak.",
    )
    assert {e.type for e in found.values()} == {"GovernmentBody"}


def test_a_coast_guard_or_navy_told_of_by_what_it_is_is_an_armed_force() -> None:
    found = entities("A kínai parti őrség vízágyúzott, a tengeri milícia hajói is ott voltak.")
    assert found["kinai-parti-orseg"].type == "ArmedForce"
    assert mentions(found["china"]) == ["kínai"]


def test_a_capitalised_place_adjective_opens_a_description() -> None:
    found = entities("A Fülöp-szigeteki külügyminisztérium bekérette a nagykövetet.")
    (ministry,) = (e for e in found.values() if e.type == "GovernmentBody")
    assert mentions(ministry) == ["Fülöp-szigeteki külügyminisztérium"]


def test_a_part_of_a_state_body_named_after_it_is_a_state_body() -> None:
    found = entities("A Magyar Nemzeti Bank Monetáris Tanácsa kedden ülésezett.")
    (council,) = found.values()
    assert council.type == "GovernmentBody"


def test_press_reports_are_a_mention_of_the_press() -> None:
    found = entities("Sajtóértesülések szerint a gyár bezár.", "A sajtóhíreket cáfolták.")
    assert (found["press"].type, mentions(found["press"])) == (
        "NewsAgency",
        ["Sajtóértesülések", "sajtóhíreket"],
    )


def test_a_states_press_reports_are_its_press() -> None:
    found = entities("A miniszter cáfolta a német sajtóértesüléseket.")
    assert mentions(found["germany-press"]) == ["német sajtóértesüléseket"]
    assert mentions(found["germany"]) == ["német"]


def test_the_social_media_is_one_medium() -> None:
    found = entities("A közösségi médiában terjedt a hír, a közösségi médiát figyelik.")
    assert mentions(found["social-media"]) == ["közösségi médiában", "közösségi médiát"]


def test_a_journal_or_a_social_network_named_in_english_is_a_medium() -> None:
    found = entities("A kutatást a Nature Astronomy közölte, Trump a Truth Social oldalán írt.")
    types = {mentions(e)[0]: e.type for e in found.values()}
    assert types["Nature Astronomy"] == "NewsAgency"
    assert types["Truth Social"] == "NewsAgency"


def test_a_courts_panel_is_a_body_of_the_courts_kind() -> None:
    found = entities("A Veszprémi Törvényszék munkaügyi tanácsa szerdán döntött.")
    (panel,) = (e for e in found.values() if "tanácsa" in mentions(e)[0])
    assert panel.type == "GovernmentBody"


def test_a_code_with_digits_is_a_model_or_a_strain_no_body() -> None:
    found = entities("A H5N1 vírus terjed, a VVER-1200 típusú blokk épül.")
    assert found == {}


def test_an_acronym_in_a_place_case_is_no_town() -> None:
    found = entities("Az értesítés SMS-ben érkezett, a GDP-ből számolva.")
    assert all(e.type != "Place" for e in found.values())


def test_a_league_of_teams_is_a_competition_no_body() -> None:
    found = entities("A Bajnokok Ligája döntőjét Budapesten rendezik.")
    assert [e.id for e in found.values()] == ["budapest"]


def test_bodies_told_of_by_their_count_are_a_group() -> None:
    found = entities("Tavaly 31 japán vállalat fektetett be, két nagybank is hitelezett.")
    assert found["31-japan-vallalat"].type == "Group"
    assert mentions(found["japan"]) == ["japán"]
    assert mentions(found["ket-nagybank"]) == ["két nagybank"]


def test_the_two_bodies_after_the_article_are_no_new_group() -> None:
    found = entities("A Telekom és a 4iG megállapodott.", "A két cég szerint jó az üzlet.")
    assert all(e.type != "Group" for e in found.values())


def test_bodies_in_the_plural_after_an_adjective_need_no_article() -> None:
    found = entities("Segítettek helyi szervezetek is.")
    assert [(e.type, mentions(e)) for e in found.values()] == [("Group", ["helyi szervezetek"])]


def test_a_committee_named_by_its_field_is_a_state_body() -> None:
    found = entities("A módosítást a Törvényalkotási Bizottság nyújtotta be.")
    (committee,) = found.values()
    assert committee.type == "GovernmentBody"


def test_a_charity_service_is_an_organisation_not_a_state_service() -> None:
    found = entities("A Magyar Baptista Szeretetszolgálat orvoscsapatot küldött.")
    assert [e.type for e in found.values() if "Baptista" in e.name.hu] == ["Organization"]


def test_a_partys_parliamentary_group_is_a_body_of_its_own() -> None:
    found = entities("A Fidesz frakciója kivonult az ülésről.")
    assert ["Fidesz frakciója"] in [mentions(e) for e in found.values()]


def test_a_companys_board_and_management_are_bodies_of_their_own() -> None:
    found = entities("Az OTP Bank igazgatósága döntött, a bank vezetése szerint jó az év.")
    units = {mentions(e)[0]: e.type for e in found.values()}
    assert units["OTP Bank igazgatósága"] == "Organization"


def test_a_part_of_the_people_is_told_as_one_mention_of_them() -> None:
    found = entities("A lakók egy része panaszt tett.", "A lakók többsége elégedett.")
    assert mentions(found["residents-group"]) == ["lakók egy része", "lakók"]


def test_a_sentence_initial_name_before_an_office_in_apposition_is_a_person() -> None:
    found = entities("Zorbu Kallas, az EU kül- és biztonságpolitikai főképviselője szólt.")
    assert found["zorbu-kallas"].type == "Person"


def test_nasa_is_a_state_body() -> None:
    found = entities("A NASA szerint a műhold jól működik.")
    assert (found["nasa"].type, found["nasa"].wikidata) == ("GovernmentBody", "Q23548")


def test_countries_told_of_together_by_an_adjective_are_a_group() -> None:
    found = entities("A puccs gyengítheti a nyugati országok befolyását.")
    assert [(e.type, mentions(e)) for e in found.values()] == [("Group", ["nyugati országok"])]


def test_counted_countries_are_a_group_even_whence() -> None:
    found = entities("A fesztiválon több mint 40 ország vett részt, előadások hét országból.")
    groups = [mentions(e) for e in found.values() if e.type == "Group"]
    assert groups == [["több mint 40 ország"], ["hét országból"]]


def test_countries_where_something_is_are_no_group() -> None:
    found = entities("A kampány a környező országokban fut, a műsort 180 országban látják.")
    assert not any(e.type == "Group" for e in found.values())


def test_a_place_adjective_in_the_plural_after_the_article_is_its_people() -> None:
    found = entities("A villamos a szegedieké volt, és a belföldiek is ezt mondják.")
    assert [(e.type, mentions(e)) for e in found.values()] == [
        ("Group", ["szegedieké"]),
        ("Group", ["belföldiek"]),
    ]


def test_a_towns_adjective_in_the_plural_in_a_match_is_no_group_of_people() -> None:
    found = entities("A szegediek a döntőben legyőzték a Metzet.")
    assert not any(e.type == "Group" and "szegediek" in mentions(e) for e in found.values())


def test_adjectives_told_of_as_people_in_the_plural_are_groups() -> None:
    found = entities("A szmog miatt az idősek maradjanak otthon.", "A felnőttek is köhögnek.")
    assert mentions(found["elderly-people-group"]) == ["idősek"]
    assert mentions(found["adults-group"]) == ["felnőttek"]


def test_the_last_two_of_a_list_of_people_stay_sets_of_their_own() -> None:
    found = entities("A szmog miatt a kisgyerekek, az idősek és a betegek maradjanak otthon.")
    assert mentions(found["elderly-people-group"]) == ["idősek"]
    assert mentions(found["patients-group"]) == ["betegek"]


def test_an_adjective_told_of_as_people_in_the_singular_is_no_person() -> None:
    found = entities("Az idős férfi otthon maradt.")
    assert not any(e.type == "Person" and mentions(e) == ["idős"] for e in found.values())


def test_a_counted_noun_in_any_case_is_counted() -> None:
    found = entities("A város mintegy 80–100 ezer látogatóra számít.")
    assert mentions(found["visitors-group"]) == ["mintegy 80–100 ezer látogatóra"]


def test_a_count_with_a_decimal_comma_is_one_count() -> None:
    found = entities("A múzeumot tavaly mintegy 1,1 millió ember kereste fel.")
    assert mentions(found["people-group"]) == ["mintegy 1,1 millió ember"]


def test_two_adjectives_joined_by_es_before_people_are_one_mention() -> None:
    found = entities("Kenőpénzt fogadott el nyíregyházi és debreceni ingatlanfejlesztőktől.")
    groups = [mentions(e) for e in found.values() if e.type == "Group"]
    assert groups == [["nyíregyházi és debreceni ingatlanfejlesztőktől"]]


def test_one_count_before_listed_people_nouns_counts_them_all() -> None:
    found = entities("A gyakorlaton mintegy háromszáz szakember, tűzoltó és önkéntes vett részt.")
    assert mentions(found["specialists-group"]) == [
        "mintegy háromszáz szakember, tűzoltó és önkéntes"
    ]


def test_bodies_told_of_as_a_set_are_a_group() -> None:
    found = entities("A budapesti szállodák megteltek, és 160 kiadó mutatta be könyveit.")
    assert mentions(found["hotels-group"]) == ["budapesti szállodák"]
    assert mentions(found["publishers-group"]) == ["160 kiadó"]


def test_bodies_told_of_as_a_set_in_a_place_case_are_no_group() -> None:
    found = entities("A diákok az iskolákban maradnak.")
    assert "schools-group" not in found


def test_two_compounds_sharing_a_head_before_people_are_one_mention() -> None:
    found = entities("A szív- és érrendszeri betegek maradjanak otthon.")
    assert mentions(found["patients-group"]) == ["szív- és érrendszeri betegek"]


def test_a_people_told_of_as_one_is_a_group() -> None:
    found = entities("A polgármester a rádióban tájékoztatta a lakosságot.")
    assert mentions(found["population-group"]) == ["lakosságot"]


def test_the_audience_after_a_counted_crowd_is_that_crowd() -> None:
    found = entities("Az előadásokat több mint 14 ezer néző látta.", "A közönség tapsolt.")
    assert mentions(found["spectators-group"]) == ["több mint 14 ezer néző", "közönség"]


def test_an_adjective_of_the_population_is_no_group() -> None:
    found = entities("A lakossági fogyasztók többet fizetnek.")
    assert "population-group" not in found


def test_a_people_noun_spelt_with_a_hyphen_is_read_whole() -> None:
    found = entities("A cég márciusig 60 légiutas-kísérőt vesz fel.")
    assert mentions(found["flight-attendants-group"]) == ["60 légiutas-kísérőt"]


def test_creditors_in_the_plural_are_a_group_and_a_maker_alone_no_person() -> None:
    found = entities("A hitelezők szerint a gyár adós.", "A gyártó nem válaszolt.")
    assert found["creditors-group"].type == "Group"
    assert not any(e.type == "Person" for e in found.values())


def test_tovabbi_before_a_count_is_part_of_the_counted_group() -> None:
    found = entities("Az ORFK október közepéig további 200 rendőrt vezényel a határra.")
    assert mentions(found["police-officers-group"]) == ["további 200 rendőrt"]


def test_a_possessed_plural_with_a_case_is_a_group_from_its_possessor() -> None:
    found = entities("A gyakorlatra a Szegedi Tudományegyetem hallgatóit is meghívták.")
    assert mentions(found["students-group"]) == ["Szegedi Tudományegyetem hallgatóit"]


def test_a_possessor_with_its_own_modifiers_is_part_of_the_group() -> None:
    found = entities("A víz a folyó mentén fekvő falvak lakóinak okozott gondot.")
    assert mentions(found["residents-group"]) == ["folyó mentén fekvő falvak lakóinak"]


def test_two_possessors_joined_by_es_a_possess_one_group() -> None:
    found = entities("A vám sújthatja a BYD szegedi és a CATL debreceni gyárának beszállítóit.")
    assert mentions(found["suppliers-group"]) == [
        "BYD szegedi és a CATL debreceni gyárának beszállítóit"
    ]


def test_the_possessed_plural_of_an_office_is_a_group_of_holders() -> None:
    found = entities("A miniszterelnök fogadta a szlovák pártok vezetőit.")
    assert mentions(found["leaders-group"]) == ["szlovák pártok vezetőit"]


def test_our_or_their_people_need_no_possessor() -> None:
    found = entities("– Vidéki ügyfeleink gyorsabb internetet kapnak – mondta.")
    assert mentions(found["clients-group"]) == ["Vidéki ügyfeleink"]


def test_a_possessed_form_before_a_noun_is_an_adjective_no_group() -> None:
    found = entities("A sofőr vezetői engedélyét bevonták.")
    assert not any(e.type == "Group" for e in found.values())


def test_a_verb_parts_a_possessed_plural_from_an_article_before_it() -> None:
    found = entities("A párt a tavalyi választáshoz képest megduplázta szavazóinak számát.")
    assert not any(e.type == "Group" for e in found.values())


def test_a_bodys_people_possessed_and_their_plural_later_are_one_group() -> None:
    found = entities("A bér a gyár dolgozóinak jár.", "A dolgozók szerint ez kevés.")
    assert mentions(found["workers-group"]) == ["gyár dolgozóinak", "dolgozók"]


def test_two_plurals_of_people_joined_by_es_are_one_set() -> None:
    found = entities("A hídon a gyalogosok és a kerékpárosok átkelhetnek.")
    assert mentions(found["pedestrians-group"]) == ["gyalogosok és a kerékpárosok"]


def test_firefighters_of_two_towns_joined_by_es_a_are_a_group_not_one_team() -> None:
    found = entities("A tüzet a debreceni és a balmazújvárosi hivatásos tűzoltók oltották.")
    (group,) = (e for e in found.values() if e.type == "Group")
    assert mentions(group) == ["debreceni és a balmazújvárosi hivatásos tűzoltók"]


def test_a_past_participle_before_people_is_part_of_the_group() -> None:
    found = entities("A cég szerint a képzett hegesztők elhagyják a várost.")
    assert mentions(found["welders-group"]) == ["képzett hegesztők"]


def test_a_participles_complement_in_a_case_or_with_altal_opens_the_group() -> None:
    found = entities(
        "A piactéren megkérdezett lakók szerint a fürdő elkészült.",
        "A Portfolio által megkérdezett elemzők 9 százalékot várnak.",
    )
    assert mentions(found["residents-group"]) == ["piactéren megkérdezett lakók"]
    assert mentions(found["analysts-group"]) == ["Portfolio által megkérdezett elemzők"]


def test_a_tt_form_after_nem_is_a_verb_not_a_participle_of_people() -> None:
    found = entities("A hivatal napokig nem tudott ügyfeleket fogadni.")
    assert not any(e.type == "Group" for e in found.values())


def test_the_locals_and_the_residents_after_them_are_one_set() -> None:
    found = entities("Kerülőre kényszerülnek a helyiek.", "A lakók szerint a busz késik.")
    assert mentions(found["residents-group"]) == ["helyiek", "lakók"]


def test_a_present_participle_in_the_plural_after_its_complement_is_a_group() -> None:
    found = entities(
        "A hatóság szerint a kistelepüléseken élők lassú hálózatot kapnak.",
        "A tűzoltók így is elérik az ott élőket.",
    )
    assert mentions(found["élők-group"]) == ["kistelepüléseken élők", "ott élőket"]


def test_a_postposition_in_tt_is_no_participle_of_the_people_after_it() -> None:
    found = entities("A tűzoltók mellett helyi horgászok szedik a halakat.")
    assert mentions(found["anglers-group"]) == ["helyi horgászok"]


def test_a_superlative_before_the_participles_complement_is_part_of_the_group() -> None:
    found = entities("A szövetség szerint a legkisebb nyugdíjból élők számára ez kevés.")
    assert mentions(found["élők-group"]) == ["legkisebb nyugdíjból élők"]


def test_a_count_of_someones_people_in_the_possessed_singular_is_a_group() -> None:
    found = entities("Több mint 78 ezer látogatója volt a fesztiválnak.")
    assert mentions(found["visitors-group"]) == ["Több mint 78 ezer látogatója"]


def test_the_one_word_owner_after_the_article_opens_counted_possessed_people() -> None:
    found = entities("A szóvivő szerint a hajó négy tengerésze megsérült.")
    assert mentions(found["sailors-group"]) == ["hajó négy tengerésze"]


def test_a_month_ending_in_a_people_noun_is_no_counted_person() -> None:
    found = entities("A csoport 2023 novemberében kezdte a működését.")
    assert not any(e.type == "Group" for e in found.values())


def test_a_trade_told_of_as_its_people_is_a_group_and_its_head_after_it_the_same() -> None:
    found = entities("A járvány kárt okozott a baromfiágazatnak.", "Az ágazat exportja csökken.")
    assert mentions(found["baromfiagazat-trade"]) == ["baromfiágazatnak", "ágazat"]


def test_a_trade_keeps_its_adjective_and_its_adjective_in_i_is_no_trade() -> None:
    found = entities("A rektor szerint a hazai űripar erős.", "Az építőipari cégek bővülnek.")
    assert mentions(found["uripar-trade"]) == ["hazai űripar"]
    assert "epitoipar-trade" not in found


def test_every_one_of_a_people_noun_is_the_group_of_them_all() -> None:
    found = entities("A döntést minden tagállamnak végre kell hajtania.")
    assert mentions(found["member-states-group"]) == ["minden tagállamnak"]


def test_minden_before_a_thing_is_no_group() -> None:
    found = entities("A rendszer minden országra egyformán vonatkozik.")
    assert not any(e.type == "Group" for e in found.values())


def test_a_married_couple_is_a_group_not_a_party() -> None:
    found = entities("Tavaly egy budapesti házaspárt kerestek egy napig.")
    (couple,) = (e for e in found.values() if "budapesti házaspárt" in mentions(e))
    assert couple.type == "Group"


def test_an_adjective_in_i_after_a_consonant_is_no_bodys_people() -> None:
    found = entities("Az Európai Unió polgári védelmi mechanizmusa segít.")
    assert not any(e.type == "Group" for e in found.values())


def test_the_same_figure_in_words_and_in_digits_counts_one_set() -> None:
    found = entities("A gyár négyszázötven dolgozó bérével tartozik.", "Mintegy 450 dolgozója vár.")
    assert mentions(found["workers-group"]) == ["négyszázötven dolgozó", "Mintegy 450 dolgozója"]


def test_the_plural_of_a_compounds_head_names_the_compounds_set_again() -> None:
    found = entities("A rendőrök elfogták az embercsempészeket.", "A csempészek tagadnak.")
    assert mentions(found["people-smugglers-group"]) == ["embercsempészeket", "csempészek"]


def test_a_bare_plural_names_a_states_people_again_but_another_adjective_not() -> None:
    found = entities(
        "A magyar gazdák tüntettek.", "A gazdák szerint a kvóta sok.", "Az európai gazdák is."
    )
    assert mentions(found["hungary-farmers"]) == ["magyar gazdák", "gazdák"]
    assert mentions(found["farmers-group"]) == ["európai gazdák"]


def test_a_towns_people_told_of_twice_are_one_group() -> None:
    found = entities("A jegy a miskolciaké.", "A bérlet is a miskolciaké.")
    (locals_,) = (e for e in found.values() if e.type == "Group")
    assert mentions(locals_) == ["miskolciaké", "miskolciaké"]


def test_the_same_large_figure_for_another_noun_is_the_same_set() -> None:
    found = entities("Már 214 halottja van a földrengésnek.", "Eddig 214 ember halt meg.")
    (dead,) = (e for e in found.values() if e.type == "Group")
    assert mentions(dead) == ["214 halottja", "214 ember"]


def test_fans_after_a_counted_crowd_are_that_crowd() -> None:
    found = entities("A meccset 51 248 néző látta.", "A szurkolóknak a csapat megköszönte.")
    assert mentions(found["spectators-group"]) == ["51 248 néző", "szurkolóknak"]


def test_a_bare_plural_of_people_in_the_dative_is_a_group() -> None:
    found = entities("A szóvivő Moszkvában újságíróknak azt mondta, hogy kész tárgyalni.")
    assert mentions(found["journalists-group"]) == ["újságíróknak"]


def test_a_plural_in_ek_after_n_is_no_dative() -> None:
    found = entities("A hatóság szerint bankszámlájukat ismeretlenek feltörték.")
    assert not any(e.type == "Group" for e in found.values())


def test_an_adjective_another_reading_took_still_opens_the_people_after_it() -> None:
    found = entities("Ez a belvárosi vendéglátósoknak is bevételt hozhat.")
    assert mentions(found["caterers-group"]) == ["belvárosi vendéglátósoknak"]


def test_people_told_of_by_an_age_bound_are_a_group() -> None:
    found = entities("A 14 év alattiak ingyen léphettek be.", "A 65 év felettiek is.")
    groups = sorted(mentions(e)[0] for e in found.values() if e.type == "Group")
    assert groups == ["14 év alattiak", "65 év felettiek"]


def test_a_places_population_is_a_group_from_its_possessor_on() -> None:
    found = entities("Az ENSZ szerint a Gázai övezet lakosságának 80 százaléka elmenekült.")
    assert mentions(found["population-group"]) == ["Gázai övezet lakosságának"]


def test_sok_before_a_people_noun_counts_them() -> None:
    found = entities("Tudjuk, hogy ez sok ingázónak okoz gondot.")
    assert mentions(found["commuters-group"]) == ["sok ingázónak"]


def test_a_vague_count_of_bodies_names_again_their_plural_told_before() -> None:
    found = entities("A kórházak túlterheltek.", "Sőt, sok kórház nem vesz fel beteget.")
    assert mentions(found["korhazak"]) == ["kórházak", "sok kórház"]


def test_bodies_in_the_possessed_plural_are_a_group_from_their_possessor_on() -> None:
    found = entities("A kamara egyeztetett a baromfitartók szövetségeivel.")
    (bodies,) = (e for e in found.values() if e.type == "Group" and "szövetség" in e.name.hu)
    assert mentions(bodies) == ["baromfitartók szövetségeivel"]


def test_bodies_possessed_by_their_plural_and_the_plural_after_are_one_set() -> None:
    found = entities("Az ország patikáinak felében nincs szer.", "A patikákat ellenőrzik.")
    (pharmacies,) = (e for e in found.values() if e.type == "Group")
    assert mentions(pharmacies) == ["ország patikáinak", "patikákat"]


def test_their_bodies_with_no_possessor_are_no_group() -> None:
    found = entities("A tulajdonosok szerint cégeik bajban vannak.")
    assert not any("cégeik" in mentions(e) for e in found.values())


def test_people_in_need_and_minors_in_the_plural_are_groups_one_alone_none() -> None:
    found = entities("A rászorulók segélyt kapnak.", "A kiskorúak nem vásárolhatnak.")
    assert mentions(found["needy-people-group"]) == ["rászorulók"]
    assert mentions(found["minors-group"]) == ["kiskorúak"]
    assert not entities("A rászoruló család panaszt tett.").get("needy-people-group")


def test_powers_told_of_together_are_a_group_of_states() -> None:
    found = entities("A lépés a nyugati hatalmak figyelmeztetése ellenére történt.")
    (powers,) = (e for e in found.values() if "nyugati hatalmak" in mentions(e))
    assert powers.type == "Group"


def test_a_governing_majority_is_a_group() -> None:
    found = entities("A javaslatot a kormánypárti többség megszavazta.")
    (majority,) = (e for e in found.values() if "kormánypárti többség" in mentions(e))
    assert majority.type == "Group"


def test_a_possessed_plural_before_an_adverb_is_no_adjective() -> None:
    found = entities("Molnár szerint a gyár dolgozói tavaly decemberben kaptak bért.")
    assert mentions(found["workers-group"]) == ["gyár dolgozói"]


def test_an_owner_with_its_adjective_opens_counted_possessed_people() -> None:
    found = entities("A szolnoki autóbuszgyár mintegy 450 dolgozója nem kapott bért.")
    assert mentions(found["workers-group"]) == ["szolnoki autóbuszgyár mintegy 450 dolgozója"]


def test_workers_and_employees_told_of_in_turn_are_one_set() -> None:
    found = entities("A dolgozók szerint a bér kevés.", "A gyár munkavállalói számára lakás épül.")
    assert mentions(found["workers-group"]) == ["dolgozók", "gyár munkavállalói"]


def test_a_comparative_before_people_is_their_adjective() -> None:
    found = entities("A módosítás a kisebb kiadók megélhetését védi.")
    (publishers,) = (e for e in found.values() if e.type == "Group")
    assert mentions(publishers) == ["kisebb kiadók"]


def test_market_players_and_a_community_are_groups() -> None:
    found = entities("A piaci szereplők bíznak.", "A magyar közösség ismét megmutatta erejét.")
    assert mentions(found["players-group"]) == ["piaci szereplők"]
    assert mentions(found["community-group"]) == ["magyar közösség"]


def test_an_adjective_of_what_can_be_done_opens_a_participles_complement() -> None:
    found = entities("Csökkent a tervezhető műtétekre várakozók száma.")
    assert mentions(found["várakozók-group"]) == ["tervezhető műtétekre várakozók"]


def test_a_named_persons_camp_is_a_group_and_a_camp_alone_a_place() -> None:
    found = entities("A vereség után Pârvulescu tábora az utcára vonult.")
    assert [mentions(e) for e in found.values() if e.type == "Group"] == [["Pârvulescu tábora"]]
    assert not any(e.type == "Group" for e in entities("A csapat edzőtáborba utazott.").values())


def test_a_names_followers_are_a_group_from_the_name_with_no_article() -> None:
    found = entities("Orbán Viktor hívei a Kossuth téren ünnepeltek.")
    assert [mentions(e) for e in found.values() if e.type == "Group"] == [["Orbán Viktor hívei"]]


def test_a_verb_opening_the_sentence_is_no_possessor() -> None:
    assert not any(e.type == "Group" for e in entities("Megkérdezték lakóit.").values())


def test_a_weekday_opening_a_sentence_is_no_part_of_a_name() -> None:
    found = entities("Szerdán Brazíliavárosban írták alá az egyezményt.")
    assert [(e.type, mentions(e)) for e in found.values()] == [("Place", ["Brazíliavárosban"])]


def test_what_can_be_had_somewhere_is_no_group_of_people() -> None:
    found = entities("A termékek a boltokban kaphatók.")
    assert not any(e.type == "Group" for e in found.values())


def test_an_ordinal_before_people_is_their_adjective() -> None:
    found = entities("A gyár akár harmadik országbeli vendégmunkásokat is toborozna.")
    assert mentions(found["guest-workers-group"]) == ["harmadik országbeli vendégmunkásokat"]


def test_a_participles_complement_keeps_its_own_adjective() -> None:
    found = entities("Szerinte a debreceni bázisra toborzott első tisztek jól keresnek.")
    assert mentions(found["officers-group"]) == ["debreceni bázisra toborzott első tisztek"]


def test_a_figure_of_millions_and_thousands_is_one_count() -> None:
    found = entities("Jelenleg mintegy 2 millió 410 ezer ember kap nyugdíjat.")
    assert mentions(found["people-group"]) == ["mintegy 2 millió 410 ezer ember"]


def test_an_owner_with_its_own_count_opens_counted_possessed_people() -> None:
    found = entities("A viadalon több mint 40 ország mintegy 600 versenyzője állt rajthoz.")
    assert mentions(found["competitors-group"]) == ["több mint 40 ország mintegy 600 versenyzője"]


def test_a_count_among_people_told_before_is_some_of_them_no_set() -> None:
    found = entities("A tűzoltók 35 embert, köztük hét gyermeket mentettek ki.")
    assert [mentions(e) for e in found.values() if e.type == "Group"] == [["35 embert"]]


def test_a_participle_noun_before_a_verbal_prefix_is_the_verb() -> None:
    found = entities("A támadásban több mint 90 katona, köztük 27 magyar sérült meg.")
    assert not any(e.type == "Group" and "sérült" in e.name.hu for e in found.values())
