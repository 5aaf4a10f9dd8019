"""The seed graph says what the text says: begin and end bounds, claims with speaker and
channel, places inside places, metonymy not counted twice, article-scoped office holders.

Each expectation is read from article.txt (docs/ontology.md explains the modelling).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, XSD

from kb.validation import validate
from kb.vocab import DEFAULT_BASE_IRI, KB, SCHEMA
from tests.conftest import SEED_SLUG

ARTICLE = URIRef(f"{DEFAULT_BASE_IRI}article/{SEED_SLUG}")
ENTITY = f"{DEFAULT_BASE_IRI}entity/"
PUBLISHED = Literal("2024-11-30", datatype=XSD.date)


@cache
def _graph(path: Path) -> Graph:
    return Graph().parse(path)


def seed(export: Path) -> Graph:
    return _graph(export / f"{SEED_SLUG}.ttl")


def node(kind: str, local: str) -> URIRef:
    return URIRef(f"{ARTICLE}/{kind}/{local}")


def test_the_seed_has_no_warning_either(seed_export: Path) -> None:
    assert validate(seed(seed_export)) == []


def test_ongoing_fighting_has_begun_and_not_ended_by_publication(seed_export: Path) -> None:
    """The fighting ("Egyesek már részt vesznek"): not over, unlike "korábban"."""
    g = seed(seed_export)
    already = g.value(node("event", "kursk-fighting"), KB.time)
    assert g.value(already, KB.latestBegin) == g.value(already, KB.earliestEnd) == PUBLISHED
    assert g.value(already, KB.latestEnd) is None
    earlier = g.value(node("event", "un-ambassador-denial"), KB.time)
    assert g.value(earlier, KB.latestEnd) == PUBLISHED


def test_late_october_keeps_its_part_of_the_month(seed_export: Path) -> None:
    assert seed(seed_export).value(node("time", "late-october"), KB.monthPart) == Literal("late")


def test_the_meeting_came_before_kims_statement(seed_export: Path) -> None:
    """The meeting "Előzőleg": before the events just told, not only publication."""
    g = seed(seed_export)
    assert (node("event", "belousov-meets-no"), KB.before, node("event", "kim-statement")) in g


def test_every_claim_names_its_speaker_and_its_channel(seed_export: Path) -> None:
    g = seed(seed_export)
    claims = list(g.objects(ARTICLE, KB.hasClaim))
    assert len(claims) == 11
    for claim in claims:
        assert g.value(claim, KB.speaker) and g.value(claim, KB.source), claim


def test_kims_words_came_through_north_korean_media_then_mti(seed_export: Path) -> None:
    g = seed(seed_export)
    claim = node("claim", "kim-on-support")
    first, second = (URIRef(f"{claim}/via/{n}") for n in (1, 2))
    assert {*g.objects(claim, KB.via)} == {first, second}
    assert g.value(first, KB.channel) == URIRef(f"{ENTITY}north-korean-media")
    assert g.value(first, KB.time) == node("time", "saturday-morning")
    assert g.value(second, KB.channel) == URIRef(f"{ENTITY}mti")
    assert (second, PROV.wasQuotedFrom, first) in g


def test_the_pentagon_claim_is_about_now_and_silent_on_when_it_was_said(
    seed_export: Path,
) -> None:
    g = seed(seed_export)
    claim = node("claim", "pentagon-estimate")
    assert g.value(claim, KB.aboutTime) == node("time", "currently")
    assert g.value(claim, KB.time) is None


def test_kims_assurance_and_its_quoted_content_are_one_speech_act(seed_export: Path) -> None:
    g = seed(seed_export)
    acts = {g.value(node("claim", c), KB.statedIn) for c in ("kim-assurance", "kim-on-support")}
    assert acts == {node("event", "kim-statement")}


def test_places_lie_in_places_and_kursk_borders_ukraine(seed_export: Path) -> None:
    g = seed(seed_export)
    kursk, russia = URIRef(f"{ENTITY}kursk-oblast"), URIRef(f"{ENTITY}russia")
    assert (kursk, SCHEMA.containedInPlace, russia) in g
    assert (kursk, KB.borders, URIRef(f"{ENTITY}ukraine")) in g


def test_a_city_named_only_by_metonymy_is_not_a_mention(seed_export: Path) -> None:
    """In "Szöuli értesülések" South Korea speaks: Seoul is not mentioned as itself."""
    g = seed(seed_export)
    seoul = URIRef(f"{ENTITY}seoul")
    assert (ARTICLE, SCHEMA.mentions, seoul) not in g
    assert g.value(seoul, KB.anchor) is None
    assert (None, KB.metonymyOf, seoul) in g


def test_an_office_holder_known_only_by_the_office_is_this_articles_own(
    seed_export: Path,
) -> None:
    g = seed(seed_export)
    ambassador = node("entity", "russia-un-ambassador")
    assert (ARTICLE, SCHEMA.mentions, ambassador) in g
    assert (URIRef(f"{ENTITY}russia-un-ambassador"), None, None) not in g


def test_the_alliance_came_about_under_the_treaty_and_its_conditional_content_is_anchored(
    seed_export: Path,
) -> None:
    g = seed(seed_export)
    assert (node("event", "military-alliance"), KB.resultOf, node("event", "treaty-signing")) in g
    assistance = node("event", "mutual-assistance")
    assert g.value(assistance, KB.condition) == node("span", "1787-1811")
    assert g.value(assistance, KB.time) is None
    assert (assistance, SCHEMA.superEvent, node("event", "military-alliance")) in g


def test_groups_are_not_organizations(seed_export: Path) -> None:
    g = seed(seed_export)
    for group in ("western-powers", "north-korean-media"):
        kinds = set(g.objects(URIRef(f"{ENTITY}{group}"), None))
        assert KB.Group in kinds and KB.Organization not in kinds, group
