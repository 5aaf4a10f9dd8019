"""What an unknown name is, read off its last word: "Fővárosi Törvényszéken" is a
government body, "Országos Mentőszolgálat" too.

Hungarian institution names end in a head noun, often inside a compound
("Mentőszolgálat", "Főkapitányság"), with a case or possessive ending after it; the
head decides the type. A lone unknown word in a place case ("-on", "-ban", "-ról")
is most often a town.
"""

from __future__ import annotations

from functools import cache

from kb.extract.lexicon import GOVERNMENT_WORDS, MEDIA_WORDS, ORGANIZATION_WORDS, PLACE_WORDS
from kb.extract.morphology import stems
from kb.model import EntityType


@cache
def head_type(word: str) -> EntityType | None:
    """The entity type the head noun at the end of `word` names, if any; an adjective
    made of one ("Központi", "Vármegyei") names nothing."""
    if word.endswith("i"):
        return None
    forms = stems(word)
    if "tv" in forms:
        return "NewsAgency"  # "Szolnok TV-nek", "az M1 tv"
    found = [
        (max(len(h) for h in heads if form.endswith(h)), type_)
        for heads, type_ in _HEADS
        for form in forms
        if form.endswith(heads)
    ]
    return max(found)[1] if found else None  # the longest head: "Kutatóközpont", not "központ"


_HEADS: tuple[tuple[tuple[str, ...], EntityType], ...] = (
    (GOVERNMENT_WORDS, "GovernmentBody"),
    (ORGANIZATION_WORDS, "Organization"),
    (PLACE_WORDS, "Place"),
    (MEDIA_WORDS, "NewsAgency"),
)
