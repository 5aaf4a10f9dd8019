"""Buildings and sites told of by what they are ("a dunaújvárosi panelházban", "az
épületből", "a felújított orvosi rendelőt"): each a place, the same noun later the same
place, "a helyszínen" the one told of last, and a site a body possesses ("a cég ajkai
gyárában") one place with its owner. Their own module because a site is no body:
descriptions reads the noun, and asks here what a site makes of it.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from kb.extract.context import BODIES
from kb.extract.found import Draft, Found, Token
from kb.extract.heads import head_type
from kb.extract.lexicon import DESCRIPTIONS, PLACE_KINDS, POSTPOSITIONS
from kb.extract.morphology import (
    SINGULAR_CASES,
    name_nominative,
    place_nominative,
    possessed_nominative,
    stems,
)
from kb.model import EntityType, Name, Span

# Buildings and sites news tells of by what they are ("a dunaújvárosi panelházban", "az
# épületből", "a felújított orvosi rendelőt", "a kultúrházban"): each a place, and the
# same noun later the same place.
FACILITIES = (
    "épület", "lakóépület", "panelház", "társasház", "lépcsőház", "csarnok", "sportcsarnok",
    "rendelő", "kultúrház", "posta", "postahivatal", "telep", "erőmű",
    "hűtőtorony", "alállomás", "menekülttábor", "futópálya", "terminál", "kampusz",
    "mérőállomás", "mérőpont", "munkaterület", "raktár", "raktárcsarnok", "uszoda",
    "templom", "óvoda", "ház", "lakás", "benzinkút", "park", "állomás", "lakótelep",
    "repülőtér", "kikötő", "temető", "sírkert", "kilátó", "nyaraló", "lőtér", "kifutó",
    "bazilika", "katedrális", "kápolna", "zsinagóga", "mecset", "konyha", "telephely",
    "parkoló", "piactér", "strand", "fürdő", "székház", "kampányközpont",
    "ellenőrzőpont", "földút", "palló", "terem", "bázis", "üzemrész", "kerítés",
    "bánya", "börtön", "laktanya", "étterem", "áruház", "bevásárlóközpont", "reptér",
    "alagút", "barlang", "vízmosás", "patak",
)  # fmt: skip


def site_introduced(found: Found, words: list[Token], i: int) -> int:
    """ "egy raktárcsarnokban", "szétvetett egy lakást", "egy ideiglenes pallón": a
    building or a site the indefinite article introduces is a new place, not the one of
    that noun told before, its adjectives part of it (a town's also a mention of the
    town: "egy dunaújvárosi lakóépületben"); later "a csarnok" is this one."""
    if words[i][0].lower() != "egy":
        return 0
    k = i + 1
    while k < min(i + 3, len(words) - 1) and _adjective(words[k][0]):
        k += 1
    noun = _site_noun(words[k][0]) if k < len(words) and k > i else None
    if noun is None or not all(_spaced(found, words, j) for j in range(i + 1, k + 1)):
        return 0
    after = words[k + 1][0] if k + 1 < len(words) else ""
    if words[k][0].lower() == noun and after not in _POSTPOSITIONS:
        return 0  # "Egy koncertterem nem a megnyitón …": a kind in general, no one place
    for word in words[i + 1 : k]:
        town = found.adjective_of(word[0])
        if town is not None:
            found.draft(town).add(Span(*word))
    hu = " ".join([*(w for w, _, _ in words[i + 1 : k]), noun])
    found.unknown_draft("Place", Name(hu, hu), []).add(found.span(words[i + 1], words[k]))
    return k + 1


def _adjective(word: str) -> bool:
    """A lower-case adjective or participle before a noun: "ideiglenes", "közeli",
    "felújított", "másik" (not a compound noun: "gumiabroncs-nagykereskedés")."""
    plain = word.islower() and "-" not in word
    return plain and (word.endswith(("i", "s", "tt")) or word in ("új", "másik"))


@cache
def _site_noun(word: str, possessed: bool = False) -> str | None:
    """The building's or site's noun a lower-case word is in a singular case ("lakást",
    "benzinkútnál", "konyhán"; a compound: "raktárcsarnokban"), or with `possessed`
    possessed by a third person ("telephelyén", "konyhájáról"), in the nominative; not a
    body's noun ending in one ("kórházban")."""
    if not word.islower():
        return None
    inflected = _possessed if possessed else _singular_case
    for form in (f for f in stems(word) if f.endswith(FACILITIES)):
        noun = next(n for n in FACILITIES if form.endswith(n))
        if form != noun and len(form) <= len(noun) + 2:
            continue
        body = next((d for d in DESCRIPTIONS if form.endswith(d) and len(d) > len(noun)), None)
        return form if body is None and inflected(word.lower(), form) else None
    return None


