"""No wrong fact on any tuning gold: every Wikidata link gold can judge is right, and
no time lands on the other side of publication than gold's (kb.extract.evaluate)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.extract.evaluate import wrong_facts
from kb.extract.pipeline import extract
from kb.read.annotation import load_annotation
from kb.read.article import read_article

ROOT = Path(__file__).parent.parent
TUNING = (Path(__file__).parent / "data" / "extract" / "tuning-articles.txt").read_text()


@pytest.mark.parametrize("slug", TUNING.split())
def test_a_draft_states_no_wrong_link_and_no_date_on_the_wrong_side(slug: str) -> None:
    folder = ROOT / "articles" / slug
    article = read_article(folder)
    gold = load_annotation(folder / "annotation.yaml")
    draft = extract(article, slug=slug)
    assert wrong_facts(draft, gold, article.published.date()) == {
        "wrong links": 0,
        "wrong-side dates": 0,
    }
