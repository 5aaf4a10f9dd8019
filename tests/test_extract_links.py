"""kb.extract.links: claims about events, their speech acts, events attested by claims."""

from __future__ import annotations

from kb.extract.links import link
from kb.model import Claim, Event, Participant, Span

SENTENCE = "Kovács Béla közölte, hogy a vonat kisiklott."


def span(words: str) -> Span:
    start = SENTENCE.index(words)
    return Span(words, start, start + len(words))


SAID = Event("e1", "statement", (span("közölte"),), (Participant("bela-kovacs", "speaker"),))
DERAILED = Event("e2", "accident", (span("kisiklott"),), (Participant("mav", "subject"),))


def claim(stance: str = "asserts") -> Claim:
    return Claim("c1", "statement", stance, span("a vonat kisiklott"), speakers=("bela-kovacs",))


def test_a_claim_is_about_the_events_in_its_quote() -> None:
    _, (linked,) = link((SAID, DERAILED), (claim(),), (Span(SENTENCE, 0, len(SENTENCE)),))
    assert linked.about == ("e2",)


def test_a_claim_is_made_by_the_speech_act_of_its_speaker_in_its_sentence() -> None:
    _, (linked,) = link((SAID, DERAILED), (claim(),), (Span(SENTENCE, 0, len(SENTENCE)),))
    assert linked.event == "e1"


def test_an_event_inside_a_quote_is_attested_by_the_claim() -> None:
    (said, derailed), _ = link((SAID, DERAILED), (claim(),), (Span(SENTENCE, 0, len(SENTENCE)),))
    assert (said.attested_by, derailed.attested_by) == ((), ("c1",))


def test_a_denial_is_about_an_event_but_does_not_attest_it() -> None:
    (_, derailed), (linked,) = link(
        (SAID, DERAILED), (claim("denies"),), (Span(SENTENCE, 0, len(SENTENCE)),)
    )
    assert (linked.about, derailed.attested_by) == (("e2",), ())
