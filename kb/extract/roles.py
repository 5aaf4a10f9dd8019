"""What the words around a mention say about it: a capital that acts or speaks stands
for its state (metonymy); an office after or before a person's name, or in an
apposition, is their role ("Andrej Belouszov orosz védelmi miniszter", "a rendőrség
szóvivője, Tóth Anna"); an office alone ("a miniszter") names its holder; a body's or
state's possessed office ("Oroszország ENSZ-nagykövete") names a person.
"""

from __future__ import annotations

import re
from functools import cache

from kb.extract.context import BODIES
from kb.extract.descriptions import age, body_after, possessors
from kb.extract.found import Draft, Found, Token, without_legal_form
from kb.extract.gazetteer import Known
from kb.extract.lexicon import PEOPLE, POSTPOSITIONS, ROLE_MODIFIERS, ROLES, TEAMS, UNITS
from kb.extract.morphology import POSSESSED, SINGULAR_CASES, possessed_nominative, stems
from kb.model import EntityType, Name, Span

_CLAUSE_MARK = re.compile(r"[,;:.–]")
_APPOSITION = re.compile(r"(?:,|\s(?:lett|lesz|maradt|marad))\s+az?\s+$")  # or a copula
_QUANTIFIERS = frozenset({"többi", "valamennyi", "egyéb"})  # "a kórház többi osztálya": a part

HEAD_OF = frozenset({"élén"})
"""Postpositions after a body that make it the owner of the person's place, not the
person: "a hatóság élén álló államtitkár" (the state secretary speaks)."""

# Known entities whose possessed office names a person: "Oroszország ENSZ-nagykövete",
# "Debrecen polgármestere".
_POSSESSORS = frozenset({"State", "GovernmentBody", "Organization", "Place"})


def mention_known(found: Found, known: Known, span: Span, words: list[Token], after: int) -> None:
    """A gazetteer name at `span`, and what the words `after` it say: a capital that
    acts stands for its state, an office is a person's role or names an unnamed
    holder, a description after a news agency is the agency too."""
    draft = found.draft(known)
    draft.add(span)
    following = words[after] if after < len(words) else None
    if (
        known.stands_for
        and _acts(span.text, known, following)
        and _alone(found, span, words, after)
    ):
        found.draft(found.gaz.entries[known.stands_for]).add(span, metonymy_of=known.id)
    if known.type == "Person":
        role_after(found, draft, words, after)
    if known.type in _POSSESSORS and following is not None:
        office_holder(found, known, span, following)
    if known.type == "NewsAgency":
        _agency_apposition(found, draft, words, after)


def named_head(found: Found, words: list[Token], i: int) -> int:
    """ "Oktatási Hivatal" … "a hivatal", "Váci Egyházmegye" … "az egyházmegye", "az
    Európai Bizottság" … "a Bizottság": after the article, the head of a body's name told
    before, alone and in the singular, refers back to that body (capitalised too, as the
    short name of the one body); to none when two bodies named so far share the head."""
    word = words[i][0]
    if i == 0 or words[i - 1][0].lower() not in ("a", "az") or not word[0].isalpha():
        return 0
    if not word.islower() and not (word[0].isupper() and word[1:].islower()):
        return 0  # "a KSH": an acronym is a name of its own
    body = body_by_head(found, word)
    if body is None:
        return 0
    body.add(Span(*words[i]))
    return i + 1


def body_by_head(found: Found, word: str) -> Draft | None:
    """The one body named so far whose name's head `word` is, in a singular case ("a
    Bizottság", "a hivatalt"); none when two share it, a possessed head counting as its
    noun ("Béke- és Biztonsági Tanácsa" shares "Tanács" with the Európai Tanács)."""
    head = word.lower()
    bodies = [
        d
        for d in found.drafts.values()
        if d.type in BODIES and any(_singular_of(head, noun) for noun in _nouns(_head(d)))
    ]
    return bodies[0] if len(bodies) == 1 else None


def _nouns(head: str) -> tuple[str, ...]:
    """A name's head and, when it is possessed ("tanácsa", "parancsnoksága"), its noun."""
    return (head, *(s for s in stems(head) if head[len(s) :] in POSSESSED and s != head))


