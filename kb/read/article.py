"""Read `article.txt`: headline, date line, body, sentences.

The file is kept exactly as published: every offset in the annotation counts in
its decoded text, so nothing here normalises whitespace or line endings.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kb.errors import InputError
from kb.model import Article, Span
from kb.read.sentences import split_sentences
from kb.timespan import MONTHS_HU

ARTICLE_FILE = "article.txt"
METADATA_FILE = "metadata.yaml"

_DATELINE = re.compile(
    r"(?P<year>\d{4})\.\s+(?P<month>[a-zőúéáűöüóí]+)\s+(?P<day>\d{1,2})\."
    r"\s*[–—-]\s*(?P<hour>\d{1,2}):(?P<minute>\d{2})"
)


def read_article(path: Path, timezone: str = "Europe/Budapest") -> Article:
    """Read an article file (or the `article.txt` in a folder)."""
    file = path / ARTICLE_FILE if path.is_dir() else path
    text = _read_text(file)
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip():
        raise InputError(
            str(file), "expected a headline on line 1, a date line on line 2, then the body"
        )
    headline = _line_span(text, 0)
    dateline = _line_span(text, 1)
    published = _parse_dateline(dateline.text, f"{file}:2", timezone)
    body_start = dateline.end + 1
    sentences = (headline, *split_sentences(text, body_start))
    return Article(
        text=text, headline=headline, dateline=dateline, published=published, sentences=sentences
    )


def _read_text(file: Path) -> str:
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(str(file), "no such file", "an article folder holds article.txt") from None
    except IsADirectoryError:
        raise InputError(str(file), "is a folder, not an article file") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            f"{file}:{line}",
            f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})",
            "save the article as UTF-8",
        ) from None


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
        raise InputError(where, f"impossible date or time in {line!r} ({error})") from None
