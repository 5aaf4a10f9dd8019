"""`kb ingest`: saved pages and archives in, article folders out."""

from __future__ import annotations

from pathlib import Path

import click

from kb.errors import InputError
from kb.read.ingested import Ingested


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out", "out", default=Path("articles"), show_default=True,
    type=click.Path(file_okay=False, path_type=Path), help="Folder to write article folders to.",
)  # fmt: skip
@click.option("--force", is_flag=True, help="Replace article folders that already exist.")
def ingest(sources: tuple[Path, ...], out: Path, force: bool) -> None:
    """Turn saved news pages and JSON Lines archives into article folders.

    \b
    PAGE.html: a saved page; trafilatura finds the headline, author, URL
    and body among menus, banners, related-article boxes and scripts, and
    the time of publication comes from the page's metadata.
    ARCHIVE.jsonl: one article per line with headline, published (ISO
    8601 with the time), body, and optionally url, author, source.
    Each article becomes OUT/<date>-<headline words>/ with article.txt
    (headline, then the body) and metadata.yaml (published, url, author,
    source). Every source is read and checked before anything is written.

    \b
    Examples:
      kb ingest saved/debrecen.html --out articles/
      kb ingest export.jsonl --out archive/
      kb export --extract archive/*            # annotate and export them
    """
    from kb.formats.writers import write_files

    articles = [article for source in sources for article in _read(source)]
    folders: dict[str, Ingested] = {}
    for article in articles:
        if article.slug in folders:
            where = folders[article.slug].where
            raise InputError(article.where, f"same folder name as {where}: {article.slug}",
                             "ingest them separately into different --out folders")  # fmt: skip
        if (out / article.slug).exists() and not force:
            raise InputError(str(out / article.slug), "exists", "pass --force to replace it")
        folders[article.slug] = article
    for slug, article in folders.items():
        write_files({out / slug / name: data for name, data in article.files().items()})
    names = ", ".join(folders) if len(folders) <= 10 else "…"
    click.echo(f"kb: ingested {len(folders)} article(s) into {out}/: {names}", err=True)


def _read(source: Path) -> list[Ingested]:
    from kb.read.html import read_html
    from kb.read.jsonl import read_jsonl

    if not source.is_file():
        raise InputError(str(source), "no such file", "give saved .html pages or .jsonl archives")
    suffix = source.suffix.lower()
    if suffix in (".html", ".htm"):
        return [read_html(source)]
    if suffix == ".jsonl":
        return list(read_jsonl(source))
    raise InputError(str(source), "not a .html page or a .jsonl archive")
