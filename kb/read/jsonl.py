"""Read a JSON Lines archive, one article per line, as a CMS export gives it:
`headline`, `published` (ISO 8601 with the time), `body`, and optionally `url`,
`author` and `source`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from kb.errors import InputError
from kb.read.article import Metadata, parse_timestamp
from kb.read.ingested import Ingested, paragraphs

_REQUIRED = ("headline", "published", "body")
_OPTIONAL = ("url", "author", "source")


def read_jsonl(file: Path) -> Iterator[Ingested]:
    """Every article of the archive, checked line by line: a bad line is an
    InputError naming `file:line`."""
    try:
        lines = file.read_text("utf-8").splitlines()
    except UnicodeDecodeError:
        raise InputError(str(file), "not UTF-8 text", "save the archive as UTF-8") from None
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield _article(line, f"{file}:{number}")


def _article(line: str, where: str) -> Ingested:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(where, f"not JSON: {error.msg}", "one JSON object per line") from None
    if not isinstance(record, dict):
        raise InputError(where, "not a JSON object", "one JSON object per line")
    for key in _REQUIRED:
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise InputError(where, f"no {key!r}", f"every line needs {', '.join(_REQUIRED)}")
    extra = {key: record[key] for key in _OPTIONAL if isinstance(record.get(key), str)}
    metadata = Metadata(parse_timestamp(record["published"], f"{where}: published"), **extra)
    body = paragraphs(record["body"])
    if not body:
        raise InputError(where, "the body is empty")
    return Ingested(" ".join(record["headline"].split()), body, metadata, where)
