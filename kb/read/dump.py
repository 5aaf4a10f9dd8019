"""Write an annotation as YAML in the house style (what `kb extract` drafts).

Sections in the schema's order, one item per block, spans and names on one line,
unset fields left out, so a draft reads like a hand-made annotation and diffs well.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

from kb.model import (
    Annotation,
    ArticleMeta,
    Claim,
    Entity,
    Event,
    Name,
    Provenance,
    Quantity,
    Relay,
    Span,
    TimeExpression,
)


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


class _Flow(dict[str, Any]):
    """A mapping written on one line: spans and names."""


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        """Write shared values out in full: an alias is unreadable to a reviewer."""
        return True


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
        scope=None if entity.scope == "shared" else entity.scope,
        role=_name_dict(entity.role), resolved_role=_name_dict(entity.resolved_role),
        affiliation=entity.affiliation, contained_in=list(entity.contained_in),
        borders=list(entity.borders), mentions=mentions, **_prov_fields(entity.prov),
    )  # fmt: skip


def _time_dict(time: TimeExpression) -> dict[str, Any]:
    span = dict(_span_dict(time.span)) if time.span else {}
    ongoing = time.latest_begin if time.latest_begin == time.earliest_end else None
    return _compact(
        id=time.id, **span, precision=time.precision, value=time.value, part=time.part,
        begins_after=_day(time.earliest), ongoing_at=_day(ongoing),
        begun_by=None if ongoing else _day(time.latest_begin),
        ends_after=None if ongoing else _day(time.earliest_end), ended_by=_day(time.latest),
        **_prov_fields(time.prov),
    )  # fmt: skip


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _event_dict(event: Event) -> dict[str, Any]:
    return _compact(
        id=event.id, type=event.type, anchors=[_span_dict(a) for a in event.anchors],
        participants=[_Flow(entity=p.entity, role=p.role) for p in event.participants],
        time=event.time, place=event.place, attested_by=list(event.attested_by),
        before=list(event.before), part_of=list(event.part_of),
        result_of=list(event.result_of), concerns=list(event.concerns),
        condition=event.condition and _span_dict(event.condition), **_prov_fields(event.prov),
    )  # fmt: skip


def _claim_dict(claim: Claim) -> dict[str, Any]:
    quantity = claim.quantity
    return _compact(
        id=claim.id, type=claim.type, stance=claim.stance, quote=_span_dict(claim.quote),
        speakers=list(claim.speakers), source=None if claim.via else claim.source,
        via=[_relay_dict(step) for step in claim.via], time=claim.time,
        about_time=claim.about_time, about=list(claim.about),
        quantity=quantity and _quantity_dict(quantity),
        event=claim.event, **_prov_fields(claim.prov),
    )  # fmt: skip


def _relay_dict(step: Relay) -> _Flow:
    return _Flow(_compact(source=step.source, event=step.event, time=step.time))


def _quantity_dict(quantity: Quantity) -> dict[str, Any]:
    bounds = _compact(min=quantity.min, max=quantity.max)
    if not quantity.min_inclusive:
        bounds["min_inclusive"] = False
    if not quantity.max_inclusive:
        bounds["max_inclusive"] = False
    if quantity.approximate:
        bounds["approximate"] = True
    return {**_span_dict(quantity.span), **bounds, **_compact(unit=_name_dict(quantity.unit))}
