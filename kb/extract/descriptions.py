"""Readings of bodies named by what they are: a run of capitalised words ending in an
institution's head noun ("Fővárosi Törvényszék"), its acronym ("NNGYK"), a description
after the article ("a rendőrség", "a miskolci kórház"), a place's body ("Debrecen
közgyűlése"), and nouns that refer back ("a főváros", "a csapat", "a vádlottat").

Each reading takes the sentence's words and an index, and returns the index after
what it read, or 0. What a building or a site makes of its noun is sites'; the media's
nouns and the press are media's.
"""

from __future__ import annotations

import re
from functools import cache

from kb import iris
from kb.extract.context import BODIES
from kb.extract.found import LEGAL_FORMS, Draft, Found, Token, without_legal_form
from kb.extract.heads import COMPANY_WORDS, head_type
from kb.extract.lexicon import (
    ADJECTIVAL_PERSONS,
    DESCRIBED_ROLES,
    DESCRIPTIONS,
    GENERIC_GROUPS,
    GENERIC_PERSONS,
    KIN_TOLD_AGAIN,
    PARTIES,
    PERSON_NOUNS,
    PLACE_KINDS,
    RELATIVES,
    ROLE_SYNONYMS,
    ROLES,
    SYNONYMS,
)
from kb.extract.media import OUTLETS
from kb.extract.morphology import (
    POSSESSED,
    SINGULAR_CASES,
    name_nominative,
    possessed_nominative,
    stems,
)
from kb.extract.name_forms import ARTICLES, opens_no_name
from kb.extract.sites import FACILITIES, owned_site, place_referred, scene, venue_type
from kb.model import EntityType, Name, Span

# Armed forces told of by what they are ("a kínai parti őrség", "a Fülöp-szigeteki
# haditengerészet", "a tengeri milícia"); troops and armies are the state's (groups.py).
_FORCES = ("őrség", "haditengerészet", "milícia", "légierő")
_DESCRIBED: dict[str, EntityType] = {
    **DESCRIPTIONS,
    **dict.fromkeys(FACILITIES, "Place"),
    **dict.fromkeys(_FORCES, "ArmedForce"),
    **dict.fromkeys(OUTLETS, "NewsAgency"),
}
_NAMED = BODIES | {"NewsAgency", "Place"}  # what a capitalised run ending in its head names


def institution(found: Found, words: list[Token], i: int) -> int:
    """ "Borsod-Abaúj-Zemplén Vármegyei Katasztrófavédelmi Igazgatóság": capitalised
    words ending in an institution's head noun name one body, known words and all."""
    if words[i][0] in ARTICLES or words[i][0][0].islower() or opens_no_name(words[i][0]):
        return 0  # a name opens capitalised or with a digit ("4iG"), not with "és" or "Szerdán"
    if acronym_mention(found, words[i]):  # "az ELTE Csillagászati Tanszékének": ELTE too
        return _named_body(found, words, i, part=True) or i + 1
    return _named_body(found, words, i)


def _named_body(found: Found, words: list[Token], i: int, part: bool = False) -> int:
    """The body whose capitalised name opens at word `i`, and where it ends (0: none);
    with `part`, only a part named after the acronym at `i` (its head possessed, no
    bracket between: "a BME Űrkutató Csoportja", not "az AU) Béke- és …")."""
    end = i
    while end < len(words) and (
        words[end][0][0].isupper()
        or (words[end][0] == "és" and end + 1 < len(words) and words[end + 1][0][0].isupper())
    ):
        end += 1  # "Nemzeti Népegészségügyi és Gyógyszerészeti Központ"
    if end - i < 2 or found.lookup(words[i:end]) is not None:
        return 0
    capitalised = end
    end = legal_forms_after(found, words, _last_head(found, words, i, end))  # "| Halász Bencét"
    run = words[i:end]
    if len(run) < 2 or found.lookup(run) is not None:
        return 0
    if part and (found.text[run[0][2] : run[1][1]].strip() or not _possessed_head(run[-1][0])):
        return 0
    type_ = head_type(run[-1][0])
    if type_ not in _NAMED or run[-1][0].lower().startswith("ligáj"):
        return 0  # "a Bajnokok Ligája": a league of teams is a competition, no body
    if type_ == "Place" and not _place_name(found, words, i, end, capitalised):
        return 0
    type_ = venue_type(found, run, _national_body(run) or _owners_kind(found, run) or type_)
    hu = " ".join([*(w for w, _, _ in run[:-1]), _head_nominative(run[-1][0])])
    draft = found.unknown_draft(type_, Name(hu, hu), run)
    placed = _sited(found, words, i, run[-1][0], type_)
    draft.add(found.span(words[i - 1] if placed else run[0], run[-1]))  # "dunaújvárosi Szent …"
    found.define_acronym(draft, run[-1][2])  # "(NNGYK)": the same body, shorter
    return end


def _head_nominative(word: str) -> str:
    """A name's last word in the nominative: the form its head noun is read from
    ("Kórházba" → "Kórház", "Törvényszéken" → "Törvényszék"), a possessed head keeping
    its possessive ("Bírósága", "Tanácsának" → "Tanácsa"), else the name's nominative
    ("Zrt.-vel" → "Zrt.")."""
    possessed = possessed_nominative(word)
    if possessed != word:
        return possessed
    type_ = head_type(word)
    lower = word.lower()
    forms = [f for f in stems(word) if lower.startswith(f) and head_type(f) == type_]
    plain = name_nominative(word)
    head = min(forms, key=len, default=plain)
    if len(head) >= len(plain) or lower[len(head) :] in POSSESSED:
        return plain
    return word[: len(head)]


def _possessed_head(word: str) -> bool:
    """Whether a name's last word is a head noun in the possessive, a part of what the
    words before it name: "Tanszékének", "Csoportja" (not "Bank", "Holding")."""
    nominative = possessed_nominative(word.lower())
    return nominative.endswith(("a", "e")) and head_type(nominative) is not None


def legal_forms_after(found: Found, words: list[Token], end: int) -> int:
    """Where a name ending at `end` ends with the second legal form after a comma:
    "Kazuta Precision Co., Ltd." is one name."""
    while (
        0 < end < len(words)
        and found.text[words[end - 1][2] : words[end][1]] == ", "
        and words[end - 1][0].lower() in _LEGAL_FORMS
        and words[end][0].lower() in _LEGAL_FORMS
    ):
        end += 1
    return end


