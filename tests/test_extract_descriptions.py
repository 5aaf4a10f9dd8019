"""Round-6 entity recall: people and groups told of by what they are, not by name."""

from __future__ import annotations

from kb.extract.entities import find_entities
from kb.extract.morphology import plural
from kb.model import Entity, Span
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


def test_a_count_of_patients_is_a_group() -> None:
    found = entities("A kórházban tavaly 450 beteget láttak el.")
    assert mentions(found["patients-group"]) == ["450 beteget"]


def test_a_count_of_patients_told_of_in_the_plural_too_is_the_group() -> None:
    found = entities("A betegek ne hagyják abba a szedését.", "Eddig 38-42 ezer beteg kapta meg.")
    assert mentions(found["patients-group"]) == ["betegek", "38-42 ezer beteg"]


def test_one_officer_after_egy_is_no_group() -> None:
    found = entities("A kontingenst egy alezredes irányítja.")
    assert not any(e.type == "Group" for e in found.values())


def test_an_officer_after_egy_is_an_unnamed_person() -> None:
    found = entities("A kontingenst egy alezredes irányítja.")
    (officer,) = (e for e in found.values() if e.type == "Person")
    assert (mentions(officer), officer.role and officer.role.en) == (
        ["alezredes"],
        "lieutenant colonel",
    )


def test_one_of_several_told_by_an_occupation_is_a_person_with_egyik() -> None:
    found = entities("Az egyik sofőrt kórházba vitték.")
    assert [mentions(e) for e in found.values() if e.type == "Person"] == [["egyik sofőrt"]]


def test_an_ordinal_party_to_a_trial_after_egy_is_a_new_person() -> None:
    found = entities("A bíróság egy negyedik vádlottat felmentett.")
    assert [mentions(e) for e in found.values() if e.type == "Person"] == [["negyedik vádlottat"]]


def test_a_person_noun_that_is_an_adjective_too_tells_of_the_noun_after_it() -> None:
    found = entities("Egy fiatal vállalkozó szerint a városnak új vezető kell.")
    assert [mentions(e) for e in found.values() if e.type == "Person"] == [["fiatal vállalkozó"]]


def test_an_adjectival_person_noun_before_an_occupation_is_the_person_named_before() -> None:
    found = entities("Kovács Péter megsérült.", "A sérült játékos hat hétig nem játszhat.")
    assert mentions(found["peter-kovacs"]) == ["Kovács Péter", "sérült játékos"]


def test_an_adjectival_person_noun_alone_is_a_person_of_its_own() -> None:
    found = entities("Egy fiatal szerint a városnak új vezető kell.")
    assert [mentions(e) for e in found.values() if e.type == "Person"] == [["fiatal"]]


def test_a_person_told_of_by_what_they_are_before_a_comma_is_the_one_named_after() -> None:
    found = entities("A 23 éves kapus, Kovács Anna hét lövést védett.")
    assert mentions(found["anna-kovacs"]) == ["23 éves kapus", "Kovács Anna"]


def test_a_person_noun_before_a_comma_and_a_list_of_names_is_none_of_them() -> None:
    found = entities("A kapus, Kovács Anna és Nagy Béla is ott volt.")
    assert mentions(found["anna-kovacs"]) == ["Kovács Anna"]


def test_a_relative_before_a_comma_is_the_namesake_named_after_it() -> None:
    found = entities("Kovács Márk nyert.", "Ott ült édesapja, Kovács Tamás is.")
    assert mentions(found["tamas-kovacs"]) == ["édesapja", "Kovács Tamás"]
    assert mentions(found["mark-kovacs"]) == ["Kovács Márk"]


def test_a_state_adjective_before_an_occupation_mentions_the_state() -> None:
    found = entities("Kovács Péter nyert.", "A 23 éves magyar teniszező örült.")
    assert mentions(found["peter-kovacs"]) == ["Kovács Péter", "23 éves magyar teniszező"]
    assert "magyar" in [m for e in found.values() if e.type == "State" for m in mentions(e)]


def test_an_office_word_before_a_body_noun_is_the_kind_of_body_no_person() -> None:
    found = entities("A jogvédő szervezet becslése szerint sokakat visszakísértek.")
    assert not any(e.type == "Person" for e in found.values())


