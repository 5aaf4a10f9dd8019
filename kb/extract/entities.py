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

This module walks the sentences and tries the readings in order; the readings live
in names (gazetteer and unknown names), descriptions (institutions, descriptions,
references back), sites (buildings and sites), media (the press), groups (adjectives
and the groups they make) and roles (what the context says: metonymy, roles,
appositions), all over one `Found`.
"""

from __future__ import annotations

from kb.extract.descriptions import (
    appositions,
    described_person,
    description,
    institution,
    named_later,
    reference,
    relative,
    someone,
)
from kb.extract.found import Found, Token
from kb.extract.gazetteer import gazetteer
from kb.extract.groups import (
    age_group,
    camp,
    collective,
    counted_bodies,
    counted_group,
    locals_group,
    nationality_adjective,
    opponent,
    pair,
    people_group,
    possessed_people,
    sector,
    some_of_group,
    states_together,
    those_who,
)
from kb.extract.lexicon import MATCH_REPORT, MILITARY_CONTEXT, SPORT_CONTEXT
from kb.extract.media import media_told
from kb.extract.morphology import tokens
from kb.extract.names import (
    alias,
    early_aliases,
    gazetteer_name,
    local_adjective,
    programme,
    unknown_name,
)
from kb.extract.roles import described_holders, named_head, possessions, role_alias
from kb.extract.sites import (
    capital_told,
    located,
    possessed_site,
    region_told,
    site_introduced,
    town_hall,
)
from kb.extract.streets import named_place
from kb.model import Entity, Span


def find_entities(text: str, sentences: tuple[Span, ...]) -> tuple[Entity, ...]:
    """The entities of the article, each with all its mentions, in order of appearance."""
    found = Found(gazetteer(), text, tuple(s.start for s in sentences))
    match_report = sum(text.lower().count(stem) for stem in MATCH_REPORT) >= 2
    words = [_words(sentence) for sentence in sentences]  # read once, for both passes
    for sentence, sentence_words in zip(sentences, words, strict=True):
        _sentence(found, sentence, sentence_words, match_report)
    early_aliases(found, tokens(text))
    described_holders(found, words)
    appositions(found)
    named_later(found)
    return found.entities()


def _sentence(found: Found, sentence: Span, words: list[Token], match_report: bool = False) -> None:
    """Reads one sentence word by word, the first reading that takes a word winning; in a
    match report ("válogatott", "mérkőzés" twice or more) every sentence is about sport."""
    military = any(stem in sentence.text.lower() for stem in MILITARY_CONTEXT)
    sport = match_report or any(stem in sentence.text.lower() for stem in SPORT_CONTEXT)
    i = 0
    while i < len(words):
        after = (
            named_place(found, words, i)
            or media_told(found, words, i)
            or town_hall(found, words, i)
            or capital_told(found, words, i)
            or located(found, words, i)
            or site_introduced(found, words, i)
            or possessed_site(found, words, i)
            or programme(found, words, i)
            or institution(found, words, i)
            or description(found, words, i)
            or named_head(found, words, i)
            or reference(found, words, i)
            or region_told(found, words, i)
            or described_person(found, words, i)
            or someone(found, words, i)
            or relative(found, words, i)
            or counted_bodies(found, words, i)
            or states_together(found, words, i)
            or counted_group(found, words, i)
            or age_group(found, words, i)
            or those_who(found, words, i)
            or possessed_people(found, words, i)
            or people_group(found, words, i)
            or sector(found, words, i)
            or locals_group(found, words, i, sport)
            or camp(found, words, i)
            or collective(found, words, i)
            or some_of_group(found, words, i)
            or opponent(found, words, i, sport)  # "legyőzte Grúziát": the team
            or gazetteer_name(found, words, i)
            or role_alias(found, words, i)  # "a spanyol miniszterelnök": before "spanyol"
            or nationality_adjective(found, words, i, military, sport)
            or pair(found, words, i)
            or alias(found, words, i)
            or local_adjective(found, words, i)
            or unknown_name(found, words, i)
        )
        i = max(after, i + 1)  # every step moves on, whatever a rule returns
    possessions(found, words)


def _words(sentence: Span) -> list[Token]:
    return [(w, sentence.start + s, sentence.start + e) for w, s, e in tokens(sentence.text)]
