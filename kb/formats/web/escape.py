"""JSON that is safe inside an HTML `<script>` element.

Article text and quotes end up in the schema.org markup, and a quote may contain
`</script>` or `<!--`: inside a script element the HTML parser, not the JSON
parser, decides where the script ends. Writing `<`, `>` and `&` as JSON `\\u`
escapes means no text can end the element or start markup, while every JSON
parser reads back exactly the same strings. Those three characters can only
occur inside JSON strings, so replacing them everywhere is exact.
"""

from __future__ import annotations

import json
from typing import Any

_UNSAFE = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "\u2028": "\\u2028",  # line separators end a JavaScript string literal
        "\u2029": "\\u2029",
    }
)


def safe_json(data: Any) -> str:
    """Readable, stable JSON (two-space indent, UTF-8 as is) that cannot break out of
    a script element."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return text.translate(_UNSAFE)


def script_block(data: Any) -> str:
    """The `<script type="application/ld+json">` element holding `data`."""
    return f'<script type="application/ld+json">\n{safe_json(data)}\n</script>'
