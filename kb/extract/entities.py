"""Find the persons, organisations, places and states an article names.

Sentence by sentence, word by word, the longest reading wins:

1. a gazetteer name, its last word inflected ("Oroszországba", "Kurszk megyében");
   the head of a hyphenated compound counts alone ("ENSZ-nagykövete" names the UN);
2. a nationality or place adjective ("észak-koreai", "kijevi"): a mention of its state
   or place, and with the noun after it a group: troops ("ukrán erők"), media
   ("észak-koreai média"), a leadership ("kijevi vezetés");
3. a name already met in the article, shortened ("Kimet" → Kim Dzsongun);
4. an unknown capitalised sequence, typed by its words (given names, "minisztérium",
   "megye", ...).

Then the context: a capital that acts or speaks stands for its state (metonymy),
an office after a person is their role ("Andrej Belouszov orosz védelmi miniszter"),
"Oroszország ENSZ-nagykövete" is an unnamed person, "a két ország" the two states
the article is about. Mentions keep their case endings, as the annotation guide says.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from kb.extract.gazetteer import Gazetteer, Known, gazetteer
from kb.extract.heads import head_type, place_nominative
from kb.extract.inflection import stems, tokens
from kb.extract.lexicon import (
    DESCRIPTIONS,
    GENERIC_GROUPS,
    GROUPS,
    LEADERSHIPS,
    MEDIA,
    MILITARY_CONTEXT,
    PARTIES,
    PLACE_KINDS,
    PLACE_POSTPOSITIONS,
    POSTPOSITIONS,
    ROLE_MODIFIERS,
    ROLES,
    SOURCE_NOUNS,
    SYNONYMS,
    TROOPS,
    UNITS,
)
from kb.extract.quantities import parse_number_word
from kb.model import Entity, EntityType, Mention, Name, Provenance, Span


def find_entities(text: str, sentences: tuple[Span, ...]) -> tuple[Entity, ...]:
    """The entities of the article, each with all its mentions, in order of appearance."""
    finder = _Finder(gazetteer(), text)
    for sentence in sentences:
        finder.sentence(sentence)
    return finder.entities()


# --- helpers ---------------------------------------------------------------------------


@dataclass
class _Draft:
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


_Token = tuple[str, int, int]
_NAME_ENDINGS = (
    "nak", "nek", "val", "vel", "ról", "ről", "tól", "től", "ban", "ben", "hoz", "hez",
    "höz", "nál", "nél", "ért", "ként", "ot", "et", "öt", "al", "el",
)  # fmt: skip
_SLUG = re.compile(r"[^a-z0-9]+")
_CLAUSE_MARK = re.compile(r"[,;:.–]")
_BODIES = ("GovernmentBody", "Organization")
_ACRONYM = re.compile(r"\s*\((\w{2,})\)")
_ARTICLES = frozenset({"A", "Az", "Egy"})  # capitalised at a sentence's start, never a name
_SINGULAR_CASES = frozenset(
    {"", "t", "nak", "nek", "val", "vel", "ról", "ről", "tól", "től", "hoz", "hez", "höz",
     "nál", "nél", "ként", "ért", "ra", "re", "ba", "be", "ban", "ben", "ból", "ből"}
)  # fmt: skip
_APPOSITION = re.compile(r",\s+az?\s+$")
_QUANTIFIERS = frozenset({"többi", "valamennyi", "egyéb"})  # "a kórház többi osztálya": a part
_COORDINATION = re.compile(r"\s+(?:és|vagy|meg)\s+|,\s+")
_TRANSLIT = (("zs", "zh"), ("cs", "ch"), ("sz", "s"), ("gy", "d"), ("ny", "n"), ("j", "y"))


class _Finder:
    """Walks the sentences, keeping the entities found so far (for aliases and pairs)."""

    def __init__(self, gaz: Gazetteer, text: str) -> None:
        self.gaz = gaz
        self.text = text
        self.drafts: dict[str, _Draft] = {}
        self.acronyms: dict[str, _Draft] = {}  # "NNGYK" → the body it abbreviates
        self.groups: list[_Draft] = []  # groups of people, in order: "magyar tűzoltók"

    def entities(self) -> tuple[Entity, ...]:
        """The entities found; an affiliation the article never names is left out."""
        drafts = sorted(self.drafts.values(), key=lambda d: min(m.span.start for m in d.mentions))
        return tuple(
            Entity(
                id=d.id,
                type=d.type,
                name=d.name,
                mentions=tuple(sorted(d.mentions, key=lambda m: m.span.start)),
                wikidata=d.wikidata,
                role=d.role,
                affiliation=d.affiliation if d.affiliation in self.drafts else None,
                prov=Provenance("machine", d.confidence),
            )
            for d in drafts
        )

    def sentence(self, sentence: Span) -> None:
        words = [(w, sentence.start + s, sentence.start + e) for w, s, e in tokens(sentence.text)]
        military = any(stem in sentence.text.lower() for stem in MILITARY_CONTEXT)
        i = 0
        while i < len(words):
            found = (
                self._institution(words, i)
                or self._description(words, i)
                or self._reference(words, i)
                or self._counted_group(words, i)
                or self._name(words, i)
                or self._adjective(words, i, military)
                or self._pair(words, i)
                or self._alias(words, i)
                or self._role_alias(words, i)
                or self._local_adjective(words, i)
                or self._unknown(words, i)
            )
            i = max(found, i + 1)  # every step moves on, whatever a rule returns
        self._possessions(words)

    def _possessions(self, words: list[_Token]) -> None:
        """What a body's possessed noun, maybe past one modifier, names: a unit is a body
        of its own ("az MVLSZ elnöksége", "a kórház belgyógyászati osztálya"), an office
        an unnamed person ("a magyar egység parancsnoka")."""
        ends = {
            m.span.end: d for d in self.drafts.values() if d.type in _BODIES for m in d.mentions
        }
        taken = {m.span for d in self.drafts.values() for m in d.mentions}
        for k, (_, _, end) in enumerate(words[:-1]):
            body = ends.get(end)
            if body is None:
                continue
            unit = k + 1
            modifier = words[unit][0]
            if _is_modifier(modifier) and modifier not in _QUANTIFIERS and unit + 1 < len(words):
                unit += 1
            first = next(m.span for m in body.mentions if m.span.end == end)
            span = Span(self.text[first.start : words[unit][2]], first.start, words[unit][2])
            word = words[unit][0].lower()
            office = _possessed_office_of(word)
            if word.startswith(UNITS):
                self._unknown_draft(body.type, Name(span.text, span.text), []).add(span)
            elif office is not None and span not in taken:
                english = f"{body.name.en}'s {ROLES[office]}"
                person = self._appositive_person(words[0][1], first.start)
                if person is None:
                    person = self._unknown_draft("Person", Name(span.text, english), [])
                if person.role is None:
                    person.role = Name(span.text, english)
                person.affiliation = person.affiliation or body.id
                person.add(span)

    def _appositive_person(self, sentence_start: int, at: int) -> _Draft | None:
        """ "Tóth Gergely tűzoltó alezredes, a magyar egység parancsnoka": the person
        named last before ", a(z)" at `at`, in the same sentence."""
        if not _APPOSITION.search(self.text, sentence_start, at):
            return None
        before = [
            (m.span.end, d)
            for d in self.drafts.values()
            if d.type == "Person"
            for m in d.mentions
            if sentence_start <= m.span.start and m.span.end < at
        ]
        return max(before, key=lambda pair: pair[0])[1] if before else None

    # --- readings: each returns the index after what it read, or 0 ---------------------

    def _name(self, words: list[_Token], i: int) -> int:
        for length in range(min(self.gaz.longest, len(words) - i), 0, -1):
            if length == 1 and self._adjective_of(words[i][0]) is not None:
                continue  # "Szöuli", "Oroszországi": adjectives, read by _adjective
            known = self._lookup(words[i : i + length])
            if known is not None:
                span = self._span(words[i], words[i + length - 1])
                lower = length > 1 and words[i][0].islower()  # not "Magyar Péter"
                state = self._adjective_of(words[i][0]) if lower else None
                if state is not None and state.id != known.id:
                    self._draft(state).add(Span(*words[i]))  # "magyar kormány": Hungary
                self._mention_known(known, span, words, i, i + length)
                if known.type == "Place" and self._possessed_body(words, i + length, span):
                    return i + length + 1
                return i + length
        word, start, _ = words[i]
        head = word.split("-")[0]
        known = self._lookup([(head, start, start + len(head))]) if "-" in word else None
        if known is not None and known.type != "Person":
            self._draft(known).add(Span(head, start, start + len(head)))
        return 0  # the rest of the compound may still be read ("ENSZ-nagykövete")

    def _adjective(self, words: list[_Token], i: int, military: bool) -> int:
        word, start, end = words[i]
        if word[0].isupper() and i > 0 and "-" not in word:
            return 0
        known = self._adjective_of(word)
        if known is None:
            return 0
        adjective = next(a for a in known.adjectives if a.lower() in stems(word))
        if word.lower() != adjective.lower():  # "ukránok", "észak-koreaiak": the people
            if military and word.lower()[len(adjective)] in "aoöek":
                self._group(known, "ArmedForce", TROOPS["erő"], Span(word, start, end))
            return i + 1
        noun = words[i + 1] if i + 1 < len(words) else None
        self._literal_or_metonymic_adjective(known, words[i], noun)
        if noun is not None and self._noun_group(known, words, i, military):
            return i + 2
        return i + 1

    def _pair(self, words: list[_Token], i: int) -> int:
        """ "a két ország" / "a két hadsereg": the two states most mentioned so far."""
        if words[i][0].lower() != "két" or i + 1 >= len(words):
            return 0
        noun_stems = stems(words[i + 1][0])
        states = sorted(
            (d for d in self.drafts.values() if d.type == "State"),
            key=lambda d: -sum(m.metonymy_of is None for m in d.mentions),
        )[:2]
        if len(states) < 2:
            return 0
        span = self._span(words[i], words[i + 1])
        if "ország" in noun_stems:
            for state in states:
                state.add(span)
            return i + 2
        if "hadsereg" in noun_stems:
            for state in states:
                known = self.gaz.entries[state.id]
                self._group(known, "ArmedForce", TROOPS["hadsereg"], span, suffix="army")
            return i + 2
        return 0

    def _alias(self, words: list[_Token], i: int) -> int:
        """Capitalised words of a person's name met earlier: "Kimet", "Kiss Dóra"."""
        word = words[i][0]
        if not word[0].isupper():
            return 0
        forms = stems(word)
        for draft in self.drafts.values():
            parts = draft.name.hu.lower().split()
            named = draft.role is None or draft.role.hu != draft.name.hu  # not "X nagykövete"
            if (
                draft.type == "Person"
                and named
                and len(parts) > 1
                and {parts[0], parts[-1]} & forms
            ):
                end = i + 1
                while (
                    end < len(words)
                    and words[end][0][0].isupper()
                    and (not stems(words[end][0]).isdisjoint(parts))
                ):
                    end += 1
                draft.add(self._span(words[i], words[end - 1]))
                return end
        return 0

    def _unknown(self, words: list[_Token], i: int) -> int:
        """A run of capitalised words no list knows, typed by its words; Hungarian
        order ends a person's name at the given name ("Kiss Dóra Miskolcon")."""
        if words[i][0] in _ARTICLES:
            return 0
        if self._acronym(words[i]):
            return i + 1
        end = i
        while (
            end < len(words)
            and words[end][0][0].isupper()
            and (not self._known_word(words[end]) or self._surname_before_given(words, end))
        ):
            end += 1
        given = next((k for k in range(i + 1, end) if self._given_hungarian(words[k][0])), None)
        end = end if given is None else given + 1
        run = words[i:end]
        initial = self._initial(words, i)
        if not run or (initial and len(run) == 1):
            return 0
        following = words[end] if end < len(words) else None
        type_, name = self._classify(run, following)
        if initial and not self._name_from_first_word(run, following):
            return i + 1  # a sentence's first word is capitalised anyway: read on after it
        if type_ is None:
            return 0
        draft = self._unknown_draft(type_, name, run)
        draft.add(self._span(run[0], run[-1]))
        if type_ == "Person":
            self._role_before(draft, words, i)
            self._role_after(draft, words, end)
        return end

    def _acronym(self, word: _Token) -> bool:
        """An acronym the article defined earlier ("(NNGYK)") mentions its body again."""
        short = next((d for a, d in self.acronyms.items() if a in stems(word[0])), None)
        if short is not None:
            short.add(Span(*word))
        return short is not None

    def _institution(self, words: list[_Token], i: int) -> int:
        """ "Borsod-Abaúj-Zemplén Vármegyei Katasztrófavédelmi Igazgatóság": capitalised
        words ending in an institution's head noun name one body, known words and all."""
        if words[i][0] in _ARTICLES:
            return 0
        if self._acronym(words[i]):
            return i + 1
        end = i
        while end < len(words) and (
            words[end][0][0].isupper()
            or (words[end][0] == "és" and end + 1 < len(words) and words[end + 1][0][0].isupper())
        ):
            end += 1  # "Nemzeti Népegészségügyi és Gyógyszerészeti Központ"
        if end - i < 2 or self._lookup(words[i:end]) is not None:
            return 0
        heads = (k for k in range(i + 1, end) if head_type(words[k][0]) in _BODIES)
        end = next(heads, 0) + 1  # "Fővárosi Törvényszék | Halász Bencét"
        run = words[i:end]
        if len(run) < 2 or self._lookup(run) is not None:
            return 0
        type_ = head_type(run[-1][0])
        if type_ not in _BODIES:
            return 0
        hu = " ".join([*(w for w, _, _ in run[:-1]), _nominative(run[-1][0])])
        draft = self._unknown_draft(type_, Name(hu, hu), run)
        draft.add(self._span(run[0], run[-1]))
        acronym = _ACRONYM.match(self.text, run[-1][2])
        if acronym is not None:  # "(NNGYK)": the same body, shorter
            draft.add(Span(acronym.group(1), acronym.start(1), acronym.end(1)))
            self.acronyms[acronym.group(1).lower()] = draft
        return end

    def _description(self, words: list[_Token], i: int) -> int:
        """ "a rendőrség", "az ellenzéki frakciók", "a miskolci kórház": a description
        after the article refers to one body, the one named so earlier if any."""
        after_article = i > 0 and words[i - 1][0].lower() in ("a", "az")
        if not words[i][0].islower() or not (after_article or self._adjective_of(words[i][0])):
            return 0  # "a kórház", "szegedi kórházban"
        noun_at = i
        while noun_at < min(i + 3, len(words) - 1) and self._attributive(words[noun_at][0]):
            noun_at += 1
        head = words[noun_at][0].split("-")[-1]  # "vízilabda-válogatott": its head
        noun = next((n for n in stems(head) if n in DESCRIPTIONS), None)
        if noun is None or not words[noun_at][0].islower():
            return 0
        for word in words[i:noun_at]:
            known = self._adjective_of(word[0])
            if known is not None:
                self._draft(known).add(Span(*word))  # "görög tűzoltóság": Greece too
        name = " ".join([*(w for w, _, _ in words[i:noun_at]), noun])
        self._described(noun, name).add(self._span(words[i], words[noun_at]))
        return noun_at + 1

    def _described(self, noun: str, name: str) -> _Draft:
        """The body a description refers to: the last one whose name ends in the noun,
        also as a compound's head ("Szegedi Tudományegyetem" … "az egyetem"), else a
        new one called `name`."""
        named = next(
            (
                d
                for d in reversed(self.drafts.values())
                if d.type == DESCRIPTIONS[noun]
                and (
                    noun in stems(d.name.hu.split()[-1])
                    or d.name.hu.split()[-1].lower().endswith(SYNONYMS.get(noun, noun))
                )
                and self._placed_alike(d, name)
            ),
            None,
        )
        return named or self._unknown_draft(DESCRIPTIONS[noun], Name(name, name), [])

    def _placed_alike(self, body: _Draft, description: str) -> bool:
        """Whether a description's place adjective is in the body's mentions too: "a
        szegedi egyetem" is the "Szegedi Tudományegyetem", "a szegedi kórház" is not
        the "Bács-Kiskun Vármegyei Oktatókórház" named before."""
        places = {w for w in description.lower().split() if self._adjective_of(w)}
        words = {w for m in body.mentions for w in m.span.text.lower().split()}
        return not places or bool(places & words)

    def _possessed_body(self, words: list[_Token], j: int, place: Span) -> bool:
        """ "Debrecen közgyűlése": a place's body, named by the place and the noun.
        Whether word `j` made one."""
        if j >= len(words) or not words[j][0].islower():
            return False
        word = words[j][0]
        noun = next(
            (word[: -len(e)] for e in ("je", "ja", "e", "a") if word[: -len(e)] in DESCRIPTIONS),
            None,
        )
        if noun is None or not word.endswith(("je", "ja", "e", "a")):
            return False
        body = self._described(noun, f"{place.text} {noun}")
        body.add(Span(self.text[place.start : words[j][2]], place.start, words[j][2]))
        return True

    def _attributive(self, word: str) -> bool:
        """An adjective before a noun: "ellenzéki", "polgári", "görög"."""
        return word.islower() and (word.endswith("i") or self._adjective_of(word) is not None)

    def _local_adjective(self, words: list[_Token], i: int) -> int:
        """ "miskolci": the adjective of a place the article named before ("Miskolcon")."""
        word, start, end = words[i]
        if not word.islower():
            return 0
        forms = stems(word)
        for draft in self.drafts.values():
            if draft.type == "Place" and draft.name.hu.lower() + "i" in forms:
                draft.add(Span(word, start, end))
                return i + 1
        return 0

    # --- context ------------------------------------------------------------------

    def _mention_known(
        self, known: Known, span: Span, words: list[_Token], i: int, after: int
    ) -> None:
        draft = self._draft(known)
        draft.add(span)
        following = words[after] if after < len(words) else None
        if known.stands_for and self._acts(span.text, known, following):
            self._draft(self.gaz.entries[known.stands_for]).add(span, metonymy_of=known.id)
        if known.type == "Person":
            self._role_after(draft, words, after)
        if known.type in _POSSESSORS and following is not None:
            self._possessed_office(known, span, following)
        if known.type == "NewsAgency":
            self._agency_apposition(draft, words, after)

    def _acts(self, text: str, known: Known, following: _Token | None) -> bool:
        """A place name that speaks or acts: "Phenjan ... szállít", "Moszkvának", "szerint"."""
        lower = text.lower()
        base = known.name.hu.lower()
        if following is not None and following[0].lower() == "szerint":
            return True
        if lower.endswith(("nak", "nek")):
            return True
        bare = lower in {n.lower() for n in known.names}
        return bare and lower == base and (following is None or following[0] not in POSTPOSITIONS)

    def _literal_or_metonymic_adjective(
        self, known: Known, word: _Token, noun: _Token | None
    ) -> None:
        span = Span(*word)
        self._draft(known).add(span)
        nouns = stems(noun[0]) if noun else frozenset()
        if known.stands_for and nouns & SOURCE_NOUNS:
            self._draft(self.gaz.entries[known.stands_for]).add(span, metonymy_of=known.id)

    def _noun_group(self, known: Known, words: list[_Token], i: int, military: bool) -> bool:
        """Adjective + noun: troops, people sent together, media or leadership of the
        adjective's state. Whether the noun made a group."""
        noun_word = words[i + 1]
        nouns = stems(noun_word[0])
        state = self.gaz.entries.get(known.stands_for or "") if known.type == "Place" else known
        if state is None:
            return False
        for lemma, (plural, english) in TROOPS.items():
            if lemma in nouns and known.type == "State" and (military or lemma != "csapat"):
                first = i - 1 if i > 0 and words[i - 1][0].lower() == "első" else i
                self._group(
                    state, "ArmedForce", (plural, english), self._span(words[first], noun_word)
                )
                return True
        group = next((n for n in GROUPS if n in nouns), None)
        if group is not None and known.type == "State":
            self._people(state, group, self._span(words[i], noun_word))
            return True
        lemma = next((n for n in (*MEDIA, *LEADERSHIPS) if n in nouns), None)
        if lemma is None:
            return False
        span = self._span(words[i], noun_word)
        if lemma in MEDIA:
            self._group(state, "NewsAgency", (lemma, MEDIA[lemma]), span)
        else:
            metonymy = known.id if known.type == "Place" else None
            self._group(state, "GovernmentBody", (lemma, LEADERSHIPS[lemma]), span, metonymy)
        return True

    def _group(
        self,
        state: Known,
        type_: EntityType,
        noun: tuple[str, str],
        span: Span,
        metonymy_of: str | None = None,
        suffix: str | None = None,
    ) -> None:
        adjective = next(iter(state.adjectives), state.name.hu.lower())
        english = state.adjective_en or state.name.en
        key = suffix or noun[1].replace(" ", "-")
        draft = self.drafts.get(f"{state.id}-{key}")
        if draft is None:
            draft = self.drafts[f"{state.id}-{key}"] = _Draft(
                id=f"{state.id}-{key}",
                type=type_,
                name=Name(f"{adjective} {noun[0]}", f"{english} {noun[1]}"),
                confidence=0.6,
                affiliation=state.id,
            )
        draft.add(span, metonymy_of)

    def _people(self, state: Known, noun: str, span: Span) -> None:
        """A group of a state's people: "magyar tűzoltók", then "a magyar egység" is
        the same group (a state sends one group to one place in an article)."""
        same = [d for d in self.groups if d.affiliation == state.id]
        if same:
            same[-1].add(span)
            return
        before = set(self.drafts)
        self._group(state, "Organization", GROUPS[noun], span)
        self.groups += [self.drafts[k] for k in self.drafts if k not in before]

    def _counted_group(self, words: list[_Token], i: int) -> int:
        """ "Huszonnyolc tűzoltót": a number of a group's members is the group."""
        if i + 1 >= len(words) or parse_number_word(words[i][0]) is None:
            return 0
        nouns = stems(words[i + 1][0])
        for group in reversed(self.groups):
            if any(GROUPS[n][0] == group.name.hu.split()[-1] for n in nouns if n in GROUPS):
                group.add(self._span(words[i], words[i + 1]))
                return i + 2
        return 0

    def _reference(self, words: list[_Token], i: int) -> int:
        """After "a(z)", a noun that refers back: a kind of place ("a főváros", "a
        vármegye") to the last place of that kind, a group ("a csapat") to the last
        group, a party to a trial ("a vádlottat") to the person most mentioned."""
        word = words[i][0]
        if not word.islower() or i == 0 or words[i - 1][0].lower() not in ("a", "az"):
            return 0
        forms = stems(word)
        kind = next((PLACE_KINDS[f] for f in forms if f in PLACE_KINDS), None)
        target = None
        if kind is not None:
            target = self._latest(lambda d: d.type == "Place" and self._kind(d) == kind)
        elif forms & GENERIC_GROUPS and self.groups:
            target = self.groups[-1]
        elif forms & PARTIES:
            persons = [d for d in self.drafts.values() if d.type == "Person"]
            target = max(persons, key=lambda d: len(d.mentions), default=None)
        if target is None:
            return 0
        target.add(Span(*words[i]))
        return i + 1

    def _kind(self, place: _Draft) -> str:
        """What kind of place an entity is; a place the gazetteer lacks is a town."""
        known = self.gaz.entries.get(place.id)
        if known is None:
            return "town"
        state = self.gaz.entries.get(known.stands_for or "")
        return "capital" if state is not None and state.type == "State" else known.kind or "town"

    def _latest(self, wanted: Callable[[_Draft], bool]) -> _Draft | None:
        """Of the entities `wanted` accepts, the one mentioned last."""
        found = [d for d in self.drafts.values() if wanted(d)]
        return max(found, key=lambda d: max(m.span.start for m in d.mentions), default=None)

    def _role_after(self, person: _Draft, words: list[_Token], j: int) -> None:
        """ "Andrej Belouszov orosz védelmi miniszter": the office after a person's name."""
        parts_hu: list[str] = []
        parts_en: list[str] = []
        affiliation = None
        k = j
        state = self._adjective_of(words[k][0]) if k < len(words) else None
        if state is not None and state.type == "State" and words[k][0].islower():
            parts_hu.append(words[k][0])
            parts_en.append(state.adjective_en or state.name.en)
            affiliation = state.id
            k += 1
        while k < len(words) and _is_modifier(words[k][0]):
            parts_hu.append(words[k][0])
            parts_en.append(ROLE_MODIFIERS.get(words[k][0], words[k][0]))
            k += 1
        office = _office(words[k][0]) if k < len(words) and words[k][0].islower() else None
        if office is None:
            self._apposition(person, words, j)
            return
        self._apposition(person, words, k + 1)  # "X képviselő, a Y frakcióvezetője"
        parts_hu.append(office)
        parts_en.append(ROLES[office] if office in ROLES else ROLES[_role_noun(office)])
        if person.role is None:
            person.role = Name(" ".join(parts_hu), " ".join(parts_en))
        person.affiliation = person.affiliation or affiliation

    def _role_before(self, person: _Draft, words: list[_Token], i: int) -> None:
        """ "a rendőrség szóvivője, Tóth Anna": the possessed office before a comma is
        another mention of the person, from its possessor on, and their role."""
        if i < 1 or "," not in self.text[words[i - 1][2] : words[i][1]]:
            return
        office = _possessed_office_of(words[i - 1][0].lower())
        if office is None:
            return
        first = i - 1
        while (
            first > max(0, i - 8)
            and words[first - 1][0].lower() not in ("a", "az")
            and not _CLAUSE_MARK.search(self.text, words[first - 1][2], words[first][1])
        ):
            first -= 1
        span = self._span(words[first], words[i - 1])
        person.add(span)
        if person.role is None:
            person.role = Name(span.text, ROLES.get(office, office))

    def _apposition(self, person: _Draft, words: list[_Token], j: int) -> None:
        """ "Gyurcsány Ferenc, a Demokratikus Koalíció frakcióvezetője": the office
        after a comma is another mention of the person, and their role."""
        if j >= len(words) or "," not in self.text[words[j - 1][2] : words[j][1]]:
            return
        if words[j][0].lower() not in ("a", "az"):
            return
        for k in range(j + 1, min(j + 6, len(words))):
            word = words[k][0]
            if word.islower() and _possessed_office_of(word) is not None:
                span = self._span(words[j + 1], words[k])
                person.add(span)
                if person.role is None:
                    office = _possessed_office_of(word) or ""
                    person.role = Name(span.text, ROLES.get(office, office))
                return
            if "," in self.text[words[k - 1][2] : words[k][1]]:
                return

    def _role_alias(self, words: list[_Token], i: int) -> int:
        """ "A miniszter szerint": an office alone names the last person holding it;
        "Az egészségügyi államtitkár" with no holder named is an unnamed person."""
        if not words[i][0].islower() or i == 0 or words[i - 1][0].lower() not in ("a", "az"):
            return 0
        k = i
        while k + 1 < len(words) and k < i + 3 and _is_modifier(words[k][0]):
            k += 1
        word = words[k][0]
        office = _office(word) if word.islower() else None
        if office is None:
            return 0
        english = ROLES.get(office) or ROLES.get(_role_noun(office) or "", office)
        span = self._span(words[i], words[k])
        for draft in reversed(list(self.drafts.values())):
            role = draft.role
            if draft.type == "Person" and role and (role.hu.endswith(office) or role.en == english):
                draft.add(span)
                return k + 1
        if word.lower()[len(office) :] not in _SINGULAR_CASES:
            return 0  # "a kórház vezetőivel": a group, "szóvivője": someone's
        draft = self._unknown_draft("Person", Name(span.text, span.text), [])
        draft.role = Name(span.text, english)
        draft.add(span)
        return k + 1

    def _possessed_office(self, state: Known, span: Span, following: _Token) -> None:
        """ "Oroszország ENSZ-nagykövete", "az Európai Bizottság szóvivője": a person
        named by their office (the holder named before, if any)."""
        word, _, end = following
        tail = word.split("-")[-1]
        if not tail.islower():
            return
        office = next(
            (r for r in ROLES if tail in (r + "e", r + "a", r + "je", r + "ja")),
            None,
        )
        if office is None:
            return
        text = f"{span.text} {word}"
        english = f"{state.name.en}'s {ROLES[office]}"
        holder = self._latest(
            lambda d: (
                d.type == "Person"
                and d.affiliation == state.id
                and d.role is not None
                and d.role.en.endswith(ROLES[office])
            )
        )
        if holder is not None:  # "Varga Mihály, az MNB elnöke"
            holder.add(Span(text, span.start, end))
            return
        draft = self._unknown_draft("Person", Name(text, english), [])
        draft.role = Name(text, english)
        draft.affiliation = state.id
        draft.add(Span(text, span.start, end))

    def _agency_apposition(self, agency: _Draft, words: list[_Token], j: int) -> None:
        """ "a TASZSZ orosz állami hírügynökség": the description is the agency too."""
        k = j
        while k < len(words) and k < j + 3 and "hírügynökség" not in stems(words[k][0]):
            if not words[k][0].islower():
                return
            k += 1
        if k < len(words) and k > j and "hírügynökség" in stems(words[k][0]):
            agency.add(self._span(words[j], words[k]))

    def _span(self, first: _Token, last: _Token) -> Span:
        """The text from the first word's start to the last word's end."""
        return Span(self.text[first[1] : last[2]], first[1], last[2])

    # --- lookups ------------------------------------------------------------------

    def _lookup(self, run: list[_Token]) -> Known | None:
        """The gazetteer entry these words name, the last word possibly inflected."""
        *head, last = [w for w, _, _ in run]
        for form in stems(last):
            found = self.gaz.names.get((*(w.lower() for w in head), form))
            if found is None:
                continue
            entry_id, capitalised = found
            if run[0][0][0].isupper() or not capitalised:  # "hatvan" is no town
                return self.gaz.entries[entry_id]
        return None

    def _adjective_of(self, word: str) -> Known | None:
        for form in stems(word):
            entry_id = self.gaz.adjectives.get(form)
            if entry_id is not None:
                return self.gaz.entries[entry_id]
        return None

    def _surname_before_given(self, words: list[_Token], k: int) -> bool:
        """ "Magyar Péter": a known word used as a family name before a given name."""
        return k + 1 < len(words) and self._given_hungarian(words[k + 1][0])

    def _known_word(self, word: _Token) -> bool:
        return self._lookup([word]) is not None or self._adjective_of(word[0]) is not None

    def _draft(self, known: Known) -> _Draft:
        draft = self.drafts.get(known.id)
        if draft is None:
            draft = self.drafts[known.id] = _Draft(
                id=known.id,
                type=known.type,
                name=known.name,
                confidence=0.9,
                wikidata=known.wikidata,
                affiliation=known.affiliation,
            )
        return draft

    def _unknown_draft(self, type_: EntityType, name: Name, run: list[_Token]) -> _Draft:
        """The entity for an unknown name: the same one when the name recurs inflected."""
        for draft in self.drafts.values():
            if draft.type == type_ and run and _same_name(draft.name.hu, run):
                return draft
        ascii_name = unicodedata.normalize("NFKD", name.en.lower()).encode("ascii", "ignore")
        entity_id = _SLUG.sub("-", ascii_name.decode()).strip("-") or "entity"
        while entity_id in self.drafts:
            entity_id += "-2"
        draft = self.drafts[entity_id] = _Draft(entity_id, type_, name, confidence=0.5)
        return draft

    def _classify(
        self, run: list[_Token], following: _Token | None
    ) -> tuple[EntityType | None, Name]:
        words = [w for w, _, _ in run]
        hu = " ".join([*words[:-1], _nominative(words[-1])])
        head = head_type(words[-1])
        if head is not None:
            return head, Name(hu, hu)
        if words[0] in self.gaz.given_foreign and len(words) > 1:
            return "Person", Name(hu, _transliterate(hu))
        if self._given_hungarian(words[-1]) and len(words) > 1:  # "Halász Bencét"
            given = max(stems(words[-1]) & self.gaz.given_hungarian, key=len).capitalize()
            return "Person", Name(" ".join([*words[:-1], given]), " ".join([given, *words[:-1]]))
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
            return "Organization", Name(hu, hu)
        if following is not None and self._office_after(following):
            return "Person", Name(hu, _transliterate(hu))
        town = place_nominative(words[0]) if len(words) == 1 else None
        if town is not None:
            return "Place", Name(town, town)
        if len(words) == 1 and following is not None and following[0] in PLACE_POSTPOSITIONS:
            return "Place", Name(hu, hu)  # "Varnavasz közelében", "Monor határában"
        place = self._place_named(words[0], run[0][1]) if len(words) == 1 else None
        if place is not None:
            return "Place", place
        if 1 < len(words) <= 3:
            return "Person", Name(hu, _transliterate(hu))
        return None, Name(hu, hu)

    def _place_named(self, word: str, start: int) -> Name | None:
        """The name of the place a lone word in the nominative or accusative names:
        one met before ("Varnavaszt" after "Varnavasz"), or one coordinated with a
        place ("Varnavaszt és Grammatikót", "Debrecen és Monor között")."""
        forms = stems(word)
        for draft in self.drafts.values():
            if draft.type == "Place" and draft.name.hu.lower() in forms:
                return draft.name
        for draft in self.drafts.values():
            if draft.type == "Place" and any(
                m.span.end <= start and _COORDINATION.fullmatch(self.text[m.span.end : start])
                for m in draft.mentions
            ):
                hu = _accusative_nominative(word)
                return Name(hu, hu)
        return None

    def _office_after(self, following: _Token) -> bool:
        """An office right after a name, maybe after a nationality and modifiers:
        "Nikosz Papadakisz görög polgári védelmi miniszter"."""
        words = [w for w, _, _ in tokens(self.text[following[1] : following[1] + 80])][:5]
        for word in words:
            if _office(word) is not None and word.islower():
                return True
            state = self._adjective_of(word)
            if not word.islower() or not (state is not None or _is_modifier(word)):
                return False
        return False

    def _name_from_first_word(self, run: list[_Token], following: _Token | None) -> bool:
        """Whether a sentence-initial run is a name from its first word on: a foreign
        given name first, a Hungarian one second ("Kiss Dóra"), or an institution."""
        return (
            run[0][0] in self.gaz.given_foreign
            or (len(run) > 1 and self._given_hungarian(run[1][0]))
            or (len(run) > 1 and head_type(run[-1][0]) is not None)
            or (len(run) == 2 and following is not None and self._office_after(following))
        )

    def _given_hungarian(self, word: str) -> bool:
        """A Hungarian given name, maybe inflected: "Dóra", "Dórát", "Péternek"."""
        return word[0].isupper() and not stems(word).isdisjoint(self.gaz.given_hungarian)

    def _initial(self, words: list[_Token], i: int) -> bool:
        """The first word of a sentence, of a quotation or after a colon: capitalised
        whatever it is."""
        if i == 0:
            return True
        between = self.text[words[i - 1][2] : words[i][1]]
        return any(mark in between for mark in ("„", ":", "(", "\n"))


