"""Readings of nationality and place adjectives and the groups they make: the adjective
mentions its state or place ("észak-koreai"), and with the noun after it a group of
that state's troops ("ukrán erők"), people ("magyar tűzoltók"), media or leadership;
"a két ország" is the two states of the article, "Huszonnyolc tűzoltót" a group again.

Each reading takes the sentence's words and an index, and returns the index after
what it read, or 0.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from kb import iris
from kb.extract.context import BODIES
from kb.extract.descriptions import described_as, description_noun
from kb.extract.found import Draft, Found, Token
from kb.extract.gazetteer import Known
from kb.extract.lexicon import (
    COLLECTIVES,
    DESCRIPTIONS,
    GROUPS,
    LEADERSHIPS,
    MEDIA,
    OFFICE_HOLDERS,
    PEOPLE,
    PLACE_KINDS,
    PLURAL_VARIANTS,
    POSTPOSITIONS,
    SECTORS,
    SET_BODIES,
    SOURCE_NOUNS,
    TEAMS,
    TROOPS,
)
from kb.extract.morphology import AT, DATIVE, PLACE_CASES, SINGULAR_CASES, stems
from kb.extract.morphology import plural as plural_of
from kb.extract.names import local_adjective
from kb.extract.quantities import parse_number_word
from kb.extract.sites import place_kind
from kb.model import EntityType, Name, Span


def nationality_adjective(
    found: Found, words: list[Token], i: int, military: bool, sport: bool = False
) -> int:
    """ "észak-koreai": its state or place, and with the noun after it a group;
    "ukránok" in a military sentence: the state's troops; "a szerbek" in a sentence
    about a match: the state's national team; elsewhere "a németek", "a csehek" mention
    their state, as its adjective does."""
    word, start, end = words[i]
    if word[0].isupper() and (i > 0 or found.before_given(words, i)) and "-" not in word:
        return 0  # "Német Zoltán": a family name, no state
    known = found.adjective_of(word)
    if known is None or (word.lower() in _VERBS_TOO and not _attributive_place(found, words, i)):
        return 0  # "negyedik lett ebben", "köze lett volna": the verb, not Latvian
    adjective = next(a for a in known.adjectives if a.lower() in stems(word))
    if word.lower() != adjective.lower():  # "ukránok", "észak-koreaiak": the people
        plural = word.lower()[len(adjective)] in "aoöek"
        if military and plural:
            _group(found, known, "ArmedForce", TROOPS["erő"], Span(word, start, end))
        elif sport and plural and known.type == "State":
            national_team(found, known, Span(word, start, end))
        elif plural and known.type == "State" and _listed_nationals(found, words, i):
            found.draft(known).add(Span(word, start, end))  # "a németek, az osztrákok"
        return i + 1
    noun = words[i + 1] if i + 1 < len(words) else None
    if not _before_noun(found, words, i):
        return 0  # "tagja lett a csoportnak": a verb spelt like "lett" (Latvian)
    if noun is not None and noun[0].lower().startswith("nyelv"):
        return i + 2  # "magyar nyelvű", "a magyar nyelv": a language, no state
    if word.lower() == "hazai" and noun is not None and noun[0].lower().startswith(_HOME_GAME):
        return i + 2  # "hazai pályán", "hazai meccsein": a team's home, whichever state
    _literal_or_metonymic_adjective(found, known, words[i], noun)
    if noun is not None and _noun_group(found, known, words, i, military):
        return i + 2
    return i + 1


def national_team(found: Found, state: Known, span: Span, metonymy_of: str | None = None) -> None:
    """The state's national team, the one named last ("a magyar labdarúgó-válogatott" …
    "a magyarok") or one of its own ("a szerbek", "legyőzte Grúziát")."""
    team = found.latest(
        lambda d: (
            d.type == "Organization"
            and d.name.hu.endswith("válogatott")
            and d.name.hu.split()[0] in state.adjectives
        )
    )
    if team is not None:
        team.add(span, metonymy_of)
    else:
        _group(found, state, "Organization", _NATIONAL_TEAM, span, metonymy_of)


def opponent(found: Found, words: list[Token], i: int, sport: bool) -> int:
    """In a sentence about a match, a state beaten, lost to or played against stands for
    its national team ("legyőzte Grúziát", "kikapott Szlovéniától", "a Törökország
    elleni osztályozón"): the team's mention, by metonymy of the state (the state's
    link stays off those words)."""
    known = found.lookup(words[i : i + 1]) if sport and words[i][0][0].isupper() else None
    if known is None or known.type != "State" or not _opposed(words, i, known):
        return 0
    span = Span(*words[i])
    found.draft(known).add(span)
    national_team(found, known, span, metonymy_of=known.id)
    return i + 1


def _opposed(words: list[Token], i: int, state: Known) -> bool:
    """Whether the state's name at `i` is a side played against: before "elleni" or
    "ellen", in the accusative with a verb of beating, or the ablative with losing."""
    word = words[i][0].lower()
    if i + 1 < len(words) and words[i + 1][0] in ("elleni", "ellen"):
        return True
    base = state.name.hu.lower()
    verbs = [w.lower() for w, _, _ in words]
    if word != base and word.endswith("t") and not base.endswith("t"):
        return any(v.startswith(_BEATING) for v in verbs)
    return word.endswith(("tól", "től")) and any(v.startswith(_LOSING) for v in verbs)


_BEATING = ("legyőz", "megver", "megelőz", "felülmúl", "kiejt", "búcsúztat")
_LOSING = ("kikap", "vereséget")


def _listed_nationals(found: Found, words: list[Token], i: int) -> bool:
    """Whether the nationality in the plural at `i` is listed with another one ("a
    németek, az osztrákok és a csehek"): nations told of side by side are their states
    (where guests come from, who buys); one alone ("a magyarok többsége") may be the
    people, a group, and its state's link would be wrong."""
    near = words[max(0, i - 6) : i] + words[i + 1 : i + 7]
    return any(
        (other := found.adjective_of(w)) is not None
        and other.type == "State"
        and w.lower() not in {a.lower() for a in other.adjectives}
        and w.lower() != words[i][0].lower()
        for w, _, _ in near
    )


_VERBS_TOO = frozenset({"lett"})  # "lett" (became) far more often than "lett" (Latvian)


def _attributive_place(found: Found, words: list[Token], i: int) -> bool:
    """Whether an adjective that is also a verb stands where only an adjective can: after
    an article, a numeral or another nationality ("a lett kormány", "két lett katona",
    "észt, lett és litván")."""
    if i == 0:
        return False
    before = words[i - 1][0].lower()
    return (
        before in ("a", "az", "egy", "és")
        or parse_number_word(before) is not None
        or found.adjective_of(before) is not None
    )


def _before_noun(found: Found, words: list[Token], i: int) -> bool:
    """Whether an adjective at `i` goes with a word after it: the same clause, and no
    article or conjunction, which never follow an adjective, in between."""
    if i + 1 >= len(words):
        return False
    gap = found.text[words[i][2] : words[i + 1][1]]
    return gap.strip(' „"(') in ("", ",") and words[i + 1][0].lower() not in _NO_NOUN


_NATIONAL_TEAM = ("válogatott", "national team")
_HOME_GAME = ("pály", "meccs", "mérkőzés", "közönség", "szurkol")
_NO_NOUN = frozenset({"a", "az", "egy", "de", "hogy", "is", "sem", "pedig"})


def pair(found: Found, words: list[Token], i: int) -> int:
    """ "a két ország" / "a két hadsereg": the two states named in this sentence or the
    one before; "a két faluban" the two towns named there; "a két szakszervezet", "a két
    cég": the two bodies the noun describes named there; nothing when there are more or
    fewer (the article's main state is not one of them by default). Not "a felek": the
    parties to what, the words do not say, and a wrong state there would be a wrong
    link."""
    if words[i][0].lower() != "két" or i + 1 >= len(words):
        return 0
    noun_stems = stems(words[i + 1][0])
    if "ország" in noun_stems:
        return _both(found, words, i, _two(found, words, i, "State"))
    if any(PLACE_KINDS.get(n) == "town" for n in noun_stems):  # "a két faluban"
        towns = _two(found, words, i, "Place", lambda d: place_kind(found, d) == "town")
        return _both(found, words, i, towns)
    if "hadsereg" in noun_stems:
        states = _two(found, words, i, "State")
        span = found.span(words[i], words[i + 1])
        for state in states:
            known = found.gaz.entries[state.id]
            _group(found, known, "ArmedForce", TROOPS["hadsereg"], span, suffix="army")
        return i + 2 if states else 0
    described = description_noun(words[i + 1][0])
    if described is None or described[1] not in BODIES:
        return 0
    noun, type_ = described
    return _both(found, words, i, _two(found, words, i, type_, lambda d: described_as(d, noun)))


def _both(found: Found, words: list[Token], i: int, both: list[Draft]) -> int:
    """ "két" and its noun at `i` mention both entities; the index after them, or 0 when
    there are not two."""
    for draft in both:
        draft.add(found.span(words[i], words[i + 1]))
    return i + 2 if both else 0


def _two(
    found: Found,
    words: list[Token],
    i: int,
    type_: EntityType,
    fits: Callable[[Draft], bool] = lambda d: True,
) -> list[Draft]:
    """The two entities of `type_` that `fits`, named (capitalised) in this sentence or
    the one before, up to word `i`; none when there are not exactly two."""
    since = found.previous_sentence_start(words[0][1])
    named = [
        d
        for d in found.drafts.values()
        if d.type == type_
        and fits(d)
        and any(
            since <= m.span.start < words[i][1] and m.span.text[0].isupper() for m in d.mentions
        )
    ]
    return named if len(named) == 2 else []


def counted_group(found: Found, words: list[Token], i: int) -> int:
    """ "Huszonnyolc tűzoltót": a number of a group's members is the group."""
    if i + 1 >= len(words) or parse_number_word(words[i][0]) is None:
        return 0
    nouns = stems(words[i + 1][0])
    for group in reversed(found.groups):
        if any(GROUPS[n][0] == group.name.hu.split()[-1] for n in nouns if n in GROUPS):
            group.add(found.span(words[i], words[i + 1]))
            return i + 2
    return 0


def counted_bodies(found: Found, words: list[Token], i: int) -> int:
    """Bodies or states told of by their count ("31 japán vállalat", "több mint 40
    ország", "két nagybank", "több kulturális portál"): several agents together, a Group,
    however the count is hedged."""
    if i > 0 and words[i - 1][0].lower() in ("a", "az", "mint", "mintegy", "legalább"):
        return 0  # "a két cég": the two named before; a hedged count is read from its hedge
    k = i + _hedge(words, i)
    if k >= len(words) or not _bare_count(words[k][0]):
        return 0
    k += 1
    while k < len(words) and words[k][0] in _MULTIPLIERS:
        k += 1
    first = k
    while k + 1 < len(words) and k < first + 2 and _body_adjective(found, words[k][0]):
        k += 1
    if k >= len(words) or not words[k][0].islower():
        return 0
    noun = stems(words[k][0])
    described = next((d for d in map(description_noun, noun) if d), None)
    bodies = described is not None and described[1] in BODIES | {"NewsAgency"}
    if not bodies and ("ország" not in noun or words[k][0].endswith(_WHERE)):
        return 0  # "több mint 40 ország", "hét országból"; "180 országban" is where
    for at in range(first, k):
        known = found.adjective_of(words[at][0])
        if known is not None:
            found.draft(known).add(Span(*words[at]))  # "31 japán vállalat": Japan too
    span = found.span(words[i], words[k])
    vague = words[i + _hedge(words, i)][0].lower() in _VAGUE
    told = _bodies_told(found, described[0]) if vague and described else None
    (told or found.unknown_draft("Group", Name(span.text, span.text), [])).add(span)
    return k + 1


_VAGUE = frozenset({"sok", "több", "számos", "néhány"})


def _bodies_told(found: Found, noun: str) -> Draft | None:
    """The set of bodies told of before in the plural of `noun` ("a kórházak"), which a
    vague count of them names again ("sok kórház"): the words give no other set."""
    many = {form + ending for form in (noun, *_long(noun)) for ending in _PLURAL_MARKS}
    return next(
        (d for d in found.drafts.values() if d.type == "Group" and d.name.hu.lower() in many),
        None,
    )


_PLURAL_MARKS = ("k", "ak", "ek", "ok", "ök")  # "kórházak", "iskolák", "szállodák"


def _long(noun: str) -> set[str]:
    """A noun with its last vowel lengthened before an ending ("gazda" → "gazdá")."""
    return {noun[:-1] + {"a": "á", "e": "é"}[noun[-1]]} if noun[-1] in "ae" else set()


def sector(found: Found, words: list[Token], i: int) -> int:
    """A trade told of as the people and firms in it, with its adjective ("a
    baromfiágazatnak", "a hazai űripar", "a magyar filmszakma"): a Group, one per trade;
    the bare head after it ("az ágazat") is the trade told of last."""
    word = words[i][0]
    trade = _trade(word) if word.islower() else None
    if trade is None:
        return 0
    last = found.latest(lambda d: d.id.endswith("-trade"))
    if trade in SECTORS and last is not None:
        last.add(Span(*words[i]))  # "az ágazat": the trade told of before
        return i + 1
    first = i - 1 if i > 0 and _adjective(found, words[i - 1][0]) else i
    if first == i and (i == 0 or words[i - 1][0].lower() not in ("a", "az")):
        return 0  # a trade is told of after its article or adjective
    key = f"{iris.slugify(trade)}-trade"
    draft = found.drafts.get(key)
    if draft is None:
        english = SECTORS[next(h for h in SECTORS if trade.endswith(h))]
        draft = found.drafts[key] = Draft(key, "Group", Name(trade, english), confidence=0.5)
    draft.add(found.span(words[first], words[i]))
    return i + 1


@cache
def _trade(word: str) -> str | None:
    """The trade a word names in the singular, in any case: "baromfiágazatnak" →
    "baromfiágazat", "űripar", "turizmusnak" → "turizmus"; not an adjective
    ("építőipari") nor a plural."""
    match = _TRADE_WORD.search(word)
    if match is None or match.group(2) not in SINGULAR_CASES:
        return None
    head = next(h for h in SECTORS if match.group(1) in {h, *_long(h)})
    return word[: match.start(1)] + head


_TRADE_WORD = re.compile(
    "(" + "|".join(sorted({f for h in SECTORS for f in {h, *_long(h)}}, key=len)[::-1]) + ")"
    r"([a-zé]*)$"
)
"""A trade's head and the ending after it: "baromfi|ágazat|nak", "film|szakmá|t"."""


def states_together(found: Found, words: list[Token], i: int) -> int:
    """Countries or powers told of together by what they are ("a nyugati országok", "a
    térség országainak", "a nyugati hatalmak"): several states, a Group, unless where
    something is ("a környező országokban", "harmadik országokba": places the golds
    leave unnamed)."""
    if i + 1 >= len(words) or not words[i][0].islower() or words[i][0] in _NO_NOUN:
        return 0
    word = words[i + 1][0]
    plural = word.startswith(_STATES_TOGETHER) and not word.endswith(_WHERE)
    if not plural or not (_adjective(found, words[i][0]) or word.startswith("országai")):
        return 0
    span = found.span(words[i], words[i + 1])
    found.unknown_draft("Group", Name(span.text, span.text), []).add(span)
    return i + 2


_WHERE = ("ban", "ben", "ba", "be")
_STATES_TOGETHER = ("országok", "országai", "hatalmak", "nagyhatalmak")


def locals_group(found: Found, words: list[Token], i: int, sport: bool) -> int:
    """The people of a place told of by its adjective in the plural after the article
    ("a miskolciak", "a miskolciaké", "a belföldieké"): a Group; in a sentence about a
    match the town's team, read elsewhere ("a győriek")."""
    if sport or i == 0 or words[i - 1][0].lower() not in ("a", "az"):
        return 0
    match = _LOCALS.fullmatch(words[i][0])
    if match is None or match.group(3) not in _PLURAL_CASES | {"é"}:
        return 0
    adjective = match.group(1)
    if adjective not in _HOME_AND_ABROAD and found.adjective_of(adjective) is None:
        return 0
    plural = adjective + match.group(2)
    same = next((d for d in found.drafts.values() if d.name.hu == plural), None)  # again
    (same or found.unknown_draft("Group", Name(plural, plural), [])).add(Span(*words[i]))
    return i + 1


def age_group(found: Found, words: list[Token], i: int) -> int:
    """People told of by an age bound, the adjective in the plural: "a 14 év alattiak",
    "a 65 év felettiek": a Group, one per bound."""
    if i + 2 >= len(words) or words[i + 1][0] != "év" or not _bare_count(words[i][0]):
        return 0
    match = _AGE_BOUND.fullmatch(words[i + 2][0])
    if match is None or match.group(2) not in _PLURAL_CASES:
        return 0
    span = found.span(words[i], words[i + 2])
    bound = f"{words[i][0]} év {match.group(1)}ak"
    same = next((d for d in found.drafts.values() if d.name.hu == bound), None)
    (same or found.unknown_draft("Group", Name(bound, bound), [])).add(span)
    return i + 3


_AGE_BOUND = re.compile(r"(alatti|feletti|fölötti|felüli)(?:ak|ek)(\w*)")


def camp(found: Found, words: list[Token], i: int) -> int:
    """A named person's or party's camp, their followers told of as one ("Pârvulescu
    tábora", "a Fidesz táborát"): a Group from the name on; a camp no name possesses is
    a place ("a menekülttáborokban", "edzőtáborába")."""
    if i == 0 or _CAMP.fullmatch(words[i][0]) is None or not words[i - 1][0][0].isupper():
        return 0
    j = i - 1
    while j > 0 and i - j < 4 and words[j - 1][0][0].isupper() and words[j - 1][0] != "A":
        j -= 1
    if _clause_between(found, words[j], words[i - 1]):
        return 0
    span = found.span(words[j], words[i])
    found.unknown_draft("Group", Name(span.text, span.text), []).add(span)
    return i + 1


_CAMP = re.compile(r"tábor[aá](?:t|nak|val|ban|ból|hoz|tól|ra|ról|n)?")


def collective(found: Found, words: list[Token], i: int) -> int:
    """A people told of as one after the article ("a lakosságot", "a közönség", "a
    nagyközönség") or as a place's, from its possessor on ("a Gázai övezet
    lakosságának", "az ország lakosságának"): a Group; the audience of a crowd counted
    before is that crowd ("több mint 14 ezer néző" … "a közönség")."""
    word = words[i][0]
    if i == 0 or not word.islower() or word.endswith("i") or not _COLLECTIVE.search(word):
        return 0  # most words; "a lakossági fogyasztók": an adjective
    noun = next((COLLECTIVES[f] for f in stems(word) if f in COLLECTIVES), None)
    if noun is None:
        return 0
    first = i if words[i - 1][0].lower() in ("a", "az") else _possessor_start(found, words, i)
    if first == i and words[i - 1][0].lower() not in ("a", "az"):
        return 0  # neither the article nor a possessor before it
    crowd = found.latest(lambda d: d.id.startswith(_CROWDS)) if noun[1] == "audience" else None
    draft = crowd or found.drafts.get(f"{noun[1]}-group")
    if draft is None:
        draft = found.drafts[f"{noun[1]}-group"] = Draft(
            f"{noun[1]}-group", "Group", Name(*noun), confidence=0.5
        )
    draft.add(found.span(words[first], words[i]))
    return i + 1


_CROWDS = ("spectators-group", "visitors-group", "fans-group")
_COLLECTIVE = re.compile("|".join(COLLECTIVES))  # a cheap test before reading the word


_LOCALS = re.compile(r"([a-záéíóöőúüű]{3,}i)(ak|ek)([a-zé]*)")
_HOME_AND_ABROAD = frozenset({"belföldi", "külföldi"})


def _people_adjective(found: Found, word: str) -> bool:
    """An adjective before people: "szegedi", "magyar", one in "-s" ("a koalíciós
    partnerekkel", "tünetmentes betegeknek"), a past participle in "-tt" ("képzett
    hegesztők", "a fertőzött betegek", "elfogott migránsok"), a comparative ("a
    kisebb kiadók") and an ordinal ("harmadik országbeli vendégmunkások")."""
    return (
        _adjective(found, word)
        or (word.islower() and len(word) > 5 and word[-1] == "s")
        or _participle(word)
        or (word.islower() and word.endswith("bb") and len(word) > 4)  # "kisebb kiadók"
        or word in _ORDINALS
        or (word.islower() and word.endswith("dik") and len(word) > 5)  # "harmadik"
    )


_ORDINALS = frozenset({"első", "utolsó"})  # "a debreceni bázisra toborzott első tisztek"


def _body_adjective(found: Found, word: str) -> bool:
    """An adjective before a counted body: "japán", "hazai", "kulturális", "új"."""
    return _adjective(found, word) or (word.islower() and word.endswith(("s", "ú", "ű")))


def _bare_count(word: str) -> bool:
    """A count of several: digits ("31"), a numeral above one ("két"), "több", "számos";
    not "egy" (the article) nor a year's adjective ("2027-es")."""
    if word[0].isdigit():
        return word.replace(".", "").replace(",", "").isdigit()
    return _count(word)


def people_group(found: Found, words: list[Token], i: int) -> int:
    """People told of by what they do: a plural ("a kutatók", "Piaci elemzők", "a
    szegedi kutatók") or a count, maybe hedged ("több mint 120 tűzoltó", "mintegy 400
    magyar katona", "11-12 ezer észak-koreai katona"), or all of them ("minden
    tagállamnak"); one group per noun and state, soldiers an armed force of the state
    their adjective names."""
    if not _may_open_people(found, words[i][0].lower()):
        return 0  # no count, hedge, adjective or people noun opens here: most words
    if not any(_people_word(w) for w, _, _ in words[i : i + 7]):
        return 0  # no people noun near
    k = i + _hedge(words, i)
    counted = k < len(words) and (_count(words[k][0]) or words[k][0].lower() == "minden")
    if counted and i > 0 and words[i - 1][0].lower() in _AMONG:
        return 0  # "közülük 14 embert", "köztük hét gyermeket": some of a set, no set
    if counted and i > 0 and words[i - 1][0].isdigit() and _digits_go_on(found, words, i):
        return 0  # "71 850": inside a figure read (or left) from its first digits
    if counted:
        k = _past_count(found, words, k)
    elif k > i:
        return 0  # "több mint" with no number after it
    first = k  # where the words before the noun start, after the count
    adjectives: list[int] = []
    joined = False  # two adjectives joined by "és": two sets told together
    while (
        k + 1 < len(words)
        and len(adjectives) < 2 + joined
        and _people_adjective(found, words[k][0] if k else words[k][0].lower())  # "Piaci elemzők"
        and not (_people_noun(words[k][0], counted) and not _people_word(words[k + 1][0]))
    ):  # "több ezer pedagógus vett részt": a noun in "-s" is the noun when none follows
        adjectives.append(k)
        if step := _another_adjective(found, words, k):
            adjectives.append(k + step)  # "nyíregyházi és debreceni ingatlanfejlesztők"
            k += step
            joined = True
        k += 1
    if k >= len(words) or (not counted and not adjectives and not _opens(found, words, i)):
        return 0
    if k + 1 < len(words) and words[k][0] in _ADJECTIVE_NOUNS and _people_word(words[k + 1][0]):
        k += 1  # "húsz fiatal kutatót", "két beteg gyereket": the first noun is an adjective
    noun = _people_noun(words[k][0], counted)
    if noun is None or (noun in SET_BODIES and words[k][0].endswith(_WHERE + AT)):
        return 0
    if k + 1 < len(words) and words[k + 1][0] in _VERB_PREFIXES and _participle_noun(noun):
        return 0  # "27 magyar sérült meg": the verb with its prefix after it, no noun
    last = _listed_with(found, words, k) if counted else _joined_plural(found, words, i, k)
    states = [s for s in (found.adjective_of(words[at][0]) for at in adjectives) if s]
    state = next((s for s in states if s.type == "State"), None)
    if state is not None and not counted and (noun in GROUPS or noun in TROOPS):
        return 0  # "magyar tűzoltók", "orosz katonák": the nationality's group (below)
    for at in adjectives:
        known = found.adjective_of(words[at][0])
        if known is not None:
            found.draft(known).add(Span(*words[at]))  # "magyar katona": Hungary too
        else:
            local_adjective(found, words, at)  # "a tiszafüredi lakók"
    if not counted and _participle(words[i][0]) and _verb_before(words, i):
        return 0  # "nem tudott ügyfeleket fogadni": a verb, no participle
    start = words[_owner(found, words, i, k) if counted else _opening(found, words, i)]
    span = found.span(start, words[last])
    if state is not None and noun in GROUPS:
        _people(found, state, noun, span)  # "Huszonnyolc magyar tűzoltó"
        return k + 1
    team = noun in TEAMS and not joined  # "a debreceni és a balmazújvárosi tűzoltók": two
    type_: EntityType = "ArmedForce" if noun == "katona" else "Organization" if team else "Group"
    if state is not None:
        _group(found, state, type_, TROOPS.get(noun, PEOPLE[noun]), span)
        return k + 1
    draft = _people_draft(
        found,
        noun,
        type_,
        found.text[words[i][1] : words[first][1]].strip() if counted else "",  # the count
        bare=not counted and not adjectives,
    )
    part = _part(words, last + 1)  # "a lakók egy része": some of them, told as one
    draft.add(found.span(start, words[last + part]) if part else span)
    return last + 1 + part


def possessed_people(found: Found, words: list[Token], i: int) -> int:
    """People told of as someone's, in the possessed plural: "a Szegedi Tudományegyetem
    hallgatóit", "a pártok vezetőit", "a világ vezető autógyártói", "a folyó mentén fekvő
    falvak lakóinak", and with a person ending and no possessor, "vidéki ügyfeleink",
    "védőik": a Group, from the possessor on (a body's researchers its team), the
    same set as that noun's plural told of before or after."""
    word = words[i][0]
    reading = _possessed_noun(word) if word.islower() else None
    if reading is None or reading[0] == "katona":
        return 0  # most words; a state's or body's soldiers are its armed force
    noun, own = reading
    if own:  # "vidéki ügyfeleink", and opening the sentence "Vidéki ügyfeleink"
        before = words[i - 1][0] if i > 1 else words[0][0].lower()
        first = i - 1 if i > 0 and _people_adjective(found, before) else i
    elif not _possessed_not_adjective(found, words, i, noun):
        return 0  # "a vezetői engedély", "szakértői vélemény": an adjective
    elif (first := _possessor_start(found, words, i)) == i and (
        first := _named_possessor(found, words, i)
    ) == i:
        return 0  # no possessor told before it
    span = found.span(words[first], words[i])
    if noun in _BODY_NOUNS:  # "a baromfitartók szövetségeivel": several bodies
        if own:
            return 0  # "cégeik": whose, the words do not say
        many = plural_of(noun)  # named as their plural: "a patikák" after it is the same set
        told = _bodies_told(found, noun) or found.unknown_draft("Group", Name(many, many), [])
        told.add(span)
        return i + 1
    type_: EntityType = "Organization" if noun in TEAMS else "Group"
    _people_draft(found, noun, type_, "").add(span)
    return i + 1


@cache
def _possessed_noun(word: str) -> tuple[str, bool] | None:
    """The people noun a word is in the possessed plural, maybe with a person ending
    (their, our) and a case: "hallgatóit" (hallgató), "szakemberei", "ügyfeleink" (ours:
    True), "edzőiknek", "autógyártói" (a compound's head); None for any other word."""
    for case in _PLURAL_ENDINGS:
        if not word.endswith(case):
            continue
        stem = word[: len(word) - len(case)]
        for person in ("nk", "k", ""):
            base = stem[: len(stem) - len(person)]
            noun = _compound(base, _BY_POSSESSED) if base.endswith("i") else None
            if stem.endswith(person) and noun is not None:
                return noun, bool(person)
    return None


def _possessed_not_adjective(found: Found, words: list[Token], i: int, noun: str) -> bool:
    """Whether a possessed plural at `i` is no adjective in "-i": with a case ending or
    a linking vowel ("lakóit", "szakemberei") it cannot be one; bare after a vowel
    ("dolgozói", "vezetői") only where no noun it could qualify follows (a clause mark,
    a verb's ending, a postposition or a particle: "a gyár dolgozói tiltakoztak", "az
    MNB elemzői szerint")."""
    word = words[i][0]
    if not word.endswith("i") or word[:-1] not in {noun, *_long(noun)}:
        return True
    if i + 1 >= len(words) or found.text[words[i][2] : words[i + 1][1]].strip():
        return True
    after = words[i + 1][0].lower()
    return after in POSTPOSITIONS or after in _PARTICLES or after.endswith(_PLURAL_VERB)


_PARTICLES = frozenset(
    {"is", "pedig", "szerint", "sem", "már", "még", "nem", "és", "a", "az", "számára",
     "részére", "körében", "tavaly", "idén", "most", "ismét", "azonban", "viszont"}
)  # fmt: skip
"""Words no adjective qualifies: after them "-i" is the possessed plural ("a gyár
dolgozói tavaly", "a gyár munkavállalói számára")."""
_PLURAL_VERB = ("tak", "tek", "ták", "ték", "nak", "nek", "ják", "ik")


def _possessor_start(found: Found, words: list[Token], i: int) -> int:
    """Where the possessor of the possessed noun at `i` starts: after the article
    before it, within eight words and no clause mark ("a folyó mentén fekvő falvak
    lakóinak"), past "és a" after a name, an adjective or an ordinal ("a BYD szegedi és a
    CATL debreceni gyárának beszállítóit", "a X. és a XVII. kerület lakóit"); `i` when
    no article opens one there or a verb stands between."""
    j = i
    while j > 0 and i - j < 8 and not _clause_between(found, words[j - 1], words[j]):
        if _FINITE_PAST.search(words[j - 1][0]):
            return i  # "… képest megduplázta szavazóinak": a verb parts them
        if words[j - 1][0].lower() not in ("a", "az"):
            j -= 1
            continue
        if j < 3 or words[j - 2][0] != "és" or not _coordinated(words[j - 3][0]):
            return j if j < i else i
        j -= 3  # "X és a Y": the first of the two possessors
    return i


_FINITE_PAST = re.compile(r"[bcdfghjklmnprstvz]t[ae]$")
"""A definite past ("megduplázta", "közölte"), which no possessor's words end in."""


def _named_possessor(found: Found, words: list[Token], i: int) -> int:
    """Where a name read just before the word at `i` starts, its possessor with no
    article ("Orbán Viktor hívei", "Pârvulescu hívei"); `i` when no name ends there."""
    if i == 0:
        return i
    end = words[i - 1][2]
    starts = [
        m.span.start
        for d in found.drafts.values()
        for m in d.mentions
        if m.span.end == end and m.span.text[0].isupper()
    ]
    return next((j for j, w in enumerate(words[:i]) if w[1] == min(starts)), i) if starts else i


def _coordinated(word: str) -> bool:
    """Whether a word before "és a" ends a possessor the next one is coordinated with:
    a name ("Facebook"), an adjective ("szegedi") or an ordinal ("X.")."""
    return word[0].isupper() or word.endswith(("i", "."))


def _clause_between(found: Found, before: Token, after: Token) -> bool:
    """Whether a clause mark parts two words (not a bracketed acronym's brackets:
    "a Nemzeti Kibervédelmi Intézet (NKI) szakemberei")."""
    return any(mark in found.text[before[2] : after[1]] for mark in ",;:–")


def _owner(found: Found, words: list[Token], i: int, k: int) -> int:
    """Where counted people whose count starts at `i` start: at their one-word owner
    after the article, maybe past its adjective, or after the owner's own count, when
    the noun at `k` is possessed ("a hajó négy tengerésze", "a szolnoki autóbuszgyár
    mintegy 450 dolgozója", "több mint 40 ország mintegy 600 versenyzője"), else at the
    count."""
    if i < 2 or _BY_OWNED.get(words[k][0]) is None:
        return i
    owner = words[i - 1][0]
    plain = owner.islower() and not _clause_between(found, words[i - 1], words[i])
    if not plain or stems(owner) != (owner,):
        return i  # no ending it could have: "hajó", not "viadalon"
    if words[i - 2][0].lower() in ("a", "az"):
        return i - 1
    if _bare_count(words[i - 2][0]):  # "több mint 40 ország mintegy 600 versenyzője"
        return next((j for j in (i - 4, i - 3) if j >= 0 and _hedge(words, j) == i - 2 - j), i - 2)
    adjective = i > 2 and _adjective(found, words[i - 2][0])
    return i - 2 if adjective and words[i - 3][0].lower() in ("a", "az") else i


def _opening(found: Found, words: list[Token], i: int) -> int:
    """Where uncounted people whose words start at `i` start: at a participle's
    complement ("a piactéren megkérdezett lakók", "a Portfolio által megkérdezett
    elemzők"), at an adjective after the article that another reading took ("a
    belvárosi vendéglátósoknak": "belvárosi" is also the town centre), at the first of
    two compounds sharing a head (`_suspended`), else `i`."""
    after_article = i > 1 and words[i - 2][0].lower() in ("a", "az")
    if after_article and _adjective(found, words[i - 1][0]) and _people_word(words[i][0]):
        return i - 1
    if i == 0 or not _participle(words[i][0]) or _clause_between(found, *words[i - 1 : i + 1]):
        return _suspended(found, words, i)
    before = words[i - 1][0]
    if before == "által":  # "a Portfolio által": the agent's name, capitalised
        j = i - 1
        while j > 0 and i - j < 4 and words[j - 1][0][0].isupper() and words[j - 1][0] != "A":
            j -= 1
        return j if j < i - 1 else i
    if not (before.islower() and before.endswith(PLACE_CASES)):  # "a piactéren megkérdezett"
        return i
    if i > 1 and words[i - 2][0].lower() in ("a", "az"):
        return i - 1
    adjective = i > 2 and _adjective(found, words[i - 2][0])  # "a debreceni bázisra toborzott"
    return i - 2 if adjective and words[i - 3][0].lower() in ("a", "az") else i


def _participle(word: str) -> bool:
    """A past participle in "-tt" before people: "megkérdezett", "képzett"; not a
    postposition spelt so ("mellett", "helyett")."""
    return word.islower() and len(word) > 5 and word.endswith("tt") and word not in POSTPOSITIONS


def _verb_before(words: list[Token], i: int) -> bool:
    """Whether a word that leaves a "-tt" form a finite verb stands before it: "nem
    tudott", "már érkezett"."""
    return i > 0 and words[i - 1][0].lower() in _BEFORE_VERB


_BEFORE_VERB = frozenset({"nem", "sem", "is", "már", "még", "csak"})


def those_who(found: Found, words: list[Token], i: int) -> int:
    """People told of by what they do, a present participle in the plural after its
    complement, the article before both: "a kistelepüléseken élők", "a legkisebb
    nyugdíjból élők", "az ott élőket", "az oda utazóknak", "a prosztataeltávolításra
    várók": a Group, one per participle. Returns the index after the article only: the
    words inside are read on."""
    if words[i][0].lower() not in ("a", "az"):
        return 0
    k = i + 1
    while k < i + 3 and k + 2 < len(words) and _complements_adjective(found, words[k][0]):
        k += 1  # "a legkisebb nyugdíjból élők": the complement's adjective
    if k + 1 >= len(words) or not _complement(words[k][0]):
        return 0
    plural = _participle_plural(words[k + 1][0])
    if plural is None or _clause_between(found, words[k], words[k + 1]):
        return 0
    span = found.span(words[i + 1], words[k + 1])
    key = f"{plural}-group"
    draft = found.drafts.get(key)
    if draft is None:
        draft = found.drafts[key] = Draft(key, "Group", Name(plural, plural), confidence=0.5)
    draft.add(span)
    return i + 1


def _complements_adjective(found: Found, word: str) -> bool:
    """An adjective before a participle's complement: "szegedi", a superlative
    ("legkisebb"), one of what can be done ("tervezhető műtétekre várakozók")."""
    return (
        _adjective(found, word)
        or (word.startswith("leg") and len(word) > 5)
        or word.endswith(("ható", "hető"))
    )


def _complement(word: str) -> bool:
    """A participle's complement: a lower-case noun in a case of place or end ("a
    kistelepüléseken", "nyugdíjból", "eltávolításra"), or "ott", "oda", "itt", "ide"."""
    return word in _THERE or (word.islower() and word.endswith(PLACE_CASES) and len(word) > 4)


_THERE = frozenset({"ott", "oda", "itt", "ide", "otthon"})


@cache
def _participle_plural(word: str) -> str | None:
    """The nominative plural of a present participle in the plural, maybe in a case:
    "élők", "élőket" → "élők", "utazóknak" → "utazók"; None for any other word, and
    for what can be done, a predicate of things ("a boltokban kaphatók")."""
    for case in _PLURAL_ENDINGS:
        stem = word[: len(word) - len(case)] if word.endswith(case) else ""
        if len(stem) > 3 and stem.endswith(("ók", "ők")) and stem.islower():
            return None if stem.endswith(("hatók", "hetők")) else stem
    return None


_AMONG = frozenset({"közülük", "köztük"})
_VERB_PREFIXES = frozenset({"meg", "el", "ki", "be", "le", "fel", "össze", "át", "vissza"})


def _participle_noun(noun: str) -> bool:
    """Whether a people noun is a past participle ("sérült", "érintett", "eltűnt"),
    which is also the verb's past: "sérült meg"."""
    return noun.endswith("t")


def _suspended(found: Found, words: list[Token], i: int) -> int:
    """Where the people's words start when the first of two compounds sharing a head
    stands before "és" at `i` ("szív- és érrendszeri betegek", "bel- és külföldi
    turisták"): at that first word, else at `i`."""
    if i < 2 or words[i - 1][0] != "és":
        return i
    return i - 2 if found.text[words[i - 2][2] : words[i - 1][1]] == "- " else i


def _listed_with(found: Found, words: list[Token], k: int) -> int:
    """The last of the counted people nouns listed from `k` on, which one count tells
    together ("mintegy háromszáz vízügyi szakember, tűzoltó és közfoglalkoztatott")."""
    while k + 1 < len(words):
        step = 2 if words[k + 1][0] == "és" else 1
        gap = found.text[words[k][2] : words[k + 1][1]]
        if k + step >= len(words) or gap != (" " if step == 2 else ", "):
            return k
        if _people_noun(words[k + step][0], True) is None:
            return k
        k += step
    return k


def _another_adjective(found: Found, words: list[Token], k: int) -> int:
    """How far from the adjective at `k` another one stands after "és", maybe with its
    article, both before the people noun: 2 in "nyíregyházi és debreceni
    ingatlanfejlesztőktől", 3 in "a debreceni és a balmazújvárosi hivatásos tűzoltók";
    0 when none does."""
    if k + 3 >= len(words) or words[k + 1][0] != "és":
        return 0
    step = 3 if words[k + 2][0] in ("a", "az") else 2
    after = words[k + step : k + step + 3]
    if len(after) < 2 or not _people_adjective(found, after[0][0]):
        return 0
    return step if any(_people_word(w) for w, _, _ in after[1:]) else 0


def _joined_plural(found: Found, words: list[Token], i: int, k: int) -> int:
    """Where people in the plural at `k`, their words starting at `i`, end when "és"
    joins another plural of people to them, which the words tell as one set ("a
    gyalogosok és a kerékpárosok", "képzett hegesztők és villanyszerelők"): at that
    second noun, else at `k`; the last two of a list ("a kisgyerekek, az idősek és a
    betegek") stay sets of their own."""
    if k + 2 >= len(words) or words[k + 1][0] != "és" or _clause_between(found, *words[k : k + 2]):
        return k
    opening = i - 1 if i > 0 and words[i - 1][0].lower() in ("a", "az") else i
    gap = found.text[words[opening - 1][2] : words[opening][1]] if opening > 0 else ""
    if "," in gap and _people_word(words[opening - 1][0]):
        return k  # "a kisgyerekek, az idősek és": a list's last two
    j = k + 3 if words[k + 2][0] in ("a", "az") else k + 2
    return j if j < len(words) and _people_noun(words[j][0], False) is not None else k


def _people_draft(
    found: Found, noun: str, type_: EntityType, count: str, bare: bool = False
) -> Draft:
    """The group of people `noun` tells of: a count ("mintegy 300 embert", "több mint 2
    ezer ember") is a set of its own, the same count again the same set; the plural ("a
    nézők", "a lakók") is the set of that noun told of last ("312 ezer néző" … "a
    nézők"), or a wider set (`_wider_set`; `bare`: no adjective or possessor of its
    own), or a new one."""
    key = f"{_plural_name(noun)[1].replace(' ', '-')}-group"
    sets = [d for d in found.drafts.values() if d.id == key or d.id.startswith(f"{key}-")]
    if count:
        same = (d for d in sets if any(_counted_as(m.span.text, count) for m in d.mentions))
        uncounted = (d for d in sets if not any(_counted_mention(m.span.text) for m in d.mentions))
        if draft := next(same, None) or next(uncounted, None) or _same_figure(found, count):
            return draft
        key = f"{key}-{len(sets) + 1}" if sets else key
    elif sets:
        return max(sets, key=lambda d: max(m.span.start for m in d.mentions))
    elif (wider := _wider_set(found, noun, type_, bare)) is not None:
        return wider
    draft = found.drafts[key] = Draft(key, type_, Name(*_plural_name(noun)), confidence=0.5)
    return draft


def _same_figure(found: Found, count: str) -> Draft | None:
    """The set of people counted before with the same figure of ten or more, whatever
    the noun ("214 halottja" … "214 ember vesztette életét"): one set told twice."""
    figure = _figure(count)
    if not figure or (figure[0].isdigit() and len(figure) == 1 and int(figure[0]) < 10):
        return None
    return next(
        (
            d
            for d in found.drafts.values()
            if d.type == "Group" and any(_figure(m.span.text) == figure for m in d.mentions)
        ),
        None,
    )


def _wider_set(found: Found, noun: str, type_: EntityType, bare: bool) -> Draft | None:
    """The set a plural of `noun` names again when none of that noun was told of: the
    one told of last by another word for the same people ("51 248 néző" … "a
    szurkolóknak", "a dolgozók" … "a gyár munkavállalói"); when `bare`, also by a
    compound ending in it ("az embercsempészek" … "a csempészek") or a state's
    adjective before it ("a magyar gazdák" … "a gazdák"). Not people counted by the
    generic noun before ("mintegy kétezer ember"): as often another set."""
    plural = _plural_name(noun)[0]
    family = next((f for f in _SAME_PEOPLE if f"{_plural_name(noun)[1]}-group" in f), ())
    wider = [
        d
        for d in found.drafts.values()
        if d.type == type_
        and d.mentions
        and (
            (bare and d.name.hu != plural and d.name.hu.endswith(plural))
            or (bool(family) and d.id.startswith(family))
        )
    ]
    return max(wider, key=lambda d: max(m.span.start for m in d.mentions), default=None)


_SAME_PEOPLE = (
    ("spectators-group", "visitors-group", "fans-group"),
    ("workers-group", "employees-group", "the-employed-group"),
)
"""Words for the same people, one set however the article calls them."""


def _plural_name(noun: str) -> tuple[str, str]:
    """A people noun's plural, Hungarian and English: "lakók", "residents"."""
    return PEOPLE.get(noun) or OFFICE_HOLDERS[noun]


def _counted_as(text: str, count: str) -> bool:
    """Whether a mention opens with `count` ("mintegy háromszáz embert"), or with the
    same figure in words or digits, however hedged ("négyszázötven dolgozó" … "mintegy
    450 dolgozója")."""
    if text.lower().split()[: len(count.split())] == count.lower().split():
        return True
    figure = _figure(count)
    return bool(figure) and _figure(text) == figure


def _number_word(word: str) -> bool:
    """Whether a word gives a number: digits or a numeral ("450", "négyszázötven")."""
    return word[0].isdigit() or parse_number_word(word) is not None


def _figure(text: str) -> tuple[str, ...]:
    """The figure a count opening `text` gives, its hedges left out, its number words
    as digits: "mintegy 450 dolgozója" and "négyszázötven dolgozó" both ("450",)."""
    figure: list[str] = []
    for word in text.lower().split():
        if word in _HEDGE_WORDS or not (figure or _number_word(word)):
            continue  # "mintegy"; an owner before the count: "a gyár mintegy 450 dolgozója"
        number = parse_number_word(word) if not word[0].isdigit() else None
        if number is None and not word[0].isdigit() and word not in _MULTIPLIERS:
            break
        figure.append(str(number) if number is not None else word)
    return tuple(figure)


def _counted_mention(text: str) -> bool:
    """Whether a mention of people opens with a count or its hedge ("30-35 embernek")."""
    first = text.split()[0]
    return first.lower() in _HEDGES_BY_FIRST or _count(first)


def _past_count(found: Found, words: list[Token], k: int) -> int:
    """The index after a count at `k`: its multipliers ("két ezer", "néhány tucat"), the
    groups of three digits of a long figure ("51 248"), its decimals ("1,1 millió") and
    the smaller figure after a multiplier ("2 millió 410 ezer")."""
    k += 1
    while k < len(words) and (
        words[k][0] in _MULTIPLIERS
        or (words[k - 1][0].isdigit() and words[k][0].isdigit() and _digits_go_on(found, words, k))
        or (
            words[k - 1][0] in _MULTIPLIERS
            and words[k][0].isdigit()
            and k + 1 < len(words)
            and words[k + 1][0] in _MULTIPLIERS
        )
    ):
        k += 1
    return k


def _digits_go_on(found: Found, words: list[Token], k: int) -> bool:
    """Whether the digits at `k` continue the figure before: after a space in groups of
    three ("51 248"), or right after its decimal comma ("1,1")."""
    gap = found.text[words[k - 1][2] : words[k][1]]
    return gap == "," or (gap == " " and len(words[k][0]) == 3)


def _part(words: list[Token], j: int) -> int:
    """How many words at `j` tell a part of the people before as a phrase of its own
    ("egy része", "nagy része"): 0 when none. A possessed share in one word ("a lakók
    többsége", "az elemzők fele") leaves the people their own mention, as the golds
    have it."""
    after = tuple(w.lower() for w, _, _ in words[j : j + 2])
    return 2 if after in (("egy", "része"), ("nagy", "része")) else 0


_HEDGES = (
    ("több", "mint"), ("kevesebb", "mint"), ("mintegy",), ("legalább",), ("legfeljebb",),
    ("közel",), ("csaknem",), ("majdnem",), ("nagyjából",), ("körülbelül",), ("néhány",),
    ("akár",), ("egyre",), ("további",),
)  # fmt: skip
_ADJECTIVE_NOUNS = frozenset({"fiatal", "idős", "beteg", "sérült", "hajléktalan", "munkanélküli"})
"""People nouns that are adjectives before another ("fiatal kutatók", "idős betegeknek")."""
_MULTIPLIERS = frozenset({"ezer", "tízezer", "százezer", "millió", "tucat", "száz"})


def some_of_group(found: Found, words: list[Token], i: int) -> int:
    """ "Sokan", "közülük többen", "Egyesek": some of the group of people told of in
    this or the previous sentence (its members: a mention of the group)."""
    if words[i][0].lower() not in _SOME:
        return 0
    since = found.previous_sentence_start(words[0][1])
    group = found.latest(
        lambda d: (
            (d.id.endswith("-group") or d.type == "ArmedForce" or d in found.groups)
            and any(since <= m.span.start < words[i][1] for m in d.mentions)
        )
    )
    if group is None:
        return 0
    group.add(Span(*words[i]))
    return i + 1


_SOME = frozenset({"sokan", "többen", "egyesek", "néhányan", "mások"})


def _may_open_people(found: Found, first: str) -> bool:
    """Whether people may be told of from a word: a count or its hedge, "sok", "minden"
    (every: "minden tagállamnak", "Minden állampolgár", all of them), an adjective, a
    people noun."""
    return (
        first[0].isdigit()
        or first in ("minden", "sok")
        or first in _HEDGES_BY_FIRST
        or first.endswith(("i", "s", "tt", "bb", "dik"))
        or first in _ORDINALS
        or _people_word(first)
        or found.adjective_of(first) is not None
        or parse_number_word(first) is not None
    )


def _hedge(words: list[Token], i: int) -> int:
    """How many words of a hedge before a count start at `i`: "több mint", "mintegy"."""
    first = words[i][0].lower()
    for hedge in _HEDGES_BY_FIRST.get(first, ()):
        if tuple(w.lower() for w, _, _ in words[i : i + len(hedge)]) == hedge:
            return len(hedge) if hedge != ("néhány",) else 0
    return 0


_HEDGE_WORDS = frozenset(w for hedge in _HEDGES for w in hedge)
_HEDGES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _hedge_words in _HEDGES:
    _HEDGES_BY_FIRST.setdefault(_hedge_words[0], []).append(_hedge_words)


def _count(word: str) -> bool:
    """A number of people: digits ("120", "40-50"), a numeral above one ("kétszáz"),
    "néhány", "sok" ("sok ingázónak"); not "egy" ("egy alezredes" is one person)."""
    return (
        word[0].isdigit()
        or word.lower() in ("néhány", "több", "számos", "sok")  # "több pilóta": several
        or (word.lower() != "egy" and parse_number_word(word) is not None)
    )


def _adjective(found: Found, word: str) -> bool:
    """A lower-case adjective before a noun: "szegedi", "piaci", "magyar"."""
    return word.islower() and (
        (word.endswith("i") and len(word) > 3) or found.adjective_of(word) is not None
    )


def _opens(found: Found, words: list[Token], i: int) -> bool:
    """Whether a bare plural at `i` is told of as people: after the article, opening
    its sentence or clause ("Elemzők szerint", ", ismeretlenek megtámadták"), or in the
    dative, those something is said or given to ("újságíróknak azt mondta", "turistáknak
    szól")."""
    if i == 0 or words[i][0].endswith(tuple("k" + case for case in DATIVE)):
        return True  # "-knak", "-knek": not "ismeretlenek", a plural in "-ek" after "n"
    before = found.text[words[i - 1][2] : words[i][1]]
    return words[i - 1][0].lower() in ("a", "az") or any(mark in before for mark in ",;:–")


def _people_word(word: str) -> bool:
    """Whether a word is a people noun, counted or plural: a cheap test before reading."""
    return _people_noun(word, True) is not None or _people_noun(word, False) is not None


@cache
def _people_noun(word: str, counted: bool) -> str | None:
    """The people noun `word` is: singular after a count ("tűzoltó", "katonát", "kétezer
    hívő"), else plural ("kutatók", "Elemzők", "lakóktól", "a hívek"); a compound ending
    in one is one of them ("vízirendőrök", "ingatlanfejlesztőktől", "szívbetegek"), and
    so is one spelt with a hyphen, whole ("légiutas-kísérőket") or by its last part
    ("NATO-tagállamok")."""
    lower = word.lower()
    forms = (lower, lower.rpartition("-")[2]) if "-" in lower else (lower,)
    return next((noun for form in forms if (noun := _noun_of(form, counted))), None)


def _noun_of(form: str, counted: bool) -> str | None:
    """The people noun of a word with no hyphen, counted or plural (`_people_noun`)."""
    if counted:
        return _compound(form, _BY_COUNTED) or _BY_OWNED.get(form)  # "novemberében": no
    return next(
        (
            noun
            for ending in _PLURAL_ENDINGS
            if form.endswith(ending)
            and (noun := _compound(form[: len(form) - len(ending)], _BY_PLURAL))
        ),
        None,
    )


def _compound(form: str, nouns: dict[str, str]) -> str | None:
    """The people noun `form` is in `nouns`, whole or as the head of a compound of at
    least three letters before a head of five ("vízi|rendőrök"; not "da|rabok")."""
    if form in nouns:
        return nouns[form]
    return next(
        (nouns[form[k:]] for k in range(3, len(form) - 4) if form[k:] in nouns),
        None,
    )


def _counted_forms(noun: str) -> set[str]:
    """A counted noun, which stays singular, in any case: "katona", "katonát",
    "tűzoltót", "látogatóra", "embernek", "katonának"."""
    long = noun[:-1] + {"a": "á", "e": "é"}[noun[-1]] if noun[-1] in "ae" else noun
    return {noun, noun + "ot", noun + "at", noun + "et", noun + "öt"} | {
        long + case for case in _SINGULAR_CASES
    }


# The case endings a counted noun takes straight after it ("80–100 ezer látogatóra"):
# not "-val/-vel", which assimilate ("emberrel").
_SINGULAR_CASES = frozenset(
    {"t", "nak", "nek", "tól", "től", "hoz", "hez", "höz", "ra", "re", "ról", "ről", "ba",
     "be", "ban", "ben", "ból", "ből", "nál", "nél", "ért"}
)  # fmt: skip


_PLURAL_CASES = frozenset(
    {"", "t", "at", "et", "nak", "nek", "kal", "kel", "val", "vel", "tól", "től", "hoz",
     "hez", "höz", "ra", "re", "ról", "ről", "ba", "be", "ban", "ben", "ból", "ből", "nál",
     "nél", "ért"}
)  # fmt: skip
_PLURAL_ENDINGS = tuple(sorted(_PLURAL_CASES, key=lambda e: (len(e), e)))  # a fixed order
_BY_PLURAL = {plural: noun for noun, (plural, _) in PEOPLE.items()} | PLURAL_VARIANTS
_BY_COUNTED = {form: noun for noun in PEOPLE for form in _counted_forms(noun)}


def _owned_forms(noun: str, plural: str) -> set[str]:
    """A counted noun in the possessed singular, in any case: "több mint 78 ezer
    látogatója" (its visitors), "négy tengerésze", "három osztálytársát", "több idős
    ügyfele" (the plural's stem before "k", "ügyfele")."""
    owned = {noun + "ja", noun + "je"}
    if noun[-1] not in "aáeéiíoóöőuúüű":
        owned |= {noun + "a", noun + "e"} | ({plural[:-1]} if plural.endswith("ek") else set())
    cased = {long + case for form in owned for long in _long(form) for case in _SINGULAR_CASES}
    return owned | cased


_BY_OWNED = {
    form: noun for noun, (plural, _) in PEOPLE.items() for form in _owned_forms(noun, plural)
}


def _possessed_forms(noun: str, plural: str) -> set[str]:
    """A people noun's possessed plural before any ending: the plural's stem and "i"
    ("lakói", "szakemberei", "ügyfelei", "gazdái"), and after a consonant "-ai", "-jai",
    "-jei" ("utasai", "diákjai")."""
    forms = {plural[:-1] + "i"}
    if noun[-1] not in "aáeéiíoóöőuúüű":
        forms |= {noun + "ai", noun + "jai", noun + "jei"}
    return forms


_BODY_NOUNS = frozenset(
    n for n, t in DESCRIPTIONS.items() if t in BODIES and " " not in n and not n.endswith("k")
)
"""Bodies told of by what they are, whose possessed plural is several of them ("a
baromfitartók szövetségeivel", "a régió kórházai"); not the listed plurals ("mentők")."""
_BY_POSSESSED = {
    form: noun
    for noun, many in (
        *((n, p) for n, (p, _) in (*PEOPLE.items(), *OFFICE_HOLDERS.items())),
        *((n, plural_of(n)) for n in _BODY_NOUNS),
        *((n, p) for p, n in PLURAL_VARIANTS.items() if n in PEOPLE),  # "X hívei"
    )
    for form in _possessed_forms(noun, many)
}


def _literal_or_metonymic_adjective(
    found: Found, known: Known, word: Token, noun: Token | None
) -> None:
    """The adjective mentions its state or place; a capital's adjective before a
    source ("moszkvai források") stands for the capital's state too."""
    span = Span(*word)
    found.draft(known).add(span)
    nouns = stems(noun[0]) if noun else ()
    if known.stands_for and SOURCE_NOUNS.intersection(nouns):
        found.draft(found.gaz.entries[known.stands_for]).add(span, metonymy_of=known.id)


def _noun_group(found: Found, known: Known, words: list[Token], i: int, military: bool) -> bool:
    """Adjective + noun: troops, people sent together, media or leadership of the
    adjective's state. Whether the noun made a group."""
    noun_word = words[i + 1]
    nouns = stems(noun_word[0])
    state = found.gaz.entries.get(known.stands_for or "") if known.type == "Place" else known
    if state is None:
        return False
    for lemma, (plural, english) in TROOPS.items():
        if noun_word[0].lower() == lemma + "i":
            continue  # "francia katonai tanácsadók": an adjective, no troops
        if lemma in nouns and known.type == "State" and (military or lemma != "csapat"):
            first = i - 1 if i > 0 and words[i - 1][0].lower() == "első" else i
            _group(
                found, state, "ArmedForce", (plural, english), found.span(words[first], noun_word)
            )
            return True
    group = next((n for n in GROUPS if n in nouns), None)
    if group is not None and known.type == "State":
        _people(found, state, group, found.span(words[i], noun_word))
        return True
    body = next((n for n in (*MEDIA, *LEADERSHIPS) if n in nouns), None)
    if body is None:
        return False
    span = found.span(words[i], noun_word)
    if body in MEDIA:
        _group(found, state, "NewsAgency", (body, MEDIA[body]), span)
    else:
        metonymy = known.id if known.type == "Place" else None
        _group(found, state, "GovernmentBody", (body, LEADERSHIPS[body]), span, metonymy)
    return True


def _group(
    found: Found,
    state: Known,
    type_: EntityType,
    noun: tuple[str, str],
    span: Span,
    metonymy_of: str | None = None,
    suffix: str | None = None,
) -> None:
    """The state's group named by `noun` (Hungarian, English), one entity however
    often it is mentioned: "orosz csapatok", "észak-koreai média"."""
    adjective = next(iter(state.adjectives), state.name.hu.lower())
    english = state.adjective_en or state.name.en
    key = suffix or noun[1].replace(" ", "-")
    draft = found.drafts.get(f"{state.id}-{key}")
    if draft is None:
        draft = found.drafts[f"{state.id}-{key}"] = Draft(
            id=f"{state.id}-{key}",
            type=type_,
            name=Name(f"{adjective} {noun[0]}", f"{english} {noun[1]}"),
            confidence=0.6,
            affiliation=state.id,
        )
    draft.add(span, metonymy_of)


def _people(found: Found, state: Known, noun: str, span: Span) -> None:
    """A group of a state's people: "magyar tűzoltók", then "a magyar egység" is
    the same group (a state sends one group to one place in an article)."""
    same = [d for d in found.groups if d.affiliation == state.id]
    if same:
        same[-1].add(span)
        return
    before = set(found.drafts)
    _group(found, state, "Organization", GROUPS[noun], span)
    found.groups += [found.drafts[k] for k in found.drafts if k not in before]