def _singular_case(word: str, noun: str) -> bool:
    """Whether `word` is `noun` in a singular case, a final "a"/"e" lengthened before it
    ("konyhán", "konyhát"), the accusative maybe after a linking vowel ("lakást",
    "raktárat")."""
    stem = noun if word.startswith(noun) else noun[:-1] + _LONG.get(noun[-1], noun[-1])
    rest = word[len(stem) :] if word.startswith(stem) else None
    return rest is not None and (rest in SINGULAR_CASES or rest in ("n", "at", "et", "ot", "öt"))


_LONG = {"a": "á", "e": "é"}
_POSTPOSITIONS = POSTPOSITIONS | {"mellől", "mögött", "mögül", "alól", "elől", "mellé", "mögé"}
"""Postpositions after a nominative ("egy földút mellől"): a place told of, not a kind."""


def _spaced(found: Found, words: list[Token], k: int) -> bool:
    """Whether only a space parts word `k` from the one before."""
    return found.text[words[k - 1][2] : words[k][1]] == " "


def capital_told(found: Found, words: list[Token], i: int) -> int:
    """ "a katari fővárosban", "a magyar fővárosból": a state's adjective and "főváros" is
    that state's capital (the gazetteer's one place standing for the state), the
    adjective a mention of the state too."""
    if i + 1 >= len(words) or not words[i + 1][0].startswith("főváros"):
        return 0
    if not words[i][0].islower() or "főváros" not in stems(words[i + 1][0]):
        return 0
    state = found.adjective_of(words[i][0])
    capitals = [
        c
        for c in found.gaz.entries.values()
        if state is not None and c.type == "Place" and c.stands_for == state.id
    ]
    if state is None or state.type != "State" or len(capitals) != 1:
        return 0
    found.draft(state).add(Span(*words[i]))
    found.draft(capitals[0]).add(found.span(words[i], words[i + 1]))
    return i + 2


def located(found: Found, words: list[Token], i: int) -> int:
    """ "a folyó túlpartján fekvő Cserkeszőlő", "az Athéntól északra fekvő Varnavasz":
    an unknown name after "fekvő" (lying) or "elterülő" is a place, in the nominative
    ("… fekvő Sajóecsegen" → Sajóecseg); a known name, a name of two words or one with
    its kind noun after it ("… fekvő Kurszki területen") is read as it is elsewhere."""
    if words[i][0] not in ("fekvő", "elterülő") or i + 1 >= len(words):
        return 0
    name = words[i + 1]
    after = words[i + 2][0] if i + 2 < len(words) else ""
    if not name[0][0].isupper() or after[:1].isupper() or found.given_hungarian(name[0]):
        return 0
    if found.lookup([name]) or (after and found.lookup(words[i + 1 : i + 3])):
        return 0
    if any(f in PLACE_KINDS for f in stems(after)):
        return 0
    hu = place_nominative(name[0]) or name[0]
    found.unknown_draft("Place", Name(hu, hu), [name]).add(Span(*name))
    return i + 2