_LEGAL_FORMS = LEGAL_FORMS | {"co."}


def _sited(found: Found, words: list[Token], i: int, head: str, type_: EntityType) -> bool:
    """Whether a town's adjective before a site's or a hospital's name belongs to the name
    ("a dunaújvárosi Szent Pantaleon Kórházba"), not a company's ("a stuttgarti Lindhoff
    Automotive", "a japán Kazuta")."""
    if i == 0 or not words[i - 1][0].islower():
        return False
    town = found.adjective_of(words[i - 1][0])
    sited = type_ == "Place" or any(f.endswith(_SITES) for f in stems(head))
    return town is not None and town.type == "Place" and sited


_SITES = ("kórház", "klinika", "iskola", "múzeum", "színház", "obszervatórium")


def _place_name(found: Found, words: list[Token], i: int, end: int, capitalised: int) -> bool:
    """Whether capitalised words ending in a place's head are the place's whole name
    ("Budapest Liszt Ferenc Nemzetközi Repülőtéren", a person's name inside it): the head
    ends the capitalised run, in the singular ("Modern Városok Program" is no town), and
    no word before it is inflected."""
    plural = any(f.endswith(("ok", "ek", "ök", "ák", "ék")) for f in stems(words[end - 1][0]))
    if end != capitalised or plural:
        return False
    return all(_runs_on(found, words, j) for j in range(i + 1, end))


def _owners_kind(found: Found, run: list[Token]) -> EntityType | None:
    """A part of a state body or an armed force named after it is one of the same kind:
    "Magyar Nemzeti Bank Monetáris Tanácsa", "Magyar Honvédség Parancsnoksága"."""
    for k in range(len(run) - 1, 0, -1):
        owner = found.lookup(run[:k])
        if owner is not None:
            return owner.type if owner.type in ("GovernmentBody", "ArmedForce") else None
    return None


def _national_body(run: list[Token]) -> EntityType | None:
    """ "Nemzeti Befektetési Ügynökség", "Országos Légszennyezettségi Mérőhálózat": a
    national agency or network is the state's body, not a company; so is a committee
    named by its field alone ("Törvényalkotási Bizottság", "Költségvetési Bizottság")."""
    first, last = run[0][0].lower(), stems(run[-1][0])
    if first in _NATIONAL and any(f.endswith(_STATE_AGENCIES) for f in last):
        return "GovernmentBody"
    if len(run) == 2 and first.endswith(_FIELDS) and "bizottság" in last:
        return "GovernmentBody"  # "a Törvényalkotási Bizottság": a parliament's committee
    return None


_NATIONAL = frozenset({"nemzeti", "országos", "állami", "magyar"})
_STATE_AGENCIES = ("ügynökség", "hálózat")
_FIELDS = ("ási", "ési", "sági", "ségi", "ügyi")  # "Törvényalkotási", "Nemzetbiztonsági"


def _last_head(found: Found, words: list[Token], i: int, end: int) -> int:
    """Where a body's name in the capitalised words [i, end) ends: after its first head
    noun, or a later one the name runs on to, only spaces between and no case ending
    closing a word ("Európai Unió Bírósága", "Semmelweis Egyetem Klinikai Központ"); 0
    when no head."""
    heads = [k for k in range(i + 1, end) if head_type(words[k][0]) in _NAMED]
    if not heads:
        return 0
    last = heads[0]
    for k in heads[1:]:
        if all(_runs_on(found, words, j) for j in range(last + 1, k + 1)):
            last = k
    return last + 1


def _runs_on(found: Found, words: list[Token], j: int) -> bool:
    """Whether word `j` continues the name before it: a space between, the word before
    in no case ("Egyetemen", "Törvényszéknek" end a name; "Bírósága" possesses)."""
    before = words[j - 1][0].lower()
    return not found.text[words[j - 1][2] : words[j][1]].strip() and not any(
        before.endswith(e) and len(before) > len(e) + 2 for e in _NAME_CLOSING
    )


_NAME_CLOSING = (
    "ban", "ben", "ból", "ből", "nak", "nek", "val", "vel", "tól", "től", "ról", "ről",
    "hoz", "hez", "höz", "nál", "nél", "ként", "on", "en", "ön",
)  # fmt: skip


def acronym_mention(found: Found, word: Token) -> bool:
    """An acronym the article defined earlier ("(NNGYK)") mentions its body again."""
    short = next((d for a, d in found.acronyms.items() if a in stems(word[0])), None)
    if short is not None:
        short.add(Span(*word))
    return short is not None


def description(found: Found, words: list[Token], i: int) -> int:
    """ "a rendőrség", "az ellenzéki frakciók", "a miskolci kórház": a description
    after the article refers to one body, the one named so earlier if any."""
    after_article = i > 0 and words[i - 1][0].lower() in ("a", "az")
    opened = after_article or found.adjective_of(words[i][0]) is not None
    if not (words[i][0].islower() or opened) or not (opened or _attributive(found, words[i][0])):
        return 0  # "a kórház", "szegedi kórházban"; "közeli sportcsarnokban" (a building)
    noun_at = i
    while noun_at < min(i + 3, len(words) - 1) and _modifier(found, words[noun_at][0]):
        noun_at += 1
    head = words[noun_at][0].split("-")[-1]  # "vízilabda-válogatott": its head
    described = description_noun(head)
    whole = description_noun(words[noun_at][0])
    if whole is not None and whole[0] in _DESCRIBED:  # "képviselő-testülettel": listed so
        head, described = words[noun_at][0], whole
    if described is None or not words[noun_at][0].islower():
        return 0
    noun, type_ = described
    plural = _plural_of_bodies(head, noun, type_)
    if not opened and (noun_at == i or not (plural or noun.endswith(FACILITIES))):
        return 0  # a building, a site or bodies need no article: "helyi civil szervezetek"
    if plural:  # "a vállalatok", "az önkormányzatok": several bodies, no one body
        noun, type_ = plural, "Group"
    elif noun.endswith(FACILITIES):  # "a szomszédos lakások": other flats than "a lakás"
        noun = _plural(head, noun) or noun
    for word in words[i:noun_at]:
        known = found.adjective_of(word[0])
        if known is not None:
            found.draft(known).add(Span(*word))  # "görög tűzoltóság": Greece too
    name = " ".join([*(w for w, _, _ in words[i:noun_at]), noun])
    told = _told_of(found, noun, name, type_, words)
    if not told and (noun in _REFERRING or (noun_at == i and head in _IN_OFFICE)):
        return 0  # "felsőoktatási intézménybe": any; "a hivatalban lévő elnök": in office
    known = found.lookup([words[i]]) if not told and noun_at == i else None
    if known is not None:
        told = [found.draft(known)]  # "a jegybank", "a mentők": the gazetteer's (MNB, OMSZ)
    span = found.span(words[i], words[noun_at])
    if type_ == "Place" and owned_site(found, words, i, head, noun, span):
        return noun_at + 1  # "a cég ajkai gyárában": the owner's site
    (told[0] if len(told) == 1 else _untold(found, noun, name, type_)).add(span)
    return noun_at + 1


