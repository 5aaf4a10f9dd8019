"""Buildings and sites told of by what they are ("a dunaújvárosi panelházban", "az
épületből", "a felújított orvosi rendelőt"): each a place, the same noun later the same
place, "a helyszínen" the one told of last, and a site a body possesses ("a cég ajkai
gyárában") one place with its owner. Their own module because a site is no body:
descriptions reads the noun, and asks here what a site makes of it.
"""

from __future__ import annotations

from kb.extract.context import BODIES
from kb.extract.found import Draft, Found, Token
from kb.extract.morphology import name_nominative
from kb.model import Name, Span

# Buildings and sites news tells of by what they are ("a dunaújvárosi panelházban", "az
# épületből", "a felújított orvosi rendelőt", "a kultúrházban"): each a place, and the
# same noun later the same place.
FACILITIES = (
    "épület", "lakóépület", "panelház", "társasház", "lépcsőház", "csarnok", "sportcsarnok",
    "rendelő", "kultúrház", "posta", "postahivatal", "telep", "erőmű",
    "hűtőtorony", "alállomás", "menekülttábor", "futópálya", "terminál", "kampusz",
    "mérőállomás", "mérőpont", "munkaterület", "raktár", "raktárcsarnok", "uszoda",
    "templom", "óvoda", "ház", "lakás", "benzinkút", "park", "állomás", "lakótelep",
)  # fmt: skip


def owned_site(found: Found, words: list[Token], i: int, head: str, noun: str, span: Span) -> bool:
    """ "a cég ajkai gyárában", "a BME V2 épületének": a site possessed by the body
    mentioned right before it is the owner's site, one place named by both. Whether the
    description at `span` (word `head`, `noun` in the nominative) made one."""
    owner = _owner_before(found, words, i) if _possessed(head, noun) else None
    if owner is None:
        return False
    span = Span(found.text[owner.start : span.end], owner.start, span.end)
    hu = name_nominative(span.text)
    found.unknown_draft("Place", Name(hu, hu), []).add(span)
    return True


def facility(place: Draft) -> bool:
    """Whether a place is a building or a site ("panelház", "Raktárcsarnok"), not a town."""
    last = place.name.hu.split()[-1].lower()
    return last.endswith(FACILITIES)


def _possessed(word: str, noun: str) -> bool:
    """Whether `word` is `noun` possessed by a third person ("gyárában", "épületének",
    "rendelője", "lignitblokkjai"), not merely inflected ("gyárat", "épületben")."""
    rest = word.lower()[len(noun) :] if word.lower().startswith(noun) else ""
    if rest in ("a", "e", "ja", "je", "ai", "ei", "jai", "jei"):
        return True
    return rest[:1] in ("á", "é") or rest[:2] in ("já", "jé")


def _owner_before(found: Found, words: list[Token], i: int) -> Span | None:
    """The mention of a body that ends right before word `i` ("a cég | ajkai gyárában")."""
    if i == 0 or found.text[words[i - 1][2] : words[i][1]].strip():
        return None
    end = words[i - 1][2]
    return next(
        (
            m.span
            for d in found.drafts.values()
            if d.type in BODIES
            for m in d.mentions
            if m.span.end == end
        ),
        None,
    )
