"""Readings of names: a gazetteer name, maybe inflected; a name met before, shortened
("Kimet" → Kim Dzsongun) or as a place adjective ("miskolci" after "Miskolcon"); an
unknown run of capitalised words, typed by its words, a person's name ending at the
given name in Hungarian order ("Kiss Dóra Miskolcon").

Each reading takes the sentence's words and an index, and returns the index after
what it read, or 0.
"""

from __future__ import annotations

import re

from kb.extract.descriptions import (
    acronym_mention,
    description_noun,
    legal_forms_after,
    possessed_body,
)
from kb.extract.found import LEGAL_FORMS, Draft, Found, Token
from kb.extract.gazetteer import Known
from kb.extract.heads import head_type
from kb.extract.lexicon import ARMED_WORDS, PLACE_POSTPOSITIONS
from kb.extract.morphology import (
    NAME_CASES,
    SINGULAR_CASES,
    accusative_nominative,
    name_nominative,
    place_nominative,
    stems,
    tokens,
)
from kb.extract.name_forms import ARTICLES, opens_no_name, transliterate
from kb.extract.roles import (
    body_by_head,
    is_modifier,
    mention_known,
    office_holder,
    office_of,
    possessed_office,
    role_after,
    role_before,
)
from kb.extract.sites import venues_that_act
from kb.model import EntityType, Name, Span

_COORDINATION = re.compile(r"\s+(?:és|vagy|meg)\s+|,\s+")


def gazetteer_name(found: Found, words: list[Token], i: int) -> int:
    """The longest gazetteer name from word `i`, its last word maybe inflected; else
    the known head of a hyphenated compound ("ENSZ-nagykövete") alone."""
    dashed = _dashed_name(found, words, i)
    if dashed:
        return dashed
    for length in range(min(found.gaz.reach(words[i][0]), len(words) - i), 0, -1):
        if (
            length == 1
            and found.adjective_of(words[i][0]) is not None
            and not _state_spelt_so(found, words, i)
        ):
            continue  # "Szöuli", "Oroszországi": adjectives, read by nationality_adjective
        known = found.lookup(words[i : i + length])
        if known is not None and known.type == "Place" and found.before_given(words, i):
            continue  # "Tamási Áron", "Sárvári Péter": a family name, no town
        if known is not None and length == 1 and _place_opens_name(found, words, i):
            continue  # "a Budapest Tech Summit", "a Budapest Sportiroda": no mention of the city
        if known is not None and _adjective_of_noun(words[i + length - 1][0], known):
            continue  # "parlamenti választás": the adjective of a common noun names no body
        if known is not None:
            span = found.span(words[i], words[i + length - 1])
            lower = length > 1 and words[i][0].islower()  # not "Magyar Péter"
            state = found.adjective_of(words[i][0]) if lower else None
            if state is not None and state.id != known.id:
                found.draft(state).add(Span(*words[i]))  # "magyar kormány": Hungary
            mention_known(found, known, span, words, i + length)
            if known.type not in ("Person", "Place", "State"):
                found.define_acronym(found.draft(known), span.end)  # "Oktatási Hivatal (OH)"
            if known.type == "Place" and possessed_body(found, words, i + length, span):
                return i + length + 1
            return i + length
    word, start, _ = words[i]
    head = word.split("-")[0]
    known = found.lookup([(head, start, start + len(head))]) if "-" in word else None
    tail = word.split("-")[-1]
    if known is not None and known.type != "Person" and tail.islower() and not _occasion(tail):
        found.draft(known).add(Span(head, start, start + len(head)))  # not "Bakony-Glas"
    return 0  # the rest of the compound may still be read ("ENSZ-nagykövete")


def _adjective_of_noun(word: str, known: Known) -> bool:
    """Whether `word` is the "-i" adjective of a lower-case name of `known` ("parlamenti"
    of "parlament", "kormányi"): an adjective of a thing, not a mention of the body."""
    return word.islower() and word.endswith("i") and word[:-1] in known.names


def _state_spelt_so(found: Found, words: list[Token], i: int) -> bool:
    """ "…: Japán és Dél-Korea": a state whose name is its adjective capitalised, inside
    a sentence and before no given name, is the state (sentence-initial, the adjective
    reading holds: "Japán cégek")."""
    word = words[i][0]
    known = found.lookup(words[i : i + 1])
    return (
        i > 0
        and word[0].isupper()
        and known is not None
        and known.type == "State"
        and known.name.hu == word
        and not found.before_given(words, i)
    )


def _dashed_name(found: Found, words: list[Token], i: int) -> int:
    """A name spelt with an en dash that the gazetteer knows with a hyphen: "Fidesz–KDNP"
    (also inside a compound: "a Fidesz–KDNP-frakció", "Fidesz–KDNP jelöltje")."""
    if i + 1 >= len(words) or found.text[words[i][2] : words[i + 1][1]] not in ("–", "—"):
        return 0
    head = words[i + 1][0].split("-")[0]
    start = words[i][1]
    end = words[i + 1][1] + len(head)
    known = found.lookup([(f"{words[i][0]}-{head}", start, end)])
    if known is None:
        return 0
    span = Span(found.text[start:end], start, end)
    if head == words[i + 1][0]:
        mention_known(found, known, span, words, i + 2)
    else:
        found.draft(known).add(span)  # "Fidesz–KDNP-frakció": the party in the compound
    return i + 2


