"""Places named by a kind noun after their name: streets and squares ("a Jászberényi
úton", "a Hősök terén", "a Diósi úti megállók"), Budapest's numbered districts ("Budapest
X. kerületében", "a XXI. kerületben", listed: "a VI., a VII. és a VIII. kerületben") and
numbered roads and lines ("az M3-as autópályán", "a 24-es főút", "a 150-es vonal").

Hungarian writes the kind noun in lower case after the capitalised name, and inflects
only the noun, so the name and the noun are one mention and the noun's case is the
mention's ("Jászberényi úton" is the Jászberényi út).

The reading takes the sentence's words and an index, and returns the index after what
it read, or 0.
"""

from __future__ import annotations

import re

from kb.extract.found import Found, Token
from kb.extract.heads import head_type
from kb.extract.morphology import name_nominative, stems
from kb.extract.name_forms import ARTICLES
from kb.extract.sites import FACILITIES
from kb.model import EntityType, Name, Span

_STREETS = frozenset(
    {"út", "utca", "tér", "körút", "rakpart", "sétány", "fasor", "köz", "liget", "park",
     "híd", "pályaudvar", "állomás", "lakótelep", "városrész", "főtér", "repülőtér"}
)  # fmt: skip
_SERVING = frozenset({"repülőtér"})
"""Kinds of place named as a town's: the town's adjective before the name is part of the
mention ("a milánói Malpensa repülőtérre")."""
_ROADS = frozenset({"autópálya", "autóút", "főút", "út", "vonal", "vasútvonal", "villamosvonal"})
_LINES = (
    "vonal", "szakasz", "tengely", "autópálya", "út", "útvonal", "vezeték", "buszjárat",
    "folyosó",
)  # fmt: skip
"""What a line's noun ends in ("vasútvonal", "főút", "gázvezeték", "buszjárat"; not a
flight: "a Budapest–Tel-Aviv járatait" are no place)."""
_DASHES = ("–", "—", "-")
# A long vowel shortened before an ending: "a Hősök terén", "Várpalota főterén", "a 33-as
# főutat", "a Jászberényi utat", "a Körös-hidat".
_SHORTENED = {
    "ter": "tér", "főter": "főtér", "ut": "út", "főut": "főút", "autóut": "autóút", "hid": "híd",
}  # fmt: skip
_ROMAN = re.compile(r"[IVXL]+$")
_NUMBERED = re.compile(r"(?:M\d{1,2}|\d{1,3})-(?:a|e|á|é|o|ö)?s$")  # "M3-as", "24-es", "150-es"


def named_place(found: Found, words: list[Token], i: int) -> int:
    """A street, square, district or numbered road from word `i`, with its kind noun."""
    word = words[i][0]
    if _ROMAN.match(word) and found.text[words[i][2] : words[i][2] + 1] == ".":
        return _place(found, words, i, i + 1, {"kerület"}, ordinal=True) or _listed_district(
            found, words, i
        )
    if _NUMBERED.match(word):
        noun_at = i + 2 if _modifier(words, i + 1) else i + 1  # "M76-os gyorsforgalmi út"
        return _place(found, words, i, noun_at, _ROADS)
    if not word[0].isupper() or word in ARTICLES:
        return 0
    line = (
        _line(found, words, i)
        or _stretch(found, words, i)
        or _valley(found, words, i)
        or _numbered_facility(found, words, i)
        or _compound_place(found, words, i)
        or _beside(found, words, i)
    )
    if line or _opens_sentence(found, words, i):
        return line
    end = i + 1
    while (
        end < min(i + 3, len(words)) and words[end][0][0].isupper() and _spaced(found, words, end)
    ):
        end += 1  # "Dózsa György útig", "Kossuth Lajos utca"
    after = _place(found, words, i, end, _STREETS)
    return after and (_from_station(found, words, i, after) or after)


def _from_station(found: Found, words: list[Token], i: int, k: int) -> int:
    """ "a Tiszai pályaudvar–Diósgyőr vonalon": a line from a station (words `i` to
    `k - 1`) to a place is a line too, the place its other end; where it ends, or 0."""
    if k + 1 >= len(words) or found.text[words[k - 1][2] : words[k][1]] not in _DASHES:
        return 0
    kind = _line_kind(words[k + 1][0])
    if kind is None or not words[k][0][0].isupper() or not words[k + 1][0].islower():
        return 0
    _towns(found, [words[k]])
    station = " ".join(w for w, _, _ in words[i:k])
    _add(
        found,
        f"{name_nominative(station)}–{words[k][0]} {kind}",
        found.span(words[i], words[k + 1]),
    )
    return k + 2


def _listed_district(found: Found, words: list[Token], i: int) -> int:
    """ "a VI., a VII. és a VIII. kerületben", "a X. és a XVII. kerület lakói": a district's
    numeral listed before the one its noun follows is that district too, its mention the
    numeral with its full stop."""
    k = i + 1
    while k < min(i + 9, len(words)) and (
        words[k][0] in ("a", "az", "és") or _ROMAN.match(words[k][0])
    ):
        k += 1
    last = k - 1
    if k >= len(words) or last == i or not _ROMAN.match(words[last][0]):
        return 0
    if "kerület" not in stems(words[k][0]) or not _spaced(found, words, k, ordinal=True):
        return 0
    end = words[i][2] + 1
    _add(found, f"{words[i][0]}. kerület", Span(found.text[words[i][1] : end], words[i][1], end))
    return i + 1


def _numbered_facility(found: Found, words: list[Token], i: int) -> int:
    """ "a Paks II. atomerőmű", "a Paks II.": a name and a Roman numeral is a facility, its
    kind noun part of it if one follows (not a district: "Budapest X. kerületében");
    without one only after a place's name ("Beethoven V. szimfóniáját" is a work)."""
    if i + 1 >= len(words) or not _ROMAN.match(words[i + 1][0]):
        return 0
    if found.text[words[i + 1][2] : words[i + 1][2] + 1] != "." or not _spaced(found, words, i + 1):
        return 0
    numbered = f"{words[i][0]} {words[i + 1][0]}."
    end = Span(numbered, words[i][1], words[i + 1][2] + 1)
    after = words[i + 2] if i + 2 < len(words) else None
    if after is not None and after[0].islower() and _spaced(found, words, i + 2, ordinal=True):
        if any(f in ("kerület",) for f in stems(after[0])):
            return 0
        if head_type(after[0]) == "Place":
            _add(found, numbered, found.span(words[i], after))
            return i + 3
    if found.lookup(words[i : i + 1]) is None:
        return 0
    _add(found, numbered, end)
    return i + 2


def _compound_place(found: Found, words: list[Token], i: int) -> int:
    """ "a kunszentmártoni Körös-hidat", "a Tisza-hídon": a name joined by a hyphen to a
    street's or a bridge's noun is that place, a town's adjective before it part of its
    mention (and a mention of the town), a known name before the hyphen a mention of what
    it names (the river); not a derived adjective ("Erzsébet-ligeti")."""
    head, _, tail = words[i][0].rpartition("-")
    if not head or not tail.islower() or tail.endswith("i"):
        return 0
    kind = next((k for k in (_SHORTENED.get(f, f) for f in stems(tail)) if k in _STREETS), None)
    if kind is None:
        return 0
    first = i - 1 if i > 0 and _local(found, words[i - 1][0]) else i
    if first < i:
        _mention_town(found, words[first])
    named = (head, words[i][1], words[i][1] + len(head))
    known = found.lookup([named])
    if known is not None:
        found.draft(known).add(Span(*named))
    _add(found, f"{head}-{kind}", found.span(words[first], words[i]))
    return i + 1


def _beside(found: Found, words: list[Token], i: int) -> int:
    """ "a Stefánia melletti rakparton", "az Istállós-kő alatti vízmosásban": a place,
    a postposition's adjective and a street's or a site's noun are one place, the named
    place a mention of its own."""
    k = i + 2
    if k >= len(words) or words[i + 1][0] not in _BESIDE:
        return 0
    while k < min(i + 4, len(words) - 1) and words[k][0].islower() and words[k][0].endswith("i"):
        k += 1  # "a Duna menti régi rakparton"
    noun = words[k][0]
    forms = [_SHORTENED.get(f, f) for f in stems(noun)]
    kind = next((f for f in forms if f in _STREETS or f in FACILITIES), None)
    if (
        kind is None
        or not noun.islower()
        or not all(_spaced(found, words, j) for j in range(i + 1, k + 1))
    ):
        return 0
    _towns(found, [words[i]])
    hu = " ".join([*(w for w, _, _ in words[i:k]), kind])
    _add(found, hu, found.span(words[i], words[k]))
    return k + 1


