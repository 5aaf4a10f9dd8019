"""Links between claims and events: what a claim is about, which speech act made it,
which claims an event is known through.

- a claim is `about` the events with an anchor inside its quote;
- its `event` is the speech act (statement, denial, warning, report) told in the
  same sentence, outside the quote, by one of its speakers ("hangsúlyozta, hogy ...");
- an event inside a claim's quote is `attested_by` that claim, unless the claim
  denies it (a denial is about the event but does not attest it).
"""

from __future__ import annotations

from dataclasses import replace

from kb import ontology
from kb.model import Claim, Event, Span

SPEECH_ACTS = ontology.narrower("event-types", "speech-act")
"""The event types in which a claim can be made (kb:statedIn)."""


def link(
    events: tuple[Event, ...], claims: tuple[Claim, ...], sentences: tuple[Span, ...]
) -> tuple[tuple[Event, ...], tuple[Claim, ...]]:
    """The events with `attested_by` and the claims with `about` and `event` filled."""
    linked_claims = tuple(
        replace(
            claim,
            about=tuple(e.id for e in events if _inside(e, claim.quote)),
            event=_speech_act(claim, events, sentences),
        )
        for claim in claims
    )
    linked_events = tuple(
        replace(
            event,
            attested_by=tuple(
                c.id for c in linked_claims if event.id in c.about and c.stance != "denies"
            ),
        )
        for event in events
    )
    return linked_events, linked_claims


def _inside(event: Event, quote: Span) -> bool:
    return any(quote.start <= a.start and a.end <= quote.end for a in event.anchors)


def _speech_act(claim: Claim, events: tuple[Event, ...], sentences: tuple[Span, ...]) -> str | None:
    """The speech-act event of the claim's sentence, outside its quote, by its speaker."""
    sentence = next((s for s in sentences if s.start <= claim.quote.start < s.end), None)
    if sentence is None:
        return None
    for event in events:
        anchor = event.anchors[0]
        if (
            event.type in SPEECH_ACTS
            and sentence.start <= anchor.start < sentence.end
            and not claim.quote.start <= anchor.start < claim.quote.end
            and any(p.entity in claim.speakers for p in event.participants)
        ):
            return event.id
    return None
