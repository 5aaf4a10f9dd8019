"""The schema.org markup (`--format schema`): real terms, the Turtle's IRIs, honest dates."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from kb.vocab import SCHEMA
from tests.conftest import MINIMAL
from tests.web_support import (
    HOSTILE,
    assert_names_the_turtle_nodes,
    described_nodes,
    expand,
    export,
    schema_terms,
    turtle,
    typed_nodes,
    variant,
)

ARTICLE = "https://w3id.org/newskb/id/article/minimal"
ENTITY = "https://w3id.org/newskb/id/entity/"
RECEPTION = f"{ARTICLE}/event/e-reception"
JUNE_MEETING = f"{ARTICLE}/event/e-june-meeting"
TASS_CLAIM = f"{ARTICLE}/claim/c-tass"


def markup_of(folder: Path, tmp: Path, *options: str) -> dict[str, Any]:
    files = export(folder, tmp, "schema", *options)
    return json.loads(files["schema"].read_text(encoding="utf-8"))


def node(document: dict[str, Any], iri: str) -> dict[str, Any]:
    """The node `iri` of the @graph, or nested in a claim's `about`."""
    for top in document["@graph"]:
        for candidate in [top, *top.get("about", [])]:
            if candidate.get("@id") == iri and "@type" in candidate:
                return candidate
    raise AssertionError(f"no node {iri}")


def ids(values: list[dict[str, Any]]) -> list[str]:
    return [value["@id"] for value in values]


@pytest.fixture(scope="module")
def minimal(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return markup_of(MINIMAL, tmp_path_factory.mktemp("schema"))


def test_markup_names_the_schema_org_context_by_its_url(minimal: dict[str, Any]) -> None:
    assert minimal["@context"] == "https://schema.org"


@pytest.mark.parametrize("folder", [MINIMAL, HOSTILE], ids=["minimal", "hostile"])
def test_every_property_and_type_is_a_current_schema_org_term(folder: Path, tmp_path: Path) -> None:
    terms = schema_terms()
    expanded = expand(markup_of(folder, tmp_path))
    used: set[str] = set()
    for item in typed_nodes(expanded):
        used.update(t.removeprefix(str(SCHEMA)) for t in item["@type"])
        used.update(k.removeprefix(str(SCHEMA)) for k in item if not k.startswith("@"))
    unknown = sorted(t for t in used if t not in terms)
    superseded = sorted(t for t in used if terms.get(t))
    assert not unknown and not superseded, f"unknown {unknown}, superseded {superseded}"


def test_markup_describes_the_turtles_nodes_under_their_iris_and_aligned_types(
    tmp_path: Path,
) -> None:
    files = export(MINIMAL, tmp_path, "ttl,schema")
    graph = turtle(files["ttl"])
    markup = json.loads(files["schema"].read_text(encoding="utf-8"))
    assert assert_names_the_turtle_nodes(markup, graph) == described_nodes(graph)


def test_article_has_what_google_recommends(minimal: dict[str, Any]) -> None:
    article = node(minimal, ARTICLE)
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == "Kim Dzsongun Phenjanban fogadta az orosz védelmi minisztert"
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)", article["datePublished"]
    )
    assert article["inLanguage"] == "hu"
    # the cited agency is the source, not the publisher (the portal, which kb does not know)
    assert article["sourceOrganization"] == {"@id": f"{ENTITY}mti"}
    assert "publisher" not in article
    assert ids(article["about"]) == [f"{ENTITY}kim-jong-un"]


def test_main_entity_of_page_is_given_only_with_a_url(
    minimal: dict[str, Any], tmp_path: Path
) -> None:
    url = "https://example.org/hirek/minimal"
    article = node(
        markup_of(variant(tmp_path, lambda a: a["article"].update(url=url)), tmp_path), ARTICLE
    )
    assert article["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert article["url"] == url
    assert "mainEntityOfPage" not in node(minimal, ARTICLE)


def test_entities_point_to_wikidata_where_the_annotation_is_certain(
    minimal: dict[str, Any],
) -> None:
    assert (
        node(minimal, f"{ENTITY}kim-jong-un")["sameAs"] == "http://www.wikidata.org/entity/Q56226"
    )
    assert "sameAs" not in node(minimal, f"{ENTITY}andrei-belousov")


def test_a_day_stays_a_day_and_a_month_stays_a_month(minimal: dict[str, Any]) -> None:
    reception, meeting = node(minimal, RECEPTION), node(minimal, JUNE_MEETING)
    assert (reception["startDate"], reception["endDate"]) == ("2024-11-30", "2024-11-30")
    assert (meeting["startDate"], meeting["endDate"]) == ("2024-06", "2024-06")


def test_a_part_of_a_month_is_given_as_the_month(tmp_path: Path) -> None:
    def late_june(annotation: dict[str, Any]) -> None:
        annotation["times"][1].update(precision="part-of-month", part="late")

    meeting = node(markup_of(variant(tmp_path, late_june), tmp_path), JUNE_MEETING)
    assert (meeting["startDate"], meeting["endDate"]) == ("2024-06", "2024-06")


def test_an_event_the_text_does_not_date_has_no_dates(tmp_path: Path) -> None:
    def undated(annotation: dict[str, Any]) -> None:
        del annotation["events"][0]["time"]

    reception = node(markup_of(variant(tmp_path, undated), tmp_path), RECEPTION)
    assert "startDate" not in reception and "endDate" not in reception


def test_events_have_place_organizer_and_attendees(minimal: dict[str, Any]) -> None:
    reception = node(minimal, RECEPTION)
    assert reception["location"] == {"@id": f"{ENTITY}pyongyang"}
    assert ids(reception["organizer"]) == [f"{ENTITY}kim-jong-un"]
    assert ids(reception["attendee"]) == [f"{ENTITY}andrei-belousov"]


def test_an_event_told_in_the_articles_own_voice_is_mentioned(minimal: dict[str, Any]) -> None:
    assert RECEPTION in ids(node(minimal, ARTICLE)["mentions"])


def test_an_event_known_only_from_a_claim_is_stated_inside_that_claim(
    minimal: dict[str, Any],
) -> None:
    assert JUNE_MEETING not in ids(node(minimal, ARTICLE)["mentions"])
    assert JUNE_MEETING not in ids(minimal["@graph"])
    assert ids(node(minimal, TASS_CLAIM)["about"]) == [JUNE_MEETING]


def test_a_claim_carries_its_quote_its_author_and_where_it_appeared(
    minimal: dict[str, Any],
) -> None:
    claim = node(minimal, TASS_CLAIM)
    assert claim["@type"] == "Claim"
    assert claim["text"] == "a két politikus júniusban is találkozott"
    assert ids(claim["author"]) == [f"{ENTITY}tass"]
    assert claim["appearance"] == {"@id": ARTICLE}


def test_markup_text_cannot_end_a_script_element(tmp_path: Path) -> None:
    text = export(HOSTILE, tmp_path, "schema")["schema"].read_text(encoding="utf-8")
    assert "<" not in text and ">" not in text and "&" not in text
    assert "</script><script>alert(1)</script>" in json.loads(text)["@graph"][0]["headline"]


def test_same_graph_gives_the_same_bytes(tmp_path: Path) -> None:
    first = export(MINIMAL, tmp_path / "a", "schema,html")
    second = export(MINIMAL, tmp_path / "b", "schema,html")
    for name in ("schema", "html"):
        assert first[name].read_bytes() == second[name].read_bytes()
