"""kb.extract.evaluate: items match by their words, not their ids."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from conftest import run_kb

from kb.extract.evaluate import LAYERS, Score, evaluate, family, total, wrong_facts
from kb.model import (
    Annotation,
    ArticleMeta,
    Claim,
    Entity,
    Event,
    Mention,
    Name,
    Participant,
    Quantity,
    Span,
    TimeExpression,
)

PUBLISHED = dt.date(2024, 11, 30)
META = ArticleMeta(slug="a")
RUSSIA = Span("Oroszország", 0, 11)
KIM = Span("Kim", 20, 23)


def entity(id_: str, type_: str, *spans: Span, wikidata: str | None = None) -> Entity:
    mentions = tuple(Mention(s) for s in spans)
    return Entity(id_, type_, Name(id_, id_), mentions, wikidata=wikidata)  # type: ignore[arg-type]


def test_score_computes_precision_recall_and_f1() -> None:
    score = Score(tp=3, fp=1, fn=2)
    assert (score.precision, score.recall, round(score.f1, 3)) == (0.75, 0.6, 0.667)


def test_an_entity_mention_matches_by_offsets_and_type_not_id() -> None:
    gold = Annotation(META, entities=(entity("russia", "State", RUSSIA),))
    pred = Annotation(META, entities=(entity("e1", "State", RUSSIA),))
    assert evaluate(pred, gold, PUBLISHED)["entities"] == Score(1, 0, 0)


def test_a_mention_of_the_wrong_type_is_a_false_positive_and_a_miss() -> None:
    gold = Annotation(META, entities=(entity("russia", "State", RUSSIA),))
    pred = Annotation(META, entities=(entity("russia", "Place", RUSSIA),))
    assert evaluate(pred, gold, PUBLISHED)["entities"] == Score(0, 1, 1)


def test_an_entity_with_no_mention_has_no_words_to_be_found_by() -> None:
    literal = entity("moscow", "Place")
    gold = Annotation(META, entities=(entity("russia", "State", RUSSIA), literal))
    pred = Annotation(META, entities=(entity("e1", "State", RUSSIA), entity("e2", "Place")))
    assert evaluate(pred, gold, PUBLISHED)["entities"] == Score(1, 0, 0)


def test_a_link_needs_the_same_wikidata_id() -> None:
    gold = Annotation(META, entities=(entity("russia", "State", RUSSIA, wikidata="Q159"),))
    pred = Annotation(META, entities=(entity("russia", "State", RUSSIA, wikidata="Q212"),))
    assert evaluate(pred, gold, PUBLISHED)["links"] == Score(0, 1, 1)


def test_a_time_matches_when_spans_overlap_and_bounds_are_equal() -> None:
    gold = TimeExpression("june", "month", Span("júniusban", 5, 14), value="2024-06")
    same = TimeExpression("t1", "month", Span("júniusban", 5, 14), value="2024-06")
    wrong = TimeExpression("t1", "month", Span("júniusban", 5, 14), value="2023-06")
    gold_annotation = Annotation(META, times=(gold,))
    assert evaluate(Annotation(META, times=(same,)), gold_annotation, PUBLISHED)["times"].tp == 1
    assert evaluate(Annotation(META, times=(wrong,)), gold_annotation, PUBLISHED)["times"].tp == 0


def _kim_event(type_: str) -> tuple[Annotation, Annotation]:
    kim = entity("kim-jong-un", "Person", KIM)
    gold_event = Event(
        "e", "statement", (Span("mondta", 30, 36),), (Participant("kim-jong-un", "speaker"),)
    )
    gold = Annotation(META, entities=(kim,), events=(gold_event,))
    pred_kim = entity("x", "Person", KIM)
    pred_event = Event("p", type_, (Span("mondta", 30, 36),), (Participant("x", "speaker"),))  # type: ignore[arg-type]
    return Annotation(META, (pred_kim,), events=(pred_event,)), gold


def test_a_strict_event_needs_the_narrow_type_anchor_a_participant_and_the_time() -> None:
    assert evaluate(*_kim_event("statement"), PUBLISHED)["events-strict"].tp == 1
    assert evaluate(*_kim_event("warning"), PUBLISHED)["events-strict"].tp == 0


def _timed(annotation: Annotation, time: TimeExpression) -> Annotation:
    """The annotation with its one event at `time`."""
    (event,) = annotation.events
    return replace(annotation, times=(time,), events=(replace(event, time=time.id),))


def test_a_strict_event_timed_only_by_its_tense_matches_a_wordless_time_of_equal_bounds() -> None:
    pred, gold = _kim_event("statement")
    ahead = TimeExpression("t-gold", "relative", earliest=PUBLISHED)
    assert (
        evaluate(_timed(pred, replace(ahead, id="t1")), _timed(gold, ahead), PUBLISHED)[
            "events-strict"
        ].tp
        == 1
    )
    behind = replace(ahead, id="t1", earliest=None, latest=PUBLISHED)
    assert evaluate(_timed(pred, behind), _timed(gold, ahead), PUBLISHED)["events-strict"].tp == 0


def test_a_time_with_no_words_is_no_time_expression_to_find() -> None:
    gold = Annotation(META, times=(TimeExpression("t-tense", "relative", earliest=PUBLISHED),))
    assert evaluate(Annotation(META), gold, PUBLISHED)["times"] == Score(0, 0, 0)


def test_a_lenient_event_needs_only_the_type_family_in_the_sentence() -> None:
    sentence = (Span("x" * 50, 0, 50),)
    assert evaluate(*_kim_event("warning"), PUBLISHED, sentence)["events"].tp == 1
    assert evaluate(*_kim_event("visit"), PUBLISHED, sentence)["events"].tp == 0


def test_a_type_family_is_the_broadest_concept_above_it_in_the_ontology() -> None:
    assert (family("warning"), family("speech-act"), family("visit")) == (
        "speech-act",
        "speech-act",
        "visit",
    )


def test_an_entity_is_found_by_any_one_mention_of_the_right_type() -> None:
    gold = Annotation(META, entities=(entity("russia", "State", RUSSIA, Span("orosz", 40, 45)),))
    pred = Annotation(META, entities=(entity("e1", "State", RUSSIA),))
    scores = evaluate(pred, gold, PUBLISHED)
    assert (scores["entities"], scores["mentions"]) == (Score(1, 0, 0), Score(1, 0, 1))


def _claims(pred_quantity: Quantity | None) -> tuple[Annotation, Annotation]:
    kim = entity("kim-jong-un", "Person", KIM)
    quote = Span("több mint tízezer katona", 40, 64)
    amount = Quantity(Span("több mint tízezer", 40, 57), min=10_000, min_inclusive=False)
    gold = Annotation(
        META,
        entities=(kim,),
        claims=(Claim("c", "estimate", "asserts", quote, ("kim-jong-un",), quantity=amount),),
    )
    pred_claim = Claim("p", "estimate", "asserts", quote, ("x",), quantity=pred_quantity)
    return Annotation(META, (entity("x", "Person", KIM),), claims=(pred_claim,)), gold


def test_a_claim_needs_a_gold_speaker_and_its_quantity_the_gold_range() -> None:
    amount = Quantity(Span("több mint tízezer", 40, 57), min=10_000, min_inclusive=False)
    wrong = Quantity(Span("több mint tízezer", 40, 57), min=10, min_inclusive=False)
    right = evaluate(*_claims(amount), PUBLISHED)
    assert (right["claims"].tp, right["quantities"].tp) == (1, 1)
    no_number = evaluate(*_claims(None), PUBLISHED)
    assert (no_number["claims"].tp, no_number["quantities"]) == (1, Score(0, 0, 1))
    assert evaluate(*_claims(wrong), PUBLISHED)["quantities"] == Score(0, 1, 1)


def test_a_link_where_gold_names_another_entity_is_a_wrong_fact() -> None:
    budapest = Span("Budapest", 0, 8)
    gold = Annotation(META, entities=(entity("budapest", "Place", budapest, wikidata="Q1781"),))
    pred = Annotation(
        META,
        entities=(
            entity("budapest", "Place", budapest, wikidata="Q1781"),
            entity("hungary", "State", budapest, wikidata="Q28"),
        ),
    )
    assert wrong_facts(pred, gold, PUBLISHED)["wrong links"] == 1
    assert evaluate(pred, gold, PUBLISHED)["links"] == Score(1, 1, 0)


def test_a_link_where_gold_gives_that_entity_no_id_is_not_judged() -> None:
    gold = Annotation(META, entities=(entity("russia", "State", RUSSIA),))
    pred = Annotation(META, entities=(entity("russia", "State", RUSSIA, wikidata="Q159"),))
    assert wrong_facts(pred, gold, PUBLISHED)["wrong links"] == 0
    assert evaluate(pred, gold, PUBLISHED)["links"] == Score(0, 0, 0)


def test_a_time_on_the_other_side_of_publication_is_a_wrong_fact() -> None:
    span = Span("kedden", 5, 11)
    gold = Annotation(META, times=(TimeExpression("t", "day", span, value="2024-11-26"),))
    future = Annotation(META, times=(TimeExpression("p", "day", span, value="2024-12-03"),))
    assert wrong_facts(future, gold, PUBLISHED)["wrong-side dates"] == 1
    assert wrong_facts(gold, gold, PUBLISHED)["wrong-side dates"] == 0


def test_total_adds_up_the_counts_of_articles() -> None:
    one = {layer: Score(1, 0, 1) for layer in LAYERS}
    assert total([one, one])["entities"] == Score(2, 0, 2)


def test_evaluate_reports_a_gold_that_is_no_folder_like_every_command(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not an article", encoding="utf-8")
    result = run_kb("evaluate", "--extract", notes)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kb: {notes}: not an article folder")


def test_items_are_matched_one_to_one_at_most_not_first_come() -> None:
    one = Span("Oroszország", 0, 11)
    both = entity("x", "State", one, KIM)
    gold = Annotation(META, entities=(entity("a", "State", one, KIM), entity("b", "State", one)))
    pred = Annotation(META, entities=(entity("q", "State", one), entity("p", "State", KIM)))
    assert evaluate(pred, gold, PUBLISHED)["entities"] == Score(2, 0, 0)
    assert evaluate(Annotation(META, entities=(both,)), gold, PUBLISHED)["entities"] == Score(
        1, 0, 1
    )
