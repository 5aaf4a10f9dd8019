"""Attribution: who says what, through which channel, with which number.

Three shapes of reported speech in Hungarian news:

- "X szerint ..." (also "X becslései / értesülései / jelentése szerint"): the rest of
  the sentence is X's claim; agents in the phrase speak, news agencies are the source;
- a reporting verb with "hogy" ("kijelentette, hogy", "tagadta, hogy"): the clause
  after "hogy" (or the „quotation” there) is the subject's claim;
- a reporting verb without "hogy" ("Oroszország további támogatásáról biztosította"):
  the words between the speaker and the verb;

and a bare „quotation” continues the previous speaker ("Ezért „Észak-Korea ...”").
A news agency named in a sentence ("írja az MTI", "az észak-koreai média idézte") is
the source of its claims and of the sentences that continue it ("Eszerint ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.extract.context import AGENT_TYPES, Seen, Sentence
from kb.extract.morphology import verbal_noun
from kb.extract.roles import is_modifier, office_of
from kb.model import Claim, ClaimType, Provenance, Quantity, Span, Stance

# Reporting verb stems → claim type.
VERBS: dict[str, ClaimType] = {
    "kijelent": "statement",
    "hangsúlyoz": "statement",
    "közöl": "statement",
    "mond": "statement",
    "állít": "statement",
    "hozzátet": "statement",
    "leszögez": "statement",
    "biztosít": "statement",
    "bejelent": "statement",
    "jelez": "statement",
    "tagad": "denial",
    "cáfol": "denial",
    "figyelmeztet": "warning",
    "becsül": "estimate",
    "saccol": "estimate",
    "úgy lát": "statement",
    "nyilatkoz": "statement",
    "fogalmaz": "statement",
    "tájékoztat": "statement",
    "ígér": "statement",
    "emlékeztet": "statement",
    "hangoztat": "statement",
    "írta": "statement",
}
_VERB = re.compile(r"\b(?:el|ki|be|meg)?(" + "|".join(VERBS) + r")\w*", re.I)
_ADJECTIVE = re.compile(r"\w{3,}(?:i|s)$")  # "idei", "innovációs": in a speaker's phrase
_COLON = re.compile(r"\s*:\s*")  # "hangsúlyozta: a front stabil"
_LEAST_WORDS = 4  # a claim told between its speaker and the verb has at least this many
_DASH_BEFORE = re.compile(r"[–—]\s*$")
_SZERINT = re.compile(r"\bszerint(?:e|ük)?\b", re.I)
_HOGY = re.compile(r",?\s*hogy\s+", re.I)
_QUOTE = re.compile(r"„([^”]+)”")
_CONTINUES = re.compile(r"^(?:Eszerint|Ezért|Szerinte|Hozzátette|Emellett)\b")
_MODAL = re.compile(r"\w+(?:hat|het)\b")
_PHRASE_WORDS = frozenset({"a", "az", "és", "is", "állami", "hivatalos", "amerikai"})
_SOURCE_WORDS = (
    "becslés", "értesülés", "jelentés", "információ", "forrás", "közlés", "adat",
    "bejelentés", "közlemény",
)  # fmt: skip
_REPORT_NOUNS = ("értesülés", "jelentés", "információ", "forrás")
_ESTIMATE_NOUNS = ("becslés",)


def find_claims(sentences: list[Sentence], quantities: list[list[Quantity]]) -> tuple[Claim, ...]:
    """Every claim in the article, ids c1, c2, ..."""
    finder = _ClaimFinder()
    for sentence, found in zip(sentences[1:], quantities[1:], strict=True):
        finder.sentence(sentence, found)  # the headline is the article's own voice
    return tuple(finder.claims)


# --- helpers ---------------------------------------------------------------------------


@dataclass
class _Said:
    speakers: tuple[str, ...]
    quote: tuple[int, int]
    kind: ClaimType


class _ClaimFinder:
    def __init__(self) -> None:
        self.claims: list[Claim] = []
        self.source: str | None = None
        self.speaker: tuple[str, ...] = ()

    def sentence(self, sentence: Sentence, quantities: list[Quantity]) -> None:
        text, base = sentence.span.text, sentence.span.start
        agencies = [s.entity for s in sentence.seen if s.type == "NewsAgency"]
        if agencies:
            self.source = agencies[0]
        elif not (_CONTINUES.match(text) or "„" in text):
            self.source = None
        said = self._szerint(sentence) or self._verb(sentence)
        if said is None and "„" in text and self.speaker:
            said = _Said(self.speaker, (base, base), "statement")
        quotes = [(base + m.start(1), base + m.end(1)) for m in _QUOTE.finditer(text)]
        if said is not None and quotes and said.kind != "report":
            for quote in quotes:
                self._add(sentence, _Said(said.speakers, quote, said.kind), quantities)
        elif said is not None:
            self._add(sentence, said, quantities)

    def _szerint(self, sentence: Sentence) -> _Said | None:
        text, base = sentence.span.text, sentence.span.start
        match = _SZERINT.search(text)
        if match is None:
            return None
        phrase_start = _phrase_start(sentence, base + match.start())
        phrase = sentence.seen_in(phrase_start, base + match.start())
        agencies = [s for s in phrase if s.type == "NewsAgency"]
        inside_agency = [s for s in phrase if any(_within(s, a) for a in agencies)]
        official = any(
            office_of(w) is not None
            for w, start, _ in sentence.words
            if phrase_start <= start < base + match.start() and w.islower()
        )
        speakers = _speakers([s for s in phrase if s not in inside_agency], official)
        if agencies:
            self.source = agencies[0].entity
        if not speakers and not agencies:
            return None
        words = text[phrase_start - base : match.start()].lower()
        kind: ClaimType = (
            "estimate"
            if any(n in words for n in _ESTIMATE_NOUNS)
            else "report"
            if agencies or any(n in words for n in _REPORT_NOUNS)
            else "statement"
        )
        if _apposition_of_first(sentence, phrase_start, speakers):
            phrase_start = base  # "Tóth Gergely alezredes, a magyar egység parancsnoka szerint"
        if phrase_start == base:  # "X szerint <claim>."
            quote = (base + match.end(), sentence.span.end)
        else:  # "<claim> X szerint, ..."
            quote = (_skip_time(sentence, base), phrase_start)
        return _Said(speakers, quote, kind)

    def _verb(self, sentence: Sentence) -> _Said | None:
        text, base = sentence.span.text, sentence.span.start
        for match in _VERB.finditer(text):
            if verbal_noun(text[match.end(1) : match.end()]):
                continue  # "a nyilatkozat", "bejelentés", "állítólag": no reporting verb
            kind = VERBS[match.group(1).lower()]
            verb_start = base + match.start()
            dash = _DASH_BEFORE.search(text, 0, match.start())
            if dash is not None:  # "„…” – mondta X": the speaker follows the verb
                after = [s for s in sentence.seen if s.span.start >= base + match.end()]
                speakers = _speakers(after[:1]) or self.speaker
                if speakers:
                    return _Said(speakers, (base, base + dash.start()), kind)
                continue
            before = [s for s in sentence.seen if s.span.end <= verb_start]
            clause_start = sentence.clause(verb_start)[0]
            in_clause = [
                s for s in before if s.span.start >= clause_start and s.type in AGENT_TYPES
            ]
            before = in_clause or before  # "Pristina …, Belgrád azonban tagadta": Belgrade
            people = [s for s in before if s.type == "Person"]
            # a person voicing it "a kormány ülésén": the person, not the meeting's host
            speakers = _speakers(people[-1:] or before[:1])
            speakers = speakers or self.speaker
            if not speakers:
                continue
            hogy = _HOGY.match(text, match.end()) or _COLON.match(text, match.end())
            if hogy is not None:
                quote = (base + hogy.end(), sentence.span.end)
            else:
                first = next((s for s in before if s.entity in speakers), None)
                quote = (first.span.end if first else base, verb_start)
                if len(text[quote[0] - base : quote[1] - base].split()) < _LEAST_WORDS:
                    continue  # "Tóth Gergely tűzoltó … közölte", "arra is": no claim told
            return _Said(speakers, quote, kind)
        return None

    def _add(self, sentence: Sentence, said: _Said, quantities: list[Quantity]) -> None:
        start, end = _trim(sentence, *said.quote)
        if end <= start:
            return
        text = sentence.span.text[start - sentence.span.start : end - sentence.span.start]
        quantity = next((q for q in quantities if start <= q.span.start < end), None)
        kind: ClaimType = (
            "estimate" if quantity is not None and said.kind == "statement" else said.kind
        )
        stance: Stance = (
            "denies" if kind == "denial" else "possible" if _MODAL.search(text) else "asserts"
        )
        time = next(
            (t.id for t in sentence.times if t.span and not start <= t.span.start < end), None
        )
        source = self.source if self.source not in said.speakers else None
        self.speaker = said.speakers or self.speaker
        self.claims.append(
            Claim(
                id=f"c{len(self.claims) + 1}",
                type=kind,
                stance=stance,
                quote=Span(text, start, end),
                speakers=said.speakers,
                source=source,
                time=time,
                quantity=quantity,
                prov=Provenance("machine", 0.6),
            )
        )


def _speakers(seen: list[Seen], official: bool = False) -> tuple[str, ...]:
    """The agents among the mentions; a metonymy wins over the literal place. A state
    named by an adjective next to a person or an office is the official's nationality
    ("a magyar külügyminiszter szerint"), not a speaker."""
    official = official or any(s.type == "Person" for s in seen)
    agents = [
        s.entity
        for s in seen
        if s.type in AGENT_TYPES and not (official and s.type == "State" and s.span.text.islower())
    ]
    return tuple(dict.fromkeys(agents))


def _phrase_start(sentence: Sentence, szerint: int) -> int:
    """Where the noun phrase before "szerint" begins: back over names, adjectives,
    "és", articles and source nouns ("a TASZSZ orosz állami hírügynökség jelentése")."""
    start = szerint
    for word, word_start, _ in reversed([w for w in sentence.words if w[2] <= szerint]):
        named = any(s.span.start <= word_start < s.span.end for s in sentence.seen)
        office = word.islower() and (
            office_of(word) is not None or is_modifier(word) or _ADJECTIVE.search(word) is not None
        )
        if not (
            named
            or office  # "Andrej Belouszov orosz védelmi miniszter szerint"
            or word.lower() in _PHRASE_WORDS
            or word.lower().startswith(_SOURCE_WORDS)
        ):
            break
        start = word_start
    return start


def _apposition_of_first(sentence: Sentence, phrase_start: int, speakers: tuple[str, ...]) -> bool:
    """Whether the phrase before "szerint" follows a comma after the sentence's first
    mention, and names the same speaker: the sentence opens with the speaker."""
    before = sentence.span.text[: phrase_start - sentence.span.start].rstrip()
    first = sentence.seen[0] if sentence.seen else None
    return (
        before.endswith(",")
        and first is not None
        and first.span.start == sentence.span.start
        and first.entity in speakers
    )


def _within(inner: Seen, outer: Seen) -> bool:
    return inner is not outer and outer.span.start <= inner.span.start < outer.span.end


def _skip_time(sentence: Sentence, start: int) -> int:
    """Leave a sentence-initial time adverb ("Előzőleg") out of a quote."""
    for time in sentence.times:
        if time.span and time.span.start == start:
            return time.span.end + 1
    return start


def _trim(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, commas, dashes and the final full stop from a quote."""
    text, base = sentence.span.text, sentence.span.start
    while start < end and text[start - base] in " ,–-\n":
        start += 1
    while end > start and text[end - base - 1] in " ,.–-\n!?":
        end -= 1
    return start, end
