"""Highlight spans of a text as well-nested HTML, however the spans overlap.

Annotations overlap freely: "Oroszország ENSZ-nagykövete" names the ambassador
and, inside it, Russia and the UN; a claim's quote contains mentions; an event
word may cross a quote's edge. HTML elements must nest, and links may not nest
at all. So a mark that crosses the end of an enclosing one is cut in two, every
mark becomes a `<span>` (inner ones inside outer ones, so highlights stack), and
each run of text links to the innermost mark over it: clicking "Oroszország"
goes to Russia, clicking "nagykövete" to the ambassador.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, replace


@dataclass(frozen=True, order=True)
class Mark:
    """Characters `start` to `end` (exclusive) shown as a highlight linking to `href`.

    Of marks over the same characters, the one with the lower `layer` is outside."""

    start: int
    end: int
    layer: int
    href: str
    css: str
    title: str


def highlight(text: str, start: int, end: int, marks: Iterable[Mark]) -> str:
    """HTML of `text[start:end]` with `marks` (clipped to that range) highlighted."""
    inside = [
        replace(m, start=max(m.start, start), end=min(m.end, end))
        for m in marks
        if m.start < end and m.end > start
    ]
    return _render(text, start, end, inside, None)


# --- helpers ---------------------------------------------------------------------------


def _render(text: str, start: int, end: int, marks: list[Mark], link: str | None) -> str:
    """`text[start:end]`, the marks in it nested, plain runs linked to `link`."""
    out: list[str] = []
    position = start
    pending = sorted(marks, key=_outermost_first)
    while pending:
        mark, rest = pending[0], pending[1:]
        out.append(_run(text[position : mark.start], link))
        within = [replace(m, end=min(m.end, mark.end)) for m in rest if m.start < mark.end]
        after = [replace(m, start=max(m.start, mark.end)) for m in rest if m.end > mark.end]
        inner = _render(text, mark.start, mark.end, within, mark.href)
        title = html.escape(mark.title)
        out.append(f'<span class="{mark.css}" title="{title}">{inner}</span>')
        position = mark.end
        pending = sorted(after, key=_outermost_first)
    out.append(_run(text[position:end], link))
    return "".join(out)


def _outermost_first(mark: Mark) -> tuple[int, int, int, str]:
    return mark.start, -mark.end, mark.layer, mark.href


def _run(text: str, link: str | None) -> str:
    if not text:
        return ""
    escaped = html.escape(text)
    return f'<a href="{html.escape(link)}">{escaped}</a>' if link else escaped
