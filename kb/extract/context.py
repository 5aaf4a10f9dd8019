"""What the event and claim rules see of a sentence: its words, mentions, times, clauses.

Entities are found first, for the whole article; the later rules then ask, clause by
clause, who is mentioned where and in which case ("Oroszországba": into Russia).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb import ontology
from kb.extract.morphology import AT, tokens
from kb.model import Entity, EntityType, Span, TimeExpression

AGENT_TYPES = ontology.subclasses("Agent") - {"NewsAgency"}
"""Who can act in an event: every kb:Agent but a news agency, which only reports."""
BODIES = (
    ontology.subclasses("Organization")
    - ontology.subclasses("ArmedForce")
    - ontology.subclasses("NewsAgency")
)
"""Bodies of people that hold meetings, own units and are named by head nouns."""

_CLAUSE_BREAK = re.compile(r",(?=\s)|;|:|\s[–—]\s")  # "4,4 százalék" is no break


@dataclass(frozen=True, slots=True)
class Seen:
    """One mention in a sentence: which entity, of what type, by which words."""

    entity: str
    type: EntityType
    span: Span
    metonymic: bool
    official: bool = False  # a person holding an office ("Kovács Ádám, a vízügy vezetője")
    located: bool = False  # in a place case: "a Facebookon", "az Európai Tanácsban"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with the mentions and times inside it."""

    span: Span
    words: tuple[tuple[str, int, int], ...]
    seen: tuple[Seen, ...]
    times: tuple[TimeExpression, ...]

    def clause(self, at: int) -> tuple[int, int]:
        """The clause (comma to comma, absolute offsets) around offset `at`."""
        text, base = self.span.text, self.span.start
        start, end = base, self.span.end
        for match in _CLAUSE_BREAK.finditer(text):
            if base + match.start() < at:
                start = base + match.end()
            elif end == self.span.end:
                end = base + match.start()
        return start, end

    def seen_in(self, start: int, end: int) -> list[Seen]:
        """The mentions that start within [start, end)."""
        return [s for s in self.seen if start <= s.span.start < end]

    def agents(self, start: int, end: int) -> list[Seen]:
        """Agents mentioned within [start, end); not one that only opens a compound
        ("Facebook-oldalán", "ENSZ-nagykövet": the page, the ambassador), nor one in a
        place case ("a Facebookon azt írta": where, not who)."""
        return [
            s
            for s in self.seen_in(start, end)
            if s.type in AGENT_TYPES and not self._compound_head(s) and not s.located
        ]

    def _compound_head(self, seen: Seen) -> bool:
        at = seen.span.end - self.span.start
        return self.span.text[at : at + 1] == "-" and self.span.text[at + 1 : at + 2].islower()


def sentences_with_context(
    sentences: tuple[Span, ...], entities: tuple[Entity, ...], times: tuple[TimeExpression, ...]
) -> list[Sentence]:
    """Each sentence with the mentions and times that fall inside it."""
    seen = sorted(
        (
            Seen(
                e.id,
                e.type,
                m.span,
                m.metonymy_of is not None,
                e.role is not None,
                _located(m.span.text, e.name.hu),
            )
            for e in entities
            for m in e.mentions
        ),
        key=lambda s: (s.span.start, -s.span.end),
    )
    result = []
    for sentence in sentences:
        words = tuple(
            (w, sentence.start + s, sentence.start + e) for w, s, e in tokens(sentence.text)
        )
        inside = tuple(s for s in seen if sentence.start <= s.span.start < sentence.end)
        timed = tuple(
            t for t in times if t.span is not None and sentence.start <= t.span.start < sentence.end
        )
        result.append(Sentence(sentence, words, inside, timed))
    return result


def _located(text: str, name: str) -> bool:
    """Whether a mention's last word is its name's in a place case ("Facebookon")."""
    word, base = text.split()[-1].lower(), name.split()[-1].lower()
    return word != base and word.startswith(base) and word[len(base) :] in AT
