"""An article read from a saved page or an archive, and the article folder it becomes.

`kb ingest` turns HTML pages (`kb.read.html`) and JSON Lines archives
(`kb.read.jsonl`) into the folders every other command reads: `article.txt` (the
headline on line 1, then one paragraph per line, the words as published) and
`metadata.yaml` (when it was published, where, by whom; see `kb.read.article`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kb.read.article import ARTICLE_FILE, METADATA_FILE, Metadata, write_metadata


@dataclass(frozen=True)
class Ingested:
    """One article as a page or an archive line gives it."""

    headline: str
    body: str
    metadata: Metadata
    where: str  # the file (and line) it came from, for messages

    @property
    def slug(self) -> str:
        """The folder name: the day of publication and the first headline words,
        ASCII ("2025-01-22-elfogadta-a-koltsegvetest-a-debreceni")."""
        assert self.metadata.published is not None
        words = unicodedata.normalize("NFKD", self.headline.lower())
        ascii_words = re.sub(r"[^a-z0-9]+", "-", words.encode("ascii", "ignore").decode())
        head = "-".join(ascii_words.strip("-").split("-")[:5])
        return f"{self.metadata.published.date().isoformat()}-{head}".rstrip("-")

    def files(self) -> dict[str, bytes]:
        """The files of the article folder, by name."""
        return {
            ARTICLE_FILE: f"{self.headline}\n{self.body}\n".encode(),
            METADATA_FILE: write_metadata(self.metadata).encode(),
        }


def paragraphs(text: str) -> str:
    """Text as kb's article.txt wants it: one paragraph per line, none empty, each
    stripped of the spaces around it (offsets are counted in what is written)."""
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