def _singular_of(word: str, noun: str) -> bool:
    """Whether `word` is `noun` in a singular case ("hivatalt", "egyházmegyében"), not
    its plural ("kórházak")."""
    lengthened = noun[:-1] + _LONG.get(noun[-1:], noun[-1:]) if noun else ""
    return bool(noun) and any(
        word.startswith(stem) and word[len(stem) :] in SINGULAR_CASES for stem in (noun, lengthened)
    )


_LONG = {"a": "á", "e": "é"}


def _head(body: Draft) -> str:
    """The last word of a body's name of several words, in lower case ("hivatal"); a
    company's before its legal form when it is what the company does, an agent noun in
    "-ó/-ő" ("Debreceni Repülőtér Üzemeltető Kft.": üzemeltető, "Hajnalcsillag Kiadó
    Kft.": kiadó; not "Hungaroring Sport Zrt.")."""
    words = body.name.hu.split()
    named = words[: len(without_legal_form([w.lower() for w in words]))]
    if len(named) < len(words) and not named[-1].endswith(("ó", "ő")):
        return ""
    *rest, last = named
    return last.lower() if rest and last[0].isupper() else ""


def role_after(found: Found, person: Draft, words: list[Token], j: int) -> None:
    """ "Andrej Belouszov orosz védelmi miniszter": the office after a person's name."""
    parts_hu: list[str] = []
    parts_en: list[str] = []
    affiliation = None
    k = j
    state = found.adjective_of(words[k][0]) if k < len(words) else None
    if state is not None and state.type == "State" and words[k][0].islower():
        parts_hu.append(words[k][0])
        parts_en.append(state.adjective_en or state.name.en)
        affiliation = state.id
        k += 1
    while k < len(words) and is_modifier(words[k][0]):
        parts_hu.append(words[k][0])
        parts_en.append(ROLE_MODIFIERS.get(words[k][0], words[k][0]))
        k += 1
    office = office_of(words[k][0]) if k < len(words) and words[k][0].islower() else None
    if office is None:
        _apposition(found, person, words, j)
        return
    _apposition(found, person, words, k + 1)  # "X képviselő, a Y frakcióvezetője"
    parts_hu.append(office)
    parts_en.append(ROLES.get(office) or ROLES[_role_noun(office) or office])
    if person.role is None:
        person.role = Name(" ".join(parts_hu), " ".join(parts_en))
    person.affiliation = person.affiliation or affiliation


def role_before(found: Found, person: Draft, words: list[Token], i: int) -> None:
    """ "a rendőrség szóvivője, Tóth Anna": the possessed office before a comma is
    another mention of the person, from its possessor on, and their role."""
    if i < 1 or "," not in found.text[words[i - 1][2] : words[i][1]]:
        return
    office = possessed_office(words[i - 1][0].lower())
    if office is None:
        return
    unnamed = _unnamed_holder(found, person, words[i - 1][2])
    if unnamed is not None:  # "a Fidesz–KDNP jelöltje, Pálffy Gergely": one person
        for mention in unnamed.mentions:
            person.add(mention.span)
        person.role = person.role or unnamed.role
        person.affiliation = person.affiliation or unnamed.affiliation
        del found.drafts[unnamed.id]
        return
    first = i - 1
    while (
        first > max(0, i - 8)
        and words[first - 1][0].lower() not in ("a", "az")
        and not _CLAUSE_MARK.search(found.text, words[first - 1][2], words[first][1])
    ):
        first -= 1
    span = found.span(words[first], words[i - 1])
    person.add(span)
    if person.role is None:
        person.role = Name(span.text, ROLES.get(office, office))


def _unnamed_holder(found: Found, person: Draft, end: int) -> Draft | None:
    """A person named only by an office, mentioned by words ending at `end`."""
    return next(
        (
            d
            for d in found.drafts.values()
            if d.type == "Person"
            and d is not person
            and d.role is not None
            and d.role.hu == d.name.hu
            and any(m.span.end == end for m in d.mentions)
        ),
        None,
    )


