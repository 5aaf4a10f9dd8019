"""Load `annotation.yaml`, the interchange format, into the model.

Loading is strict because everything downstream trusts it: the YAML must match
`schema/annotation.schema.json` (what needs the article is `kb.read.check`'s
job). The first problem is reported as one line naming `annotation.yaml:LINE`, and
every item keeps its line, so later checks and validation can point at it too.
`kb.read.dump` writes the same format back.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import fastjsonschema
import yaml

from kb import iris
from kb.errors import InputError
from kb.model import (
    Annotation,
    ArticleMeta,
    Claim,
    Entity,
    Event,
    Mention,
    Name,
    Participant,
    Provenance,
    Quantity,
    Relay,
    Span,
    TimeExpression,
)
from kb.read import compiled_schema
from kb.read.files import ANNOTATION_BYTES, NESTING, YAML_NODES, Limit, YamlLoader, read_text
from kb.resources import data_file

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

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
    _check_timezone(data["article"], where)
    _check_url(data["article"], where)
    return _Builder(data, lines, where).annotation(lambda: _folder_slug(file))


def _check_url(meta: dict[str, Any], where: Callable[[Path_], str]) -> None:
    """The schema's `format: uri` is advice only in JSON Schema; the URL becomes an IRI."""
    url = meta.get("url")
    if url is not None and (problem := iris.iri_problem(url)):
        raise InputError(
            where(("article", "url")), f"url {url!r} {problem}", "give the article's web address"
        )


def _folder_slug(file: Path) -> str:
    """The default slug: the article folder's name, made an id ("My Article" → "my-article")."""
    folder = file.resolve().parent.name
    return iris.slug(folder, str(file), "set article.slug, or rename the folder")


def _read_yaml(file: Path) -> tuple[Any, dict[Path_, int]]:
    text = read_text(
        file, ANNOTATION_BYTES, "write an annotation.yaml (see docs/annotation-format.md)"
    )
    try:
        _check_events(text, file)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise InputError(str(file), "is empty", "write version: 1 and article: {...}")
            lines = dict(_checked_lines(node, (), loader, file))
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.YAMLError as error:
        raise InputError(*_yaml_problem(error, text, file), "fix the syntax") from None
    except ValueError as error:  # an integer beyond Python's 4300 digits
        raise InputError(str(file), f"malformed YAML: {error}", "fix the value") from None
    if not isinstance(data, dict):
        raise InputError(
            str(file), "is not a YAML mapping", "start it with version: 1 and article: {...}"
        )
    return data, lines


def _yaml_problem(error: yaml.YAMLError, text: str, file: Path) -> tuple[str, str]:
    """Where the parser stopped, and why, in one line."""
    mark = getattr(error, "problem_mark", None)
    if mark is not None:
        line = mark.line + 1
    elif isinstance(error, yaml.reader.ReaderError):  # a character YAML does not allow
        line = text.count("\n", 0, error.position) + 1
    else:
        line = 0
    problem = getattr(error, "problem", None) or getattr(error, "reason", None) or str(error)
    return (f"{file}:{line}" if line else str(file)), f"malformed YAML: {' '.join(problem.split())}"


