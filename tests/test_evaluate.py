"""kb.extract.evaluate: items match by their words, not their ids."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import run_kb

from kb.extract.evaluate import Score, evaluate, total
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


def test_an_event_needs_type_anchor_a_gold_participant_and_the_time() -> None:
    kim = entity("kim-jong-un", "Person", KIM)
    gold_event = Event(
        "e", "statement", (Span("mondta", 30, 36),), (Participant("kim-jong-un", "speaker"),)
    )
    gold = Annotation(META, entities=(kim,), events=(gold_event,))
    pred_kim = entity("x", "Person", KIM)
    right = Event("p", "statement", (Span("mondta", 30, 36),), (Participant("x", "speaker"),))
    wrong_type = Event("p", "warning", right.anchors, right.participants)
    assert (
        evaluate(Annotation(META, (pred_kim,), events=(right,)), gold, PUBLISHED)["events"].tp == 1
    )
    assert (
        evaluate(Annotation(META, (pred_kim,), events=(wrong_type,)), gold, PUBLISHED)["events"].tp
        == 0
    )


def test_a_claim_needs_a_gold_speaker_and_the_gold_range() -> None:
    kim = entity("kim-jong-un", "Person", KIM)
    quote = Span("több mint tízezer katona", 40, 64)
    amount = Quantity(Span("több mint tízezer", 40, 57), min=10_000, min_inclusive=False)
    gold = Annotation(
        META,
        entities=(kim,),
        claims=(Claim("c", "estimate", "asserts", quote, ("kim-jong-un",), quantity=amount),),
    )
    pred_kim = entity("x", "Person", KIM)
    right = Claim("p", "estimate", "asserts", quote, ("x",), quantity=amount)
    no_number = Claim("p", "estimate", "asserts", quote, ("x",))
    assert (
        evaluate(Annotation(META, (pred_kim,), claims=(right,)), gold, PUBLISHED)["claims"].tp == 1
    )
    assert (
        evaluate(Annotation(META, (pred_kim,), claims=(no_number,)), gold, PUBLISHED)["claims"].tp
        == 0
    )


def test_total_adds_up_the_counts_of_articles() -> None:
    one = {layer: Score(1, 0, 1) for layer in ("entities", "links", "times", "events", "claims")}
    assert total([one, one])["entities"] == Score(2, 0, 2)


def test_evaluate_reports_a_gold_that_is_no_folder_like_every_command(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not an article", encoding="utf-8")
    result = run_kb("evaluate", "--extract", notes)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kb: {notes}: not an article folder")
