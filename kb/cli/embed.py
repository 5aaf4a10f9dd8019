"""`kb embed`: the schema.org block of an article, to paste into its web page.

Registered on the `kb` group by kb.cli.main; kb's KbError handling (one line, exit
code) therefore applies here too.
"""

from __future__ import annotations

from pathlib import Path

import click

from kb.cli.options import base_iri_option, url_option


@click.command()
@click.argument("article", type=click.Path(path_type=Path))
@url_option
@base_iri_option
def embed(article: Path, url: str | None, base_iri: str) -> None:
    """Print the schema.org <script type="application/ld+json"> block of ARTICLE.

    \b
    ARTICLE is an article folder (article.txt and annotation.yaml). kb maps
    and validates it as kb export does, and prints only the script element:
    a NewsArticle with the people, organisations, places, events and claims
    of the knowledge base, under the same IRIs. Paste it into the <head> of
    the article's page. Exits 1 if the annotation does not validate.

    \b
    Examples:
      kb embed articles/2024-11-30-eszak-korea-oroszorszag
      kb embed my-article --url https://example.org/news/my-article
    """
    from kb.formats.web.escape import script_block
    from kb.formats.web.schemaorg import markup
    from kb.formats.web.view import read_article
    from kb.pipeline import build_graph, read_document

    mapped = build_graph(read_document(article), base_iri)
    click.echo(script_block(markup(read_article(mapped.triples, mapped.article), url)))