def test_an_office_before_a_possessed_body_noun_is_its_holder() -> None:
    found = entities("Kovács Péter miniszter szerint jó.", "A miniszter cége nyert.")
    (later,) = (m for m in found["peter-kovacs"].mentions if m.span.text == "miniszter")
    assert later.span.start > len("Kovács Péter miniszter szerint jó.")


def test_an_occupation_set_off_after_a_comma_is_the_person_just_named() -> None:
    found = entities("Kovács Anna, egy régész vezeti az ásatást.")
    assert mentions(found["anna-kovacs"]) == ["Kovács Anna", "régész"]


def test_an_occupation_after_the_article_is_the_person_named_just_before() -> None:
    found = entities("Rácz Bendegúz aranyat nyert.", "A 21 éves úszó örült.")
    assert mentions(found["bendeguz-racz"]) == ["Rácz Bendegúz", "21 éves úszó"]


def test_an_occupation_after_the_article_is_the_one_who_bears_it() -> None:
    found = entities("Az orrszarvúak gondozója szerint jó.", "Ez jó jel – mondta a gondozó.")
    (keeper,) = (e for e in found.values() if e.type == "Person")
    assert mentions(keeper) == ["orrszarvúak gondozója", "gondozó"]


def test_an_occupation_nobody_bears_or_is_named_with_is_a_person_of_its_own() -> None:
    found = entities("A régész szerint a sírok avar koriak.")
    (archaeologist,) = (e for e in found.values() if e.type == "Person")
    assert mentions(archaeologist) == ["régész"]


def test_an_office_is_the_holder_of_the_possessed_office_named_before() -> None:
    found = entities(
        "Horváth Gábor, Felsőzsolca polgármestere szerint baj van.", "A polgármester segít."
    )
    assert mentions(found["gabor-horvath"])[-1] == "polgármester"


def test_another_word_for_an_office_is_its_holder() -> None:
    found = entities("Kálmán Péter polgármester szerint baj van.", "A városvezető segít.")
    assert mentions(found["peter-kalman"]) == ["Kálmán Péter", "városvezető"]


def test_an_occupation_two_people_bear_names_neither() -> None:
    found = entities(
        "Kiss Anna régész és Nagy Béla régész ásott.", "Később a régész szerint a sír avar."
    )
    assert mentions(found["anna-kiss"]) == ["Kiss Anna"]
    assert mentions(found["bela-nagy"]) == ["Nagy Béla"]


def test_a_word_for_anyone_of_a_trade_is_the_one_person_just_named() -> None:
    found = entities("Szalay Marianna, a kamara alelnöke szerint baj van.", "A szakember is.")
    assert mentions(found["marianna-szalay"])[-1] == "szakember"


def test_nationalities_listed_in_the_plural_outside_war_and_sport_mention_their_states() -> None:
    found = entities("A németek és a csehek idén is sokan jöttek.")
    assert mentions(found["germany"]) == ["németek"]
    assert mentions(found["czech-republic"]) == ["csehek"]


def test_one_nationality_alone_in_the_plural_is_no_mention_of_its_state() -> None:
    found = entities("A felmérés szerint a magyarok elégedettek.")
    assert "hungary" not in found


def test_the_parties_to_a_trial_in_the_plural_are_a_group_not_the_defendant() -> None:
    found = entities("A vádlottat elítélték.", "A vádlottak enyhítést kértek.")
    assert found["defendants-group"].type == "Group"


def test_banks_in_the_plural_are_a_group_bank_is_no_listed_plural() -> None:
    found = entities("Eddig 18 ezer szerződést kötöttek a bankok.")
    assert found["bankok"].type == "Group"


def test_a_bodys_analysts_are_a_group_its_researchers_its_team() -> None:
    found = entities("Az MNB elemzői figyelmeztettek.", "Az ELTE kutatói mérték.")
    by_mention = {m.span.text: e.type for e in found.values() for m in e.mentions}
    assert (by_mention["MNB elemzői"], by_mention["ELTE kutatói"]) == ("Group", "Organization")


def test_the_opposition_and_the_governing_parties_are_groups_of_parties() -> None:
    found = entities("Az ellenzék bírálta.", "A párt nem köt szövetséget a kormánypártokkal.")
    assert (found["ellenzek"].type, found["kormanypartok"].type) == ("Group", "Group")


