"""Attribution: who says what, through which channel, with which number.

Three shapes of reported speech in Hungarian news:

- "X szerint ..." (also "X becslései / tájékoztatása / közleménye szerint"): the rest of
  the sentence after "szerint" is X's claim, or the words before it when nothing follows
  ("..., X szerint."); agents in the phrase speak, news agencies are the source;
  "szerinte", "közleménye szerint" (no possessor named) point back to the speaker just
  named;
- a reporting verb with "hogy" ("kijelentette, hogy", "tagadta, hogy", "figyelmeztette
  a lakókat, hogy", "azt mondta, ..."): the clause after it (or the „quotation” there) is
  the subject's claim; a separated prefix counts ("jelentette be", "tette hozzá");
- a reporting verb without "hogy" ("Oroszország további támogatásáról biztosította"):
  the words between the speaker and the verb;

and a bare „quotation” continues the previous speaker ("Ezért „Észak-Korea ...”"), a
turn opened by a dash ("– Ez az év legnagyobb ügye.") is the speaker named by the
"– mondta X" that closes it, in the same or a following sentence. A news agency named in
a sentence ("írja az MTI", "az észak-koreai média idézte") is the source of its claims
and of the sentences that continue it ("Eszerint ...").

A wrong speaker is a false fact, so the rules would rather say nothing: a name that owns
the office or unit which speaks ("a Telekom szóvivője", "az ELTE sajtóirodája") is no
speaker, nor a nationality adjective ("a magyar külügyminiszter"); the previous speaker
is reused only when the clause names no subject at all ("Hozzátette, hogy ..."), never
when it names one the gazetteer does not know ("A párizsi külügyminisztérium közölte").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from kb.extract.context import AGENT_TYPES, Seen, Sentence
from kb.extract.morphology import DATIVE, verbal_noun
from kb.extract.roles import HEAD_OF, is_modifier, office_of
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
    "visszautasít": "denial",
    "figyelmeztet": "warning",
    "becsül": "estimate",
    "saccol": "estimate",
    "úgy lát": "statement",
    "úgy vél": "statement",
    "nyilatkoz": "statement",
    "fogalmaz": "statement",
    "tájékoztat": "statement",
    "ígér": "statement",
    "emlékeztet": "statement",
    "hangoztat": "statement",
    "írta": "statement",
    "kifogásol": "statement",  # "azt kifogásolta, hogy": a complaint
    "kiemel": "statement",
    "elárul": "statement",
    "válaszol": "statement",
    "elismer": "statement",
    "felszólít": "statement",
    "sürget": "statement",
    "bírál": "statement",
    "számított": "estimate",
    "kiderül": "report",
    "beszámol": "report",
}
# A prefix written after its verb ("jelentette be", "tette hozzá") → the stem in VERBS;
# another prefix there makes another verb ("állítottak fel" = set up, no claim).
SPLIT_VERBS: dict[tuple[str, str], str] = {
    ("jelent", "be"): "bejelent",
    ("jelent", "ki"): "kijelent",
    ("tet", "hozzá"): "hozzátet",
    ("szögez", "le"): "leszögez",
    ("ismer", "el"): "elismer",
    ("emel", "ki"): "kiemel",
    ("szólít", "fel"): "felszólít",
    ("mond", "el"): "mond",
    ("mond", "ki"): "mond",
    ("tagad", "le"): "tagad",
    ("cáfol", "meg"): "cáfol",
    ("utasít", "vissza"): "visszautasít",
    ("ígér", "meg"): "ígér",
    ("hangsúlyoz", "ki"): "hangsúlyoz",
    ("derül", "ki"): "kiderül",
    ("számol", "be"): "beszámol",
}
_PREFIXES = frozenset(
    ["be", "ki", "el", "le", "fel", "meg", "át", "össze", "vissza", "hozzá", "rá", "közzé"]
)
_NEEDS_HOGY = frozenset(
    {
        "sürget",
        "bírál",
        "számított",
        "elismer",
        "felszólít",
        "kiemel",
        "írta",
        "kifogásol",
        "visszautasít",
    }
)
"""Verbs that report speech only with a "hogy" clause ("bírálta a döntést" is no claim)."""
_VERB = re.compile(
    r"\b(?:el|ki|be|meg)?(" + "|".join(VERBS) + r"|(?<!be)(?<!ki)jelentett)\w*", re.I
)  # "– jelentette az al-Dzsazíra": a report
_SPLIT = re.compile(
    r"\b("
    + "|".join({s for s, _ in SPLIT_VERBS} | {v for v in VERBS if " " not in v})
    + r")\w*\s+("
    + "|".join(_PREFIXES)
    + r")\b",
    re.I,
)
_ADJECTIVE = re.compile(r"\w{3,}(?:i|s)$")  # "idei", "innovációs": in a speaker's phrase
_CHANNEL = re.compile(r"(?:honlap|weboldal|oldal|profil|csatorn|fiók)\w*")  # "a NEAK honlapján"
_PARTICIPLE = re.compile(r"\w{3,}(?:tt|lt)$")  # "a NEAK honlapján közzétett adatok"
_COLON = re.compile(r"\s*:\s*")  # "hangsúlyozta: a front stabil"
_NAMED, _INFERRED = 0.6, 0.45  # confidence: the speaker named in the sentence, or read back
_LEAST_WORDS = 4  # a claim told between its speaker and the verb has at least this many
_DASH_BEFORE = re.compile(r"[–—]\s*$")
_SZERINT = re.compile(r"\bszerint(?P<pronoun>e|ük)?\b", re.I)
_RELATIVE = re.compile(r"\b(?:amely|amelyek|ami|amik)\s*$", re.I)  # "amelyek szerint"
_HOGY = re.compile(r",?\s*hogy\s+", re.I)
_LATER_HOGY = re.compile(r"[^,;:–]{0,80}?,\s*(?:hogy|amely(?:ek)? szerint)\s+", re.I)
_AZT = re.compile(r"\b(?:azt|ezt|arról|úgy)\s+$", re.I)  # "azt mondta, Magyarország ..."
_COMMA = re.compile(r"\s*,\s*")
_ANAPHORA = re.compile(r"\s*(?:ezt|erről|ezt is)\s", re.I)  # the clause before is what is told
_TOPIC = re.compile(r"\w(?:ról|ről)\b")  # "támogatásáról biztosította": what is told
_TOLD_OF = ("ról", "ről")
_QUOTE = re.compile(r"„([^”]+)”")
_CONTINUES = re.compile(r"^(?:Eszerint|Ezért|Szerinte|Hozzátette|Emellett)\b")
_TURN = re.compile(r"^\s*[–—]\s")  # a sentence opened by a dash: someone's turn
_TURN_LOOKAHEAD = 3
_MODAL = re.compile(r"\w+(?:hat|het)\b")
_PHRASE_WORDS = frozenset({"a", "az", "és", "is", "állami", "hivatalos", "amerikai"})
_ARTICLES = frozenset({"a", "az", "egy"})
_SOURCE_WORDS = (
    "becslés", "értesülés", "jelentés", "információ", "forrás", "közlés", "adat",
    "bejelentés", "közlemény", "tájékoztatás", "kimutatás", "beszámoló", "vádirat",
    "indoklás", "előrejelzés", "mérés", "tanulmány", "vállalás", "elemzés", "felmérés",
    "összesítés", "számítás", "nyilatkozat", "álláspont", "elmondás", "értékelés",
)  # fmt: skip
_REPORTING_BODIES = frozenset({"Organization", "GovernmentBody"})
_REPORT_KINDS = frozenset({"statement", "estimate", "report"})
_MEASURED = re.compile(
    r"\b(?:tett(?:ek)? ki|(?:nő|csökken|emelked|bővül|mérséklőd|zsugorod)(?:t|ött|ett)"
    r"(?:ek|ak)?|rögzítettek|mértek|alakult)\b"
)  # "467 000 forintot tett ki", "4,7 százalékkal nőttek", "110-125 mikrogrammot mértek"
_REPORT_NOUNS = ("értesülés", "jelentés", "információ", "forrás", "beszámoló")
_ESTIMATE_NOUNS = ("becslés", "előrejelzés", "számítás")
_POSSESSED = re.compile(
    r"(?:[óő](?:j[ae]|i|ja?i|je?i)|ttj[ae]|(?:irodá|osztály|ság|ség|csoport)j?[ae]"
    r"|(?:társ|tag|jelölt|szakember)(?:j?[ae]|ai|ei))$"
)  # "szóvivője", "elemzői", "különmegbízottja", "sajtóirodája", "elnöksége", "munkatársa"
_POSSESSIVE = ("a", "e", "ja", "je", "ai", "ei", "i", "jai", "jei")


def find_claims(sentences: list[Sentence], quantities: list[list[Quantity]]) -> tuple[Claim, ...]:
    """Every claim in the article, ids c1, c2, ..."""
    finder = _ClaimFinder(sentences)
    if sentences:  # the headline is the article's own voice, but for "X szerint ..."
        finder.headline(quantities[0])
    for index in range(1, len(sentences)):
        finder.sentence(index, quantities[index])
    return tuple(finder.claims)


# --- helpers ---------------------------------------------------------------------------


@dataclass
class _Said:
    speakers: tuple[str, ...]
    quote: tuple[int, int]
    kind: ClaimType
    source: str | None = None
    cover: tuple[int, int] = (0, 0)  # the words of the attribution and its quote
    counted: bool = True  # its numbers are its quantity (not a second voice's copy)

    @property
    def unknown(self) -> bool:
        """Somebody speaks whom the entities do not name: no earlier speaker carried over,
        and no claim, or one with the news outlet named in its sentence as its source
        alone."""
        return not self.speakers and self.source is None


class _ClaimFinder:
    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self.claims: list[Claim] = []
        self.source: str | None = None
        self.speaker: tuple[str, ...] = ()
        self.carry: tuple[str, ...] = ()  # whom a dropped subject means: the last speaker
        self.documents: dict[str, tuple[str, ...]] = {}  # "jelentés" → whose report
        self.index = 0  # the sentence being read
        self.spoke = -1  # the last sentence with a claim
        self.said: _Said | None = None  # the voice of the last claim
        self.types = {s.entity: s.type for one in sentences for s in one.seen}

    def headline(self, quantities: list[Quantity]) -> None:
        """A headline's "Peking szerint …" claim; it names no speaker for the body."""
        for said in self._szerints(self.sentences[0]):
            if not said.unknown:
                self._add(self.sentences[0], said, quantities)
        self.speaker, self.source, self.spoke = (), None, -1

    def sentence(self, index: int, quantities: list[Quantity]) -> None:
        self.index = index
        sentence = self.sentences[index]
        text, base = sentence.span.text, sentence.span.start
        agencies = [s.entity for s in sentence.seen if s.type == "NewsAgency"]
        if agencies:
            self.source = agencies[0]
        elif not (_CONTINUES.match(text) or "„" in text or _TURN.match(text)):
            self.source = None
        said = _with_denied_reports(sentence, self._attributions(sentence))
        if not said and _TURN.match(text):
            closing = self._closing(index)
            if closing is not None:
                said = [
                    _Said(closing.speakers, (base, sentence.span.end), "statement", closing.source)
                ]
        going_on = None if said else self._report_going_on(sentence, quantities)
        if going_on is not None:
            said = [going_on]
        spoken = [m for m in _QUOTE.finditer(text) if len(m.group(1).split()) >= _LEAST_WORDS - 1]
        if not said and spoken and self.speaker:  # not a term in quotation marks
            said = [
                _Said(
                    self.speaker, (base + spoken[0].start(1), base + spoken[-1].end(1)), "statement"
                )
            ]
        agency = next((s.entity for s in sentence.seen if s.type == "NewsAgency"), None)
        for one in said:
            if one.unknown:
                self.speaker = ()
                if agency is None or one.quote[1] <= one.quote[0]:
                    continue
                one = _Said(
                    (), one.quote, one.kind, agency
                )  # "… az MTI-nek azt mondta": the source alone
            quotes = [
                (base + m.start(1), base + m.end(1))
                for m in _QUOTE.finditer(text)
                if one.quote[0] <= base + m.start(1) < max(one.quote[1], one.quote[0] + 1)
                or one.quote == (base, base)
            ]
            if quotes and one.kind != "report" and not _embedded(sentence, one.quote, quotes):
                for quote in [*quotes, *_before_quotes(sentence, one.quote, quotes)]:
                    self._add(
                        sentence, _Said(one.speakers, quote, one.kind, one.source), quantities
                    )
            else:
                self._add(sentence, one, quantities)

    def _report_going_on(self, sentence: Sentence, quantities: list[Quantity]) -> _Said | None:
        """The claim of a sentence with no attribution that goes on with the figures a
        body reported in the sentence before ("– közölte a KSH. A nettó átlagkereset 467
        000 forintot tett ki."): it measures a figure, quotes nobody, names no other agent,
        and the voice before is an office or a company stating, not a person telling a
        story, nor a denial or a warning."""
        said = self.said
        if said is None or not said.speakers or self.spoke != self.index - 1:
            return None
        if said.kind not in _REPORT_KINDS or not said.counted:
            return None
        if any(self.types.get(voice) not in _REPORTING_BODIES for voice in said.speakers):
            return None
        text = sentence.span.text
        if "„" in text or _TURN.match(text) or not _MEASURED.search(text):
            return None
        figure = any(c.isdigit() for q in quantities for c in q.span.text)
        if figure and not any(
            s.type in _REPORTING_BODIES | {"Person", "NewsAgency"} and s.entity not in said.speakers
            for s in sentence.seen
        ):
            return replace(said, quote=(sentence.span.start, sentence.span.end))
        return None

    def _attributions(self, sentence: Sentence) -> list[_Said]:
        """The "szerint" phrase and the reporting verbs outside its words, in order;
        "X tagadta, hogy A, szerinte B": A is the denial, B the claim after it."""
        szerints = self._szerints(sentence)
        if not szerints:
            return self._verbs(sentence)
        said = list(szerints)
        start, end = szerints[0].cover[0], szerints[-1].cover[1]
        for verb in self._verbs(sentence):
            if start <= verb.cover[0] < end or start <= verb.quote[0] < end:
                continue  # "A minisztérium ezt cáfolta, közleménye szerint …": one claim
            if verb.quote[0] < start < verb.quote[1]:
                verb.quote = (verb.quote[0], start)
            said.append(verb)
        return sorted(said, key=lambda one: one.cover[0])

    def _szerints(self, sentence: Sentence) -> list[_Said]:
        """The "szerint" phrases of a sentence: a later one opening a clause inside an
        earlier one's claim ends that claim ("A szakszervezet szerint A: becslésük szerint
        B")."""
        found: list[_Said] = []
        after = 0
        while (next_one := self._szerint(sentence, after)) is not None:
            one, after = next_one
            if found:
                last = found[-1]
                opens = re.search(
                    r"[,:;]\s*$", sentence.span.text[: one.cover[0] - sentence.span.start]
                )
                if not (last.quote[0] < one.cover[0] < last.quote[1] and opens):
                    break
                last.quote = last.cover = (last.quote[0], one.cover[0])
            found.append(one)
        return found

    def _szerint(self, sentence: Sentence, after: int = 0) -> tuple[_Said, int] | None:
        """The first "szerint" phrase from offset `after` of the sentence text, with
        where its match ends."""
        for match in _SZERINT.finditer(sentence.span.text, after):
            said = self._szerint_at(sentence, match)
            if said is not None:
                at = sentence.span.start + match.end()
                phrase = sentence.span.start + match.start()
                if not match["pronoun"]:  # "szerinte" is a phrase of its own
                    phrase = _phrase_start(sentence, phrase)
                quote = said.quote if said.quote[1] > said.quote[0] else (at, sentence.span.end)
                said.cover = (min(phrase, quote[0]), max(quote[1], at))
                return said, match.end()
        return None

    def _szerint_at(self, sentence: Sentence, match: re.Match[str]) -> _Said | None:
        text, base = sentence.span.text, sentence.span.start
        at = base + match.start()
        if _RELATIVE.search(text, 0, match.start()):
            return None  # "cáfolta azokat az értesüléseket, amelyek szerint": the verb's
        phrase_start = _phrase_start(sentence, at)
        phrase = sentence.seen_in(phrase_start, at)
        agencies = [s for s in phrase if s.type == "NewsAgency"]
        if agencies:
            self.source = agencies[0].entity
        words = text[phrase_start - base : match.start()].lower()
        kind: ClaimType = (
            "estimate"
            if any(n in words for n in _ESTIMATE_NOUNS)
            else "report"
            if agencies or any(n in words for n in _REPORT_NOUNS)
            else "statement"
        )
        inside_agency = [s for s in phrase if any(_within(s, a) for a in agencies)]
        official = any(
            office_of(w) is not None
            for w, start, _ in sentence.words
            if phrase_start <= start < at and w.islower()
        )
        speakers = _speakers(
            _candidates(sentence, [s for s in phrase if s not in inside_agency]), official
        )
        after = text[match.end() :]
        following = len(after.split()) >= 3 and not re.match(r"\s*[,;:–—)]", after)
        noun = _source_noun(words)
        if speakers and noun:
            self.documents[noun] = speakers  # "a Belügyminisztérium jelentése szerint"
        elif (
            not speakers and not agencies and noun and re.fullmatch(r"az?\s+" + noun, words.strip())
        ):
            speakers = self.documents.get(noun, ())  # "A jelentés szerint": the one named
        if not speakers and not agencies:
            opens = re.search(r"(?:^|[,;:]|\b(?:és|de|pedig))\s*$", text[: phrase_start - base])
            owner = _owner_before(sentence, phrase_start)
            pointer = match["pronoun"] or (words and _owned_source(words) and (opens or owner))
            if pointer:  # "szerinte", "Közleménye szerint": the speaker just named
                speakers = self._referent(sentence, phrase_start)
                if not speakers:
                    return _Said((), (0, 0), kind)
                return _Said(speakers, (base + match.end(), sentence.span.end), kind)
            if not words:  # "A nyomozók szerint": the head noun no entity names
                words = (
                    text[: match.start()].split()[-1:][0].lower()
                    if text[: match.start()].split()
                    else ""
                )
            first = _opening_person(sentence, phrase_start)
            if first is None:
                return _Said((), (0, 0), kind) if _someone(words) else None
            speakers, phrase_start = (first.entity,), base  # "Tóth Imre, szentesi gazda szerint"
        if _apposition_of_first(sentence, phrase_start, speakers):
            phrase_start = base  # "Tóth Gergely alezredes, a magyar egység parancsnoka szerint"
        if phrase_start == base or following:  # "(…,) X szerint <claim>."
            quote = (base + match.end(), sentence.span.end)
        else:  # "<claim> X szerint, ..."
            quote = (_skip_time(sentence, base), phrase_start)
        return _Said(speakers, quote, kind, agencies[0].entity if agencies else None)

    def _referent(self, sentence: Sentence, before: int) -> tuple[str, ...]:
        """Whom "szerinte" points back to: an agent named earlier in the sentence; with
        no subject before it, the speaker of the previous sentence, else the person that
        sentence opens with; nobody when an unknown subject comes before it."""
        verbs = [start for start, _, _, _ in _verb_matches(sentence) if start < before]
        before = min([before, *verbs])  # the subject, not a name inside an earlier claim
        earlier = _candidates(sentence, [s for s in sentence.seen if s.span.end <= before])
        if earlier:
            return _speakers(earlier[:1])
        if not _subject_dropped(sentence, sentence.span.start, before):
            return ()
        if self.spoke == self.index - 1:
            return self.speaker
        previous = self.sentences[self.index - 1]
        opening = _candidates(previous, list(previous.seen[:1]))
        if opening and opening[0].span.start == previous.span.start:
            return _speakers(opening)
        return ()

    def _verbs(self, sentence: Sentence) -> list[_Said]:
        """The claim of every reporting verb in the sentence; each quote ends where the
        next verb's clause begins ("azt mondta, ..., és tagadta, hogy ...")."""
        found: list[tuple[int, _Said]] = []
        self.carry = self.speaker
        for verb_start, verb_end, kind, stem in _verb_matches(sentence):
            said = self._verb(sentence, verb_start, verb_end, kind, stem)
            if said is not None:
                said.cover = (verb_start, verb_end)
                found.append((verb_start, said))
                self.carry = said.speakers  # "X tagadta, …, és közölte": X again, or nobody
        for (_, said), (next_start, _) in itertools.pairwise(found):
            cut = sentence.clause(next_start)[0]
            if said.quote[0] < cut < said.quote[1]:
                said.quote = (said.quote[0], cut)
        return [said for _, said in found]

    def _verb(
        self, sentence: Sentence, verb_start: int, verb_end: int, kind: ClaimType, stem: str
    ) -> _Said | None:
        text, base = sentence.span.text, sentence.span.start
        dash = _DASH_BEFORE.search(text, 0, verb_start - base)
        if dash is not None:  # "„…” – mondta X": the speaker follows the verb
            said = self._after_dash(sentence, verb_end)
            if said is not None:
                said.quote, said.kind = (base, base + dash.start()), kind
            return said
        if stem == "kiderül":
            return None  # "Közben kiderült, hogy": nobody says it, unless "– derül ki X …-ból"
        before = [
            s
            for s in _candidates(sentence, [s for s in sentence.seen if s.span.end <= verb_start])
            if not _CHANNEL.match(_next_word(sentence, s))
        ]  # "a szövetség honlapján … bejelentette": where it was said, not who
        clause_start = sentence.clause(verb_start)[0]
        in_clause = [s for s in before if s.span.start >= clause_start]
        before = in_clause or before  # "Pristina …, Belgrád azonban tagadta": Belgrade
        people = [s for s in before if s.type == "Person"]
        # a person voicing it "a kormány ülésén": the person, not the meeting's host; the
        # first person, the subject ("A vádlott … a sértett családjától …, de tagadta")
        speakers = _speakers(people[:1] or before[:1])
        named = bool(speakers) or not _subject_dropped(sentence, clause_start, verb_start)
        speakers = speakers or (() if named else self.carry)
        if not speakers and not named:
            return None
        rest = verb_end - base
        if _ANAPHORA.match(text, clause_start - base) and clause_start > base:
            return _Said(speakers, (base, clause_start), kind)  # "…, ezt a MÁV jelentette be"
        hogy = (
            _HOGY.match(text, rest)
            or _COLON.match(text, rest)
            or _LATER_HOGY.match(text, rest)
            or (_COMMA.match(text, rest) if _AZT.search(text, 0, verb_start - base) else None)
        )
        if hogy is not None:  # an unknown subject: "A párizsi külügyminisztérium közölte, hogy"
            return _Said(speakers, (base + hogy.end(), sentence.span.end), kind)
        if not speakers:
            return _Said((), (0, 0), kind)
        if stem in _NEEDS_HOGY:
            return None
        first = next((s for s in before if s.entity in speakers), None)
        quote = (first.span.end if first else base, verb_start)
        told = text[quote[0] - base : quote[1] - base]
        listed = "," not in told or all(re.search(r"\d", part) for part in told.split(","))
        if len(told.split()) < _LEAST_WORDS - 1 or not _TOPIC.search(told) or not listed:
            return None  # "Tóth Gergely tűzoltó … közölte", "a honlapján is tájékoztatja";
            # but figures listed ("még 87, kedd este már 163 halottról számolt be") are told
        return _Said(speakers, quote, kind)

    def _after_dash(self, sentence: Sentence, verb_end: int) -> _Said | None:
        """Who closes a quotation "– mondta X": the first agent after the verb not in the
        dative ("az osztályának vezető főorvosa": whose, not who), a news
        agency as the source ("– jelentette az al-Dzsazíra"), else the previous speaker
        when no subject is named ("– tette hozzá"); unknown when one is."""
        after = [s for s in sentence.seen if s.span.start >= verb_end]
        agents = [s for s in _candidates(sentence, after) if not s.span.text.endswith(DATIVE)]
        agency = next((s.entity for s in after if s.type == "NewsAgency"), None)
        if agents:
            speakers = _speakers(agents[:1])
            noun = _source_noun(sentence.span.text[verb_end - sentence.span.start :].lower())
            if noun:  # "– derül ki a Belügyminisztérium jelentéséből"
                self.documents[noun] = speakers
            return _Said(speakers, (0, 0), "statement", agency)
        if agency is not None:
            return _Said((), (0, 0), "report", agency)
        if _names_subject(sentence, verb_end):
            return _Said((), (0, 0), "statement")
        return _Said(self.carry, (0, 0), "statement") if self.carry else None

    def _closing(self, index: int) -> _Said | None:
        """The speaker of a turn opened by a dash: the "– mondta X" closing it in this or
        one of the next sentences (not past the next turn)."""
        self.carry = self.speaker
        for sentence in self.sentences[index : index + _TURN_LOOKAHEAD + 1]:
            if sentence is not self.sentences[index] and _TURN.match(sentence.span.text):
                return None
            text = sentence.span.text
            for verb_start, verb_end, _, _ in _verb_matches(sentence):
                if _DASH_BEFORE.search(text, 0, verb_start - sentence.span.start):
                    return self._after_dash(sentence, verb_end)
        return None

    def _add(self, sentence: Sentence, said: _Said, quantities: list[Quantity]) -> None:
        start, end = _trim(sentence, *said.quote)
        for part in _by_quantity(sentence, start, end, quantities):
            self._add_part(sentence, said, part, quantities)

    def _add_part(
        self,
        sentence: Sentence,
        said: _Said,
        part: tuple[int, int],
        quantities: list[Quantity],
    ) -> None:
        start, end = _trim(sentence, *part)
        if end <= start:
            return
        text = sentence.span.text[start - sentence.span.start : end - sentence.span.start]
        inside = [q for q in quantities if start <= q.span.start < end and said.counted]
        quantity = _main_quantity(sentence, inside)
        kind: ClaimType = (
            "estimate" if quantity is not None and said.kind == "statement" else said.kind
        )
        stance: Stance = (
            "denies" if kind == "denial" else "possible" if _MODAL.search(text) else "asserts"
        )
        time = next(
            (t.id for t in sentence.times if t.span and not start <= t.span.start < end), None
        )
        named = any(s.entity in said.speakers for s in sentence.seen)
        source = said.source or self.source
        source = source if source not in said.speakers else None
        self.speaker = said.speakers or self.speaker
        self.spoke, self.said = self.index, said
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
                prov=Provenance("machine", _NAMED if named else _INFERRED),
            )
        )


