"""What an unknown name is, read off its words: "Fővárosi Törvényszéken" is a government
body, "Országos Mentőszolgálat" too, "Miskolcon" a place.

Hungarian institution names end in a head noun, often inside a compound
("Mentőszolgálat", "Főkapitányság"), with a case or possessive ending after it; the
head decides the type. A lone unknown word in a place case ("-on", "-ban", "-ról")
is most often a town.
"""

from __future__ import annotations

from kb.extract.inflection import stems
from kb.extract.lexicon import (
    GOVERNMENT_WORDS,
    LOCATIVE_ENDINGS,
    ORGANIZATION_WORDS,
    PLACE_WORDS,
)
from kb.model import EntityType

_LENGTHENED = {"á": "a", "é": "e"}


def head_type(word: str) -> EntityType | None:
    """The entity type the head noun at the end of `word` names, if any; an adjective
    made of one ("Központi", "Vármegyei") names nothing."""
    if word.endswith("i"):
        return None
    forms = stems(word)
    for heads, type_ in (
        (GOVERNMENT_WORDS, "GovernmentBody"),
        (ORGANIZATION_WORDS, "Organization"),
        (PLACE_WORDS, "Place"),
    ):
        if any(form.endswith(heads) for form in forms):
            return type_  # type: ignore[return-value]
    return None


def place_nominative(word: str) -> str | None:
    """The town a word in a place case names ("Miskolcon" → "Miskolc", "Tatabányán" →
    "Tatabánya"), or None when the word has no such ending."""
    for ending in LOCATIVE_ENDINGS:
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) >= 3:
            if ending in ("án", "én"):
                return base + _LENGTHENED[ending[0]]
            if base[-1] in _LENGTHENED and ending in ("ban", "ben", "ba", "be", "ból", "ből"):
                return base[:-1] + _LENGTHENED[base[-1]]  # "Tatabányában"
            return base
    return None