def alias(found: Found, words: list[Token], i: int) -> int:
    """Capitalised words of a person's name met earlier: "Kimet", "Kiss Dóra"; not the
    family name of another given name ("Szalóki Tamás", the father of Szalóki Márk)."""
    word = words[i][0]
    if not word[0].isupper():
        return 0
    forms = stems(word)
    for draft in found.drafts.values():
        parts = draft.name.hu.lower().split()
        named = draft.role is None or draft.role.hu != draft.name.hu  # not "X nagykövete"
        ends = {parts[0], parts[-1]}
        if draft.type == "Person" and named and len(parts) > 1 and ends.intersection(forms):
            end = i + 1
            while (
                end < len(words)
                and words[end][0][0].isupper()
                and (not set(parts).isdisjoint(stems(words[end][0])))
            ):
                end += 1
            if end < len(words) and found.given_hungarian(words[end][0]):
                continue  # "Szalóki Tamás" after "Szalóki Márk": a namesake, another person
            draft.add(found.span(words[i], words[end - 1]))
            return end
    companies = [d for d in found.drafts.values() if _short_name(found, d, forms)]
    named_so = any(d.name.hu.lower() in forms for d in found.drafts.values())  # "MVM"
    more = i + 1 < len(words) and words[i + 1][0][0].isupper() and _joined(found, words, i + 1)
    if len(companies) == 1 and not named_so and not more:  # "Magyar Telekom" … "a Telekom"
        companies[0].add(Span(*words[i]))
        return i + 1
    return 0


def _short_name(found: Found, draft: Draft, forms: tuple[str, ...]) -> bool:
    """Whether a word is an organisation's name without its nationality adjective
    ("Telekom" for "Magyar Telekom"), or a company's first word without the rest and
    its legal form ("a Mátravill" for "Mátravill Építő Zrt.", "a Yettel" for "Yettel
    Magyarország Zrt."), as news name a company again."""
    parts = draft.name.hu.split()
    if draft.type != "Organization" or len(parts) < 2:
        return False
    if len(parts) == 2 and found.adjective_of(parts[0]) is not None:
        return parts[1].lower() in forms
    return (
        parts[-1].lower() in LEGAL_FORMS
        and parts[0].lower() in forms
        and found.adjective_of(parts[0]) is None
        and not found.given_hungarian(parts[0])
    )


def early_aliases(found: Found, words: list[Token]) -> None:
    """What only a later name explains, read after the whole article: a person's family
    name alone before their full name, as headlines write it ("Rossi szerint …" …
    "Marco Rossi szövetségi kapitány"), when no other person shares it; the adjective
    of a place named later ("a kelebiai vonalon" … "Budapest–Kelebia vasútvonal"); an
    acronym before the name it abbreviates; a venue read as a place that acts later."""
    _acronyms_defined_later(found)
    venues_that_act(found)
    covered = bytearray(len(found.text))
    for draft in found.drafts.values():
        for m in draft.mentions:
            covered[m.span.start : m.span.end] = b"\x01" * (m.span.end - m.span.start)
    places = {d.name.hu.lower() + "i": d for d in found.drafts.values() if d.type == "Place"}
    named: dict[str, list[tuple[int, Draft]]] = {}  # a name's first or last word → persons
    for d in found.drafts.values():
        parts = d.name.hu.lower().split()
        if d.type == "Person" and len(parts) > 1 and (d.role is None or d.role.hu != d.name.hu):
            first = min(m.span.start for m in d.mentions)
            for part in {parts[0], parts[-1]}:
                named.setdefault(part, []).append((first, d))
    for word, start, end in words:
        if covered[start]:
            continue
        forms = stems(word)
        if word.islower():
            adjective = next((f for f in forms if f in places), "")
            if adjective and word[len(adjective) :] in _ADJECTIVE_CASES:  # not "miskolciaké"
                places[adjective].add(Span(word, start, end))
            continue
        persons = {d.id: d for f in forms for first, d in named.get(f, ()) if start < first}
        if len(persons) == 1:
            next(iter(persons.values())).add(Span(word, start, end))


def _acronyms_defined_later(found: Found) -> None:
    """ "NMHH" in the headline, then "a Nemzeti Média- és Hírközlési Hatóság (NMHH)": the
    acronym met first is the body it abbreviates, not an organisation of its own."""
    for draft in list(found.drafts.values()):
        body = found.acronyms.get(draft.name.hu.lower()) if draft.name.hu.isupper() else None
        if body is not None and body is not draft and draft.id not in found.gaz.entries:
            for mention in draft.mentions:
                body.add(mention.span)
            del found.drafts[draft.id]
            for other in found.drafts.values():
                if other.affiliation == draft.id:
                    other.affiliation = body.id


_ADJECTIVE_CASES = frozenset(
    {"", "ak", "ek", "t", "at", "et", "nak", "nek", "ban", "ben", "ból", "ből"}
)
"""What a place adjective used as a noun may take ("kelebiai", "szegediek"), not a possessor's
"-é" ("a miskolciaké": the people's)."""


def local_adjective(found: Found, words: list[Token], i: int) -> int:
    """ "miskolci": the adjective of a place the article named before ("Miskolcon")."""
    word, start, end = words[i]
    if not word.islower():
        return 0
    forms = stems(word)
    for draft in found.drafts.values():
        if draft.type == "Place" and draft.name.hu.lower() + "i" in forms:
            draft.add(Span(word, start, end))
            return i + 1
    return _region(found, words, i)


def _region(found: Found, words: list[Token], i: int) -> int:
    """ "kelet-törökországi", "a dél-szlovákiai járásokban": a compass point before a
    state's or a place's adjective names a region of it, a place of its own (with the
    kind of place after it, if one follows), no mention of the state."""
    word, start, end = words[i]
    point, _, adjective = word.partition("-")
    known = found.adjective_of(adjective) if point in _COMPASS else None
    if known is None or known.type not in ("State", "Place") or found.adjective_of(word):
        return 0
    following = words[i + 1][0] if i + 1 < len(words) else ""
    if any(f.startswith(_REGION_KINDS) for f in stems(following)) and _joined(found, words, i + 1):
        span = found.span(words[i], words[i + 1])  # "dél-szlovákiai járásokban": those districts
        hu = en = name_nominative(span.text)
        found.unknown_draft("Place", Name(hu, en), []).add(span)
        return i + 2
    hu = f"{point.capitalize()}-{known.name.hu}"
    found.unknown_draft("Place", Name(hu, f"{_COMPASS[point]} {known.name.en}"), []).add(
        Span(word, start, end)
    )
    return i + 1


_REGION_KINDS = ("járás", "megy", "tartomány", "régió", "körzet", "területe")
_COMPASS = {
    "észak": "Northern", "dél": "Southern", "kelet": "Eastern", "nyugat": "Western",
    "közép": "Central", "északkelet": "Northeastern", "északnyugat": "Northwestern",
    "délkelet": "Southeastern", "délnyugat": "Southwestern",
}  # fmt: skip