def _with_denied_reports(sentence: Sentence, said: list[_Said]) -> list[_Said]:
    """Each denial as the guide reads it: of what the press reported ("A Kazuta cáfolta
    azokat a japán sajtóban megjelent értesüléseket, amelyek szerint …"), after the
    press's own report of it, two voices on the same words (the denier stays the last
    speaker); what the denier says after a colon is its own statement ("cáfolta, hogy …:
    a lövészet a lőtéren lesz")."""
    found: list[_Said] = []
    for one in said:
        if one.kind != "denial":
            found.append(one)
            continue
        start, end = one.quote
        base = sentence.span.start
        colon = sentence.span.text.find(": ", start - base, end - base)
        cut = base + colon if colon >= 0 else end
        found.extend(
            _Said((p,), (start, cut), "report", p, counted=False)
            for p in _press_denied(sentence, one)
        )
        found.append(replace(one, quote=(start, cut)))
        if cut < end:
            found.append(replace(one, quote=(cut + 2, end), kind="statement"))
    return found


def _press_denied(sentence: Sentence, denial: _Said) -> list[str]:
    """The medium named between a denial's verb and "amely(ek) szerint" opening its quote."""
    base, text = sentence.span.start, sentence.span.text
    if not _RELATIVE_SZERINT.search(text, 0, denial.quote[0] - base):
        return []
    return [
        s.entity
        for s in sentence.seen_in(denial.cover[1], denial.quote[0])
        if s.type == "NewsAgency"
    ][:1]


