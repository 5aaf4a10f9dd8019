"""kb.extract.events: triggers of every event type, participants, time."""

from __future__ import annotations

import datetime as dt

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
    assert [e.time for e in found if e.type == "price-change"] == [None]


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
    assert [p.entity for p in statement.participants] == ["szegedi-tudomanyegyetem"]


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
