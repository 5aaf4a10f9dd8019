"""Names no list knows, beyond their case (kb.extract.morphology): the articles, and the
conjunctions, adverbs and weekdays that open a sentence and are never a name, and an
English spelling for a Slavic name written the Hungarian way ("Belouszov"), a rough
transliteration back.
"""

from __future__ import annotations

from kb.extract.morphology import stems

_TRANSLIT = (("zs", "zh"), ("cs", "ch"), ("sz", "s"), ("gy", "d"), ("ny", "n"), ("j", "y"))

ARTICLES = frozenset({"A", "Az", "Egy"})  # capitalised at a sentence's start, never a name
_WEEKDAYS = frozenset({"hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"})


OPENERS = frozenset(
    {
        "Ha", "De", "És", "Bár", "Mert", "Hogy", "Amikor", "Mivel", "Miután", "Mielőtt",
        "Ezért", "Így", "Akkor", "Majd", "Ám", "Sőt", "Viszont", "Azonban", "Tehát",
        "Ahogy", "Mint", "Most", "Tegnap", "Holnap", "Tavaly", "Idén", "Korábban",
        "Később", "Előzőleg", "Akár", "Csak", "Már", "Még", "Ott", "Itt", "Ugyanakkor",
        "Közben", "Emellett", "Végül", "Utána", "Előtte", "Szerinte", "Szintén",
    }
)  # fmt: skip
"""Words that open a sentence or a quotation capitalised and never begin a name: "Ha
Márk egészséges …" is no "Ha Márk"."""


def opens_no_name(word: str) -> bool:
    """Whether a sentence-initial word is a conjunction, an adverb or a weekday in any
    case, which the sentence capitalises but no name begins with ("Szerdán
    Brazíliavárosban aláírták": the day, then the city)."""
    return word in OPENERS or not _WEEKDAYS.isdisjoint(stems(word))


def transliterate(hu: str) -> str:
    """A Hungarian transcription of a Slavic name, roughly back in English spelling."""
    english = hu.lower()
    for source, target in _TRANSLIT:
        english = english.replace(source, target)
    return " ".join(part.capitalize() for part in english.split())