def unknown_name(found: Found, words: list[Token], i: int) -> int:
    """A run of capitalised words no list knows, typed by its words; Hungarian
    order ends a person's name at the given name ("Kiss Dóra Miskolcon")."""
    if words[i][0] in ARTICLES or (opens_no_name(words[i][0]) and _initial(found, words, i)):
        return 0
    if acronym_mention(found, words[i]):
        return i + 1
    dashed = _dashed_alliance(found, words, i) or _spelt_out(found, words, i)
    if dashed:
        return dashed
    head, _, tail = words[i][0].partition("-")
    if tail.islower() and found.lookup([(head, words[i][1], words[i][1] + len(head))]):
        return i + 1  # "Facebook-oldalán": the known name's compound, read as the name
    end = i
    while (
        end < len(words)
        and (
            words[end][0][0].isupper()
            or _BRAND.match(words[end][0]) is not None
            or _particle(found, words, i, end)
        )
        and (
            not _known_word(found, words[end])
            or found.before_given(words, end)
            or (end > i and found.given_hungarian(words[end][0]))  # "Kovács Gyula"
            or (end == i and _opens_company(found, words, i))  # "Magyar Telekom"
            or (end == i and _place_opens_name(found, words, i))  # "Budapest Sportiroda"
        )
        and (end == i or _joined(found, words, end))
    ):
        end += 1
    given = next((k for k in range(i + 1, end) if found.given_hungarian(words[k][0])), None)
    unit = any(_armed_unit(w) for w, _, _ in words[i + 1 : end])
    end = end if given is None or unit else given + 1  # "Klapka György Lövészdandár"
    if given is not None and not unit and not _family_name_before(words, i, given):
        end = given - 1  # "a Pannon Filharmonikusok Bartók Béla …": a body, then a person
    initial = _initial(found, words, i)
    named_for_state = end == i + 1 and not initial and _state_after(found, words, end)
    end = legal_forms_after(found, words, end + named_for_state)
    end += end > i and _channel_number(found, words, end)
    run = words[i:end]
    if not run or (initial and len(run) == 1):
        return 0
    product = _product(words, end)
    if product == "típus" or (product and len(run) == 1):
        return end  # "tíz Mercedes-Benz Intouro típusú autóbuszt": a model, no entity
    if product:  # "a SpaceX Falcon 9 rakétájával": the maker before the model
        end -= 1
        run = run[:-1]
    if _title_begun(words, end):  # "Mikkel Strand Téli kikötő című": a title's first word
        if len(run) == 1:
            return end
        end -= 1
        run = run[:-1]
    if len(run) == 1 and run[0][0].lower().split("-")[0] in LEGAL_FORMS:
        _company_of_form(found, run[0])
        return i + 1
    following = words[end] if end < len(words) else None
    type_, name = _classify(found, run, following)
    if named_for_state:
        type_ = "Organization"  # "a Progresszív Szlovákia", "a One Magyarország"
    if len(run) == 1 and type_ in (None, "Person", "Place") and _kind_of_place(following):
        _place_and_kind(found, run[0], words[end], words[end])  # "Sofala tartomány"
        return end + 1
    if len(run) == 1 and type_ in (None, "Person") and _coordinated_kind(found, words, end):
        _place_and_kind(found, run[0], words[end + 2], run[0])  # "Zambézia és Sofala tartomány"
        return end
    if _named_occasion(words, end):
        return end  # "a Dunántúli Pajzs 2025 elnevezésű gyakorlaton": an occasion, no agent
    medium = _medium(found, words, end)
    if medium or _told_to(run, words, end):
        type_ = "NewsAgency"  # "a Kisalföld napilapnak", "az RTL Híradónak azt mondta"
    if type_ == "Person" and _after_article(words, i) and not _named_person(found, run):
        type_ = "Organization"  # "a CRE Konzorcium", "a BMW Group": no article before a person
    if type_ in (None, "Place") and len(run) == 1 and _speaks_after_article(words, i, following):
        type_ = "Organization"  # "a Volánbusz közölte", "a Volán bejelentette" (no town)
    if type_ is None and _listed_after_body(found, run[0]):
        type_ = "Organization"  # "a Hlas–SD, a Republika és az SaS"
    if (
        type_ in (None, "Person")
        and not _named_person(found, run)
        and end < len(words)
        and _joined(found, words, end)  # an uninflected name: "El Al légitársaság"
        and _body_after(following)
    ):
        type_ = "Organization"  # "az izraeli El Al légitársaság", "a Nvidia chipgyártó"
    if type_ is None and not _after_article(words, i) and _works_after(found, words, end):
        type_ = "Person"  # "Maulbertsch kupolafreskói", "Raffaello, El Greco és Goya művei"
    if initial and not _name_from_first_word(found, run, following):
        return i + 1  # a sentence's first word is capitalised anyway: read on after it
    if type_ is None:
        return 0
    named_again = body_by_head(found, run[0][0]) if len(run) == 1 else None  # "a Bizottság"
    draft = named_again or found.unknown_draft(type_, name, run)
    start = _unit_of(found, run[0]) if type_ == "ArmedForce" else run[0][1]
    span = Span(found.text[start : run[-1][2]], start, run[-1][2])
    draft.add(span)
    if type_ in ("Organization", "GovernmentBody", "NewsAgency"):
        found.define_acronym(draft, span.end)
    if medium:  # "napilapnak", "katari hírtelevízió" too, not "című"
        draft.add(found.span(words[end + (words[end][0] == "című")], words[medium]))
        if medium > end:  # described with an adjective: the whole phrase too, as golds write
            draft.add(found.span(run[0], words[medium]))  # "Magyar Kurír katolikus hírportál"
        return medium + 1
    if type_ == "Person":
        role_before(found, draft, words, i)
        role_after(found, draft, words, end)
    elif following is not None and _possessed(following):
        office_holder(found, draft, span, following)  # "Parád polgármestere"
        return end + 1
    return end


