"""The native writers: Oxigraph's bytes in kb's fixed order, the same on every run."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED_SLUG

ARTICLE = f"<https://w3id.org/newskb/id/article/{SEED_SLUG}>"


def test_turtle_declares_the_prefixes_sorted_then_leads_with_the_article(
    seed_export: Path,
) -> None:
    lines = (seed_export / f"{SEED_SLUG}.ttl").read_text("utf-8").split("\n")
    header = lines[: lines.index("")]
    assert header == sorted(header) and all(line.startswith("@prefix ") for line in header)
    first = lines[len(header) + 1]
    assert first.startswith(f"{ARTICLE} a ") and "kb:NewsArticle" in first


def test_trig_puts_the_article_in_its_own_named_graph(seed_export: Path) -> None:
    text = (seed_export / f"{SEED_SLUG}.trig").read_text("utf-8")
    assert f"\n{ARTICLE} {{\n\t{ARTICLE} a " in text
    assert text.endswith("}\n")


def test_subjects_are_separated_by_a_blank_line(seed_export: Path) -> None:
    text = (seed_export / f"{SEED_SLUG}.ttl").read_text("utf-8")
    assert " .\n<" not in text
    assert text.count(" .\n\n<") > 100
