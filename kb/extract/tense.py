"""Whether a Hungarian clause tells of the past or of what is to come.

A weekday, month or season without a year is the latest one not after publication when
told in the past and the next one when told of the future (docs/annotation-format.md
§4.3): the side of publication a time lands on rests on these tests, so they read verb
endings only where the ending is sure. A clause with no past verb read is not the past
(a weekday in it is the coming one: a bare present, "csütörtökön egyeztet", has no
ending to read); a month gone by this year is next year's only when a present or future
verb or a plan says so, and no time at all when nothing is told (`untold`): a date on
the wrong side of publication is worse than none. A verbless clause takes the tense of
the rest of its statement ("csütörtökön 34 fok, pénteken 36 fok között alakul").
"""

from __future__ import annotations

import re

# A comma or colon between digits is no break: a decimal ("6,25 százalékra") or a score or
# clock time ("6:4, 3:6 arányban győzte le", "14:30-kor").
_CLAUSE_BREAK = re.compile(r"[;–]|(?<!\d)[,:]|[,:](?!\d)")
_STATEMENT_BREAK = re.compile(r"[;–]|(?<!\d):|:(?!\d)")


def same_clause(sentence: str, first: int, second: int) -> bool:
    """No comma, semicolon, colon or dash between the two positions (one between digits
    is none)."""
    low, high = sorted((first, second))
    return not _CLAUSE_BREAK.search(sentence, low, high)


