"""Every data IRI kb mints, and the slug rule that names articles and entities.

The patterns (docs/design.md, "Data IRIs") are spelled here and nowhere else: the
mapping mints with them, the web view and the store read them back with them. An
article's nodes live under the article IRI, so two articles never share a node by
accident; entities live under the base, so the same id is the same thing everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from rdflib import URIRef

from kb.errors import InputError
from kb.vocab import WD

SLUG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
"""The annotation schema's id pattern (`$defs/id`); a test keeps the two equal."""


def slug(name: str, where: str, what: str = "set article.slug in annotation.yaml") -> str:
    """`name` as an id (see `slugify`). A name with nothing left is refused, never
    replaced by a made-up one: `where` and `what` say which input and how to fix it."""
    made = slugify(name)
    if not SLUG_PATTERN.match(made):
        raise InputError(where, f"cannot make an id from {name!r}", what)
    return made


def iri_problem(value: str) -> str | None:
    """Why `value` cannot be an absolute IRI, or None. Checks what would break the
    files kb writes: a scheme, no character RFC 3987 excludes (space, controls,
    <>"{}|\\^`, which end an N-Triples IRI early), one '#' at most, '%' + two hex digits."""
    if not _SCHEME.match(value):
        return "is not an absolute IRI (it needs a scheme, e.g. https://)"
    if bad := _NOT_IN_IRIS.search(value):
        return f"has {bad.group()!r}, which no IRI may contain"
    if value.count("#") > 1:
        return "has a second '#'"
    if _BAD_PERCENT.search(value):
        return "has a '%' not followed by two hex digits"
    return None


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_NOT_IN_IRIS = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]')
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def slugify(name: str) -> str:
    """`name` with accents dropped ("Észak-Korea" → "eszak-korea") and every other run
    of non-alphanumerics a hyphen; empty when nothing is left."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[^a-z0-9]+", "-", letters).strip("-")


def article(base_iri: str, article_slug: str) -> URIRef:
    """The article's IRI, which also names its graph in a store."""
    return URIRef(f"{base_iri}article/{article_slug}")


def entity(base_iri: str, entity_id: str) -> URIRef:
    """Entities are shared across articles: the same id is the same thing."""
    return URIRef(f"{base_iri}entity/{entity_id}")


def wikidata(qid: str) -> URIRef:
    """The Wikidata item `qid` ("Q159")."""
    return WD[qid]


def qid(item: URIRef) -> str:
    """The Q-number of a Wikidata item IRI."""
    return str(item).removeprefix(str(WD))


def fragment(node: URIRef) -> str:
    """A short HTML id for a node: its last two path segments ("event-visit")."""
    return re.sub(r"[^A-Za-z0-9_-]", "-", "-".join(str(node).split("/")[-2:]))


@dataclass(frozen=True)
class ArticleIris:
    """The IRIs of the nodes of one article, all under the article's own IRI.

    `local` holds the ids of entities known only by a role in this article
    (`scope: article`): they live under the article, so "Russia's UN ambassador" of
    one article is never merged with another article's office holder."""

    base: str
    slug: str
    local: frozenset[str] = field(default_factory=frozenset)

    @property
    def article(self) -> URIRef:
        return article(self.base, self.slug)

    def entity(self, entity_id: str) -> URIRef:
        if entity_id in self.local:
            return URIRef(f"{self.article}/entity/{entity_id}")
        return entity(self.base, entity_id)

    def sentence(self, index: int) -> URIRef:
        return URIRef(f"{self.article}/sentence/{index}")

    def event(self, event_id: str) -> URIRef:
        return URIRef(f"{self.article}/event/{event_id}")

    def participation(self, event_id: str, role: str, entity_id: str) -> URIRef:
        return URIRef(f"{self.event(event_id)}/{role}/{entity_id}")

    def claim(self, claim_id: str) -> URIRef:
        return URIRef(f"{self.article}/claim/{claim_id}")

    def relay(self, claim_id: str, step: int) -> URIRef:
        """Step `step` (from 1, nearest the speaker) of a claim's source chain."""
        return URIRef(f"{self.claim(claim_id)}/via/{step}")

    def quantity(self, claim_id: str) -> URIRef:
        return URIRef(f"{self.claim(claim_id)}/quantity")

    def time(self, time_id: str) -> URIRef:
        return URIRef(f"{self.article}/time/{time_id}")

    def span(self, start: int, end: int) -> URIRef:
        return URIRef(f"{self.article}/span/{start}-{end}")

    def selector(self, span: URIRef, kind: str) -> URIRef:
        """A span's `quote` or `position` selector."""
        return URIRef(f"{span}#{kind}")