_REFERRING = frozenset({"testület", "intézmény"})
"""Words for any kind of body ("a testület", "az intézmény"): only a body told of
before, of either type, never one of their own ("hazai felsőoktatási intézménybe": any)."""
_IN_OFFICE = frozenset({"hivatalba", "hivatalban"})  # "hivatalba lép", "hivatalban lévő"


@cache
def description_noun(word: str) -> tuple[str, EntityType] | None:
    """The description a word is, in the nominative, and the type it describes: a
    listed noun ("cégek" → cég) or a compound ending in one ("külügyminisztériumot" →
    külügyminisztérium, "anyavállalat", "nagybank": the head decides the type); not an
    adjective made of one ("intézményi", "intézményiek": the institutional investors)."""
    forms = tuple(f for f in stems(word) if not word.lower().startswith(f + "i"))
    forms += tuple(f[: -len(m)] for f in forms for m in ("ok", "ek", "ak", "ök") if f.endswith(m))
    forms += tuple(f[:-2] + _SHORT[f[-2]] for f in forms if f.endswith(("ák", "ék")))  # patikák
    for form in forms:
        if form in _DESCRIBED:
            return form, _DESCRIBED[form]
    for form in forms:
        head = next(
            (n for n in _COMPOUND_HEADS if form.endswith(n) and len(form) > len(n) + 2), None
        )
        if head is not None:
            return form, _DESCRIBED[head]
    return None


def body_after(words: list[Token], k: int) -> bool:
    """Whether a body's noun, not possessed, follows word `k`: "a jogvédő szervezet", "a
    hegyimentő egyesület" are bodies, the person noun before them their kind; "a
    miniszter cége" is the minister's."""
    if k + 1 >= len(words) or not words[k + 1][0].islower():
        return False
    after = words[k + 1][0]
    return description_noun(after) is not None and not _possessed_head(after)


def _plural(word: str, noun: str) -> str:
    """The plural (nominative) `word` is of `noun` ("lakásokat" → "lakások", a final
    vowel lengthened: "patikákba" → "patikák"), or ""."""
    lower = word.lower()
    stem = next((s for s in (noun, _lengthened(noun)) if lower.startswith(s)), "")
    plural = _PLURAL.match(lower[len(stem) :]) if stem else None
    return stem + plural.group() if plural else ""


_SHORT = {"á": "a", "é": "e"}


def _lengthened(noun: str) -> str:
    """A noun with its final "a"/"e" lengthened before an ending: "patiká", "tárcá"."""
    return noun[:-1] + {"a": "á", "e": "é"}[noun[-1]] if noun[-1] in "ae" else noun


def _plural_of_bodies(word: str, noun: str, type_: EntityType) -> str:
    """The plural (nominative) when `word` is a body noun listed in the singular, told
    of in the plural ("vállalatokat" → "vállalatok", "légitársaságok"): several bodies
    told of together are a Group (the ontology: no charter, no one voice), not one
    organisation; "" otherwise (also for a listed plural: "a hatóságok")."""
    if type_ not in BODIES or noun in _LISTED_PLURALS:
        return ""
    return _plural(word, noun)


_PLURAL = re.compile(r"[aoeö]?k")  # "-ok", "-ek", "-k", a case ending maybe after it
_LISTED_PLURALS = frozenset(n for n in _DESCRIBED if re.search(r"[aáeéoóöőuúüű]k$", n))
"""Descriptions listed in the plural ("hatóságok", "frakciók"), not "bank" or "park"."""


# Heads a compound description may end in, longest first; not "védelem" (a compound
# of it is mostly a field: "környezetvédelem"), "többség", "tárca" ("pénztárca"), "üzem"
# ("próbaüzem"), "bázis" ("adatbázis").
_COMPOUND_HEADS = sorted(
    (n for n in _DESCRIBED if n not in ("védelem", "többség", "tárca", "üzem", "bázis")),
    key=len,
    reverse=True,
)


def reference(found: Found, words: list[Token], i: int) -> int:
    """After "a(z)", a noun that refers back: a kind of place ("a főváros", "a
    vármegye") to the last place of that kind, a group ("a csapat") to the last
    group, a party to a trial ("a vádlottat"; "a vádlottak" are a group) to the person
    most mentioned."""
    word = words[i][0]
    if not word.islower() or i == 0 or words[i - 1][0].lower() not in ("a", "az"):
        return 0
    forms = stems(word)
    kind = next((PLACE_KINDS[f] for f in forms if f in PLACE_KINDS), None)
    target = None
    if kind is not None:
        target = place_referred(found, words, i, kind)
    elif word.startswith("ország") and word[len("ország") :] in SINGULAR_CASES:
        target = _only_state(found, words)  # "az országban": the one state told of
    elif GENERIC_GROUPS.intersection(forms):
        target = found.groups[-1] if found.groups else _team(found)  # "a csapat"
    elif any(_singular(word[word.find(p) :], p) for p in PARTIES if p in word):  # "fővádlott"
        persons = [d for d in found.drafts.values() if d.type == "Person"]
        target = max(persons, key=lambda d: len(d.mentions), default=None)
    elif "helyszín" in forms:  # "a helyszínen": the scene, the building or site told first
        target = scene(found)
    elif any(word.startswith(v) and word[len(v) :] in SINGULAR_CASES for v in _VICTIMS):
        target = found.drafts.get("victim") or found.drafts.setdefault(
            "victim", Draft("victim", "Person", Name("sértett", "victim"), confidence=0.5)
        )  # "a sértett", "az áldozat": the one victim of the article
    if target is None:
        return 0
    target.add(Span(*words[i]))
    if kind is not None and possessed_body(found, words, i + 1, Span(*words[i])):
        return i + 2  # "a község önkormányzata": the village's body too
    return i + 1