def _family_name_before(words: list[Token], i: int, given: int) -> bool:
    """Whether the words from `i` to the given name at `given` are one person's: a
    Hungarian family name is one word before the given name ("Bartók Béla"), or two
    after a married name ("Kovácsné Nagy Éva"); words before them are another name."""
    return given - i == 1 or (given - i == 2 and words[i][0].endswith("né"))


def _dashed_alliance(found: Found, words: list[Token], i: int) -> int:
    """ "a Smer–SD", "a Hlas–SD": an unknown name and an acronym joined by an en dash
    name one party or alliance (the gazetteer's own are read before: "Fidesz–KDNP"); the
    first word alone names it again ("a Smer elnöke")."""
    if i + 1 >= len(words) or found.text[words[i][2] : words[i + 1][1]] not in ("–", "—"):
        return 0
    first, second = words[i], words[i + 1]
    if _initial(found, words, i) or _known_word(found, first) or not second[0].isupper():
        return 0
    if i + 2 < len(words) and words[i + 2][0].lower().startswith(_FIXTURES):
        return 0  # "a Fradi–MTK rangadón": a match between two teams
    if len(second[0]) < 2 or not second[0].split("-")[0].isupper():
        return 0
    hu = f"{first[0]}–{second[0].split('-')[0]}"
    draft = found.unknown_draft("Organization", Name(hu, hu), [])
    draft.add(found.span(first, second))
    found.acronyms.setdefault(first[0].lower(), draft)
    return i + 2


def _product(words: list[Token], k: int) -> str:
    """What says the name before word `k` ends in a product's: "típus" for a type
    ("Mercedes-Benz Intouro típusú autóbusz", "Mercedes-Benz GLE 450 típusú": the maker
    named so is no agent either), "model" for a vehicle's or an instrument's noun ("a
    SpaceX Falcon 9 rakétájával", "a NASA TESS űrtávcsövének": the last word is the
    model, what comes before it its maker); else "". The golds keep products out."""
    after = [w.lower() for w, _, _ in words[k : k + 2]]
    if after and any(c.isdigit() for c in after[0]):
        after = after[1:]  # "GLE 450", "Falcon 9"
    if not after:
        return ""
    if after[0].startswith("típus"):
        return "típus"
    return "model" if after[0].startswith(_PRODUCTS) else ""


_PRODUCTS = (
    "rakét", "űrtávcs", "távcs", "műhold", "kisműhold", "űrszond", "hordozórakét", "repülőgép",
    "helikopter", "drón", "tengeralattjáró", "terepjáró", "autóbusz", "mozdony",
)  # fmt: skip


def _title_begun(words: list[Token], k: int) -> bool:
    """Whether the name ending before word `k` ends in a title's first word: Hungarian
    capitalises a work's title only at its start, and "című" closes it after lower-case
    words ("a dán Mikkel Strand Téli kikötő című drámája", "a Hideg napok című film");
    "a Telex című portál" names the medium itself (no lower-case word between)."""
    for j in range(k, min(k + 5, len(words))):
        word = words[j][0]
        if word == "című":
            return j > k
        if not word.islower():
            return False
    return False


def _named_occasion(words: list[Token], k: int) -> bool:
    """Whether what follows a name says it names an exercise, an operation or a
    campaign ("Dunántúli Pajzs 2025 elnevezésű gyakorlaton", "Sas nevű hadműveletben"),
    or is the kind of a gathering ("a Budapest Tech Summit konferencián", "a Design
    Hét kiállításon"): an occasion, no agent."""
    after = [w.lower() for w, _, _ in words[k : k + 5]]
    if after and after[0].isdigit():
        after = after[1:]  # "Dunántúli Pajzs 2025"
    if after and any(f in _GATHERINGS for f in stems(after[0])):
        return True
    if not after or after[0] not in ("elnevezésű", "nevű", "fedőnevű"):
        return False
    return any(f.startswith(_OCCASION_NOUNS) for w in after[1:4] for f in stems(w))


_GATHERINGS = frozenset({"konferencia", "kiállítás", "vásár", "csúcstalálkozó", "gála"})
_OCCASION_NOUNS = ("gyakorlat", "hadgyakorlat", "hadművelet", "művelet", "akció", "kampány")


def programme(found: Found, words: list[Token], i: int) -> int:
    """ "az Otthon Start program", "a Hungary Helps program keretében": capitalised words
    before "program" name a programme, which the golds keep as one organisation with the
    noun (read before a body's name: "Helps" is a head)."""
    end = i
    while end < min(i + 4, len(words)) and words[end][0][0].isupper():
        if end > i and not _joined(found, words, end):
            return 0
        end += 1
    if end == i or end >= len(words) or _initial(found, words, i) or not _joined(found, words, end):
        return 0
    noun = words[end][0]
    if not noun.startswith("program") or noun[len("program") :] not in _PROGRAMME_CASES:
        return 0  # not "a Fidesz programja": a body's programme is the body's
    if found.lookup(words[i:end]) is not None:
        return 0
    hu = f"{' '.join(w for w, _, _ in words[i:end])} program"
    draft = found.unknown_draft("Organization", Name(hu, hu), words[i : end + 1])
    draft.add(found.span(words[i], words[end]))
    return end + 1


_PROGRAMME_CASES = SINGULAR_CASES | {"ot", "mal", "on"}


def _unit_of(found: Found, first: Token) -> int:
    """Where an armed unit's name starting at word `first` starts: at its army and number
    before it ("MH 25. Klapka György Lövészdandár", read off the text: the sentence
    splitter may part "25." from the name), else at the word."""
    before = _ARMY_NUMBER.search(found.text, max(0, first[1] - 30), first[1])
    if before is None:
        return first[1]
    army = found.lookup([(before.group(1), before.start(1), before.end(1))])
    return before.start() if army is not None and army.type == "ArmedForce" else first[1]


_ARMY_NUMBER = re.compile(r"\b(\w+) \d{1,3}\. $")


