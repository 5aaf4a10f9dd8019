"""Hostile article folders: `kb export` refuses each with one line, exit 2, nothing written.

Each case spoils a fresh copy of the minimal article in one way; big inputs (a 50 MB
article, a billion-laughs YAML, a million mentions) are generated here, never stored.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile.support import (
    Outcome,
    article_copy,
    kb,
    kb_process,
    line_of,
    nothing_in,
    refused,
    replace_in,
)

ANNOTATION = "annotation.yaml"
ARTICLE = "article.txt"


def _export(folder: Path, out: Path, *options: str, env: dict[str, str] | None = None) -> Outcome:
    """`kb export` of a spoilt folder, after checking that nothing at all was written."""
    outcome = kb("export", folder, "--out", out, *options, env=env)
    assert nothing_in(out), list(out.rglob("*"))
    return outcome


# --- article.txt ---------------------------------------------------------------------


def _article_is_folder(folder: Path) -> None:
    (folder / ARTICLE).unlink()
    (folder / ARTICLE).mkdir()


def _article_missing(folder: Path) -> None:
    (folder / ARTICLE).unlink()


def _article_empty(folder: Path) -> None:
    (folder / ARTICLE).write_text("", encoding="utf-8")


def _article_headline_only(folder: Path) -> None:
    (folder / ARTICLE).write_text("Csak egy cím\n", encoding="utf-8")


def _article_symlink_loop(folder: Path) -> None:
    (folder / ARTICLE).unlink()
    (folder / ARTICLE).symlink_to(folder / ARTICLE)


def _article_utf16(folder: Path) -> None:
    text = (folder / ARTICLE).read_text(encoding="utf-8")
    (folder / ARTICLE).write_bytes(text.encode("utf-16"))


def _article_windows_1250(folder: Path) -> None:
    text = (folder / ARTICLE).read_text(encoding="utf-8")
    (folder / ARTICLE).write_bytes(text.encode("cp1250"))


def _article_50_megabytes(folder: Path) -> None:
    text = (folder / ARTICLE).read_text(encoding="utf-8")
    with open(folder / ARTICLE, "w", encoding="utf-8") as handle:
        handle.write(text)
        line = "Kim Dzsongun szombaton Phenjanban fogadta a minisztert. " * 20 + "\n"
        for _ in range(50_000_000 // len(line.encode())):
            handle.write(line)


def _dateline_garbage(folder: Path) -> None:
    replace_in(folder / ARTICLE, "2024. november 30. – 10:12", "tegnap délben")


def _dateline_impossible(folder: Path) -> None:
    replace_in(folder / ARTICLE, "2024. november 30. – 10:12", "2024. február 30. – 10:12")


def _dateline_hour_25(folder: Path) -> None:
    replace_in(folder / ARTICLE, "2024. november 30. – 10:12", "2024. november 30. – 25:12")


ARTICLE_CASES: list[tuple[Callable[[Path], None], list[str], str]] = [
    (_article_is_folder, [f"{ARTICLE}: is a folder"], "article folder holds article.txt"),
    (_article_missing, [f"{ARTICLE}: no such file"], "article folder holds article.txt"),
    (_article_empty, [ARTICLE, "has no headline, date line and body"], "on line 2"),
    (_article_headline_only, [ARTICLE, "has no headline"], "write the headline on line 1"),
    (_article_symlink_loop, [ARTICLE, "cannot read"], "article folder holds article.txt"),
    (_article_utf16, [f"{ARTICLE}:1", "not UTF-8 text (byte 0xff"], "save the file as UTF-8"),
    (_article_windows_1250, [f"{ARTICLE}:1", "not UTF-8 text"], "save the file as UTF-8"),
    (_article_50_megabytes, [ARTICLE, "larger than the limit"], "KB_MAX_ARTICLE_BYTES"),
    (_dateline_garbage, [f"{ARTICLE}:2", "not a date line"], "2024. november 30. – 10:12"),
    (_dateline_impossible, [f"{ARTICLE}:2", "impossible date"], "give one that exists"),
    (_dateline_hour_25, [f"{ARTICLE}:2", "impossible date or time"], "give one that exists"),
]
"""(spoil, what the line must name, the advice it must give)"""


@pytest.mark.parametrize(
    ("spoil", "names", "fix"), ARTICLE_CASES, ids=[c[0].__name__[1:] for c in ARTICLE_CASES]
)
def test_a_hostile_article_txt_is_refused_in_one_line(
    spoil: Callable[[Path], None], names: list[str], fix: str, tmp_path: Path
) -> None:
    folder = article_copy(tmp_path)
    spoil(folder)
    refused(_export(folder, tmp_path / "out"), 2, *names, fix=fix)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file; no permission to deny")
def test_an_unreadable_article_txt_is_refused(tmp_path: Path) -> None:
    folder = article_copy(tmp_path)
    (folder / ARTICLE).chmod(0)
    refused(_export(folder, tmp_path / "out"), 2, ARTICLE, "cannot read: Permission denied")


def test_an_article_txt_that_is_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    folder = article_copy(tmp_path)
    (folder / ARTICLE).unlink()
    os.mkfifo(folder / ARTICLE)
    outcome = kb_process("export", folder, "--out", tmp_path / "out")
    refused(outcome, 2, ARTICLE, "is a FIFO, not a regular file", fix="give a file on disk")
    assert nothing_in(tmp_path / "out")


def test_an_article_txt_linked_to_dev_zero_is_refused_without_reading(tmp_path: Path) -> None:
    folder = article_copy(tmp_path)
    (folder / ARTICLE).unlink()
    (folder / ARTICLE).symlink_to("/dev/zero")
    outcome = kb_process("export", folder, "--out", tmp_path / "out")
    refused(outcome, 2, ARTICLE, "is a device or socket", fix="give a file on disk")
    assert nothing_in(tmp_path / "out")


def test_the_article_size_limit_is_configurable(tmp_path: Path) -> None:
    folder = article_copy(tmp_path)
    outcome = _export(folder, tmp_path / "out", env={"KB_MAX_ARTICLE_BYTES": "100"})
    refused(outcome, 2, ARTICLE, "larger than the limit of 100 bytes", fix="KB_MAX_ARTICLE_BYTES")


def test_a_limit_that_is_not_a_number_is_named(tmp_path: Path) -> None:
    folder = article_copy(tmp_path)
    outcome = _export(folder, tmp_path / "out", env={"KB_MAX_ARTICLE_BYTES": "lots"})
    refused(outcome, 2, "KB_MAX_ARTICLE_BYTES", "not a positive whole number", fix="unset it")


def test_an_nfd_article_is_read_as_nfc_and_exports(tmp_path: Path) -> None:
    folder = article_copy(tmp_path)
    text = (folder / ARTICLE).read_text(encoding="utf-8")
    (folder / ARTICLE).write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    outcome = kb("export", folder, "--out", tmp_path / "out", "--format", "ttl")
    assert outcome.exit_code == 0, outcome.stderr
    turtle = (tmp_path / "out" / "minimal.ttl").read_text(encoding="utf-8")
    assert "védelmi" in turtle and unicodedata.normalize("NFD", "é") not in turtle


def test_an_nfd_quote_against_the_text_says_normalisation_differs(tmp_path: Path) -> None:
    folder = article_copy(tmp_path)
    nfd = unicodedata.normalize("NFD", "a két politikus")
    replace_in(folder / ANNOTATION, "{text: a két politikus", "{text: " + nfd)
    line = line_of(folder / ANNOTATION, "quote:")
    outcome = _export(folder, tmp_path / "out")
    refused(outcome, 2, f"{ANNOTATION}:{line}", "another Unicode normalisation", fix="NFC")


# --- annotation.yaml -------------------------------------------------------------------


def _write(text: str) -> Callable[[Path], None]:
    def spoil(folder: Path) -> None:
        (folder / ANNOTATION).write_text(text, encoding="utf-8")

    return spoil


def _write_bytes(data: bytes) -> Callable[[Path], None]:
    def spoil(folder: Path) -> None:
        (folder / ANNOTATION).write_bytes(data)

    return spoil


def _replace(old: str, new: str) -> Callable[[Path], None]:
    def spoil(folder: Path) -> None:
        replace_in(folder / ANNOTATION, old, new)

    return spoil


def _annotation_is_folder(folder: Path) -> None:
    (folder / ANNOTATION).unlink()
    (folder / ANNOTATION).mkdir()


def _annotation_missing(folder: Path) -> None:
    (folder / ANNOTATION).unlink()


def _alias_bomb(folder: Path) -> None:
    lines = ['lol: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"l{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    (folder / ANNOTATION).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _million_mentions(folder: Path) -> None:
    mention = "      - {text: Kim Dzsongun, start: 0, end: 12}\n"
    text = (folder / ANNOTATION).read_text(encoding="utf-8")
    at = text.index("      - {text: Kim Dzsongun, start: 0, end: 12}\n")
    (folder / ANNOTATION).write_text(text[:at] + mention * 1_000_000 + text[at:], "utf-8")


def _deep(levels: int) -> Callable[[Path], None]:
    return _write("version: 1\narticle: {slug: minimal}\nx: " + "[" * levels + "]" * levels)


def _deep_block(folder: Path) -> None:
    text = "version: 1\n" + "".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "v"
    (folder / ANNOTATION).write_text(text, encoding="utf-8")


def _huge_integer(folder: Path) -> None:
    replace_in(folder / ANNOTATION, "start: 0, end: 12}", "start: " + "9" * 5000 + ", end: 12}")


def _quantity(value: str) -> Callable[[Path], None]:
    return _replace(
        "    about: [e-june-meeting]",
        "    about: [e-june-meeting]\n"
        f"    quantity: {{text: két, start: 205, end: 208, min: {value}}}",
    )


MENTION = "{text: Kim Dzsongun, start: 0, end: 12}"
ANNOTATION_CASES: list[tuple[str, Callable[[Path], None], list[str], str]] = [
    ("is-a-folder", _annotation_is_folder, [f"{ANNOTATION}: is a folder"], "annotation.yaml"),
    ("missing", _annotation_missing, [f"{ANNOTATION}: no such file"], "docs/annotation-format"),
    ("empty", _write(""), [ANNOTATION, "is empty"], "version: 1"),
    ("only-a-comment", _write("# nothing\n"), [ANNOTATION, "is empty"], "version: 1"),
    ("a-list", _write("- version: 1\n"), [ANNOTATION, "is not a YAML mapping"], "version: 1"),
    ("a-scalar", _write("42\n"), [ANNOTATION, "is not a YAML mapping"], "version: 1"),
    (
        "not-utf8",
        _write_bytes(b"version: 1\n\xff\n"),
        [f"{ANNOTATION}:2", "not UTF-8"],
        "UTF-8",
    ),
    ("nul-byte", _write("version: 1\x00\n"), [f"{ANNOTATION}:1", "malformed YAML"], "fix"),
    (
        "tab-indent",
        _write("version: 1\narticle:\n\tslug: x\n"),
        [f"{ANNOTATION}:3", "malformed YAML"],
        "fix the syntax",
    ),
    (
        "two-documents",
        _write("version: 1\n---\nversion: 1\n"),
        [f"{ANNOTATION}:2", "malformed YAML"],
        "fix the syntax",
    ),
    (
        "python-tag",
        _write("version: !!python/object/apply:os.system ['true']\n"),
        [f"{ANNOTATION}:1", "malformed YAML"],
        "fix the syntax",
    ),
    (
        "alias-bomb",
        _alias_bomb,
        [ANNOTATION, "values (counting what aliases repeat)"],
        "KB_MAX_YAML_NODES",
    ),
    (
        "million-mentions",
        _million_mentions,
        [ANNOTATION, "larger than the limit"],
        "KB_MAX_ANNOTATION_BYTES",
    ),
    (
        "nested-100-deep",
        _deep(100),
        [f"{ANNOTATION}:3", "more than 64 levels deep"],
        "KB_MAX_NESTING",
    ),
    ("nested-5000-deep", _deep(5000), [f"{ANNOTATION}:3", "nesting depth"], "fix the syntax"),
    ("nested-block-200-deep", _deep_block, [ANNOTATION, "levels deep"], "KB_MAX_NESTING"),
    (
        "duplicate-top-key",
        _replace("version: 1\n", "version: 1\nversion: 2\n"),
        ["@version: 2", "key 'version' is given twice"],
        "keep one of them",
    ),
    (
        "duplicate-entity-key",
        _replace("  - id: mti\n", "  - id: mti\n    id: tass\n"),
        ["@id: tass", "key 'id' is given twice"],
        "keep one of them",
    ),
    (
        "quantity-inf",
        _quantity(".inf"),
        ["@quantity:", "'.inf' is not a finite number"],
        "give a number",
    ),
    (
        "quantity-minus-inf",
        _quantity("-.Inf"),
        ["@quantity:", "not a finite number"],
        "give a number",
    ),
    ("quantity-nan", _quantity(".nan"), ["@quantity:", "'.nan' is not a finite"], "give a number"),
    ("quantity-overflow", _quantity("1.0e+400"), ["@quantity:", "not a finite"], "give a number"),
    (
        "confidence-nan",
        _replace(
            "    source: tass\n    about", "    source: tass\n    confidence: .NaN\n    about"
        ),
        ["@confidence:", "not a finite number"],
        "give a number",
    ),
    (
        "start-float",
        _replace(MENTION, "{text: Kim Dzsongun, start: 0.0, end: 12}"),
        [f"{ANNOTATION}:16", "0.0 is not of type 'integer'"],
        "schema/annotation.schema.json",
    ),
    (
        "start-88.0",
        _replace("start: 87, end: 99", "start: 88.0, end: 99"),
        [f"{ANNOTATION}:17", "88.0 is not of type 'integer'"],
        "schema",
    ),
    (
        "start-bool",
        _replace(MENTION, "{text: Kim Dzsongun, start: true, end: 12}"),
        [f"{ANNOTATION}:16", "True is not of type 'integer'"],
        "schema",
    ),
    (
        "start-string",
        _replace(MENTION, "{text: Kim Dzsongun, start: '0', end: 12}"),
        [f"{ANNOTATION}:16", "'0' is not of type 'integer'"],
        "schema",
    ),
    (
        "start-negative",
        _replace(MENTION, "{text: Kim Dzsongun, start: -1, end: 12}"),
        [f"{ANNOTATION}:16", "-1 is less than the minimum"],
        "schema",
    ),
    (
        "start-huge",
        _replace(MENTION, "{text: Kim Dzsongun, start: 99999999999999999999, end: 12}"),
        [f"{ANNOTATION}:16", "out of range"],
        "article.txt has 244 characters",
    ),
    ("integer-5000-digits", _huge_integer, [ANNOTATION, "malformed YAML"], "fix the value"),
    (
        "end-before-start",
        _replace(MENTION, "{text: Kim Dzsongun, start: 12, end: 5}"),
        [f"{ANNOTATION}:16", "out of range"],
        "article.txt has",
    ),
    (
        "empty-quote",
        _replace(MENTION, "{text: '', start: 0, end: 12}"),
        [f"{ANNOTATION}:16", "should be non-empty"],
        "schema",
    ),
    (
        "unknown-key",
        _replace("version: 1\n", "version: 1\nevil: true\n"),
        [f"{ANNOTATION}:", "Additional properties are not allowed"],
        "schema",
    ),
    (
        "version-2",
        _replace("version: 1\n", "version: 2\n"),
        [f"{ANNOTATION}:3", "version"],
        "schema",
    ),
    (
        "id-with-spaces",
        _replace("  - id: mti\n", "  - id: M T I\n"),
        ["@- id: M T I", "does not match"],
        "schema",
    ),
    (
        "wikidata-q0",
        _replace("wikidata: Q159", "wikidata: Q0"),
        [f"{ANNOTATION}:28", "does not match"],
        "schema",
    ),
    (
        "unknown-time-zone",
        _replace("timezone: Europe/Budapest", "timezone: Mars/Olympus"),
        [f"{ANNOTATION}:7", "unknown time zone 'Mars/Olympus'"],
        "IANA name",
    ),
    (
        "time-zone-path",
        _replace("timezone: Europe/Budapest", "timezone: ../../etc/passwd"),
        [f"{ANNOTATION}:7", "unknown time zone"],
        "IANA name",
    ),
    (
        "slug-with-slash",
        _replace("slug: minimal", "slug: ../../etc"),
        [f"{ANNOTATION}:5", "does not match"],
        "schema",
    ),
]
"""(case, spoil, what the line must name, the advice it must give)"""


@pytest.mark.parametrize(
    ("spoil", "names", "fix"),
    [case[1:] for case in ANNOTATION_CASES],
    ids=[case[0] for case in ANNOTATION_CASES],
)
def test_a_hostile_annotation_yaml_is_refused_in_one_line(
    spoil: Callable[[Path], None], names: list[str], fix: str, tmp_path: Path
) -> None:
    folder = article_copy(tmp_path)
    spoil(folder)
    lines = [_at_line(folder / ANNOTATION, name) for name in names]
    refused(_export(folder, tmp_path / "out"), 2, *lines, fix=fix)


def _at_line(file: Path, name: str) -> str:
    """`@fragment` stands for `annotation.yaml:LINE`, the line the fragment is on."""
    if not name.startswith("@"):
        return name
    return f"{ANNOTATION}:{line_of(file, name[1:])}"


def test_an_annotation_yaml_that_is_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    folder = article_copy(tmp_path)
    (folder / ANNOTATION).unlink()
    os.mkfifo(folder / ANNOTATION)
    outcome = kb_process("export", folder, "--out", tmp_path / "out")
    refused(outcome, 2, ANNOTATION, "is a FIFO", fix="give a file on disk")
    assert nothing_in(tmp_path / "out")


def test_aliases_within_the_limit_are_read(tmp_path: Path) -> None:
    folder = article_copy(tmp_path)
    replace_in(folder / ANNOTATION, "about: [kim-jong-un]", "about: &main [kim-jong-un]")
    replace_in(folder / ANNOTATION, "    source: tass\n", "    source: tass\n    speakers: *main\n")
    outcome = kb("export", folder, "--out", tmp_path / "out", "--format", "ttl")
    assert outcome.exit_code == 0, outcome.stderr


def test_a_folder_name_with_nothing_to_make_a_slug_of_is_refused(tmp_path: Path) -> None:
    folder = article_copy(tmp_path, "+++")
    replace_in(folder / ANNOTATION, "  slug: minimal\n", "")
    outcome = _export(folder, tmp_path / "out")
    refused(outcome, 2, ANNOTATION, "cannot make an id from '+++'", fix="rename the folder")


def test_a_folder_name_that_is_not_a_slug_is_made_one(tmp_path: Path) -> None:
    folder = article_copy(tmp_path, "Új Cikk")
    replace_in(folder / ANNOTATION, "  slug: minimal\n", "")
    outcome = kb("export", folder, "--out", tmp_path / "out", "--format", "ttl")
    assert outcome.exit_code == 0, outcome.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["uj-cikk.ttl"]


def test_export_of_dot_uses_the_folder_name_not_a_hidden_file(tmp_path: Path) -> None:
    folder = article_copy(tmp_path)
    replace_in(folder / ANNOTATION, "  slug: minimal\n", "")
    outcome = kb("export", ".", "--out", tmp_path / "out", "--format", "ttl", cwd=folder)
    assert outcome.exit_code == 0, outcome.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["minimal.ttl"]


def test_a_path_with_terminal_escapes_is_shown_not_obeyed(tmp_path: Path) -> None:
    folder = article_copy(tmp_path, "evil\x1b]0;pwned\x07\x1b[2J")
    (folder / ANNOTATION).unlink()
    outcome = _export(folder, tmp_path / "out")
    line = refused(outcome, 2, "evil␛]0;pwned␇␛[2J/annotation.yaml: no such file", fix="write")
    assert not any(ord(char) < 32 for char in line)