# A finite past-tense verb: "-tt", "-lt" ("tárgyalt", "élt", "ült"), "-ta/-te/-tak" after a
# consonant ("mondta", "közölte", "hagyta"), the past of "von" ("visszavonta", "levont"; not
# "havonta"), with a person ending, and the plain 3rd person singular "-t" after a consonant: after
# d ("maradt", "terjedt"), after a vowel and n ("zuhant", "csökkent", "megszűnt", "ment", "jelent
# meg", "megjelent"; not "parlament", "fent", the present "jelent", "bejelent"), after a stem of at
# most two consonants, a long vowel and r ("kért", "várt", "írt", "elért", "véget ért", "ért véget";
# with "agyon", "oda", "hozzá", "föl" before it too: "agyonszúrt"; not an accusative "bért", nor a
# noun's "-ért": "címért", "díjért", "vízért"), and the r-stems with
# a short vowel ("nyert", "vert", "akart", "tört", "történt"), never a noun's accusative ("embert",
# "minisztert", "kört"); postpositions are not, nor with a person ending ("köztük", "szerinte",
# "miatta", "előttünk"), nor "péntek", "párt", "szinte", "világszerte". The "-t" after "ny"/"ly"/"j"
# is the past of the stems "huny", "foly", "fúj", "fáj", "búj" ("elhunyt", "kifolyt", "fújt"), no
# other: a noun's accusative ends so ("kormányt", "királyt"), and a present too ("sújt", "nyújt",
# "hajt"). A noun in -l takes its accusative "-t" as a past takes "-lt" ("ravatalt", "fesztivált",
# "bevételt", "gólt", "hitelt"; "aszfalt" is a noun as it stands): the common ones are no verb, with
# any compound before them ("könyvfesztivált", "részvételt"), or alone where a verb ends so
# ("portált", not "importált"). Nouns and adjectives made of a participle ("a vádlottak",
# "légkondicionált termet", "úgynevezett") are no verb, nor nouns and words ending like one: plurals
# of nouns in -t ("koncertek", "tesztek", "tisztek"), "-ta" nouns and adjectives ("várólista",
# "fajta", "tiszta"), "holott", "délelőtt".
# "-tt volna" is a counterfactual ("el kellett volna készülniük"), no past.
PAST = re.compile(
    r"\b(?!(?:mellett|között|előtt|alatt|felett|fölött|helyett|mögött|ott|itt|este|minta"
    r"|bért|kárt|hírt|vért|sért|fért|ezért|azért|miért|amiért|péntek|párt|holott|szett"
    r"|délelőtt|lejárta)\b)"
    r"(?!(?:ah|az|ez|a|e)?(?:mellett|között|közt|előtt|alatt|felett|fölött|helyett|mögött"
    r"|miatt|együtt|szerint|rajt)(?:a|e|am|em|ad|ed|unk|ünk|atok|etek|uk|ük)?\b)"
    r"(?!\w*(?:onta|ente|szinte|szerte|válogatott|posta|lista|fajta|tiszta|junta|cista)\b)"
    r"(?!\w*(?:koncert|kert|projekt|teszt|tiszt|objekt)(?:ek|et|je|jei)?\b)"
    r"(?!(?:fő)?(?:vádlott|gyanúsított|sértett|halott|érintett|fertőzött)(?:ak|ek)?\b)"
    r"(?!(?:úgynevezett|légkondicionált|említett|elégedett|kiemelt|fejlett)\b)"
    r"(?!\w*(?:fesztivál|karnevál|tribunál|ravatal|asztal|oldal|hajnal|fiatal|ital|étel|kábel"
    r"|hotel|motel|fotel|panel|modell|profil|mobil|modul|protokoll|kontroll|futball|alkohol|gól|hitel"
    r"|cél|aszfal)t\b|(?:portál|kanál|bál|sál)t\b)"
    r"(?:\w+(?:tt(?:a|e|ak|ek|am|em|unk|ünk|uk|ük|ák|ék)?|[lnrszdkgvhjbpmy]t(?:a|e|ak|ek|ák|ék|uk|ük|unk|ünk|am|em)|lt|dt)"
    r"|(?:meg|el|ki|be|fel|föl|le|vissza|át|rá|össze|alá|agyon|oda|hozzá)?(?:(?!árt\b)[bcdfghjklmnpqrstvwxyz]{0,2}"
    r"[áíóú]rt|[kmt]ért)"
    r"|(?:el|be|fel|vissza|oda)ért|(?<=\bvéget\s)ért|(?<=\bcélba\s)ért|(?<=\bföldet\s)ért"
    r"|ért(?=\s+(?:véget|célba|földet)\b)"
    r"|(?!(?:\w*(?:parlament|menedzsment|ellent|cent|fent|(?<!megje)lent|bent)|jelent)\b)\w*[aeüű]nt"
    r"|\w*(?:történt|nyert|akart|söpört)|(?:meg|el|ki|le|be|szét|össze)?(?:vert|tört)"
    r"|\w*(?:huny|foly|fúj|fáj|búj)t"
    r"|jelent(?=\s+meg\b))\b(?!\s+volna)"
    r"|\bvolt|\b(?:vissza|le|be|ki|el|meg|fel)?vont(?:a|ák|ak)?\b",
    re.I,
)


def tells_of_future(match: re.Match[str], comma_bounded: bool = False) -> bool:
    """Whether the match tells of the future: no past-tense verb from its clause's start
    to the next semicolon, colon or dash ("kedden 25 bázisponttal, 6,25 százalékra
    csökkentette" is past; "– közölte" after a dash is the report, not the event), or
    only to the next comma when `comma_bounded` (an adverb like "már" goes with the verb
    of its own clause: "már részt vesznek …, ahová … betörtek"), and never past a comma
    that joins on a clause of its own (", és", ", hogy", ", amely": "Kedden érkezik a
    delegáció, amely tavaly is járt itt"). A time up to which told
    with a warning ("csütörtökig esőzésekre figyelmeztettek") is of what is to come.
    A capitalised word inside the clause is a name ("Mecsek-Aszfalt"), a form right after
    an article a participle ("a sérült középpályás"), not a verb, unless the match is
    what dates the participle ("a kedden bejelentett": Tuesday is past); a verb of what
    may or will happen up to the next comma makes it the future whatever follows."""
    text = match.string
    start, comma, end = clause_of(match)
    if _dates_a_past_form(match):
        return False  # "a szerdán megjelent végzés szerint … bezárhat": Wednesday is gone by
    if _FUTURE.search(text, start, comma):
        return True  # "hogy kedden újabb zivatarok érkezhetnek, ezért … adott ki"
    if match.group(0).lower().endswith("ig") and _WARNING.search(text, start, comma):
        return True  # "csütörtökig esőzésekre figyelmeztettek": what is warned of is to come
    if comma_bounded:
        end = comma
    joined = _JOINED.search(text, match.end(), end)
    end = joined.start() if joined else end
    return not any(
        (verb[0].islower() and not _participle(match, verb, start))
        or not text[start : verb.start()].strip(' „"')
        for verb in PAST.finditer(text, start, end)
    )