def test_one_person_after_egy_is_a_person_and_people_in_the_plural_a_group() -> None:
    found = entities("Egy ember meghalt a tűzben.", "A szlovák emberek változást akartak.")
    assert [mentions(e) for e in found.values() if e.type == "Person"] == [["Egy ember"]]
    assert mentions(found["slovakia-people"]) == ["szlovák emberek"]


def test_an_office_told_of_by_what_it_is_is_a_state_body_the_one_named_before() -> None:
    found = entities("Az Oktatási Hivatal adatai szerint sokan jelentkeztek.", "A hivatal közölte.")
    body = next(e for e in found.values() if e.type == "GovernmentBody")
    assert mentions(body) == ["Oktatási Hivatal", "hivatal"]


def test_a_zoo_and_a_waterworks_are_organisations() -> None:
    found = entities("Az állatpark arra kéri a látogatókat, hogy ne jöjjenek.", "A vízmű is.")
    assert {e.name.hu: e.type for e in found.values() if e.type == "Organization"} == {
        "állatpark": "Organization",
        "vízmű": "Organization",
    }


def test_a_diocese_is_an_organisation_not_a_county() -> None:
    found = entities("A székesegyházat a Váci Egyházmegye újította fel.")
    assert [e.type for e in found.values() if "Egyházmegye" in e.name.hu] == ["Organization"]


def test_an_observatory_where_something_is_done_is_a_place_not_a_persons_name() -> None:
    found = entities("A felvételt a La Silla Obszervatóriumban készítették.")
    assert [e.type for e in found.values()] == ["Place"]


def test_bodies_whose_final_vowel_lengthens_in_the_plural_are_a_group() -> None:
    found = entities("A gyógyszer a patikákba került.", "A patikák szerdán megkapták.")
    assert (found["patikak"].type, mentions(found["patikak"])) == (
        "Group",
        ["patikákba", "patikák"],
    )


def test_a_family_is_a_group_of_people() -> None:
    found = entities("A miniszter részvétét fejezte ki a családnak.")
    assert found["csalad"].type == "Group"


def test_kin_in_the_plural_are_a_group() -> None:
    found = entities("A szülők napokig járják a patikákat a gyerekeknek felírt szerért.")
    assert mentions(found["parents-group"]) == ["szülők"]
    assert mentions(found["children-group"]) == ["gyerekeknek"]


def test_an_adjective_in_s_before_people_is_part_of_their_mention() -> None:
    found = entities("A párt megállapodást köt a koalíciós partnerekkel.")
    assert mentions(found["partners-group"]) == ["koalíciós partnerekkel"]


def test_a_field_in_at_after_a_sibilant_is_no_person_in_the_accusative() -> None:
    found = entities("Egy vadászat során lőtték le.", "A bíróság egy vádlottat felmentett.")
    assert [mentions(e) for e in found.values() if e.type == "Person"] == [["vádlottat"]]


def test_a_person_told_of_by_what_they_do_keeps_the_participle_and_its_object() -> None:
    found = entities("Ez ritka – mondta az ásatást vezető régész.", "A régész szerint avar.")
    (archaeologist,) = (e for e in found.values() if e.type == "Person")
    assert mentions(archaeologist) == ["ásatást vezető régész", "régész"]


def test_one_of_several_told_of_by_what_they_do_keeps_it_before_egyik() -> None:
    found = entities("A károsultakat képviselő egyik ügyvéd szerint baj van.")
    (lawyer,) = (e for e in found.values() if e.type == "Person")
    assert mentions(lawyer) == ["károsultakat képviselő egyik ügyvéd"]


def test_someone_told_of_by_what_they_do_is_a_person() -> None:
    found = entities("A rendőrség a drónt irányító személyt keresi.")
    assert [mentions(e) for e in found.values() if e.type == "Person"] == [
        ["drónt irányító személyt"]
    ]


def test_someones_relative_is_one_person_however_often_told() -> None:
    found = entities("A férfi megölte volt élettársa barátját.", "Korábbi élettársa elköltözött.")
    assert mentions(found["relative-elettarsa"]) == ["volt élettársa", "Korábbi élettársa"]


def test_a_relative_keeps_a_person_noun_possessing_it() -> None:
    found = entities("A bíróság a férfi élettársát négy évre ítélte.", "A sértett nővére sírt.")
    assert mentions(found["relative-elettarsa"]) == ["férfi élettársát"]
    assert mentions(found["relative-novere"]) == ["sértett nővére"]