def _team(found: Found) -> Draft | None:
    """The national team named last ("a magyar labdarúgó-válogatott" … "a csapat")."""
    return found.latest(
        lambda d: d.type == "Organization" and d.name.hu.split()[-1].endswith("válogatott")
    )


def described_person(found: Found, words: list[Token], i: int) -> int:
    """ "a férfi", "egy 34 éves győri férfi", "az idős asszonyt": a person told of by
    sex and age, the one named in this or the previous sentence, else an unnamed one."""
    if i == 0 or words[i - 1][0].lower() not in ("a", "az", "egy"):
        return 0
    k = i + age(words, i)
    while (
        k < min(i + 4, len(words) - 1)
        and not _sex(words[k][0])
        and (words[k][0] == "idős" or _attributive(found, words[k][0]))
    ):
        k += 1
    if k >= len(words) or not _sex(words[k][0]) or _adjective_of_sex(found, words, k):
        return 0
    _places_told(found, words[i:k])
    span = found.span(words[i], words[k])
    person = (
        _person_before(found, words)
        or (_described_before(found, words[k][0]) if words[i - 1][0].lower() != "egy" else None)
        or found.unknown_draft("Person", Name(span.text, span.text), [])
    )
    person.add(span)
    return k + 1


def _places_told(found: Found, modifiers: list[Token]) -> None:
    """The places the adjectives before a person noun tell of are mentioned too: "győri
    férfi" Győr, "a 23 éves magyar teniszező" Hungary."""
    for word in modifiers:
        known = found.adjective_of(word[0])
        if known is not None:
            found.draft(known).add(Span(*word))


def _described_before(found: Found, word: str) -> Draft | None:
    """The unnamed person told of before by the same word ("egy 29 éves férfit" … "a
    férfi"): "a férfi" is the man already told of, not a second one ("egy férfi" is)."""
    sex = next(p for p in _PEOPLE if word.startswith(p))
    return found.latest(
        lambda d: (
            d.type == "Person"
            and d.role is None
            and any(m.span.text.split()[-1].startswith(sex) for m in d.mentions)
            and all(not m.span.text[0].isupper() for m in d.mentions)
        )
    )


def _adjective_of_sex(found: Found, words: list[Token], k: int) -> bool:
    """ "a férfi kenusok", "a női 4x200 méteres": "férfi" before a plural or a number
    tells a kind (men's), no man."""
    if k + 1 >= len(words) or found.text[words[k][2] : words[k + 1][1]].strip():
        return False
    if not words[k][0].lower().startswith("férfi"):
        return False  # "az asszony 41 éves párjával": a woman, whatever follows
    after = words[k + 1][0]
    return after[0].isdigit() or (after.islower() and _PLURAL_WORD.search(after) is not None)


_PLURAL_WORD = re.compile(
    r"(?:[oöóő]k|[^tn]ek)(?:at|et|nak|nek|kal|kel|ban|ben|ból|ből|ra|re|ról|ről)?$"
)  # "kenusok", "versenyzők", "sportolók"; not a verb's "-tak", "-tek", "-nek" ("fogtak")


def _sex(word: str) -> bool:
    """A word for a man or a woman in a singular case: "férfi", "férfit", "nővel"."""
    return any(word[len(p) :] in SINGULAR_CASES for p in _PEOPLE if word.startswith(p))


def someone(found: Found, words: list[Token], i: int) -> int:
    """A person told of by what they are. After "egy" or "egyik", an office, an
    occupation or a part they play ("egy alezredes irányítja", "az egyik sofőrt", "egy
    negyedik vádlottat") is a new person, or the person just named when set off after a
    comma ("a dandár parancsnoka, egy dandártábornok"). After "a(z)", an office, an
    occupation or a rank ("a polgármester", "a régész", "a 21 éves úszó") is the one
    person who bears it ("Felsőzsolca polgármestere"), else the one person named just
    before; else an occupation, or anyone told of by what they do ("a drónt irányító
    személyt"), is a person of their own, and an office is left to roles.role_alias (as
    is one with a nationality: "a spanyol miniszterelnök"; "a beteg" may be an
    adjective: no part after "a" alone)."""
    opener = words[i - 1][0].lower() if i else ""
    if opener not in ("a", "az", "egy", "egyik"):
        return 0
    acting = _participial(words, i)  # "az ásatást vezető régész"
    k = i + (age(words, i) or acting)
    while k < min(i + 3, len(words) - 1) and (
        _before_person_noun(found, words[k][0]) or _adjective_too(words, k)
    ):
        k += 1
    noun = person_noun(words[k][0]) if k < len(words) else None
    described = opener in ("a", "az")
    office = noun in ROLES and noun not in DESCRIBED_ROLES
    if noun is None or (
        described
        and not acting
        and (noun not in ROLES or (office and _nationality(found, words[i:k])))
    ):
        return 0
    if described and k > i and _possessed(words[k][0].lower(), noun):
        return 0  # "a helyi uszoda igazgatója": that body's own, roles.possessions's
    if not described:
        person = _set_off(found, words[i - 1][1])
    else:
        person = _bearer(found, words, noun) if noun in ROLES else None
        if person is None and office and not acting:
            return 0  # an office nobody bears: roles.role_alias's
    _places_told(found, words[i:k])
    span = found.span(_first_word(words, i, opener, noun), words[k])
    (person or _unnamed(found, noun, span, described)).add(span)
    return k + 1


def _possessed(word: str, noun: str) -> bool:
    """Whether a person noun stands in its possessed form ("igazgatója", "vezetője")."""
    return word != noun and word[len(noun) :].startswith(POSSESSED)


def relative(found: Found, words: list[Token], i: int) -> int:
    """ "volt élettársa", "a sértett nővére", "a férfi élettársát", "nagyanyja": a
    person told of as someone's relative, with the possessor when it is a person noun
    just before and "volt", "korábbi", "új" before that; one person per kinship however
    often told ("volt élettársa" … "korábbi élettársa")."""
    kin = _relative(words[i][0])
    if kin is None:
        return _relative_again(found, words, i)
    first = i - (age(words, i - 2) if i >= 2 else 0)  # "az asszony 41 éves párjával"
    if first > 0 and (person_noun(words[first - 1][0]) or _sex(words[first - 1][0])):
        first -= 1  # "a sértett nővére": whose
        first = _modified(found, words, first)  # "egy negyedikes kislány édesanyja"
    if first > 0 and words[first - 1][0].lower() in _FORMER:
        first -= 1
    span = found.span(words[first], words[i])
    key = f"relative-{iris.slugify(kin)}"
    person = found.drafts.get(key)
    if person is None:
        english = RELATIVES[kin]
        person = found.drafts[key] = Draft(key, "Person", Name(span.text, english), 0.5)
        person.role = Name(kin, english)
    person.add(span)
    return i + 1