def town_hall(found: Found, words: list[Token], i: int) -> int:
    """ "a városháza előtt", "a városházán": the building, a place; "a városháza
    cáfolta", "a szekszárdi városháza informatikai rendszerét": the town's office that
    works there, a government body (the golds keep the two apart); a town's adjective
    before it is part of either."""
    first = i
    town = found.adjective_of(words[i][0]) if words[i][0].islower() else None
    if town is not None and i + 1 < len(words):
        i += 1  # "szekszárdi városháza"
    word = words[i][0].lower()
    if not word.startswith("városház"):
        return 0
    following = words[i + 1][0] if i + 1 < len(words) else ""
    rest = word[len("városház") :]
    if rest in _BUILDING_CASES or following in POSTPOSITIONS:
        draft = found.drafts.setdefault(
            "city-hall", Draft("city-hall", "Place", Name("városháza", "city hall"), 0.5)
        )
    elif rest in ("a", "át", "ának", "ával", "ától"):
        draft = found.drafts.setdefault(
            "town-office",
            Draft("town-office", "GovernmentBody", Name("városháza", "town office"), 0.5),
        )
    else:
        return 0
    draft.add(found.span(words[first], words[i]))
    if town is not None:
        found.draft(town).add(Span(*words[first]))  # "szekszárdi": Szekszárd too
    return i + 1


_BUILDING_CASES = ("ában", "ába", "ából", "án", "ára", "áról", "ánál", "ához")


def region_told(found: Found, words: list[Token], i: int) -> int:
    """ "a térségbe", "a régió szálláshelyei", "a belvárosban", "belvárosi": a region or a
    town's centre no name before explains (the reference to a named region is read
    before) is one place of its own, each later "a térség" or "a régió" the same; a place
    adjective before it is part of it ("a budapesti belvárosban"). A compass point before
    it tells a part of the country, one place whatever its noun ("a keleti régióban" …
    "a keleti országrész")."""
    word = words[i][0]
    noun = next((n for n in _REGIONS if word.startswith(n)), "")
    if not noun or not _singular(word[len(noun) :], noun):
        return 0
    first, key, name = i, _REGIONS[noun], noun
    before = words[i - 1][0] if i > 0 else ""
    if before.islower() and before.endswith(_COMPASS) and noun != "belváros":
        first, key, name = i - 1, f"{before}-region", f"{before} {noun}"  # "keleti régióban"
    elif before.islower() and found.adjective_of(before):
        first = i - 1  # "budapesti belvárosban"
    elif not word.endswith("i") and before.lower() not in ("a", "az"):
        return 0  # a noun with no article is no region told of: "térségenként"
    region = found.drafts.setdefault(key, Draft(key, "Place", Name(name, key), confidence=0.5))
    region.add(found.span(words[first], words[i]))
    return i + 1


_COMPASS = ("keleti", "nyugati", "északi", "déli")  # "északkeleti", "délnyugati" too


def _singular(rest: str, noun: str) -> bool:
    """Whether `rest` after `noun` is a singular case ending ("-ban", "-sal" assimilated:
    "belvárossal") or, for the town's centre, its adjective ("belvárosi")."""
    assimilated = rest in (noun[-1] + "al", noun[-1] + "el")
    return rest in SINGULAR_CASES or assimilated or (rest == "i" and noun == "belváros")


_REGIONS = {
    "térség": "region", "régió": "region", "országrész": "region", "belváros": "town-centre",
}  # fmt: skip


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


def venue_type(found: Found, run: list[Token], type_: EntityType) -> EntityType:
    """ "a Pesti Színházban lépett fel", "a chilei La Silla Obszervatóriumban mérnek": a
    named theatre, museum, observatory, library or centre in the inessive is where
    something happens, a place, as the golds keep it (so "a színház" later refers to the
    theatre that acts, not to this one); named so before as a body, it stays that body.
    Hospitals and zoos stay bodies wherever they are ("a kórházban ápolják" is the
    hospital's care), and so does a national agency named a centre ("a Nemzeti
    Népegészségügyi Központban" is the agency's work)."""
    last = run[-1][0]
    hu = name_nominative(" ".join(w for w, _, _ in run))
    centre = any(f.endswith("központ") for f in stems(last))
    agency = centre and run[0][0].lower() in ("nemzeti", "országos")
    if (
        (type_ in BODIES or type_ == "ArmedForce")
        and last.endswith(("ban", "ben"))
        and _venue(last)
        and not agency
        and not any(d.name.hu == hu for d in found.drafts.values())
    ):
        return "Place"
    return type_


