"""Hostile files and options for `kb validate`, `kb extract`, `kb evaluate` and the
writers: one line, the right exit code, no traceback, no partial file."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, SEED_SLUG
from tests.hostile.support import article_copy, kb, kb_process, nothing_in, refused, replace_in

# --- kb validate -----------------------------------------------------------------------


def _text(name: str, text: str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        (tmp / name).write_text(text, encoding="utf-8")
        return tmp / name

    return make


def _folder(name: str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        (tmp / name).mkdir()
        return tmp / name

    return make


def _sparse(name: str, size: int) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        with open(tmp / name, "wb") as handle:
            handle.truncate(size)  # a gigabyte that takes no disk
        return tmp / name

    return make


def _nested_turtle(tmp: Path) -> Path:
    depth = 5000
    text = "@prefix : <http://e/> .\n:a :p " + "[ :p " * depth + ":b" + " ]" * depth + " .\n"
    (tmp / "deep.ttl").write_text(text, encoding="utf-8")
    return tmp / "deep.ttl"


ID = '"@id": "https://w3id.org/newskb/id/article/x"'
VALIDATE_CASES: list[tuple[str, Callable[[Path], Path], list[str], str]] = [
    ("folder", _folder("graph.ttl"), ["graph.ttl: is a folder"], "check the path"),
    ("missing", lambda tmp: tmp / "none.ttl", ["none.ttl: no such file"], "check the path"),
    ("empty-turtle", _text("empty.ttl", ""), ["empty.ttl: holds no triples"], "check the file"),
    ("comment-only-turtle", _text("c.ttl", "# nothing\n"), ["c.ttl: holds no triples"], ""),
    ("empty-ntriples", _text("e.nt", ""), ["e.nt: holds no triples"], "check the file"),
    ("empty-trig", _text("e.trig", "<http://g> { }\n"), ["e.trig: holds no triples"], ""),
    ("jsonld-number", _text("n.jsonld", "42"), ["n.jsonld", "a JSON int"], "JSON object"),
    ("jsonld-string", _text("s.jsonld", '"x"'), ["s.jsonld", "a JSON str"], "JSON object"),
    ("jsonld-null", _text("z.jsonld", "null"), ["z.jsonld", "a JSON NoneType"], "JSON object"),
    ("jsonld-true", _text("t.jsonld", "true"), ["t.jsonld", "a JSON bool"], "JSON object"),
    ("jsonld-empty-object", _text("o.jsonld", "{}"), ["o.jsonld: holds no triples"], ""),
    ("jsonld-empty-array", _text("a.jsonld", "[]"), ["a.jsonld: holds no triples"], ""),
    ("jsonld-not-json", _text("b.jsonld", '{\n  "a": ,\n}'), ["b.jsonld:2", "not JSON"], ""),
    ("jsonld-nested-100", _text("d.jsonld", "[" * 100 + "]" * 100),
     ["d.jsonld", "nested more than 64 levels deep"], "KB_MAX_NESTING"),
    ("jsonld-nested-100000", _text("d.jsonld", "[" * 100_000 + "]" * 100_000),
     ["d.jsonld", "nested more than 64 levels deep"], "KB_MAX_NESTING"),
    ("jsonld-import-remote", _text("i.jsonld", '{"@context": {"@import": "http://127.0.0.1:9/"}, '
     + ID + ', "http://e/p": "v"}'), ["i.jsonld", "kb does not fetch remote documents"], "inline"),
    ("jsonld-nested-remote-context", _text("r.jsonld", '{"@graph": [{"@context": '
     '"http://127.0.0.1:9/c", ' + ID + "}]}"), ["r.jsonld", "does not fetch"], "inline"),
    ("jsonld-gigabyte", _sparse("g.jsonld", 1 << 30), ["g.jsonld", "larger than the limit"],
     "KB_MAX_RDF_BYTES"),
    ("turtle-gigabyte", _sparse("g.ttl", 1 << 30), ["g.ttl", "larger than the limit"],
     "KB_MAX_RDF_BYTES"),
    ("turtle-garbage", _text("x.ttl", "this is not turtle\n"), ["x.ttl: not valid turtle"], ""),
    ("ntriples-newline-in-iri", _text("n.nt", "<http://a\n> <http://b> <http://c> .\n"),
     ["n.nt: not valid nt"], ""),
    ("turtle-latin2", lambda tmp: _bytes(tmp / "l.ttl", b'<http://a> <http://b> "\xe9" .\n'),
     ["l.ttl:1", "not UTF-8 text"], "save the file as UTF-8"),
    ("unknown-extension", _text("g.rdf", "<rdf:RDF/>"), ["g.rdf: unknown RDF file extension"],
     ".ttl"),
]  # fmt: skip


def _bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("make", "names", "fix"),
    [case[1:] for case in VALIDATE_CASES],
    ids=[case[0] for case in VALIDATE_CASES],
)
def test_a_hostile_file_to_validate_is_refused_in_one_line(
    make: Callable[[Path], Path], names: list[str], fix: str, tmp_path: Path
) -> None:
    refused(kb("validate", make(tmp_path)), 2, *names, fix=fix)


def test_the_rdf_size_limit_is_configurable(seed_export: Path) -> None:
    outcome = kb("validate", seed_export / f"{SEED_SLUG}.ttl", env={"KB_MAX_RDF_BYTES": "1000"})
    refused(outcome, 2, ".ttl", "larger than the limit of 1,000 bytes", fix="KB_MAX_RDF_BYTES")


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_file_to_validate_that_never_ends_is_refused_without_reading(
    kind: str, tmp_path: Path
) -> None:
    file = tmp_path / "graph.ttl"
    if kind == "fifo":
        os.mkfifo(file)
    else:
        file.symlink_to("/dev/zero")
    outcome = kb_process("validate", file)
    refused(outcome, 2, "graph.ttl: is a", "not a regular file", fix="give a file on disk")


def test_schema_org_markup_alone_is_explained_not_validated(seed_export: Path) -> None:
    outcome = kb("validate", seed_export / f"{SEED_SLUG}.schema.jsonld")
    assert outcome.exit_code == 2
    lines = outcome.stderr.strip().splitlines()
    assert lines[0].endswith(
        ".schema.jsonld: schema.org markup for a web page, not kb data; validate the .ttl or "
        ".jsonld that kb export wrote beside it; skipped"
    )
    assert lines[1] == "kb: kb validate: no kb data among the files; give .ttl, .jsonld, ..."


def test_schema_org_markup_among_kb_files_is_skipped(seed_export: Path) -> None:
    files = [seed_export / f"{SEED_SLUG}.{ext}" for ext in ("ttl", "schema.jsonld")]
    outcome = kb("validate", *files)
    assert outcome.exit_code == 0, outcome.stderr
    assert "schema.org markup for a web page, not kb data" in outcome.stderr
    assert f"{SEED_SLUG}.ttl: conforms" in outcome.stderr


# --- --base-iri ------------------------------------------------------------------------

BAD_BASES = [
    ('https://example.org/a"b/', "has '\"'"),
    ("https://example.org/<x>/", "has '<'"),
    ("https://example.org/a\nb/", "has '\\n'"),
    ("https://example.org/a b/", "has ' '"),
    ("https://example.org/{x}/", "has '{'"),
    ("https://example.org/a\\b/", "has '\\\\'"),
    ("https://example.org/a\x1b[31m/", "has '\\x1b'"),
    ("https://example.org/#a#", "a second '#'"),
    ("https://example.org/%zz/", "'%' not followed by two hex digits"),
    ("news/", "not an absolute IRI"),
    ("https://example.org/news", "does not end in '/' or '#'"),
]


@pytest.mark.parametrize(
    "url", ['https://example.hu/x\n> <http://evil> "', "https://example.hu/a b", "hirek/123"]
)
@pytest.mark.parametrize("command", ["export", "embed"])
def test_a_url_no_iri_may_hold_is_refused(command: str, url: str, tmp_path: Path) -> None:
    extra = ["--out", tmp_path / "out"] if command == "export" else []
    outcome = kb(command, MINIMAL, "--url", url, *extra)
    refused(outcome, 2, "--url", fix="e.g. https://example.hu/hirek/123")
    assert nothing_in(tmp_path / "out")


def test_an_annotation_url_no_iri_may_hold_is_refused(tmp_path: Path) -> None:
    folder = article_copy(tmp_path)
    replace_in(
        folder / "annotation.yaml", "  source: mti\n", "  source: mti\n  url: 'https://x.hu/<a>'\n"
    )
    outcome = kb("export", folder, "--out", tmp_path / "out")
    refused(outcome, 2, "annotation.yaml:9", "url 'https://x.hu/<a>' has '<'", fix="web address")
    assert nothing_in(tmp_path / "out")


@pytest.mark.parametrize(("base", "problem"), BAD_BASES, ids=[p for _, p in BAD_BASES])
def test_a_base_iri_no_iri_may_hold_is_refused(base: str, problem: str, tmp_path: Path) -> None:
    outcome = kb("export", MINIMAL, "--base-iri", base, "--out", tmp_path / "out")
    refused(outcome, 2, "--base-iri", problem, fix="")
    assert nothing_in(tmp_path / "out")


def test_a_base_iri_with_unicode_is_an_iri_and_accepted(tmp_path: Path) -> None:
    outcome = kb("export", MINIMAL, "--base-iri", "https://példa.hu/hír/", "--out", tmp_path)
    assert outcome.exit_code == 0, outcome.stderr


# --- writing ---------------------------------------------------------------------------


def test_a_full_disk_leaves_no_temporary_file_and_names_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    out = tmp_path / "out"
    outcome = kb("export", MINIMAL, "--out", out, "--format", "ttl,nt")
    refused(outcome, 2, f"{out / 'minimal.ttl'}: cannot write: No space left on device",
            fix="free space")  # fmt: skip
    assert list(out.iterdir()) == []


def test_a_failure_on_the_second_file_writes_neither(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.fsync
    calls: list[int] = []

    def second_fails(descriptor: int) -> None:
        calls.append(descriptor)
        if len(calls) == 2:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real(descriptor)

    monkeypatch.setattr(os, "fsync", second_fails)
    out = tmp_path / "out"
    outcome = kb("export", MINIMAL, "--out", out, "--format", "ttl,nt")
    refused(outcome, 2, f"{out / 'minimal.nt'}: cannot write", fix="check the folder")
    assert list(out.iterdir()) == []


def test_an_out_folder_that_is_a_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("mine", encoding="utf-8")
    outcome = kb("export", MINIMAL, "--out", tmp_path / "out")
    refused(outcome, 2, "--out", fix="")
    assert (tmp_path / "out").read_text(encoding="utf-8") == "mine"


# --- kb extract, kb evaluate -------------------------------------------------------------


def test_kb_extract_reads_the_file_it_is_given_not_the_folders_article(tmp_path: Path) -> None:
    folder = article_copy(tmp_path)
    notes = folder / "notes.txt"
    text = (folder / "article.txt").read_text(encoding="utf-8")
    notes.write_text(text.replace("Kim Dzsongun", "Kim Dzsongun", 1).replace(
        "Andrej Belouszov", "Szergej Sojgu"), encoding="utf-8")  # fmt: skip
    outcome = kb("extract", notes)
    assert outcome.exit_code == 0, outcome.stderr
    assert "Sojgu" in outcome.stdout and "Belouszov" not in outcome.stdout
    assert "slug: notes" in outcome.stdout


@pytest.mark.parametrize(
    ("spoil", "names", "fix"),
    [
        (lambda f: replace_in(f / "article.txt", "2024. november 30.", "tegnap"),
         ["article.txt:2", "not a date line"], "2024. november 30."),
        (lambda f: (f / "article.txt").write_bytes(b"\xff\xfe"), ["article.txt:1", "UTF-8"], ""),
        (lambda f: (f / "article.txt").unlink(), ["article.txt: no such file"], "article.txt"),
    ],
    ids=["bad-date-line", "not-utf8", "no-article"],
)  # fmt: skip
def test_kb_extract_exits_2_on_bad_input(
    spoil: Callable[[Path], None], names: list[str], fix: str, tmp_path: Path
) -> None:
    folder = article_copy(tmp_path)
    spoil(folder)
    refused(kb("extract", folder, "-o", folder / "draft.yaml"), 2, *names, fix=fix)
    assert not (folder / "draft.yaml").exists()


def test_kb_extract_of_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "article.txt")
    outcome = kb_process("extract", tmp_path / "article.txt")
    refused(outcome, 2, "article.txt: is a FIFO", fix="give a file on disk")


def test_kb_extract_output_to_a_folder_names_it(tmp_path: Path) -> None:
    (tmp_path / "draft.yaml").mkdir()
    outcome = kb("extract", MINIMAL, "-o", tmp_path / "draft.yaml")
    refused(outcome, 2, "draft.yaml: cannot write", fix="check the folder")
    assert list((tmp_path / "draft.yaml").iterdir()) == []


def test_kb_export_extract_of_a_fifo_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "article.txt")
    outcome = kb_process("export", "--extract", tmp_path / "article.txt", "--out", tmp_path / "o")
    refused(outcome, 2, "article.txt: is a FIFO", fix="give a file on disk")
    assert nothing_in(tmp_path / "o")


def test_kb_evaluate_with_an_odd_number_of_paths_is_one_usage_line() -> None:
    outcome = kb("evaluate", MINIMAL)
    refused(outcome, 2, "give PRED GOLD pairs", fix="kb evaluate --help")


def test_kb_evaluate_refuses_a_hostile_prediction(tmp_path: Path) -> None:
    pred = tmp_path / "pred.yaml"
    pred.write_text("a: &a [1]\nb: [*a, *a]\nversion: 1\nversion: 1\n", encoding="utf-8")
    outcome = kb("evaluate", pred, MINIMAL)
    refused(outcome, 2, "pred.yaml:4", "key 'version' is given twice", fix="keep one")


def test_a_deeply_nested_turtle_file_is_read_without_recursion(tmp_path: Path) -> None:
    """Oxigraph's parser (kb validate reads with it) needs no recursion: 5,000 nested
    blank nodes are valid Turtle, read and judged like any other file."""
    result = kb("validate", _nested_turtle(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == f"{tmp_path / 'deep.ttl'}: conforms"


def test_kb_load_of_a_fifo_says_it_is_no_regular_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "graph.trig")
    outcome = kb_process("load", tmp_path / "graph.trig", "--store", tmp_path / "store")
    refused(outcome, 2, "graph.trig: not a regular file or folder", fix="give a file on disk")
    assert not (tmp_path / "store").exists()
