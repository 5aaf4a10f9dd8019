"""Hungarian sentence splitting with character offsets.

Shared by `kb.read.article` (every fact is anchored to its sentence) and `kb.extract`.
A sentence ends at `.`, `!`, `?` or `…` (optionally followed by a closing quote or
bracket) when the next word starts a new sentence, or at a blank line. A single line
break does not end one, because published text breaks lines mid-sentence.

A full stop is not an end when it belongs to the word before it:

- an abbreviation that introduces what follows ("pl.", "dr.", "ún.", "kb.", "ill.",
  "vö.", "jan.", "szept.", ...), or a single capital initial ("Donald J. Trump");
- a Hungarian ordinal number: "2024. november 30.", "a 6. hadsereg", "2024. 11. 30.",
  "XIV. Lajos" (a number's dot ends a sentence only before a capitalised word that is
  not a month name, and not after an article or an acronym, where the number is an
  ordinal inside a name: "az MH 25. Klapka György Lövészdandár");
- a quotation followed by its reporting clause: „Nem.” – mondta.

Abbreviations that close a phrase ("stb.", "Kft.", "Zrt.", "MTI.") end a sentence like
any word when a capitalised word follows (a company's legal form not before a number or
a bracketed acronym: "a MÁV-HÉV Zrt. 10 percenként", "Fejlesztő Zrt. (NIF)").
"""

from __future__ import annotations

import re

from kb.model import Span
from kb.timespan import MONTHS_HU

# Abbreviations after which the text always goes on (compared in lower case).
ABBREVIATIONS = frozenset((
    "pl", "ún", "dr", "ill", "kb", "vö", "ld", "uo", "ua", "id", "ifj", "özv", "prof", "gen",
    "alezr", "ezr", "szds", "hdgy", "őrgy", "tb", "mr", "mrs", "ms", "st", "sz", "u", "krt",
    "ker", "em", "sk", "ford", "szerk", "évf", "old", "köt", "szül", "sztv", "pk", "btk", "ptk",
    "jan", "febr", "márc", "ápr", "máj", "jún", "júl", "aug", "szept", "okt", "nov", "dec",
))  # fmt: skip
MONTHS = frozenset(MONTHS_HU)

_LEGAL_FORMS = frozenset({"zrt", "kft", "nyrt", "bt", "rt", "ltd", "inc", "co"})
_ACRONYM = re.compile(r"\(\w{2,}\)")
_CANDIDATE = re.compile(r"[.!?…]+[”\"»)’]*(?=\s|$)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_WORD_BEFORE = re.compile(r"([\w-]+)$")
_WORD_AND_SPACE_BEFORE = re.compile(r"(?<![\w-])([\w-]+) $")
_NEXT_WORD = re.compile(r"\s*([^\s]+)")
_ROMAN = re.compile(r"[IVXLCDM]+")
_OPENERS = '„"«(‘'


def split_sentences(text: str, start: int = 0, end: int | None = None) -> tuple[Span, ...]:
    """Split `text[start:end]` into sentences, as spans of the whole `text`."""
    stop = len(text) if end is None else end
    spans: list[Span] = []
    for block_start, block_end in _blocks(text, start, stop):
        cursor = block_start
        for match in _CANDIDATE.finditer(text, block_start, block_end):
            if _ends_sentence(text, match.start(), match.end(), block_end):
                spans.extend(_span(text, cursor, match.end()))
                cursor = match.end()
        spans.extend(_span(text, cursor, block_end))
    return tuple(spans)


# --- helpers ---------------------------------------------------------------------------


def _blocks(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The paragraphs of text[start:stop]: a blank line always ends a sentence."""
    blocks = []
    cursor = start
    for match in _BLANK_LINE.finditer(text, start, stop):
        blocks.append((cursor, match.start()))
        cursor = match.end()
    blocks.append((cursor, stop))
    return blocks


def _ends_sentence(text: str, mark: int, after: int, stop: int) -> bool:
    """Whether the punctuation at text[mark:after] closes a sentence."""
    following = _NEXT_WORD.match(text, after, stop)
    if following is None:
        return True
    word = following.group(1)
    if word[0] in "–—-":
        return _starts_sentence(_NEXT_WORD.match(text, following.end(), stop))
    if not _is_sentence_start(word):
        return False
    if text[mark] != "." or after - mark > 1:
        return True
    before = _WORD_BEFORE.search(text, max(0, mark - 40), mark)
    if before is None:
        return True
    token = before.group(1)
    if token.isdigit() and _ordinal_in_name(text, before.start()):
        return False
    return not _dot_belongs_to(token, word)


def _ordinal_in_name(text: str, number: int) -> bool:
    """Whether the number starting at `number` follows an article or an acronym ("a 25.",
    "az MH 25."): an ordinal inside a name, for a sentence does not end "a 25."."""
    before = _WORD_AND_SPACE_BEFORE.search(text, max(0, number - 40), number)
    if before is None:
        return False
    word = before.group(1)
    return word.lower() in ("a", "az") or (len(word) > 1 and word.isupper() and word.isalpha())


def _starts_sentence(match: re.Match[str] | None) -> bool:
    """A dash then a capitalised word is new speech; a dash then "mondta" is not."""
    return match is None or _is_sentence_start(match.group(1))


def _is_sentence_start(word: str) -> bool:
    first = word.lstrip(_OPENERS)[:1]
    return not first or first.isupper() or first.isdigit() or word[0] in _OPENERS


def _dot_belongs_to(token: str, next_word: str) -> bool:
    """Whether the dot after `token` is part of it (abbreviation, ordinal, initial); a
    company's legal form goes on before a number or a bracketed acronym ("a MÁV-HÉV
    Zrt. 10 percenként", "a Nemzeti Infrastruktúra Fejlesztő Zrt. (NIF) közölte")."""
    if token.lower() in ABBREVIATIONS:
        return True
    if token.lower() in _LEGAL_FORMS and (next_word[0].isdigit() or _ACRONYM.match(next_word)):
        return True
    if len(token) == 1 and token.isupper():
        return True
    if token.isdigit() or _ROMAN.fullmatch(token):
        bare = next_word.strip(_OPENERS + ".,;:").lower()
        return bare in MONTHS or next_word[0].isdigit() or bool(_ROMAN.fullmatch(token))
    return False


def _span(text: str, start: int, end: int) -> list[Span]:
    """The stripped span of text[start:end], or nothing if it is blank."""
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return []
    left = start + len(chunk) - len(chunk.lstrip())
    return [Span(stripped, left, left + len(stripped))]