def _listed_after_body(found: Found, first: Token) -> bool:
    """Whether a name with an article follows a body's name in a list ("a Kereszténydemokrata
    Mozgalom (KDH), a Republika"): what is listed with bodies is one too."""
    listed = _LISTED.search(found.text, max(0, first[1] - 12), first[1])
    if listed is None:
        return False
    return any(
        m.span.end == listed.start()
        for d in found.drafts.values()
        if d.type in ("Organization", "GovernmentBody")
        for m in d.mentions
    )


_LISTED = re.compile(r"\)?(?:,| és| vagy) az? $")


def _spelt_out(found: Found, words: list[Token], i: int) -> int:
    """ "a Szabadság és Szolidaritás (SaS)": capitalised words joined by "és" that the
    acronym after them spells (its capitals their initials) are one organisation's name."""
    for end in range(i + 3, min(i + 7, len(words) + 1)):
        run = words[i:end]
        if not all(w[0].isupper() or w == "és" for w, _, _ in run) or run[-1][0] == "és":
            return 0
        acronym = re.match(r" \((\w{2,})\)", found.text[run[-1][2] :])
        if acronym is None:
            continue
        initials = "".join(w[0] for w, _, _ in run if w != "és")
        capitals = "".join(c for c in acronym.group(1) if c.isupper())
        if "és" not in (w for w, _, _ in run) or initials != capitals:
            return 0
        hu = " ".join(w for w, _, _ in run)
        draft = found.unknown_draft(head_type(run[-1][0]) or "Organization", Name(hu, hu), run)
        draft.add(found.span(run[0], run[-1]))
        found.define_acronym(draft, run[-1][2])
        return end
    return 0


_FIXTURES = ("mérkőzés", "meccs", "rangadó", "döntő", "összecsapás", "párharc", "derbi")


def _state_after(found: Found, words: list[Token], k: int) -> bool:
    """Whether word `k` is a state's name continuing an unknown capitalised word before
    it: "a Progresszív Szlovákia", "a One Magyarország" name a party and a company (no
    state is named with a capitalised word before it). Only the state's name itself,
    after an article or an adjective: a person acting on a state is no name ("Trump
    Kínát vádolta", "Biden Ukrajnába utazott")."""
    if k >= len(words) or not _joined(found, words, k) or _named_person(found, words[k - 1 : k]):
        return False
    before = words[k - 2][0] if k >= 2 else ""
    known = found.lookup([words[k]])
    return (
        known is not None
        and known.type == "State"
        and words[k][0] in known.names
        and (before.lower() in ("a", "az") or (before.islower() and before.endswith(_ADJECTIVAL)))
        and not words[k - 1][0].isupper()
    )


_ADJECTIVAL = ("i", "s", "ú", "ű", "ó", "ő")  # "liberális", "ellenzéki", not "mondta"


def _company_of_form(found: Found, word: Token) -> None:
    """ "a Kft. ügyvezetője": a legal form alone is the one company of that form the
    article named ("BMW Group Manufacturing Hungary Kft."); with none or two, no one."""
    form = word[0].lower().split("-")[0]
    companies = [
        d
        for d in found.drafts.values()
        if d.type == "Organization" and d.name.hu.lower().split()[-1] == form
    ]
    if len(companies) == 1:
        companies[0].add(Span(*word))


def _kind_of_place(following: Token | None) -> bool:
    """Whether the word after a name says what kind of place it names: "Sofala
    tartomány", "Quelimane városában", "a Tisza-parti falu" is not one word."""
    return (
        following is not None
        and following[0].islower()
        and not _KINDS_OF_PLACE.isdisjoint(_kind_forms(following[0]))
    )


def _kind_forms(word: str) -> tuple[str, ...]:
    """The bases of a kind noun, also inside its "-beli" adjective ("Hatay tartománybeli
    Antakyában": the province's)."""
    return (*stems(word), word.lower().removesuffix("beli"))


_KINDS_OF_PLACE = frozenset(
    {"tartomány", "megye", "vármegye", "város", "település", "falu", "község", "járás",
     "régió", "körzet", "sziget", "folyó", "kerület", "légitámaszpont", "támaszpont"}
)  # fmt: skip


def _place_and_kind(found: Found, name: Token, kind: Token, last: Token) -> None:
    """An unknown place named with its kind: a mention up to `last` (the kind noun, or the
    name alone when the kind follows another name); a province, a county or a region
    keeps its kind in its name ("Sofala tartomány"), a town does not."""
    noun = next(n for n in _kind_forms(kind[0]) if n in _KINDS_OF_PLACE)
    town = noun in ("város", "település", "falu", "község")
    hu = name[0] if town else f"{name[0]} {noun}"
    known = found.lookup([name, (noun, kind[1], kind[2])])  # "Pest és Bács-Kiskun vármegyében"
    same = (d for d in found.drafts.values() if d.type == "Place" and d.name.hu == hu)
    draft = (
        found.draft(known)
        if known is not None and known.type == "Place"
        else next(same, None) or found.unknown_draft("Place", Name(hu, hu), [name] if town else [])
    )
    draft.add(found.span(name, last))  # "Malatya tartomány" is not the town "Malatya"


def _coordinated_kind(found: Found, words: list[Token], k: int) -> bool:
    """ "Zambézia és Sofala tartomány": a name, "és", a name and a kind noun; the first
    is a place of that kind too."""
    return (
        k + 2 < len(words)
        and words[k][0] == "és"
        and words[k + 1][0][0].isupper()
        and _joined(found, words, k + 2)
        and _kind_of_place(words[k + 2])
    )


def _medium(found: Found, words: list[Token], j: int) -> int:
    """Where a medium's description after a name ends ("Hszinhua állami hírügynökség",
    "Nature Communications című tudományos folyóiratban"), or 0."""
    for k in range(j, min(j + 4, len(words))):
        word = words[k][0]
        if not word.islower() or (k > j and "," in found.text[words[k - 1][2] : words[k][1]]):
            return 0
        if head_type(word) == "NewsAgency":
            return k
        if not (word.endswith(("i", "us", "os", "es", "ös", "as")) or word in _MEDIUM_WORDS):
            return 0  # "állami", "katolikus", "országos", "független", "című"
    return 0


