"""Read a saved news page: headline, publication time, author, URL and body.

trafilatura, the standard extractor for this, finds the article's text among the
page's navigation, cookie banners, related-article boxes and scripts, and its
headline, author, canonical URL and site name. The time of publication is taken
from the page's own metadata (`article:published_time`, schema.org
`datePublished` in JSON-LD or microdata, the article's `<time datetime>`), in that
order, because trafilatura keeps only the day: kb needs the minute, and never
invents it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kb.errors import InputError
from kb.read.article import Metadata, parse_timestamp
from kb.read.ingested import Ingested, paragraphs

_PUBLISHED = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@property='og:article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//article//time/@datetime",
)


def read_html(file: Path) -> Ingested:
    """The article of a saved page; an InputError names the file and what is missing."""
    import trafilatura
    from lxml import html as lxml_html  # type: ignore[import-untyped]

    try:
        page = file.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(str(file), "not UTF-8 text", "save the page as UTF-8") from None
    found = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True, deduplicate=True,
    )  # fmt: skip
    if isinstance(found, dict) or found is None or not found.text or not found.title:
        raise InputError(str(file), "no article text found in the page")
    tree = lxml_html.fromstring(page)
    stamp = next(_published(tree), None)
    if stamp is None:
        raise InputError(
            str(file), "the page's metadata gives no time of publication (kb does not guess it)",
            "save the page with its <head>, or give the article as a JSON Lines line",
        )  # fmt: skip
    metadata = Metadata(
        parse_timestamp(stamp, f"{file}: published"),
        found.url or None, found.author or None, found.sitename or None,
    )  # fmt: skip
    headline = " ".join(found.title.split())
    lines = paragraphs(found.text).split("\n")
    body = "\n".join(lines[1:] if lines and lines[0] == headline else lines)
    return Ingested(headline, body, metadata, str(file))


def _published(tree: Any) -> Iterator[str]:
    """The page's own statements of when it was published, best first."""
    for path in _PUBLISHED[:2]:
        yield from (str(value) for value in tree.xpath(path))
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        yield from _json_ld_dates(script)
    for path in _PUBLISHED[2:]:
        yield from (str(value) for value in tree.xpath(path))


def _json_ld_dates(script: str) -> Iterator[str]:
    try:
        data = json.loads(script)
    except json.JSONDecodeError:
        return
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                yield item["datePublished"]
            stack.extend(reversed([item[k] for k in ("@graph", "mainEntity") if k in item]))
