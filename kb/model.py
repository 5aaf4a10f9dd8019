"""The annotation model: what an article says, before it becomes RDF.

This is the interchange format between *reading* (a journalist's hand annotation,
or `kb extract`) and *mapping* (`kb.mapping`). `kb.read.annotation` loads it from
`annotation.yaml`; `kb.extract` produces it; nothing here knows about RDF.

Every item that comes from the text carries a `Span`: the exact quote and its
character offsets in `article.txt` (Unicode code points, 0-based, end exclusive),
so each fact stays anchored to the words it was read from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal[
    "Person", "Organization", "NewsAgency", "GovernmentBody", "ArmedForce", "Group", "State",
    "Place",
]  # fmt: skip
Scope = Literal["shared", "article"]
"""`shared`: the id names the same thing in every article. `article`: the entity is known
only by a role ("Oroszország ENSZ-nagykövete"), whose holder may differ between articles."""
# The notations of the ontology's concept schemes, as types: mypy catches a misspelt
# event type in code; `tests/test_vocab.py` keeps each equal to its scheme in kb.ttl.
EventType = Literal[
    "accident", "agreement", "alliance", "appointment", "armed-clash", "arms-transfer",
    "attack", "denial", "disaster", "economic-report", "election", "incursion", "investment",
    "legislation", "meeting", "military-cooperation", "price-change", "protest",
    "ratification", "report", "rescue", "resignation", "speech-act", "statement",
    "treaty-signing", "troop-deployment", "visit", "war", "warning",
]  # fmt: skip
Role = Literal[
    "addressee", "agent", "attacker", "combatant", "deployed-force", "host", "instigator",
    "participant", "party", "recipient", "reporter", "sender", "signatory", "speaker",
    "subject", "target", "victim", "visitor",
]  # fmt: skip
ClaimType = Literal["denial", "estimate", "report", "statement", "warning"]
Stance = Literal["asserts", "denies", "possible"]
Precision = Literal["day", "month", "part-of-month", "year", "relative"]
"""What annotation.yaml may give; "unstated" (no time in the text) is the mapping's own."""
MonthPart = Literal["early", "mid", "late"]
Origin = Literal["human", "machine"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: the quote and where it stands."""

    text: str
    start: int
    end: int
    line: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Provenance:
    """Who made an annotation item, how sure they were, and where it is written."""

    origin: Origin = "human"
    confidence: float | None = None
    line: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Name:
    """A name or phrase in Hungarian (as in the text, nominative) and English."""

    hu: str
    en: str


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity. `metonymy_of` names what the words literally
    denote when they stand for something else ("Szöul" for the South Korean state)."""

    span: Span
    metonymy_of: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """Something the article names. `mentions` is empty only for what the text names
    solely through a metonymy ("Szöuli értesülések": Seoul, standing for South Korea)."""

    id: str
    type: EntityType
    name: Name
    mentions: tuple[Mention, ...]
    wikidata: str | None = None
    role: Name | None = None
    resolved_role: Name | None = None
    affiliation: str | None = None
    contained_in: tuple[str, ...] = ()
    borders: tuple[str, ...] = ()
    scope: Scope = "shared"
    prov: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time as the text gives it. `value` is ISO 8601 at the stated precision
    (`2024-06` for a month); relative times carry explicit bounds instead, for the
    begin and the end separately (SEM, CIDOC-CRM): `earliest` is the earliest begin
    ("begins after"), `latest` the latest end ("ended by"), `latest_begin` the day it
    had begun by and `earliest_end` the day it had not yet ended by (both: "ongoing at")."""

    id: str
    precision: Precision
    span: Span | None = None
    value: str | None = None
    part: MonthPart | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    latest_begin: dt.date | None = None
    earliest_end: dt.date | None = None
    prov: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class Participant:
    entity: str
    role: Role


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened, or would happen under `condition` (the words of the
    "ha ..." clause). `before`: events this one ended before; `part_of`, `result_of`,
    `concerns`: the events it is part of, came about under, or bears on."""

    id: str
    type: EventType
    anchors: tuple[Span, ...]
    participants: tuple[Participant, ...]
    time: str | None = None
    place: str | None = None
    attested_by: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    part_of: tuple[str, ...] = ()
    result_of: tuple[str, ...] = ()
    concerns: tuple[str, ...] = ()
    condition: Span | None = None
    prov: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as a range: `min`/`max` may each be open (None) or exclusive, and
    `approximate` when the text hedges it ("mintegy háromszáz")."""

    span: Span
    min: int | float | None = None
    max: int | float | None = None
    min_inclusive: bool = True
    max_inclusive: bool = True
    unit: Name | None = None
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class Relay:
    """One step of a source chain: `source` passed the claim on, in the report event
    `event`, at `time` ("az észak-koreai média idézte szombat reggel")."""

    source: str
    event: str | None = None
    time: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """Something somebody said, kept as said: never promoted to a fact.

    `source` is the channel it reached the article through; `via`, when the text
    gives a chain, every step from the speaker outward (its last step is `source`).
    `time` is when it was said, `about_time` the time it talks about ("jelenleg")."""

    id: str
    type: ClaimType
    stance: Stance
    quote: Span
    speakers: tuple[str, ...] = ()
    source: str | None = None
    via: tuple[Relay, ...] = ()
    time: str | None = None
    about_time: str | None = None
    about: tuple[str, ...] = ()
    quantity: Quantity | None = None
    event: str | None = None
    prov: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    slug: str
    language: str = "hu"
    timezone: str = "Europe/Budapest"
    source: str | None = None
    about: tuple[str, ...] = ()
    url: str | None = None
    annotator: Origin = "human"


@dataclass(frozen=True, slots=True)
class Annotation:
    article: ArticleMeta
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """`article.txt` read: the headline (line 1), the date line (line 2, unless the
    date comes from metadata.yaml), the body."""

    text: str
    headline: Span
    dateline: Span | None
    published: dt.datetime
    sentences: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Document:
    """One article with its annotation: the input of the mapping stage."""

    article: Article
    annotation: Annotation
    source_file: str = ""