class _Loader(YamlLoader):
    """The safe YAML loader (`YamlLoader`) keeping dates as text,
    so the schema and kb see what was written."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _check_events(text: str, file: Path) -> None:
    """Bound the document from its event stream, before anything is built from it.

    An alias (`*name`) repeats an anchored node; a few of them nested repeat it
    billions of times (the "billion laughs"), and everything after the parser (the
    line index, the schema check) walks the repeated tree. So the tree is measured
    as it would be expanded: no more than the node limit, no deeper than the
    nesting limit (the recursive builders would exhaust the stack).
    """
    nodes, depth = YAML_NODES.value(), NESTING.value()
    anchored: dict[str, tuple[int, int]] = {}  # anchor: (expanded size, height)
    open_: list[list[Any]] = [[None, 0, 0]]  # per open collection: anchor, size, height
    loader = _Loader(text)
    try:
        for event in iter(loader.get_event, None):
            if isinstance(event, yaml.CollectionStartEvent):
                open_.append([event.anchor, 1, 1])
                if len(open_) - 1 > depth:
                    _beyond(depth, NESTING, file, event, "levels deep")
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                anchor, size, height = open_.pop()
                if anchor:
                    anchored[anchor] = (size, height)
            elif isinstance(event, yaml.AliasEvent):
                size, height = anchored.get(event.anchor or "", (0, 0))
                if len(open_) - 1 + height > depth:
                    _beyond(depth, NESTING, file, event, "levels deep")
            elif isinstance(event, yaml.ScalarEvent):
                size, height = 1, 0
                if event.anchor:
                    anchored[event.anchor] = (1, 0)
            else:
                continue
            parent = open_[-1]
            parent[1] += size
            parent[2] = max(parent[2], height + 1)
            if parent[1] > nodes:
                what = "values (counting what aliases repeat)"
                _beyond(nodes, YAML_NODES, file, event, what)
    finally:
        loader.dispose()


def _beyond(limit: int, variable: Limit, file: Path, event: Any, what: str) -> None:
    raise InputError(
        f"{file}:{event.start_mark.line + 1}", f"more than {limit:,} {what}",
        f"annotation.yaml needs far fewer; {variable.variable} raises the limit",
    )  # fmt: skip


_FLOAT = "tag:yaml.org,2002:float"


def _checked_lines(
    node: yaml.Node, at: Path_, loader: _Loader, file: Path
) -> Iterator[tuple[Path_, int]]:
    """Map each path in the YAML tree to its 1-based line, for error messages, refusing
    on the way what YAML allows but kb must not guess about: a key given twice (YAML
    would keep the last silently) and a number that is not finite (.inf, .nan)."""
    line = node.start_mark.line + 1
    yield at, line
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else str(key.start_mark)
            if name in seen:
                raise InputError(
                    f"{file}:{key.start_mark.line + 1}",
                    f"key {name!r} is given twice in one mapping",
                    "keep one of them",
                )
            seen.add(name)
            yield from _checked_lines(value, (*at, name), loader, file)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _checked_lines(item, (*at, index), loader, file)
    elif node.tag == _FLOAT and not math.isfinite(loader.construct_yaml_float(node)):
        raise InputError(
            f"{file}:{line}", f"{node.value!r} is not a finite number", "give a number"
        )


def _nearest_line(lines: dict[Path_, int], at: Path_) -> int:
    while at not in lines and at:
        at = at[:-1]
    return lines.get(at, 1)


@cache
def _schema() -> dict[str, Any]:
    return json.loads(data_file("schema", "annotation.schema.json").read_text("utf-8"))


@cache
def _schema_validator() -> Draft202012Validator:
    """jsonschema's validator, with kb's integers: what decides, and words the error."""
    from jsonschema import Draft202012Validator, validators

    def is_integer(_: object, value: object) -> bool:
        """JSON Schema counts 88.0 as an integer; kb's offsets index text and must be ints."""
        return isinstance(value, int) and not isinstance(value, bool)

    strict = validators.extend(
        Draft202012Validator,
        type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", is_integer),
    )
    return strict(_schema())


def compiled_schema_code() -> str:
    """The Python source of `kb.read.compiled_schema`: the schema compiled by
    fastjsonschema, generated once and committed, since compiling it costs every
    process ~50 ms. fastjsonschema reads draft 7, so `dependentRequired` is given under
    its draft-7 name (`dependencies`, the same rule for lists of names), and the
    annotations it would copy into its generated code are left out.
    `tests/test_annotation_schema_check.py` holds the committed module equal to this,
    so the schema stays the source of truth (`scripts/compile_schema.py` rewrites it)."""
    code = fastjsonschema.compile_to_code(_draft7(_schema()), use_default=False, use_formats=False)
    main = re.search(r"^def (\w+)\(", code, re.MULTILINE)
    assert main is not None
    return f"{_GENERATED}\n{code}\n\nvalidate = {main.group(1)}\n"


_GENERATED = """\
# The annotation schema (schema/annotation.schema.json) compiled to Python by
# fastjsonschema: generated by kb.read.annotation.compiled_schema_code, do not edit;
# run `python scripts/compile_schema.py` after changing the schema.
# mypy: ignore-errors"""


