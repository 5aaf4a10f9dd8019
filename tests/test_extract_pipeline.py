"""kb.extract.extract: a whole draft, and its claims and events, on a small article."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.extract import extract
from kb.extract.claims import find_claims
from kb.extract.context import sentences_with_context
from kb.extract.entities import find_entities
from kb.model import Annotation, Article, Span
from kb.read.article import read_article
from kb.read.check import check_annotation

MINI = Path(__file__).parent / "data" / "extract" / "mini"


@pytest.fixture(scope="module")
def article() -> Article:
    return read_article(MINI)


@pytest.fixture(scope="module")
def draft(article: Article) -> Annotation:
    return extract(article, slug="mini")


def test_the_draft_passes_the_annotation_checks(article: Article, draft: Annotation) -> None:
    check_annotation(draft, article, "draft")


def test_every_item_is_machine_made_with_a_confidence(draft: Annotation) -> None:
    items = [*draft.entities, *draft.times, *draft.events, *draft.claims]
    assert items
    assert {(i.prov.origin, i.prov.confidence is not None) for i in items} == {("machine", True)}
    assert draft.article.annotator == "machine"


def test_the_credited_agency_is_the_article_source(draft: Annotation) -> None:
    assert draft.article.source == "mti"


def test_x_szerint_makes_a_claim_attributed_to_x_with_its_quantity(draft: Annotation) -> None:
    claim = next(c for c in draft.claims if c.quantity and c.quantity.min == 10_000)
    assert claim.speakers == ("us-department-of-defense",)
    assert claim.quote.text.startswith("több mint tízezer")


def test_a_warning_is_a_possible_claim_of_the_speaker(draft: Annotation) -> None:
    claim = next(c for c in draft.claims if c.type == "warning")
    assert (claim.speakers, claim.stance) == (("volodymyr-zelenskyy",), "possible")
    assert claim.quantity is not None and claim.quantity.max == 100_000


def test_a_visit_has_visitor_host_place_and_time(draft: Annotation) -> None:
    visit = next(e for e in draft.events if e.type == "visit")
    roles = {(p.entity, p.role) for p in visit.participants}
    assert roles == {("vladimir-putin", "visitor"), ("north-korea", "host")}
    assert visit.place == "pyongyang"
    time = next(t for t in draft.times if t.id == visit.time)
    assert time.value == "2024-11-26"


def test_sending_to_a_capital_as_recipient_reads_sender_and_recipient(draft: Annotation) -> None:
    sending = next(e for e in draft.events if e.type == "troop-deployment")
    assert {(p.entity, p.role) for p in sending.participants} >= {
        ("north-korea", "sender"),
        ("russia", "recipient"),
    }


def test_an_apposition_before_szerint_leaves_the_name_out_of_the_quote() -> None:
    headline = "Cím."
    sentence = "Tóth Gergely alezredes, a magyar egység parancsnoka szerint a csapat marad."
    text = f"{headline} {sentence}"
    spans = (Span(headline, 0, 4), Span(sentence, 5, len(text)))
    context = sentences_with_context(spans, find_entities(text, spans), ())
    (claim,) = find_claims(context, [[], []])
    assert (claim.quote.text, claim.speakers[0]) == ("a csapat marad", "gergely-toth")
