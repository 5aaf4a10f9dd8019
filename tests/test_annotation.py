"""annotation.yaml: what is written can be read back unchanged, by hand or by machine."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.extract import extract
from kb.read.annotation import load_annotation
from kb.read.article import read_article
from kb.read.dump import dump_annotation
from tests.conftest import MINIMAL, SEED


@pytest.mark.parametrize("folder", [SEED, MINIMAL], ids=["seed", "minimal"])
def test_a_hand_annotation_dumped_and_loaded_back_is_the_same(folder: Path, tmp_path: Path) -> None:
    original = load_annotation(folder / "annotation.yaml")
    copy = tmp_path / folder.name / "annotation.yaml"
    copy.parent.mkdir()
    copy.write_text(dump_annotation(original), encoding="utf-8")
    assert load_annotation(copy) == original


def test_a_machine_draft_keeps_its_origin_and_confidence_through_yaml(tmp_path: Path) -> None:
    draft = extract(read_article(SEED), slug=SEED.name)
    file = tmp_path / SEED.name / "annotation.yaml"
    file.parent.mkdir()
    file.write_text(dump_annotation(draft), encoding="utf-8")
    loaded = load_annotation(file)
    assert loaded == draft
    assert {e.prov.origin for e in loaded.entities} == {"machine"}
    assert all(e.prov.confidence is not None for e in loaded.entities)


def test_unquoted_dates_are_read_as_written_not_as_yaml_timestamps(tmp_path: Path) -> None:
    """Plain PyYAML turns `2024-11-30` into a date, which the schema (strings) rejects."""
    text = (MINIMAL / "annotation.yaml").read_text(encoding="utf-8")
    assert "value: '2024-11-30'" in text
    copy = tmp_path / "minimal" / "annotation.yaml"
    copy.parent.mkdir()
    copy.write_text(text.replace("value: '2024-11-30'", "value: 2024-11-30"), encoding="utf-8")
    saturday = next(t for t in load_annotation(copy).times if t.precision == "day")
    assert saturday.value == "2024-11-30"
