"""Hungarian morphology for the reader: words, their endings and their bases; the one
place the extractor knows Hungarian case endings.

Hungarian glues case endings and possessives to names ("Oroszországba",
"Moszkvának", "Kimet", "No Kvangcsollal", "ENSZ-t"), so a word matches a name when
it is the name plus endings. `stems` lists every base a word may have; the caller
keeps the ones it knows (over-generation is harmless: a stem only counts if a
dictionary has it). `nominative` and `place_nominative` go the other way for a name
no dictionary has: only endings that hardly ever end a name stem come off. The named
groups of case endings (ILLATIVE, DATIVE, ...) say what a mention's case tells the
event and role rules.
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
# Named groups of case endings, for the rules that read a mention's case.
ILLATIVE = ("ba", "be")  # into: "Oroszországba" (a destination)
DATIVE = ("nak", "nek")  # to/for: "Moszkvának" (a recipient)
LOCATIVE = ("ban", "ben", "on", "en", "ön", "ba", "be", "ra", "re")  # where it happens
AT = ("ban", "ben", "on", "en", "ön")  # in or on: "a Facebookon" (where, never who)
PLACE_CASES = (
    "ban", "ben", "ból", "ből", "ba", "be", "on", "en", "ön", "ról", "ről", "ra", "re",
    "nál", "nél", "án", "én",
)  # fmt: skip
"""A lone unknown capitalised word in one of these is a town ("Miskolcon", "Egerben")."""
SINGULAR_CASES = frozenset(
    {"", "t", "nak", "nek", "val", "vel", "ról", "ről", "tól", "től", "hoz", "hez", "höz",
     "nál", "nél", "ként", "ért", "ra", "re", "ba", "be", "ban", "ben", "ból", "ből"}
)  # fmt: skip
"""A singular noun's case endings, no plural, no possessive ("miniszterrel", not "-ei")."""
POSSESSED = ("ja", "je", "a", "e")
"""The endings of one thing possessed by one owner, longest first: "igazgatója",
"Tanácsa", "elnöke" (its noun before them)."""
NAME_CASES = (
    "ként", "ban", "ben", "ból", "ből", "ról", "ről", "tól", "től", "nak", "nek", "hoz",
    "hez", "höz", "nál", "nél", "val", "vel", "ért", "ot", "et", "öt", "al", "el",
)  # fmt: skip
"""Endings that hardly ever end a name stem: what `nominative` takes off."""
_ASSIMILATED = ("al", "el", "á", "é")  # -val/-vel/-vá/-vé after a consonant double it
_LENGTHENED = {"á": "a", "é": "e"}  # "Moszkvá|nak" → "Moszkva"
_LENGTHENED_O = {"ó": "o", "ő": "ö"}  # foreign names only: "Fasó|ban" → "Faso" (a base too)
_VOWELS = frozenset("aeiouáéíóöőúüű")
_DIGRAPHS = ("cs", "dz", "gy", "ly", "ny", "sz", "ty", "zs")  # doubled as "lly", "ssz"...
_WORD = re.compile(
    r"(?<!\w)(?:Zrt|Nyrt|Kft|Bt|Rt|Ltd|Inc|Corp|Co|Plc)\.(?:-\w+)?"  # "Kft.-vel": one word
    r"|\d+[a-záéíóöőúüű]+[A-ZÁÉÍÓÖŐÚÜŰ]\w*(?:-\w+)*"  # a brand: "4iG", "4iG-nek"
    r"|[^\W\d_](?:[\w.'’]*\w)?(?:-\w+)*|\d+(?:[-–]\d+)?(?:-\w+)?",  # "N'Djamena"
    re.UNICODE,
)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """The words of `text` with their offsets; a hyphenated word is one word, a
    company's legal form with its full stop ("Zrt.", "Ltd.-vel")."""
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


def verbal_noun(rest: str) -> bool:
    """Whether what follows a verb stem makes a noun or participle of it, not a finite
    verb: "nyilatkoz|at", "bejelent|és", "állít|ólag", "tájékoztat|ó" (but "kijelent|ette")."""
    return _VERBAL_NOUN.match(rest) is not None


_VERBAL_NOUN = re.compile(r"(?:ás|és|ó|ő|at(?!t)|et(?!t))", re.I)


def nominative(word: str) -> str:
    """A name's word with an unambiguous case ending taken off ("Ivanovval" → "Ivanov",
    "Orbánnal" → "Orbán", "Mihállyal" → "Mihály", "MNB-nek" → "MNB"), so "Budapest"
    keeps its "t" and "Zoltán" its "án". lower() keeps Hungarian lengths, so indices
    carry over."""
    if "-" in word:  # "MNB-nek" → "MNB", "Facebook-csoportnak" → "Facebook-csoport"
        base, _, tail = word.rpartition("-")
        return base if tail.lower() in ENDINGS else f"{base}-{nominative(tail)}"
    lower = word.lower()
    for ending in NAME_CASES:
        cut = len(word) - len(ending)
        if not lower.endswith(ending) or cut < (4 if len(ending) == 2 else 3):
            continue
        if not word[cut:].islower() or word[cut - 1].isupper():
            continue  # "HungaroMet", "BUDAPEST": letters of the name, no ending
        if ending in ("val", "vel") and lower[cut - 1] not in _VOWELS:
            continue  # after a consonant the ending is "-Xal" (below)
        stem = word[:cut]
        if ending in ("al", "el"):
            digraph = next((d for d in _DIGRAPHS if lower[:cut].endswith(d[0] + d)), None)
            if digraph:
                stem = word[: cut - 3] + word[cut - 2 : cut]  # "Mihállyal" → "Mihály"
            elif lower[cut - 1] == lower[cut - 2] and lower[cut - 1] not in _VOWELS:
                stem = word[: cut - 1]  # "Orbánnal" → "Orbán"
            else:
                continue
        return stem[:-1] + _LENGTHENED[stem[-1]] if stem[-1] in _LENGTHENED else stem
    return word


def name_nominative(name: str) -> str:
    """A name of several words in the nominative: only its last word is inflected."""
    head, _, last = name.rpartition(" ")
    return f"{head} {nominative(last)}" if head else nominative(last)


def accusative_nominative(word: str) -> str:
    """A place name without its accusative ending: "Grammatikót" → "Grammatikó"."""
    for ending in ("ot", "et", "öt", "at"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word[:-1] if word.endswith("t") else word


def possessed_nominative(word: str) -> str:
    """A third person's possessed noun with a case, back in the nominative
    ("önkormányzatának" → "önkormányzata", "közgyűlésén" → "közgyűlése": the possessive
    vowel lengthens before the case); other words as they are."""
    for case in _POSSESSED_CASES:
        stem = word.removesuffix(case)
        if stem != word and stem.endswith(("á", "é")):
            return stem[:-1] + ("a" if stem[-1] == "á" else "e")
    return word


_POSSESSED_CASES = sorted((SINGULAR_CASES - {""}) | {"n"}, key=len, reverse=True)


def place_nominative(word: str) -> str | None:
    """The town a word in a place case names ("Miskolcon" → "Miskolc", "Tatabányán" →
    "Tatabánya"), or None when the word has no such ending."""
    for ending in PLACE_CASES:
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) >= 3:
            if ending in ("án", "én"):
                return base + _LENGTHENED[ending[0]]
            if base[-1] in _LENGTHENED and ending[0] not in _VOWELS:
                return base[:-1] + _LENGTHENED[base[-1]]  # "Tatabányában", "Röszkénél"
            return base
    if word.endswith(_LONG_VOWEL_SUPERESSIVE) and len(word) >= 5:
        return word[:-1]  # "Sóstón" → "Sóstó": a long final vowel takes a bare "-n"
    return None


_LONG_VOWEL_SUPERESSIVE = ("ón", "őn", "ún", "űn")


def _add_base(found: set[str], base: str) -> None:
    """Add a base, the short-vowel form a lengthened final vowel comes from
    ("Moszkvá|ban", "Burkina Fasó|ban", "Torontó|ban"), and the form an unstable vowel
    drops from before an ending ("term|et" → terem, "bokr|ok" → bokor)."""
    found.add(base)
    short = _LENGTHENED.get(base[-1]) or _LENGTHENED_O.get(base[-1])
    if short:
        found.add(base[:-1] + short)
    elif _UNSTABLE.search(base):
        found.add(base[:-1] + _harmonic(base) + base[-1])


_UNSTABLE = re.compile(r"[aáeéoóöőuúüűií][bcdfghkmnprstvz][lmnr]$")
"""A base ending in a vowel, a consonant and l, m, n or r may have lost the vowel
before that last consonant ("terem" → "termet", "bokor" → "bokrok", "álom" → "álmok")."""


def _harmonic(word: str) -> str:
    """The unstable vowel a word's harmony takes: "o" after back vowels, "ö" after
    rounded front ones, else "e"."""
    vowel = next((c for c in reversed(word) if c in _VOWELS and c not in "ií"), "e")
    return "o" if vowel in "aáoóuú" else "ö" if vowel in "öőüű" else "e"


def _is_doubled_ending(tail: str) -> bool:
    """An ending after a hyphen that doubles the base's last letter ("NATO-val")."""
    return tail in {"val", "vel", "vá", "vé"}


def plural(noun: str) -> str:
    """The nominative plural of a Hungarian noun by its ending and vowel harmony:
    "régész" → "régészek", "lakos" → "lakosok", "mérnök" → "mérnökök", "hívő" →
    "hívők", "pilóta" → "pilóták", "vádlott" → "vádlottak", "külföldi" → "külföldiek".
    Nouns whose plural breaks the pattern ("ügyfél" → "ügyfelek") are listed by the
    caller."""
    last = noun[-1]
    if last in _LENGTHENED.values():
        return noun[:-1] + {"a": "á", "e": "é"}[last] + "k"
    back = _back(noun)
    if last == "i":
        return noun + ("ak" if back else "ek")
    if last in _VOWELS:
        return noun + "k"
    if noun.endswith("tt") or (noun.endswith("t") and noun[-2] in "lny"):
        return noun + ("ak" if back else "ek")  # participles: "sérültek", "károsultak"
    vowel = next(c for c in reversed(noun) if c in _VOWELS)
    return noun + ("ok" if back else "ök" if vowel in "öőüű" else "ek")


def _back(word: str) -> bool:
    """Whether a word takes back-vowel endings: its last vowel other than i/í/é, or e
    after a back vowel ("kapitány", "diplomata"); "külföldi" and "régész" are front."""
    vowels = [c for c in word if c in _VOWELS]
    deciding = [c for c in vowels if c not in "iíé"] or vowels
    return deciding[-1] in "aáoóuú"
