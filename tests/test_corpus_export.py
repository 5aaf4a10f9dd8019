"""`kb export` of many articles: parallel, incremental, one summary line, and one
bad article never stopping the others."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.corpus import copy_articles
from tests.conftest import DATA, ROOT, SEED, SEED_SLUG, run_kb

INVALID = DATA / "invalid" / "place-is-a-person"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Four article folders with distinct slugs, copied from articles/."""
    return copy_articles(4, tmp_path_factory.mktemp("corpus"))


def _exported(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if not p.name.startswith(".")}


def test_parallel_export_writes_the_same_bytes_as_one_process(
    corpus: list[Path], tmp_path: Path
) -> None:
    one = run_kb("export", *corpus, "--out", tmp_path / "one", "--format", "ttl,nq", "-j", "1")
    two = run_kb("export", *corpus, "--out", tmp_path / "two", "--format", "ttl,nq", "-j", "2")
    assert one.exit_code == two.exit_code == 0, two.stderr
    assert len(_exported(tmp_path / "two")) == 8
    assert _exported(tmp_path / "one") == _exported(tmp_path / "two")


def test_a_corpus_run_ends_with_one_summary_line_and_lists_no_files(
    corpus: list[Path], tmp_path: Path
) -> None:
    result = run_kb("export", *corpus, "--out", tmp_path, "--format", "trig")
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kb: 4 exported, 0 unchanged, 0 failed, 0 skipped")
    assert "articles/s" in lines[0]


def test_unchanged_articles_are_skipped_and_a_changed_one_is_exported_again(
    corpus: list[Path], tmp_path: Path
) -> None:
    folders = [shutil.copytree(folder, tmp_path / "in" / folder.name) for folder in corpus]
    out = tmp_path / "out"
    run_kb("export", *folders, "--out", out, "--format", "nq")
    text = folders[0] / "article.txt"
    text.write_text(
        text.read_text("utf-8").replace("\n", "\n", 1), "utf-8"
    )  # same words, new mtime
    again = run_kb("export", *folders, "--out", out, "--format", "nq")
    assert "0 exported, 4 unchanged" in again.stderr
    annotation = folders[0] / "annotation.yaml"
    annotation.write_text(annotation.read_text("utf-8") + "\n# reviewed\n", "utf-8")
    changed = run_kb("export", *folders, "--out", out, "--format", "nq")
    assert "1 exported, 3 unchanged" in changed.stderr


def test_a_deleted_output_is_written_again(corpus: list[Path], tmp_path: Path) -> None:
    run_kb("export", *corpus, "--out", tmp_path, "--format", "nq")
    (tmp_path / f"{corpus[1].name}.nq").unlink()
    again = run_kb("export", *corpus, "--out", tmp_path, "--format", "nq")
    assert "1 exported, 3 unchanged" in again.stderr
    assert (tmp_path / f"{corpus[1].name}.nq").exists()


def test_a_failing_article_is_reported_the_others_written_and_the_exit_code_says_so(
    corpus: list[Path], tmp_path: Path
) -> None:
    result = run_kb("export", corpus[0], INVALID, corpus[1], "--out", tmp_path, "--format", "nq")
    assert result.exit_code == 1
    assert f"{INVALID / 'annotation.yaml'}:63:" in result.stderr
    assert "2 exported, 0 unchanged, 1 failed" in result.stderr
    assert sorted(_exported(tmp_path)) == sorted(f"{f.name}.nq" for f in corpus[:2])


def test_strict_stops_at_the_first_failure(corpus: list[Path], tmp_path: Path) -> None:
    result = run_kb("export", INVALID, *corpus, "--out", tmp_path, "--strict", "-j", "1")
    assert result.exit_code == 1
    assert "0 exported, 0 unchanged, 1 failed" in result.stderr
    assert _exported(tmp_path) == {}