_MEDIUM_WORDS = frozenset({"című", "független", "online", "regionális"})


def _body_after(following: Token | None) -> bool:
    """Whether the word after a name is a company's or a body's noun in apposition, not
    possessed: "El Al légitársaság", "Nvidia chipgyártóval" (not "Musk cége")."""
    if following is None or not following[0].islower():
        return False
    described = description_noun(following[0])
    if described is None or described[1] not in ("Organization", "GovernmentBody"):
        return False
    noun = described[0]
    rest = following[0][len(noun) :] if following[0].startswith(noun) else "-"
    assimilated = rest in (noun[-1] + "al", noun[-1] + "el")  # "légitársasággal"
    return rest in SINGULAR_CASES or rest in ("ot", "et", "öt", "at") or assimilated


def _works_after(found: Found, words: list[Token], k: int) -> bool:
    """Whether a name ending before word `k`, maybe listed with other names ("Raffaello,
    El Greco és Goya művei"), possesses works of art: the artist, a person."""
    while k < min(len(words), k + 8) and (words[k][0][0].isupper() or words[k][0] == "és"):
        k += 1
    if k >= len(words) or not words[k][0].islower():
        return False
    word = words[k][0]
    for work in _WORKS:
        at = word.rfind(work)
        if at >= 0 and (at == 0 or work != "mű") and _POSSESSED.match(word[at + len(work) :]):
            return True
    return False


_WORKS = ("mű", "freskó", "festmény", "kép", "szobr", "regény", "vers", "film", "alkotás")
_POSSESSED = re.compile(r"(?:v|j)?(?:e|a|ei|ai|i)(?:t|nek|nak|ben|ban|ből|ból|vel|val)?$")
"""A third person's possessive, maybe with a case: "műve", "művei", "kupolafreskóit",
"festményeit", "filmjében"."""


def _channel_number(found: Found, words: list[Token], k: int) -> bool:
    """Whether the number at word `k` is part of a medium's name before it: a
    station's ("a Rádió 88 műsorában") or one a medium's description follows ("a France
    24 hírtelevíziónak")."""
    if k >= len(words) or not words[k][0].isdigit() or not _joined(found, words, k):
        return False
    return head_type(words[k - 1][0]) == "NewsAgency" or bool(_medium(found, words, k + 1))


def _told_to(run: list[Token], words: list[Token], j: int) -> bool:
    """ "az RTL Híradónak azt mondta", "a Portfolio.hu-nak elmondta": a name in the
    dative before a speech verb is the medium told."""
    if not run[-1][0].lower().endswith(("nak", "nek")):
        return False
    after = [w.lower() for w, _, _ in words[j : j + 2]]
    if after and after[0] in ("azt", "is", "pedig"):
        after = after[1:]
    return bool(after) and after[0].startswith(_TOLD)


_TOLD = ("mond", "elmond", "nyilatkoz", "tagad", "közöl", "elárul", "megerősít", "cáfol")


def _opens_company(found: Found, words: list[Token], i: int) -> bool:
    """ "Magyar Telekom", "Deutsche Telekom": a capitalised nationality adjective before
    an unknown capitalised word opens a name (not a family name before a given one)."""
    return (
        i + 1 < len(words)
        and found.adjective_of(words[i][0]) is not None
        and words[i + 1][0][0].isupper()
        and not _known_word(found, words[i + 1])
        and not found.given_hungarian(words[i + 1][0])
        and _joined(found, words, i + 1)
    )


def _place_opens_name(found: Found, words: list[Token], i: int) -> bool:
    """ "Budapest Airport", "a Budapest Tech Summit", "Budapest Sportiroda": a town's bare
    name before an unknown capitalised word opens a longer name, which the golds never
    split ("Budapest X. kerületében", "Budapest Liszt Ferenc …" read otherwise)."""
    known = found.lookup(words[i : i + 1])
    return (
        known is not None
        and known.type == "Place"
        and words[i][0] in known.names
        and i + 1 < len(words)
        and words[i + 1][0][0].isupper()
        and words[i + 1][0].isalpha()
        and not _ROMAN.match(words[i + 1][0])
        and not _known_word(found, words[i + 1])
        and not found.given_hungarian(words[i + 1][0])
        and _joined(found, words, i + 1)
    )


def _joined(found: Found, words: list[Token], k: int) -> bool:
    """Whether word `k` continues the name before it: only a space between (no comma,
    no dash: "Hungaroringen, Piastri", "Újvidék–Szabadka"), and the word before
    uninflected (a name is inflected at its end: "M4 Sportnak Marco Rossi")."""
    before = words[k - 1][0]
    gap = found.text[words[k - 1][2] : words[k][1]]
    return not gap.strip() and not before.lower().endswith(_CLOSING_CASES)


_CLOSING_CASES = tuple(e for e in NAME_CASES if len(e) >= 3 and e != "ért")  # "Gellért"


_ROMAN = re.compile(r"[IVXLC]+$")  # a numeral: "Paks II.", "XIV. Lajos"
_BRAND = re.compile(r"\d+[a-záéíóöőúüű]+[A-ZÁÉÍÓÖŐÚÜŰ]")  # "4iG": a digit-led brand
_CAMEL = re.compile(r"[a-záéíóöőúüű][A-ZÁÉÍÓÖŐÚÜŰ]")  # a brand's inner capital
_BODY_POSSESSIONS = (
    "közleménye", "vezérigazgatój", "sajtóosztály", "honlapj", "székház", "adatai", "részvény",
    "árbevétel", "leányvállalat", "anyavállalat",
)  # fmt: skip


def _particle(found: Found, words: list[Token], i: int, k: int) -> bool:
    """Whether word `k` is a lower-case particle inside a foreign person's name begun at
    word `i` by a given name: "Luiz Inácio Lula da Silva", "Mohammed bin Szalmán",
    "Ursula von der Leyen", "Ahmed al-Saraa" (a capitalised word must follow a bare one)."""
    if k == i or words[i][0] not in found.gaz.given_foreign:
        return False
    word = words[k][0]
    if word.startswith(("al-", "el-")) and word[3:4].isupper():
        return True
    return word in _PARTICLES and k + 1 < len(words) and words[k + 1][0][0].isupper()


