"""Command-line options that several commands share, declared once."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

import click

from kb.vocab import DEFAULT_BASE_IRI

F = TypeVar("F", bound=Callable[..., Any])


def base_iri_option(function: F) -> F:
    """`--base-iri`: where minted IRIs live; the same for export, embed and the KB."""
    return click.option(
        "--base-iri", default=DEFAULT_BASE_IRI, show_default=True, callback=_check_base_iri,
        help="Base of the IRIs minted for articles, entities, events and claims "
        "(give the same one to every command, so the IRIs match).",
    )(function)  # fmt: skip


def _check_base_iri(_: click.Context, __: click.Parameter, value: str) -> str:
    if not _ABSOLUTE.match(value) or not value.endswith(("/", "#")):
        raise click.BadParameter(
            f"{value!r} is not an absolute IRI ending in '/' or '#' "
            "(e.g. https://example.org/news/)"
        )
    if bad := _NOT_IN_IRIS.search(value):
        raise click.BadParameter(
            f"{value!r} has {bad.group()!r}, which no IRI may contain "
            "(it would break N-Triples and Turtle); percent-encode it or leave it out"
        )
    if value.count("#") > 1 or _BAD_PERCENT.search(value):
        raise click.BadParameter(
            f"{value!r} is not a valid IRI (a second '#', or '%' not followed by two "
            "hex digits); e.g. https://example.org/news/"
        )
    return value


_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_NOT_IN_IRIS = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]')
"""RFC 3987 excludes these from every IRI: space and controls, and <>"{}|\\^`."""
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
