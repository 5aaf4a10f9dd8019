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

from kb.extract.context import BODIES
from kb.extract.descriptions import described_as, description_noun
from kb.extract.found import Draft, Found, Token
from kb.extract.gazetteer import Known
from kb.extract.lexicon import (
    COLLECTIVES,
    GROUPS,
    LEADERSHIPS,
    MEDIA,
    PEOPLE,
    PLURAL_VARIANTS,
    SET_BODIES,
    SOURCE_NOUNS,
    TEAMS,
    TROOPS,
)
from kb.extract.morphology import AT, stems
from kb.extract.names import local_adjective
from kb.extract.quantities import parse_number_word
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
    one before; "a két szakszervezet", "a két cég": the two bodies the noun describes
    named there; nothing when there are more or fewer (the article's main state is not
    one of them by default). Not "a felek": the parties to what, the words do not say,
    and a wrong state there would be a wrong link."""
    if words[i][0].lower() != "két" or i + 1 >= len(words):
        return 0
    noun_stems = stems(words[i + 1][0])
    if "ország" in noun_stems:
        return _both(found, words, i, _two(found, words, i, "State"))
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
    found.unknown_draft("Group", Name(span.text, span.text), []).add(span)
    return k + 1


def states_together(found: Found, words: list[Token], i: int) -> int:
    """Countries told of together by what they are ("a nyugati országok", "a térség
    országainak"): several states, a Group, unless where something is ("a környező
    országokban", "harmadik országokba": places the golds leave unnamed)."""
    if i + 1 >= len(words) or not words[i][0].islower() or words[i][0] in _NO_NOUN:
        return 0
    word = words[i + 1][0]
    plural = word.startswith(("országok", "országai")) and not word.endswith(_WHERE)
    if not plural or not (_adjective(found, words[i][0]) or word.startswith("országai")):
        return 0
    span = found.span(words[i], words[i + 1])
    found.unknown_draft("Group", Name(span.text, span.text), []).add(span)
    return i + 2


_WHERE = ("ban", "ben", "ba", "be")


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
    found.unknown_draft("Group", Name(plural, plural), []).add(Span(*words[i]))
    return i + 1


def collective(found: Found, words: list[Token], i: int) -> int:
    """A people told of as one after the article ("a lakosságot", "a közönség", "a
    nagyközönség"): a Group; the audience of a crowd counted before is that crowd ("több
    mint 14 ezer néző" … "a közönség")."""
    word = words[i][0]
    if i == 0 or words[i - 1][0].lower() not in ("a", "az") or not word.islower():
        return 0
    if word.endswith("i"):
        return 0  # "a lakossági fogyasztók": an adjective
    noun = next((COLLECTIVES[f] for f in stems(word) if f in COLLECTIVES), None)
    if noun is None:
        return 0
    crowd = found.latest(lambda d: d.id.startswith(_CROWDS)) if noun[1] == "audience" else None
    draft = crowd or found.drafts.get(f"{noun[1]}-group")
    if draft is None:
        draft = found.drafts[f"{noun[1]}-group"] = Draft(
            f"{noun[1]}-group", "Group", Name(*noun), confidence=0.5
        )
    draft.add(Span(*words[i]))
    return i + 1


_CROWDS = ("spectators-group", "visitors-group", "fans-group")


_LOCALS = re.compile(r"([a-záéíóöőúüű]{3,}i)(ak|ek)([a-zé]*)")
_HOME_AND_ABROAD = frozenset({"belföldi", "külföldi"})


def _people_adjective(found: Found, word: str) -> bool:
    """An adjective before people: "szegedi", "magyar", and one in "-s" ("a koalíciós
    partnerekkel", "tünetmentes betegeknek")."""
    return _adjective(found, word) or (word.islower() and len(word) > 5 and word[-1] == "s")


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
    magyar katona", "11-12 ezer észak-koreai katona"); one group per noun and state,
    soldiers an armed force of the state their adjective names."""
    if not _may_open_people(found, words[i][0].lower()):
        return 0  # no count, hedge, adjective or people noun opens here: most words
    if not any(_people_word(w) for w, _, _ in words[i : i + 7]):
        return 0  # no people noun near
    k = i + _hedge(words, i)
    counted = k < len(words) and _count(words[k][0])
    if counted:
        k = _past_count(found, words, k)
    elif k > i:
        return 0  # "több mint" with no number after it
    first = k  # where the words before the noun start, after the count
    adjectives: list[int] = []
    while (
        k + 1 < len(words)
        and len(adjectives) < 2
        and _people_adjective(found, words[k][0] if k else words[k][0].lower())  # "Piaci elemzők"
        and not (_people_noun(words[k][0], counted) and not _people_word(words[k + 1][0]))
    ):  # "több ezer pedagógus vett részt": a noun in "-s" is the noun when none follows
        adjectives.append(k)
        if _and_another(found, words, k):
            adjectives.append(k + 2)  # "nyíregyházi és debreceni ingatlanfejlesztők"
            k += 2
        k += 1
    if k >= len(words) or (not counted and not adjectives and not _opens(found, words, i)):
        return 0
    if k + 1 < len(words) and words[k][0] in _ADJECTIVE_NOUNS and _people_word(words[k + 1][0]):
        k += 1  # "húsz fiatal kutatót", "két beteg gyereket": the first noun is an adjective
    noun = _people_noun(words[k][0], counted)
    if noun is None or (noun in SET_BODIES and words[k][0].endswith(_WHERE + AT)):
        return 0
    last = _listed_with(found, words, k) if counted else k
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
    start = words[i if counted else _suspended(found, words, i)]
    span = found.span(start, words[last])
    if state is not None and noun in GROUPS:
        _people(found, state, noun, span)  # "Huszonnyolc magyar tűzoltó"
        return k + 1
    type_: EntityType = (
        "ArmedForce" if noun == "katona" else "Organization" if noun in TEAMS else "Group"
    )
    if state is not None:
        _group(found, state, type_, TROOPS.get(noun, PEOPLE[noun]), span)
        return k + 1
    draft = _people_draft(
        found,
        noun,
        type_,
        span.text[: words[first][1] - span.start] if counted else "",
    )
    part = _part(words, last + 1)  # "a lakók egy része": some of them, told as one
    draft.add(found.span(start, words[last + part]) if part else span)
    return last + 1 + part


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


def _and_another(found: Found, words: list[Token], k: int) -> bool:
    """Whether "és" and another adjective follow the adjective at `k`, both before the
    people noun: "nyíregyházi és debreceni ingatlanfejlesztőktől"."""
    return (
        k + 3 < len(words)
        and words[k + 1][0] == "és"
        and _people_adjective(found, words[k + 2][0])
        and _people_word(words[k + 3][0])
    )


def _people_draft(found: Found, noun: str, type_: EntityType, count: str) -> Draft:
    """The group of people `noun` tells of: a count ("mintegy 300 embert", "több mint 2
    ezer ember") is a set of its own, the same count again the same set; the plural ("a
    nézők", "a lakók") is the set of that noun told of last ("312 ezer néző" … "a
    nézők"), or a new one."""
    key = f"{PEOPLE[noun][1].replace(' ', '-')}-group"
    sets = [d for d in found.drafts.values() if d.id == key or d.id.startswith(f"{key}-")]
    if count:
        same = (d for d in sets if any(_counted_as(m.span.text, count) for m in d.mentions))
        uncounted = (d for d in sets if not any(_counted_mention(m.span.text) for m in d.mentions))
        if (draft := next(same, None) or next(uncounted, None)) is not None:
            return draft
        key = f"{key}-{len(sets) + 1}" if sets else key
    elif sets:
        return max(sets, key=lambda d: max(m.span.start for m in d.mentions))
    draft = found.drafts[key] = Draft(key, type_, Name(*PEOPLE[noun]), confidence=0.5)
    return draft


def _counted_as(text: str, count: str) -> bool:
    """Whether a mention opens with `count` ("mintegy háromszáz embert")."""
    return text.lower().split()[: len(count.split())] == count.lower().split()


def _counted_mention(text: str) -> bool:
    """Whether a mention of people opens with a count or its hedge ("30-35 embernek")."""
    first = text.split()[0]
    return first.lower() in _HEDGES_BY_FIRST or _count(first)


def _past_count(found: Found, words: list[Token], k: int) -> int:
    """The index after a count at `k`: its multipliers ("két ezer", "néhány tucat"), the
    groups of three digits of a long figure ("51 248") and its decimals ("1,1 millió")."""
    k += 1
    while k < len(words) and (
        words[k][0] in _MULTIPLIERS
        or (words[k - 1][0].isdigit() and words[k][0].isdigit() and _digits_go_on(found, words, k))
    ):
        k += 1
    return k


def _digits_go_on(found: Found, words: list[Token], k: int) -> bool:
    """Whether the digits at `k` continue the figure before: after a space in groups of
    three ("51 248"), or right after its decimal comma ("1,1")."""
    gap = found.text[words[k - 1][2] : words[k][1]]
    return gap == "," or (gap == " " and len(words[k][0]) == 3)


def _part(words: list[Token], j: int) -> int:
    """How many words at `j` tell a part of the people before ("egy része", "többsége",
    "nagy része", "fele"): 0 when none."""
    after = tuple(w.lower() for w, _, _ in words[j : j + 2])
    if after[:2] in (("egy", "része"), ("nagy", "része")):
        return 2
    return 1 if after[:1] in (("többsége",), ("fele",), ("kisebbsége",)) else 0


_HEDGES = (
    ("több", "mint"), ("kevesebb", "mint"), ("mintegy",), ("legalább",), ("legfeljebb",),
    ("közel",), ("csaknem",), ("majdnem",), ("nagyjából",), ("körülbelül",), ("néhány",),
    ("akár",), ("egyre",),
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
    return (
        first[0].isdigit()
        or first in _HEDGES_BY_FIRST
        or first.endswith(("i", "s"))
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


_HEDGES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _hedge_words in _HEDGES:
    _HEDGES_BY_FIRST.setdefault(_hedge_words[0], []).append(_hedge_words)


def _count(word: str) -> bool:
    """A number of people: digits ("120", "40-50"), a numeral above one ("kétszáz"),
    "néhány"; not "egy" ("egy alezredes" is one person)."""
    return (
        word[0].isdigit()
        or word.lower() in ("néhány", "több", "számos")  # "több pilóta": several
        or (word.lower() != "egy" and parse_number_word(word) is not None)
    )


def _adjective(found: Found, word: str) -> bool:
    """A lower-case adjective before a noun: "szegedi", "piaci", "magyar"."""
    return word.islower() and (
        (word.endswith("i") and len(word) > 3) or found.adjective_of(word) is not None
    )


def _opens(found: Found, words: list[Token], i: int) -> bool:
    """Whether a bare plural at `i` is told of as people: after the article, or opening
    its sentence or clause ("Elemzők szerint", ", ismeretlenek megtámadták")."""
    if i == 0:
        return True
    before = found.text[words[i - 1][2] : words[i][1]]
    return words[i - 1][0].lower() in ("a", "az") or any(mark in before for mark in ",;:–")


def _people_word(word: str) -> bool:
    """Whether a word is a people noun, counted or plural: a cheap test before reading."""
    return _people_noun(word, True) is not None or _people_noun(word, False) is not None


@cache
def _people_noun(word: str, counted: bool) -> str | None:
    """The people noun `word` is: singular after a count ("tűzoltó", "katonát", "kétezer
    hívő"), else plural ("kutatók", "Elemzők", "lakóktól", "a hívek"); a compound ending
    in one is one of them ("vízirendőrök", "ingatlanfejlesztőktől", "szívbetegek")."""
    lower = word.lower().rpartition("-")[2] if "-" in word else word.lower()
    if counted:
        return _compound(lower, _BY_COUNTED)
    return next(
        (
            noun
            for ending in _PLURAL_ENDINGS
            if lower.endswith(ending)
            and (noun := _compound(lower[: len(lower) - len(ending)], _BY_PLURAL))
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
