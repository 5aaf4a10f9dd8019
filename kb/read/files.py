"""Read the files a user gives kb, within limits, with one-line errors.

Every input kb reads (article.txt, annotation.yaml, RDF and JSON-LD for
`kb validate`, SPARQL query files) comes through here, so the same rules hold for
all of them: only a regular file is read (a folder, a FIFO or `/dev/zero` is refused
before a byte is read, so nothing can hang kb), never more than its limit (so a
50 MB article fails at once instead of after minutes), decoded as UTF-8 with the
line of a bad byte named. Each limit can be raised through its environment
variable; the README's "Limits" section lists them.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from kb.errors import InputError


class YamlLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe YAML loader every YAML file kb reads is parsed with: libyaml's where PyYAML
    was built with it (about six times faster), else the pure-Python one; both give the
    same data."""


@dataclass(frozen=True)
class Limit:
    """A size limit, and the environment variable that changes it."""

    variable: str
    default: int

    def value(self) -> int:
        """The limit in force: the variable's value when it is a positive integer."""
        raw = os.environ.get(self.variable, "")
        try:
            value = int(raw)
        except ValueError:
            value = 0
        if raw and value <= 0:
            raise InputError(
                self.variable, f"{raw!r} is not a positive whole number", "unset it or fix it"
            )
        return value or self.default


ARTICLE_BYTES = Limit("KB_MAX_ARTICLE_BYTES", 200_000)
"""article.txt: a long news article is 50 kB (the seed 5 kB); export time grows faster
than the text (pySHACL, Turtle), so the limit keeps the worst case near half a minute."""

ANNOTATION_BYTES = Limit("KB_MAX_ANNOTATION_BYTES", 1_000_000)
"""annotation.yaml: the seed article's is 23 kB."""

RDF_BYTES = Limit("KB_MAX_RDF_BYTES", 8_000_000)
"""A file for `kb validate`: every export of an article at the article limit fits (its
N-Triples are the largest, about 4 MB). A file of many articles is streamed, article by
article (`kb.validation.by_article`): raise the limit for a corpus file, memory stays flat."""

QUERY_BYTES = Limit("KB_MAX_QUERY_BYTES", 1_000_000)
"""A SPARQL query file for `kb query`."""

YAML_NODES = Limit("KB_MAX_YAML_NODES", 200_000)
"""Values in annotation.yaml, counting each repetition an alias makes (the seed has 2,100)."""

NESTING = Limit("KB_MAX_NESTING", 64)
"""How deep YAML and JSON may nest; kb's own formats need fewer than ten levels."""


def read_bytes(file: Path, limit: Limit, hint: str = "check the path") -> bytes:
    """The bytes of a regular file no larger than `limit`, or an InputError naming it."""
    with _opened(file, limit, hint) as handle:
        # a file that grows while it is read is caught by reading one byte more
        data = handle.read(limit.value() + 1)
    _check_size(file, limit, len(data))
    return data


def read_text(file: Path, limit: Limit, hint: str = "check the path") -> str:
    """A regular UTF-8 text file no larger than `limit`; a bad byte is named by line."""
    data = read_bytes(file, limit, hint)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise _not_utf8(file, line, data[error.start], error.start) from None


@contextmanager
def stream_text(file: Path, limit: Limit, hint: str = "check the path") -> Iterator[BinaryIO]:
    """`read_text`'s file, checked the same way, for a reader that streams it (a
    corpus-sized RDF file is parsed as it is read, never held): the bytes come as the
    file has them, checked as UTF-8 and counted against `limit` on the way."""
    with _opened(file, limit, hint) as handle:
        yield io.BufferedReader(_CheckedText(file, handle, limit), buffer_size=1 << 16)


def parse_json(text: str, where: str) -> Any:
    """JSON no deeper than the nesting limit; errors name the line."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{where}:{error.lineno}", f"not JSON: {error.msg}", "fix it, or export it again"
        ) from None
    except RecursionError:
        value = None
        depth = NESTING.value() + 1
    else:
        depth = _depth(value)
    if depth > NESTING.value():
        raise InputError(
            where,
            f"nested more than {NESTING.value()} levels deep",
            f"flatten it, or raise the limit with {NESTING.variable}",
        )
    return value


@contextmanager
def _opened(file: Path, limit: Limit, hint: str) -> Iterator[BinaryIO]:
    """A regular file no larger than `limit` (by its size), open; refused before a
    byte is read, and a failed read is one line too."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer before it is refused
        descriptor = os.open(file, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(descriptor, "rb") as handle:
            status = os.fstat(descriptor)
            _check_regular(file, status.st_mode)
            _check_size(file, limit, status.st_size)
            yield handle
    except FileNotFoundError:
        raise InputError(str(file), "no such file", hint) from None
    except IsADirectoryError:
        raise InputError(str(file), "is a folder, not a file", hint) from None
    except OSError as error:
        raise InputError(str(file), f"cannot read: {error.strerror or error}", hint) from None


def _check_size(file: Path, limit: Limit, size: int) -> None:
    if size > limit.value():
        raise InputError(
            str(file),
            f"larger than the limit of {limit.value():,} bytes",
            f"split it, or raise the limit with {limit.variable}=BYTES",
        )


def _not_utf8(file: Path, line: int, byte: int, offset: int) -> InputError:
    return InputError(
        f"{file}:{line}",
        f"not UTF-8 text (byte 0x{byte:02x} at offset {offset})",
        "save the file as UTF-8",
    )


class _CheckedText(io.RawIOBase):
    """A file's bytes as they are read, decoded on the way only to prove them UTF-8
    (the first bad byte is named by line and offset, as `read_text` names it) and
    counted, so a file that grows past `limit` while it is read is refused too."""

    def __init__(self, file: Path, handle: BinaryIO, limit: Limit) -> None:
        self._file, self._handle, self._limit = file, handle, limit
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._offset = self._lines = 0  # bytes read so far, and newlines among them

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._handle.read(len(buffer))
        pending = len(self._decoder.getstate()[0])  # a character split between reads
        try:
            self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as error:
            line = self._lines + error.object[: error.start].count(b"\n") + 1
            offset = self._offset - pending + error.start
            raise _not_utf8(self._file, line, error.object[error.start], offset) from None
        self._offset += len(data)
        self._lines += data.count(b"\n")
        _check_size(self._file, self._limit, self._offset)
        buffer[: len(data)] = data
        return len(data)


def _check_regular(file: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise IsADirectoryError
    if not stat.S_ISREG(mode):
        kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device or socket"
        raise InputError(str(file), f"is {kind}, not a regular file", "give a file on disk")


def _depth(value: Any) -> int:
    """How deep `value` nests, without recursion (it may be deep by design of an attacker)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest
