"""Command-line options that several commands share, declared once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from kb import iris
from kb.vocab import DEFAULT_BASE_IRI

F = TypeVar("F", bound=Callable[..., Any])


def base_iri_option(function: F) -> F:
    """`--base-iri`: where minted IRIs live; the same for export, embed and the KB."""
    return click.option(
        "--base-iri", default=DEFAULT_BASE_IRI, show_default=True, callback=_check_base_iri,
        help="Base of the IRIs minted for articles, entities, events and claims "
        "(give the same one to every command, so the IRIs match).",
    )(function)  # fmt: skip


def url_option(function: F) -> F:
    """`--url`: where the article is published; an IRI in the graph, so checked as one."""
    return click.option(
        "--url", callback=_check_url, help="The article's web address "
        "(schema:url, the schema.org markup's mainEntityOfPage, the page's link).",
    )(function)  # fmt: skip


def _check_base_iri(_: click.Context, __: click.Parameter, value: str) -> str:
    problem = iris.iri_problem(value)
    if problem is None and not value.endswith(("/", "#")):
        problem = "does not end in '/' or '#'"
    if problem:
        raise click.BadParameter(
            f"{value!r} {problem}; give an absolute IRI ending in '/' or '#', "
            "e.g. https://example.org/news/"
        )
    return value


def _check_url(_: click.Context, __: click.Parameter, value: str | None) -> str | None:
    if value is not None and (problem := iris.iri_problem(value)):
        raise click.BadParameter(f"{value!r} {problem}; e.g. https://example.hu/hirek/123")
    return value