# Known entities whose possessed office names a person: "Oroszország ENSZ-nagykövete".
_POSSESSORS = frozenset({"State", "GovernmentBody", "Organization"})


def _is_modifier(word: str) -> bool:
    """A word between a nationality and an office: "védelmi", "nemzetgazdasági"."""
    return word in ROLE_MODIFIERS or (word.islower() and word.endswith("i") and len(word) > 4)


def _possessed_office_of(word: str) -> str | None:
    """The office in a possessed form: "frakcióvezetője" → "frakcióvezető"."""
    for ending in ("je", "ja", "e", "a"):
        if word.endswith(ending) and _role_noun(word[: -len(ending)]) is not None:
            return _role_noun(word[: -len(ending)])
    return None


def _office(word: str) -> str | None:
    """The office a word names, in the nominative ("minisztert" → "miniszter")."""
    for form in sorted(stems(word), key=len):
        if _role_noun(form) is not None:
            return form
    return None


def _role_noun(form: str) -> str | None:
    """The known office a (compound) noun ends in: "külügyminiszter" → "külügyminiszter"."""
    return next((r for r in ROLES if form.endswith(r.split()[-1]) and " " not in r), None)


def _nominative(word: str) -> str:
    """An unknown name's last word without a case ending ("Ivanovval" → "Ivanov"):
    only the unambiguous endings, so "Zoltán" keeps its "-án"."""
    lower = word.lower()
    for ending in _NAME_ENDINGS:
        base = lower[: -len(ending)]
        if lower.endswith(ending) and len(base) >= 4:
            if ending in ("al", "el") and base[-1] == base[-2]:
                return word[: len(base) - 1]
            if ending not in ("al", "el"):
                return word[: len(base)]
    return word


def _accusative_nominative(word: str) -> str:
    """A place name without its accusative ending: "Grammatikót" → "Grammatikó"."""
    for ending in ("ot", "et", "öt", "at"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word[:-1] if word.endswith("t") else word


def _same_name(name: str, run: list[_Token]) -> bool:
    parts = name.lower().split()
    words = [w.lower() for w, _, _ in run]
    return len(parts) == len(words) and parts[:-1] == words[:-1] and parts[-1] in stems(words[-1])


def _transliterate(hu: str) -> str:
    """A Hungarian transcription of a Slavic name, roughly back in English spelling."""
    english = hu.lower()
    for source, target in _TRANSLIT:
        english = english.replace(source, target)
    return " ".join(part.capitalize() for part in english.split())