def _modified(found: Found, words: list[Token], k: int) -> int:
    """Where the modifiers before the person noun at `k` start, up to three ("a győri
    idős férfi", "egy negyedikes kislány"): a possessor is told with them."""
    first = k
    while first > max(0, k - 3) and _before_person_noun(found, words[first - 1][0]):
        first -= 1
    return first


def _relative_again(found: Found, words: list[Token], i: int) -> int:
    """ "édesapja, Szalóki Tamás … az édesapa": a kin noun after the article, not
    possessed, is the relative told of before by its possessed form; none told so,
    nobody (whose father?)."""
    if i == 0 or words[i - 1][0].lower() not in ("a", "az") or not words[i][0].islower():
        return 0
    kin = _told_again(words[i][0])
    person = found.drafts.get(f"relative-{iris.slugify(kin)}") if kin else None
    if person is None:
        return 0
    person.add(Span(*words[i]))
    return i + 1


@cache
def _told_again(word: str) -> str | None:
    """The possessed kin form a kin noun not possessed, maybe in a case, stands for:
    "édesapa", "édesapát" → "édesapja", "feleséget" → "felesége"."""
    for noun, told in KIN_TOLD_AGAIN.items():
        stem = _lengthened(noun)
        if (word.startswith(noun) and _singular(word, noun)) or (
            word.startswith(stem) and word[len(stem) :] in SINGULAR_CASES
        ):
            return told
    return None


_FORMER = frozenset({"volt", "korábbi", "egykori", "új", "jelenlegi"})


@cache
def _relative(word: str) -> str | None:
    """The relative a lower-case word tells of, in the possessed form ("élettársa"),
    maybe in a case after its lengthened vowel ("élettársát", "nővérének")."""
    if not word.islower():
        return None
    if word in RELATIVES:
        return word
    for kin in RELATIVES:
        stem = _lengthened(kin)
        if word.startswith(stem) and word[len(stem) :] in SINGULAR_CASES - {""}:
            return kin
    return None


def _first_word(words: list[Token], i: int, opener: str, noun: str) -> Token:
    """Where the mention of a person told of at `i` starts: "egyik sofőrt" (one of them),
    "egy ember" (someone: the numeral and all), "a károsultakat képviselő egyik ügyvéd"
    (what they do, too); else at the words after the article or "egy"."""
    if opener == "egyik" and i >= 3 and _participial(words, i - 3):
        return words[i - 3]
    return words[i - 1] if opener == "egyik" or noun == "ember" else words[i]


def _unnamed(found: Found, noun: str, span: Span, described: bool) -> Draft:
    """A new person told of only as `noun`; after "a(z)" nobody named bears it: a guess."""
    english = PERSON_NOUNS[noun]
    person = found.unknown_draft("Person", Name(span.text, english), [])
    person.role = Name(noun, english)
    person.confidence = 0.4 if described else 0.5
    return person


def _participial(words: list[Token], j: int) -> int:
    """How many words a participle and its object take at `j` before a person noun:
    "ásatást vezető", "drónt irányító" (2), else 0."""
    if j + 2 >= len(words):
        return 0
    (obj, _, _), (verb, _, _) = words[j], words[j + 1]
    acted = obj.islower() and obj.endswith("t") and verb.islower() and verb.endswith(("ó", "ő"))
    return 2 if acted else 0


def _nationality(found: Found, modifiers: list[Token]) -> bool:
    """Whether a state's adjective is among the words before an office."""
    return any(
        (s := found.adjective_of(w)) is not None and s.type == "State" for w, _, _ in modifiers
    )


def _bearer(found: Found, words: list[Token], noun: str) -> Draft | None:
    """The person "a régész" is: the one whose role is that noun ("Kovács Anna régész",
    "Felsőzsolca polgármestere"; "a városvezető" the mayor), else the one named without
    a role in this sentence or the one before ("Rácz Bendegúz … a 21 éves úszó"), else
    for an occupation the one named there whatever their office ("Kovács Béla, az
    ásatás vezetője … a régész"; "a szakember", "a politikus" always so); none when two
    may be. A guess by nearness never takes a person linked to Wikidata: a wrong link
    costs more than a miss."""
    noun = ROLE_SYNONYMS.get(noun, noun)
    persons = [d for d in found.drafts.values() if d.type == "Person"]
    bearers = [d for d in persons if d.role and _bears(d.role, noun)]
    if bearers and noun not in GENERIC_PERSONS:
        one = len(bearers) == 1 and possessors(found.text, noun) < 2
        return bearers[0] if one else None
    since = found.previous_sentence_start(words[0][1])
    named = [
        d
        for d in persons
        if any(since <= m.span.start and m.span.text[0].isupper() for m in d.mentions)
    ]
    roleless = [d for d in named if d.role is None]
    if noun in GENERIC_PERSONS or (noun in DESCRIBED_ROLES and not roleless):
        roleless = named  # "a kutató": the one named just before, whatever their office
    roleless = [d for d in roleless if d.wikidata is None]  # a guess never links
    return roleless[0] if len(roleless) == 1 else None


def possessors(text: str, noun: str) -> int:
    """How many different words the office `noun` is told as possessed by ("az állatkert
    igazgatója", "az uszoda igazgatója": two), whether or not an entity covers them."""
    owners = re.findall(rf"(\w+) {re.escape(noun)}(?:ja|je|a|e)\b", text, flags=re.IGNORECASE)
    return len({owner.lower() for owner in owners})


def _bears(role: Name, noun: str) -> bool:
    """Whether a role is the office or occupation `noun`, maybe possessed ("polgármester",
    "Felsőzsolca polgármestere", "Vígszínház legendás színésze"; not "alpolgármester",
    "vezérigazgató-helyettese")."""
    last = role.hu.split()[-1].lower()
    return last == noun or (last.startswith(noun) and last[len(noun) :] in POSSESSED)


