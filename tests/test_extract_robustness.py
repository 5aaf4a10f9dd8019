"""`kb extract` drafts any text it is given: unseen articles are mangled, cut off and dated
anywhere, and one exception loses the article (it once did: a weekday range with no such
weekday before its end). Every draft still quotes its words exactly where they stand."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from pathlib import Path

import pytest

from kb.extract.pipeline import extract
from kb.model import Annotation, Span
from kb.read.article import Article, read_article

ROOT = Path(__file__).parent.parent
TUNING = (Path(__file__).parent / "data" / "extract" / "tuning-articles.txt").read_text().split()
WORDS = ("hétfőtől", "április 25-ig", "tavaly", "jövőre", "–", "„", "”", "(", ")", "Zrt.",
         "és", "között", "óta", "-ig", "szerint", "mintegy", "másfél", "ezer", "2024.")  # fmt: skip


@pytest.mark.parametrize("slug", TUNING[::8])
def test_a_draft_is_made_and_quotes_its_words_whatever_the_day_of_publication(slug: str) -> None:
    article = read_article(ROOT / "articles" / slug)
    days = random.Random(slug)
    for _ in range(6):
        day = dt.date(days.randint(2001, 2030), days.randint(1, 12), days.randint(1, 28))
        published = article.published.replace(year=day.year, month=day.month, day=day.day)
        _assert_quoted(replace(article, published=published), slug)


@pytest.mark.parametrize("seed", range(40))
def test_a_draft_is_made_and_quotes_its_words_from_mangled_text(seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed)
    text = (ROOT / "articles" / rng.choice(TUNING) / "article.txt").read_text(encoding="utf-8")
    head, dateline, body = text.split("\n", 2)
    (tmp_path / "article.txt").write_text(
        f"{head}\n{dateline}\n{_mangled(body, rng)}", encoding="utf-8"
    )
    _assert_quoted(read_article(tmp_path), "mangled")


def _mangled(body: str, rng: random.Random) -> str:
    """The body cut off, reordered, stripped of full stops, or strewn with numbers or
    with the words that time, quantity and name readings look for."""
    kind = rng.randrange(5)
    if kind == 0:
        return body[: rng.randint(1, len(body))]
    if kind == 1:
        lines = body.split("\n")
        rng.shuffle(lines)
        return "\n".join(lines)
    if kind == 2:
        return body.replace(".", "")

    def strewn() -> str:
        return str(rng.randint(0, 3000)) if kind == 3 else rng.choice(WORDS)

    return " ".join(word if rng.random() > 0.15 else strewn() for word in body.split(" "))


def _assert_quoted(article: Article, slug: str) -> None:
    draft = extract(article, slug=slug)
    assert isinstance(draft, Annotation)
    for span in _spans(draft):
        assert article.text[span.start : span.end] == span.text


def _spans(draft: Annotation) -> list[Span]:
    mentions = [m.span for e in draft.entities for m in e.mentions]
    times = [t.span for t in draft.times if t.span]
    anchors = [a for e in draft.events for a in e.anchors]
    quotes = [c.quote for c in draft.claims]
    return [*mentions, *times, *anchors, *quotes]
