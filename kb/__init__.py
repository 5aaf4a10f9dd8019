"""kb: turn a news article into a validated linked-data knowledge base.

The Python API is the pipeline, one function per stage, in order::

    from pathlib import Path
    import kb

    document = kb.read_document(Path("articles/2024-11-30-eszak-korea-oroszorszag"))
    # or kb.extract_document(Path("new/article.txt")): annotated by the extractor
    mapped = kb.map_document(document)
    assert kb.validate(mapped.graph) == []
    turtle = kb.serialize(mapped.graph, mapped.article, "ttl")

(The stage packages `kb.read` and `kb.extract` hold the parts.) Each name is imported
when first used, so `import kb` stays cheap for the command line.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_API = {
    "read_document": "kb.pipeline:read_document",
    "extract_document": "kb.pipeline:extracted_document",
    "map_document": "kb.pipeline:map_document",
    "validate": "kb.validation:validate",
    "serialize": "kb.formats.serialize:serialize",
}
__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name not in _API:
        raise AttributeError(f"module 'kb' has no attribute {name!r}")
    module, attribute = _API[name].split(":")
    return getattr(importlib.import_module(module), attribute)