_ANNOTATIONS = frozenset({"title", "description", "default", "$comment"})
_NAMES = frozenset({"properties", "$defs", "dependentRequired"})
"""Keywords whose value maps names (of properties, of definitions) to schemas or lists."""


def _draft7(schema: Any) -> Any:
    if isinstance(schema, list):
        return [_draft7(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    return {
        ("dependencies" if key == "dependentRequired" else key): (
            {name: _draft7(value) for name, value in value.items()}
            if key in _NAMES
            else _draft7(value)
        )
        for key, value in schema.items()
        if key not in _ANNOTATIONS
    }


def _surely_valid(data: Any) -> bool:
    """Whether the compiled check accepts `data`, where it is as strict as jsonschema:
    a whole float (88.0), which it counts as an integer and kb does not, always goes
    to jsonschema. False is no verdict: jsonschema decides."""
    if _has_whole_float(data):
        return False
    try:
        compiled_schema.validate(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def _has_whole_float(data: Any) -> bool:
    if isinstance(data, float):
        return data.is_integer()
    if isinstance(data, dict):
        return any(_has_whole_float(value) for value in data.values())
    if isinstance(data, list):
        return any(_has_whole_float(value) for value in data)
    return False


def _check_timezone(meta: dict[str, Any], where: Callable[[Path_], str]) -> None:
    zone = meta.get("timezone")
    if zone is None:
        return
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(
            where(("article", "timezone")),
            f"unknown time zone {zone!r}",
            "use an IANA name such as Europe/Budapest",
        ) from None


def _check_schema(data: Any, where: Callable[[Path_], str]) -> None:
    """The schema's verdict; the first problem, worded by jsonschema's `best_match`."""
    if _surely_valid(data):
        return
    from jsonschema.exceptions import best_match

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

    def annotation(self, default_slug: Callable[[], str]) -> Annotation:
        meta = self.data["article"]
        return Annotation(
            article=ArticleMeta(
                slug=meta["slug"] if "slug" in meta else default_slug(),
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
            for i, m in enumerate(item.get("mentions", ()))
        )
        role, resolved = item.get("role"), item.get("resolved_role")
        return Entity(
            id=item["id"], type=item["type"], name=Name(**item["name"]), mentions=mentions,
            wikidata=item.get("wikidata"), role=Name(**role) if role else None,
            resolved_role=Name(**resolved) if resolved else None,
            affiliation=item.get("affiliation"),
            contained_in=tuple(item.get("contained_in", ())),
            borders=tuple(item.get("borders", ())), scope=item.get("scope", "shared"),
            prov=self._prov(item, at),
        )  # fmt: skip

    def _time(self, item: dict[str, Any], at: Path_) -> TimeExpression:
        ongoing = self._date(item, "ongoing_at", at)
        return TimeExpression(
            id=item["id"], precision=item["precision"],
            span=self._span(item, at) if "text" in item else None,
            value=None if "value" not in item else str(item["value"]), part=item.get("part"),
            earliest=self._date(item, "begins_after", at),
            latest=self._date(item, "ended_by", at),
            latest_begin=ongoing or self._date(item, "begun_by", at),
            earliest_end=ongoing or self._date(item, "ends_after", at),
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
            attested_by=tuple(item.get("attested_by", ())),
            before=tuple(item.get("before", ())), part_of=tuple(item.get("part_of", ())),
            result_of=tuple(item.get("result_of", ())),
            concerns=tuple(item.get("concerns", ())),
            condition=self._span(item["condition"], (*at, "condition"))
            if "condition" in item else None,
            prov=self._prov(item, at),
        )  # fmt: skip

    def _claim(self, item: dict[str, Any], at: Path_) -> Claim:
        quantity = item.get("quantity")
        via = tuple(Relay(s["source"], s.get("event"), s.get("time")) for s in item.get("via", ()))
        return Claim(
            id=item["id"], type=item["type"], stance=item["stance"],
            quote=self._span(item["quote"], (*at, "quote")),
            speakers=tuple(item.get("speakers", ())),
            source=via[-1].source if via else item.get("source"), via=via,
            time=item.get("time"), about_time=item.get("about_time"),
            about=tuple(item.get("about", ())),
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
            unit=Name(**unit) if unit else None, approximate=item.get("approximate", False),
        )  # fmt: skip
