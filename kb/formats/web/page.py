"""An article's knowledge base as one readable, self-contained HTML page.

For a reader and for the editor checking an annotation: the article text with
every annotated mention highlighted and linked to what it names, the people,
organisations and places, a timeline of the dated events (imprecise dates shown
as such), and the claims with who made them. It carries the schema.org markup
of `kb.formats.web.schemaorg` in its head.

The page needs nothing but itself: the style sheet is inlined, there is no
script besides the JSON-LD data block and nothing is fetched, so it reads the
same offline, from a file, or with JavaScript off. All text is HTML-escaped
(the markup is escaped for a script element by `kb.formats.web.escape`), and every list
is in a fixed order, so the same graph always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from html import escape
from importlib import resources

from rdflib import URIRef

from kb import iris
from kb.formats.options import Options
from kb.formats.web.escape import script_block
from kb.formats.web.marks import Mark, highlight
from kb.formats.web.schemaorg import markup
from kb.formats.web.view import Article, Claim, Entity, Event, Quantity, Span
from kb.read.article import is_dateline


def write(article: Article, options: Options) -> bytes:
    """The `html` format: the page as UTF-8 bytes."""
    return render(article, options.url).encode("utf-8")


def render(article: Article, url: str | None = None) -> str:
    """The page of `article`; `url` (else the graph's schema:url) is where it is published."""
    page = _Page(article)
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(article.headline)}</title>",
            f"<style>\n{_STYLE}</style>",
            script_block(markup(article, url)),
            "</head>",
            "<body>",
            "<main>",
            page.article(url or article.url),
            '<div class="side">',
            page.timeline(),
            page.entities(),
            "</div>",
            page.claims(),
            "</main>",
            page.footer(),
            "</body>",
            "</html>",
            "",
        ]
    )


# --- sections --------------------------------------------------------------------------

_STYLE = resources.files(__package__).joinpath("page.css").read_text(encoding="utf-8")

_KIND_TITLES = {"person": "People", "organization": "Organisations", "place": "Places"}
_LEGEND = (
    ("hl hl-person", "person"),
    ("hl hl-organization", "organisation"),
    ("hl hl-place", "place"),
    ("hl hl-event", "event"),
    ("hl hl-time", "time"),
    ("hl hl-claim", "claim"),
)