_BESIDE = frozenset({"melletti", "menti", "alatti", "feletti", "fölötti", "közeli", "környéki"})


def _mention_town(found: Found, adjective: Token) -> None:
    """A town's adjective before a place's name is a mention of the town too."""
    town = found.adjective_of(adjective[0])
    if town is not None:
        found.draft(town).add(Span(*adjective))


def _line(found: Found, words: list[Token], i: int) -> int:
    """ "a Budapest–Kelebia vasútvonal", "az Újvidék–Szabadka szakasz", "a Budapest–Gödöllő
    HÉV-vonalon", "a Miskolc–Felsőzsolca elővárosi buszjárat": a line between two places
    is a place, and each end a mention of its town (the city itself, never its state: a
    compound's member does not act)."""
    if i + 2 >= len(words) or found.text[words[i][2] : words[i + 1][1]] not in _DASHES:
        return 0
    noun_at = i + 3 if _modifier(words, i + 2) else i + 2  # "elővárosi buszjárat"
    if noun_at >= len(words) or not words[i + 1][0][0].isupper():
        return 0
    listed = _listed_line(found, words, i + 2)
    if listed:  # "a Budapest–Szeged és a Győr–Debrecen tengely": a line of that kind too
        _towns(found, words[i : i + 2])
        hu = f"{words[i][0]}–{words[i + 1][0]} {_line_kind(words[listed][0].rpartition('-')[2])}"
        _add(found, hu, found.span(words[i], words[i + 1]))
        return i + 2
    noun = words[noun_at][0]
    head, _, last = noun.rpartition("-")  # "HÉV-vonalon", "távvezeték-folyosó"
    kind = _line_kind(last)
    if kind is None or not last.islower() or not _spaced(found, words, i + 2):
        return 0
    _towns(found, words[i : i + 2])
    between = [w for w, _, _ in words[i + 2 : noun_at]]
    ends = f"{words[i][0]}–{words[i + 1][0]}"
    hu = " ".join([ends, *between, f"{head}-{kind}" if head else kind])
    _add(found, hu, found.span(words[i], words[noun_at]))
    return noun_at + 1


def _line_kind(word: str) -> str | None:
    """The line noun a word is, in the nominative ("vonalon" → "vonal"), if any."""
    return next((k for k in stems(word) if k.endswith(_LINES)), None)


def _listed_line(found: Found, words: list[Token], k: int) -> int:
    """Where the noun of a line listed after another is ("… és a Győr–Debrecen tengely":
    from word `k`, "és", maybe an article, two names joined by a dash, the noun), or 0."""
    if k >= len(words) or words[k][0] != "és":
        return 0
    k += 1 + (k + 1 < len(words) and words[k + 1][0] in ("a", "az"))
    if k + 2 >= len(words) or found.text[words[k][2] : words[k + 1][1]] not in _DASHES:
        return 0
    last = words[k + 2][0].rpartition("-")[2]
    return k + 2 if last.islower() and _line_kind(last) is not None else 0


def _stretch(found: Found, words: list[Token], i: int) -> int:
    """ "a Sármellék és Keszthely közötti szakaszon", "a Tápé és Algyő közötti
    töltésszakaszt": the stretch between two places is a place, each end its town."""
    if i + 4 >= len(words):
        return 0
    first, conjunction, second, between, noun = words[i : i + 5]
    if (conjunction[0], between[0]) != ("és", "közötti") or not second[0][0].isupper():
        return 0
    kind = next((f for f in stems(noun[0]) if f.endswith("szakasz")), None)
    if kind is None or not all(_spaced(found, words, k) for k in range(i + 1, i + 5)):
        return 0
    _towns(found, [first, second])
    _add(found, f"{first[0]} és {second[0]} közötti {kind}", found.span(first, noun))
    return i + 5


def _valley(found: Found, words: list[Token], i: int) -> int:
    """ "a Séd völgyében", "a Sajó völgyét": a river's valley is a place of its own, the
    river named in it another."""
    if i + 1 >= len(words) or not _spaced(found, words, i + 1):
        return 0
    noun = words[i + 1][0]
    if not noun.islower() or "völgye" not in stems(noun):
        return 0
    _towns(found, [words[i]])
    _add(found, f"{words[i][0]} völgye", found.span(words[i], words[i + 1]))
    return i + 2