def test_a_relative_keeps_the_modifiers_of_the_person_noun_possessing_it() -> None:
    found = entities("A győri férfi élettársa tanúskodott.")
    assert mentions(found["relative-elettarsa"]) == ["győri férfi élettársa"]


def test_a_little_girl_after_egy_is_an_unnamed_person() -> None:
    found = entities("A rendőrség egy kislányt keres.")
    assert [mentions(e) for e in found.values() if e.type == "Person"] == [["kislányt"]]


def test_a_school_year_before_a_person_noun_is_its_modifier() -> None:
    found = entities("Senki nem szólt nekünk – mondta egy negyedikes kislány édesanyja.")
    assert mentions(found["little-girl"]) == ["negyedikes kislány"]
    assert mentions(found["relative-edesanyja"]) == ["negyedikes kislány édesanyja"]


def test_a_kin_noun_after_the_article_is_the_relative_told_before() -> None:
    found = entities("Ott ült édesapja is.", "Ez jó – mondta az édesapa.")
    assert mentions(found["relative-edesapja"]) == ["édesapja", "édesapa"]


def test_a_kin_noun_in_the_accusative_after_the_article_is_the_relative_told_before() -> None:
    found = entities("A férfi felesége tanúskodott.", "A feleséget is meghallgatták.")
    assert mentions(found["relative-felesege"]) == ["férfi felesége", "feleséget"]


def test_a_kin_noun_after_the_article_with_no_relative_told_before_is_nobody() -> None:
    found = entities("Ez jó – mondta az édesapa.")
    assert not any(e.type == "Person" for e in found.values())


def test_a_woman_before_a_number_is_a_woman_not_a_kind() -> None:
    found = entities("Meglátogatta korábbi élettársa", "és vitázott az asszony 41 éves párjával.")
    assert mentions(found["relative-elettarsa"]) == ["korábbi élettársa", "asszony"]
    assert mentions(found["relative-parja"]) == ["asszony 41 éves párjával"]


def test_a_quarter_of_a_state_told_of_by_its_adjective_is_a_region() -> None:
    found = entities("A kelet-törökországi földrengésben sokan meghaltak.")
    assert (found["eastern-turkey"].type, mentions(found["eastern-turkey"])) == (
        "Place",
        ["kelet-törökországi"],
    )


def test_a_quarters_adjective_before_a_kind_of_place_is_those_places() -> None:
    found = entities("A párt a dél-szlovákiai járásokban nyert.")
    assert [mentions(e) for e in found.values() if e.type == "Place"] == [
        ["dél-szlovákiai járásokban"]
    ]


def test_the_police_told_of_by_what_it_is_is_the_police_headquarters_named_before() -> None:
    found = entities("A Tolna Vármegyei Rendőr-főkapitányság nyomoz.", "A rendőrség kér.")
    police = next(e for e in found.values() if e.type == "GovernmentBody")
    assert mentions(police) == ["Tolna Vármegyei Rendőr-főkapitányság", "rendőrség"]


def test_the_authority_is_the_state_office_named_before() -> None:
    found = entities("A Nemzeti Élelmiszerlánc-biztonsági Hivatal vizsgál.", "A hatóság is.")
    body = next(e for e in found.values() if e.type == "GovernmentBody")
    assert mentions(body)[-1] == "hatóság"


def test_a_federation_possessed_in_its_name_is_the_federation_told_of_later() -> None:
    found = entities("Az Építési Vállalkozók Országos Szakszövetsége közölte.", "A szövetség is.")
    (body,) = (e for e in found.values() if e.type == "Organization")
    assert mentions(body)[-1] == "szövetség"


def test_the_court_and_disaster_management_are_the_court_and_directorate_named_before() -> None:
    found = entities(
        "A Szolnoki Törvényszék ítélt, a Heves Vármegyei Katasztrófavédelmi Igazgatóság mentett.",
        "A bíróság szerint a katasztrófavédelem gyors volt.",
    )
    assert sorted(mentions(e)[-1] for e in found.values()) == ["bíróság", "katasztrófavédelem"]