_JOINED = re.compile(
    r",\s+(?:és|s|de|hogy|mert|ha|míg|miközben|majd|amely\w*|ami\w*|aki\w*|ahol|amikor)\b",
    re.I,
)


def _dates_a_past_form(match: re.Match[str]) -> bool:
    """Whether a past form stands right after the match, which dates it: a past verb or
    participle ("szerdán megjelent végzésből", "a kedden bejelentett intézkedés") is of
    the past whatever the clause around it tells. Not a time up to which, by which or
    since which: the past form dates the act, not the end it sets ("a péntekig
    meghosszabbított tilalom")."""
    after = _NEXT_WORD.match(match.string, match.end())
    return (
        after is not None
        and not match.group(0).lower().endswith(("ig", "ra", "re", "óta"))
        and bool(PAST.fullmatch(after.group(1)))
    )


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _participle(match: re.Match[str], verb: re.Match[str], start: int) -> bool:
    """Whether the past form is a participle of another time than the match's: after an
    article, with the match not between them, or an indefinite form before a possessed
    object, which a finite verb could not take ("a kormány elfogadott javaslatát
    vitatják": "elfogadta" would be the verb), the match not right before it."""
    article = _ARTICLE_BEFORE.search(match.string, start, verb.start())
    if article is not None and not article.start() <= match.start() < verb.start():
        return True
    return (
        _INDEFINITE_PAST.search(verb.group(0)) is not None
        and _POSSESSED_OBJECT.match(match.string, verb.end()) is not None
        and match.string[match.end() : verb.start()].strip() != ""
    )


_INDEFINITE_PAST = re.compile(r"(?:tt|[lnrd]t)$", re.I)  # "elfogadott", "kiírt"; not "-tta"
_POSSESSED_OBJECT = re.compile(r"\s+\w+(?:[áé]t|[ae]it)\b", re.I)  # "javaslatát", "terveit"


def surely_coming(match: re.Match[str], of_an_act: bool = False) -> bool:
    """Whether a month already gone this year is next year's: a clause with no past verb
    that says what will happen ("januártól emelkedik", "februárban indul majd",
    "márciusban lesz"), or that sits in a sentence of a plan or a forecast ("a tervek
    szerint", "jövő tavasszal"), and the month an adverb, not an adjective ("a januári
    adat") unless `of_an_act` ("a januári emelés … lesz"), nor a start ("január óta"). A
    clause with no verb read says nothing (`untold`)."""
    words = match.group(0).lower()
    if words.endswith("óta") or (words.endswith("i") and not of_an_act):
        return False
    return tells_of_future(match) and _ahead(match)


def untold(match: re.Match[str]) -> bool:
    """Whether the match's clause has no verb read at all, of the past, the present or
    the future, nor a word of a plan: its tense is not told."""
    return tells_of_future(match) and not _ahead(match)


def _ahead(match: re.Match[str]) -> bool:
    """A present or future verb in the match's clause, or a plan in its sentence, or the
    match a start ("januártól", "január elejétől"): a start already gone by is told in the
    past ("januártól emelték") or as what has been since ("január óta")."""
    start, _, end = clause_of(match)
    text = match.string
    return (
        match.group(0).lower().endswith(("tól", "től"))
        or any(
            not _ORDINAL.fullmatch(verb.group(0)) for verb in _NONPAST.finditer(text, start, end)
        )
        or bool(_FUTURE.search(text, start, end))
        or bool(_AHEAD.search(text))
    )


