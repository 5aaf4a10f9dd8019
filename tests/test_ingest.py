"""`kb ingest`: saved news pages and JSON Lines archives become article folders
that export shape-valid; the date comes from the page's metadata, never a guess."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kb.formats.parse import read_graph
from kb.read.article import read_article
from kb.vocab import SCHEMA
from tests.conftest import DATA, run_kb

INGEST = DATA / "ingest"
SZEGED = "2025-09-18-uj-villamosvonalat-kap-szeged"
DEBRECEN = "2025-10-06-bezar-a-debreceni-megyei-konyvtar"
PECS = "2025-11-04-sztrajkot-hirdettek-a-pecsi-buszsoforok"
GYOR = "2025-11-05-megnyilt-az-uj-gyori-uszoda"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("articles")
    pages = [INGEST / "hirportal-szeged-villamos.html", INGEST / "naplo-debrecen-konyvtar.html"]
    result = run_kb("ingest", *pages, INGEST / "archive.jsonl", "--out", out)
    assert result.exit_code == 0, result.stderr
    return out


def test_a_saved_page_gives_headline_and_body_without_the_sites_furniture(ingested: Path) -> None:
    text = (ingested / SZEGED / "article.txt").read_text("utf-8")
    lines = text.splitlines()
    assert lines[0] == "Új villamosvonalat kap Szeged"
    assert lines[1].startswith("Szeged közgyűlése csütörtökön megszavazta")
    assert lines[-1] == "A közgyűlés a következő ülésén dönt a kivitelező kiválasztásáról."
    for furniture in ("sütiket", "Kapcsolódó", "Drágul a buszjegy", "Hirdetés", "gtag",
                      "Legolvasottabb", "Szerző", "Megosztás"):  # fmt: skip
        assert furniture not in text


def test_a_saved_page_gives_time_author_url_and_site_from_its_metadata(ingested: Path) -> None:
    meta = (ingested / SZEGED / "metadata.yaml").read_text("utf-8")
    assert 'published: "2025-09-18T09:41:00+02:00"' in meta
    assert 'author: "Szabó Péter"' in meta
    assert 'url: "https://delvideki-hirportal.hu/belfold/2025/09/18/szeged-villamos"' in meta
    assert 'source: "Délvidéki Hírportál"' in meta


def test_the_time_comes_from_json_ld_when_the_page_has_no_meta_tag(ingested: Path) -> None:
    article = read_article(ingested / DEBRECEN)
    assert article.published.isoformat() == "2025-10-06T16:20:00+02:00"
    assert "olvaso42" not in article.text  # reader comments are not the article


def test_a_page_that_gives_only_the_day_is_refused(tmp_path: Path) -> None:
    result = run_kb("ingest", INGEST / "only-a-day.html", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert (
        "only-a-day.html: published: '2025-05-07' gives the day but not the time" in result.stderr
    )
    assert not (tmp_path / "out").exists()


def test_each_archive_line_becomes_a_folder_and_a_time_without_offset_is_budapest_time(
    ingested: Path,
) -> None:
    pecs = (ingested / PECS / "article.txt").read_text("utf-8").splitlines()
    assert len(pecs) == 4  # headline and three paragraphs: the blank lines are gone
    gyor = read_article(ingested / GYOR)
    assert gyor.published == dt.datetime(
        2025, 11, 5, 18, 15, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert gyor.dateline is None


def test_a_bad_archive_line_is_named_and_nothing_is_written(tmp_path: Path) -> None:
    result = run_kb("ingest", INGEST / "bad-line.jsonl", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "bad-line.jsonl:2: no 'published'" in result.stderr
    assert not (tmp_path / "out").exists()


def test_an_existing_article_folder_is_replaced_only_with_force(ingested: Path) -> None:
    page = INGEST / "hirportal-szeged-villamos.html"
    refused = run_kb("ingest", page, "--out", ingested)
    assert refused.exit_code == 2
    assert f"{SZEGED}: exists; pass --force" in refused.stderr
    assert run_kb("ingest", page, "--out", ingested, "--force").exit_code == 0


def test_ingested_articles_export_shape_valid_with_the_pages_address(
    ingested: Path, tmp_path: Path
) -> None:
    folders = sorted(ingested.iterdir())
    result = run_kb("export", "--extract", *folders, "--out", tmp_path, "--format", "ttl,html")
    assert result.exit_code == 0, result.stderr
    assert "4 exported, 0 unchanged, 0 failed" in result.stderr
    graph = read_graph(tmp_path / f"{SZEGED}.ttl")
    urls = {str(url) for url in graph.objects(None, SCHEMA.url)}
    assert urls == {"https://delvideki-hirportal.hu/belfold/2025/09/18/szeged-villamos"}
    page = (tmp_path / f"{SZEGED}.html").read_text("utf-8")
    assert '<time datetime="2025-09-18T09:41:00+02:00">2025-09-18T09:41:00+02:00</time>' in page