def role_alias(found: Found, words: list[Token], i: int) -> int:
    """ "A miniszter szerint": an office alone names the last person holding it;
    "Az egészségügyi államtitkár" with no holder named is an unnamed person."""
    if i == 0 or words[i - 1][0].lower() not in ("a", "az"):
        return 0
    k = i + age(words, i)  # "a 36 éves rendező"
    if not words[k][0].islower():
        return 0
    if k == i and _office_of_a_thing(found, words, i):
        return i + 2
    while k + 1 < len(words) and k < i + 4 and _before_office(found, words[k][0]):
        k += 1
    word = words[k][0]
    office = office_of(word) if word.islower() else None
    if office is None or body_after(words, k):
        return 0  # "a jogvédő szervezet": a body
    english = ROLES.get(office) or ROLES.get(_role_noun(office) or "", office)
    span = found.span(words[i], words[k])
    for draft in reversed(list(found.drafts.values())):
        role = draft.role
        if draft.type == "Person" and role and (role.hu.endswith(office) or role.en == english):
            draft.add(span)
            _nationality_of_office(found, draft, words[i:k])
            return k + 1
    if word.lower()[len(office) :] not in SINGULAR_CASES:
        return 0  # "a kórház vezetőivel": a group, "szóvivője": someone's
    draft = found.unknown_draft("Person", Name(span.text, span.text), [])
    draft.role = Name(span.text, english)
    draft.add(span)
    _nationality_of_office(found, draft, words[i:k])
    return k + 1


def _office_of_a_thing(found: Found, words: list[Token], i: int) -> bool:
    """ "a kamion sofőrje", "a tanulmány társszerzője", "a kutatás vezetője": the
    possessed office of a thing no entity is an unnamed person (the one named just after
    in apposition takes it over: `role_before`). Whether word `i` opened one."""
    if i + 1 >= len(words) or is_modifier(words[i][0]) or office_of(words[i][0]) is not None:
        return False
    office_word = words[i + 1][0]
    office = possessed_office(office_word) if office_word.islower() else None
    if office is None or found.text[words[i][2] : words[i + 1][1]] != " ":
        return False
    span = found.span(words[i], words[i + 1])
    person = found.unknown_draft("Person", Name(span.text, f"{ROLES[office]}"), [])
    person.role = Name(span.text, ROLES[office])
    person.add(span)
    return True


def _nationality_of_office(found: Found, person: Draft, modifiers: list[Token]) -> None:
    """ "a spanyol miniszterelnök": the adjective mentions its state, the holder's
    affiliation (never the speaker: the person is)."""
    for word, start, end in modifiers:
        state = found.adjective_of(word)
        if state is not None and state.type == "State":
            found.draft(state).add(Span(word, start, end))
            person.affiliation = person.affiliation or state.id


def possessions(found: Found, words: list[Token]) -> None:
    """What a body's possessed noun, maybe past one or two modifiers, names: a unit is a body
    of its own ("az MVLSZ elnöksége", "a kórház belgyógyászati osztálya"), an office
    an unnamed person ("a magyar egység parancsnoka", also an armed force's: "a parti
    őrség szóvivője")."""
    ends = {m.span.end: d for d in found.drafts.values() if d.type in _OWNERS for m in d.mentions}
    taken = {m.span for d in found.drafts.values() for m in d.mentions}
    for k, (_, _, end) in enumerate(words[:-1]):
        body = ends.get(end)
        if body is None or found.text[end : words[k + 1][1]].strip():
            continue  # "(MATE) professzora": the bracket parts them
        unit = k + 1
        while unit < k + 3 and _unit_modifier(words, unit):
            unit += 1
        first = next(m.span for m in body.mentions if m.span.end == end)
        span = Span(found.text[first.start : words[unit][2]], first.start, words[unit][2])
        word = words[unit][0].lower()
        office = possessed_office(word) or possessed_office(possessed_nominative(word))
        if body.type not in BODIES and office is None:
            continue  # a force's own people are the force ("a parti őrség hajói")
        if word.startswith(UNITS):
            found.unknown_draft(body.type, Name(span.text, span.text), []).add(span)
        elif _members(word) and span not in taken:  # "az ELTE kutatói": its team
            type_: EntityType = "Organization" if word.startswith(tuple(TEAMS)) else "Group"
            found.unknown_draft(type_, Name(span.text, span.text), []).add(span)
        elif office is not None and span not in taken:
            english = f"{body.name.en}'s {ROLES[office]}"
            person = _appositive_person(found, words[0][1], first.start)
            if person is None:
                person = found.unknown_draft("Person", Name(span.text, english), [])
            if person.role is None:
                person.role = Name(span.text, english)
            person.affiliation = person.affiliation or body.id
            person.add(span)


