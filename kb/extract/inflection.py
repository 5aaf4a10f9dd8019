"""Hungarian inflection, undone just enough to find a name in the gazetteer.

Hungarian glues case endings and possessives to names ("Oroszországba",
"Moszkvának", "Kimet", "No Kvangcsollal", "ENSZ-t"), so a word matches a name when
it is the name plus endings. `stems` lists every base a word may have; the caller
keeps the ones it knows. Over-generation is harmless: a stem only counts if a
dictionary has it.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Case endings, plural and possessive endings, longest first so "ában" wins over "ban".
ENDINGS = tuple(
    sorted(
        {
            "ban", "ben", "ba", "be", "ból", "ből", "ra", "re", "ról", "ről", "nak", "nek",
            "tól", "től", "hoz", "hez", "höz", "nál", "nél", "on", "en", "ön", "n", "t",
            "at", "et", "ot", "öt", "ig", "ért", "ként", "ul", "ül", "val", "vel", "vá", "vé",
            "i", "ja", "je", "a", "e", "ai", "ei", "jai", "jei", "ak", "ek", "ok", "ök", "k",
            "kat", "ket", "akat", "eket", "okat", "öket", "aké", "é", "ának", "ének",
            "jának", "jének", "ját", "jét", "át", "ét", "ában", "ében", "jában", "jében",
            "ából", "éből", "ával", "ével", "jával", "jével", "ától", "étől", "iak", "iek",
            "iakat", "ieket", "iaknak", "ieknek", "jukat", "jüket", "uk", "ük", "juk", "jük",
            "ukat", "üket", "unk", "ünk", "ink", "aink", "eink", "án", "én", "áig", "éig",
            "nk", "ait", "eit", "jait", "jeit", "aiban", "eiben",
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip
_ASSIMILATED = ("al", "el", "á", "é")  # -val/-vel/-vá/-vé after a consonant double it
_LENGTHENED = {"á": "a", "é": "e"}
_WORD = re.compile(r"[^\W\d_](?:[\w.]*\w)?(?:-\w+)*|\d+(?:[-–]\d+)?(?:-\w+)?", re.UNICODE)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """The words of `text` with their offsets; a hyphenated word is one word."""
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[str, ...]:
    """Every lower-case base `word` may be an inflected form of (itself included),
    the least stripped first: callers take the first that fits, and a fixed order keeps
    the draft the same in every process (a set's order changes with the hash seed)."""
    lower = word.lower()
    found = {lower}
    if "-" in lower:
        head, _, tail = lower.rpartition("-")
        if tail in ENDINGS or tail in _ASSIMILATED or _is_doubled_ending(tail):
            found.add(head)
    for ending in ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 2:
            _add_base(found, lower[: -len(ending)])
    for ending in _ASSIMILATED:
        base = lower[: -len(ending)]
        if lower.endswith(ending) and len(base) >= 3 and base[-1] == base[-2]:
            found.add(base[:-1])
    return tuple(sorted(found, key=lambda base: (-len(base), base)))


def _add_base(found: set[str], base: str) -> None:
    """Add a base, and the short-vowel form a lengthened final vowel comes from."""
    found.add(base)
    if base[-1] in _LENGTHENED:
        found.add(base[:-1] + _LENGTHENED[base[-1]])


def _is_doubled_ending(tail: str) -> bool:
    """An ending after a hyphen that doubles the base's last letter ("NATO-val")."""
    return tail in {"val", "vel", "vá", "vé"}
