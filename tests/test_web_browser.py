"""The exported page as a reader gets it: opened in headless Chromium from its file.

The browser is the system's Chromium driven by Playwright (browser). Both
are test dependencies: without them these tests skip, saying what is missing,
except in CI (CI=true), where a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from browser import CHROMIUM
from rdflib import URIRef

from kb.vocab import KB
from tests.conftest import MINIMAL
from tests.web_support import (
    HOSTILE,
    PAYLOADS,
    assert_names_the_turtle_nodes,
    described_nodes,
    export,
    turtle,
    variant,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

TIMEOUT_MS = 10_000


def _unavailable() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install playwright)"
    if not CHROMIUM.exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    missing = _unavailable()
    if missing and os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {missing}")
    if missing:
        pytest.skip(missing)
    from browser import launch
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh tab (no page loaded yet); closed after the test."""
    context = browser.new_context()
    context.set_default_timeout(TIMEOUT_MS)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def minimal(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return export(MINIMAL, tmp_path_factory.mktemp("web"), "ttl,html")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return export(HOSTILE, tmp_path_factory.mktemp("web"), "ttl,html")


@pytest.fixture(scope="module")
def many_dates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The minimal article with events at every precision, listed out of date order."""

    def add_times(annotation: dict[str, Any]) -> None:
        annotation["times"] += [
            {"id": "t-late-oct", "precision": "part-of-month", "value": "2024-10", "part": "late"},
            {"id": "t-2023", "precision": "year", "value": "2023"},
            {"id": "t-july", "precision": "relative", "begins_after": "2024-07-01",
             "ended_by": "2024-07-15"},
        ]  # fmt: skip
        reception = annotation["events"][0]
        annotation["events"] += [
            {**reception, "id": f"e-{time}", "time": f"t-{time}"}
            for time in ("late-oct", "2023", "july")
        ]
        annotation["events"].append({**reception, "id": "e-undated", "time": None})
        del annotation["events"][-1]["time"]

    folder = variant(tmp_path_factory.mktemp("variant"), add_times)
    return export(folder, tmp_path_factory.mktemp("web"), "ttl,html")


def load(page: Page, file: Path) -> None:
    page.goto(file.resolve().as_uri())


def json_ld_blocks(page: Page) -> list[dict[str, Any]]:
    scripts = page.locator('script[type="application/ld+json"]').all()
    return [json.loads(script.text_content() or "") for script in scripts]


def test_page_markup_describes_the_exported_turtle(page: Page, minimal: dict[str, Path]) -> None:
    load(page, minimal["html"])
    (markup,) = json_ld_blocks(page)
    graph = turtle(minimal["ttl"])
    assert assert_names_the_turtle_nodes(markup, graph) == described_nodes(graph)


def test_timeline_lists_dated_events_earliest_first(
    page: Page, many_dates: dict[str, Path]
) -> None:
    load(page, many_dates["html"])
    items = page.locator("ol.timeline > li")
    assert [time.inner_text() for time in items.locator("time").all()] == [
        "2023",
        "June 2024",
        "between 1 July 2024 and 15 July 2024",
        "late October 2024",
        "30 November 2024",
    ]
    graph = turtle(many_dates["ttl"])
    shown = [URIRef(iri or "") for iri in items.evaluate_all("li => li.map(l => l.dataset.iri)")]
    assert all((event, KB.time, None) in graph for event in shown)
    assert page.locator("ul.undated a").get_attribute("href") == "#event-e-undated"


def test_hostile_text_runs_no_script(page: Page, hostile: dict[str, Path]) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.add_init_script("window.alerts = 0; window.alert = () => { window.alerts += 1; };")
    load(page, hostile["html"])
    assert dialogs == [] and page.evaluate("window.alerts") == 0
    assert page.locator("img").count() == 0
    assert page.locator("script").evaluate_all("s => s.map(e => e.type)") == ["application/ld+json"]


def test_hostile_text_is_shown_literally(page: Page, hostile: dict[str, Path]) -> None:
    load(page, hostile["html"])
    assert PAYLOADS[0] in page.locator("h1").inner_text()
    assert PAYLOADS[1] in page.locator("article .body").inner_text()
    assert all(p in page.locator("#claims blockquote").inner_text() for p in PAYLOADS)
    assert PAYLOADS[1] in page.locator("#entity-kim-jong-un").inner_text()


def test_hostile_text_reads_back_unchanged_from_the_markup(
    page: Page, hostile: dict[str, Path]
) -> None:
    load(page, hostile["html"])
    (markup,) = json_ld_blocks(page)
    article = markup["@graph"][0]
    assert all(payload in article["headline"] for payload in PAYLOADS)


def test_page_fetches_nothing(page: Page, minimal: dict[str, Path]) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    load(page, minimal["html"])
    assert requested == [minimal["html"].resolve().as_uri()]


def test_page_reads_without_javascript(browser: Browser, minimal: dict[str, Path]) -> None:
    context = browser.new_context(java_script_enabled=False)
    context.set_default_timeout(TIMEOUT_MS)
    try:
        page = context.new_page()
        load(page, minimal["html"])
        assert "A TASZSZ szerint" in page.locator("article .body").inner_text()
        assert page.locator("ol.timeline > li").count() == 2
        assert page.locator("#entities li").count() == 6
        assert page.locator("#claims blockquote").is_visible()
    finally:
        context.close()


def test_every_link_on_the_page_leads_to_an_entry_of_the_page(
    page: Page, minimal: dict[str, Path]
) -> None:
    load(page, minimal["html"])
    dangling = page.evaluate(
        """() => [...document.querySelectorAll('a[href^="#"]')]
                 .map(a => a.getAttribute('href').slice(1))
                 .filter(id => !document.getElementById(id))"""
    )
    assert dangling == []


def test_clicking_a_highlighted_name_goes_to_its_entry(
    page: Page, minimal: dict[str, Path]
) -> None:
    load(page, minimal["html"])
    page.locator("h1 a", has_text="Kim Dzsongun").click()
    assert page.evaluate("location.hash") == "#entity-kim-jong-un"
    assert page.locator("#entity-kim-jong-un").is_visible()
