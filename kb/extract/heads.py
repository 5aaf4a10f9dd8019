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
        (max(len(h) for h in heads if _headed(form, h)), type_)
        for heads, type_ in _HEADS
        for form in forms
        if any(_headed(form, h) for h in heads)
    ]
    if found:
        return max(found)[1]  # the longest head: "Kutatóközpont", not "központ"
    if word[0].isupper():  # a foreign head is a whole word: "Air", not "Kair"
        for form in forms:
            if form in _FOREIGN_ORGANIZATION_WORDS:
                return "Organization"
            if form in _FOREIGN_PLACE_WORDS:
                return "Place"
            if form in _FOREIGN_MEDIA_WORDS:
                return "NewsAgency"  # "Nature Astronomy", "Truth Social", "Financial Times"
    return None


# The heads of foreign names kept in their language ("Wizz Air", "Metz Handball",
# "Lindhoff Automotive", "MVM Dome"): the name is a company's, a club's or a venue's,
# not a person's, even with no given name in it.
COMPANY_WORDS = (
    "air", "airlines", "airways", "automotive", "motors", "systems", "solutions",
    "technologies", "pharma", "capital", "partners", "holdings", "industries",
    "electronics", "logistics", "energy", "film", "group", "holding",
)  # fmt: skip
"""A company's head word ("Wizz Air", "BMW Group"): what "a cég" may refer to."""
_FOREIGN_ORGANIZATION_WORDS = (
    *COMPANY_WORDS, "handball", "håndbold", "football", "fc", "club", "helps", "aid",
    "foundation", "institute", "university",
)  # fmt: skip
_FOREIGN_MEDIA_WORDS = (
    "journal", "review", "letters", "astronomy", "astrophysics", "communications",
    "times", "post", "news", "herald", "tribune", "gazette", "social",
)  # fmt: skip
_FOREIGN_PLACE_WORDS = ("dome", "arena", "stadium")  # not "Airport": "Budapest Airport Zrt."


def _headed(form: str, head: str) -> bool:
    """Whether a word ends in a head noun; a head of two letters ("tó") only as the whole
    word or after a hyphen ("Velencei-tó"), not inside a family name ("Szijjártó")."""
    if len(head) > 2:
        return form.endswith(head)
    return form == head or form.endswith("-" + head)


_HEADS: tuple[tuple[tuple[str, ...], EntityType], ...] = (
    (GOVERNMENT_WORDS, "GovernmentBody"),
    (ORGANIZATION_WORDS, "Organization"),
    (PLACE_WORDS, "Place"),
    (MEDIA_WORDS, "NewsAgency"),
)