def venues_that_act(found: Found) -> None:
    """ "a Piszkéstetői Obszervatóriumban mérnek" … "a Piszkéstetői Obszervatórium
    közölte": a venue read as a place that the article later names as a body is that
    body, one entity (read after the whole article)."""
    bodies = {d.name.hu: d for d in found.drafts.values() if d.type in BODIES}
    for draft in list(found.drafts.values()):
        venue = draft.type == "Place" and _venue(draft.name.hu.split()[-1])
        body = bodies.get(draft.name.hu) if venue else None
        if body is not None and draft.id not in found.gaz.entries:
            for mention in draft.mentions:
                body.add(mention.span)
            del found.drafts[draft.id]


def _venue(word: str) -> bool:
    """Whether a word ends in a venue's head: "Színházban", "Központjában"."""
    return any(f.endswith(_VENUES) for f in stems(word))


_VENUES = ("színház", "múzeum", "obszervatórium", "könyvtár", "galéria", "képtár", "központ")


def _facility(place: Draft) -> bool:
    """Whether a place is a building or a site ("panelház", "Raktárcsarnok", possessed:
    "élettársa lakása"), not a town."""
    name = place.name.hu
    lone = " " not in name and name[0].isupper()  # "Kőbánya": a town's name, no mine
    return not lone and any(f.endswith(FACILITIES) for f in stems(name.split()[-1]))


def scene(found: Found) -> Draft | None:
    """The place "a helyszínen" means: the building or site the article told of first,
    where what it reports happened ("egy lakóépületben robbanás történt" … "szétvetett egy
    lakást" … "a helyszínre értek": the building; later sites are where people were
    taken, "egy közeli sportcsarnokban")."""
    sites = [d for d in found.drafts.values() if d.type == "Place" and _facility(d)]
    return min(sites, key=lambda d: min(m.span.start for m in d.mentions), default=None)


def _possessed(word: str, noun: str) -> bool:
    """Whether `word` is `noun` possessed by a third person ("gyárában", "épületének",
    "rendelője", "lignitblokkjai"), not merely inflected ("gyárat", "épületben")."""
    rest = word.lower()[len(noun) :] if word.lower().startswith(noun) else ""
    if rest in ("a", "e", "ja", "je", "ai", "ei", "jai", "jei"):
        return True
    return rest[:1] in ("á", "é") or rest[:2] in ("já", "jé")


def _owner_before(
    found: Found, words: list[Token], i: int, owners: frozenset[str] = BODIES
) -> Span | None:
    """The mention of a body (or another of `owners`) that ends right before word `i`
    ("a cég | ajkai gyárában")."""
    if i == 0 or found.text[words[i - 1][2] : words[i][1]].strip():
        return None
    end = words[i - 1][2]
    return next(
        (
            m.span
            for d in found.drafts.values()
            if d.type in owners
            for m in d.mentions
            if m.span.end == end
        ),
        None,
    )


def possessed_site(found: Found, words: list[Token], i: int) -> int:
    """ "a cég telephelyén", "a falu művelődési házát", "Jászárokszállás egyik
    konyhájáról", "a szövetség Hargita megyei székházában", "korábbi élettársa lakásán": a
    building or a site possessed by the body, place or person mentioned right before it
    is that owner's site, one place named by both (the owner keeps its own mention)."""
    k = i
    while k < min(i + 3, len(words) - 1) and _before_possessed(words[k][0]):
        k += 1
    if _site_noun(words[k][0], possessed=True) is None:
        return 0
    owner = _owner_before(found, words, i, _OWNERS)
    if owner is None or not all(_spaced(found, words, j) for j in range(i + 1, k + 1)):
        return 0
    for j in (j for j in range(i, k) if words[j][0][0].isupper()):
        _mention_known(found, words[j : min(j + 2, k)])  # "Hargita megyei": the county too
    hu = found.text[owner.start : words[k][1]] + possessed_nominative(words[k][0])
    span = Span(found.text[owner.start : words[k][2]], owner.start, words[k][2])
    found.unknown_draft("Place", Name(hu, hu), []).add(span)
    return k + 1


_OWNERS = BODIES | {"Place", "Person"}


def _mention_known(found: Found, run: list[Token]) -> None:
    """The longest start of `run` the gazetteer knows is a mention of what it names."""
    for end in range(len(run), 0, -1):
        known = found.lookup(run[:end])
        if known is not None:
            found.draft(known).add(found.span(run[0], run[end - 1]))
            return


