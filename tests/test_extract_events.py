"""kb.extract.events: triggers of every event type, participants, time."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.extract.context import sentences_with_context
from kb.extract.entities import find_entities
from kb.extract.events import find_events
from kb.extract.timex import find_times
from kb.model import Event, Span

WEDNESDAY = dt.date(2025, 6, 4)


def events(text: str) -> list[Event]:
    spans = (Span(text, 0, len(text)),)
    context = sentences_with_context(
        spans, find_entities(text, spans), find_times(spans, WEDNESDAY)
    )
    return list(find_events(context))


def test_a_flood_is_a_disaster_of_the_state_the_article_is_about() -> None:
    (flood,) = events("Magyarországon kedden árvíz sújtotta Miskolcot.")
    assert (flood.type, flood.anchors[0].text) == ("disaster", "árvíz")
    assert [p.entity for p in flood.participants] == ["hungary"]


def test_a_derailment_is_an_accident() -> None:
    (accident,) = events("A MÁV szerint kedden kisiklott egy vonat, a MÁV vizsgálja.")
    assert accident.type == "accident"


def test_taking_to_hospital_is_a_rescue_not_an_arms_transfer() -> None:
    found = events("A mentők a sérülteket kórházba szállították.")
    assert [e.type for e in found] == ["rescue"]


def test_a_protest_is_found_from_its_verb() -> None:
    found = events("A szakszervezet tagjai tiltakoztak.")
    assert [e.type for e in found] == ["protest"]


def test_a_word_before_szerint_is_an_attribution_not_an_event() -> None:
    found = events("Kövér László bejelentése szerint a kormány döntött.")
    assert "statement" not in [e.type for e in found]


def test_a_decimal_comma_does_not_split_the_clause_from_its_time() -> None:
    (change,) = events("A KSH szerint az árak májusban 4,4 százalékkal emelkedtek.")
    assert change.time == "t1"


def test_a_time_earlier_in_the_sentence_dates_the_event() -> None:
    (cut,) = events(
        "A Monetáris Tanács kedden 25 bázisponttal, 6,25 százalékra csökkentette a kamatot."
    )
    assert (cut.type, cut.time) == ("price-change", "t1")


def test_a_time_in_another_clause_does_not_date_the_event() -> None:
    found = events("Kedden ülésezett a kormány, de az árak csak később emelkedtek.")
    assert [e.time for e in found if e.type == "price-change"] != ["t1"]  # t1: "Kedden"


def test_the_speaker_of_a_reporting_clause_after_a_dash_follows_the_verb() -> None:
    found = events("Az árak emelkedtek – közölte szerdán a KSH.")
    statement = next(e for e in found if e.type == "statement")
    assert [p.entity for p in statement.participants] == ["ksh"]


def test_a_verb_with_its_particle_after_it_is_one_trigger() -> None:
    (rescue,) = events("A katasztrófavédelem kedden Miskolcot ürítette ki.")
    assert (rescue.type, rescue.anchors[0].text) == ("rescue", "ürítette ki")


def test_a_particle_verb_of_speech_is_a_statement() -> None:
    found = events("A MÁV kedden jelentette be, hogy felújítja az átjárókat.")
    assert ("statement", "jelentette be") in [(e.type, e.anchors[0].text) for e in found]


def test_a_body_that_decided_made_a_decision_but_a_decision_noun_is_none() -> None:
    assert [e.type for e in events("A Fővárosi Közgyűlés kedden döntött a hídról.")] == [
        "legislation"
    ]
    assert events("Az MNB szerint a döntést sokan várták.") == []


def test_the_one_time_of_a_sentence_dates_an_event_past_es() -> None:
    found = events(
        "Az államtitkár kedden Kecskemétre látogatott, és a kórház vezetőivel egyeztetett."
    )
    assert [e.time for e in found if e.type == "meeting"] == ["t1"]


def test_the_one_time_of_a_reported_clause_does_not_date_the_speech() -> None:
    found = events("Rovó László hangsúlyozta, hogy a jövő tanévtől kutatókat vesznek fel.")
    assert [e.time for e in found if e.type == "statement"] == [None]


def test_a_state_named_by_an_adjective_is_no_speaker() -> None:
    found = events("Uniós támogatást nyert a Szegedi Tudományegyetem – közölte hétfőn.")
    statement = next(e for e in found if e.type == "statement")
    assert [p.entity for p in statement.participants] == ["szte"]


def test_bodies_meet_when_no_person_is_named() -> None:
    found = events("A minisztérium pedig csütörtökön egyeztet a várossal a finanszírozásról.")
    assert [e.type for e in found] == ["meeting"]


def test_publishing_results_is_a_report() -> None:
    found = events("Kiss Anna kutató októberben publikálta az eredményeket.")
    assert [e.type for e in found] == ["report"]


def test_a_noun_and_its_light_verb_are_one_trigger() -> None:
    found = events("Az ügyészség tavaly ősszel emelt vádat a polgármester ellen.")
    assert [(e.type, e.anchors[0].text) for e in found] == [("statement", "emelt vádat")]


def test_an_official_leading_the_flood_defence_is_no_victim() -> None:
    found = events("Kovács Ádám, a vízügyi igazgatóság vezetője szerint az árvíz tetőzik.")
    flood = next(e for e in found if e.type == "disaster")
    roles = {p.entity: p.role for p in flood.participants}
    assert "victim" not in roles.values() and roles


def test_said_after_a_quote_is_a_statement_of_the_speaker_after_the_dash() -> None:
    found = events("„Nem hagyjuk magukra a gazdákat” – mondta Kovács Ádám.")
    assert [(e.type, e.anchors[0].text, [p.entity for p in e.participants]) for e in found] == [
        ("statement", "mondta", ["adam-kovacs"])
    ]


def test_the_noun_of_a_speech_verb_is_no_statement() -> None:
    assert events("Kovács Ádám nyilatkozata nagy visszhangot keltett.") == []


def test_a_platform_opening_a_compound_is_no_speaker() -> None:
    found = events("A polgármester a Facebook-oldalán írta meg a hírt.")
    assert all(p.entity != "facebook" for e in found for p in e.participants)


def test_a_name_in_a_place_case_is_where_not_who() -> None:
    found = events("Ezt a Facebookon írta meg a polgármester.")
    assert all(p.entity != "facebook" for e in found for p in e.participants)


def article_events(*sentences: str) -> list[Event]:
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append(Span(sentence, start, start + len(sentence)))
        start += len(sentence) + 1
    spans_t = tuple(spans)
    context = sentences_with_context(
        spans_t, find_entities(text, spans_t), find_times(spans_t, WEDNESDAY)
    )
    return list(find_events(context))


def speakers(event: Event) -> list[str]:
    return [p.entity for p in event.participants if p.role == "speaker"]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("A Legfőbb Ügyészség közleményében üdvözölte a döntést.", "statement"),
        (
            "Orbán Viktor arra szólította fel a képviselőket, hogy szavazzanak.",
            "statement",
        ),
        ("Az Országgyűlés 2023 novemberében hagyta jóvá a missziót.", "legislation"),
        ("A kutatást a Nemzeti Kutatási Hivatal 48 millió forinttal támogatta.", "investment"),
        ("A Magyar Telekom Nyrt. megvásárolja a RégióNet Kft.-t.", "agreement"),
        ("A minisztérium visszautasította, hogy a program drágít.", "denial"),
        ("A HungaroMet piros figyelmeztetést adott ki a megyére.", "warning"),
        ("A tisztifőorvos hőségriasztást rendelt el.", "warning"),
        ("Törökországban azóta több mint 300 utórengést regisztráltak.", "disaster"),
        ("A cég szóvivője úgy becsülte, hogy a kár nagy.", "statement"),
    ],
)
def test_verbs_of_speech_approval_funding_and_purchase_are_triggers(
    sentence: str, type_: str
) -> None:
    assert type_ in [e.type for e in events(sentence)]


def test_a_person_in_apposition_before_the_clause_is_the_speaker() -> None:
    found = events(
        "Szekeres Márton, a HUN-REN Csillagászati Kutatóközpont munkatársa arra "
        "figyelmeztetett, hogy a kitörés a bolygókat is elpusztíthatja."
    )
    warning = next(e for e in found if e.type == "warning")
    assert speakers(warning) == ["marton-szekeres"]


def test_the_possessor_of_the_speakers_office_is_no_speaker() -> None:
    found = events("A Fidesz kommunikációs igazgatója az MTI-nek tagadta, hogy vereség lenne.")
    assert not any(e.type == "denial" and speakers(e) == ["fidesz"] for e in found)


def test_a_speaker_named_by_a_description_is_not_the_last_speaker() -> None:
    found = article_events(
        "Kovács Anna polgármester közölte, hogy a munkák csúsznak.",
        "„Ez tarthatatlan” – mondta a gazda.",
    )
    assert [speakers(e) for e in found if e.type == "statement"] == [["anna-kovacs"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Az árak akár tíz százalékkal is emelkedhetnek.",
        "Ha a kamatok nem csökkennek, a befektetési kedv gyengül.",
    ],
)
def test_what_may_happen_or_happens_on_a_condition_is_no_event(sentence: str) -> None:
    assert not [e for e in events(sentence) if e.type == "price-change"]


def test_a_storm_told_in_two_sentences_is_one_disaster() -> None:
    found = article_events(
        "Heves vihar söpört végig Magyarországon.",
        "A vihar csúcspontján húszezer háztartás maradt áram nélkül, közölte az E.ON Hungária.",
    )
    (storm,) = [e for e in found if e.type == "disaster"]
    assert [a.text for a in storm.anchors] == ["vihar", "vihar"]


def test_the_subject_after_a_verb_first_clause_is_the_speaker() -> None:
    found = events("Hat év fegyházra ítélte szerdán a Fővárosi Törvényszék Halász Bencét.")
    (verdict,) = [e for e in found if e.type == "statement"]
    assert speakers(verdict) == ["fovarosi-torvenyszek"]


def test_a_time_up_to_which_something_lasts_is_not_the_events_time() -> None:
    found = events("A szövetség közölte: Szalai szerződését 2028-ig meghosszabbították.")
    extension = next(e for e in found if e.type == "agreement")
    assert extension.time is None


def test_a_medal_won_is_a_contest() -> None:
    found = events("Bronzérmet szerzett a 200 méter háton induló Kelemen Ádám.")
    assert "meeting" in [e.type for e in found]


def test_people_named_by_a_verbs_plural_agent_noun_are_no_event() -> None:
    found = events("A befektetők és a szavazók a Fideszt támogatták.")
    assert not [e for e in found if e.anchors[0].text in ("befektetők", "szavazók")]


def test_a_quarrel_is_no_speech_act_but_raising_a_matter_is() -> None:
    assert not [e for e in events("Kovács Anna szóváltásba keveredett a szomszédjával.")]
    assert "statement" in [e.type for e in events("Kovács Anna szóvá tette a késést.")]


def test_the_body_whose_office_speaks_after_the_dash_is_no_speaker() -> None:
    found = events("„Nem emeljük a díjakat” – közölte a Magyar Telekom szóvivője.")
    assert not any(speakers(e) == ["magyar-telekom"] for e in found)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("A magyar válogatott a tornán a harmadik helyen végzett.", "tornán"),
        ("Kelemen Ádám a döntőben negyedik lett.", "döntőben"),
        ("Kovács Péter a versenyen a harmadik helyen végzett.", "versenyen"),
        ("Kovács Péter a Sziget fesztiválon lépett fel.", "fesztiválon"),
        ("Kovács Péter a gálán díjat kapott.", "gálán"),
        ("Kovács Péter a nagydíjon harmadik lett.", "nagydíjon"),
    ],
)
def test_a_contest_or_festival_told_by_its_noun_is_a_meeting(text: str, anchor: str) -> None:
    (contest,) = events(text)
    assert (contest.type, contest.anchors[0].text) == ("meeting", anchor)


def test_decisive_a_gym_and_competitiveness_tell_of_no_contest() -> None:
    assert not events(
        "Kovács Péter döntően hozzájárult a sikerhez, a tornateremben versenyképes maradt."
    )


def test_being_someones_guest_is_a_match_with_them() -> None:
    (match,) = events("A magyar válogatott novemberben Ljubljanában Szlovénia vendége lesz.")
    assert (match.type, match.anchors[0].text) == ("meeting", "vendége lesz")
    assert {p.entity for p in match.participants} == {"magyar-valogatott", "slovenia"}


def test_a_silver_won_is_a_contest() -> None:
    (contest,) = events("Molnár Lilla ezüstöt nyert szombaton.")
    assert contest.type == "meeting"


def test_opening_its_gates_or_inaugurating_is_an_investment() -> None:
    gates = events("Szombaton újra megnyitotta kapuit a Szépművészeti Múzeum.")
    built = events("A Szépművészeti Múzeum kedden felavatta új kiállítóterét.")
    assert [e.type for e in gates + built] == ["investment", "investment"]
    assert gates[0].anchors[0].text == "megnyitotta kapuit"


def test_a_forecast_told_by_elore_jelez_is_an_economic_report() -> None:
    (forecast,) = events("Az infláció magasabb annál, amit az MNB decemberben előre jelzett.")
    assert (forecast.type, forecast.anchors[0].text) == ("economic-report", "előre jelzett")
    assert [p.entity for p in forecast.participants] == ["mnb"]


@pytest.mark.parametrize(
    "text",
    ["A tűzesetben Kovács Péter megsérült.", "A Szépművészeti Múzeum raktára egy tűzben égett le."],
)
def test_a_fire_told_by_its_noun_is_a_disaster(text: str) -> None:
    assert "disaster" in [e.type for e in events(text)]


def test_firefighters_tell_of_no_fire() -> None:
    assert not events("A tűzoltók Budapesten gyakoroltak.")


def test_who_warns_of_a_storm_is_not_struck_by_it() -> None:
    found = events(
        "A HungaroMet arra figyelmeztetett, hogy kedden heves zivatarok érkeznek Magyarországra."
    )
    (storm,) = [e for e in found if e.type == "disaster"]
    assert [p.entity for p in storm.participants] == ["hungary"]


def test_handing_over_something_new_is_an_opening() -> None:
    (opening,) = events("A MÁV kedden átadta az új vasúti szakaszt.")
    assert (opening.type, [p.entity for p in opening.participants]) == ("investment", ["mav"])


def test_handing_over_to_someone_new_or_a_participle_before_its_noun_is_no_opening() -> None:
    assert not events("A MÁV átadta a vezetést az új elnöknek.")
    assert not events("A tavaly átadott új főépület a MÁV tulajdona.")


def test_keeping_a_title_is_a_contest() -> None:
    (contest,) = events("Kovács Péter megvédte címét 200 méter pillangón.")
    assert (contest.type, contest.anchors[0].text) == ("meeting", "megvédte címét")


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("A misszióban jelenleg mintegy 400 magyar katona szolgál.", "katona szolgál"),
        ("Oroszország jelentősen megerősítette katonai jelenlétét.", "katonai jelenlétét"),
        ("A magyar katonák kedden járőröztek az északi településeken.", "járőröztek"),
    ],
)
def test_soldiers_serving_present_or_patrolling_are_deployed(text: str, anchor: str) -> None:
    (deployment,) = events(text)
    assert (deployment.type, deployment.anchors[0].text) == ("troop-deployment", anchor)


def test_an_adjective_made_of_a_verbal_noun_is_no_event() -> None:
    found = events("Szalai Krisztina a vádat olcsó választási trükknek nevezte.")
    assert "election" not in [e.type for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Hankó Balázs miniszter is megtekintette a kiállítást.",
        "Karácsony Gergely szerdán tekintette meg a károkat.",
    ],
)
def test_viewing_a_place_is_a_visit(text: str) -> None:
    (visit,) = events(text)
    assert visit.type == "visit"


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("A rendőrség arra kéri a lakókat, hogy maradjanak otthon.", "kéri"),
        ("Kovács Anna úgy véli, hogy a döntés elhamarkodott.", "véli"),
        ("A MÁV lépésnek nevezte a döntést.", "nevezte"),
        ("Kovács Péter a kihallgatásán beismerte a lopást.", "beismerte"),
        ("Kovács Anna utólag ismerte el a hibát.", "ismerte el"),
    ],
)
def test_asking_thinking_naming_and_admitting_are_speech_acts(text: str, anchor: str) -> None:
    assert ("statement", anchor) in [(e.type, e.anchors[0].text) for e in events(text)]


def test_not_recognising_is_no_admission() -> None:
    found = events("Kovács Anna nem ismeri el a választás eredményét.")
    assert "statement" not in [e.type for e in found]


def test_a_news_agency_reporting_after_the_dash_is_a_report() -> None:
    found = events("A hadsereg átvette a hatalmat – jelentette az MTI.")
    report = next(e for e in found if e.type == "report")
    assert [p.entity for p in report.participants if p.role == "reporter"] == ["mti"]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("A MÁV költségei tavaly óta 18 százalékkal nőttek.", "nőttek"),
        ("A MÁV áremelést jelentett be.", "áremelést"),
        ("A MÁV jövőre tíz százalékkal emeli a jegyárakat.", "emeli"),
    ],
)
def test_growth_and_raising_prices_are_price_changes(text: str, anchor: str) -> None:
    assert ("price-change", anchor) in [(e.type, e.anchors[0].text) for e in events(text)]


@pytest.mark.parametrize(
    "text", ["A MÁV felnőtt utasai panaszt tettek.", "A MÁV ellen vádemelés történt."]
)
def test_adults_and_a_charge_are_no_price_change(text: str) -> None:
    assert not [e for e in events(text) if e.type == "price-change"]


def test_restoring_is_an_investment() -> None:
    found = events("A MÁV vállalja a híd helyreállítását.")
    assert ("investment", "helyreállítását") in [(e.type, e.anchors[0].text) for e in found]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("A döntőt a Magyar Kézilabda Szövetség Budapesten rendezi meg.", "rendezi meg"),
        ("A magyar válogatott a tatai edzőtáborban készül.", "edzőtáborban"),
        ("Kovács Péter a világkupán negyedik lett.", "világkupán"),
    ],
)
def test_hosting_camps_and_cups_are_meetings(text: str, anchor: str) -> None:
    assert ("meeting", anchor) in [(e.type, e.anchors[0].text) for e in events(text)]


def test_what_happens_on_a_condition_told_after_hogy_is_no_event() -> None:
    found = events("Kovács Anna arra figyelmeztetett, hogy ha az árak emelkednek, baj lesz.")
    assert "price-change" not in [e.type for e in found]


def test_the_source_a_change_is_told_on_is_not_its_party_when_another_is_named() -> None:
    found = events("A KSH szerint a MÁV jegyárai tavaly óta 18 százalékkal nőttek.")
    (change,) = [e for e in found if e.type == "price-change"]
    assert [p.entity for p in change.participants] == ["mav"]


def test_a_time_in_a_clause_after_a_speech_act_dates_what_is_said() -> None:
    found = events("A MÁV közölte, a következő járatot jövő áprilisban indítják.")
    assert [e.time for e in found if e.type == "statement"] == [None]


def test_a_clause_joined_by_es_shares_the_subject_of_the_first() -> None:
    found = events(
        "Kovács Anna a TASZSZ jelentése szerint Moszkvában tárgyalt, és hangsúlyozta, hogy "
        "a munka folytatódik."
    )
    (statement,) = [e for e in found if e.type == "statement"]
    assert speakers(statement) == ["anna-kovacs"]


def test_a_fall_in_a_count_is_no_price_change_but_a_fall_in_a_rate_is() -> None:
    assert not events("Egy év alatt 18 százalékkal csökkent a várakozók száma.")
    (cut,) = events("A Monetáris Tanács kedden csökkentette az alapkamatot.")
    assert cut.type == "price-change"


def test_carrying_passengers_is_no_arms_transfer_but_carrying_arms_is() -> None:
    assert not events("A Wizz Air az utasokat buszokkal szállította Budapestre.")
    found = events("Észak-Korea rakétákat szállít Oroszországnak.")
    assert "arms-transfer" in [e.type for e in found]


def test_giving_aid_with_a_sum_is_funding_and_without_one_is_no_event() -> None:
    (aid,) = events("A kormány 500 ezer dollár segélyt nyújt Mozambiknak.")
    assert aid.type == "investment"
    assert not events("A szakszervezet jogi segítséget nyújtott a tagjainak.")


def test_providing_a_share_of_a_sum_told_before_is_funding() -> None:
    found = events(
        "A felújítás 186 millió forintba került, ennek 85 százalékát a Magyar Falu Program "
        "biztosította."
    )
    assert "investment" in [e.type for e in found]
    assert "statement" not in [e.type for e in found]


def test_a_cost_a_budget_and_equipment_are_no_investment() -> None:
    assert not events("A MÁV szerint a költségek akár 60 milliárd forintra nőhetnek.")
    assert not events("A MÁV 40 millió forint értékű berendezéseket szállít Szegedre.")


def test_a_speech_act_at_an_occasion_told_before_takes_its_time() -> None:
    found = article_events(
        "Kedden átadták a felújított orvosi rendelőt Látrányban.",
        "– Ez nagy nap a falunak – mondta Kerekes Judit polgármester az átadáson.",
    )
    (statement,) = [e for e in found if e.type == "statement"]
    assert statement.time == "t1"


def test_a_speech_act_naming_no_occasion_takes_no_earlier_time() -> None:
    found = article_events(
        "Kedden átadták a felújított orvosi rendelőt Látrányban.",
        "– Ez nagy nap a falunak – mondta Kerekes Judit polgármester.",
    )
    assert [e.time for e in found if e.type == "statement"] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "A magyar csapat ezzel bebiztosította az első helyet.",
        "„Mi pedig csak azt tudjuk mondani, hogy menjenek vissza” – írta a MÁV.",
    ],
)
def test_a_speech_stem_after_another_prefix_or_in_the_infinitive_is_no_speech_act(
    text: str,
) -> None:
    anchors = [e.anchors[0].text for e in events(text) if e.type == "statement"]
    assert "bebiztosította" not in anchors and "mondani" not in anchors


def test_visitors_attendance_a_courtroom_a_quarrel_and_felled_trees_tell_of_no_event() -> None:
    assert not events("Több mint 78 ezer látogatója volt a Millenárisnak.")
    assert not events("A MÁV szerint a vonal látogatottsága nőtt.")
    found = events("A MÁV szerint a vihar fákat döntött ki Szegeden.")
    assert "legislation" not in [e.type for e in found]
    assert not events("A MÁV képviselője a tárgyalóteremben ült.")
    assert not events("A MÁV a bérvita kirobbanása után hallgatott.")


def test_a_list_of_medals_won_is_a_contest_of_the_subject_before_the_list() -> None:
    found = events("A magyar válogatott hét érmet, két aranyat és három bronzot szerzett.")
    (contest,) = [e for e in found if e.type == "meeting"]
    assert [p.entity for p in contest.participants] == ["magyar-valogatott"]


@pytest.mark.parametrize(
    "text",
    [
        "A MÁV a többletköltséget saját forrásból fedezi.",
        "A MÁV 2027 nyarán helyezi üzembe az alállomást.",
        "A MÁV jövő tavasszal új laboratóriumot nyit Szegeden.",
    ],
)
def test_covering_a_cost_commissioning_and_opening_something_new_are_investments(
    text: str,
) -> None:
    assert "investment" in [e.type for e in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Kovács Péter szerda délután kirabolta a zalaegerszegi postát.",
        "Kovács Péter kedden megölte a szomszédját.",
    ],
)
def test_a_robbery_or_a_killing_is_an_attack_by_the_person_who_did_it(text: str) -> None:
    (attack,) = [e for e in events(text) if e.type == "attack"]
    assert [(p.entity, p.role) for p in attack.participants] == [("peter-kovacs", "attacker")]


@pytest.mark.parametrize(
    "text",
    ["Mozambikot tavaly márciusban súlyos ciklon sújtotta.", "A hurrikán kedden érte el Kubát."],
)
def test_a_cyclone_or_a_hurricane_is_a_disaster(text: str) -> None:
    assert "disaster" in [e.type for e in events(text)]


def test_making_a_decree_is_legislation() -> None:
    found = events("A Fővárosi Közgyűlés az év végéig rendeletet alkot a tilalomról.")
    assert ("legislation", "rendeletet alkot") in [(e.type, e.anchors[0].text) for e in found]


def test_a_nationality_adjective_before_an_office_is_no_speaker() -> None:
    found = events(
        "A magyar külgazdasági és külügyminiszter korábban arra figyelmeztetett, hogy baj lesz."
    )
    assert not any(speakers(e) == ["hungary"] for e in found)


def test_a_new_name_opening_the_clause_is_not_the_last_speaker() -> None:
    found = article_events(
        "Kovács Anna polgármester közölte, hogy a munkák csúsznak.",
        "Stuttgart ugyanakkor hangsúlyozta, hogy a gyár marad.",
    )
    assert [speakers(e) for e in found if e.type == "statement"] == [["anna-kovacs"]]


def test_the_body_before_a_meeting_noun_takes_part_in_it() -> None:
    found = events(
        "Az MKSZ bejelentette, hogy Szűcs Dorinát meghívták a MÁV márciusi edzőtáborába."
    )
    (camp,) = [e for e in found if e.type == "meeting"]
    assert camp.participants[0].entity == "mav"


def test_press_reports_denied_are_a_report_about_who_denies_them() -> None:
    found = events("A MÁV cáfolta azokat a sajtóértesüléseket, amelyek szerint a vonal bezár.")
    (report,) = [e for e in found if e.type == "report"]
    roles = [(p.entity, p.role) for p in report.participants]
    assert roles == [("press", "reporter"), ("mav", "subject")]  # the press reports them


@pytest.mark.parametrize(
    "text",
    [
        "– A kollégáink gyorsan reagáltak, senki nem sérült meg – mondta Kovács Anna.",
        "„Mindenki kapott takarót, aki kéri” – mondta Kovács Anna.",
    ],
)
def test_a_speech_verb_inside_the_quoted_words_is_no_speech_act(text: str) -> None:
    found = [(e.type, e.anchors[0].text) for e in events(text)]
    assert found == [("statement", "mondta")]


def test_what_something_rests_on_is_no_event_of_its_own() -> None:
    found = events("A felújítást a kormányközi megállapodás alapján a MÁV végzi.")
    assert "agreement" not in [e.type for e in found]


def test_the_owner_of_the_page_a_statement_is_on_is_no_speaker() -> None:
    found = events("A MÁV új vonalat indít – közölte kedden a Magyar Telekom honlapján.")
    assert not any(speakers(e) == ["magyar-telekom"] for e in found)


def test_a_body_in_the_dative_is_no_speaker() -> None:
    found = events("A MÁV Tanszékének docense arra figyelmeztetett, hogy baj lesz.")
    assert not any(speakers(e) == ["mav"] for e in found)


def test_the_person_a_flood_is_told_on_is_no_victim() -> None:
    (flood,) = [
        e for e in events("Kovács Ádám szerint az árvíz kedden tetőzik.") if e.type == "disaster"
    ]
    assert [(p.entity, p.role) for p in flood.participants] == [("adam-kovacs", "participant")]


def test_a_share_of_a_sum_is_funding_when_a_name_with_commas_cuts_its_clause() -> None:
    found = events(
        "A projekt 1,1 milliárd forintba került, ennek nagyobb részét a Nemzeti Kutatási, "
        "Fejlesztési és Innovációs Hivatal biztosította."
    )
    assert "investment" in [e.type for e in found]


def test_an_adjective_after_the_dash_is_no_speaker() -> None:
    found = events("– A megállapodás nem várhat tovább – hangsúlyozta az uniós diplomata.")
    assert not any(speakers(e) == ["european-union"] for e in found)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Kovács Anna azt mondta, hogy a sztrájkfenyegetés politikai indíttatású.", "protest"),
        ("Kovács Anna azt írta, hogy a kormány a választások előtt osztogat.", "election"),
    ],
)
def test_who_tells_of_an_event_takes_no_part_in_it(text: str, type_: str) -> None:
    assert type_ not in [e.type for e in events(text)]


def test_a_body_telling_of_its_own_price_rise_is_its_agent() -> None:
    found = events("A MÁV közölte, hogy a jegyek ára áprilistól kilenc százalékkal emelkedik.")
    (rise,) = [e for e in found if e.type == "price-change"]
    assert [(p.entity, p.role) for p in rise.participants] == [("mav", "agent")]


def test_how_some_members_voted_is_no_law_of_its_own() -> None:
    found = events("A Fidesz képviselői igennel, az MSZP képviselői nemmel szavaztak.")
    assert "legislation" not in [e.type for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Kovács Anna különmegbízottja a találkozó után azt mondta, hogy nincs megállapodás.",
        "Kovács Anna nővére a tárgyalás után azt mondta, hogy a család elégedett.",
    ],
)
def test_whose_office_or_kin_the_speaker_is_does_not_speak(text: str) -> None:
    found = events(text)
    assert not any(speakers(e) == ["anna-kovacs"] for e in found)


def test_a_reported_speech_act_with_a_subject_of_its_own_is_not_the_tellers() -> None:
    found = events("Kovács Anna azt nyilatkozta, hogy védence tagadja a vádakat.")
    assert [speakers(e) for e in found if e.type == "denial"] == []


def test_a_reported_speech_act_with_no_subject_of_its_own_is_the_tellers() -> None:
    found = events("A MÁV közölte, hogy az utasokat levélben értesíti a változásról.")
    assert [speakers(e) for e in found if e.anchors[0].text == "értesíti"] == [["mav"]]


@pytest.mark.parametrize(
    "text",
    [
        "„Nincs kockázat” – közölte a MÁV sajtóirodája.",
        "A MÁV sajtóosztálya azt írta, hogy a vonatok járnak.",
    ],
)
def test_a_bodys_press_unit_speaks_not_the_body(text: str) -> None:
    assert not any(speakers(e) == ["mav"] for e in events(text))


def test_the_body_whose_page_a_statement_is_on_is_no_speaker_before_the_verb() -> None:
    found = events("A MÁV honlapján közzétett közleményében gratulált a csapatnak.")
    assert not any(speakers(e) == ["mav"] for e in found)


def test_a_speech_act_after_a_source_in_its_sentence_is_not_the_last_speakers() -> None:
    found = article_events(
        "Kovács Anna polgármester közölte, hogy a munkák csúsznak.",
        "A klub szakértője szerint a csúszás nem meglepő: úgy véli, a vonal később indul.",
    )
    assert [speakers(e) for e in found if e.type == "statement"] == [["anna-kovacs"]]


def test_awarding_a_grant_is_funding_not_a_verdict() -> None:
    found = events("A 40 millió forintos támogatást a MÁV ítélte oda a csoportnak.")
    assert [e.type for e in found] == ["investment"]


@pytest.mark.parametrize(
    "text",
    [
        "A blokk a korábban ígért 2027 helyett 2028-ban indul a MÁV szerint.",
        "A MÁV a bejelentett menetrendet módosítja.",
    ],
)
def test_a_speech_verb_after_an_article_is_a_participle_not_a_speech_act(text: str) -> None:
    assert "statement" not in [e.type for e in events(text)]


def test_an_inflected_agent_noun_is_a_person_not_an_event() -> None:
    found = events("A MÁV szerint a város el akarja adni a céget egy magánbefektetőnek.")
    assert "investment" not in [e.type for e in found]


def test_writing_a_work_is_no_speech_act() -> None:
    found = events("A forgatókönyvet Kovács Anna a MÁV két munkatársával közösen írta.")
    assert "statement" not in [e.type for e in found]


def test_writing_what_is_said_is_a_speech_act() -> None:
    found = events("Kovács Anna a Facebookon azt írta, hogy a vonatok járnak.")
    assert [e.type for e in found] == ["statement"]


def test_a_plural_in_the_accusative_never_speaks() -> None:
    assert [speakers(e) for e in events("Az utasokat levélben értesítették.")] == []


def test_a_speaker_described_after_the_verb_and_its_adverbs_is_not_one_named_before() -> None:
    found = events(
        "A Fővárosi Állatkert új kifutót nyitott – jelentette be szerdán a Sóstón működő kert "
        "igazgatója."
    )
    assert all(speakers(e) == [] for e in found if e.type == "statement")


def test_a_count_after_the_dash_leaves_the_speakers_named_before() -> None:
    found = events(
        "Megvásárolja a Magyar Telekom Nyrt. a RégióNet Kft.-t – jelentette be a két cég."
    )
    statement = next(e for e in found if e.type == "statement")
    assert speakers(statement) != []


def test_an_office_opening_the_clause_is_not_the_last_speaker() -> None:
    found = article_events(
        "Kovács Anna polgármester közölte, hogy a munkák csúsznak.",
        "Kisváros polgármestere a Facebookon arra figyelmeztetett, hogy dugók lesznek.",
    )
    assert all(speakers(e) != ["anna-kovacs"] for e in found if e.type == "warning")


def test_the_source_of_a_szerint_opening_is_the_voice_that_speaks_on() -> None:
    found = article_events(
        "Kovács Anna polgármester közölte, hogy a munkák csúsznak.",
        "Tóth Péter szerint a költség nem nőtt.",
        "Cáfolta, hogy a projekt drágult volna.",
    )
    denial = next(e for e in found if e.type == "denial")
    assert speakers(denial) == ["peter-toth"]


def test_a_body_reporting_in_its_own_name_with_no_agency_named_is_its_speaker() -> None:
    (report,) = [
        e
        for e in events("A katasztrófavédelem kedden 163 halottról számolt be.")
        if e.type == "report"
    ]
    assert speakers(report) == ["katasztrofavedelem"]


def test_a_speech_act_joined_to_the_first_by_its_speaker_is_one_act() -> None:
    found = events("Kovács Anna elismerte a vereséget, de közölte, hogy nem mond le.")
    assert [[a.text for a in e.anchors] for e in found if e.type == "statement"] == [
        ["elismerte", "közölte"]
    ]


def test_a_speech_act_inside_what_is_said_is_another_act() -> None:
    found = events("Az MVM közölte, hogy az ügyfeleket levélben értesíti az árakról.")
    assert len([e for e in found if e.type == "statement"]) == 2


def test_a_speech_act_named_again_by_its_noun_is_one_act() -> None:
    found = events(
        "A HungaroMet arra figyelmeztetett, hogy zivatarok jönnek, ezért narancs "
        "figyelmeztetést adott ki."
    )
    assert [[a.text for a in e.anchors] for e in found if e.type == "warning"] == [
        ["figyelmeztetett", "figyelmeztetést adott"]
    ]


def test_a_speech_act_at_an_occasion_told_of_nowhere_takes_the_first_dated_acts_time() -> None:
    found = article_events(
        "Sztrájkot tart a PDSZ – jelentette be kedden a szakszervezet.",
        "– Nem akarunk sztrájkolni – mondta Kardos Henrietta a sajtótájékoztatón.",
    )
    said = next(e for e in found if e.type == "statement" and e.anchors[0].text == "mondta")
    assert said.time == "t1"


@pytest.mark.parametrize(
    "sentence",
    [
        "A színház előcsarnokában ravatalt állítanak.",
        "A Sió-Net Kft. szerint a rendszereket napokon belül állítják helyre.",
    ],
)
def test_setting_up_or_putting_back_is_no_claim(sentence: str) -> None:
    assert "statement" not in [e.type for e in events(sentence)]


def test_claiming_after_azt_is_a_statement() -> None:
    found = events("Kovács Ádám azt állította, hogy a gyár bezár.")
    assert "statement" in [e.type for e in found]


def test_the_verb_of_a_phrase_read_tells_of_nothing_else() -> None:
    found = events("A tisztifőorvos szerdán hőségriasztást rendelt el.")
    assert [e.type for e in found] == ["warning"]


def test_the_main_defendant_is_the_person_on_trial_told_of_before() -> None:
    found = article_events(
        "Kilenc évre ítélték Kovács Pétert.", "A fővádlott tagadta, hogy csalni akart."
    )
    denial = next(e for e in found if e.type == "denial")
    assert speakers(denial) == ["peter-kovacs"]


def test_an_estimate_told_by_its_noun_before_szerint_is_no_speech_act() -> None:
    assert "statement" not in [e.type for e in events("A MABISZ becslése szerint a kár nagy.")]


def test_the_body_a_speaker_stands_at_the_head_of_is_no_speaker() -> None:
    found = events("A hatóság élén álló egykori államtitkár hozzátette: a licit véget ért.")
    assert all(speakers(e) == [] for e in found if e.type == "statement")


def test_a_person_in_the_accusative_is_no_speaker() -> None:
    found = events("Kilenc évre ítélte a Kecskeméti Törvényszék azt az 52 éves férfit.")
    assert all(speakers(e) != ["52-eves-ferfit"] for e in found)


def test_a_clause_opened_by_o_is_spoken_by_the_person_just_told_of() -> None:
    found = events(
        "A rendőrség eljárást indított; a férfit hétfőn kihallgatták, ő azt mondta, hogy a "
        "kormány elromlott."
    )
    statement = next(e for e in found if e.type == "statement")
    assert speakers(statement) == ["ferfit"]


def test_something_concluded_is_no_closure() -> None:
    found = events("A hatóság szerdán lezárult árverésén 112 milliárd forint gyűlt össze.")
    assert "rescue" not in [e.type for e in found]


def test_confirming_to_a_news_agency_is_a_statement() -> None:
    found = events("A Danubia Cargo Kft. ügyvezetője az MTI-nek megerősítette a kormányhibát.")
    assert "statement" in [e.type for e in found]


def test_strengthening_a_dike_is_no_statement() -> None:
    assert "statement" not in [e.type for e in events("A tűzoltók megerősítették a gátat.")]


def test_times_and_counts_in_a_hogy_clause_name_no_subject_of_its_own() -> None:
    found = events("Az NNGYK közölte, hogy tavaly nyáron négy hőségriasztást rendeltek el.")
    warning = next(e for e in found if e.type == "warning")
    assert speakers(warning) == ["nngyk"]


def test_a_request_told_by_its_noun_is_its_possessors_statement() -> None:
    found = events("A csapatot a görög kormány kérésére riasztották.")
    request = next(e for e in found if e.type == "statement")
    assert (request.anchors[0].text, speakers(request)) == ("kérésére", ["greece-government"])


def test_a_medium_spoken_to_is_the_addressee_when_no_speaker_is_found() -> None:
    (said,) = events("– A helyzet nehéz, de bízunk benne – mondta az MTI-nek a tűzoltó ezredes.")
    assert said.type == "statement"
    assert [(p.entity, p.role) for p in said.participants] == [("mti", "addressee")]


def test_the_medium_spoken_to_never_speaks_on() -> None:
    found = article_events(
        "– A helyzet nehéz, de bízunk benne – mondta az MTI-nek a tűzoltó ezredes.",
        "„A munka folytatódik” – fogalmazott.",
    )
    assert all(p.role != "speaker" or p.entity != "mti" for e in found for p in e.participants)


def test_each_result_of_a_contest_is_an_event_of_its_own() -> None:
    found = article_events(
        "Kovács Anna bronzérmet szerzett a budapesti világkupán.",
        "Szabó Péter pénteken legyőzte Nagy Gábort.",
    )
    anchors = [[a.text for a in e.anchors] for e in found if e.type == "meeting"]
    assert anchors == [["bronzérmet szerzett"], ["világkupán"], ["legyőzte"]]


def test_prices_drifting_on_their_own_are_the_countrys_not_the_reporters() -> None:
    found = article_events(
        "Magyarországon a lakások ára tovább emelkedett.",
        "A Magyar Nemzeti Bank szerint a fővárosi lakások gyorsabban drágulnak.",
    )
    (drift,) = [e for e in found if e.anchors[0].text == "drágulnak"]
    assert [(p.entity, p.role) for p in drift.participants] == [("hungary", "subject")]


def test_a_military_exercise_is_military_cooperation() -> None:
    found = events("Amerikai és német katonák vesznek részt a harcászati gyakorlaton.")
    assert [e.type for e in found] == ["military-cooperation"]


def test_a_flood_drill_is_a_rescue() -> None:
    found = events("Árvízvédelmi gyakorlatot tartott csütörtökön Szegeden a vízügyi igazgatóság.")
    assert "rescue" in [e.type for e in found]


def test_in_practice_is_no_exercise() -> None:
    found = events("Magyarország szerint a gyakorlatban ez nem működik.")
    assert found == []


def test_issuing_a_report_is_a_report_of_its_issuer() -> None:
    (report,) = events("A Közlekedésbiztonsági Szervezet 30 napon belül előzetes jelentést ad ki.")
    assert report.type == "report" and report.participants


def test_making_public_later_is_a_report() -> None:
    (report,) = events("A Magyar Nemzeti Bank a következő jelentését májusban teszi közzé.")
    assert report.type == "economic-report" and report.participants


def test_a_river_bursting_its_banks_is_a_disaster_anchored_on_the_whole_phrase() -> None:
    found = events("Szerda éjjel kilépett a medréből a Tisza Magyarországon.")
    assert [(e.type, [a.text for a in e.anchors]) for e in found] == [
        ("disaster", ["kilépett a medréből"])
    ]


def test_a_phrase_verb_reads_its_noun_after_an_article() -> None:
    found = events("Kovács Anna vasárnap megvédte a címét a budapesti versenyen.")
    assert [a.text for e in found for a in e.anchors][:1] == ["megvédte a címét"]


def test_hungary_is_the_setting_of_a_disaster_when_tied_with_a_neighbour() -> None:
    found = article_events(
        "Áradás a folyó mentén.",
        "A folyó szlovákiai vízgyűjtőjén rekordközeli csapadékot mértek.",
        "Magyarország is segítséget ígért.",
    )
    (flood,) = [e for e in found if e.type == "disaster"]
    assert [p.entity for p in flood.participants] == ["hungary"]


def test_an_event_at_an_occasion_told_before_takes_the_occasions_time() -> None:
    found = article_events(
        "Szombaton megnyitották a felújított kiállítást.",
        "A megnyitót Kovács Péter miniszter is megtekintette.",
    )
    (visit,) = [e for e in found if e.type == "visit"]
    assert visit.time is not None  # Saturday's, the only time told


def test_a_speech_act_joined_to_a_clause_at_an_occasion_is_made_at_it() -> None:
    found = article_events(
        "Kedden lakossági fórumot tartottak a városházán.",
        "Kovács Péter polgármester a fórumon elnézést kért, és közölte, hogy a munkák csúsznak.",
    )
    (statement,) = [e for e in found if e.anchors[0].text == "közölte"]
    assert statement.time is not None


def test_mentions_whose_times_say_the_same_day_are_one_event() -> None:
    found = article_events(
        "Vasárnap délután vonat ütközött egy kamionnal Magyarországon.",
        "A baleset idején a MÁV szerint harminc utas ült a vonaton.",
    )
    accidents = [e for e in found if e.type == "accident"]
    assert len(accidents) == 1 and len(accidents[0].anchors) == 2


@pytest.mark.parametrize(
    ("sentence", "anchor"),
    [
        (
            "A nyomozás tavaly decemberben indult, miután az Erste Bank jelezte a "
            "rendőrségnek, hogy több ügyfele pénzt utalt.",
            "jelezte",
        ),
        (
            "A bővítéssel a következő két évben ezer munkahely jön létre, a kormány pedig "
            "18 milliárd forint támogatást nyújt a BMW-nek.",
            "támogatást",
        ),
        (
            "A kormány kedden új programot indított, amelyet a Magyar Nemzeti Bank élesen bírált.",
            "bírált",
        ),
    ],
)
def test_a_time_before_another_clause_is_not_its_events(sentence: str, anchor: str) -> None:
    found = article_events(sentence)
    assert [e.time for e in found if e.anchors[0].text == anchor] == [None]


def test_a_time_told_by_the_trigger_itself_is_not_its_time() -> None:
    found = article_events(
        "Kedden ülést tartott a Fővárosi Közgyűlés.",
        "Az ülés után a Fővárosi Közgyűlés elnöke sajtótájékoztatót tartott.",
    )
    meetings = [e for e in found if e.type == "meeting"]
    assert len(meetings) == 1  # "az ülés után" is after the meeting, not a second one


def test_a_time_by_which_dates_what_is_promised_not_the_promise() -> None:
    found = article_events("A szerb kormány idén júniusra ígéri a vasútvonal átadását.")
    assert [e.time for e in found if e.type == "statement"] == [None]


def test_a_speech_act_at_the_announcement_told_before_is_made_then() -> None:
    found = article_events(
        "A Magyar Telekom kedden jelentette be új budapesti irodája megnyitását.",
        "„Ez nagy lépés” – mondta a bejelentésen Kovács Péter vezérigazgató.",
    )
    (said,) = [e for e in found if e.anchors[0].text == "mondta"]
    (announced,) = [e for e in found if e.anchors[0].text == "jelentette be"]
    assert said.time is not None and said.time == announced.time


def test_a_span_from_one_day_to_another_is_the_events_own_time() -> None:
    found = events("Német katonák a hétfőtől június 13-ig tartó gyakorlaton vesznek részt.")
    assert [e.time is not None for e in found if e.type == "military-cooperation"] == [True]


def test_a_time_up_to_which_something_lasts_is_not_the_events() -> None:
    found = events("A kormány 2028-ig meghosszabbította a Magyar Telekom szerződését.")
    assert all(e.time is None for e in found)


def test_an_addition_in_the_next_sentence_is_the_same_speech_act() -> None:
    found = article_events(
        "Kovács Péter polgármester kedden azt mondta, hogy a hidat lezárják.",
        "Hozzátette, hogy a buszok kerülőúton járnak.",
    )
    statements = [e for e in found if e.type == "statement"]
    assert [[a.text for a in e.anchors] for e in statements] == [["mondta", "Hozzátette"]]


def test_an_addition_with_its_particle_after_it_is_the_same_speech_act() -> None:
    found = article_events(
        "– A hidat lezárják – mondta Kovács Péter polgármester.",
        "– A buszok kerülőúton járnak – tette hozzá.",
    )
    statements = [e for e in found if e.type == "statement"]
    assert [[a.text for a in e.anchors] for e in statements] == [["mondta", "tette hozzá"]]


def test_an_addition_by_someone_else_is_a_speech_act_of_its_own() -> None:
    found = article_events(
        "Kovács Péter polgármester kedden azt mondta, hogy a hidat lezárják.",
        "Nagy Anna képviselő hozzátette, hogy a buszok kerülőúton járnak.",
    )
    statements = [e for e in found if e.type == "statement"]
    assert [speakers(e) for e in statements] == [["peter-kovacs"], ["anna-nagy"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Az Európai Unió Bírósága csütörtökön 75 millió eurós átalányösszeg megfizetésére "
        "kötelezte Magyarországot.",
        "A Gazdasági Versenyhivatal kedden 38 millió forint bírságot szabott ki a Mol Nyrt.-re.",
        "A Gazdasági Versenyhivatal tavaly 2 millió forintra bírságolta a Mol Nyrt.-t.",
    ],
)
def test_an_authority_obliging_or_fining_makes_a_statement(sentence: str) -> None:
    assert [e.type for e in events(sentence)] == ["statement"]


def test_an_obligation_is_no_ruling() -> None:
    assert events("A Mol Nyrt. minden kötelezettségét teljesítette.") == []


def test_a_modal_participle_tells_of_no_act() -> None:
    assert events("A Gazdasági Versenyhivatal által kiszabható bírság 5 millió forint.") == []


def test_an_authority_approving_a_prospectus_makes_a_statement() -> None:
    found = events("A tájékoztatót a Magyar Nemzeti Bank szeptember 18-án hagyta jóvá.")
    assert [(e.type, speakers(e)) for e in found] == [("statement", ["mnb"])]


def test_a_legislature_approving_makes_legislation() -> None:
    found = events("A debreceni közgyűlés kedden jóváhagyta a város költségvetését.")
    assert [(e.type, [p.entity for p in e.participants]) for e in found] == [
        ("legislation", ["debreceni-kozgyules"])
    ]


def test_the_source_of_a_price_change_is_not_its_agent() -> None:
    (change,) = events(
        "A KSH szerint Magyarországon az élelmiszerek ára májusban 5,8 százalékkal nőtt."
    )
    assert [(p.entity, p.role) for p in change.participants] == [("hungary", "subject")]


def test_a_company_raising_its_prices_is_the_agent() -> None:
    (change,) = events("A Magyar Telekom szerdától 5 százalékkal emeli a díjait.")
    assert [(p.entity, p.role) for p in change.participants] == [("magyar-telekom", "agent")]


def test_the_ballots_counted_are_no_vote() -> None:
    assert events("A Fidesz–KDNP a szavazatok 51,2 százalékát szerezte meg.") == []


def test_a_complaint_filed_is_a_statement_not_legislation() -> None:
    found = events("A Tisza Párt kedden panaszt nyújtott be a Kúriához.")
    assert [(e.type, speakers(e)) for e in found] == [("statement", ["tisza-part"])]


def test_a_budget_submitted_is_legislation() -> None:
    found = events(
        "A kormány a hónap végén nyújtja be a költségvetés tervezetét az Országgyűlésnek."
    )
    assert [e.type for e in found] == ["legislation"]


def test_money_accepted_is_no_law() -> None:
    found = events("Kovács Péter 2021-ben 38 millió forintot fogadott el a Mol Nyrt.-től.")
    assert "legislation" not in [e.type for e in found]


def test_a_legislature_accepting_a_budget_makes_legislation() -> None:
    found = events("Az Országgyűlés kedden elfogadta a költségvetés módosítását.")
    assert [(e.type, [p.entity for p in e.participants]) for e in found] == [
        ("legislation", ["orszaggyules"])
    ]


def test_the_noun_of_closing_tells_of_no_closing_off() -> None:
    found = events("A Magyar Közút Nonprofit Zrt. értesítette az önkormányzatot a lezárásról.")
    assert [e.type for e in found] == ["statement"]


def test_closing_off_a_road_is_told_by_its_verb() -> None:
    found = events("A tűz miatt a rendőrség kedden három órára lezárta az utat.")
    assert [e.type for e in found] == ["rescue"]


def test_support_for_an_initiative_is_no_military_cooperation() -> None:
    found = events("Magyarország minden olyan kezdeményezést támogat, amely a tűzszünethez vezet.")
    assert "military-cooperation" not in [e.type for e in found]


def test_support_for_a_war_is_military_cooperation() -> None:
    found = events("Észak-Korea továbbra is támogatja Oroszország háborúját.")
    assert "military-cooperation" in [e.type for e in found]


def test_a_quotation_after_a_denial_is_the_denial_s_own_words() -> None:
    found = article_events(
        "A Mol Nyrt. szóvivője, Kovács Péter kedden cáfolta, hogy a cég eladná a finomítót.",
        "– Ilyen tárgyalásról nem tudok – mondta Kovács Péter.",
    )
    assert [(e.type, [a.text for a in e.anchors]) for e in found] == [
        ("denial", ["cáfolta", "mondta"])
    ]


def test_a_quotation_after_a_statement_is_left_a_statement_of_its_own() -> None:
    found = article_events(
        "Kovács Péter kedden azt mondta, hogy a finomító marad.",
        "– Ilyen tárgyalásról nem tudok – mondta Kovács Péter.",
    )
    assert [e.type for e in found] == ["statement", "statement"]


def test_a_leak_is_an_accident() -> None:
    found = events("A Borsodi Vegyi Zrt. telephelyén kedden lúg szivárgott a Sajóba.")
    assert [e.type for e in found] == ["accident"]


def test_an_approval_by_no_one_named_is_no_one_s_decision() -> None:
    found = article_events(
        "Kovács Péter polgármester kedden azt mondta, hogy a hidat lezárják.",
        "Tavaly jóváhagyták a tervet.",
    )
    assert [[a.text for a in e.anchors] for e in found] == [["mondta"]]


def test_a_court_obliging_a_state_speaks_and_the_state_is_bound() -> None:
    (ruling,) = events(
        "Az Európai Unió Bírósága csütörtökön 75 millió eurós átalányösszeg megfizetésére "
        "kötelezte Magyarországot."
    )
    assert [(p.entity, p.role) for p in ruling.participants] == [
        ("cjeu", "speaker"),
        ("hungary", "subject"),
    ]


def test_a_fine_with_no_authority_named_has_no_speaker() -> None:
    found = article_events(
        "Kovács Péter polgármester kedden azt mondta, hogy a hidat lezárják.",
        "Tavaly 2 millió forintra bírságolták a Mol Nyrt.-t.",
    )
    fine = next(e for e in found if e.anchors[0].text == "bírságolták")
    assert [(p.entity, p.role) for p in fine.participants] == [("mol", "subject")]


def test_counted_companies_told_by_an_adjective_invest_not_their_state() -> None:
    (investment,) = events("Tavaly 31 japán vállalat hajtott végre beruházást Magyarországon.")
    assert [p.entity for p in investment.participants] == ["31-japan-vallalat"]


def test_a_described_set_after_the_verb_protests() -> None:
    (protest,) = events("Traktorokkal tüntettek a magyar gazdák.")
    assert [p.entity for p in protest.participants] == ["hungary-farmers"]


def test_a_plural_noun_subject_is_a_party_to_the_contracts() -> None:
    (agreement,) = events("Októberig mintegy 18 ezer szerződést kötöttek a bankok.")
    assert [p.entity for p in agreement.participants] == ["bankok"]


def test_a_set_before_a_postposition_is_no_party() -> None:
    assert events("A gazdák ellen kötöttük ezt a megállapodást.") == []


def test_a_set_in_the_accusative_is_no_agent() -> None:
    (investment,) = events("A beruházás a hazai startupokat is segíti.")
    assert "hungary-startups" not in [p.entity for p in investment.participants]


def test_a_plural_writing_of_what_is_said_is_a_statement_of_the_set() -> None:
    (said,) = events("A szülők azt írták, hogy az iskola nem értesítette őket.")
    assert (said.type, said.anchors[0].text) == ("statement", "írták")
    assert [p.entity for p in said.participants] == ["parents-group"]


def test_a_plural_signing_is_no_statement() -> None:
    assert "statement" not in [e.type for e in events("A petíciót 640-en írták alá.")]


def test_a_complaint_is_a_statement_of_whoever_makes_it() -> None:
    (said,) = events("Több szülő azt kifogásolta, hogy az iskola nem értesítette őket.")
    assert (said.type, [p.entity for p in said.participants]) == ("statement", ["parents-group"])


def test_whom_an_agreement_is_made_with_is_a_party() -> None:
    (agreement,) = events("A párt februárig megállapodást köt a koalíciós partnerekkel.")
    assert "partners-group" in [p.entity for p in agreement.participants]


def test_a_body_in_the_comitative_of_an_agreement_is_a_party() -> None:
    (agreement,) = events(
        "A magyar rendőrség júniusban megállapodást írt alá a szerb rendőrséggel."
    )
    assert "szerb-rendorseg" in [p.entity for p in agreement.participants]


def test_the_source_of_a_szerint_takes_no_part_in_the_meeting_it_tells_of() -> None:
    (meeting,) = events("Az RMDSZ elnöke szerint a párt a jövő héten tárgyal a kormánnyal.")
    assert [p.entity for p in meeting.participants] == ["part"]


def test_a_company_whose_shares_grow_dearer_is_the_subject_not_its_country() -> None:
    (change,) = events("Magyarországon a 4iG papírja szerdán 5 százalékot drágult.")
    assert [(p.entity, p.role) for p in change.participants] == [("4ig", "subject")]


def test_a_price_with_no_owner_named_still_drifts_in_the_country() -> None:
    (change,) = events("Magyarországon a lakások ára tavaly 10 százalékkal drágult.")
    assert [p.entity for p in change.participants] == ["hungary"]


def test_a_spokesperson_telling_of_a_trial_takes_no_part_in_it() -> None:
    meeting = next(
        e
        for e in events(
            "A Győri Ítélőtábla szóvivője azt mondta, hogy a másodfokú tárgyalásra jövő "
            "tavasszal kerül sor."
        )
        if e.type == "meeting"
    )
    assert [p.entity for p in meeting.participants] == ["gyori-itelotabla"]


def test_a_person_telling_of_a_meeting_is_not_among_those_who_meet() -> None:
    meeting = next(
        e
        for e in events(
            "Kovács Ádám azt mondta, hogy a válogatott jövő héten Szegeden egyeztet a szövetséggel."
        )
        if e.type == "meeting"
    )
    assert "adam-kovacs" not in [p.entity for p in meeting.participants]


def test_a_person_who_meets_is_still_its_participant() -> None:
    (meeting,) = events("Kovács Ádám kedden Szegeden egyeztetett a polgármesterrel.")
    assert [p.entity for p in meeting.participants][:1] == ["adam-kovacs"]


def test_making_a_proposal_is_a_statement_of_the_body_that_makes_it() -> None:
    said = [
        e
        for e in events(
            "Ursula von der Leyen azt mondta, hogy az Európai Bizottság a hónap végéig "
            "javaslatot tesz a migránsok visszaküldésére."
        )
        if e.anchors[0].text == "javaslatot tesz"
    ]
    assert [(e.type, e.participants[0].entity) for e in said] == [
        ("statement", "european-commission")
    ]


def test_a_protest_note_handed_over_is_a_statement() -> None:
    found = events("A Fülöp-szigetek tiltakozó jegyzéket adott át Kína nagykövetének.")
    assert ("statement", "jegyzéket adott") in [(e.type, e.anchors[0].text) for e in found]


def test_a_proposal_received_is_no_statement() -> None:
    assert events("A csapat jó javaslatot kapott.") == []


def test_shelter_given_is_a_rescue_not_an_assurance() -> None:
    (rescue,) = events("Az önkormányzat a művelődési házban 40 embernek biztosít szállást.")
    assert (rescue.type, rescue.anchors[0].text) == ("rescue", "biztosít szállást")


def test_the_institution_an_outbreak_broke_out_in_is_whom_it_befell() -> None:
    (outbreak,) = events("Tavaly egy szegedi kórházban is norovírus-járvány tört ki.")
    assert [p.entity for p in outbreak.participants] == ["szegedi-korhaz"]


def test_the_source_of_a_szerint_is_no_visitor() -> None:
    found = events("Vác polgármestere szerint a város évente 80 ezer látogatóra számít.")
    assert "visit" not in [e.type for e in found]


def test_the_visitor_told_of_after_a_szerint_still_visits() -> None:
    (visit,) = events("Kovács Péter szerint Orbán Viktor jövő héten Pekingbe látogat.")
    assert visit.participants[0].entity == "viktor-orban"
