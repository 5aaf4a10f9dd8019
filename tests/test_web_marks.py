"""Highlights of overlapping spans come out as well-nested HTML over the unchanged text."""

from __future__ import annotations

from html.parser import HTMLParser

from kb.formats.web.marks import Mark, highlight

TEXT = "Oroszország ENSZ-nagykövete tagadta"
AMBASSADOR = Mark(0, 27, 3, "#ambassador", "hl", "ambassador")
RUSSIA = Mark(0, 11, 3, "#russia", "hl", "Russia")
UN = Mark(12, 16, 3, "#un", "hl", "UN")
CLAIM = Mark(5, 35, 0, "#claim", "hl", "claim")


class _Checker(HTMLParser):
    """Collects the text and the (href, text) of each link; fails on bad nesting."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.text = ""
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert not (tag == "a" and "a" in self.open), "a link inside a link"
        self.open.append(tag)
        if tag == "a":
            self.links.append((dict(attrs)["href"] or "", ""))

    def handle_endtag(self, tag: str) -> None:
        assert self.open.pop() == tag, f"</{tag}> closes another element"

    def handle_data(self, data: str) -> None:
        self.text += data
        if self.open and self.open[-1] == "a":
            href, words = self.links[-1]
            self.links[-1] = (href, words + data)


def parse(html: str) -> _Checker:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert not checker.open
    return checker


def test_nested_mentions_link_each_word_to_the_innermost_mention() -> None:
    page = parse(highlight(TEXT, 0, len(TEXT), [AMBASSADOR, RUSSIA, UN]))
    assert page.links == [("#russia", "Oroszország"), ("#ambassador", " "), ("#un", "ENSZ"),
                          ("#ambassador", "-nagykövete")]  # fmt: skip


def test_crossing_spans_are_cut_into_well_nested_pieces_over_the_same_text() -> None:
    page = parse(highlight(TEXT, 0, len(TEXT), [AMBASSADOR, RUSSIA, UN, CLAIM]))
    assert page.text == TEXT
    assert ("#claim", " tagadta") in page.links


def test_marks_are_clipped_to_the_rendered_range() -> None:
    page = parse(highlight(TEXT, 12, 27, [AMBASSADOR, UN]))
    assert page.text == "ENSZ-nagykövete"
    assert page.links == [("#un", "ENSZ"), ("#ambassador", "-nagykövete")]


def test_text_and_titles_are_escaped() -> None:
    text = 'a <b onclick="x"> & </script>'
    html = highlight(text, 0, len(text), [Mark(2, 5, 0, "#x", "hl", '"><script>')])
    assert "<b" not in html and "</script>" not in html and "<script" not in html
    assert parse(html).text == text