@cache
def person_noun(word: str) -> str | None:
    """The singular person noun a lower-case word is, in a case ("alezredes", "sofőrt",
    "ügyvéddel", "vádlottat"): an office, an occupation or a part a person plays."""
    if not word.islower():
        return None
    lower = word.lower()
    return next(
        (f for f in stems(word) if f in PERSON_NOUNS and _singular(lower, f)),
        None,
    )


def _singular(word: str, noun: str) -> bool:
    """Whether `word` is `noun` in a singular case: "sofőrt", "ügyvéddel", and after a stop
    the accusative's linking vowel ("vádlottat", "nagykövetet"); "orvvadászat" is a field
    (poaching), no hunter: after "sz", "l", "r" … the accusative is "-t" alone."""
    rest = word[len(noun) :]
    return rest in SINGULAR_CASES or (rest in _LINKED and noun[-1] not in "jlnrszy")


_LINKED = frozenset({"at", "et", "ot", "öt"})  # the accusative after a stop


def _before_person_noun(found: Found, word: str) -> bool:
    """A modifier before a person noun: an adjective ("amerikai", "idős"), an ordinal
    ("negyedik vádlott") or a school year ("negyedikes kislány", "harmadikos diák"), not
    a person noun itself."""
    ordinal = word.islower() and word.endswith(("ik", "ikes", "ikos")) and len(word) > 5
    return person_noun(word) is None and (ordinal or _attributive(found, word))


def _adjective_too(words: list[Token], k: int) -> bool:
    """A person noun that is an adjective too, before another person noun: "egy fiatal
    vállalkozó", "a sérült játékos" is the entrepreneur, the player; "a fiatal" alone is
    the young person."""
    return (
        words[k][0] in ADJECTIVAL_PERSONS
        and k + 1 < len(words)
        and person_noun(words[k + 1][0]) is not None
    )


def _set_off(found: Found, at: int) -> Draft | None:
    """The person whose mention ends right before ", " at offset `at`: an apposition."""
    return next(
        (
            d
            for d in found.drafts.values()
            if d.type == "Person" and any(found.text[m.span.end : at] == ", " for m in d.mentions)
        ),
        None,
    )


def age(words: list[Token], i: int) -> int:
    """How many words an age takes at `i`: "34 éves" (2), else 0."""
    if i + 1 < len(words) and words[i][0].isdigit() and words[i + 1][0] == "éves":
        return 2
    return 0


_VICTIMS = frozenset({"sértett", "áldozat"})


def _only_state(found: Found, words: list[Token]) -> Draft | None:
    """The one state mentioned in this sentence or the one before, named there; none
    when two are, by name or adjective ("Franciaország … csádi támaszpontját … az
    országban": which?), or when the one is only an adjective ("40-50 magyar katona
    tartózkodik az országban": the soldiers' state, not where they are)."""
    since = found.previous_sentence_start(words[0][1])
    near = {
        d.id: [m.span.text for m in d.mentions if since <= m.span.start < words[-1][2]]
        for d in found.drafts.values()
        if d.type == "State"
    }
    states = [found.drafts[k] for k, texts in near.items() if texts]
    named = len(states) == 1 and any(t[0].isupper() for t in near[states[0].id])
    return states[0] if named else None


_PEOPLE = ("férfi", "nő", "asszony")  # "a férfi", "a nőt": a person told of before


def _person_before(found: Found, words: list[Token]) -> Draft | None:
    """The person named last in this sentence or the one before, if any."""
    since = found.previous_sentence_start(words[0][1])
    return found.latest(
        lambda d: d.type == "Person" and any(since <= m.span.start for m in d.mentions)
    )


def possessed_body(found: Found, words: list[Token], j: int, place: Span) -> bool:
    """ "Debrecen közgyűlése": a place's body, named by the place and the noun.
    Whether word `j` made one."""
    if j >= len(words) or not words[j][0].islower():
        return False
    word = possessed_nominative(words[j][0])  # "önkormányzatának": "önkormányzata"
    noun = next(
        (word[: -len(e)] for e in POSSESSED if word[: -len(e)] in DESCRIPTIONS),
        None,
    )
    if noun is None or not word.endswith(POSSESSED):
        return False
    body = _described(found, noun, f"{place.text} {noun}", DESCRIPTIONS[noun])
    body.add(Span(found.text[place.start : words[j][2]], place.start, words[j][2]))
    return True


_COMPANY_NOUNS = ("cég", "társaság", "vállalat", "vállalkozás", "gyártó")
_OTHER_COMPANY = ("anya", "leány")  # "az anyavállalat", "a leánycég": another company


def _company_noun(noun: str) -> bool:
    """Whether a noun describes a company: "a cég", "a társaság", "a gyártó", also as a
    compound's head ("légitársaság", "hidraulikagyártó"), but not a parent or subsidiary
    ("anyavállalat": another company than the one named)."""
    return noun.endswith(_COMPANY_NOUNS) and not noun.startswith(_OTHER_COMPANY)


def _one_of(found: Found, bodies: list[Draft], words: list[Token] | None, name: str) -> list[Draft]:
    """Of the bodies a description `name` may refer to, the one it does: the only one;
    of several, the only one whose name has the description's modifier ("a vízügyi
    igazgatóság": the "… Vízügyi Igazgatóság", not the "… Katasztrófavédelmi
    Igazgatóság"), else the only one mentioned in this sentence (`words`: its words), or
    in this one and the one before, else the only one told of so before ("a Kárpát
    Logisztika" … "a társaság" … "a VA Holding" … "a társaság"). All of them when that is
    not one ("a Magyar Közút" … "a Volánbusz" … "a társaság": which?): the caller
    guesses none."""
    if len(bodies) <= 1 or not words:
        return bodies
    modifiers = name.lower().split()[:-1]
    alike = [b for b in bodies if modifiers and all(_in_name(b, m) for m in modifiers)]
    if len(alike) == 1:
        return alike
    for since in (words[0][1], found.previous_sentence_start(words[0][1])):
        near = [b for b in bodies if any(since <= m.span.start for m in b.mentions)]
        if len(near) == 1:
            return near
    told = [b for b in bodies if _told_as(b, name.split()[-1])]
    return told if len(told) == 1 else bodies


def _in_name(body: Draft, modifier: str) -> bool:
    """Whether a word of the body's name is the modifier ("Vízügyi": vízügyi)."""
    return modifier in body.name.hu.lower().split()


def described_as(body: Draft, noun: str) -> bool:
    """Whether a named body is one `noun` describes: its name ends in the noun or
    another word for it ("Pedagógusok Szakszervezete": szakszervezet), or for a company
    noun ("cég", "társaság") it is named as a company (`_company`)."""
    if _company_noun(noun):
        return _company(body)
    names = (body.name.hu, *(m.span.text for m in body.mentions))
    return any(_named_as(name, SYNONYMS.get(noun, (noun,))) for name in names)


def _company(body: Draft) -> bool:
    """Whether a body is named as a company: its name or one of its mentions ends in a
    legal form ("Lindhoff Hungária" in the headline, "Lindhoff Hungária Kft." in the
    text)."""
    names = (body.name.hu, *(m.span.text for m in body.mentions if m.span.text[0].isupper()))
    return any(_company_name(name) for name in names)


def _company_name(name: str) -> bool:
    """Whether a name of several words ends in a legal form ("Zrt.", "Kft.-t") or a
    company's word ("Co.", "Group", "Wizz Air")."""
    *rest, last = name.lower().split()
    return last.split("-")[0] in LEGAL_FORMS or (bool(rest) and last in (*COMPANY_WORDS, "co."))


def _described(
    found: Found, noun: str, name: str, type_: EntityType, words: list[Token] | None = None
) -> Draft:
    """The body of `type_` a description refers to (`_told_of`), else `_untold`."""
    told = _told_of(found, noun, name, type_, words)
    return told[0] if len(told) == 1 else _untold(found, noun, name, type_)


def _untold(found: Found, noun: str, name: str, type_: EntityType) -> Draft:
    """The body a description names when no body told of before, or two, may be it: the
    one told of so before, named by none, else a new one called `name`."""
    return _told_so(found, noun, name, type_) or found.unknown_draft(type_, Name(name, name), [])


def _told_of(
    found: Found, noun: str, name: str, type_: EntityType, words: list[Token] | None
) -> list[Draft]:
    """The bodies told of before that a description of `type_` may refer to, of the
    first of these tiers that names any: a body whose name's last word is the noun, or
    that the gazetteer knows so ("Váci Egyházmegye" … "az egyházmegye", "a Fidesz" … "a
    párt"), whatever its type ("Közlekedésbiztonsági Szervezet", a state body … "a
    szervezet"); of the type, one whose name ends in the noun, also as a compound's head
    ("Szegedi Tudományegyetem" … "az egyetem") or possessed ("… Szakszövetsége" … "a
    szövetség"); one named by another word for it ("Tolna Vármegyei Rendőr-főkapitányság"
    … "a rendőrség"); one mentioned by the noun before ("a Kisalföld napilapnak" … "a
    napilap") or, for a company noun ("a cég"), a company. Of several, the one `_one_of`
    picks (all when it picks none). Else the body told of by the same description
    before, if any."""
    named = [d for d in found.drafts.values() if _proper(d)]
    named = [d for d in named if _placed_alike(found, d, name)]
    typed = [d for d in named if _of_type(d, type_, noun)]
    tiers = (
        [d for d in named if _body_alike(d, type_) and _named_by(found, d, noun)],
        [d for d in typed if _named_as(d.name.hu, (noun,))],
        [d for d in typed if _named_as(d.name.hu, SYNONYMS.get(noun, ()))],
        [d for d in typed if _told_as(d, noun) or (_company_noun(noun) and _company(d))],
    )
    chosen = _one_of(found, next((t for t in tiers if t), []), words, name)
    if chosen:
        return chosen
    told = _told_so(found, noun, name, type_)
    return [told] if told else []


def _named_by(found: Found, body: Draft, noun: str) -> bool:
    """Whether a body's name of several words ends in the noun itself, in the singular
    ("Oktatási Hivatal": hivatal), or the gazetteer knows it as one ("Fidesz": a párt)."""
    *rest, last = body.name.hu.split()
    known = found.gaz.entries.get(body.id)
    named = bool(rest) and last.lower() == noun
    return named or (known is not None and noun in known.described_as)


def _body_alike(body: Draft, type_: EntityType) -> bool:
    """Whether a body may be told of by a description of `type_`: of the type, or a body
    when the description is one (a name's head decides its body's type)."""
    return body.type == type_ or (body.type in BODIES and type_ in BODIES)


def _told_so(found: Found, noun: str, name: str, type_: EntityType) -> Draft | None:
    """The body told of by the same description before, named by none ("a rendőrség" …
    "a helyi rendőrség"; a team told only by its state, "legyőzte Grúziát", is not): the
    last, when all so told are told alike; else the one told by these very words, if any
    ("a kínai parti őrség", "a Fülöp-szigeteki parti őrség" … "a parti őrség":
    neither)."""
    told = [
        d
        for d in found.drafts.values()
        if d.type == type_
        and not _proper(d)
        and any(m.metonymy_of is None for m in d.mentions)  # not "legyőzte Grúziát" alone
        and _describes(d, noun)
        and _placed_alike(found, d, name)
    ]
    if len({d.name.hu for d in told}) == 1:
        return told[-1]
    return next((d for d in told if d.name.hu == name), None)


def _proper(body: Draft) -> bool:
    """Whether a body is named, not described: its name's last word opens with a capital
    or a digit ("Magyar Közút Nonprofit Zrt.", "4iG"; "Fülöp-szigeteki parti őrség" is
    described)."""
    return not body.name.hu.split()[-1][0].islower()


def _of_type(body: Draft, type_: EntityType, noun: str) -> bool:
    """Whether a named body may be one a description of `type_` tells of: of that type,
    or for a word for any body of another kind of body (its name decides: "a testület"
    is the "Európai Bizottság", a state body, or a festival's jury)."""
    return body.type == type_ or (noun in _REFERRING and body.type in BODIES)


def _describes(body: Draft, noun: str) -> bool:
    """Whether a body may be what a description with the noun `noun` tells of: by the
    noun or a word for it its name ends in, by the noun it was mentioned with, or, for a
    company noun, by being a company."""
    return (
        _named_as(body.name.hu, SYNONYMS.get(noun, (noun,)))
        or _told_as(body, noun)
        or (_company_noun(noun) and _company(body))
    )


def _told_as(body: Draft, noun: str) -> bool:
    """Whether a body was mentioned by the noun before ("a Kisalföld napilapnak")."""
    return any(noun in stems(m.span.text.split()[0]) for m in body.mentions)


