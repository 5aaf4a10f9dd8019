"""kb.extract.claims: who said it, read from the words around the quote."""

from __future__ import annotations

import datetime as dt

from kb.extract.claims import find_claims
from kb.extract.context import sentences_with_context
from kb.extract.entities import find_entities
from kb.extract.timex import find_times
from kb.model import Claim, Span

WEDNESDAY = dt.date(2025, 6, 4)


def claims(*sentences: str) -> list[Claim]:
    """The claims of an article whose body is `sentences` (after a headline)."""
    lines = ("Cím", *sentences)
    spans, start = [], 0
    for line in lines:
        spans.append(Span(line, start, start + len(line)))
        start += len(line) + 1
    text = " ".join(lines)
    entities = find_entities(text, tuple(spans))
    context = sentences_with_context(tuple(spans), entities, find_times(tuple(spans), WEDNESDAY))
    return list(find_claims(context, [[] for _ in spans]))


def test_the_speaker_after_the_dash_is_read_not_the_previous_one() -> None:
    found = claims(
        "Orbán Viktor szerint a gazdaság nő.",
        "„A béreket emeljük” – mondta Kovács Ádám.",
    )
    assert found[-1].speakers == ("adam-kovacs",)
    assert found[-1].quote.text == "A béreket emeljük"


def test_an_officials_nationality_is_not_a_second_speaker() -> None:
    (claim,) = claims("Andrej Belouszov orosz védelmi miniszter szerint a front stabil.")
    assert claim.speakers == ("andrei-belousov",)


def test_a_person_speaking_at_a_bodys_meeting_is_the_speaker_not_the_host() -> None:
    (claim,) = claims("A kormány ülésén Kovács Ádám tagadta, hogy lemond.")
    assert (claim.speakers, claim.stance) == (("adam-kovacs",), "denies")


def test_a_noun_of_a_reporting_verb_is_no_reporting_verb() -> None:
    assert claims("A kormány nyilatkozata a héten jelent meg.") == []


def test_a_nationality_before_an_office_alone_makes_the_state_no_speaker() -> None:
    assert all(
        c.speakers != ("hungary",)
        for c in claims("A magyar külügyminiszter szerint a front stabil.")
    )


def test_the_speaker_of_a_verb_is_the_agent_of_its_own_clause() -> None:
    found = claims("Szerbia nem reagált, Koszovó azonban tagadta, hogy köze lenne az ügyhöz.")
    assert [c.speakers for c in found] == [("kosovo",)]


def test_a_speakers_phrase_reads_past_adjectives_to_the_name() -> None:
    (claim,) = claims("Hankó Balázs kulturális és innovációs miniszter szerint az eredmény jó.")
    assert claim.speakers == ("balazs-hanko",)


def test_too_few_words_between_speaker_and_verb_are_no_claim() -> None:
    assert claims("Tóth Gergely tűzoltó közölte.") == []


def test_a_colon_after_the_verb_opens_the_claim() -> None:
    (claim,) = claims("Kovács Ádám hangsúlyozta: a gát kitart.")
    assert (claim.speakers, claim.quote.text) == (("adam-kovacs",), "a gát kitart")


def test_an_unnamed_official_with_a_nationality_is_the_speaker_not_the_state() -> None:
    (claim,) = claims("A spanyol miniszterelnök úgy fogalmazott, hogy ez elfogadhatatlan.")
    assert claim.speakers == ("spanyol-miniszterelnok",)
