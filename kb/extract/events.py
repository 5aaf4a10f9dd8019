"""Events from trigger words, with participants, place and time from the same clause.

A trigger is a word stem ("látogat", "küld", "összecsap") that names an event type.
Each type says how to read its participants off the clause, by entity type and case
ending: the first agent before the trigger acts (visitor, sender, speaker, ...),
a mention ending in -ba/-be is where troops go, one in -nak/-nek receives, all the
armed forces of a clause fight. The time is the nearest time expression in the
clause, else in the sentence before the trigger, else the sentence's only time unless a
dependent clause parts them; the place a place named in the clause.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from kb.extract.context import BODIES, Seen, Sentence
from kb.extract.gazetteer import gazetteer
from kb.extract.lexicon import PEOPLE, POSTPOSITIONS
from kb.extract.links import SPEECH_ACTS
from kb.extract.morphology import DATIVE, ILLATIVE, LOCATIVE, nominative, stems, verbal_noun
from kb.extract.quantities import COUNT_WORDS
from kb.extract.roles import HEAD_OF, office_of, possessed_office
from kb.extract.triggers import (
    ARMS,
    BILLS,
    FUNDING,
    LEGISLATURES,
    MILITARY,
    MONEY,
    NEW,
    NO_EVENT,
    OCCASIONS,
    OPENING,
    PARTICLES,
    PHRASES,
    PREFIXES,
    PRICES,
    RETYPED,
    RULINGS,
    TRIGGERS,
)
from kb.model import Event, EventType, Participant, Provenance, Role, Span

# Types that are one event however often the article tells of them with the same parties:
# not a visit, nor a speech act, each of which is its own occasion; but an agency's
# economic report is one publication however often it is quoted.
_MERGED = frozenset(TRIGGERS.values()) - (SPEECH_ACTS - {"economic-report"}) - {"visit"}
# Types with no natural agent: failing any, the article's main state is their subject.
# Relative and temporal conjunctions, in any case ("amelyet", "akik", "amikor", "miután"):
# each opens a clause of its own.
_RELATIVE = r"ami\w*|amely\w*|aki\w*|ahol|miután|mielőtt"
# Between a time and a later trigger, these start another clause: the time is not its.
_SUBORDINATE = re.compile(rf"\b(?:hogy|{_RELATIVE}|mert|de|ezért|míg|és|pedig)\b|[;:–]")
# Between a sentence's one time and a trigger, these part them ("és" does not: "kedden
# Kecskemétre látogatott, és ... egyeztetett" is one Tuesday).
_DEPENDENT = re.compile(rf"\b(?:hogy|{_RELATIVE}|mert|de|míg|pedig)\b|[;:–]")
# Agent nouns, plural or inflected: "tüntetők", "látogatója", "egy befektetőnek": people.
_AGENTS = ("ók", "ők", "ói", "ői", "ója", "ője", "ónak", "őnek", "ót", "őt")
_NOUN_ADJECTIVES = ("ási", "ési")
_FUNDING_FORMS = tuple(prefix + stem for prefix in PREFIXES for stem in FUNDING)
# The trigger stems as `_trigger` tries them, in TRIGGERS' order: the long ones anywhere
# in a word, the others by their first two letters after a prefix.
_LONG_STEMS = tuple((stem, type_) for stem, type_ in TRIGGERS.items() if len(stem) >= 6)
_STEMS_BY_START = {
    start: [(stem, type_) for stem, type_ in TRIGGERS.items() if stem.startswith(start)]
    for start in {stem[:2] for stem in TRIGGERS}
}
_MODAL = re.compile(r"\w+(?:hat|het)(?:nak|nek|ja|i|ják|ik|ó|ő)?|\w+(?:hass|hess)\w*", re.I)
# Types an article most often tells of once, under many words and with different people
# in each sentence ("a vihar" … "a vihar csúcspontján"; "a találkozó" … "a találkozó
# után"): one event with everyone named, unless their times differ.
_TOLD_ONCE = frozenset({"disaster", "accident", "meeting"})
# Prices drifting on their own ("drágulnak", "a drágulás"), whoever reports it: nobody
# sets them, they are the country's, as a disaster's setting.
_DRIFT = ("drágul", "olcsóbbod", "olcsóbbul")
_SETTINGS = frozenset({"disaster", "accident", "price-change", "economic-report"})
_SPEECH_PREFIXES = ("", "meg")  # "felállít" sets up, "megígér" still promises
_ROLE_OF: dict[str, Role] = {"State": "subject", "Person": "victim", "ArmedForce": "agent"}


def find_events(sentences: list[Sentence]) -> tuple[Event, ...]:
    """Every event the trigger words tell of, ids e1, e2, ..."""
    events: list[Event] = []
    speaker: list[Seen] = []
    main_state = _main_state(sentences)
    previous = 0  # where the previous sentence's events start
    for number, sentence in enumerate(sentences):
        told = len(events)
        read_to = 0  # the end of the last phrase read: its verb tells of nothing else
        for index, (_, start, _) in enumerate(sentence.words):
            if start < read_to:
                continue
            found, anchor = _read_trigger(sentence, index)
            if found is not None and " " in anchor.text:
                read_to = anchor.end  # "hőségriasztást rendelt": not also "rendelt el"
            type_ = _lawmaking(sentence, anchor, _retyped(found, sentence, index))
            if type_ is None or _attribution(sentence, anchor.end) or _named(sentence, anchor):
                continue
            if _MODAL.fullmatch(anchor.text.split()[0]) or _unreal(sentence, start):
                continue
            if type_ in SPEECH_ACTS and _quoted(sentence, start):
                continue
            if type_ in _TELLING and (
                _participle(sentence, index)
                or _authored(sentence, index)
                or _set_up(sentence, index)
            ):
                continue
            if type_ == "legislation" and _ballot(sentence, index):
                continue
            if not _THINGS.get(type_, _ANY).search(sentence.span.text):
                continue
            clause = sentence.clause(start)
            participants = _ROLES.get(type_, _anyone)(sentence, clause, start, speaker)
            if (
                type_ == "price-change"
                and main_state
                and not _share_priced(participants)
                and _drifting(sentence, anchor, participants)
            ):
                participants = [Participant(main_state, "subject")]  # "a lakások drágulnak"
            if not participants and type_ in _SETTINGS and main_state is not None:
                participants = [Participant(main_state, "subject")]  # where the flood was
            if not participants:
                continue
            if type_ in _SPEAKING and participants[0].role == "speaker":
                speaker = [s for s in sentence.seen if s.entity == participants[0].entity][:1]
            _tell(
                events,
                sentence,
                (previous, told),
                Event(
                    id=f"e{len(events) + 1}",
                    type=type_,
                    anchors=(anchor,),
                    participants=tuple(dict.fromkeys(participants)),
                    time=_time(sentence, clause, start, type_ in SPEECH_ACTS)
                    or _occasion_time(
                        sentences[:number], sentence, clause, events, type_ in SPEECH_ACTS
                    ),
                    place=_place(sentence, clause),
                    prov=Provenance("machine", 0.5),
                ),
            )
        if not any(e.type in _TELLING for e in events[told:]):
            speaker = _voice(sentence) or speaker
        previous = told
    return _merge(events, _moments(sentences))


def _drifting(sentence: Sentence, anchor: Span, participants: list[Participant]) -> bool:
    """Whether a price moves on its own ("a lakások drágulnak"), or only the source that
    tells of it is named ("A KSH szerint az árak 4 százalékkal nőttek": the prices rose
    in the country, the KSH measured them): no one set it."""
    if anchor.text.lower().startswith(_DRIFT):
        return True
    sources = {s.entity for s in sentence.seen if _source(sentence, s)}
    return bool(participants) and all(p.entity in sources for p in participants)


def _price_change(
    sentence: Sentence, clause: tuple[int, int], at: int, last: list[Seen]
) -> list[Participant]:
    """Whose price changed: the company whose shares are named before the verb ("a 4iG
    papírja 4-5 százalékot drágult", "az OTP részvényei emelkedtek"), else who set it."""
    owner = next(
        (
            s
            for s in sentence.agents(clause[0], at)
            if s.type in BODIES
            and _SHARES.match(sentence.span.text, s.span.end - sentence.span.start)
        ),
        None,
    )
    return [Participant(owner.entity, "subject")] if owner else _PRICED(sentence, clause, at, last)


_SHARES = re.compile(r"\s+(?:papírja|papírjai|részvénye|részvényei|részvényárfolyama)\b")


def _share_priced(participants: list[Participant]) -> bool:
    """Whether the price read is of a company's shares (`_price_change`): it moved on the
    market, but it is the company's, not the country's."""
    return any(p.role == "subject" for p in participants)


def _tell(events: list[Event], sentence: Sentence, since: tuple[int, int], event: Event) -> None:
    """Add an event (events[since[0]:since[1]] are the previous sentence's, from
    since[1] on this one's). An addition ("Hozzátette, hogy …", "– tette hozzá") goes on
    the act of its type and speaker in the previous sentence: what is added is said in
    the same breath, one act. A speech act of the same type and speaker told again in
    its sentence is one act with both anchors, as the guide has it:
    joined to the first ("elismerte a vereséget, de közölte"), or by the same word
    ("arra figyelmeztetett, hogy …, ezért narancs figyelmeztetést adott ki"); not what
    is told inside what the first says or of whom ("közölte, hogy … értesíti", "mondta a
    szóvivő, aki arra kérte"): another act."""
    previous, told = since
    added_to = _added_to(events[previous:told], sentence, event)
    if added_to is not None:
        n = previous + added_to
        events[n] = replace(events[n], anchors=events[n].anchors + event.anchors)
        return
    if event.type in SPEECH_ACTS:
        for n, same in enumerate(events[told:], start=told):
            if same.type != event.type or same.participants[:1] != event.participants[:1]:
                continue
            first, again = same.anchors[-1], event.anchors[0]
            base = sentence.span.start
            between = sentence.span.text[first.end - base : again.start - base]
            inside = _EMBEDDED.search(between) is not None
            if not inside or _same_word(first.text, again.text):
                events[n] = replace(same, anchors=same.anchors + event.anchors)
                return
    events.append(event)


_EMBEDDED = re.compile(r"\b(?:hogy|aki|akik|amely|amelyek|ami)\b", re.I)


def _added_to(before: list[Event], sentence: Sentence, event: Event) -> int | None:
    """The index in `before` of the last act by the event's speaker that the event goes
    on: of its type when it is an addition ("Hozzátette"); a denial, a warning or a
    report when a plain verb of saying only closes a quotation ("X cáfolta, hogy … . –
    Ilyen ajánlatról nem tudok – mondta."): the words quoted are the denial's own. (A
    quotation after a statement is as often a new one as the same: left apart.)"""
    if _addition(event.anchors[0].text):
        types: frozenset[str] = frozenset({event.type})
    elif event.type == "statement" and _closes_quote(sentence, event.anchors[0]):
        types = SPEECH_ACTS - {"statement"}
    else:
        return None
    same = [
        n
        for n, act in enumerate(before)
        if act.type in types and act.participants[:1] == event.participants[:1]
    ]
    return same[-1] if same else None


def _closes_quote(sentence: Sentence, anchor: Span) -> bool:
    """Whether the verb comes right after the dash that closes a quotation ("– … –
    mondta", "„…” – fogalmazott")."""
    before = sentence.span.text[: anchor.start - sentence.span.start].rstrip()
    return before.endswith(("–", "—")) and _QUOTED.search(before) is not None


def _addition(anchor: str) -> bool:
    """Whether a speech verb says that it adds to what was just said: "hozzátette",
    "tette hozzá" (its particle after it)."""
    words = anchor.lower().split()
    return "".join(reversed(words)).startswith(_ADDING) or words[0].startswith(_ADDING)


_ADDING = "hozzátet"


def _same_word(a: str, b: str) -> bool:
    """Whether two anchors open with the same stem ("figyelmeztetett", "figyelmeztetést")."""
    return a[:_STEM_LETTERS].lower() == b[:_STEM_LETTERS].lower()


_STEM_LETTERS = 7


def _voice(sentence: Sentence) -> list[Seen]:
    """The source of an "X szerint" opening the sentence, with no speech act told: the
    last voice, who speaks on in the next sentence with no subject ("A kormánybiztos
    szerint a költség nem nőtt. Cáfolta, hogy …")."""
    opening = sentence.agents(sentence.span.start, sentence.clause(sentence.span.start)[1])
    return [s for s in opening if _source(sentence, s)][:1]


# --- helpers ---------------------------------------------------------------------------


@cache
def _trigger(word: str) -> EventType | None:
    """The event type a word names: a verb after a prefix ("megtámadják"), or a long
    stem inside a compound ("kamatcsökkentést"); not the plural of a verb's agent noun
    ("befektetők", "szavazóinak", "tüntetők": people, not what happened; the singular
    participle tells of the act: "a Phenjanba látogató miniszter"); nor an adjective
    made of a verbal noun ("választási trükk", "kártérítési keret": -ási/-ési names a kind
    of thing)."""
    lower = word.lower()
    if lower.endswith(_NOUN_ADJECTIVES) or lower.startswith(NO_EVENT):
        return None
    for stem, type_ in _LONG_STEMS:
        if stem in lower:
            before, rest = lower[: lower.index(stem)], lower[lower.index(stem) + len(stem) :]
            if rest.startswith(_AGENTS):
                return None
            return None if type_ in SPEECH_ACTS and _no_speech(before, rest) else type_
    for prefix in PREFIXES:
        if lower.startswith(prefix):
            rest = lower[len(prefix) :]
            for stem, type_ in _STEMS_BY_START.get(rest[:2], ()):
                if rest.startswith(stem):
                    if rest[len(stem) :].startswith(_AGENTS):
                        return None
                    if type_ in SPEECH_ACTS and _no_speech(prefix, rest[len(stem) :]):
                        return None  # "a nyilatkozat", "felállított": no speech act
                    return type_
    return None


def _no_speech(prefix: str, rest: str) -> bool:
    """Whether a speech verb's stem, between `prefix` and `rest`, tells of no speech act:
    its noun ("a nyilatkozat"), another verb made with a prefix ("felállított",
    "bebiztosította az első helyet"; a compound's first noun is no prefix:
    "sajtóértesülés"), its infinitive ("azt tudjuk mondani": no saying told)."""
    other_prefix = prefix in PREFIXES and prefix not in _SPEECH_PREFIXES
    return verbal_noun(rest) or other_prefix or rest.endswith("ni")


def _retyped(type_: EventType | None, sentence: Sentence, index: int) -> EventType | None:
    """The type a context word in the sentence gives the trigger ("kórházba szállít");
    a verb of giving with a sum of money in its clause, or a share of a sum told before
    ("186 millió forintba került, ennek 85 százalékát a program biztosította"), is funding
    (`FUNDING`), one of handing over with a new thing as its object an opening
    (`OPENING`), its particle after it or not ("vontak be", "adott át")."""
    word, at, _ = sentence.words[index]
    after = sentence.words[index + 1][0] if index + 1 < len(sentence.words) else ""
    clue = _clue(word) or (_clue(after + word) if after in PARTICLES else None)
    if type_ is None and clue is None:
        return None
    lower = sentence.span.text.lower()
    if clue is not None and not _attributive(sentence, index):
        start, end = (x - sentence.span.start for x in sentence.clause(at))
        share = _SHARE.search(lower, 0, at - sentence.span.start) if clue is _MONEY else None
        if clue.search(lower, start, end) or (share and clue.search(lower, 0, share.start())):
            return "investment"
    retyped = (new for (old, word), new in RETYPED.items() if old == type_ and word in lower)
    return next(retyped, type_)


def _lawmaking(sentence: Sentence, anchor: Span, type_: EventType | None) -> EventType | None:
    """A verb of approving, submitting or accepting ("jóváhagyta", "nyújtja be",
    "elfogadta") tells of legislation only when a legislature acts ("Az Országgyűlés
    hagyta jóvá a missziót") or its clause names a bill, a budget or a law ("a
    javaslatot … nyújtotta be", "elfogadta a költségvetést"). Else an approval or a
    submission is an authority's decision or a request ("A tájékoztatót az MNB hagyta
    jóvá", "panaszt nyújtott be"), told as a statement; an acceptance of money, a plan
    or troops ("38 millió forintot fogadott el") tells of no law, and is not read."""
    verb = "".join(reversed(anchor.text.lower().split()))  # "hagyta jóvá" → "jóváhagyta"
    other = next((v for v in _LAW_VERBS if verb.startswith(v)), None)
    if type_ != "legislation" or other is None:
        return type_
    clause = sentence.clause(anchor.start)
    actor = _first_agent(sentence, clause, anchor.start)
    if actor is not None and nominative(actor.span.text).lower().endswith(LEGISLATURES):
        return type_
    base = sentence.span.start
    bill = _BILL.search(sentence.span.text, clause[0] - base, clause[1] - base)
    if bill:
        return type_
    return _LAW_VERBS[other] if actor is not None else None  # no one named: no one's decision


# What a verb of lawmaking tells of when no legislature acts and no bill is named.
_LAW_VERBS: dict[str, EventType | None] = {
    "jóváhagy": "statement",
    "benyújt": "statement",
    "elfogad": None,
}
_BILL = re.compile("|".join(BILLS), re.I)


@cache
def _clue(word: str) -> re.Pattern[str] | None:
    """What a verb's clause must say for it to tell of an investment, if it can."""
    if not word.islower() or word.startswith(NO_EVENT):
        return None
    if word.startswith(_FUNDING_FORMS):
        return _MONEY
    return _NEW_OBJECT if word.startswith(OPENING) else None


def _attributive(sentence: Sentence, index: int) -> bool:
    """Whether the verb is a participle before its noun: "a tavaly átadott új főépület"
    names a building, no handing over told here."""
    after = sentence.words[index + 1][0] if index + 1 < len(sentence.words) else ""
    return after.lower() in NEW


_MONEY = re.compile("|".join(MONEY))
_SHARE = re.compile(r"\b(?:ennek|amelynek|aminek)\b.*?(?:részét|százalékát|felét|harmadát)\b")
_NEW_OBJECT = re.compile(rf"\b(?:{'|'.join(NEW)})\s+(?:\S+\s+)?\w+t\b")  # "új villamosvonalat"


# What a type's sentence must name, if anything: a price (`PRICES`, at a word's start or,
# but for "ár", inside a compound), arms (`ARMS`, anywhere: "nehézfegyvereket").
_THINGS = {
    "price-change": re.compile(rf"\b(?:{'|'.join(PRICES)})|(?:{'|'.join(PRICES[1:])})", re.I),
    "arms-transfer": re.compile("|".join(ARMS), re.I),
    "military-cooperation": re.compile("|".join(MILITARY + ARMS), re.I),
}
_ANY = re.compile("")


def _attribution(sentence: Sentence, end: int) -> bool:
    """ "Kövér László bejelentése szerint": a source, not an event of its own; nor what
    something else rests on ("a kormányközi megállapodás alapján", "a szerződés
    értelmében")."""
    after = sentence.span.text[end - sentence.span.start :].lstrip()
    return after.startswith(("szerint", "alapján", "értelmében"))


def _unreal(sentence: Sentence, at: int) -> bool:
    """Whether the word at `at` is in a "ha" clause: a condition ("ha a kamatok nem
    csökkennek"), not what happened."""
    start = sentence.clause(at)[0] - sentence.span.start
    return bool(_IF.match(sentence.span.text, start, at - sentence.span.start))


_IF = re.compile(r"\s*(?:és\s+|de\s+|hogy\s+)?ha\b", re.I)  # "…, hogy ha a díjak emelkednek"


def _quoted(sentence: Sentence, at: int) -> bool:
    """Whether the word at `at` is inside the words quoted: between „ and ”, or in a
    dialogue line before the dash that closes it ("– A kollégáink gyorsan reagáltak … –
    mondta"): what the speaker said, not a speech act told."""
    text, offset = sentence.span.text, at - sentence.span.start
    before = text[:offset]
    if before.count("„") > before.count("”"):
        return True
    return bool(_DIALOGUE.match(text)) and _CLOSING_DASH.search(text, offset) is not None


_DIALOGUE = re.compile(r"\s*[–—]\s")
_CLOSING_DASH = re.compile(r"\s[–—]\s")


def _named(sentence: Sentence, anchor: Span) -> bool:
    """A trigger inside a body's name tells of no event: "katasztrófavédelem"."""
    return any(
        s.type in BODIES and s.span.start <= anchor.start and anchor.end <= s.span.end
        for s in sentence.seen
    )


def _main_state(sentences: list[Sentence]) -> str | None:
    """The state the article mentions most: the setting of a disaster that names none.
    Hungary wins a tie: a Hungarian article naming Hungary once and a neighbour once ("a
    folyó szlovákiai vízgyűjtőjén") is set at home."""
    counts = Counter(s.entity for sentence in sentences for s in sentence.seen if s.type == "State")
    return max(counts, key=lambda state: (counts[state], state == "hungary"), default=None)


def _moments(sentences: list[Sentence]) -> dict[str, tuple[object, ...]]:
    """Each time id → what it says (precision, value and bounds): two time expressions
    saying the same ("vasárnap délután" … "a baleset idején") are one time."""
    return {
        t.id: (t.precision, t.value, t.part, t.earliest, t.latest, t.latest_begin, t.earliest_end)
        for sentence in sentences
        for t in sentence.times
    }


def _merge(events: list[Event], moments: dict[str, tuple[object, ...]]) -> tuple[Event, ...]:
    """One event per type and set of participants (per type for `_TOLD_ONCE`), unless
    their times differ (`moments`: what the times say, not their words): "elfogadta" ...
    "szavazott" ... "a szavazás után" tell of one vote; the anchors and participants are
    gathered on the first."""
    merged: dict[tuple[str, frozenset[Participant]], Event] = {}
    kept: list[Event] = []
    for event in events:
        key = (event.type, frozenset(event.participants))
        if event.type in _TOLD_ONCE and not _result(event):
            key = (event.type, frozenset())
        first = merged.get(key) if event.type in _MERGED else None
        if first is None or (
            first.time and event.time and moments.get(first.time) != moments.get(event.time)
        ):
            merged[key] = event
            kept.append(event)
            continue
        index = kept.index(first)
        kept[index] = merged[key] = replace(
            first,
            anchors=first.anchors + event.anchors,
            participants=tuple(dict.fromkeys(first.participants + event.participants)),
            time=first.time or event.time,
        )
    return tuple(replace(e, id=f"e{n}") for n, e in enumerate(kept, start=1))


def _result(event: Event) -> bool:
    """Whether a contest's event is told by one of its results ("bronzot szerzett",
    "legyőzte"): each result is an event of its own, not part of the contest told once."""
    words = event.anchors[0].text.lower().split()
    return event.type == "meeting" and any(w.startswith(_RESULTS) for w in words)


_RESULTS = (
    "érmet", "aranyérmet", "ezüstérmet", "bronzérmet", "aranyat", "ezüstöt", "bronzot",
    "címét", "legyőz", "győzött", "kikapott",
)  # fmt: skip


def _read_trigger(sentence: Sentence, index: int) -> tuple[EventType | None, Span]:
    """The event type told at word `index` and its anchor: a verb with its particle
    after it ("ürítették ki" as "kiürítették", "törtek be"), a verb with the noun of its
    phrase after an article ("kilépett a medréből", "megvédte a címét"), else the word
    alone."""
    word, start, end = sentence.words[index]
    text, base = sentence.span.text, sentence.span.start
    if index + 2 < len(sentence.words) and sentence.words[index + 1][0].lower() in ("a", "az"):
        noun, _, noun_end = sentence.words[index + 2]  # "kilépett a medréből"
        if word.islower() and (phrase := _phrase(word.lower(), noun.lower())) is not None:
            return phrase, Span(text[start - base : noun_end - base], start, noun_end)
    if index + 1 < len(sentence.words):
        particle, _, particle_end = sentence.words[index + 1]
        phrase = _phrase(word.lower(), particle.lower())
        if phrase is not None:  # "emelt vádat", "sajtótájékoztatót tartott"
            return phrase, Span(text[start - base : particle_end - base], start, particle_end)
        if particle in PARTICLES and word.islower():
            type_ = _trigger(particle + word)
            if type_ is not None or (particle + word).lower().startswith(NO_EVENT):
                return type_, Span(text[start - base : particle_end - base], start, particle_end)
    return _trigger(word), Span(word, start, end)


def _phrase(first: str, second: str) -> EventType | None:
    """The type of a noun + light verb phrase in either order, if the words are one; the
    noun may be a compound's head ("vállsérülést szenvedett")."""
    for noun, verb in ((first, second), (second, first)):
        verbs, type_ = PHRASES.get(_phrase_head(noun), ((), None))
        if verb.startswith(verbs):
            return type_
    return None


@cache
def _phrase_head(noun: str) -> str:
    """The phrase noun a word is or ends in ("vállsérülést" → "sérülést"), else ""."""
    return next((key for key in PHRASES if noun.endswith(key)), "")


def _before(sentence: Sentence, clause: tuple[int, int], at: int) -> list[Seen]:
    """Agents before `at`: in its clause if any, after an "X szerint" source phrase; not
    what is told of ("163 halottról számolt be")."""
    szerint = sentence.span.text.find("szerint", 0, at - sentence.span.start)
    agents = sentence.agents(sentence.span.start + max(szerint, 0), at)
    agents = _nominal([s for s in agents if not s.span.text.endswith(_TOLD_OF)])
    in_clause = [s for s in agents if s.span.start >= clause[0]]
    return in_clause or agents


def _nominal(agents: list[Seen]) -> list[Seen]:
    """The agents named by nouns, if any: "uniós támogatást" or "román rendszámú kamion"
    mentions a state by an adjective that describes something else, no actor."""
    nouns = [s for s in agents if not _adjective(s)]
    return nouns or agents


def _actors(sentence: Sentence, start: int, end: int) -> list[Seen]:
    """The agents within [start, end) that take part in what happened: others before
    the source it is told on ("A hatóság szerint … a kitörések száma emelkedett"), which
    takes part only when no one else is named ("A KSH szerint az árak emelkedtek") but
    groups, whom it may have befallen ("Az OMSZ szerint mintegy 210 embert láttak el")."""
    agents = sentence.agents(start, end)
    others = [s for s in agents if not _source(sentence, s)]
    if all(s.type == "Group" for s in others):
        return agents  # "Az OMSZ szerint mintegy 210 embert láttak el": the body acted too
    return others


def _source(sentence: Sentence, seen: Seen) -> bool:
    at = seen.span.end - sentence.span.start
    return _SZERINT.match(sentence.span.text, at) is not None


_SZERINT = re.compile(r"\s+(?:\w+\s+)?szerint\b")  # "a hatóság (adatai) szerint"


def _first_agent(sentence: Sentence, clause: tuple[int, int], at: int, *types: str) -> Seen | None:
    candidates = [s for s in _before(sentence, clause, at) if not types or s.type in types]
    return _preferred(candidates)


def _preferred(candidates: list[Seen]) -> Seen | None:
    """Of mentions sharing words, the metonymic one (the state, not the city)."""
    if not candidates:
        return None
    first = candidates[0]
    same = [s for s in candidates if s.span == first.span]
    return next((s for s in same if s.metonymic), first)


def _with_ending(seen: list[Seen], endings: tuple[str, ...]) -> list[Seen]:
    return [s for s in seen if s.span.text.lower().endswith(endings)]


def _speaker(
    sentence: Sentence, clause: tuple[int, int], at: int, last: list[Seen]
) -> list[Participant]:
    """Who speaks: after a dash the agent after the verb ("– közölte a KSH"), else the
    person before it (never one in the dative: "az MTI-nek mondta" is the addressee, "az
    ELTE Tanszékének docense" the possessor), the person an apposition opening the clause
    describes ("Szekeres Márton, a kutatóközpont munkatársa … figyelmeztetett"), else the first
    agent that is not the possessor of the speaker's office ("az EU főképviselője").
    After a quotation with no one named, or with none named at all, the last speaker;
    but nobody, rather than a wrong one, when a description names someone else ("–
    mondta a gazda", "A sportért felelős államtitkár … tagadta", "Stuttgart hangsúlyozta"),
    or when only a nationality adjective is there ("A magyar külügyminiszter
    figyelmeztetett": the minister speaks, not the state)."""
    base, text = sentence.span.start, sentence.span.text
    if text[: at - base].rstrip().endswith(("–", "—")):  # "– közölte a KSH"
        after = [s for s in sentence.agents(at, clause[1]) if not _page_of(sentence, s)]
        if after and not _possessor(sentence, after[0], clause[1]) and not _adjective(after[0]):
            return [Participant(after[0].entity, "speaker")]
        if after:
            return []  # "– közölte a Telekom szóvivője", "– mondta az uniós diplomata"
        if _DESCRIBED_AFTER.search(text, at - base, clause[1] - base):
            return []  # "– mondta a gazda", "– jelentette be szerdán a park igazgatója"
        if _QUOTED.search(text[: at - base]):  # "„…” – fogalmazott.": the last speaker
            return [Participant(s.entity, "speaker") for s in last]
    if _unnamed_reported(sentence, clause, at):
        return []  # "azt nyilatkozta, hogy védence tagadja": the client, not the lawyer
    if _PRONOUN.match(text, clause[0] - base):  # "a férfit kihallgatták, ő azt mondta"
        persons = [s for s in sentence.agents(base, clause[0]) if s.type == "Person"]
        return [Participant(persons[-1].entity, "speaker")] if persons else []
    voices = [
        s
        for s in _before(sentence, clause, at)
        if not _with_ending([s], DATIVE + _PLURAL_OBJECT)
        and not _object(s)
        and not _owner(sentence, s, at)
        and not _page_of(sentence, s)
    ]
    person = _preferred([s for s in voices if s.type == "Person"]) or _appositive(sentence, clause)
    if person is None:
        bodies = [s for s in voices if not _possessor(sentence, s, at)]
        person = _preferred(bodies) or _subject_after(sentence, clause, at)
        person = person or _shared_subject(sentence, clause, at)
    if person is not None:
        return [] if _adjective(person) else [Participant(person.entity, "speaker")]
    opening = text[clause[0] - base : at - base]
    if _ACCORDING.search(text, 0, at - base):
        return []  # "X szakértője szerint … nem meglepő: úgy véli": X's, not the last speaker's
    if _named_opening(sentence, clause, at) or _office_opening(sentence, clause, at):
        return []  # "Stuttgart ugyanakkor hangsúlyozta": someone new, not the last speaker
    if _DESCRIBED.match(opening) and not any(
        t.span and t.span.start == clause[0] + _DESCRIBED.match(opening).start(1)  # type: ignore[union-attr]
        for t in sentence.times
    ):
        return []
    return [Participant(s.entity, "speaker") for s in last]


def _unnamed_reported(sentence: Sentence, clause: tuple[int, int], at: int) -> bool:
    """Whether the speech act is told in a "hogy" clause whose own subject, the words
    with no case ending before its verb, no entity names ("…, hogy védence tagadja"):
    whoever told the outer clause is not its speaker (but "…, hogy az ügyfeleket levélben
    értesíti": no subject of its own, the teller's)."""
    base, text = sentence.span.start, sentence.span.text
    found = _REPORTED.match(text, clause[0] - base)
    if found is None or sentence.agents(clause[0], at):
        return False
    subject = [
        word
        for word, start, _ in sentence.words
        if base + found.end() <= start < at
        and not any(t.span and t.span.start <= start < t.span.end for t in sentence.times)
        and not (word[0].isdigit() or word.lower() in COUNT_WORDS)
    ]  # "…, hogy tavaly nyáron négy riasztást rendeltek el": times and counts are no one
    return bool(subject) and all(_uninflected(word) for word in subject)


def _owner(sentence: Sentence, seen: Seen, at: int) -> bool:
    """Whether an agent is named only as whose office or kin the speaker is, right before
    the noun, maybe past two adjectives ("az amerikai elnök közel-keleti különmegbízottja",
    "a sértett nővére", "a hatóság élén álló"): the envoy, the sister, the head speaks."""
    base, text = sentence.span.start, sentence.span.text
    found = _OWNED.match(text, seen.span.end - base, at - base)
    if found is None:
        return False
    noun = found.group(1)
    return possessed_office(noun) is not None or noun in _KIN or noun in HEAD_OF


_OWNED = re.compile(r"(?:\s+[a-záéíóöőúüű-]+i){0,2}\s+([a-záéíóöőúüű]+)")
# Possessed kin nouns: whose kin someone is ("a sértett nővére").
_KIN = frozenset(
    [
        "nővére",
        "bátyja",
        "öccse",
        "húga",
        "testvére",
        "anyja",
        "édesanyja",
        "apja",
        "édesapja",
        "fia",
        "lánya",
        "felesége",
        "férje",
        "élettársa",
        "unokája",
    ]
)


_PLURAL_OBJECT = ("kat", "ket")  # "az utasokat levélben értesíti": whom, not who
_TOLD_OF = ("ról", "ről")  # "163 halottról számolt be": what is told of, not who tells
_PRONOUN = re.compile(r"\s*ő\s", re.I)  # "ő azt mondta": the person told of just before


def _object(seen: Seen) -> bool:
    """Whether a person told of by a noun is in the accusative ("azt az 52 éves férfit",
    "a polgármestert"): whom the verb is about, never who speaks."""
    word = seen.span.text.split()[-1]
    if seen.type != "Person" or not word.islower():
        return False
    return any(
        word[len(form) :] in _ACCUSATIVE and (form in _PERSON_NOUNS or office_of(form) is not None)
        for form in stems(word)
    )


_ACCUSATIVE = ("t", "ot", "et", "öt", "at")
_PERSON_NOUNS = frozenset({"férfi", "nő", "asszony", "fiú", "lány", *PEOPLE})


_ACCORDING = re.compile(r"\bszerint\b")


def _page_of(sentence: Sentence, seen: Seen) -> bool:
    """Whether the mention owns the page or channel something is told on, a where, not
    a who ("– közölte a két társaság a Budapesti Értéktőzsde honlapján")."""
    return _PAGE.match(sentence.span.text, seen.span.end - sentence.span.start) is not None


_PAGE = re.compile(r"\s+\w*(?:honlap|weboldal|oldal|csatorn|műsor)\w*", re.I)


def _adjective(seen: Seen) -> bool:
    """Whether a mention is a nationality adjective ("magyar", "Fülöp-szigeteki")."""
    return seen.span.text.lower() in gazetteer().adjectives


def _named_opening(sentence: Sentence, clause: tuple[int, int], at: int) -> bool:
    """Whether a name no rule makes an agent opens the clause before the verb, with no
    case ending ("Stuttgart ugyanakkor hangsúlyozta"): a new speaker."""
    return any(
        s.span.start < at
        and not sentence.span.text[
            clause[0] - sentence.span.start : s.span.start - sentence.span.start
        ].strip()
        and _uninflected(s.span.text.split()[-1])
        for s in sentence.seen_in(*clause)
    )


def _office_opening(sentence: Sentence, clause: tuple[int, int], at: int) -> bool:
    """Whether someone's office in the nominative is told before the verb in its clause
    ("Várpalota polgármestere a Facebookon figyelmeztetett"): a new speaker no entity
    names, not the last one."""
    return any(
        clause[0] <= start < at and word.islower() and possessed_office(word) is not None
        for word, start, _ in sentence.words
    )


_QUOTED = re.compile(r"^\s*[–—]|[„”\"]")  # a quotation or a dialogue line before the verb
# An unnamed speaker by description: "a gazda", "egy idős férfi", "A sportért felelős
# államtitkár" (an article, then a word; "azt", "arra" are pronouns, no article).
_DESCRIBED = re.compile(r"\s*(?:(?:a|az|egy)\s+)(\w)", re.I)
# After the verb, in its clause: one described ("a gazda"), not a count of those named
# before ("– jelentette be a két cég": the two companies the sentence names).
_DESCRIBED_AFTER = re.compile(r"\s(?:a|az|egy)\s+(?!(?:két|három|négy|mindkét)\b|\d)\w", re.I)


def _subject_after(sentence: Sentence, clause: tuple[int, int], at: int) -> Seen | None:
    """With no agent before the verb, the first after it in its clause with no case
    ending: the subject of a verb-first clause ("… ítélte szerdán a Szolnoki Törvényszék
    azt a férfit"), never the object ("a férfit") or an addressee ("a lakóknak")."""
    if sentence.agents(clause[0], at):
        return None
    return next(
        (s for s in sentence.agents(at, clause[1]) if _uninflected(s.span.text.split()[-1])), None
    )


def _shared_subject(sentence: Sentence, clause: tuple[int, int], at: int) -> Seen | None:
    """The subject a clause joined by "és"/"majd" shares with the sentence's first
    clause when it names none before its verb ("A tűzoltók a helyszínre értek, és … lakót
    menekítettek ki"; "Belouszov … találkozott …, és hangsúlyozta"): the first agent of the
    sentence with no case ending, not the source of an "X szerint"."""
    base, text = sentence.span.start, sentence.span.text
    if not _JOINED.match(text, clause[0] - base) or sentence.agents(clause[0], at):
        return None
    subjects = _subjects(sentence, sentence.agents(*sentence.clause(sentence.span.start)))
    return subjects[0] if subjects else None


def _nearest_subject(sentence: Sentence, at: int) -> Seen | None:
    """The nearest agent before `at` with no case ending, the subject of a clause cut by
    the commas of a list ("a válogatott hét érmet, két aranyat és három bronzot szerzett");
    not the source of an "X szerint"."""
    subjects = _subjects(sentence, _nominal(sentence.agents(sentence.span.start, at)))
    return subjects[-1] if subjects else None


def _subjects(sentence: Sentence, agents: list[Seen]) -> list[Seen]:
    """The agents with no case ending that are not the source of an "X szerint"."""
    return [s for s in agents if _uninflected(s.span.text.split()[-1]) and not _source(sentence, s)]


_JOINED = re.compile(r"\s*(?:és|majd|s)\s", re.I)


def _uninflected(word: str) -> bool:
    return nominative(word) == word and not word.lower().endswith(("át", "ét"))


def _word_at(sentence: Sentence, at: int) -> str:
    return next((w for w, start, _ in sentence.words if start == at), "")


def _appositive(sentence: Sentence, clause: tuple[int, int]) -> Seen | None:
    """The person named just before ", a(z) …" when the clause is that apposition."""
    base, text = sentence.span.start, sentence.span.text
    if not re.match(r"\s*az?\s", text[clause[0] - base :]):
        return None
    persons = [
        s
        for s in sentence.agents(sentence.span.start, clause[0])
        if s.type == "Person" and not text[s.span.end - base : clause[0] - base].strip(" ,")
    ]
    return persons[-1] if persons else None


def _possessor(sentence: Sentence, seen: Seen, until: int) -> bool:
    """Whether an office it possesses follows the mention before `until`: "az EU kül-
    és biztonságpolitikai főképviselője", "a Fidesz kommunikációs igazgatója"."""
    return any(
        seen.span.end <= start < until
        and word.islower()
        and (possessed_office(word) is not None or _PRESS_UNIT.fullmatch(word) is not None)
        for word, start, _ in sentence.words
    )


_PRESS_UNIT = re.compile(r"sajtó\w*(?:a|e)")  # "sajtóirodája", "sajtóosztálya", "sajtófőnöke"


def _statement(
    sentence: Sentence, clause: tuple[int, int], at: int, last: list[Seen]
) -> list[Participant]:
    if _word_at(sentence, at).lower().startswith(_REQUEST):  # "Athén kérésére": whose
        owner = _possessor_of(sentence, at)
        return [Participant(owner.entity, "speaker")] if owner else []
    if _ruling(sentence, at):
        return _ruled(sentence, clause, at)
    found = _speaker(sentence, clause, at, last)
    if not found:  # "az MTI-nek elmondta" with no speaker found: the medium spoken to
        media = [s for s in sentence.seen_in(*clause) if s.type == "NewsAgency"]
        return [Participant(s.entity, "addressee") for s in _with_ending(media, DATIVE)][:1]
    persons = [s for s in sentence.agents(*clause) if s.type == "Person"]
    others = [s for s in persons if s.entity != found[0].entity]
    return found + [Participant(s.entity, "addressee") for s in others[:1]]


def _ruling(sentence: Sentence, at: int) -> bool:
    """Whether the verb at `at` is a ruling (`RULINGS`), its particle after it or not
    ("kötelezte", "szabtak ki")."""
    index = next(n for n, (_, start, _) in enumerate(sentence.words) if start == at)
    word = sentence.words[index][0].lower()
    after = sentence.words[index + 1][0].lower() if index + 1 < len(sentence.words) else ""
    return word.startswith(RULINGS) or (after in PARTICLES and (after + word).startswith(RULINGS))


def _ruled(sentence: Sentence, clause: tuple[int, int], at: int) -> list[Participant]:
    """Who rules and whom it binds: the authority named before the verb with no case
    ending speaks ("Az Európai Unió Bírósága … kötelezte"), whom it obliges or fines
    ("Magyarországot", "a cégre") is the subject. With no authority named ("2 millió
    forintra bírságolták a társaságot") nobody speaks, never the last speaker."""
    judges = _subjects(sentence, _before(sentence, clause, at))
    bound = [
        s
        for s in _with_ending(sentence.agents(*clause), _BOUND)
        if s not in judges[:1] and not _adjective(s)
    ]
    return [Participant(s.entity, "speaker") for s in judges[:1]] + [
        Participant(s.entity, "subject") for s in bound[:1]
    ]


_BOUND = ("t", "ra", "re")  # "Magyarországot", "a vállalatra": obliged, fined


_SPEAKING = frozenset({"statement", "denial", "warning"})  # whose speaker speaks on
_REQUEST = "kérésé"  # "a török kormány kérésére": a request told by its noun


def _report(
    sentence: Sentence, clause: tuple[int, int], at: int, last: list[Seen]
) -> list[Participant]:
    """The agency that reports, and whom it reports on: a person named, else who denies
    the report ("A Kazuta cáfolta azokat a … értesüléseket"); with no agency named, a
    body or person that reports in its own name is its speaker ("Az AFAD 163 halottról
    számolt be"), found as a statement's is (never who denies what was reported)."""
    agencies = [s for s in sentence.seen if s.type == "NewsAgency"]
    denied = _DENIED.search(sentence.span.text) is not None
    if not agencies and not denied:
        return _speaker(sentence, clause, at, last)
    persons = [s for s in sentence.seen if s.type == "Person"]
    denier = _first_agent(sentence, clause, at) if denied else None
    subjects = persons[:1] or ([denier] if denier and denier not in agencies else [])
    return [Participant(s.entity, "reporter") for s in agencies[:1]] + [
        Participant(s.entity, "subject") for s in subjects
    ]


_DENIED = re.compile(r"\b(?:cáfol|tagad)", re.I)


def _visit(
    sentence: Sentence, clause: tuple[int, int], at: int, last: list[Seen]
) -> list[Participant]:
    """The person nearest the trigger visits, never the source of an "X szerint" who
    tells of it ("Vác polgármestere szerint a város 80 ezer látogatóra számít"); the
    state of the place they go to, else one named, hosts."""
    persons = [s for s in sentence.seen if s.type == "Person" and not _source(sentence, s)]
    visitor = min(persons, key=lambda s: abs(s.span.start - at), default=None)
    found = [Participant(visitor.entity, "visitor")] if visitor else []
    hosts = [s for s in sentence.seen if s.type == "State" and s.metonymic is False]
    destination = _with_ending([s for s in sentence.seen if s.type == "Place"], ILLATIVE)
    host_id = _host_of(destination[0].entity) if destination else None
    if host_id:
        found.append(Participant(host_id, "host"))
    elif hosts:
        found.append(Participant(hosts[0].entity, "host"))
    return found


def _meeting(
    sentence: Sentence, clause: tuple[int, int], at: int, last: list[Seen]
) -> list[Participant]:
    """Who meets: the people named in the trigger's clause before it, else its agents
    ("a tárca … egyeztet a várossal"), else the people named before it in the sentence;
    never the source of an "X szerint" that tells of it ("Az RMDSZ elnöke szerint a párt
    tárgyal a kormánnyal": the party meets, its president only says so), nor a person who
    tells of it ("Az ítélőtábla szóvivője azt mondta, a tárgyalásra tavasszal kerül
    sor": the court holds the trial, its spokesperson only tells of it)."""
    tellers = {s for s in _told_after(sentence, at) if s.type == "Person"}
    agents = [
        s
        for s in _nominal(sentence.agents(*clause))
        if not _source(sentence, s) and s not in tellers
    ]
    persons = [s for s in agents if s.type == "Person" and s.span.start < at]
    before = [
        s for s in sentence.seen if s.type == "Person" and s.span.start < at and s not in tellers
    ]
    nearest = _nearest_subject(sentence, at)
    found = persons or agents or before or ([nearest] if nearest else [])
    owner = _possessor_of(sentence, at)
    found = ([owner] if owner else []) + [s for s in found if s != owner]
    return [Participant(s.entity, "participant") for s in found]


def _possessor_of(sentence: Sentence, at: int) -> Seen | None:
    """The agent whose meeting the noun at `at` names, right before it, maybe past its
    adjectives: "a női válogatott márciusi tatai edzőtáborába", "a NATO ülésén"."""
    base, text = sentence.span.start, sentence.span.text
    return next(
        (
            s
            for s in _nominal(sentence.agents(sentence.span.start, at))
            if _ADJECTIVES_ONLY.fullmatch(text, s.span.end - base, at - base)
        ),
        None,
    )


_ADJECTIVES_ONLY = re.compile(r"(?:\s+[a-záéíóöőúüű-]+i){0,2}\s+")


def _deployment(
    sentence: Sentence, clause: tuple[int, int], at: int, last: list[Seen]
) -> list[Participant]:
    agents = sentence.agents(*clause)
    found = []
    sender = _first_agent(sentence, clause, at, "State")
    if sender and not _with_ending([sender], ILLATIVE):
        found.append(Participant(sender.entity, "sender"))
    found += [Participant(s.entity, "deployed-force") for s in agents if s.type == "ArmedForce"][:1]
    found += [
        Participant(s.entity, "recipient")
        for s in _with_ending(agents, ILLATIVE + DATIVE)
        if s.type == "State"
    ][:1]
    return found


def _transfer(
    sentence: Sentence, clause: tuple[int, int], at: int, last: list[Seen]
) -> list[Participant]:
    agents = sentence.agents(*clause)
    before = _before(sentence, clause, at)
    sender = _preferred([s for s in before if not s.span.text.lower().endswith(DATIVE)])
    found = [Participant(sender.entity, "sender")] if sender else []
    receivers = [s for s in _with_ending(agents, DATIVE) if s.metonymic or s.type == "State"]
    found += [Participant(s.entity, "recipient") for s in receivers[:1]]
    return found


def _combat(
    sentence: Sentence, clause: tuple[int, int], at: int, last: list[Seen]
) -> list[Participant]:
    forces = [s for s in sentence.agents(*clause) if s.type == "ArmedForce"]
    forces = forces or [s for s in sentence.seen if s.type == "ArmedForce"]
    return [Participant(s.entity, "combatant") for s in forces]


def _incursion(
    sentence: Sentence, clause: tuple[int, int], at: int, last: list[Seen]
) -> list[Participant]:
    attacker = _first_agent(sentence, clause, at, "ArmedForce", "State")
    return [Participant(attacker.entity, "attacker")] if attacker else []


def _attack(
    sentence: Sentence, clause: tuple[int, int], at: int, last: list[Seen]
) -> list[Participant]:
    found = _incursion(sentence, clause, at, last)
    if not found:  # "a férfi kirabolta a postát": a crime's attacker is a person or a gang
        person = _first_agent(sentence, clause, at, "Person", "Organization")
        found = [Participant(person.entity, "attacker")] if person else []
    after = [s for s in sentence.agents(at, sentence.span.end) if s.type == "State"]
    return found + [Participant(s.entity, "target") for s in after[:1]]


def _war(
    sentence: Sentence, clause: tuple[int, int], at: int, last: list[Seen]
) -> list[Participant]:
    states = [s for s in sentence.agents(clause[0], at) if s.type == "State"]
    if len(states) >= 2:
        return [
            Participant(states[-2].entity, "attacker"),
            Participant(states[-1].entity, "target"),
        ]
    return [Participant(s.entity, "party") for s in states]


def _parties(
    role: Role, *types: str, groups: bool = False
) -> Callable[[Sentence, tuple[int, int], int, list[Seen]], list[Participant]]:
    """Who takes part: the agents of `types` in the trigger's clause, else in the
    sentence; with `groups`, also a set of people or bodies that is the subject of the
    clause ("kötöttek a bankok", "31 japán vállalat hajtott végre beruházást")."""

    def read(
        sentence: Sentence, clause: tuple[int, int], at: int, last: list[Seen]
    ) -> list[Participant]:
        actors = _actors(sentence, *clause)
        seen = _nominal([s for s in actors if s.type in types])
        if groups and all(_adjective(s) for s in seen):  # "31 japán vállalat": the companies
            seen = [s for s in actors if _group_subject(sentence, s)] or seen
        if not seen:  # from the whole sentence, but not whoever tells of the event
            told = _told_after(sentence, at) if role not in _OWN_DOING else []
            seen = _nominal([s for s in sentence.seen if s.type in types and s not in told])
        return [Participant(s.entity, role) for s in seen if not s.metonymic]

    return read


def _group_subject(sentence: Sentence, seen: Seen) -> bool:
    """Whether a Group can be the subject of its clause: its last word has no case
    ending ("a bankok", "a hazai startupok"; not "a kormánypártokkal", "az uniós
    tagállamokat") and no postposition follows it ("a látogatók előtt", "a lakók
    által", "az európai gazdák ellen": whom it is for or against, not who acts)."""
    if seen.type != "Group":
        return False
    words = sentence.words
    at = next((n for n, (_, start, end) in enumerate(words) if start < seen.span.end <= end), None)
    if at is None:
        return False
    word = words[at][0]
    following = words[at + 1][0].lower() if at + 1 < len(words) else ""
    return (
        _uninflected(word)
        and not word.lower().endswith(_PLURAL_OBJECT)
        and following not in POSTPOSITIONS | _AGENT_POSTPOSITIONS
    )


# Postpositions after a set of people that make it no subject: the agent of a passive
# participle ("a lakók által indított"), a share of it ("a lakók többsége szerint").
_AGENT_POSTPOSITIONS = frozenset({"által", "többsége", "számára", "részére", "nevében"})


def _agreement(
    sentence: Sentence, clause: tuple[int, int], at: int, last: list[Seen]
) -> list[Participant]:
    """The parties to an agreement, and whom they agree with: an agent in the
    comitative in its clause ("megállapodást köt a koalíciós partnerekkel", "a szerb
    rendőrséggel aláírt megállapodás") is the other party."""
    found = _AGREEING(sentence, clause, at, last)
    partners = [
        Participant(s.entity, "party")
        for s in _nominal(sentence.agents(*clause))
        if _comitative(s.span.text.split()[-1]) and not _adjective(s) and not s.metonymic
    ]
    return found + [p for p in partners if p not in found]


def _comitative(word: str) -> bool:
    """Whether a word ends in "-val/-vel", its "v" taken after a consonant by the
    consonant doubled ("Ukrajnával", "a partnerekkel", "a rendőrséggel", "NATO-val")."""
    lower = word.lower()
    if lower.endswith(("val", "vel")):
        return len(lower) > 4 and (lower[-4] in "aáeéiíoóöőuúüű-")
    return lower.endswith(("al", "el")) and len(lower) > 5 and lower[-3] == lower[-4] != "-"


def _participle(sentence: Sentence, index: int) -> bool:
    """Whether the verb at word `index` follows an article, maybe past one adverb: a
    participle describing a noun ("a korábban ígért 2027 helyett", "a bejelentett
    program"), no finite verb, no speech act told."""
    if not sentence.words[index][0].endswith("t"):
        return False
    before = [w.lower() for w, _, _ in sentence.words[max(0, index - 2) : index]]
    if before and before[-1] in ("a", "az"):
        return True
    return len(before) == 2 and before[0] in ("a", "az") and before[1] in _ADVERBS


_ADVERBS = frozenset({"korábban", "már", "tavaly", "eredetileg", "előzőleg", "múlt", "idén"})


def _authored(sentence: Sentence, index: int) -> bool:
    """Whether "írta" at word `index` tells of writing a work, not of saying: nothing
    said follows or comes before it (no "azt", "hogy", "arról", colon, quotation or
    dash: "A forgatókönyvet a társulat két tagjával közösen írta")."""
    if not sentence.words[index][0].lower().startswith(("írt", "megírt", "leírt")):
        return False
    return _SAID.search(sentence.span.text) is None


_SAID = re.compile(r"\b(?:azt|hogy|arról|erről)\b|[:„”\"–—]", re.I)


def _set_up(sentence: Sentence, index: int) -> bool:
    """Whether "állít" or "erősít" at word `index` sets up, puts back or strengthens
    ("ravatalt állítanak", "állítják helyre a rendszert", "megerősítették a gátat"), not
    claims or confirms: it does only after "azt" or a dash, before ", hogy" or a colon
    ("azt állította, hogy", "– állítják"), or told to a news agency ("az MTI-nek
    megerősítette a hibát")."""
    word, start, end = sentence.words[index]
    if not word.lower().startswith(_NEEDS_SAYING):
        return False
    base, text = sentence.span.start, sentence.span.text
    before = sentence.words[index - 1][0].lower() if index else ""
    said_after = _CLAIMED.match(text, end - base) is not None
    told_to = any(
        s.type == "NewsAgency" and _with_ending([s], DATIVE)
        for s in sentence.seen_in(*sentence.clause(start))
    )
    dash = text[: start - base].rstrip().endswith(("–", "—"))
    return not (before == "azt" or dash or said_after or told_to)


_NEEDS_SAYING = ("állít", "megerősít", "erősít")
_CLAIMED = re.compile(r"\s*(?:,\s*hogy\b|:)")


def _ballot(sentence: Sentence, index: int) -> bool:
    """Whether the vote at word `index` is how some members voted ("az ellenzéki
    képviselők nemmel szavaztak", "133 szavazott igennel"): a part of the body's decision
    told elsewhere, not a law of its own."""
    near = sentence.words[max(0, index - 1) : index + 2]
    return any(word.lower() in _BALLOTS for word, _, _ in near)


_BALLOTS = frozenset({"igennel", "nemmel"})


def _told_after(sentence: Sentence, at: int) -> list[Seen]:
    """The mentions before a speech verb that comes before `at`: who tells what the
    trigger is in ("Az államtitkár azt mondta, hogy a sztrájkfenyegetés politikai
    indíttatású": the state secretary tells of the strike, takes no part in it)."""
    verbs = [
        start
        for word, start, _ in sentence.words
        if start < at and word.islower() and _trigger(word) in _TELLING
    ]
    return [s for s in sentence.seen if verbs and s.span.end <= verbs[-1]]


_TELLING = frozenset({"statement", "denial", "warning"})
# But a body tells of its own law, price, investment or agreement ("Az MVM közölte, hogy
# az ár áprilistól emelkedik"): the teller is still their agent or party.
_OWN_DOING = frozenset({"agent", "party"})


def _cooperation(
    sentence: Sentence, clause: tuple[int, int], at: int, last: list[Seen]
) -> list[Participant]:
    states = [s for s in sentence.agents(*clause) if s.type == "State"]
    found = [Participant(s.entity, "agent") for s in states[:1]]
    return found + [
        Participant(s.entity, "recipient") for s in states[1:2] if s.entity != states[0].entity
    ]


def _anyone(
    sentence: Sentence, clause: tuple[int, int], at: int, last: list[Seen]
) -> list[Participant]:
    """Disasters, accidents, rescues: every agent of the clause (else of the sentence),
    the state, institution or people it befell or who acted; an official is there by
    office (leading the defence), never a victim; nor, for a clause told by "hogy",
    whoever tells it ("A HungaroMet arra figyelmeztetett, hogy … zivatarok érkezhetnek").
    A state or an institution it broke out in ("egy szegedi kórházban járvány tört ki")
    is whom it befell."""
    agents = _actors(sentence, *clause)
    if all(s.type == "Group" for s in agents) and not _REPORTED.match(
        sentence.span.text, clause[0] - sentence.span.start
    ):  # "mintegy háromszáz embert kellett kimenekíteni": whom it befell, and who acted
        agents += [
            s for s in _actors(sentence, sentence.span.start, sentence.span.end) if s not in agents
        ]
    agents = _nominal(agents)
    shared = _shared_subject(sentence, clause, at)
    agents = ([shared] if shared and shared not in agents else []) + agents
    struck = [
        s for s in sentence.seen_in(*clause) if s.type in ("State", "Organization") and s.located
    ]
    agents = struck[:1] + agents  # "Görögországban erdőtűz pusztított", "a kórházban járvány"
    return [Participant(s.entity, _role_in_setting(sentence, s)) for s in agents][:4]


def _role_in_setting(sentence: Sentence, seen: Seen) -> Role:
    """A disaster's or accident's party by its type (a person struck is a victim), but an
    official there by office or the source it is told on only takes part ("Kovács Ádám,
    a vízügyi igazgatóság vezetője szerint az árvíz tetőzik": no victim)."""
    if seen.official or _source(sentence, seen):
        return "participant"
    return _ROLE_OF.get(seen.type, "participant")


_REPORTED = re.compile(r"[\s,]*hogy\b", re.I)


def _occasion_time(
    before: list[Sentence],
    sentence: Sentence,
    clause: tuple[int, int],
    events: list[Event],
    speech: bool,
) -> str | None:
    """The time of the occasion an event's clause names again ("– mondta a polgármester
    az átadáson", "az ülésen elmondta", "A megnyitót a miniszter is megtekintette"): the
    time nearest to where the latest sentence before told of it (`OCCASIONS`: "Kedden
    átadták a rendelőt"); a speech act at one no sentence before told of was made where
    the article's news was told ("– jelentette be szerdán a szakszervezet. … – mondta
    Kardos Henrietta a sajtótájékoztatón"): the first dated speech act's."""
    base = sentence.span.start
    # A speech act's occasion may be named in the clause before ("a fórumon elnézést kért,
    # és közölte"): the saying is at it as well.
    start = base if speech else clause[0]
    found = _OCCASION.search(sentence.span.text, start - base, clause[1] - base)
    if found is None:
        return None
    stems = OCCASIONS[next(noun for noun in OCCASIONS if found.group(1).lower().startswith(noun))]
    for earlier in reversed(before):
        lower = earlier.span.text.lower()
        at = min((i for i in (lower.find(stem) for stem in stems) if i >= 0), default=-1)
        times = [t for t in earlier.times if t.span]
        if at >= 0 and times:
            told = earlier.span.start + at
            return min(times, key=lambda t: abs(t.span.start - told)).id  # type: ignore[union-attr]
    if not speech:
        return None
    return next((e.time for e in events if e.type in SPEECH_ACTS and e.time), None)


_OCCASION = re.compile(rf"\baz?\s+((?:{'|'.join(OCCASIONS)})\w*)", re.I)


def _time(sentence: Sentence, clause: tuple[int, int], at: int, speech: bool) -> str | None:
    """The nearest time in the clause, else the last before the trigger with no
    subordinate clause between, else the sentence's only time unless a dependent clause
    parts them. A time up to which something lasts ("2028-ig meghosszabbították", "a hónap
    végéig") bounds a state, not the event: never the event's; nor is a time the trigger
    itself tells ("az ülés után" is after the meeting, not its time), nor, for a speech
    act, a time by which ("júniusra ígéri", "péntekre kérte": what is promised or asked
    for is due then, not the saying). A time in a clause after a speech act dates what is
    said, not the saying ("azt mondta, a fesztivált jövő áprilisban rendezik meg")."""
    times = [
        t
        for t in sentence.times
        if t.span
        and not _until(t.span.text)
        and not t.span.start <= at < t.span.end
        and not (speech and t.span.text.endswith(("ra", "re")))
    ]
    in_clause = [t for t in times if t.span and clause[0] <= t.span.start < clause[1]]
    if in_clause:
        return min(in_clause, key=lambda t: abs(t.span.start - at)).id  # type: ignore[union-attr]
    base = sentence.span.start
    before = [
        t
        for t in times
        if t.span
        and t.span.end <= at
        and not _SUBORDINATE.search(sentence.span.text, t.span.end - base, at - base)
    ]
    if before:
        return before[-1].id  # "kedden 25 bázisponttal, 6,25 százalékra"
    if len(times) != 1 or len(sentence.times) != 1:
        return None
    # "Kedd este óta ... ürítették ki": a sentence's one time is its events', unless a
    # subordinate clause parts them ("hangsúlyozta, hogy a jövő tanévtől ...").
    span = times[0].span
    if span is None or (speech and span.start >= clause[1]):
        return None
    low, high = sorted((span.end, at) if span.end <= at else (at, span.start))
    between = sentence.span.text[low - base : high - base]
    return None if _DEPENDENT.search(between) else times[0].id


def _until(text: str) -> bool:
    """Whether a time tells only up to when ("2028-ig", "a hónap végéig"), not from when
    to when ("hétfőtől április 25-ig": the event's own span)."""
    return text.endswith("ig") and _FROM.search(text) is None


_FROM = re.compile(r"t[óő]l\b")


def _place(sentence: Sentence, clause: tuple[int, int]) -> str | None:
    places = [s for s in sentence.seen_in(*clause) if s.type == "Place"]
    located = _with_ending(places, LOCATIVE)
    return located[0].entity if located else None


def _host_of(place: str) -> str | None:
    """The state a capital stands for: visiting Phenjan, North Korea hosts."""
    known = gazetteer().entries.get(place)
    return known.stands_for if known else None


_PRICED = _parties("agent", "GovernmentBody", "Organization", "State")
_AGREEING = _parties("party", "State", "Organization", "Person", groups=True)
_ROLES: dict[str, Callable[[Sentence, tuple[int, int], int, list[Seen]], list[Participant]]] = {
    "visit": _visit,
    "meeting": _meeting,
    "statement": _statement,
    "denial": _speaker,
    "warning": _speaker,
    "report": _report,
    "troop-deployment": _deployment,
    "incursion": _incursion,
    "armed-clash": _combat,
    "attack": _attack,
    "arms-transfer": _transfer,
    "ratification": _parties("party", "State"),
    "treaty-signing": _parties("signatory", "Person"),
    "alliance": _parties("party", "State"),
    "war": _war,
    "military-cooperation": _cooperation,
    "election": _parties("participant", "Person"),
    "appointment": _parties("subject", "Person"),
    "resignation": _parties("subject", "Person"),
    "protest": _parties("participant", "Person", "Organization", groups=True),
    "agreement": _agreement,
    "legislation": _parties("agent", "GovernmentBody", "Organization"),
    "price-change": _price_change,
    "economic-report": _parties("reporter", "GovernmentBody", "Organization"),
    "investment": _parties("agent", "Organization", "GovernmentBody", "State", groups=True),
}