class _Page:
    """The sections of one article's page; `names` titles every linkable node."""

    def __init__(self, article: Article) -> None:
        self.a = article
        self.names: dict[URIRef, str] = {e.iri: e.labels["en"] for e in article.events}
        self.names.update({c.iri: c.labels["en"] for c in article.claims})
        self.names.update({e.iri: _name(e) for e in article.entities.values()})

    def article(self, url: str | None) -> str:
        """The text line by line: headline, date line, then one paragraph per line."""
        a, marks = self.a, _marks(self.a)
        (headline, *body) = _lines(a.text)
        dated = bool(body) and is_dateline(a.text[slice(*body[0])])
        when = highlight(a.text, *body.pop(0), marks) if dated else escape(a.published)
        source = f"{escape(self.names[a.agency])} · " if a.agency else ""
        original = f' · <a href="{escape(url)}">original</a>' if url and _is_web(url) else ""
        legend = " ".join(f'<span class="{css}">{name}</span>' for css, name in _LEGEND)
        paragraphs = "\n".join(f"<p>{highlight(a.text, *line, marks)}</p>" for line in body)
        return (
            f'<article lang="{escape(a.language)}">\n<header>\n'
            f"<h1>{highlight(a.text, *headline, marks)}</h1>\n"
            f'<p class="dateline">{source}<time datetime="{escape(a.published)}">'
            f"{when}</time>{original}</p>\n"
            f'<p class="legend" lang="en">Highlighted: {legend}</p>\n</header>\n'
            f'<div class="body">\n{paragraphs}\n</div>\n</article>'
        )

    def timeline(self) -> str:
        """Dated events, earliest first; then the events the text does not date; then
        the conditional ones, with their condition."""
        events = self.a.events
        dated = sorted((e for e in events if e.time and e.time.precision != "unstated"), key=_when)
        undated = sorted(
            (e for e in events if e.time and e.time.precision == "unstated"), key=_label
        )
        items = "\n".join(self.event(e) for e in dated)
        rest = "".join(f"<li>{self.link(e.iri)}</li>" for e in undated)
        tail = f'\n<h3>Not dated in the text</h3>\n<ul class="undated">{rest}</ul>' if rest else ""
        text = self.a.text
        conditional = "".join(
            f'<li>{self.link(e.iri)} <span lang="hu">({escape(text[c.start : c.end])})</span></li>'
            for e in sorted(events, key=_label)
            if (c := e.condition) is not None
        )
        if conditional:
            tail += f'\n<h3>Conditional</h3>\n<ul class="conditional">{conditional}</ul>'
        return _section("timeline", "Timeline", f'<ol class="timeline">\n{items}\n</ol>{tail}')

    def event(self, event: Event) -> str:
        time, text = event.time, self.a.text
        assert time is not None  # only dated events are listed
        datetime = f' datetime="{escape(time.value)}"' if time.value else ""
        words = " … ".join(escape(text[s.start : s.end]) for s in event.anchors)
        claims = ", ".join(self.link(c) for c in event.attested_by)
        said = f'<p class="attested">according to {claims}</p>' if claims else ""
        return (
            f'<li id="{iris.fragment(event.iri)}" class="event precision-{escape(time.precision)}" '
            f'data-iri="{escape(event.iri)}" data-earliest="{_iso(time.earliest)}" '
            f'data-latest-begin="{_iso(time.latest_begin)}" '
            f'data-earliest-end="{_iso(time.earliest_end)}" '
            f'data-latest="{_iso(time.latest)}"><time{datetime}>{escape(time.labels["en"])}</time>'
            f'<span class="precision">{escape(time.precision)}</span>'
            f'<p class="what">{escape(event.labels["en"])}</p>'
            f'<p class="words" lang="hu">{words}</p>{said}</li>'
        )

    def entities(self) -> str:
        groups = []
        for kind, title in _KIND_TITLES.items():
            members = sorted(
                (e for e in self.a.entities.values() if e.kind == kind), key=lambda e: _name(e)
            )
            items = "\n".join(self.entity(e) for e in members)
            if items:
                groups.append(f'<h3>{title}</h3>\n<ul class="entities">\n{items}\n</ul>')
        return _section("entities", "Who and where", "\n".join(groups))

    def entity(self, entity: Entity) -> str:
        """Its English name, its Hungarian name and stated role, and the words the text
        uses for it."""
        text = self.a.text
        mentions = [m.span for m in entity.mentions] or [  # named only through a metonymy
            m.span
            for e in self.a.entities.values()
            for m in e.mentions
            if m.literally == entity.iri
        ]
        forms = Counter(text[span.start : span.end] for span in mentions)
        said = ", ".join(escape(w) + (f" ×{n}" if n > 1 else "") for w, n in sorted(forms.items()))
        if not entity.mentions:
            said = f"standing for another: {said}"
        details = [
            f'<span lang="hu">{escape(entity.names["hu"])}</span>' if "hu" in entity.names else "",
            escape(entity.role["en"]) if "en" in entity.role else "",
            f"of {self.link(entity.affiliation)}" if entity.affiliation else "",
        ]
        star = '<span class="star" title="a main subject of the article">★</span> '
        wikidata = (
            f' <a class="wd" href="{escape(entity.same_as)}">{escape(iris.qid(entity.same_as))}</a>'
            if entity.same_as
            else ""
        )
        return (
            f'<li id="{iris.fragment(entity.iri)}" class="entity {entity.kind}" '
            f'data-iri="{escape(entity.iri)}">{star if entity.iri in self.a.about else ""}'
            f"<b>{escape(_name(entity))}</b>{wikidata}"
            f'<span class="details">{" · ".join(d for d in details if d)}</span>'
            f'<span class="forms" lang="hu">in the text: {said}</span></li>'
        )

    def claims(self) -> str:
        """Claims in reading order, each with who made it and its exact words."""
        items = "\n".join(self.claim(c) for c in sorted(self.a.claims, key=lambda c: c.anchors))
        return _section("claims", "Claims", f'<ol class="claims">\n{items}\n</ol>')

    def claim(self, claim: Claim) -> str:
        who = ", ".join(self.link(s) for s in claim.speakers)
        chain = claim.chain or ((claim.source,) if claim.source else ())
        via = " → ".join(self.link(channel) for channel in chain)
        author = f'{who} <span class="via">via {via}</span>' if who and via else who or via
        facts = [
            f"said {escape(claim.time.labels['en'])}" if claim.time else "",
            f"of {escape(claim.about_time.labels['en'])}" if claim.about_time else "",
            _quantity(claim.quantity) if claim.quantity else "",
            "about " + ", ".join(self.link(e) for e in claim.about) if claim.about else "",
        ]
        meta = " · ".join(f for f in facts if f)
        return (
            f'<li id="{iris.fragment(claim.iri)}" class="claim" data-iri="{escape(claim.iri)}">'
            f'<p class="who">{author} <span class="badge">{escape(claim.claim_type["en"])}'
            f" · {escape(claim.stance['en'])}</span></p>"
            f'<blockquote lang="hu">{escape(claim.quote)}</blockquote>'
            + (f'<p class="meta">{meta}</p>' if meta else "")
            + "</li>"
        )

    def footer(self) -> str:
        return (
            "<footer>Generated by kb from the validated knowledge graph of "
            f"<code>{escape(self.a.iri)}</code>. Highlighted words link to what they name; "
            "the schema.org markup of this page uses the same identifiers.</footer>"
        )

    def link(self, iri: URIRef) -> str:
        """A link to the entry of an entity, event or claim on this page."""
        return f'<a href="#{iris.fragment(iri)}">{escape(self.names[iri])}</a>'


