"""`kb embed`: only the script block, the same one the exported page carries."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from kb.cli.embed import embed
from tests.conftest import MINIMAL
from tests.web_support import export

OPENING = '<script type="application/ld+json">'


def run_embed(*args: str | Path) -> Result:
    return CliRunner().invoke(embed, [str(a) for a in args], catch_exceptions=False)


def test_embed_prints_only_the_script_block() -> None:
    result = run_embed(MINIMAL)
    assert result.exit_code == 0
    assert result.stdout.startswith(OPENING) and result.stdout.endswith("</script>\n")
    markup = json.loads(result.stdout.removeprefix(OPENING).removesuffix("</script>\n"))
    assert markup["@graph"][0]["@type"] == "NewsArticle"


def test_embed_url_becomes_the_main_entity_of_page() -> None:
    url = "https://example.org/hirek/minimal"
    result = run_embed(MINIMAL, "--url", url)
    markup = json.loads(result.stdout.removeprefix(OPENING).removesuffix("</script>\n"))
    assert markup["@graph"][0]["mainEntityOfPage"]["@id"] == url


def test_embed_prints_the_block_the_exported_page_carries(tmp_path: Path) -> None:
    page = export(MINIMAL, tmp_path, "html")["html"].read_text(encoding="utf-8")
    assert run_embed(MINIMAL).stdout.strip() in page
