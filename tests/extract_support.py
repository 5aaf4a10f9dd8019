"""What the entity-extraction tests share: run the finder on sentences, read mentions."""

from __future__ import annotations

from kb.extract.entities import find_entities
from kb.model import Entity, Span


def entities(*sentences: str) -> dict[str, Entity]:
    """The entities found in `sentences`, joined by spaces as one article body."""
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append(Span(sentence, start, start + len(sentence)))
        start += len(sentence) + 1
    return {e.id: e for e in find_entities(text, tuple(spans))}


def mentions(entity: Entity) -> list[str]:
    return [m.span.text for m in entity.mentions]