# --- helpers ---------------------------------------------------------------------------


def _section(fragment: str, title: str, body: str) -> str:
    return f'<section id="{fragment}">\n<h2>{title}</h2>\n{body}\n</section>'


def _marks(article: Article) -> list[Mark]:
    """A highlight for every claim quote, event word, time and entity mention.

    Claims are outermost and entities innermost, so a name inside a quote links to
    the entity. Entities mentioned by the same words ("két ország": both states)
    share one highlight, titled with all their names, linking to the first."""
    marks = [
        Mark(s.start, s.end, 0, f"#{iris.fragment(c.iri)}", "hl hl-claim", c.labels["en"])
        for c in article.claims
        for s in c.anchors
    ]
    marks += [
        Mark(s.start, s.end, 1, f"#{iris.fragment(e.iri)}", "hl hl-event", e.labels["en"])
        for e in article.events
        for s in e.anchors
    ]
    times: dict[Span, Mark] = {}
    holders: list[Event | Claim] = [*article.events, *article.claims]
    for holder in holders:
        time = holder.time
        if time and time.span:
            title = time.labels["en"]
            times.setdefault(
                time.span,
                Mark(
                    time.span.start,
                    time.span.end,
                    2,
                    f"#{iris.fragment(holder.iri)}",
                    "hl hl-time",
                    title,
                ),
            )
    named: dict[Span, list[Entity]] = {}
    for entity in article.entities.values():
        for mention in entity.mentions:
            named.setdefault(mention.span, []).append(entity)
    marks += times.values()
    marks += [_entity_mark(span, entities, article) for span, entities in named.items()]
    return marks


def _entity_mark(span: Span, entities: list[Entity], article: Article) -> Mark:
    literally = {
        m.literally for e in entities for m in e.mentions if m.span == span and m.literally
    }
    title = " · ".join(_name(e) for e in entities)
    title += "".join(f" (literally {_name(article.entities[i])})" for i in sorted(literally))
    href = f"#{iris.fragment(entities[0].iri)}"
    return Mark(span.start, span.end, 3, href, f"hl hl-{entities[0].kind}", title)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line of the text."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _when(event: Event) -> tuple[dt.date, dt.date, str]:
    """Timeline order: by earliest bound, then latest; an open bound takes the other's
    place, so "before 30 November" sorts with 30 November, not before all history."""
    assert event.time is not None
    time = event.time
    begin, end = time.earliest or time.latest_begin, time.latest or time.earliest_end
    first, last = begin or end, end or begin
    assert first is not None and last is not None  # a TimeSpan has at least one bound
    return first, last, _label(event)


def _quantity(quantity: Quantity) -> str:
    low, high = quantity.minimum, quantity.maximum
    closed = low is not None and high is not None and quantity.min_inclusive
    if closed and quantity.max_inclusive:
        amount = f"{low:,}" if low == high else f"{low:,}–{high:,}"
    else:
        bounds = [
            f"{'≥' if quantity.min_inclusive else '>'} {low:,}" if low is not None else "",
            f"{'≤' if quantity.max_inclusive else '<'} {high:,}" if high is not None else "",
        ]
        amount = " and ".join(b for b in bounds if b)
    if quantity.approximate:
        amount = f"about {amount}"
    unit = escape(quantity.unit.get("en", ""))
    original = escape(quantity.original)
    return f'{amount} {unit} (<span lang="hu">{original}</span>)'


def _name(entity: Entity) -> str:
    return entity.names.get("en") or entity.names["hu"]


def _label(event: Event) -> str:
    return event.labels["en"]


def _is_web(url: str) -> bool:
    """Only http(s) addresses become links: a `javascript:` URL must stay text."""
    return url.lower().startswith(("https://", "http://"))


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""
