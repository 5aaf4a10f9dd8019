"""One slug rule and one home for data IRIs (kb.iris)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import MINIMAL, ROOT, run_kb

from kb import iris
from kb.errors import InputError


def test_slug_keeps_hungarian_letters_readable() -> None:
    assert iris.slug("Észak-Korea és Oroszország", "x") == "eszak-korea-es-oroszorszag"
    assert iris.slug("Győr–Sopron, ŰRHAJÓ", "x") == "gyor-sopron-urhajo"


def test_slug_refuses_a_name_with_no_letters_or_digits() -> None:
    with pytest.raises(InputError, match=r"cannot make an id from '!!!'"):
        iris.slug("!!!", "folder")


def test_slug_pattern_is_the_annotation_schemas_id_pattern() -> None:
    schema = json.loads((ROOT / "schema" / "annotation.schema.json").read_text("utf-8"))
    assert schema["$defs"]["id"]["pattern"] == iris.SLUG_PATTERN.pattern


def test_article_nodes_live_under_the_article_iri() -> None:
    names = iris.ArticleIris("https://example.org/", "a")
    assert names.article == iris.article("https://example.org/", "a")
    assert str(names.span(3, 9)) == "https://example.org/article/a/span/3-9"
    assert str(names.selector(names.span(3, 9), "quote")).endswith("/span/3-9#quote")
    assert str(names.participation("visit", "visitor", "kim")).endswith("/event/visit/visitor/kim")


def test_wikidata_item_reads_back_its_qid() -> None:
    assert iris.qid(iris.wikidata("Q159")) == "Q159"


def _unslugged_copy(tmp_path: Path, folder_name: str) -> Path:
    folder = tmp_path / folder_name
    shutil.copytree(MINIMAL, folder)
    annotation = folder / "annotation.yaml"
    lines = annotation.read_text("utf-8").splitlines(keepends=True)
    annotation.write_text("".join(li for li in lines if "slug:" not in li), "utf-8")
    return folder


def test_export_without_slug_makes_one_from_the_folder_name(tmp_path: Path) -> None:
    folder = _unslugged_copy(tmp_path, "My Article")
    result = run_kb("export", folder, "--out", tmp_path / "out", "--format", "ttl")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out" / "my-article.ttl").exists()


def test_export_of_a_folder_whose_name_has_no_letters_is_refused(tmp_path: Path) -> None:
    folder = _unslugged_copy(tmp_path, "!!!")
    result = run_kb("export", folder, "--out", tmp_path / "out", "--format", "ttl")
    assert result.exit_code == 2
    assert "cannot make an id from '!!!'" in result.stderr
    assert "set article.slug" in result.stderr
    assert not (tmp_path / "out").exists()


def test_export_of_dot_uses_the_real_folder_name(tmp_path: Path, monkeypatch) -> None:
    folder = _unslugged_copy(tmp_path, "Dot Folder")
    monkeypatch.chdir(folder)
    result = run_kb("export", ".", "--out", tmp_path / "out", "--format", "ttl")
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["dot-folder.ttl"]
