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
    assert found["hatosagok"].type == "GovernmentBody"  # listed so, in the plural


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
    assert mentions(found["residents-group"]) == ["lakók egy része", "lakók többsége"]


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
    found = entities("A szmog miatt az idősek és a felnőttek maradjanak otthon.")
    assert mentions(found["elderly-people-group"]) == ["idősek"]
    assert mentions(found["adults-group"]) == ["felnőttek"]


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


def test_a_weekday_opening_a_sentence_is_no_part_of_a_name() -> None:
    found = entities("Szerdán Brazíliavárosban írták alá az egyezményt.")
    assert [(e.type, mentions(e)) for e in found.values()] == [("Place", ["Brazíliavárosban"])]
