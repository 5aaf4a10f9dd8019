"""Every article and fixture exports in every format: a new field cannot reach four
formats and crash the fifth (as decimal quantity bounds once crashed the HTML view)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA, ROOT, run_kb

from kb.formats.serialize import FORMATS
from kb.read.annotation import load_annotation

ALL_FORMATS = ",".join(FORMATS)
ANNOTATED = sorted(
    folder.parent
    for root in (ROOT / "articles", DATA / "articles")
    for folder in root.glob("*/annotation.yaml")
)


def test_every_annotated_article_exports_in_every_format(tmp_path: Path) -> None:
    result = run_kb("export", *ANNOTATED, "--out", tmp_path, "--format", ALL_FORMATS)
    assert result.exit_code == 0, result.stderr
    written = {path.name for path in tmp_path.iterdir()}
    for folder in ANNOTATED:
        slug = _slug(folder)
        for name, output in FORMATS.items():
            assert f"{slug}.{output.extension}" in written, (folder, name)


@pytest.mark.parametrize("folder", ANNOTATED, ids=lambda folder: folder.name)
def test_every_text_exports_in_every_format_after_extraction(folder: Path, tmp_path: Path) -> None:
    result = run_kb("export", "--extract", folder / "article.txt", "--out", tmp_path,
                    "--format", ALL_FORMATS)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert len(list(tmp_path.iterdir())) == len(FORMATS)


def _slug(folder: Path) -> str:
    return load_annotation(folder / "annotation.yaml").article.slug
