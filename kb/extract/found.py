"""What the entity finder knows while it reads an article: the text, the gazetteer and
the entities found so far.

The rules in names, descriptions, groups and roles are plain functions over one
`Found`: a later mention is only understood through earlier ones ("Kimet" after
"Kim Dzsongun", "az egyetem" after "Szegedi Tudományegyetem"), so they all need the
same record of what was found, and nothing else of each other.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kb import iris
from kb.extract.gazetteer import Gazetteer, Known
from kb.extract.morphology import stems
from kb.model import Entity, EntityType, Mention, Name, Provenance, Span

Token = tuple[str, int, int]  # a word, its start and its end in the article's text
_ACRONYM = re.compile(r"\s*\((\w{2,})\)")


@dataclass
class Draft:
    """An entity being collected."""

    id: str
    type: EntityType
    name: Name
    confidence: float
    wikidata: str | None = None
    affiliation: str | None = None
    role: Name | None = None
    mentions: list[Mention] = field(default_factory=list)

    def add(self, span: Span, metonymy_of: str | None = None) -> None:
        if all(m.span != span for m in self.mentions):
            self.mentions.append(Mention(span, metonymy_of))


class Found:
    """The article and the entities found in it so far (for aliases and pairs)."""

    def __init__(self, gaz: Gazetteer, text: str, sentence_starts: tuple[int, ...] = ()) -> None:
        self.gaz = gaz
        self.text = text
        self.sentence_starts = sentence_starts  # where the splitter starts each sentence
        self.drafts: dict[str, Draft] = {}
        self.acronyms: dict[str, Draft] = {}  # "NNGYK" → the body it abbreviates
        self.groups: list[Draft] = []  # groups of people, in order: "magyar tűzoltók"
        self._adjectives: dict[str, Known | None] = {}  # a word → its adjective's entry

    def entities(self) -> tuple[Entity, ...]:
        """The entities found; an affiliation the article never names is left out, and
        words that stand for another entity by metonymy are no mention of what they
        literally name (that entity is kept: the metonymy points to it)."""
        drafts = sorted(self.drafts.values(), key=lambda d: min(m.span.start for m in d.mentions))
        metonymic = {(m.metonymy_of, m.span) for d in drafts for m in d.mentions if m.metonymy_of}
        return tuple(
            Entity(
                id=d.id,
                type=d.type,
                name=d.name,
                mentions=tuple(
                    sorted(
                        (m for m in d.mentions if (d.id, m.span) not in metonymic),
                        key=lambda m: m.span.start,
                    )
                ),
                wikidata=d.wikidata,
                role=d.role,
                affiliation=d.affiliation if d.affiliation in self.drafts else None,
                prov=Provenance("machine", d.confidence),
            )
            for d in drafts
        )

    def draft(self, known: Known) -> Draft:
        """The entity for a gazetteer entry, made at its first mention."""
        draft = self.drafts.get(known.id)
        if draft is None:
            draft = self.drafts[known.id] = Draft(
                id=known.id,
                type=known.type,
                name=known.name,
                confidence=0.9,
                wikidata=known.wikidata,
                affiliation=known.affiliation,
            )
        return draft

    def unknown_draft(self, type_: EntityType, name: Name, run: list[Token]) -> Draft:
        """The entity for an unknown name: the same one when the name recurs inflected."""
        for draft in self.drafts.values():
            if draft.type == type_ and run and _same_name(draft.name.hu, run):
                return draft
        entity_id = iris.slugify(name.en) or "entity"
        while entity_id in self.drafts:
            entity_id += "-2"
        draft = self.drafts[entity_id] = Draft(entity_id, type_, name, confidence=0.5)
        return draft

    def define_acronym(self, draft: Draft, end: int) -> None:
        """ "Progresszív Szlovákia (PS)": an acronym in brackets right after a name (ending
        at offset `end`) is the same entity, and names it again later."""
        acronym = _ACRONYM.match(self.text, end)
        if acronym is not None and _abbreviation(acronym.group(1)):
            draft.add(Span(acronym.group(1), acronym.start(1), acronym.end(1)))
            self.acronyms[acronym.group(1).lower()] = draft

    def span(self, first: Token, last: Token) -> Span:
        """The text from the first word's start to the last word's end."""
        return Span(self.text[first[1] : last[2]], first[1], last[2])

    def latest(self, wanted: Callable[[Draft], bool]) -> Draft | None:
        """Of the entities `wanted` accepts, the one mentioned last."""
        found = [d for d in self.drafts.values() if wanted(d)]
        return max(found, key=lambda d: max(m.span.start for m in d.mentions), default=None)

    def lookup(self, run: list[Token]) -> Known | None:
        """The gazetteer entry these words name, the last word possibly inflected."""
        *head, last = [w for w, _, _ in run]
        for form in stems(last):
            key = (*(w.lower() for w in head), form)
            found = self.gaz.names.get(key)
            if found is None or (key in self.gaz.acronyms and not _spelt_as_acronym(last, form)):
                continue
            entry_id, capitalised = found
            if run[0][0][0].isupper() or not capitalised:  # "hatvan" is no town
                return self.gaz.entries[self._sense(key, entry_id)]
        return None

    def _sense(self, key: tuple[str, ...], entry_id: str) -> str:
        """Which of the entries sharing a name the article means: the one it also
        calls by its full name ("Tisza Párt" … "a Tisza jelöltje"), else the first
        listed (the place: "a Tisza Szegednél")."""
        for other in self.gaz.shared.get(key, ()):
            full = self.gaz.entries[other].name.hu
            if tuple(full.lower().split()) != key and full in self.text:
                return other
        return entry_id

    def adjective_of(self, word: str) -> Known | None:
        """The gazetteer entry a nationality or place adjective, maybe inflected, names."""
        if word not in self._adjectives:
            ids = (self.gaz.adjectives.get(form) for form in stems(word))
            entry_id = next((i for i in ids if i is not None), None)
            self._adjectives[word] = self.gaz.entries[entry_id] if entry_id else None
        return self._adjectives[word]

    def given_hungarian(self, word: str) -> bool:
        """A Hungarian given name, maybe inflected: "Dóra", "Dórát", "Péternek"."""
        return word[0].isupper() and not self.gaz.given_hungarian.isdisjoint(stems(word))

    def previous_sentence_start(self, sentence_start: int) -> int:
        """Where the sentence before the one starting at `sentence_start` starts: how far
        back a reference ("a két ország", "a férfi") may look."""
        at = bisect.bisect_right(self.sentence_starts, sentence_start) - 2
        if at >= 0 and self.sentence_starts[at + 1] == sentence_start:
            return self.sentence_starts[at]  # the splitter's: "Zrt." ends no sentence
        before = max(0, sentence_start - 2)
        return max(self.text.rfind(mark, 0, before) for mark in ".!?\n") + 1

    def before_given(self, words: list[Token], k: int) -> bool:
        """ "Magyar Péter", "Német Zoltán": word `k` is a family name before a given name
        (a known word or a nationality used as a surname)."""
        return k + 1 < len(words) and self.given_hungarian(words[k + 1][0])


def _abbreviation(word: str) -> bool:
    """An acronym: two capitals or more, short or all capitals ("NMHH", "SaS",
    "ATIVIZIG"), not a town in brackets ("(Budapest)")."""
    return (len(word) <= 6 or word.isupper()) and sum(map(str.isupper, word)) >= 2


def _spelt_as_acronym(word: str, form: str) -> bool:
    """Whether `word` is the acronym `form` in capitals, an ending only after a hyphen:
    "BT", "BT-nek", not "Btk" nor "bt"."""
    letters, rest = word[: len(form)], word[len(form) :]
    return letters.isupper() and (not rest or rest.startswith("-"))


def _same_name(name: str, run: list[Token]) -> bool:
    """Whether `run` is `name` again, its last word maybe inflected in either ("Halász
    Bencét", a name first met inflected: "a Régi Képtárat" … "a Régi Képtár"),
    a company's legal form left out in either ("Magyar Telekom Nyrt." … "Magyar
    Telekom", "Magyar Közút Nonprofit Zrt." … "Magyar Közút"), or the word for what it
    is ("Új Irány Párt" … "az Új Irány", "BMW Group" … "a BMW")."""
    parts = _core(name.lower().split())
    words = _core([w.lower() for w, _, _ in run])
    return (
        len(parts) == len(words)
        and parts[:-1] == words[:-1]
        and not set(stems(parts[-1])).isdisjoint(stems(words[-1]))  # "Képtárat" … "Képtár"
    )


LEGAL_FORMS = frozenset(
    {"zrt.", "nyrt.", "kft.", "bt.", "rt.", "ltd.", "inc.", "corp.", "plc.", "ag", "gmbh", "se"}
)
"""A company's legal form, the last word of its full name ("Zrt.", "Inc.", "AG")."""


def without_legal_form(words: list[str]) -> list[str]:
    """A company's name without its legal form ("magyar telekom nyrt." → magyar telekom,
    "magyar közút nonprofit zrt." → magyar közút: a non-profit company's form is two
    words)."""
    if len(words) < 2 or words[-1].split("-")[0] not in LEGAL_FORMS:
        return words
    return words[:-2] if len(words) > 2 and words[-2] == "nonprofit" else words[:-1]


def _core(words: list[str]) -> list[str]:
    """A body's name without its legal form and a kind word after the name proper, as
    news name it again: "Párt", "Group" (uninflected: the inflected last word is
    compared by its stems)."""
    core = without_legal_form(words)
    while len(core) > 1 and core[-1] in _KIND_WORDS:
        core = core[:-1]
    return core


_KIND_WORDS = frozenset({"párt", "group"})
