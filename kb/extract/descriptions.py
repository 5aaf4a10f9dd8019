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
from kb.extract.found import LEGAL_FORMS, Draft, Found, Token
from kb.extract.heads import head_type
from kb.extract.lexicon import (
    DESCRIBED_ROLES,
    DESCRIPTIONS,
    GENERIC_GROUPS,
    GENERIC_PERSONS,
    PARTIES,
    PERSON_NOUNS,
    PLACE_KINDS,
    RELATIVES,
    ROLE_SYNONYMS,
    ROLES,
    SYNONYMS,
)
from kb.extract.media import OUTLETS
from kb.extract.morphology import SINGULAR_CASES, name_nominative, possessed_nominative, stems
from kb.extract.name_forms import ARTICLES, opens_no_name
from kb.extract.sites import FACILITIES, facility, owned_site, venue_type
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
    hu = name_nominative(" ".join(w for w, _, _ in run))
    draft = found.unknown_draft(type_, Name(hu, hu), run)
    placed = _sited(found, words, i, run[-1][0], type_)
    draft.add(found.span(words[i - 1] if placed else run[0], run[-1]))  # "dunaújvárosi Szent …"
    found.define_acronym(draft, run[-1][2])  # "(NNGYK)": the same body, shorter
    return end


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
    while noun_at < min(i + 3, len(words) - 1) and _attributive(found, words[noun_at][0]):
        noun_at += 1
    head = words[noun_at][0].split("-")[-1]  # "vízilabda-válogatott": its head
    described = description_noun(head)
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
    span = found.span(words[i], words[noun_at])
    if type_ == "Place" and owned_site(found, words, i, head, noun, span):
        return noun_at + 1  # "a cég ajkai gyárában": the owner's site
    _described(found, noun, name, type_, words).add(span)
    return noun_at + 1


@cache
def description_noun(word: str) -> tuple[str, EntityType] | None:
    """The description a word is, in the nominative, and the type it describes: a
    listed noun ("cégek" → cég) or a compound ending in one ("külügyminisztériumot" →
    külügyminisztérium, "anyavállalat", "nagybank": the head decides the type)."""
    forms = stems(word)
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
# ("próbaüzem").
_COMPOUND_HEADS = sorted(
    (n for n in _DESCRIBED if n not in ("védelem", "többség", "tárca", "üzem")),
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
        target = found.latest(lambda d: d.type == "Place" and _kind(found, d) == kind)
        if target is None and kind == "region":  # "a térségben": the area told of, unnamed
            target = found.drafts.setdefault(
                "region", Draft("region", "Place", Name("térség", "the region"), confidence=0.4)
            )
    elif word.startswith("ország") and word[len("ország") :] in SINGULAR_CASES:
        target = _only_state(found, words)  # "az országban": the one state told of
    elif GENERIC_GROUPS.intersection(forms):
        target = found.groups[-1] if found.groups else _team(found)  # "a csapat"
    elif any(_singular(word[word.find(p) :], p) for p in PARTIES if p in word):  # "fővádlott"
        persons = [d for d in found.drafts.values() if d.type == "Person"]
        target = max(persons, key=lambda d: len(d.mentions), default=None)
    elif "helyszín" in forms:  # "a helyszínen": the building or site told of last
        target = found.latest(lambda d: d.type == "Place" and facility(d))
    elif any(word.startswith(v) and word[len(v) :] in SINGULAR_CASES for v in _VICTIMS):
        target = found.drafts.get("victim") or found.drafts.setdefault(
            "victim", Draft("victim", "Person", Name("sértett", "victim"), confidence=0.5)
        )  # "a sértett", "az áldozat": the one victim of the article
    if target is None:
        return 0
    target.add(Span(*words[i]))
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
    for at in range(i, k):
        known = found.adjective_of(words[at][0])
        if known is not None:
            found.draft(known).add(Span(*words[at]))  # "győri férfi": Győr too
    span = found.span(words[i], words[k])
    person = (
        _person_before(found, words)
        or (_described_before(found, words[k][0]) if words[i - 1][0].lower() != "egy" else None)
        or found.unknown_draft("Person", Name(span.text, span.text), [])
    )
    person.add(span)
    return k + 1


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
    while k < min(i + 3, len(words) - 1) and _before_person_noun(found, words[k][0]):
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
    span = found.span(_first_word(words, i, opener, noun), words[k])
    (person or _unnamed(found, noun, span, described)).add(span)
    return k + 1


def _possessed(word: str, noun: str) -> bool:
    """Whether a person noun stands in its possessed form ("igazgatója", "vezetője")."""
    return word != noun and word[len(noun) :].startswith(("ja", "je", "a", "e"))


def relative(found: Found, words: list[Token], i: int) -> int:
    """ "volt élettársa", "a sértett nővére", "a férfi élettársát", "nagyanyja": a
    person told of as someone's relative, with the possessor when it is a person noun
    just before and "volt", "korábbi", "új" before that; one person per kinship however
    often told ("volt élettársa" … "korábbi élettársa")."""
    kin = _relative(words[i][0])
    if kin is None:
        return 0
    first = i - (age(words, i - 2) if i >= 2 else 0)  # "az asszony 41 éves párjával"
    if first > 0 and (person_noun(words[first - 1][0]) or _sex(words[first - 1][0])):
        first -= 1  # "a sértett nővére": whose
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
    return last == noun or (last.startswith(noun) and last[len(noun) :] in ("e", "a", "je", "ja"))


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
    """A modifier before a person noun: an adjective ("amerikai", "idős") or an ordinal
    ("negyedik vádlott"), not a person noun itself."""
    ordinal = word.islower() and word.endswith(("dik", "ik")) and len(word) > 5
    return person_noun(word) is None and (ordinal or _attributive(found, word))


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
        (word[: -len(e)] for e in ("je", "ja", "e", "a") if word[: -len(e)] in DESCRIPTIONS),
        None,
    )
    if noun is None or not word.endswith(("je", "ja", "e", "a")):
        return False
    body = _described(found, noun, f"{place.text} {noun}", DESCRIPTIONS[noun])
    body.add(Span(found.text[place.start : words[j][2]], place.start, words[j][2]))
    return True