def _before_possessed(word: str) -> bool:
    """A word between an owner and its site: an adjective ("művelődési"), "egyik" (one of
    its), a name ("Hargita megyei"); not a count ("a parlament két házának" are
    chambers, "a város két mérőállomásán" two sites)."""
    return _adjective(word) or word == "egyik" or word[0].isupper()


def place_kind(found: Found, place: Draft) -> str:
    """What kind of place an entity is, for a noun that refers back ("a főváros", "a
    folyó", "a város"): the gazetteer's kind; for a place it lacks, what its last word
    says ("Puskás Aréna": a venue, "Bács-Kiskun vármegye": a county, "Dunaújváros": a
    town), a lone capitalised name with no place's head a town ("Varnavasz"), and
    anything else no kind: a park, a building or a site told of by its noun
    ("Városliget", "orvosi rendelő", "belváros") is no town "a faluban" could mean."""
    known = found.gaz.entries.get(place.id)
    if known is not None:
        state = found.gaz.entries.get(known.stands_for or "")
        return "capital" if state is not None and state.type == "State" else known.kind or "town"
    name = place.name.hu
    kind = next((kind for noun, kind in PLACE_KINDS.items() if name.lower().endswith(noun)), "")
    if not name[0].isupper():
        return "" if kind == "town" else kind  # "atomerőmű" a plant, "belváros" no town
    lone = " " not in name and head_type(name) != "Place"
    return kind or ("town" if lone else "")


def place_referred(found: Found, words: list[Token], i: int, kind: str) -> Draft | None:
    """The place a noun of its kind after "a(z)" at word `i` refers back to: a town
    noun the one town just named (`town_told`), any other kind the last place of that
    kind ("a főváros", "a folyó", "a híd"), the capital that acts its local government;
    a county nobody names the one the article's
    bodies are named after ("a Jász-Nagykun-Szolnok Vármegyei Rendőr-főkapitányság" …
    "a vármegyében"), a region nobody names the region told of ("a térségben")."""
    if kind in _LOCAL:
        return town_told(found, words, i, kind)
    place = found.latest(lambda d: d.type == "Place" and place_kind(found, d) == kind)
    if place is not None and kind == "capital" and _acts(found, words, i):
        return municipality(found, place)  # "a főváros jövőre is támogatja"
    if place is None and kind == "county":
        return _county_of_bodies(found)
    if place is None and kind == "region":
        region = Draft("region", "Place", Name("térség", "the region"), confidence=0.4)
        return found.drafts.setdefault("region", region)
    return place


def _county_of_bodies(found: Found) -> Draft | None:
    """The one county the article's bodies are named after ("Győr-Moson-Sopron
    Vármegyei Rendőr-főkapitányság", "Bács-Kiskun Vármegyei Oktatókórház"), if one."""
    counties = {
        known[0]
        for body in found.drafts.values()
        if body.type in BODIES
        for before, word in pairwise(body.name.hu.lower().split())
        if word == "vármegyei" and (known := found.gaz.names.get((before, "vármegye")))
    }
    if len(counties) != 1:
        return None
    return found.draft(found.gaz.entries[counties.pop()])


def town_told(found: Found, words: list[Token], i: int, kind: str = "town") -> Draft | None:
    """ "a városban", "a faluban", "a településen", "a kisváros", "a kerület": the one
    town (or district) just named (none when the last sentence naming one names two: no
    guess between them); as the subject of its clause ("a város saját forrásból építi
    ki", "a kerület rendeletet alkot") its local government that acts, as the golds have
    it."""
    town = _town_named_last(found, words[i][1], kind)
    if town is None or not _acts(found, words, i):
        return town
    return municipality(found, town)


_LOCAL = ("town", "district")  # places with a local government of their own


