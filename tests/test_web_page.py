"""The HTML page as a file: self-contained, one data script, safe links, stable bytes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kb.formats.web.page import render
from kb.formats.web.view import read_article
from kb.pipeline import build_graph, read_document
from kb.triples import sorted_triples
from kb.vocab import DEFAULT_BASE_IRI
from tests.conftest import MINIMAL
from tests.web_support import HOSTILE, export


def page_of(folder: Path, url: str | None = None) -> str:
    mapped = build_graph(read_document(folder), DEFAULT_BASE_IRI)
    return render(read_article(sorted_triples(mapped.graph), mapped.article), url)


@pytest.fixture(scope="module")
def minimal() -> str:
    return page_of(MINIMAL)


def test_page_loads_nothing_from_elsewhere(minimal: str) -> None:
    assert not re.search(r"<(link|img|iframe|object|embed|video|audio)\b", minimal)
    assert not re.search(r"\bsrc=|@import|url\(", minimal)


def test_page_has_no_script_but_its_schema_org_data(minimal: str) -> None:
    assert re.findall(r"<script[^>]*>", minimal) == ['<script type="application/ld+json">']


def test_only_web_addresses_become_the_link_to_the_original() -> None:
    assert '<a href="https://example.org/a">original</a>' in page_of(
        MINIMAL, "https://example.org/a"
    )
    assert "javascript:" not in page_of(MINIMAL, "javascript:alert(1)").split("</script>")[1]


def test_hostile_text_is_escaped_everywhere_in_the_page() -> None:
    page = page_of(HOSTILE)
    assert "<img" not in page and page.count("<script") == 1 and page.count("</script>") == 1


def test_export_writes_the_page_and_the_markup_next_to_the_turtle(tmp_path: Path) -> None:
    export(MINIMAL, tmp_path, "ttl,schema,html")
    assert sorted(p.name for p in tmp_path.glob("minimal.*")) == [
        "minimal.html",
        "minimal.schema.jsonld",
        "minimal.ttl",
    ]