_PARTICLES = frozenset(
    {
        "da",
        "de",
        "di",
        "do",
        "dos",
        "du",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "ibn",
        "ben",
        "la",
        "le",
    }
)


def _after_article(words: list[Token], i: int) -> bool:
    return i > 0 and words[i - 1][0].lower() in ("a", "az")


def _named_person(found: Found, run: list[Token]) -> bool:
    """A run with a given name in it, first (foreign) or last (Hungarian)."""
    return run[0][0] in found.gaz.given_foreign or found.given_hungarian(run[-1][0])


def _speaks_after_article(words: list[Token], i: int, following: Token | None) -> bool:
    """ "a Volánbusz közölte", "az Alteo szerint": an unknown name after an article,
    speaking; Hungarian gives a person's name no article, so it names a body."""
    if not _after_article(words, i) or following is None:
        return False
    return following[0].lower().startswith(_SPEAKING)


_SPEAKING = ("szerint", "közöl", "tájékoztat", "hangsúlyoz", "bejelent", "cáfol", "tagad")


def _owned_by_body(following: Token | None) -> bool:
    """ "a Roszatom közleménye": what only a company or body has follows the name."""
    return following is not None and following[0].startswith(_BODY_POSSESSIONS)


def _classify(
    found: Found, run: list[Token], following: Token | None
) -> tuple[EntityType | None, Name]:
    """The type and name of an unknown capitalised run, read off its words and the
    word after it; no type when nothing tells."""
    words = [w for w, _, _ in run]
    hu = name_nominative(" ".join(words))
    place_led = _place_opens_name(found, run, 0)  # "Budapest Maraton": no person
    if any(map(_occasion, words)):  # "a Magyar Nagydíj", "Európa-kupa", "Nemzetek Ligája B"
        return None, Name(hu, hu)  # an occasion, no agent
    if _prize(found, words):
        return None, Name(hu, hu)  # "Arany Pálmát", "Ezüst Medvét": an award, no agent
    if len(words) == 1 and _designation(words[0]):
        return None, Name(hu, hu)  # "H5N1", "VVER-1200", "LQ-7": a model or a strain
    if words[-1].endswith("-i") and len(words[-1]) > 3:
        named = " ".join([*words[:-1], words[-1][:-2]])  # "Karlovy Vary-i", "New York-i"
        return "Place", Name(named, named)
    head = _name_head(found, words[-2] if words[-1].isdigit() else words[-1])  # "Rádió 88"
    if head is not None:
        return head, Name(hu, hu)
    if words[0] in found.gaz.given_foreign and len(words) > 1:
        return "Person", Name(hu, transliterate(hu))
    if found.given_hungarian(words[-1]) and len(words) > 1:  # "Halász Bencét"
        given = next(f for f in stems(words[-1]) if f in found.gaz.given_hungarian).capitalize()
        return "Person", Name(" ".join([*words[:-1], given]), " ".join([given, *words[:-1]]))
    if len(words) > 1 and (
        found.adjective_of(words[0]) is not None or words[-1].lower() in LEGAL_FORMS
    ):
        return "Organization", Name(hu, hu)  # "Magyar Telekom", "Deutsche Telekom AG"
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1 and not _ROMAN.match(words[0]):
        return "Organization", Name(hu, hu)  # "MVM", not "II" ("Paks II.")
    if len(words) == 1 and (_CAMEL.search(words[0]) or _owned_by_body(following)):
        return "Organization", Name(hu, hu)  # "HungaroMet", "a Roszatom közleménye"
    if following is not None and _possessed(following):  # "Parád polgármestere"
        mayor = office_of(following[0]) in _TOWN_OFFICES
        return ("Place" if mayor else "Organization"), Name(hu, hu)
    if following is not None and _office_after(found, following) and not _accusative(words[-1]):
        return "Person", Name(hu, transliterate(hu))  # not "a Miniszterelnökséget vezető …"
    acronym = words[0].split("-")[0].isupper()  # "SMS-ben", "GDP-ből": no town
    town = place_nominative(words[0]) if len(words) == 1 and not acronym else None
    if town is not None:
        return "Place", Name(town, town)
    if len(words) == 1 and following is not None and following[0] in PLACE_POSTPOSITIONS:
        return "Place", Name(hu, hu)  # "Varnavasz közelében", "Monor határában"
    place = _place_named(found, words[0], run[0][1]) if len(words) == 1 else None
    if place is not None:
        return "Place", place
    if 1 < len(words) <= 3 and all(map(_may_be_in_a_persons_name, words)) and not place_led:
        return "Person", Name(hu, transliterate(hu))
    return None, Name(hu, hu)


def _name_head(found: Found, word: str) -> EntityType | None:
    """The type the last word of an unknown name says: an armed unit's head
    ("Lövészdandár", "Ezred"), else the head noun's type; a Hungarian given name ends in
    no head ("Lőrinc" is no "Inc")."""
    if _armed_unit(word):
        return "ArmedForce"
    return None if found.given_hungarian(word) else head_type(word)


def _armed_unit(word: str) -> bool:
    """Whether a capitalised word ends in an armed unit's head: "Lövészdandár",
    "Huszárezred", "Légierő"."""
    return word[0].isupper() and any(f.endswith(ARMED_WORDS) for f in stems(word))


def _may_be_in_a_persons_name(word: str) -> bool:
    """Whether a word can be part of a person's name with no given name known: not a
    model or an acronym ("Airbus A321neo", "BRP Sierra Madre", "MVM Dome"), not a
    Hungarian adjective made from a noun, which only a body's or a thing's name
    capitalises ("Nemzetközi Könyvfesztivál", "Befektetési"), not a place adjective
    spelt after a hyphen ("Karlovy Vary-i"), not a possessed noun ("Opel Astráját")."""
    if any(c.isdigit() for c in word) or (len(word) > 1 and word.isupper()):
        return False
    lower = word.lower()
    if len(lower) > 5 and lower.endswith(_POSSESSED_CASED):
        return False  # "a gyanúsított szürke Opel Astráját": a thing owned, no person
    return lower not in _NAME_ADJECTIVES and not lower.endswith((*_DERIVED_ADJECTIVES, "-i"))