def test_a_body_the_headline_describes_is_the_one_body_of_its_kind_named_later() -> None:
    headline, body = "Új kiállítás nyílik a múzeumban", "A Szépművészeti Múzeum kedden nyit."
    text = f"{headline}\n{body}"
    spans = (Span(headline, 0, len(headline)), Span(body, len(headline) + 1, len(text)))
    (museum,) = find_entities(text, spans)
    assert mentions(museum) == ["múzeumban", "Szépművészeti Múzeum"]


def test_a_body_the_text_describes_before_naming_one_stays_its_own() -> None:
    found = entities("A szakszervezet szerint baj van.", "A Vasas Szakszervezet is tiltakozott.")
    assert len([e for e in found.values() if e.type == "Organization"]) == 2


def test_a_compound_party_to_a_trial_is_the_defendant_most_told_of() -> None:
    found = entities("Kilenc évet kapott Kiss Péter.", "A fővádlott tagadott, Kiss Péter is.")
    assert mentions(found["peter-kiss"]) == ["Kiss Péter", "fővádlott", "Kiss Péter"]


def test_the_diocese_is_the_diocese_named_before() -> None:
    found = entities("A Váci Egyházmegye újította fel.", "Az egyházmegye saját forrásból fizetett.")
    assert [mentions(e) for e in found.values()] == [["Váci Egyházmegye", "egyházmegye"]]


def test_the_two_bodies_of_a_kind_named_just_before_are_both_mentioned() -> None:
    found = entities(
        "A Vasas Szakszervezet és a Pedagógusok Szakszervezete a Facebookon tiltakozott.",
        "A két szakszervezet legutóbb 2022-ben tiltakozott.",
    )
    both = [e.id for e in found.values() if mentions(e)[-1] == "két szakszervezet"]
    assert len(both) == 2 and "pedagogusok-szakszervezete" in both


def test_the_headquarters_told_of_by_what_it_is_is_the_one_named_before() -> None:
    found = entities("A Zala Vármegyei Rendőr-főkapitányság közölte.", "A főkapitányság is.")
    police = next(e for e in found.values() if e.type == "GovernmentBody")
    assert mentions(police)[-1] == "főkapitányság"


def test_an_occupation_is_the_one_person_just_named_whatever_their_office() -> None:
    found = entities("Kovács Béla, az ásatás vezetője szerint ritka.", "A régész hozzátette.")
    assert mentions(found["bela-kovacs"])[-1] == "régész"


def test_a_peoples_community_abroad_is_a_group() -> None:
    found = entities("Azt írta, hogy a felvidéki magyarság visszakapta a hangját.")
    assert [e.type for e in found.values() if "magyarság" in e.name.hu] == ["Group"]


def test_the_area_told_of_with_no_region_named_is_one_unnamed_place() -> None:
    found = entities("A csapat a térségbe utazott.", "A térségben azóta is rengések vannak.")
    assert (found["region"].type, mentions(found["region"])) == ("Place", ["térségbe", "térségben"])


def test_a_states_contingent_is_its_troops_one_force_with_its_soldiers() -> None:
    found = entities("A magyar katonák a határon vannak.", "A magyar kontingens is.")
    troops = found["hungary-troops"]
    assert troops.type == "ArmedForce"
    assert mentions(troops) == ["magyar katonák", "magyar kontingens"]


def test_an_office_never_guesses_a_linked_person_by_nearness() -> None:
    found = entities("Orbán Viktor Brüsszelben tárgyalt.", "A miniszter szerint a tárgyalás jó.")
    assert mentions(found["viktor-orban"]) == ["Orbán Viktor"]  # Q57641: no guess


def _body_of(found: dict[str, Entity], mention: str) -> list[str]:
    """The mentions of the first entity one of whose mentions is `mention`."""
    return next(mentions(e) for e in found.values() if mention in mentions(e))


def test_a_company_named_with_its_legal_form_only_in_the_text_is_the_one_a_cég_tells_of() -> None:
    found = entities(
        "Leépít a Lindhoff Hungária.", "A Lindhoff Hungária Kft. közölte.", "A cég szerint baj van."
    )
    assert _body_of(found, "cég")[0] == "Lindhoff Hungária"


def test_a_legal_form_ends_no_sentence_for_the_company_named_just_before() -> None:
    found = entities(
        "A Danubia Cargo Kft. hajója ütközött.",
        "A hídon a Magyar Közút Nonprofit Zrt. hétfőn korlátozást vezetett be.",
        "A társaság szerint a pillér ép.",
    )
    assert _body_of(found, "társaság")[0] == "Magyar Közút Nonprofit Zrt."