_COMPANY_NOUNS = frozenset({"cég", "társaság", "vállalat", "vállalkozás"})


def _company_named_before(found: Found, words: list[Token]) -> Draft | None:
    """The company "a cég", "a társaság" refers to: the one named with its legal form
    ("Alba-Hidraulika Zrt.") in the article, or, of several, the one named in this or the
    previous sentence; none when that is not one."""
    companies = [d for d in found.drafts.values() if d.type == "Organization" and _company(d)]
    if len(companies) == 1:
        return companies[0]
    since = found.previous_sentence_start(words[0][1])
    near = [c for c in companies if any(since <= m.span.start for m in c.mentions)]
    return near[0] if len(near) == 1 else None


def described_as(body: Draft, noun: str) -> bool:
    """Whether a named body is one `noun` describes: its name ends in the noun or
    another word for it ("Pedagógusok Szakszervezete": szakszervezet), or for "cég",
    "társaság" it is named as a company (a legal form in one of its mentions)."""
    if noun in _COMPANY_NOUNS:
        return _company(body) or any(
            m.span.text.split()[-1].lower().split("-")[0] in LEGAL_FORMS for m in body.mentions
        )
    names = (body.name.hu, *(m.span.text for m in body.mentions))
    return any(_named_as(name, SYNONYMS.get(noun, (noun,))) for name in names)


def _company(body: Draft) -> bool:
    """Whether a body is named as a company: its name ends in a legal form."""
    last = body.name.hu.split()[-1].lower()
    return last.split("-")[0] in LEGAL_FORMS or last in ("co.", "group", "holding")