_RELATIVE_SZERINT = re.compile(r"\bamely(?:ek)?\s+szerint\s*$", re.I)


def _embedded(sentence: Sentence, said: tuple[int, int], quotes: list[tuple[int, int]]) -> bool:
    """Whether every quotation inside a claim is a phrase of a later clause of it, not a
    turn of its own: a clause before and words of its own clause before it ("a színész
    bejárt a próbákra, és a fiatal kollégáknak „mindig volt hozzá egy jó szava”"): the
    claim is the whole, quotation and all, not the clause before and the quotation apart;
    but what somebody is called ("a vádat „olcsó trükknek” nevezte") is the quotation."""
    if said[1] <= said[0]:
        return False
    text, base = sentence.span.text, sentence.span.start
    for start, end in quotes:
        lead = text[said[0] - base : start - 1 - base]
        breaks = list(_PART_BREAK.finditer(lead))
        opening = lead[breaks[-1].end() :] if breaks else lead
        if not breaks or not opening.strip() or _NAMING_VERB.match(text, end + 1 - base):
            return False  # "a tárgyalások „jól haladnak”": the quotation, as the guide has it
    return True


_NAMING_VERB = re.compile(r"\s*(?:nevez|minősít|titulál|tart)", re.I)


def _before_quotes(
    sentence: Sentence, said: tuple[int, int], quotes: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The claim told before a quotation that opens a clause of its own: "azt mondta,
    hogy a család elégedett az ítélettel, „de …”" is two claims (not "a tárgyalások
    „nagyon jól haladnak”", one)."""
    if said[1] <= said[0] or said[0] >= quotes[0][0]:
        return []
    text, base = sentence.span.text, sentence.span.start
    lead = text[said[0] - base : quotes[0][0] - 1 - base]
    breaks = list(_PART_BREAK.finditer(lead))
    if not breaks:
        return []
    told = lead[: breaks[-1].start()]
    if len(told.split()) < _LEAST_WORDS:
        return []
    return [(said[0], said[0] + len(told))]


def _by_quantity(
    sentence: Sentence, start: int, end: int, quantities: list[Quantity]
) -> list[tuple[int, int]]:
    """The quote cut before each clause that states a quantity of its own, when the
    clause before it states one too ("mintegy 210 embert láttak el, közülük 14 embert
    kórházba kellett szállítani"; "184 nap, térdprotézisre 210 nap"): each number its
    claim. A cut leaves at least three words on its left ("Tizenkétmillió euró, mintegy
    4,7 milliárd forint" is one amount)."""
    text, base = sentence.span.text, sentence.span.start
    inside = [q for q in quantities if start <= q.span.start < end]
    parts, left = [], start
    for before, after in itertools.pairwise(inside):
        breaks = list(_PART_BREAK.finditer(text, before.span.end - base, after.span.start - base))
        if not breaks:
            continue
        cut = base + breaks[-1].start()
        if len(text[left - base : cut - base].split()) >= _LEAST_WORDS - 1:
            parts.append((left, cut))
            left = base + breaks[-1].end()
    return [*parts, (left, end)]


def _main_quantity(sentence: Sentence, inside: list[Quantity]) -> Quantity | None:
    """The quantity a claim is about: not one its predicate starts from ("a 199
    képviselőből 133", "6,2 tonnáról 3-4 tonnára", "140 gépe közül 90-et"), not a small
    numeral word beside a figure ("két nap alatt több mint száz milliméter"); else the
    first."""
    text, base = sentence.span.text, sentence.span.start

    def rank(q: Quantity) -> tuple[bool, bool]:
        after = text[q.span.end - base :].split()[:2]
        source = bool(after) and _SOURCE_CASE.search(after[0].rstrip(",.;:")) is not None
        source = source or _SOURCE_CASE.search(q.span.text) is not None or "közül" in after
        small = not any(c.isdigit() for c in q.span.text) and (q.max or q.min or 0) < 10
        return source, small

    return min(inside, key=rank, default=None)


_PART_BREAK = re.compile(r",\s+(?:(?:és|de|míg|ám)\s+)?|;\s+")
_OBLIQUE = re.compile(
    r"(?:([bcdfghjklmnprstvz])\1|[aáeéiíoóöőuúüű]v)[ae]l$|[a-zá-ű](?:nak|nek)$"
)  # "No Kvangcsollal", "Lulával", "Orbánnak": with or to the person, not the speaker
_SOURCE_CASE = re.compile(r"(?:ból|ből|ról|ről|tól|től)$")


def _verb_matches(sentence: Sentence) -> list[tuple[int, int, ClaimType, str]]:
    """(start, end, claim type, stem) of each reporting verb, absolute offsets, in order;
    a verbal noun ("a nyilatkozat", "bejelentés", "állítólag") is none."""
    text, base = sentence.span.text, sentence.span.start
    found = []
    split = []
    for match in _SPLIT.finditer(text):
        split.append((base + match.start(), base + match.end()))
        stem = SPLIT_VERBS.get((match.group(1).lower(), match.group(2).lower()))
        if stem is not None:
            found.append((base + match.start(), base + match.end(), VERBS[stem], stem))
    for match in _VERB.finditer(text):
        if verbal_noun(text[match.end(1) : match.end()]):
            continue
        if any(s <= base + match.start() < e for s, e in split):
            continue  # read with its prefix: "jelentette be", "állítottak fel"
        stem = match.group(1).lower()
        found.append((base + match.start(), base + match.end(), VERBS.get(stem, "report"), stem))
    return sorted(found)


def _candidates(sentence: Sentence, seen: list[Seen]) -> list[Seen]:
    """The mentions that can be a speaker: agents not in a place case, not an adjective
    ("a magyar külügyminiszter", "az uniós ügynökség"), not a name owning the office or unit that
    speaks ("a Telekom szóvivője"), not a name inside a longer mention ("Fehér Bence, a
    … Mozgalom elnöke": the person)."""
    agents = [
        s
        for s in seen
        if s.type in AGENT_TYPES
        and not s.located
        and not (s.type in ("State", "Place") and s.span.text.islower())
        and not (s.type != "Person" and _adjectival(sentence, s))
        and s.span.text.lower() not in _ARTICLES
        and not (s.type == "Person" and _OBLIQUE.search(s.span.text))
        and not _possessor(sentence, s)
        and not s.span.text.endswith(_TOLD_OF)  # "163 halottról számolt be": what is told
    ]
    return [s for s in agents if not any(t is not s and _inside(s, t) for t in agents)]


def _adjectival(sentence: Sentence, seen: Seen) -> bool:
    """Whether a lower-case mention is an adjective of the noun after it: "az uniós
    diplomata", "a brüsszeli testület" (not "a városvezetés szerint")."""
    text = seen.span.text
    if not re.fullmatch(r"[a-záéíóöőúüű-]{3,}", text):
        return False
    if text.endswith("i"):
        return True
    after = [w for w, start, _ in sentence.words if start >= seen.span.end][:1]
    return bool(
        re.search(r"[aáeéioóöőuúüű]s$", text)
        and after
        and after[0].islower()
        and after[0] != "szerint"
        and not _VERB.match(after[0])
    )


def _possessor(sentence: Sentence, seen: Seen) -> bool:
    """Whether the mention owns the person or unit named after it, past modifiers: "a
    Telekom szóvivője", "az amerikai elnök közel-keleti különmegbízottja"."""
    text, base = sentence.span.text, sentence.span.start
    following = [w for w in sentence.words if w[1] >= seen.span.end][:4]
    for word, start, end in following:
        if _in_time(sentence, start) or any(
            t.entity == seen.entity and t.span.start <= start < t.span.end for t in sentence.seen
        ):
            continue  # "a Hungaroring hétfői közlése", "a Magyar Úszó Szövetség (MÚSZ) elnöke"
        if not word.islower():  # "a Magyar Honvédség Parancsnoksága": a unit of it
            return re.search(r"(?:ság|ség)[ae]$", word) is not None
        office = office_of(word)
        if (office is not None and word[len(office) :] in _POSSESSIVE) or _POSSESSED.search(word):
            return True
        if word in HEAD_OF:
            return True  # "a hatóság élén álló államtitkár"
        if not (
            is_modifier(word)
            or _ADJECTIVE.search(word)
            or text[end - base : end - base + 1] == "-"
            or word == "és"
        ):
            return False
    return False


def _next_word(sentence: Sentence, seen: Seen) -> str:
    return next((w for w, start, _ in sentence.words if start >= seen.span.end), "")


def _inside(inner: Seen, outer: Seen) -> bool:
    return (
        outer.span.start <= inner.span.start
        and inner.span.end <= outer.span.end
        and (outer.span.end - outer.span.start) > (inner.span.end - inner.span.start)
    )


def _subject_dropped(sentence: Sentence, clause_start: int, verb_start: int) -> bool:
    """Whether the verb's clause names no subject ("Hozzátette, hogy", "Arra is
    figyelmeztetett"): no article and no capitalised word but the sentence's first, time
    words aside."""
    for word, start, _ in sentence.words:
        if not clause_start <= start < verb_start or _in_time(sentence, start):
            continue
        if word.lower() in _ARTICLES:
            return False
        named = any(s.span.start <= start < s.span.end for s in sentence.seen)
        opening = start == sentence.span.start and word.lower() in _OPENERS
        if word[:1].isupper() and (named or not opening):
            return False
    return True


# sentence openers that name nobody: "Arra is figyelmeztetett", "Ugyanakkor hozzátette"
_OPENERS = (
    "arra", "azt", "ezt", "erről", "arról", "ugyanakkor", "emellett", "korábban", "később",
    "majd", "ezért", "ezzel", "azzal", "végül", "továbbá", "egyúttal", "egyben", "úgy",
    "így", "most", "már", "akkor", "ott", "itt", "mindezt", "szintén", "is", "hozzátette",
    "emlékeztetett", "kiemelte", "közölte", "mindketten", "mindhárman", "ő", "ők",
    "eszerint", "azonban", "előzőleg", "ezután", "utána", "aztán", "közben", "viszont",
    "ugyanis", "sőt", "de", "és", "pedig", "illetve", "valamint", "egyébként",
)  # fmt: skip


def _names_subject(sentence: Sentence, verb_end: int) -> bool:
    """Whether the words after a closing "– mondta" name somebody ("– mondta a gazda");
    times, news agencies, the addressee ("az M4 Sportnak") and the occasion ("a
    tárgyaláson") aside."""
    words = [w for w in sentence.words if w[1] >= verb_end and not _in_time(sentence, w[1])]
    for i, (word, start, _) in enumerate(words):
        if any(
            s.span.start <= start < s.span.end and s.type == "NewsAgency" for s in sentence.seen
        ):
            continue
        following = words[i + 1][0].lower() if i + 1 < len(words) else ""
        if word.lower().endswith(DATIVE) or (
            word.lower() in _ARTICLES and following.endswith(DATIVE + _OCCASION_CASES)
        ):
            continue  # "– mondta az MTI-nek", "– mondta a tárgyaláson": to whom, where
        if word.lower() in _ARTICLES or word[:1].isupper():
            return True
    return False


_OCCASION_CASES = ("on", "en", "ön", "án", "én")  # "a tárgyaláson", "a bejelentésen"


def _in_time(sentence: Sentence, at: int) -> bool:
    return any(t.span and t.span.start <= at < t.span.end for t in sentence.times)


def _someone(words: str) -> bool:
    """Whether a phrase before "szerint" names a speaker ("a nyomozók", "a tanács", "a
    zsűri indoklása"), not a plan or a rule ("a tervek", "a menetrend")."""
    return any(w not in _ARTICLES and not w.startswith(_PLANS) for w in re.findall(r"\w+", words))


_PLANS = (
    "terv", "menetrend", "program", "előírás", "szabály", "törvény", "rendelet",
    "szerződés", "megállapodás", "elképzelés", "eredeti", "hír", "mérték", "arány",
)  # fmt: skip


def _owned_source(words: str) -> bool:
    """A source noun owned by nobody named: "közleménye", "becslése", "tanulmányuk"."""
    last = words.split()[-1] if words.split() else ""
    return last.startswith((*_SOURCE_WORDS, "tanulmányuk")) and len(words.split()) == 1


def _source_noun(words: str) -> str | None:
    """The source noun in a phrase, compounds too: "gyorsjelentésből" → "jelentés"."""
    found = [n for n in _SOURCE_WORDS for w in words.split() if n in w]
    return max(found, key=len, default=None)


def _owner_before(sentence: Sentence, phrase_start: int) -> bool:
    """Whether an agent ends at most two words before the source noun, in its clause:
    "A MABISZ első becslése", "A hatóság mobil laborjának mérései"."""
    clause_start = sentence.clause(phrase_start)[0]
    for seen in _candidates(sentence, sentence.seen_in(clause_start, phrase_start)):
        between = sentence.span.text[
            seen.span.end - sentence.span.start : phrase_start - sentence.span.start
        ]
        if len(between.split()) <= 2 and not re.search(r"[,;:–]", between):
            return True
    return False


def _opening_person(sentence: Sentence, phrase_start: int) -> Seen | None:
    """The person opening the sentence when an apposition without a name follows it up to
    "szerint": "Tóth Imre, egy háromszáz hektáron gazdálkodó szentesi termelő szerint"."""
    first = sentence.seen[0] if sentence.seen else None
    if first is None or first.type != "Person" or first.span.start != sentence.span.start:
        return None
    between = sentence.span.text[
        first.span.end - sentence.span.start : phrase_start - sentence.span.start
    ]
    if not re.fullmatch(r"(?:\s+[a-záéíóöőúüű-]+)*\s*,\s[^,;:–]*", between):
        return None
    others = _candidates(sentence, sentence.seen_in(first.span.end, phrase_start))
    return first if all(s.entity == first.entity for s in others) else None


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
    participles, times, "és", articles, source nouns and a short name in brackets ("a
    TASZSZ orosz állami hírügynökség jelentése", "Az OKF szerda reggeli tájékoztatása", "a
    katasztrófavédelmi hatóság (AFAD) tájékoztatása")."""
    start, source_next = szerint, False
    text, base = sentence.span.text, sentence.span.start
    for word, word_start, word_end in reversed([w for w in sentence.words if w[2] <= szerint]):
        if _PHRASE_BREAK.search(text, word_end - base, start - base):
            break  # "… beépíteni”, becslésük szerint": the phrase starts after the comma
        named = any(s.span.start <= word_start < s.span.end for s in sentence.seen)
        named = named or text[word_start - base - 1 : word_end - base + 1] == f"({word})"
        office = word.islower() and (
            office_of(word) is not None
            or is_modifier(word)
            or _ADJECTIVE.search(word) is not None
            or (_PARTICIPLE.search(word) is not None and start != szerint and source_next)
        )
        if not (
            named
            or office  # "Andrej Belouszov orosz védelmi miniszter szerint"
            or _in_time(sentence, word_start)
            or (word.islower() and _CHANNEL.match(word) is not None)
            or word.lower() in _PHRASE_WORDS
            or _source_word(word)
        ):
            break
        start = word_start
        source_next = _source_word(word)  # "közzétett adatok"
    return start


_PHRASE_BREAK = re.compile(r"[,;:”–—]")


def _source_word(word: str) -> bool:
    """Whether a word is a source noun, or a compound ending in a long one
    ("gyorsjelentése", "sajtóközleménye"; not "feladata": a short noun only opening it)."""
    lower = word.lower()
    return lower.startswith(_SOURCE_WORDS) or any(
        len(noun) >= _COMPOUND_SOURCE and noun in lower[1:] for noun in _SOURCE_WORDS
    )


_COMPOUND_SOURCE = 7  # "jelentés", "közlemény", "felmérés"; not "adat", "forrás"


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


_CLOSING_DASH = re.compile(r"\s[–—]\s+")
_TRAILING = re.compile(r"(?:[\s,.;:–\-!?]|\b(?:és|de|pedig|majd|valamint)\b)+$")


def _trim(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, commas, dashes, a closing "– írja az MTI", a trailing conjunction,
    the final full stop and the quotation mark of a quotation spanning sentences from a
    quote."""
    text, base = sentence.span.text, sentence.span.start
    while start < end and text[start - base] in " ,–-\n":
        start += 1
    for dash in _CLOSING_DASH.finditer(text, start - base, end - base):
        if _VERB.match(text, dash.end()) or text.startswith("írja", dash.end()):
            end = base + dash.start()  # "…, és többen megsérültek – írja az Anadolu"
            break
    trailing = _TRAILING.search(text, start - base, end - base)
    if trailing is not None:
        end = base + trailing.start()
    inside = text[start - base : end - base]
    if inside.startswith("„") and "”" not in inside:  # a quotation going on past the sentence
        start += 1
    if inside.endswith("”") and "„" not in inside:  # "Ez biztos” – mondta": its last sentence
        end -= 1
    return start, end