def test_a_company_noun_ties_to_none_of_two_companies_named_further_back() -> None:
    found = entities(
        "A Yettel Magyarország Zrt. és a One Magyarország Zrt. indult.",
        "Az árverés szerdán zárult.",
        "A társaság szerint jó volt.",
    )
    assert _body_of(found, "társaság") == ["társaság"]


def test_a_descriptions_modifier_picks_the_body_whose_name_has_it() -> None:
    found = entities(
        "Az Alsó-Tisza-vidéki Vízügyi Igazgatóság és a Csongrád-Csanád Vármegyei"
        " Katasztrófavédelmi Igazgatóság gyakorolt.",
        "Az árvíz elvonult.",
        "A vízügyi igazgatóság szerint a gát jó.",
    )
    assert _body_of(found, "vízügyi igazgatóság")[0] == "Alsó-Tisza-vidéki Vízügyi Igazgatóság"


def test_a_description_ties_to_the_body_named_by_its_noun_before_one_named_by_a_synonym() -> None:
    found = entities(
        "A Nemzeti Média- és Hírközlési Hatóság árverést tartott.",
        "A Központi Statisztikai Hivatal adatot közölt.",
        "A Yettel nyert.",
        "A hatóság szerint jó volt.",
    )
    assert _body_of(found, "hatóság")[0] == "Nemzeti Média- és Hírközlési Hatóság"


def test_a_companys_head_before_its_legal_form_is_what_it_is() -> None:
    found = entities(
        "A szert az Alföld-Pharma Gyógyszergyártó Zrt. gyártja.", "A gyártó cáfolta a híreket."
    )
    assert _body_of(found, "gyártó")[0] == "Alföld-Pharma Gyógyszergyártó Zrt."


def test_a_gazetteer_name_with_a_suspended_hyphen_is_the_known_body() -> None:
    found = entities("A Nemzeti Média- és Hírközlési Hatóság (NMHH) árverést tartott.")
    assert mentions(found["nmhh"])[0] == "Nemzeti Média- és Hírközlési Hatóság"


def test_a_description_set_off_before_a_bodys_name_is_that_body() -> None:
    found = entities("A díjemelést a városi közlekedési társaság, az MVK Zrt. kezdeményezte.")
    assert _body_of(found, "MVK Zrt.") == ["városi közlekedési társaság", "MVK Zrt."]


def test_a_description_set_off_after_a_bodys_name_is_that_body() -> None:
    found = entities("A pert a Bakony-Glas Kft., az ajkai üvegipari cég vesztette el.")
    assert _body_of(found, "Bakony-Glas Kft.") == ["Bakony-Glas Kft.", "ajkai üvegipari cég"]


def test_bodies_listed_with_commas_are_no_apposition() -> None:
    found = entities("A helyszínre ért a rendőrség, a Magyar Közút és a mentők.")
    assert _body_of(found, "rendőrség") == ["rendőrség"]


def test_a_word_for_any_collegial_body_is_the_one_named_before_whatever_its_type() -> None:
    found = entities(
        "A Nemzeti Sport Tanács felfüggesztette a szövetséget.",
        "A testület ülése után közleményt adott ki.",
    )
    council = next(e for e in found.values() if "testület" in mentions(e))
    assert (council.type, mentions(council)[0]) == ("Organization", "Nemzeti Sport Tanács")


def test_the_institution_is_the_hospital_named_before() -> None:
    found = entities(
        "A győri Petz Aladár Egyetemi Oktató Kórházban robottal operáltak.",
        "Ezt kedden jelentette be az intézmény.",
    )
    assert "intézmény" in next(mentions(e) for e in found.values() if e.type == "Organization")


def test_a_word_for_any_body_names_none_of_its_own() -> None:
    found = entities("A diákok hazai felsőoktatási intézménybe jelentkeztek.")
    assert not any("intézmény" in e.name.hu for e in found.values())


def test_the_club_is_the_club_named_before_by_its_initials() -> None:
    found = entities("A Győri Audi ETO KC kikapott.", "A klub hétfőn közölte, hogy sérült.")
    assert _body_of(found, "klub")[0] == "Győri Audi ETO KC"


