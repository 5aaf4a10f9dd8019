"""Names no list knows, beyond their case (kb.extract.morphology): the articles that
open a sentence and are never a name, and an English spelling for a Slavic name written
the Hungarian way ("Belouszov"), a rough transliteration back.
"""

from __future__ import annotations

from kb.extract.morphology import stems

_TRANSLIT = (("zs", "zh"), ("cs", "ch"), ("sz", "s"), ("gy", "d"), ("ny", "n"), ("j", "y"))

ARTICLES = frozenset({"A", "Az", "Egy"})  # capitalised at a sentence's start, never a name
_WEEKDAYS = frozenset({"hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"})


def weekday(word: str) -> bool:
    """A weekday in any case ("Szerdán", "Kedden"): capitalised at a sentence's start,
    never a name's first word ("Szerdán Brazíliavárosban" is the town alone)."""
    return not _WEEKDAYS.isdisjoint(stems(word))


def transliterate(hu: str) -> str:
    """A Hungarian transcription of a Slavic name, roughly back in English spelling."""
    english = hu.lower()
    for source, target in _TRANSLIT:
        english = english.replace(source, target)
    return " ".join(part.capitalize() for part in english.split())
