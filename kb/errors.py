"""The errors kb reports to its user, with the exit code each one means.

Exit codes are part of the command-line contract: 0 ok, 1 the graph failed
validation (or an operation failed), 2 bad input or usage. Every error renders as
one line that names the file, line or node and says what to do.
"""

from __future__ import annotations

import re

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_BAD_INPUT = 2


class KbError(Exception):
    """A problem the user can fix; `str(error)` is the one line to print."""

    exit_code = EXIT_BAD_INPUT


class InputError(KbError):
    """Bad input: a missing folder, malformed YAML, a quote not in the text..."""

    def __init__(self, where: str, problem: str, fix: str = "") -> None:
        self.where = where
        message = f"{where}: {problem}" + (f"; {fix}" if fix else "")
        super().__init__(message)


class ValidationFailed(KbError):
    """The graph does not conform to the shapes; carries the readable report."""

    exit_code = EXIT_INVALID


class OperationFailed(KbError):
    """The operation itself failed (a locked store, an endpoint that is down or
    refuses): the input may be fine, and nothing was changed."""

    exit_code = EXIT_INVALID


def visible(text: str) -> str:
    """`text` with every control character shown, not obeyed. Article text, file names
    and query answers can hold ESC, BEL or CR, which a terminal would run as commands
    (colours, a moved cursor, a rewritten line), and bidirectional overrides that
    reorder what is read. A line break shows as ⏎, other C0 controls as their Unicode
    pictures (␛), the rest (C1, format characters) as \\u escapes."""
    return _CONTROL.sub(_show, text)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _show(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\n":
        return "⏎"
    if char < " ":
        return chr(0x2400 + ord(char))
    if char == "\x7f":
        return "␡"
    return f"\\u{ord(char):04x}"