def _towns(found: Found, names: list[Token]) -> None:
    """Each word a mention of the place it names: the known one, else a new place (the
    ends of a line or a stretch, a river before its valley)."""
    for name in names:
        known = found.lookup([name])
        if known is not None:
            found.draft(known).add(Span(*name))
        else:
            _add(found, name[0], Span(*name))


def _modifier(words: list[Token], k: int) -> bool:
    """A lower-case adjective between a number and its road: "gyorsforgalmi", "új"."""
    return k + 1 < len(words) and words[k][0].islower() and words[k][0].endswith("i")


def _place(
    found: Found,
    words: list[Token],
    i: int,
    noun_at: int,
    kinds: frozenset[str] | set[str],
    ordinal: bool = False,
) -> int:
    """The place from word `i` to the kind noun at `noun_at`, if it is one of `kinds`."""
    if noun_at >= len(words) or not _spaced(found, words, noun_at, ordinal):
        return 0
    noun_word = words[noun_at][0]
    forms = [_SHORTENED.get(form, form) for form in stems(noun_word)]  # "terén" → tér
    kind = next((k for k in forms if k in kinds), None)
    if kind is None or not noun_word.islower():
        return 0
    name_words = [w for w, _, _ in words[i:noun_at]]
    hu = " ".join([*(f"{w}." if ordinal else w for w in name_words), kind])
    if kind == "főtér":
        _towns(found, words[i:noun_at])  # "Várpalota főterén": the town's square
    first = i - 1 if kind in _SERVING and i > 0 and _local(found, words[i - 1][0]) else i
    if first < i:
        _mention_town(found, words[first])  # "a milánói Malpensa repülőtérre": Milan's
    _add(found, hu, found.span(words[first], words[noun_at]))
    site = _street_site(words, noun_at)
    if site is None:
        return noun_at + 1
    type_, site_noun = site  # "a Fiumei úti sírkertben": the site too, the town's included
    site_hu = f"{hu[: -len(kind)]}{noun_word} {site_noun}"
    first = i - 1 if i > 0 and _local(found, words[i - 1][0]) else i
    draft = found.unknown_draft(type_, Name(site_hu, site_hu), [])
    draft.add(found.span(words[first], words[noun_at + 1]))
    return noun_at + 2


def _local(found: Found, word: str) -> bool:
    """A town's or a town centre's adjective: "zalaegerszegi", "belvárosi"."""
    known = found.adjective_of(word) if word.islower() else None
    return word == "belvárosi" or (known is not None and known.type == "Place")


def _street_site(words: list[Token], k: int) -> tuple[EntityType, str] | None:
    """The type and noun of a site told of by its street ("Fiumei úti sírkertben",
    "Péterfy Sándor utcai kórházba"): a street's adjective, then a place's or a body's
    noun."""
    if not words[k][0].endswith("i") or k + 1 >= len(words) or not words[k + 1][0].islower():
        return None
    forms = stems(words[k + 1][0])
    noun = next((f for f in forms if f in _SITES), None)
    if noun is not None:
        return "Place", noun
    type_ = head_type(words[k + 1][0])
    noun = forms[-1]
    return (type_, noun) if type_ in ("Place", "Organization", "GovernmentBody") else None


_SITES = frozenset({"sírkert", "temető", "posta", "templom", "iskola", "óvoda", "piac"})


def _add(found: Found, hu: str, span: Span) -> None:
    """A mention of the place called `hu`: the one met before under that name, if any
    ("a Jászberényi úton" … "a Jászberényi útig"), else a new one."""
    same = (d for d in found.drafts.values() if d.type == "Place" and d.name.hu == hu)
    (next(same, None) or found.unknown_draft("Place", Name(hu, hu), [])).add(span)


def _spaced(found: Found, words: list[Token], k: int, ordinal: bool = False) -> bool:
    """Whether only spaces (after an ordinal, its full stop) part word `k` from the one
    before."""
    gap = found.text[words[k - 1][2] : words[k][1]]
    return (gap.removeprefix(".") if ordinal else gap).strip(" ") == ""


def _opens_sentence(found: Found, words: list[Token], i: int) -> bool:
    """The first word of a sentence or quotation: capitalised whatever it is."""
    if i == 0:
        return True
    return any(mark in found.text[words[i - 1][2] : words[i][1]] for mark in ("„", ":", "\n"))