def test_a_mayors_office_told_of_by_what_it_is_is_a_state_body() -> None:
    found = entities("A támadók a polgármesteri hivatal szervereit törték fel.")
    office = next(e for e in found.values() if "hivatal" in e.name.hu)
    assert (office.type, mentions(office)) == ("GovernmentBody", ["polgármesteri hivatal"])


def test_in_office_is_no_office() -> None:
    found = entities("A hivatalban lévő elnök a második fordulóban kikapott.")
    assert not any("hivatal" in e.name.hu for e in found.values())


def test_an_adjective_made_of_a_body_noun_is_no_body() -> None:
    found = entities("A lakossági befektetők és az intézményiek is jegyeztek.")
    assert not any("intézmény" in e.name.hu for e in found.values())


def test_the_liquidator_is_the_liquidating_company_named_before() -> None:
    found = entities(
        "A cég felszámolója a Reorg-Pro Felszámoló Kft. lett.", "A felszámoló szerint van vevő."
    )
    assert _body_of(found, "felszámoló")[0] == "Reorg-Pro Felszámoló Kft."


def test_the_central_bank_is_the_gazetteers_not_a_commercial_bank_named_before() -> None:
    found = entities("Az Erste Bank és az ING Bank is emelt.", "A jegybank óvatos marad.")
    assert mentions(found["mnb"]) == ["jegybank"]


def test_a_party_the_gazetteer_knows_is_what_the_party_refers_to_in_its_sentence() -> None:
    found = entities(
        "A Tisza Párt jelöltje nyert, a Mi Hazánk harmadik lett.",
        "A Mi Hazánk közleményében azt írta, hogy a párt megduplázta szavazóit.",
    )
    assert mentions(found["mi-hazank"]) == ["Mi Hazánk", "Mi Hazánk", "párt"]


def test_a_bodys_last_word_refers_back_to_it_whatever_the_nouns_type() -> None:
    found = entities(
        "A balesetet a Közlekedésbiztonsági Szervezet (KBSZ) vizsgálja.",
        "A szervezet jelentést ad ki.",
    )
    assert mentions(found["kbsz"]) == ["Közlekedésbiztonsági Szervezet", "KBSZ", "szervezet"]


def test_a_place_adjective_before_a_companys_name_places_it_for_its_description() -> None:
    found = entities(
        "Megvásárolja a székesfehérvári Alba-Hidraulika Zrt.-t a japán Kazuta Precision Co., Ltd.",
        "A japán cég új üzemet épít.",
    )
    assert _body_of(found, "japán cég")[0] == "Kazuta Precision Co., Ltd."


def test_a_compound_ending_in_a_company_noun_is_the_company_named_before() -> None:
    found = entities("A Lindhoff Hungária Kft. leépít.", "Az autóalkatrész-gyártó szerint ez kell.")
    assert _body_of(found, "autóalkatrész-gyártó")[0] == "Lindhoff Hungária Kft."


def test_a_parent_company_is_not_the_company_named_before() -> None:
    found = entities("A Lindhoff Hungária Kft. leépít.", "A döntést az anyavállalat hozta.")
    assert _body_of(found, "anyavállalat") == ["anyavállalat"]


def test_the_ambulance_service_told_of_as_the_ambulancemen_is_the_known_body() -> None:
    found = entities("A sérültet a mentők kórházba vitték.")
    assert mentions(found["orszagos-mentoszolgalat"]) == ["mentők"]


def test_an_orchestra_named_by_its_players_is_an_organisation() -> None:
    found = entities("A nyitókoncerten a Pannon Filharmonikusok játszott.")
    assert [e.type for e in found.values() if "Filharmonikusok" in e.name.hu] == ["Organization"]


def test_a_name_ending_in_film_is_a_company_not_a_person() -> None:
    found = entities("A filmet a Fénysáv Film forgalmazza.")
    assert [e.type for e in found.values() if "Film" in e.name.hu] == ["Organization"]


def test_a_gazette_is_a_medium() -> None:
    found = entities("A rendelet a Magyar Közlönyben jelent meg.", "A végzés a Cégközlönyben állt.")
    assert {e.type for e in found.values() if "özlöny" in e.name.hu} == {"NewsAgency"}


def test_a_team_named_by_a_compound_is_an_organisation() -> None:
    found = entities("Szeptemberben a Davis-kupa-csapat Portugáliával játszik.")
    assert [e.type for e in found.values() if "csapat" in e.name.hu] == ["Organization"]


