"""The compiled schema check is a shortcut, never a second opinion: whatever it accepts,
jsonschema (kb's strict reading of `schema/annotation.schema.json`) accepts too, and
whatever it refuses, jsonschema judges and words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kb.errors import InputError
from kb.read import compiled_schema
from kb.read.annotation import (
    _read_yaml,
    _schema_validator,
    _surely_valid,
    compiled_schema_code,
    load_annotation,
)
from tests.conftest import DATA, MINIMAL

_WRONG = (None, "x", "", 7, -1, 7.0, 0.5, True, [], {}, ["x"], {"x": 1})
"""What a value may be replaced by: each JSON type, and the numbers kb is strict about."""


def mutations(data: Any) -> Iterator[str]:
    """Every single change to `data`, made in place and undone after the yield (which
    names it): each value replaced by each of `_WRONG`, each key dropped, an unknown
    key added to each mapping."""
    if isinstance(data, dict):
        for key in list(data):
            value = data.pop(key)
            yield f"without {key}"
            for wrong in _WRONG:
                data[key] = wrong
                yield f"{key}: {wrong!r}"
            data[key] = value
            for change in mutations(value):
                yield f"{key}.{change}"
        data["unknown"] = 1
        yield "with an unknown key"
        del data["unknown"]
    elif isinstance(data, list):
        for index, value in enumerate(data):
            for wrong in _WRONG:
                data[index] = wrong
                yield f"[{index}]: {wrong!r}"
            data[index] = value
            for change in mutations(value):
                yield f"[{index}].{change}"


@pytest.mark.parametrize("name", ["minimal", "quantities"])
def test_what_the_compiled_check_accepts_jsonschema_accepts(name: str) -> None:
    data, _ = _read_yaml(DATA / "articles" / name / "annotation.yaml")
    strict = _schema_validator()
    refused = 0
    for change in mutations(data):
        if _surely_valid(data):
            assert strict.is_valid(data), change
        else:
            refused += 1
    assert refused > 500  # the mutations did break the file, and the check saw it


def test_a_whole_float_offset_is_refused_with_jsonschemas_words(tmp_path: Path) -> None:
    text = (MINIMAL / "annotation.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "minimal" / "annotation.yaml"
    broken.parent.mkdir()
    broken.write_text(text.replace("start: 0, end: 12", "start: 0.0, end: 12"), "utf-8")
    with pytest.raises(
        InputError,
        match=r"annotation.yaml:16: entities.0.mentions.0.start: 0.0 is not of type 'integer'",
    ):
        load_annotation(broken)


def test_a_time_with_text_but_no_offsets_is_refused() -> None:
    """`dependentRequired` (JSON Schema 2020-12) holds in the compiled check too."""
    data, _ = _read_yaml(MINIMAL / "annotation.yaml")
    time = next(t for t in data["times"] if "text" in t)
    del time["start"]
    assert not _surely_valid(data)
    assert not _schema_validator().is_valid(data)


def test_the_committed_compiled_schema_is_the_schema_compiled_now() -> None:
    """kb.read.compiled_schema is generated from schema/annotation.schema.json, which
    stays the source of truth: after a schema change, run scripts/compile_schema.py."""
    committed = Path(compiled_schema.__file__).read_text(encoding="utf-8")
    assert committed == compiled_schema_code(), "run `python scripts/compile_schema.py`"