def appositions(found: Found) -> None:
    """ "a városi közlekedési társaság, az MVK Zrt.", "a Bakony-Glas Kft., az ajkai
    üvegipari cég": a body's description set off from its name by a comma and the
    article is the body named there, when no list goes on after the pair ("a rendőrség, a
    Magyar Közút és a mentők" are three). Read once the article is read: the name may
    come after the description."""
    named = [d for d in found.drafts.values() if d.type in BODIES and _proper(d)]
    starts = {m.span.start: (d, m.span.end) for d in named for m in d.mentions}
    ends = {m.span.end: d for d in named for m in d.mentions}
    for draft in [d for d in found.drafts.values() if d.type in BODIES and not _proper(d)]:
        for mention in list(draft.mentions):
            body = _apposed(found, mention.span, starts, ends)
            if body is not None and body.type == draft.type:
                body.add(mention.span)
                draft.mentions.remove(mention)
        if not draft.mentions:
            del found.drafts[draft.id]
    _named_after(found)


def _named_after(found: Found) -> None:
    """ "a 23 éves jobbátlövő, Szűcs Dorina": a person told of by what they are, set off
    by a comma from the name right after it, is the person named there, when no list
    goes on after the name ("a kapus, Kiss Anna és Nagy Béla" is no apposition) and the
    name is that person's own, not a namesake read into them."""
    persons = [d for d in found.drafts.values() if d.type == "Person"]
    starts = {m.span.start: (d, m.span.end) for d in persons if _proper(d) for m in d.mentions}
    for draft in [d for d in persons if not _proper(d)]:
        for mention in list(draft.mentions):
            after = _COMMA.match(found.text, mention.span.end)
            if after is None or (named := starts.get(after.end())) is None:
                continue
            if _LIST_GOES_ON.match(found.text, named[1]):
                continue
            if not found.text.startswith(named[0].name.hu, after.end()):
                continue  # "édesapja, Szalóki Tamás" read into Szalóki Márk: whose?
            named[0].add(mention.span)
            draft.mentions.remove(mention)
        if not draft.mentions:
            del found.drafts[draft.id]


_COMMA = re.compile(r",[ \t]+")


def _apposed(
    found: Found, span: Span, starts: dict[int, tuple[Draft, int]], ends: dict[int, Draft]
) -> Draft | None:
    """The named body a description at `span` stands in apposition to, if any: the name
    (`starts`: by where a mention starts, with where it ends) right after ", a(z)"
    following it, or the one (`ends`: by where a mention ends) right before ", a(z)"
    preceding it."""
    after = _SET_OFF.match(found.text, span.end)
    if after is not None and after.end() in starts:
        body, name_end = starts[after.end()]
        return None if _LIST_GOES_ON.match(found.text, name_end) else body
    before = _SET_OFF_BEFORE.search(found.text, max(0, span.start - 6), span.start)
    if before is None or _LIST_GOES_ON.match(found.text, span.end):
        return None
    return ends.get(before.start())


_SET_OFF = re.compile(r",\s+az?\s+")
_SET_OFF_BEFORE = re.compile(r",\s+az?\s+$")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s+az?\s|és\s|valamint\s|vagy\s)")


def named_later(found: Found) -> None:
    """A body the headline tells of by what it is ("a múzeum"), named in the text ("a
    Szépművészeti Múzeum"), is that body when the article names one body of its kind:
    its mentions join the named one's. Read once the article is read; a description
    first met in the text is read where it stands (the body named before it)."""
    headline = found.text.find("\n")
    for draft in list(found.drafts.values()):
        if draft.type not in BODIES or _proper(draft):
            continue
        if min(m.span.start for m in draft.mentions) > headline:
            continue  # told of first in the text: a body of its own, or named just before
        noun = draft.name.hu.split()[-1].lower()
        named = [d for d in _told_of(found, noun, draft.name.hu, draft.type, None) if _proper(d)]
        if len(named) == 1:
            for mention in draft.mentions:
                named[0].add(mention.span, mention.metonymy_of)
            del found.drafts[draft.id]


def _named_as(name: str, heads: tuple[str, ...]) -> bool:
    """Whether a body's name ends in one of `heads`, its last word maybe inflected or
    possessed ("… Szakszövetsége": szövetség), or in a head of two words ("… Katasztrófavédelmi
    Igazgatóság": katasztrófavédelmi igazgatóság); a company's before its legal form
    ("Alföld-Pharma Gyógyszergyártó Zrt.": a gyártó)."""
    head, _, last = " ".join(without_legal_form(name.lower().split())).rpartition(" ")
    return any(f"{head} {f}".strip().endswith(heads) for f in stems(last))


def _placed_alike(found: Found, body: Draft, description: str) -> bool:
    """Whether a description's place adjective is in the body's mentions too, or right
    before one: "a szegedi egyetem" is the "Szegedi Tudományegyetem", "a japán cég" the
    "japán Kazuta Precision", "a szegedi kórház" is not the "Bács-Kiskun Vármegyei
    Oktatókórház" named before."""
    places = {w for w in description.lower().split() if found.adjective_of(w)}
    if not places:
        return True
    words = {w for m in body.mentions for w in m.span.text.lower().split()}
    before = (
        _WORD_BEFORE.search(found.text, max(0, m.span.start - 40), m.span.start)
        for m in body.mentions
    )
    return bool(places & (words | {b.group(1).lower() for b in before if b}))


_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")


def _modifier(found: Found, word: str) -> bool:
    """An adjective before a description's noun, not a noun in "-i" itself ("a zsűri
    díjával": the jury)."""
    return _attributive(found, word) and description_noun(word) is None


def _attributive(found: Found, word: str) -> bool:
    """An adjective before a noun: "ellenzéki", "polgári", "görög", "Fülöp-szigeteki"."""
    if found.adjective_of(word) is not None:
        return word.islower() or "-" in word  # not "Magyar" opening a name
    return word.islower() and (word.endswith("i") or word in _PLAIN_ADJECTIVES)


_PLAIN_ADJECTIVES = frozenset(
    {
        "civil", "nagy", "kis", "új", "kisebb", "nagyobb", "egyes", "szomszédos",
        "ideiglenes", "fiatal", "nyugdíjas", "ismeretlen",
    }
)  # fmt: skip
"""Common adjectives not ending in "-i" that open a description ("helyi civil
szervezetek", "a nagy cégek", "a nyugdíjas asszony", "egy fiatal vállalkozó")."""