def _described(
    found: Found, noun: str, name: str, type_: EntityType, words: list[Token] | None = None
) -> Draft:
    """The body of `type_` a description refers to: the last one whose name ends in
    the noun, also as a compound's head ("Szegedi Tudományegyetem" … "az egyetem") or
    possessed ("… Szakszövetsége" … "a szövetség"), or in another word for it ("Tolna
    Vármegyei Rendőr-főkapitányság" … "a rendőrség"), or
    one mentioned by the noun before ("a Kisalföld napilapnak" … "a napilap"); for
    a bare company noun ("a cég"), given the sentence's words, the company named before;
    else a new one called `name`."""
    named = next(
        (
            d
            for d in reversed(found.drafts.values())
            if d.type == type_
            and (
                _named_as(d.name.hu, SYNONYMS.get(noun, (noun,)))
                or any(noun in stems(m.span.text.split()[0]) for m in d.mentions)
            )
            and _placed_alike(found, d, name)
        ),
        None,
    )
    if named is None and words and noun == name and noun in _COMPANY_NOUNS:
        named = _company_named_before(found, words)  # "az Alba-Hidraulika Zrt." … "a cég"
    return named or found.unknown_draft(type_, Name(name, name), [])


def named_later(found: Found) -> None:
    """A body the headline tells of by what it is ("a múzeum"), named in the text ("a
    Szépművészeti Múzeum"), is that body when the article names one body of its kind:
    its mentions join the named one's. Read once the article is read; a description
    first met in the text is read where it stands (the body named before it)."""
    headline = found.text.find("\n")
    for draft in list(found.drafts.values()):
        if draft.type not in BODIES or not draft.name.hu[0].islower():
            continue
        if min(m.span.start for m in draft.mentions) > headline:
            continue  # told of first in the text: a body of its own, or named just before
        noun = draft.name.hu.split()[-1]
        named = [
            d
            for d in found.drafts.values()
            if d.type == draft.type
            and d.name.hu[0].isupper()
            and _named_as(d.name.hu, SYNONYMS.get(noun, (noun,)))
            and _placed_alike(found, d, draft.name.hu)
        ]
        if len(named) == 1:
            for mention in draft.mentions:
                named[0].add(mention.span, mention.metonymy_of)
            del found.drafts[draft.id]


def _named_as(name: str, heads: tuple[str, ...]) -> bool:
    """Whether a body's name ends in one of `heads`, its last word maybe inflected or
    possessed ("… Szakszövetsége": szövetség), or in a head of two words ("… Katasztrófavédelmi
    Igazgatóság": katasztrófavédelmi igazgatóság)."""
    head, _, last = name.lower().rpartition(" ")
    return any(f"{head} {f}".strip().endswith(heads) for f in stems(last))


def _placed_alike(found: Found, body: Draft, description: str) -> bool:
    """Whether a description's place adjective is in the body's mentions too: "a
    szegedi egyetem" is the "Szegedi Tudományegyetem", "a szegedi kórház" is not
    the "Bács-Kiskun Vármegyei Oktatókórház" named before."""
    places = {w for w in description.lower().split() if found.adjective_of(w)}
    words = {w for m in body.mentions for w in m.span.text.lower().split()}
    return not places or bool(places & words)


def _attributive(found: Found, word: str) -> bool:
    """An adjective before a noun: "ellenzéki", "polgári", "görög", "Fülöp-szigeteki"."""
    if found.adjective_of(word) is not None:
        return word.islower() or "-" in word  # not "Magyar" opening a name
    return word.islower() and (word.endswith("i") or word in _PLAIN_ADJECTIVES)


_PLAIN_ADJECTIVES = frozenset(
    {"civil", "nagy", "kis", "új", "kisebb", "nagyobb", "egyes", "szomszédos", "ideiglenes"}
)
"""Common adjectives not ending in "-i" that open a description ("helyi civil
szervezetek", "a nagy cégek")."""


def _kind(found: Found, place: Draft) -> str:
    """What kind of place an entity is; a place the gazetteer lacks is what its last
    word says ("Puskás Aréna": a venue), else a town."""
    known = found.gaz.entries.get(place.id)
    if known is None:
        name = place.name.hu.lower()
        return next((kind for noun, kind in PLACE_KINDS.items() if name.endswith(noun)), "town")
    state = found.gaz.entries.get(known.stands_for or "")
    return "capital" if state is not None and state.type == "State" else known.kind or "town"
