"""Bad input gets one clear line naming the place to fix, exit 2, and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA, run_kb

BAD = DATA / "bad"


@pytest.mark.parametrize(
    ("case", "where", "expected"),
    [
        ("non-utf8", "article.txt:1", "not UTF-8 text (byte 0xe9 at offset 42)"),
        ("malformed-yaml", "annotation.yaml:13", "malformed YAML"),
        ("unknown-entity", "annotation.yaml:63", "unknown entity 'andrei-belouszov'"),
        ("quote-not-found", "annotation.yaml:43", "quote 'MTA' is not in article.txt"),
        (
            "offsets-out-of-range",
            "annotation.yaml:48",
            "offsets 4000-4006 of 'TASZSZ' are out of range",
        ),
        ("quote-at-wrong-offsets", "annotation.yaml:48", "it stands at start: 188, end: 194"),
        ("impossible-date", "annotation.yaml:50", "2024-02-30"),
        (
            "earliest-after-latest",
            "annotation.yaml:56",
            "earliest 2024-12-01 is after latest 2024-11-30",
        ),
        (
            "metonymic-mention-counted-twice",
            "annotation.yaml:39",
            "'Phenjanban' stands for another entity by metonymy, so it is not a mention of",
        ),
        ("event-before-itself", "annotation.yaml:63", "event 'e-reception' is related to itself"),
        (
            "unknown-event-type",
            "annotation.yaml:63",
            "'tea-party' is not in the ontology's event-types",
        ),
    ],
)
def test_bad_input_is_one_line_naming_the_place_and_exits_2(
    case: str, where: str, expected: str, tmp_path: Path
) -> None:
    result = run_kb("export", BAD / case, "--out", tmp_path)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert where in lines[0]
    assert expected in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_missing_article_folder_is_named(tmp_path: Path) -> None:
    result = run_kb("export", tmp_path / "no-such-article", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "no-such-article: no such article folder" in result.stderr
    assert not (tmp_path / "out").exists()


def test_one_bad_article_among_good_ones_is_reported_and_the_others_written(
    tmp_path: Path,
) -> None:
    good, bad = DATA / "articles" / "minimal", BAD / "unknown-entity"
    result = run_kb("export", good, bad, "--out", tmp_path, "--jobs", "1")
    assert result.exit_code == 2
    assert f"kb: {bad / 'annotation.yaml'}:" in result.stderr
    assert "1 exported, 0 unchanged, 1 failed" in result.stderr
    assert sorted(p.name for p in tmp_path.glob("minimal.*")) == [
        "minimal.html", "minimal.jsonld", "minimal.schema.jsonld", "minimal.ttl",
    ]  # fmt: skip


def test_unknown_output_format_is_a_usage_error(tmp_path: Path) -> None:
    result = run_kb("export", DATA / "articles" / "minimal", "--format", "ttl,rdfxml")
    assert result.exit_code == 2
    assert "unknown format 'rdfxml'" in result.stderr


def test_a_base_iri_that_is_not_absolute_is_a_usage_error(tmp_path: Path) -> None:
    minimal = DATA / "articles" / "minimal"
    result = run_kb("export", minimal, "--base-iri", "news/", "--out", tmp_path)
    assert result.exit_code == 2
    assert "'news/' is not an absolute IRI" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_second_article_with_a_taken_slug_is_refused(tmp_path: Path) -> None:
    minimal = DATA / "articles" / "minimal"
    result = run_kb("export", minimal, minimal, "--out", tmp_path)
    assert result.exit_code == 2
    assert "another article has the slug 'minimal'" in result.stderr
    assert "1 exported, 0 unchanged, 1 failed" in result.stderr