# Who owns units and offices: bodies, and armed forces their offices only ("a parti őrség
# szóvivője", "a honvédség parancsnoka": a person).
_OWNERS = BODIES | {"ArmedForce"}


def _unit_modifier(words: list[Token], at: int) -> bool:
    """Whether word `at` describes the possessed noun after it, one of up to two: "a
    kórház belgyógyászati osztálya", "a Belügyminisztérium egészségügyért felelős
    államtitkára"."""
    modifier = words[at][0]
    if at + 1 >= len(words):
        return False
    if modifier in ("egy", "egyik"):
        return True  # "a cég egy szakértője", "a kórház egyik orvosa": one of its people
    if _ADJECTIVE_S.fullmatch(modifier) and possessed_office(words[at + 1][0]) is not None:
        return True  # "a Fidesz kommunikációs igazgatója"
    return is_modifier(modifier) and modifier not in _QUANTIFIERS and not _members(modifier.lower())


# An adjective in -s ("kommunikációs", "műszakos"): a modifier only right before an office
# (a noun in -s, "a város", is no adjective of a unit).
_ADJECTIVE_S = re.compile(r"[a-záéíóöőúüű]{4,}(?:ós|ős|és|as|os|es)")


def _members(word: str) -> bool:
    """A body's people in the possessed plural: "kutatói", "csillagászai" (not its members,
    "tagjai": the body itself, as often as not)."""
    return any(
        word.startswith(noun) and word[len(noun) :] in _POSSESSED_PLURAL[noun[-1] in _VOWELS]
        for noun in (*PEOPLE, "munkatárs", "alkalmazott", "dolgozó")
    )


_VOWELS = frozenset("aáeéiíoóöőuúüű")
_POSSESSED_PLURAL = {True: ("i",), False: ("ai", "ei", "jai", "jei")}
"""The possessed plural's ending after a vowel ("kutatói") and after a consonant
("csillagászai"); "polgári" after a consonant is an adjective."""


@cache
def office_of(word: str) -> str | None:
    """The office a word names, in the nominative ("minisztert" → "miniszter")."""
    for form in sorted(stems(word), key=len):
        if _role_noun(form) is not None:
            return form
    return None


def is_modifier(word: str) -> bool:
    """A word between a nationality and an office: "védelmi", "nemzetgazdasági", and
    what an office is "felelős" for ("a beruházásért felelős kormánybiztos")."""
    return (
        word in ROLE_MODIFIERS
        or (word.islower() and word.endswith("i") and len(word) > 4)
        or (word.islower() and word.endswith("ért") and len(word) > 5)
    )


def _before_office(found: Found, word: str) -> bool:
    """A modifier or a nationality adjective before an office: "a spanyol miniszterelnök"."""
    if is_modifier(word):
        return True
    state = found.adjective_of(word) if word.islower() else None
    return state is not None and state.type == "State" and word in state.adjectives  # not "grúzok"


def _acts(text: str, known: Known, following: Token | None) -> bool:
    """A place name that speaks or acts: "Phenjan ... szállít", "Moszkvának", "szerint"."""
    lower = text.lower()
    base = known.name.hu.lower()
    if following is not None and following[0].lower() == "szerint":
        return True
    if lower.endswith(("nak", "nek")):
        return True
    bare = lower in {n.lower() for n in known.names}
    return bare and lower == base and (following is None or following[0] not in POSTPOSITIONS)


