"""Load, check and write `annotation.yaml`, the interchange format.

Loading is strict because everything downstream trusts it: the YAML must match
`schema/annotation.schema.json`, every id it refers to must exist, every
controlled value must be a notation of the ontology, every quote must stand in
`article.txt` at its offsets, and every date must exist. The first problem found
is reported as one line naming `annotation.yaml:LINE`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from kb import ontology, timespan
from kb.errors import InputError
from kb.model import (
    Annotation,
    Article,
    ArticleMeta,
    Claim,
    Entity,
    Event,
    Mention,
    Name,
    Participant,
    Provenance,
    Quantity,
    Span,
    TimeExpression,
)
from kb.resources import data_file

ANNOTATION_FILE = "annotation.yaml"

Path_ = tuple[str | int, ...]


def load_annotation(file: Path) -> Annotation:
    """Read `annotation.yaml` and check it against the schema.

    What needs the article (quotes, offsets, dates) is `check_annotation`'s job:
    the article is read with the time zone the annotation gives.
    """
    data, lines = _read_yaml(file)

    def where(at: Path_) -> str:
        return f"{file}:{_nearest_line(lines, at)}"

    _check_schema(data, where)
    return _Builder(data, lines, where).annotation(default_slug=file.parent.name)


def check_annotation(annotation: Annotation, article: Article, source: str) -> None:
    """Check references, controlled values, quotes and dates against `article`.

    Also run on `kb extract` drafts, which never pass through YAML: `source` names
    what the lines refer to.
    """
    _Checker(annotation, article, source).run()


def dump_annotation(annotation: Annotation) -> str:
    """The annotation as YAML in the house style: sections, one item per block,
    spans on one line, keys in the schema's order."""
    document = {
        "version": 1,
        "article": _meta_dict(annotation.article),
        "entities": [_entity_dict(e) for e in annotation.entities],
        "times": [_time_dict(t) for t in annotation.times],
        "events": [_event_dict(e) for e in annotation.events],
        "claims": [_claim_dict(c) for c in annotation.claims],
    }
    return yaml.dump(
        {key: value for key, value in document.items() if value != []},
        Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
    )  # fmt: skip


# --- reading -------------------------------------------------------------------


