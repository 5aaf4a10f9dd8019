"""`kb validate FILE...`: any RDF file kb reads, checked against the shapes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from rdflib import Graph

from benchmarks.corpus import copy_articles
from kb.formats import parse
from kb.formats.parse import read_quads
from kb.formats.serialize import serialize
from kb.mapping import to_graph
from kb.pipeline import read_document
from kb.validation import errors, validate, validate_each_article
from kb.vocab import DEFAULT_BASE_IRI
from tests.conftest import DATA, SEED_SLUG, run_kb


def test_the_seed_exports_conform_in_every_format(seed_export: Path) -> None:
    files = [seed_export / f"{SEED_SLUG}.{ext}" for ext in ("ttl", "jsonld", "nt", "nq", "trig")]
    result = run_kb("validate", *files)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count(": conforms") == len(files)


def test_a_violation_exits_1_with_node_property_and_message() -> None:
    result = run_kb("validate", DATA / "validate" / "event-without-time.ttl")
    assert result.exit_code == 1
    assert "1 shape violation(s)" in result.stderr
    assert "event/e-reception: An event needs a time" in result.stderr


def test_a_file_that_is_not_rdf_is_one_line_naming_it_and_exits_2() -> None:
    result = run_kb("validate", DATA / "validate" / "not-turtle.ttl")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "not-turtle.ttl: not valid turtle" in result.stderr


def test_a_remote_jsonld_context_is_refused_not_fetched() -> None:
    result = run_kb("validate", DATA / "validate" / "remote-context.jsonld")
    assert result.exit_code == 2
    assert "kb does not fetch remote documents: https://example.org/" in result.stderr


def test_an_unknown_extension_is_a_usage_error_naming_the_extensions(tmp_path: Path) -> None:
    file = tmp_path / "graph.rdf"
    file.write_text("<rdf:RDF/>", encoding="utf-8")
    result = run_kb("validate", file)
    assert result.exit_code == 2
    assert "unknown RDF file extension" in result.stderr


def test_schema_org_markup_is_skipped_with_a_note(seed_export: Path) -> None:
    result = run_kb("validate", *sorted(seed_export.glob("*.jsonld")))
    assert result.exit_code == 0, result.stderr
    assert "schema.jsonld: schema.org markup for a web page, not kb data" in result.stderr


def test_a_file_of_many_articles_is_judged_article_by_article(tmp_path: Path) -> None:
    """A corpus in one N-Quads file: the broken article's violations, and only its."""
    corpus, broken = _corpus_with_a_broken_article(tmp_path)
    expected = errors(validate(broken))
    assert errors(validate_each_article(read_quads(corpus))) == expected != []
    result = run_kb("validate", corpus)
    assert result.exit_code == 1
    assert f"{len(expected)} shape violation(s)" in result.stderr


def test_a_streamed_corpus_file_gets_the_verdicts_of_a_held_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file past `_HELD` bytes is read three times from disk instead of kept."""
    corpus, _ = _corpus_with_a_broken_article(tmp_path)
    held = validate_each_article(read_quads(corpus))
    monkeypatch.setattr(parse, "_HELD", 0)
    assert validate_each_article(read_quads(corpus)) == held
    result = run_kb("validate", corpus)
    assert result.exit_code == 1
    assert f"{len(errors(held))} shape violation(s)" in result.stderr


def test_a_corpus_file_in_any_order_of_its_lines_gets_the_same_verdicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Articles are validated as their last line is read: an article whose lines are
    scattered through the file is judged whole all the same."""
    monkeypatch.setattr(parse, "_HELD", 0)
    corpus, broken = _corpus_with_a_broken_article(tmp_path)
    lines = corpus.read_bytes().splitlines(keepends=True)
    random.Random(13).shuffle(lines)
    scattered = tmp_path / "scattered.nq"
    scattered.write_bytes(b"".join(lines))
    expected = validate_each_article(read_quads(corpus))
    assert validate_each_article(read_quads(scattered)) == expected
    assert errors(expected) == errors(validate(broken))


def test_a_bad_byte_deep_in_a_streamed_file_is_named_by_line_and_offset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The streamed file is checked as `read_text` checks a small one, across the
    reads it is parsed in (a character split between two reads is no error)."""
    monkeypatch.setattr(parse, "_HELD", 0)
    line = '<http://e/s> <http://e/p> "é" .\n'.encode()
    good = line * 20_000  # 700 kB: many reads, some of them ending inside the é
    file = tmp_path / "big.nt"
    file.write_bytes(good + b'<http://e/s> <http://e/p> "\xe9" .\n')
    result = run_kb("validate", file)
    assert result.exit_code == 2
    offset = len(good) + len(b'<http://e/s> <http://e/p> "')
    assert f"big.nt:20001: not UTF-8 text (byte 0xe9 at offset {offset})" in result.stderr


def _corpus_with_a_broken_article(tmp_path: Path) -> tuple[Path, Graph]:
    """Three exported articles and a broken one in one N-Quads file."""
    folders = copy_articles(3, tmp_path / "in")
    run_kb("export", *folders, "--out", tmp_path / "out", "--format", "nq")
    broken = to_graph(read_document(DATA / "invalid" / "place-is-a-person"), DEFAULT_BASE_IRI)
    corpus = tmp_path / "corpus.nq"
    parts = [p.read_bytes() for p in sorted((tmp_path / "out").glob("*.nq"))]
    corpus.write_bytes(b"".join(parts) + serialize(broken.graph, broken.article, "nq"))
    return corpus, broken.graph