def _alone(found: Found, span: Span, words: list[Token], after: int) -> bool:
    """Whether a capital stands alone as an actor, not as a part of a longer phrase: not
    a compound's member ("a Budapest–Belgrád vasútvonal"), not a pair before a
    postposition ("a Belgrád és Újvidék közötti szakasz"), not a possessor before a
    modifier ("Budapest közlekedési vállalata"), not the first word of a longer name or
    the possessor of a numbered part ("Budapest Tech Summit", "Budapest X. kerületében":
    the city), not a place under attack."""
    text = found.text
    joined = (
        text[span.end : span.end + 1] in _DASHES or text[span.start - 1 : span.start] in _DASHES
    )
    following = [w for w, _, _ in words[after : after + 3]]
    pair = len(following) == 3 and following[0] in ("és", "vagy") and following[2] in POSTPOSITIONS
    possessor = bool(following) and following[0].islower() and is_modifier(following[0])
    named = bool(following) and _opens_longer_name(found, span, words[after])
    sentence = text[words[0][1] : words[-1][2]].lower()
    attacked = any(stem in sentence for stem in _ATTACK_WORDS)
    return not (joined or pair or possessor or named or attacked)


def _opens_longer_name(found: Found, span: Span, following: Token) -> bool:
    """Whether the word right after a capital continues a name or numbers a part of the
    city: an unknown capitalised word ("Tech"), a Roman or Arabic numeral ("X.", "2027");
    a known name after it ("Washington Pekinget") is the sentence's next mention."""
    word = following[0]
    if found.text[span.end : following[1]].strip():
        return False
    if word[0].isdigit():
        return True
    return word[0].isupper() and found.lookup([following]) is None


_DASHES = ("-", "–", "—")
_ATTACK_WORDS = ("támad", "bombáz", "rakét", "drón", "csapás", "légiriadó", "célpont", "lövedék")


def _apposition(found: Found, person: Draft, words: list[Token], j: int) -> None:
    """ "Gyurcsány Ferenc, a Demokratikus Koalíció frakcióvezetője": the office
    after a comma is another mention of the person, and their role."""
    if j >= len(words) or "," not in found.text[words[j - 1][2] : words[j][1]]:
        return
    if words[j][0].lower() not in ("a", "az"):
        return
    for k in range(j + 1, min(j + 6, len(words))):
        word = words[k][0]
        if word.islower() and possessed_office(word) is not None:
            span = found.span(words[j + 1], words[k])
            person.add(span)
            if person.role is None:
                office = possessed_office(word) or ""
                person.role = Name(span.text, ROLES.get(office, office))
            return
        if "," in found.text[words[k - 1][2] : words[k][1]]:
            return


def office_holder(found: Found, state: Known | Draft, span: Span, following: Token) -> None:
    """ "Oroszország ENSZ-nagykövete", "az Európai Bizottság szóvivője", "Parád
    polgármestere": a person named by their office (the holder named before, if any,
    or just before in apposition: "Papp László, Debrecen polgármestere")."""
    word, start, end = following
    tail = word.split("-")[-1]
    if not tail.islower() or found.text[span.end : start] != " ":
        return  # "(MATE) professzora": the office is not the acronym's
    forms = {tail, possessed_nominative(tail)}  # "Debrecen polgármesterének"
    office = next(
        (r for r in ROLES if forms & {r + "e", r + "a", r + "je", r + "ja"}),
        None,
    )
    if office is None:
        return
    text = f"{span.text} {word}"
    english = f"{state.name.en}'s {ROLES[office]}"
    holder = found.latest(
        lambda d: (
            d.type == "Person"
            and d.affiliation == state.id
            and d.role is not None
            and d.role.en.endswith(ROLES[office])
        )
    )
    holder = _person_just_before(found, span.start) or holder
    if holder is not None:  # "Varga Mihály, az MNB elnöke"
        holder.add(Span(text, span.start, end))
        if holder.role is None:
            holder.role = Name(text, english)
        return
    draft = found.unknown_draft("Person", Name(text, english), [])
    draft.role = Name(text, english)
    draft.affiliation = state.id if state.type != "Place" else None  # a town is no agent
    draft.add(Span(text, span.start, end))


def _person_just_before(found: Found, at: int) -> Draft | None:
    """The person whose mention ends right before offset `at`, in apposition or before a
    copula ("Szalai Krisztina lett az Új Irány Párt elnöke")."""
    for draft in found.drafts.values():
        if draft.type == "Person" and any(
            _JUST_BEFORE.fullmatch(found.text, m.span.end, at) for m in draft.mentions
        ):
            return draft
    return None