def test_an_airline_is_the_company_named_by_an_airlines_word_not_another_company() -> None:
    found = entities(
        "A Debreceni Repülőtér Üzemeltető Kft. és a Wizz Air megállapodott.",
        "Az üzemeltető bővít.",
        "A terminál nyáron kész.",
        "A légitársaság szerint nyolc új útvonal indul.",
    )
    assert _body_of(found, "légitársaság")[0] == "Wizz Air"


def test_a_company_named_by_a_companys_word_is_the_one_a_cég_tells_of() -> None:
    found = entities("A BMW Group bejelentette.", "A cég szerint jövőre kezdik a gyártást.")
    assert _body_of(found, "cég")[0] == "BMW Group"


def test_of_two_companies_the_one_told_of_so_before_is_the_one_named_far_back() -> None:
    found = entities(
        "A Kárpát Logisztika Nyrt. részvényei emelkedtek.",
        "A társaság szerint a befektetők sokat jegyeztek.",
        "A főrészvényes VA Holding Zrt. részesedést tart meg.",
        "Az elzárási időszak tavasszal lejár.",
        "A társaság cáfolta a híreket.",
    )
    assert _body_of(found, "társaság")[0] == "Kárpát Logisztika Nyrt."
    assert len(_body_of(found, "társaság")) == 3


def test_a_person_told_of_by_sex_keeps_a_plain_adjective_before_it() -> None:
    found = entities("A piacon egy nyugdíjas asszony azt mondta, hogy drága.")
    assert [mentions(e) for e in found.values() if e.type == "Person"] == [["nyugdíjas asszony"]]


def test_a_body_noun_in_i_is_the_noun_not_an_adjective_before_one() -> None:
    found = entities("A zsűri díjával jutalmazták a filmet.")
    assert [(e.type, mentions(e)) for e in found.values()] == [("Organization", ["zsűri"])]


def test_a_listed_hyphenated_body_is_read_whole() -> None:
    found = entities("A polgármester a képviselő-testülettel egyeztetett.")
    assert [mentions(e) for e in found.values() if e.type == "GovernmentBody"] == [
        ["képviselő-testülettel"]
    ]


def test_a_committee_a_supervision_and_an_assembly_are_state_bodies() -> None:
    found = entities(
        "A helyi választási bizottság kitűzte a választást.",
        "A tilalmat a városi közterület-felügyelet ellenőrzi.",
        "A junta feloszlatta a nemzetgyűlést.",
    )
    bodies = [mentions(e)[0] for e in found.values() if e.type == "GovernmentBody"]
    assert bodies == ["helyi választási bizottság", "városi közterület-felügyelet", "nemzetgyűlést"]


def test_the_body_of_a_town_told_of_by_its_kind_is_a_state_body() -> None:
    found = entities("A gyár Kaposváron épül.", "A város önkormányzata is fizet.")
    assert mentions(found["varos-onkormanyzat"]) == ["város önkormányzata"]
    assert mentions(found["kaposvar"]) == ["Kaposváron", "város"]


def test_an_institutions_name_is_its_nominative_from_its_head() -> None:
    found = entities("A sérültet a dunaújvárosi Szent Pantaleon Kórházba vitték.")
    assert [e.name.hu for e in found.values() if e.type == "Organization"] == [
        "Szent Pantaleon Kórház"
    ]


def test_an_institutions_possessed_head_keeps_its_possessive() -> None:
    found = entities("A döntést a Magyar Nemzeti Bank Monetáris Tanácsának ülésén hozták.")
    assert "Magyar Nemzeti Bank Monetáris Tanácsa" in [e.name.hu for e in found.values()]


def test_a_non_profit_companys_name_without_its_two_word_legal_form_is_the_company() -> None:
    found = entities("A Magyar Közút Nonprofit Zrt. lezárta.", "A Magyar Közút szerint kell.")
    assert [mentions(e) for e in found.values()] == [
        ["Magyar Közút Nonprofit Zrt.", "Magyar Közút"]
    ]


def test_the_exchange_is_the_stock_exchange_named_before() -> None:
    found = entities("A részvény a Budapesti Értéktőzsdén emelkedett.", "A tőzsde bővül.")
    assert _body_of(found, "tőzsde")[0] == "Budapesti Értéktőzsdén"
