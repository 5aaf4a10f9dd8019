"""The schema.org JSON-LD of an article, for web pages and search engines.

A `NewsArticle` with what Google's Article guidance recommends (headline,
datePublished with its zone, inLanguage, mainEntityOfPage), the news agency it cites
as `sourceOrganization` (not `publisher`: the portal that runs it publishes it, and
kb does not know the portal), and the
people, organisations, places, events and claims the knowledge base holds, each
under the same `@id` as in the Turtle so the page and the knowledge base name
the same things. Built from the validated graph (via `kb.formats.web.view`), never by
hand, and only with real schema.org terms (a test checks them against the
schema.org release).

What the article only reports someone as saying stays a `Claim`: an event known
only through claims is written inside those claims' `about`, never in the
article's `mentions` as a fact, and dates keep the precision of the text
(June stays "2024-06"; a time the text does not give is left out).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rdflib import URIRef

from kb.formats.jsonld import SCHEMA_ORG_CONTEXT
from kb.formats.options import Options
from kb.formats.web.escape import safe_json
from kb.formats.web.view import Article, Claim, Entity, Event

Node = dict[str, Any]


def write(article: Article, options: Options) -> bytes:
    """The `schema` format: the markup as a standalone JSON-LD file."""
    document = markup(article, options.url)
    return (safe_json(document) + "\n").encode("utf-8")


def markup(article: Article, url: str | None = None) -> Node:
    """The schema.org document of `article`; `url` (else the graph's schema:url) is
    the page it is published on."""
    own_voice = [e for e in article.events if not e.attested_by]
    nodes = [
        _article(article, url or article.url, own_voice),
        *(_entity(e, article.language) for e in article.entities.values()),
        *(_event(e, article.language) for e in own_voice),
        *(_claim(c, article) for c in article.claims),
    ]
    return {"@context": SCHEMA_ORG_CONTEXT, "@graph": nodes}


# --- helpers ---------------------------------------------------------------------------

_ROLE_PROPERTIES = {
    "host": "organizer",
    "visitor": "attendee",
    "participant": "attendee",
    "signatory": "attendee",
}
"""Roles (kbc:roles notations) that schema.org can say of an Event; other roles
(attacker, target, sender...) have no schema.org property and stay in the Turtle."""


def _article(article: Article, url: str | None, events: list[Event]) -> Node:
    agency = _ref(article.agency) if article.agency else None
    return _node(
        article.iri,
        "NewsArticle",
        headline=article.headline,
        datePublished=article.published,
        inLanguage=article.language,
        url=url,
        mainEntityOfPage={"@type": "WebPage", "@id": url} if url else None,
        sourceOrganization=agency,
        about=_refs(article.about),
        mentions=_refs([*article.mentions, *(e.iri for e in events)]),
    )


def _entity(entity: Entity, language: str) -> Node:
    person = entity.schema_type == "Person"
    return _node(
        entity.iri,
        entity.schema_type,
        **_names(entity.names, language),
        sameAs=str(entity.same_as) if entity.same_as else None,
        jobTitle=entity.role.get(language) if person else None,
        affiliation=_ref(entity.affiliation) if person and entity.affiliation else None,
    )


def _event(event: Event, language: str) -> Node:
    roles: dict[str, list[URIRef]] = {}
    for part in event.participations:
        if part.role in _ROLE_PROPERTIES:
            roles.setdefault(_ROLE_PROPERTIES[part.role], []).append(part.agent)
    return _node(
        event.iri,
        "Event",
        **_names(event.labels, language),
        startDate=event.time.value if event.time else None,
        endDate=event.time.value if event.time else None,
        location=_ref(event.place) if event.place else None,
        superEvent=_refs(event.part_of),
        **{prop: _refs(agents) for prop, agents in sorted(roles.items())},
    )


def _claim(claim: Claim, article: Article) -> Node:
    """A channel that reports in its own name ("A TASZSZ szerint") is the claim's
    author; one that relays a speaker (Kim, via North Korean media) its publisher."""
    source = [claim.source] if claim.source else []
    about = [
        _event(event, article.language) if event.attested_by else _ref(event.iri)
        for event in article.events
        if event.iri in claim.about or claim.iri in event.attested_by
    ]
    return _node(
        claim.iri,
        "Claim",
        **_names(claim.labels, article.language),
        text=claim.quote,
        author=_refs(claim.speakers or source),
        publisher=_ref(claim.source) if claim.speakers and claim.source else None,
        dateCreated=claim.time.value if claim.time else None,
        appearance=_ref(article.iri),
        about=about or None,
    )


def _names(labels: dict[str, str], language: str) -> Node:
    """`name` in the article's language, the English one as `alternateName`."""
    name = labels.get(language) or labels.get("en")
    english = labels.get("en")
    return {"name": name, "alternateName": english if english != name else None}


def _node(iri: URIRef, schema_type: str, **properties: Any) -> Node:
    """A node with its `@id`, `@type` and the properties that have a value."""
    node: Node = {"@id": str(iri), "@type": schema_type}
    node.update((key, value) for key, value in properties.items() if value not in (None, []))
    return node


def _ref(iri: URIRef) -> Node:
    return {"@id": str(iri)}


def _refs(iris: Iterable[URIRef]) -> list[Node]:
    return [_ref(iri) for iri in iris]
