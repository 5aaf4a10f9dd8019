"""Read `article.txt`: headline, date line, body, sentences.

The file is kept as published, whitespace and line endings included, with one
exception: it is read in Unicode NFC, the form keyboards type, so that "é" is one
character whether the file spelled it precomposed or as "e" and a combining
accent. Every offset in the annotation counts in that text.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kb.errors import InputError
from kb.model import Article, Span
from kb.read.files import ARTICLE_BYTES, read_text
from kb.read.sentences import split_sentences
from kb.timespan import MONTHS_HU

ARTICLE_FILE = "article.txt"

_DATELINE = re.compile(
    r"(?P<year>\d{4})\.\s+(?P<month>[a-zőúéáűöüóí]+)\s+(?P<day>\d{1,2})\."
    r"\s*[–—-]\s*(?P<hour>\d{1,2}):(?P<minute>\d{2})"
)


def read_article(path: Path, timezone: str = "Europe/Budapest") -> Article:
    """Read an article file (or the `article.txt` in a folder)."""
    file = path / ARTICLE_FILE if path.is_dir() else path
    text = unicodedata.normalize(
        "NFC", read_text(file, ARTICLE_BYTES, "an article folder holds article.txt")
    )
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip():
        raise InputError(
            str(file), "has no headline, date line and body",
            "write the headline on line 1, a date line like '2024. november 30. – 10:12' "
            "on line 2, then the body",
        )  # fmt: skip
    headline = _line_span(text, 0)
    dateline = _line_span(text, 1)
    published = _parse_dateline(dateline.text, f"{file}:2", timezone)
    body_start = dateline.end + 1
    sentences = (headline, *split_sentences(text, body_start))
    return Article(
        text=text, headline=headline, dateline=dateline, published=published, sentences=sentences
    )


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
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(where, f"unknown time zone {timezone!r}", "use an IANA name") from None
    try:
        return dt.datetime(
            int(match["year"]), MONTHS_HU.index(month) + 1, int(match["day"]),
            int(match["hour"]), int(match["minute"]), tzinfo=zone,
        )  # fmt: skip
    except ValueError as error:
        raise InputError(
            where, f"impossible date or time in {line!r} ({error})", "give one that exists"
        ) from None
