"""Word forms of names no list knows: their nominative, and their English spelling.

An unknown name is met inflected ("Ivanovval", "Varnavaszt") and must be stored in the
nominative; a Slavic name is written the Hungarian way ("Belouszov") and its English
name is a rough transliteration back.
"""

from __future__ import annotations

_NAME_ENDINGS = (
    "nak", "nek", "val", "vel", "ról", "ről", "tól", "től", "ban", "ben", "hoz", "hez",
    "höz", "nál", "nél", "ért", "ként", "ot", "et", "öt", "al", "el",
)  # fmt: skip
_TRANSLIT = (("zs", "zh"), ("cs", "ch"), ("sz", "s"), ("gy", "d"), ("ny", "n"), ("j", "y"))

ARTICLES = frozenset({"A", "Az", "Egy"})  # capitalised at a sentence's start, never a name


def nominative(word: str) -> str:
    """An unknown name's last word without a case ending ("Ivanovval" → "Ivanov"):
    only the unambiguous endings, so "Zoltán" keeps its "-án"."""
    lower = word.lower()
    for ending in _NAME_ENDINGS:
        base = lower[: -len(ending)]
        if lower.endswith(ending) and len(base) >= 4:
            if ending in ("al", "el") and base[-1] == base[-2]:
                return word[: len(base) - 1]
            if ending not in ("al", "el"):
                return word[: len(base)]
    return word


def accusative_nominative(word: str) -> str:
    """A place name without its accusative ending: "Grammatikót" → "Grammatikó"."""
    for ending in ("ot", "et", "öt", "at"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word[:-1] if word.endswith("t") else word


def transliterate(hu: str) -> str:
    """A Hungarian transcription of a Slavic name, roughly back in English spelling."""
    english = hu.lower()
    for source, target in _TRANSLIT:
        english = english.replace(source, target)
    return " ".join(part.capitalize() for part in english.split())