# A sentence told of what is planned or forecast: "az előrejelzés szerint", "a tervek
# szerint", "a menetrend szerint", "várhatóan", or a time word of the future ("jövő
# héten", "jövőre", "a következő hónapokban").
_AHEAD = re.compile(
    r"\b(?:(?:előrejelzés|terv|program|menetrend|prognózis)\w*\s+szerint|várhatóan|jövő|jövőre"
    r"|következő)\b",
    re.I,
)


def clause_of(match: re.Match[str]) -> tuple[int, int, int]:
    """Where the match's clause starts, where its comma-bounded part ends, and where its
    statement ends (`clause_around`)."""
    return clause_around(match.string, match.start(), match.end())


def clause_around(text: str, begin: int, end: int) -> tuple[int, int, int]:
    """Where the clause of the words from `begin` to `end` starts (after the last break
    before them), where its comma-bounded part ends, and where its statement ends (the
    next ;, : or dash)."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, begin)), default=0)
    comma = _CLAUSE_BREAK.search(text, end)
    after = _STATEMENT_BREAK.search(text, end)
    return start, comma.start() if comma else len(text), after.start() if after else len(text)


# A present-tense verb read surely by its ending: an "-ik" after a consonant ("emelkedik";
# not the plural possessive "-aik", "-őik", nor "melyik", "másik"), a definite plural
# ("megnyitják", "átutaljuk"), or the plural of an "-ódik/-ődik/-ul/-ül" verb
# ("folytatódnak", "befejeződnek", "alakulnak", "kerülnek"; not "módnak", "fülnek");
# ordinals ("harmadik") are no verbs.
_NONPAST = re.compile(
    r"\b\w+(?<![aeáéyiíoóöőuúüű])(?<!más)ik\b|\b\w+(?:ják|juk|jük)\b"
    r"|\b\w{2,}(?:ód|őd|ul|ül)(?:nak|nek)\b",
    re.I,
)
_ORDINAL = re.compile(
    r"\w*(?:má|harma|negye|ötö|hato|hete|nyolca|kilence|tize|husza|harminca|száza|ezre"
    r"|hánya)dik",
    re.I,
)


# A verb of what may or will happen: "-hat/-het" ("érkezhetnek", "lehet"), "fog", "lesz".
_FUTURE = re.compile(
    r"\b(?!hat\b)\w+(?:hat|het)(?:nak|nek|ja|i|ják|ik|unk|ünk)?\b"
    r"|\bfog(?:ja|nak|ják|unk|juk)?\b|\blesz(?:nek)?\b",
    re.I,
)
# A warning ("figyelmeztettek", "figyelmeztetést adott ki"; not a "figyelmeztető
# sztrájk"): what lasts until the time it names is still to come, whatever its tense. A
# "riasztás" is as often a call-out ("400 riasztáshoz vonultak ki"): no warning.
_WARNING = re.compile(r"\b\w*figyelmeztet(?!ő)\w*", re.I)
# "a sérült játékos", "a fővárosi használt lakások": a participle after an article (and
# an adjective in "-i"); "a tavaly novemberben kötött fegyverszünet", "a kedden
# bejelentett intézkedés": a participle dated by its own past time, not by ours.
_ARTICLE_BEFORE = re.compile(
    r"\b(?:(?:a|az|egy)(?:\s+\w+i)?|(?:tavaly|múlt|korábban|előző)(?:\s+\w+)?"
    r"|(?:a|az)\s+(?:tegnap|nemrég|(?:hétfő|kedd|szerdá|csütörtök|péntek|szombat)\w*n|vasárnap))"
    r"\s+$",
    re.I,
)
