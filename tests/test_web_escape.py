"""JSON inside a script element: no text can end the element, JSON reads back the same."""

from __future__ import annotations

import json

from kb.formats.web.escape import safe_json, script_block

HOSTILE = {"quote": '</script><script>alert(1)</script> <!-- & "x" \u2028'}


def test_no_text_can_end_the_script_element_or_open_markup() -> None:
    block = script_block(HOSTILE)
    inner = block.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "<" not in inner and ">" not in inner and "&" not in inner


def test_escaped_json_reads_back_as_the_same_data() -> None:
    assert json.loads(safe_json(HOSTILE)) == HOSTILE


def test_ordinary_text_stays_readable() -> None:
    assert '"headline": "Észak-Korea továbbra is"' in safe_json(
        {"headline": "Észak-Korea továbbra is"}
    )
