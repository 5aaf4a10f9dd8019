"""`extract(article) -> Annotation`: the whole rule-based reading of one article.

Order matters and is fixed: times first (numbers inside dates are no quantities),
entities next (events and claims are about them), then quantities, events and
claims over the same per-sentence context, and last the links between claims and
events. Every item is marked machine-made.
"""

from __future__ import annotations

import re

from kb import iris
from kb.extract.claims import find_claims
from kb.extract.context import sentences_with_context
from kb.extract.entities import find_entities
from kb.extract.events import find_events
from kb.extract.links import link
from kb.extract.quantities import find_quantities
from kb.extract.timex import find_times
from kb.model import Annotation, Article, ArticleMeta, Entity, Quantity

_ATTRIBUTION = re.compile(r"(?:írja|jelenti|közölte|közli)\s+(?:az?\s+)?(\w+)|\((\w+)\)\s*$")


def extract(article: Article, slug: str | None = None) -> Annotation:
    """A draft annotation of `article`; `slug` defaults to date + headline words."""
    published = article.published.date()
    times = find_times(article.sentences, published)
    entities = find_entities(article.text, article.sentences)
    time_spans = tuple(t.span for t in times if t.span is not None)
    quantities: list[list[Quantity]] = []
    previous: Quantity | None = None
    for sentence in article.sentences:
        found = find_quantities(article.text, sentence, previous, time_spans)
        quantities.append(found)
        previous = found[-1] if found else previous
    context = sentences_with_context(article.sentences, entities, times)
    meta = ArticleMeta(
        slug=slug or _slug(article),
        source=_source(article, entities),
        about=_about(entities),
        annotator="machine",
    )
    events, claims = link(find_events(context), find_claims(context, quantities), article.sentences)
    return Annotation(article=meta, entities=entities, times=times, events=events, claims=claims)


def _slug(article: Article) -> str:
    """The publication date and the headline's first four words."""
    words = iris.slugify(article.headline.text).split("-")[:4]
    return "-".join([article.published.date().isoformat(), *filter(None, words)])


def _source(article: Article, entities: tuple[Entity, ...]) -> str | None:
    """The news agency credited in the text ("– írja az MTI", "(MTI)")."""
    credited = {m.group(1) or m.group(2) for m in _ATTRIBUTION.finditer(article.text)}
    for entity in entities:
        if entity.type == "NewsAgency" and any(m.span.text in credited for m in entity.mentions):
            return entity.id
    return None


def _about(entities: tuple[Entity, ...]) -> tuple[str, ...]:
    """The two most mentioned states or persons: what the article is about."""
    ranked = sorted(
        (e for e in entities if e.type in ("State", "Person")),
        key=lambda e: -len(e.mentions),
    )
    return tuple(e.id for e in ranked[:2])