_JUST_BEFORE = re.compile(r",\s+(?:az?\s+)?|\s+(?:lett|lesz|maradt|marad)\s+(?:az?\s+)?")


def _agency_apposition(found: Found, agency: Draft, words: list[Token], j: int) -> None:
    """ "a TASZSZ orosz állami hírügynökség": the description is the agency too."""
    k = j
    while k < len(words) and k < j + 3 and "hírügynökség" not in stems(words[k][0]):
        if not words[k][0].islower():
            return
        k += 1
    if k < len(words) and k > j and "hírügynökség" in stems(words[k][0]):
        agency.add(found.span(words[j], words[k]))


def _appositive_person(found: Found, sentence_start: int, at: int) -> Draft | None:
    """ "Tóth Gergely tűzoltó alezredes, a magyar egység parancsnoka": the person
    named last before ", a(z)" at `at`, in the same sentence."""
    if not _APPOSITION.search(found.text, sentence_start, at):
        return None
    before = [
        (m.span.end, d)
        for d in found.drafts.values()
        if d.type == "Person"
        for m in d.mentions
        if sentence_start <= m.span.start and m.span.end < at
    ]
    return max(before, key=lambda pair: pair[0])[1] if before else None


@cache
def possessed_office(word: str) -> str | None:
    """The office in a possessed form: "frakcióvezetője" → "frakcióvezető"."""
    for ending in POSSESSED:
        if word.endswith(ending) and _role_noun(word[: -len(ending)]) is not None:
            return _role_noun(word[: -len(ending)])
    return None


@cache
def _role_noun(form: str) -> str | None:
    """The known office a (compound) noun ends in: "külügyminiszter" → "külügyminiszter"."""
    if not form.endswith(_ROLE_ENDS):
        return None  # most words: one C-level test before the search
    return next((r for r in _ONE_WORD_ROLES if form.endswith(r)), None)


_ONE_WORD_ROLES = tuple(r for r in ROLES if " " not in r)
_ROLE_ENDS = tuple(r[-3:] for r in _ONE_WORD_ROLES)


def described_holders(found: Found, sentences: list[list[Token]]) -> None:
    """ "a Sóstón működő állatkert igazgatója" … "az igazgató": a possessed office no
    mention covers, its possessor no entity, is the unnamed person the bare office names
    elsewhere in the article, when that office is held by one such person and told so
    only once (two directors described are two people: nobody is guessed)."""
    holders: dict[str, list[Draft]] = {}
    for draft in found.drafts.values():
        role = draft.role
        if draft.type == "Person" and role is not None and role.hu == draft.name.hu:
            if " " in role.hu:
                continue  # "a városi állatkert igazgatója": that body's, no bare office
            office = office_of(role.hu.split()[-1].lower())
            holders.setdefault(office or "", []).append(draft)
    covered = [m.span for d in found.drafts.values() for m in d.mentions]
    told: dict[str, list[Span]] = {}
    for words in sentences:
        for k, (word, start, _) in enumerate(words):
            office = possessed_office(word) if word.islower() else None
            if office is None or office not in holders:
                continue
            if any(s.start <= start < s.end for s in covered):
                continue  # "az MNB elnöke": the body's, read already
            span = _described_office(found, words, k)
            if span is not None:
                told.setdefault(office, []).append(span)
    for office, spans in told.items():
        if len(spans) == 1 and len(holders[office]) == 1 and possessors(found.text, office) < 2:
            holders[office][0].add(spans[0])


def _described_office(found: Found, words: list[Token], k: int) -> Span | None:
    """The description a possessed office at word `k` ends: from the word after its
    article ("a Sóstón működő állatkert igazgatója"), or from the sentence's start
    ("Malatya kormányzója"), at most five words; None when a clause mark comes first."""
    first = k
    while first > 0 and k - first < 5:
        previous = words[first - 1]
        if _CLAUSE_MARK.search(found.text, previous[2], words[first][1]):
            return None
        if previous[0].lower() in ("a", "az"):
            break
        first -= 1
    else:
        if first > 0:
            return None
    return found.span(words[first], words[k]) if first < k else None
