"""What kb checks in a query's text before the embedded store runs it.

* Federation (`SERVICE <url> {...}`): the store would answer it by making an HTTP
  request from the user's machine; kb promises no network at run time, and a query
  file from elsewhere must not make requests on the user's behalf. So it is refused
  unless `--allow-service` says the user means it (pyoxigraph has no switch for it).
* Nesting: pyoxigraph's parser recurses, and a query nested some thousands of
  brackets deep crashes the process (a segmentation fault, not an error). Brackets
  deeper than the nesting limit are refused first.

The text is scanned by tokens: a keyword or bracket counts only outside strings, IRIs
and comments, and `SERVICE` not as part of a variable or prefixed name.
"""

from __future__ import annotations

import re

from kb.errors import InputError
from kb.read.files import NESTING

ALLOW_OPTION = "--allow-service"


def check_query(query: str, where: str, *, allow_service: bool) -> None:
    """Raise an InputError naming the line of the first `SERVICE` (unless allowed) or
    of the first bracket beyond the nesting limit."""
    depth, limit = 0, NESTING.value()
    for match in _TOKENS.finditer(query):
        if match.group("service") and not allow_service:
            raise InputError(
                _line(query, where, match),
                "SERVICE would make the store send an HTTP request to another server",
                f"pass {ALLOW_OPTION} if you mean it, or query the data loaded here",
            )
        if match.group("open"):
            depth += 1
            if depth > limit:
                raise InputError(
                    _line(query, where, match), f"brackets nested more than {limit} deep",
                    f"simplify the query, or raise the limit with {NESTING.variable}",
                )  # fmt: skip
        elif match.group("close"):
            depth -= 1


def _line(query: str, where: str, match: re.Match[str]) -> str:
    line = query.count("\n", 0, match.start()) + 1
    return f"{where}:{line}" if where != "query" else f"query line {line}"


_TOKENS = re.compile(
    r"""'''(?:[^'\\]|\\.|'(?!''))*'''"""
    r'''|"""(?:[^"\\]|\\.|"(?!""))*"""'''
    r"""|'(?:[^'\\\n]|\\.)*'"""
    r'''|"(?:[^"\\\n]|\\.)*"'''
    r"""|<[^<>"{}|^`\\\x00-\x20]*>"""
    r"""|\#[^\n]*"""
    r"""|(?<![\w?$:.-])(?P<service>SERVICE)(?![\w:.-])"""
    r"""|(?P<open>[({\[])|(?P<close>[)}\]])""",
    re.IGNORECASE,
)
"""Strings, IRIs and comments (skipped whole, so nothing inside them counts), the
keyword, or a bracket."""