def _town_named_last(found: Found, at: int, kind: str) -> Draft | None:
    """The town (or other place of `kind`) mentioned last before offset `at`, if no other
    is mentioned in that mention's sentence or after it."""
    places = (d for d in found.drafts.values() if d.type == "Place")
    towns = [d for d in places if place_kind(found, d) == kind]
    starts = {d.id: [m.span.start for m in d.mentions if m.span.start < at] for d in towns}
    last = max((d for d in towns if starts[d.id]), key=lambda d: max(starts[d.id]), default=None)
    if last is None:
        return None
    since = _sentence_start(found.text, max(starts[last.id]))
    rivals = [d for d in towns if d is not last and any(since <= s for s in starts[d.id])]
    return None if rivals else last


_SENTENCE_END = re.compile(r"[.!?…]\s+(?=[A-ZÁÉÍÓÖŐÚÜŰ„–])|\n")
_LOOK_BACK = 600  # characters: a sentence is shorter


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset `at` starts (a full stop inside a date, "2025.
    október", ends none), looking back no further than a long sentence."""
    since = max(0, at - _LOOK_BACK)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, since, at)]
    return ends[-1] if ends else since


_TOWN_NOUNS = frozenset(n for n, kind in PLACE_KINDS.items() if kind in (*_LOCAL, "capital"))


def _acts(found: Found, words: list[Token], i: int) -> bool:
    """Whether the town noun at `i` is a clause's subject: in the nominative, and no
    possessed noun in the few words after it before the clause goes on ("a város lakói",
    "a város két mérőállomásán", "a város árvízvédelmi rendszere", "a falu
    Facebook-csoportjában" possess; "a város a hőségriasztás idejére …", "a város 50
    millió forintos segélyt …", "a város felkészült:" act)."""
    if words[i][0] not in _TOWN_NOUNS:
        return False
    for k in range(i + 1, min(i + 4, len(words))):
        word = words[k][0]
        if word in _CLAUSE_WORDS or found.text[words[k - 1][2] : words[k][1]].strip():
            return True  # an article, a conjunction or a punctuation mark: a clause goes on
        if _possessed_form(word):
            return False
    return True


_CLAUSE_WORDS = frozenset(
    {"a", "az", "egy", "és", "meg", "is", "sem", "saját", "idén", "jövőre", "ma", "továbbra",
     "szintén", "csupán", "már", "még", "viszont", "azonban", "pedig", "ezért", "tehát"}
)  # fmt: skip
"""Words after a subject that no possessed noun is, though some end like one: articles,
conjunctions and adverbs ("a főváros jövőre is …", "a város idén"), "saját" (own: "a
város saját forrásból")."""


def _possessed_form(word: str) -> bool:
    """Whether a word looks like a third person's possessed noun: "rendszere",
    "önkormányzatának", "lakóit", "gyerekeinek" (not a distributive: "évente")."""
    last = word.lower().rpartition("-")[2]
    if possessed_nominative(last) != last:
        return True
    return last.endswith(_POSSESSIVES) and not last.endswith(("nte", "nta"))


_POSSESSIVES = ("a", "e", "ai", "ei", "it", "ainak", "einek", "aiban", "eiben")


def municipality(found: Found, town: Draft) -> Draft:
    """The local government of `town`: the one body named as a town's ("Debrecen Megyei
    Jogú Város Önkormányzata", "a székesfehérvári önkormányzat", "a városháza" that acts)
    telling of this town, else the one such body of the article if it tells of no town,
    else a new body called after the town."""
    offices = [d for d in found.drafts.values() if d.type == "GovernmentBody" and _governs(d)]
    own = [d for d in offices if _tells_of(found, d, town)]
    if own or len(offices) == 1:
        return (own or offices)[-1]
    key = f"{town.id}-local-government"
    name = Name(f"{town.name.hu} önkormányzata", f"{town.name.en} local government")
    return found.drafts.setdefault(key, Draft(key, "GovernmentBody", name, confidence=0.5))


def _governs(body: Draft) -> bool:
    """Whether a body is named as a town's local government or office."""
    name = body.name.hu.lower()
    return "önkormányzat" in name or body.id == "town-office"


def _tells_of(found: Found, body: Draft, town: Draft) -> bool:
    """Whether a body's mentions name `town`, by name or adjective ("debreceni")."""
    stem = town.name.hu.lower()
    words = {w for m in body.mentions for w in m.span.text.lower().split()}
    return any(
        w.startswith(stem) or getattr(found.adjective_of(w), "id", None) == town.id for w in words
    )