def _read_yaml(file: Path) -> tuple[Any, dict[Path_, int]]:
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(
            str(file), "no such file", "write an annotation.yaml (see docs/annotation-format.md)"
        ) from None
    except UnicodeDecodeError:
        raise InputError(str(file), "not UTF-8 text", "save it as UTF-8") from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node else None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise InputError(f"{file}{line}", f"malformed YAML: {problem}", "fix the syntax") from None
    finally:
        loader.dispose()
    if not isinstance(data, dict) or node is None:
        raise InputError(str(file), "expected a YAML mapping with 'version' and 'article'")
    return data, dict(_line_index(node, ()))


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML (libyaml's when present: six times faster) that keeps dates as text,
    so the schema and kb see what was written."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _line_index(node: yaml.Node, at: Path_) -> Iterator[tuple[Path_, int]]:
    """Map each path in the YAML tree to its 1-based line, for error messages."""
    yield at, node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _line_index(value, (*at, key.value))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _line_index(item, (*at, index))


def _nearest_line(lines: dict[Path_, int], at: Path_) -> int:
    while at not in lines and at:
        at = at[:-1]
    return lines.get(at, 1)


@cache
def _schema_validator() -> Draft202012Validator:
    schema = json.loads(data_file("schema", "annotation.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema)


def _check_schema(data: Any, where: Callable[[Path_], str]) -> None:
    error = best_match(_schema_validator().iter_errors(data))
    if error is not None:
        at = tuple(error.absolute_path)
        field = ".".join(str(p) for p in at) or "top level"
        raise InputError(
            where(at), f"{field}: {error.message}", "see schema/annotation.schema.json"
        )


class _Builder:
    """Turns checked YAML data into model objects, remembering each item's line."""

    def __init__(
        self, data: dict[str, Any], lines: dict[Path_, int], where: Callable[[Path_], str]
    ) -> None:
        self.data = data
        self.lines = lines
        self.where = where

    def annotation(self, default_slug: str) -> Annotation:
        meta = self.data["article"]
        return Annotation(
            article=ArticleMeta(
                slug=meta.get("slug", default_slug),
                language=meta.get("language", "hu"),
                timezone=meta.get("timezone", "Europe/Budapest"),
                source=meta.get("source"),
                about=tuple(meta.get("about", ())),
                url=meta.get("url"),
                annotator=meta.get("annotator", "human"),
            ),
            entities=tuple(self._items("entities", self._entity)),
            times=tuple(self._items("times", self._time)),
            events=tuple(self._items("events", self._event)),
            claims=tuple(self._items("claims", self._claim)),
        )

    def _items(self, section: str, build: Callable[[dict[str, Any], Path_], Any]) -> Iterator[Any]:
        for index, item in enumerate(self.data.get(section, ())):
            yield build(item, (section, index))

    def _span(self, item: dict[str, Any], at: Path_) -> Span:
        return Span(item["text"], item["start"], item["end"], self.lines.get(at, 0))

    def _prov(self, item: dict[str, Any], at: Path_) -> Provenance:
        origin = item.get("origin", self.data["article"].get("annotator", "human"))
        return Provenance(origin, item.get("confidence"), self.lines.get(at, 0))

    def _entity(self, item: dict[str, Any], at: Path_) -> Entity:
        mentions = tuple(
            Mention(self._span(m, (*at, "mentions", i)), m.get("metonymy_of"))
            for i, m in enumerate(item["mentions"])
        )
        role = item.get("role")
        return Entity(
            id=item["id"], type=item["type"], name=Name(**item["name"]), mentions=mentions,
            wikidata=item.get("wikidata"), role=Name(**role) if role else None,
            affiliation=item.get("affiliation"), prov=self._prov(item, at),
        )  # fmt: skip

    def _time(self, item: dict[str, Any], at: Path_) -> TimeExpression:
        return TimeExpression(
            id=item["id"], precision=item["precision"],
            span=self._span(item, at) if "text" in item else None,
            value=None if "value" not in item else str(item["value"]), part=item.get("part"),
            earliest=self._date(item, "earliest", at), latest=self._date(item, "latest", at),
            prov=self._prov(item, at),
        )  # fmt: skip

    def _event(self, item: dict[str, Any], at: Path_) -> Event:
        return Event(
            id=item["id"], type=item["type"],
            anchors=tuple(
                self._span(a, (*at, "anchors", i)) for i, a in enumerate(item["anchors"])
            ),
            participants=tuple(
                Participant(p["entity"], p["role"]) for p in item["participants"]
            ),
            time=item.get("time"), place=item.get("place"),
            attested_by=tuple(item.get("attested_by", ())), prov=self._prov(item, at),
        )  # fmt: skip

    def _claim(self, item: dict[str, Any], at: Path_) -> Claim:
        quantity = item.get("quantity")
        return Claim(
            id=item["id"], type=item["type"], stance=item["stance"],
            quote=self._span(item["quote"], (*at, "quote")),
            speakers=tuple(item.get("speakers", ())), source=item.get("source"),
            time=item.get("time"), about=tuple(item.get("about", ())),
            quantity=self._quantity(quantity, (*at, "quantity")) if quantity else None,
            event=item.get("event"), prov=self._prov(item, at),
        )  # fmt: skip

    def _date(self, item: dict[str, Any], key: str, at: Path_) -> dt.date | None:
        if key not in item:
            return None
        try:
            return dt.date.fromisoformat(item[key])
        except ValueError:
            raise InputError(
                self.where((*at, key)),
                f"{key}: impossible date {item[key]!r}",
                "give a day that exists, as YYYY-MM-DD",
            ) from None

    def _quantity(self, item: dict[str, Any], at: Path_) -> Quantity:
        unit = item.get("unit")
        return Quantity(
            span=self._span(item, at), min=item.get("min"), max=item.get("max"),
            min_inclusive=item.get("min_inclusive", True),
            max_inclusive=item.get("max_inclusive", True),
            unit=Name(**unit) if unit else None,
        )  # fmt: skip


# --- checking ------------------------------------------------------------------


class _Checker:
    """One pass over an annotation; stops at the first problem with its line."""

    def __init__(self, annotation: Annotation, article: Article, source: str) -> None:
        self.a = annotation
        self.article = article
        self.source = source
        self.entities = _unique(annotation.entities, "entity", source)
        self.times = _unique(annotation.times, "time", source)
        self.events = _unique(annotation.events, "event", source)
        self.claims = _unique(annotation.claims, "claim", source)

    def run(self) -> None:
        meta = self.a.article
        for ref in (meta.source, *meta.about):
            self._ref(ref, self.entities, "entity", 0)
        for entity in self.a.entities:
            self._check_entity(entity)
        for time in self.a.times:
            self._check_time(time)
        for event in self.a.events:
            self._check_event(event)
        for claim in self.a.claims:
            self._check_claim(claim)

    def _where(self, line: int) -> str:
        return f"{self.source}:{line}" if line else self.source

    def _ref(self, ref: str | None, known: dict[str, Any], kind: str, line: int) -> None:
        if ref is not None and ref not in known:
            raise InputError(
                self._where(line), f"unknown {kind} {ref!r}",
                f"declare it under {_SECTIONS[kind]}: or fix the id",
            )  # fmt: skip

    def _notation(self, scheme: str, value: str, line: int) -> None:
        valid = ontology.notations(scheme)
        if value not in valid:
            raise InputError(
                self._where(line), f"{value!r} is not in the ontology's {scheme}",
                "use one of: " + ", ".join(valid),
            )  # fmt: skip

    def _span(self, span: Span, line: int) -> None:
        text = self.article.text
        where = self._where(span.line or line)
        if not 0 <= span.start < span.end <= len(text):
            raise InputError(
                where, f"offsets {span.start}-{span.end} of {span.text!r} are out of range",
                f"article.txt has {len(text)} characters",
            )  # fmt: skip
        if text[span.start : span.end] != span.text:
            found = text.find(span.text)
            if found < 0:
                raise InputError(
                    where, f"quote {span.text!r} is not in article.txt",
                    "copy the exact words from article.txt",
                )  # fmt: skip
            raise InputError(
                where, f"quote {span.text!r} is not at {span.start}-{span.end}",
                f"it stands at start: {found}, end: {found + len(span.text)}",
            )  # fmt: skip

    def _check_entity(self, entity: Entity) -> None:
        line = entity.prov.line
        self._ref(entity.affiliation, self.entities, "entity", line)
        for mention in entity.mentions:
            self._span(mention.span, line)
            self._ref(mention.metonymy_of, self.entities, "entity", mention.span.line or line)

    def _check_time(self, time: TimeExpression) -> None:
        if time.span:
            self._span(time.span, time.prov.line)
        try:
            timespan.bounds(time, self.article.published.date())
        except ValueError as error:
            raise InputError(
                self._where(time.prov.line),
                str(error),
                "fix value/earliest/latest",
            ) from None

    def _check_event(self, event: Event) -> None:
        line = event.prov.line
        self._notation("event-types", event.type, line)
        for anchor in event.anchors:
            self._span(anchor, line)
        for participant in event.participants:
            self._ref(participant.entity, self.entities, "entity", line)
            self._notation("roles", participant.role, line)
        self._ref(event.place, self.entities, "entity", line)
        self._ref(event.time, self.times, "time", line)
        for claim in event.attested_by:
            self._ref(claim, self.claims, "claim", line)

    def _check_claim(self, claim: Claim) -> None:
        line = claim.prov.line
        self._notation("claim-types", claim.type, line)
        self._notation("stances", claim.stance, line)
        self._span(claim.quote, line)
        for speaker in (*claim.speakers, claim.source):
            self._ref(speaker, self.entities, "entity", line)
        self._ref(claim.time, self.times, "time", line)
        for event in (*claim.about, claim.event):
            self._ref(event, self.events, "event", line)
        if claim.quantity:
            quantity = claim.quantity
            self._span(quantity.span, line)
            if None not in (quantity.min, quantity.max) and quantity.min > quantity.max:
                raise InputError(
                    self._where(quantity.span.line or line),
                    f"quantity min {quantity.min} is above max {quantity.max}", "swap them",
                )  # fmt: skip


_SECTIONS = {"entity": "entities", "time": "times", "event": "events", "claim": "claims"}
"""Where each kind of item is declared in annotation.yaml."""


def _unique(items: tuple[Any, ...], kind: str, source: str) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for item in items:
        if item.id in seen:
            raise InputError(
                f"{source}:{item.prov.line}", f"{kind} id {item.id!r} is used twice",
                "give each item its own id",
            )  # fmt: skip
        seen[item.id] = item
    return seen


# --- writing -------------------------------------------------------------------


class _Flow(dict[str, Any]):
    """A mapping written on one line: spans and names."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    _Flow, lambda dumper, data: dumper.represent_mapping("tag:yaml.org,2002:map", data, True)
)


def _compact(**fields: Any) -> dict[str, Any]:
    """Drop fields that are unset, so the YAML shows only what was said."""
    return {k: v for k, v in fields.items() if v is not None and v != [] and v != ()}


def _span_dict(span: Span) -> _Flow:
    return _Flow(text=span.text, start=span.start, end=span.end)


def _name_dict(name: Name | None) -> _Flow | None:
    return _Flow(hu=name.hu, en=name.en) if name else None


def _prov_fields(prov: Provenance) -> dict[str, Any]:
    origin = None if prov.origin == "human" else prov.origin
    return _compact(origin=origin, confidence=prov.confidence)


def _meta_dict(meta: ArticleMeta) -> dict[str, Any]:
    return _compact(
        slug=meta.slug, language=meta.language, timezone=meta.timezone, source=meta.source,
        about=list(meta.about), url=meta.url, annotator=meta.annotator,
    )  # fmt: skip


def _entity_dict(entity: Entity) -> dict[str, Any]:
    mentions = [
        _Flow(**_span_dict(m.span), **_compact(metonymy_of=m.metonymy_of)) for m in entity.mentions
    ]
    return _compact(
        id=entity.id, type=entity.type, name=_name_dict(entity.name), wikidata=entity.wikidata,
        role=_name_dict(entity.role), affiliation=entity.affiliation, mentions=mentions,
        **_prov_fields(entity.prov),
    )  # fmt: skip


def _time_dict(time: TimeExpression) -> dict[str, Any]:
    span = dict(_span_dict(time.span)) if time.span else {}
    return _compact(
        id=time.id, **span, precision=time.precision, value=time.value, part=time.part,
        earliest=time.earliest and time.earliest.isoformat(),
        latest=time.latest and time.latest.isoformat(), **_prov_fields(time.prov),
    )  # fmt: skip


def _event_dict(event: Event) -> dict[str, Any]:
    return _compact(
        id=event.id, type=event.type, anchors=[_span_dict(a) for a in event.anchors],
        participants=[_Flow(entity=p.entity, role=p.role) for p in event.participants],
        time=event.time, place=event.place, attested_by=list(event.attested_by),
        **_prov_fields(event.prov),
    )  # fmt: skip


def _claim_dict(claim: Claim) -> dict[str, Any]:
    quantity = claim.quantity
    return _compact(
        id=claim.id, type=claim.type, stance=claim.stance, quote=_span_dict(claim.quote),
        speakers=list(claim.speakers), source=claim.source, time=claim.time,
        about=list(claim.about), quantity=quantity and _quantity_dict(quantity),
        event=claim.event, **_prov_fields(claim.prov),
    )  # fmt: skip


def _quantity_dict(quantity: Quantity) -> dict[str, Any]:
    bounds = _compact(min=quantity.min, max=quantity.max)
    if not quantity.min_inclusive:
        bounds["min_inclusive"] = False
    if not quantity.max_inclusive:
        bounds["max_inclusive"] = False
    return {**_span_dict(quantity.span), **bounds, **_compact(unit=_name_dict(quantity.unit))}
