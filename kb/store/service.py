"""Find SPARQL federation (`SERVICE <url> {...}`) in a query before the store runs it.

The embedded store would answer a `SERVICE` clause by making an HTTP request from the
user's machine: kb promises no network at run time, and a query file from elsewhere
must not be able to make requests on the user's behalf. So `kb query` refuses it
unless `--allow-service` says the user means it. pyoxigraph offers no switch to turn
federation off, so the query text is scanned: the keyword counts only outside
strings, IRIs and comments, and not as part of a variable or prefixed name.
"""

from __future__ import annotations

import re

from kb.errors import InputError

ALLOW_OPTION = "--allow-service"


def refuse_service(query: str, where: str) -> None:
    """Raise an InputError naming the line of the first `SERVICE` in `query`."""
    for match in _TOKENS.finditer(query):
        if match.group("service"):
            line = query.count("\n", 0, match.start()) + 1
            raise InputError(
                f"{where}:{line}" if where != "query" else f"query line {line}",
                "SERVICE would make the store send an HTTP request to another server",
                f"pass {ALLOW_OPTION} if you mean it, or query the data loaded here",
            )


_TOKENS = re.compile(
    r"""'''(?:[^'\\]|\\.|'(?!''))*'''"""
    r'''|"""(?:[^"\\]|\\.|"(?!""))*"""'''
    r"""|'(?:[^'\\\n]|\\.)*'"""
    r'''|"(?:[^"\\\n]|\\.)*"'''
    r"""|<[^<>"{}|^`\\\x00-\x20]*>"""
    r"""|\#[^\n]*"""
    r"""|(?<![\w?$:.-])(?P<service>SERVICE)(?![\w:.-])""",
    re.IGNORECASE,
)
"""Strings, IRIs and comments (skipped whole, so nothing inside them counts), or the
keyword itself."""