def test_paths_that_are_not_article_folders_are_skipped_before_any_work(tmp_path: Path) -> None:
    readme = ROOT / "articles" / "README.md"
    result = run_kb("export", readme, SEED, "--out", tmp_path, "--format", "ttl")
    assert result.exit_code == 0, result.stderr
    assert f"kb: {readme}: skipped: not an article folder" in result.stderr
    assert "1 exported, 0 unchanged, 0 failed, 1 skipped" in result.stderr


def test_a_missing_path_is_refused_before_any_work(corpus: list[Path], tmp_path: Path) -> None:
    result = run_kb("export", *corpus, tmp_path / "typo", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "typo: no such article folder" in result.stderr
    assert not (tmp_path / "out").exists()


def test_extract_refuses_to_overwrite_the_export_of_a_hand_annotation(tmp_path: Path) -> None:
    run_kb("export", SEED, "--out", tmp_path, "--format", "ttl")
    hand = (tmp_path / f"{SEED_SLUG}.ttl").read_bytes()
    result = run_kb(
        "export", "--extract", SEED / "article.txt", "--out", tmp_path, "--format", "ttl"
    )
    assert result.exit_code == 2
    assert "was not written by kb export --extract" in result.stderr
    assert "--force" in result.stderr
    assert (tmp_path / f"{SEED_SLUG}.ttl").read_bytes() == hand


def test_extract_overwrites_its_own_export_and_with_force_a_hand_one(tmp_path: Path) -> None:
    article = SEED / "article.txt"
    run_kb("export", SEED, "--out", tmp_path, "--format", "ttl")
    forced = run_kb("export", "--extract", article, "--out", tmp_path, "--format", "ttl", "--force")
    assert forced.exit_code == 0, forced.stderr
    mine = run_kb("export", "--extract", article, "--out", tmp_path, "--format", "ttl")
    assert mine.exit_code == 0, mine.stderr


def test_the_progress_bar_shows_on_a_terminal_with_the_rate(
    corpus: list[Path], tmp_path: Path
) -> None:
    controller, terminal = pty.openpty()
    command = [sys.executable, "-m", "kb", "export", *map(str, corpus), "--out", str(tmp_path),
               "--format", "nq", "-j", "1"]  # fmt: skip
    done = subprocess.run(command, stderr=terminal, stdout=subprocess.DEVNULL, timeout=120)
    os.close(terminal)
    screen = os.read(controller, 65536).decode("utf-8", "replace")
    os.close(controller)
    assert done.returncode == 0
    assert "kb: exporting" in screen and "4/4" in screen and "articles/s" in screen


def test_a_dask_cluster_exports_the_same_bytes_as_the_process_pool(
    corpus: list[Path], tmp_path: Path
) -> None:
    distributed = pytest.importorskip("distributed")
    pool = run_kb("export", *corpus, "--out", tmp_path / "pool", "--format", "nq,ttl")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster:
        address = cluster.scheduler_address
        dask = run_kb("export", *corpus, "--out", tmp_path / "dask", "--format", "nq,ttl",
                      "--scheduler", address)  # fmt: skip
    assert pool.exit_code == dask.exit_code == 0, dask.stderr
    assert "4 exported" in dask.stderr
    assert _exported(tmp_path / "dask") == _exported(tmp_path / "pool")


def test_a_hand_export_over_a_machine_one_is_guarded_again(tmp_path: Path) -> None:
    article = SEED / "article.txt"
    assert (
        run_kb("export", "--extract", article, "--out", tmp_path, "--format", "ttl").exit_code == 0
    )
    assert run_kb("export", SEED, "--out", tmp_path, "--format", "ttl").exit_code == 0
    again = run_kb("export", "--extract", article, "--out", tmp_path, "--format", "ttl")
    assert again.exit_code == 2
    assert "was not written by kb export --extract" in again.stderr


def test_one_hand_annotated_article_starts_no_manifest(tmp_path: Path) -> None:
    assert run_kb("export", SEED, "--out", tmp_path, "--format", "ttl").exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == [f"{SEED_SLUG}.ttl"]
