"""Read `article.txt`: headline, date line, body, sentences; and `metadata.yaml`.

The file is kept as published, whitespace and line endings included, with one
exception: it is read in Unicode NFC, the form keyboards type, so that "é" is one
character whether the file spelled it precomposed or as "e" and a combining
accent. Every offset in the annotation counts in that text.

The date of publication comes from line 2, the date line ("2024. november 30. –
10:12"), unless the folder has a `metadata.yaml` giving `published` (what `kb
ingest` writes from a page's own metadata): then article.txt is the headline and
the body only, and the metadata also gives the page's `url`, `author` and `source`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from kb.errors import InputError
from kb.model import Article, Span
from kb.read.files import ARTICLE_BYTES, YamlLoader, read_text
from kb.read.sentences import split_sentences
from kb.timespan import MONTHS_HU

ARTICLE_FILE = "article.txt"
METADATA_FILE = "metadata.yaml"

_DATELINE = re.compile(
    r"(?P<year>\d{4})\.\s+(?P<month>[a-zőúéáűöüóí]+)\s+(?P<day>\d{1,2})\."
    r"\s*[–—-]\s*(?P<hour>\d{1,2}):(?P<minute>\d{2})"
)


@dataclass(frozen=True)
class Metadata:
    """What a page says about an article besides its words (`metadata.yaml`)."""

    published: dt.datetime | None = None
    url: str | None = None
    author: str | None = None
    source: str | None = None


def read_article(path: Path, timezone: str = "Europe/Budapest") -> Article:
    """Read an article file (or the `article.txt` in a folder)."""
    file = path / ARTICLE_FILE if path.is_dir() else path
    text = unicodedata.normalize(
        "NFC", read_text(file, ARTICLE_BYTES, "an article folder holds article.txt")
    )
    published = read_metadata(file.parent, timezone).published
    lines = text.split("\n")
    if published is not None:
        if len(lines) < 2 or not lines[0].strip():
            raise InputError(str(file), "expected a headline on line 1, then the body")
        headline = _line_span(text, 0)
        sentences = (headline, *split_sentences(text, headline.end + 1))
        return Article(text, headline, None, published, sentences)
    if len(lines) < 3 or not lines[0].strip():
        raise InputError(
            str(file), "has no headline, date line and body",
            "write the headline on line 1, a date line like '2024. november 30. – 10:12' "
            f"on line 2, then the body (or give the date as `published` in {METADATA_FILE})",
        )  # fmt: skip
    headline = _line_span(text, 0)
    dateline = _line_span(text, 1)
    published = _parse_dateline(dateline.text, f"{file}:2", timezone)
    sentences = (headline, *split_sentences(text, dateline.end + 1))
    return Article(text, headline, dateline, published, sentences)


def read_metadata(folder: Path, timezone: str = "Europe/Budapest") -> Metadata:
    """The folder's `metadata.yaml`, or no metadata when there is none."""
    file = folder / METADATA_FILE
    try:
        data = yaml.load(file.read_text("utf-8"), Loader=YamlLoader)
    except FileNotFoundError:
        return Metadata()
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        raise InputError(str(file), f"not a YAML mapping ({error.__class__.__name__})") from None
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise InputError(str(file), "expected a mapping of text values", "quote every value")
    unknown = sorted(set(data) - {"published", "url", "author", "source"})
    if unknown:
        raise InputError(
            str(file), f"unknown key {unknown[0]!r}", "use published, url, author, source"
        )
    published = data.get("published")
    return Metadata(
        parse_timestamp(published, f"{file}: published", timezone) if published else None,
        data.get("url"), data.get("author"), data.get("source"),
    )  # fmt: skip


def write_metadata(metadata: Metadata) -> str:
    """`metadata.yaml` as `kb ingest` writes it: one quoted value per line."""
    values = {
        "published": metadata.published.isoformat() if metadata.published else None,
        "url": metadata.url, "author": metadata.author, "source": metadata.source,
    }  # fmt: skip
    lines = [
        f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in values.items() if value
    ]
    return (
        "# Where and when the article was published (written by kb ingest)\n"
        + "\n".join(lines)
        + "\n"
    )


def is_dateline(line: str) -> bool:
    """Whether `line` is written like a date line ("2024. november 30. – 10:12")."""
    match = _DATELINE.fullmatch(line.strip())
    return bool(match and match["month"].lower() in MONTHS_HU)


def _line_span(text: str, index: int) -> Span:
    start = 0
    for _ in range(index):
        start = text.index("\n", start) + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return Span(text[start:end], start, end)


def _parse_dateline(line: str, where: str, timezone: str) -> dt.datetime:
    match = _DATELINE.fullmatch(line.strip())
    month = match and match["month"].lower()
    if not match or month not in MONTHS_HU:
        raise InputError(
            where, f"not a date line: {line!r}", "write it like '2024. november 30. – 10:12'"
        )
    zone = _zone(timezone, where)
    try:
        return dt.datetime(
            int(match["year"]), MONTHS_HU.index(month) + 1, int(match["day"]),
            int(match["hour"]), int(match["minute"]), tzinfo=zone,
        )  # fmt: skip
    except ValueError as error:
        raise InputError(
            where, f"impossible date or time in {line!r} ({error})", "give one that exists"
        ) from None


def parse_timestamp(value: str, where: str, timezone: str = "Europe/Budapest") -> dt.datetime:
    """An ISO 8601 date and time of publication; a bare day is refused (kb never
    invents the hour), a time without an offset is taken in `timezone`."""
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise InputError(where, f"not an ISO 8601 date and time: {value!r}") from None
    if not re.search(r"\d[T ]\d{1,2}:\d{2}", value):
        raise InputError(
            where, f"{value!r} gives the day but not the time of publication",
            "give it as 2025-03-12T10:12+01:00 (kb does not invent the hour)",
        )  # fmt: skip
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_zone(timezone, where))
    return moment


def _zone(timezone: str, where: str) -> ZoneInfo:
    try:
        return ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(where, f"unknown time zone {timezone!r}", "use an IANA name") from None