_NAME_ADJECTIVES = frozenset({"nemzeti", "nemzetközi", "országos", "állami", "központi"})
_POSSESSED_CASED = ("ját", "jét", "jával", "jével", "jának", "jének", "jában", "jében")
"""A third person's possessive "-ja/-je" with a case after it: a possessed noun, which
a person's name never is."""
_DERIVED_ADJECTIVES = ("ási", "ési", "sági", "ségi", "ikai", "ológiai", "ügyi", "tudományi")


def _accusative(word: str) -> bool:
    """Whether a name's last word is in the accusative ("Miniszterelnökséget",
    "Kovácsot"): the object of what follows, never the holder of an office after it."""
    return len(word) > 4 and word.endswith(("ot", "et", "öt", "at", "át", "ét"))


def _designation(word: str) -> bool:
    """A capitalised code with digits in it, not led by them: a model, a type, a strain
    ("H5N1", "VVER-1200", "A321neo"), no organisation ("4iG" is a digit-led brand)."""
    return word[0].isalpha() and any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def _place_named(found: Found, word: str, start: int) -> Name | None:
    """The name of the place a lone word in the nominative or accusative names:
    one met before ("Varnavaszt" after "Varnavasz"), or one coordinated with a
    place ("Varnavaszt és Grammatikót", "Debrecen és Monor között")."""
    forms = stems(word)
    for draft in found.drafts.values():
        if draft.type == "Place" and draft.name.hu.lower() in forms:
            return draft.name
    hu = accusative_nominative(word)
    for draft in found.drafts.values():
        if draft.type == "Place" and any(
            m.span.end <= start
            and _COORDINATION.fullmatch(found.text[m.span.end : start])
            and _same_case(m.span.text, draft.name.hu, word != hu)
            for m in draft.mentions
        ):
            return Name(hu, hu)
    return None


def _same_case(mention: str, name: str, accusative: bool) -> bool:
    """Whether a place's mention is in the case of a word coordinated with it, as
    coordinated names are ("Varnavaszt és Grammatikót", "Debrecen és Monor között"),
    not "a Hungaroringen, Piastri nyerte": a locative, then a nominative."""
    return mention.endswith("t") if accusative else mention.lower() == name.lower()


def _occasion(word: str) -> bool:
    """A word naming an occasion: "Nagydíj", "Európa-kupa", "Európa-bajnokságon"."""
    return any(stem.endswith(_OCCASIONS) for stem in stems(word))


_OCCASIONS = (
    "nagydíj", "díj", "díjas", "kupa", "bajnokság", "olimpia", "világbajnokság", "gála", "ligája",
    "torna", "open",
)  # fmt: skip  # "a torontói Masters-tornán", "a Generali Open döntőjében": tournaments


def _prize(found: Found, words: list[str]) -> bool:
    """Whether a two-word name is a metal and a noun, a festival's award ("Arany Pálma",
    "Ezüst Medve", "Arany Oroszlán"), not a person with the family name Arany ("Arany
    János": a given name follows)."""
    return (
        len(words) == 2
        and words[0] in _PRIZE_METALS
        and not found.given_hungarian(words[1])
        and words[1] not in found.gaz.given_foreign
    )


_PRIZE_METALS = frozenset({"Arany", "Ezüst", "Bronz", "Gyémánt"})
_TOWN_OFFICES = frozenset({"polgármester", "alpolgármester", "főpolgármester", "jegyző"})


def _possessed(following: Token) -> bool:
    """Whether the word after a name is an office it possesses: "polgármestere",
    "szóvivője" (the name is the town or body, the office a person)."""
    word = following[0]
    return word.islower() and possessed_office(word) is not None


def _office_after(found: Found, following: Token) -> bool:
    """An office right after a name, maybe after a nationality and modifiers:
    "Nikosz Papadakisz görög polgári védelmi miniszter"."""
    words = [w for w, _, _ in tokens(found.text[following[1] : following[1] + 80])][:5]
    for word in words:
        if office_of(word) is not None and word.islower():
            return True
        state = found.adjective_of(word)
        if not word.islower() or not (state is not None or is_modifier(word)):
            return False
    return False


def _name_from_first_word(found: Found, run: list[Token], following: Token | None) -> bool:
    """Whether a sentence-initial run is a name from its first word on: a foreign
    given name first, a Hungarian one second ("Kiss Dóra") or third after a married
    name ("Kovácsné Nagy Éva"), or an institution."""
    return (
        run[0][0] in found.gaz.given_foreign
        or (len(run) > 1 and found.given_hungarian(run[1][0]))
        or (len(run) > 2 and run[0][0].endswith("né") and found.given_hungarian(run[2][0]))
        or (len(run) > 1 and head_type(run[-1][0]) is not None)
        or (len(run) == 2 and following is not None and _office_after(found, following))
        or (len(run) == 2 and _office_in_apposition(found, run[-1]))
    )


def _office_in_apposition(found: Found, last: Token) -> bool:
    """ "Kaja Kallas, az EU kül- és biztonságpolitikai főképviselője": two capitalised
    words, a comma and, within a few words, someone's possessed office: a person."""
    after = found.text[last[2] : last[2] + 90]
    if not after.startswith(", "):
        return False
    words = [w for w, _, _ in tokens(after)][:7]
    if not words or words[0] not in ("a", "az"):
        return False
    return any(w.islower() and possessed_office(w) is not None for w in words[1:])


def _initial(found: Found, words: list[Token], i: int) -> bool:
    """The first word of a sentence, of a quotation or after a colon: capitalised
    whatever it is."""
    if i == 0:
        return True
    between = found.text[words[i - 1][2] : words[i][1]]
    return any(mark in between for mark in ("„", ":", "(", "\n"))


def _known_word(found: Found, word: Token) -> bool:
    """A word the gazetteer knows, as a name or an adjective: it ends an unknown run."""
    return found.lookup([word]) is not None or found.adjective_of(word[0]) is not None
