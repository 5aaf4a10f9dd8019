"""JSON-LD with our context, and never a network fetch.

kb's documents name their context by a stable URL (`kb.vocab.CONTEXT_URL`); the
loader here answers that URL from `ontology/context.jsonld` and refuses every
other remote context, so reading and writing JSON-LD works offline and cannot be
steered by a document to fetch something. Writing compacts the sorted triples
directly (`kb.formats.compaction`); reading goes through PyLD, the reference
processor, imported only then.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from kb.errors import InputError
from kb.formats.compaction import compact
from kb.ontology import context
from kb.read.files import parse_json
from kb.vocab import CONTEXT_URL

_N_QUADS = "application/n-quads"

SCHEMA_ORG_CONTEXT = "https://schema.org"
"""The context the web markup names (`kb.formats.web.schemaorg`); search engines know
it, kb never fetches it, and a document that uses it is not kb data."""


class SchemaOrgMarkup(InputError):
    """A `<slug>.schema.jsonld` file: schema.org for search engines, not the kb graph."""


def document_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """pyld document loader: our context from disk; anything else is an error."""
    from pyld import jsonld

    if url == CONTEXT_URL:
        return {"contextUrl": None, "documentUrl": url, "document": {"@context": context()}}
    raise jsonld.JsonLdError(
        f"kb does not fetch remote documents: {url}; inline that context instead",
        "jsonld.LoadDocumentError",
        code="loading remote context failed",
    )


def to_document(
    triples: Iterable[ox.Triple], first: str, inline_context: bool = False
) -> dict[str, Any]:
    """The triples compacted with our context: a `@graph` of nodes, `first` leading,
    the rest by `@id`, so the same graph always gives the same document."""
    nodes = sorted(compact(triples, _context()), key=lambda n: (n["@id"] != first, n["@id"]))
    return {"@context": context() if inline_context else CONTEXT_URL, "@graph": nodes}


@cache
def _context() -> dict[str, Any]:
    """Our context, copied once for compaction, which only reads it."""
    return context()


def dumps(document: dict[str, Any]) -> bytes:
    """Stable, readable JSON: two-space indent, UTF-8 as is, a final newline."""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def parse(text: str, where: str) -> Graph:
    """A JSON-LD document as an rdflib graph, its contexts resolved offline.

    The JSON is read within the nesting limit (pyld recurses as deep as the document);
    what is not an object or an array of them is not a JSON-LD document.
    """
    from pyld import jsonld

    document = parse_json(text, where)
    if not isinstance(document, dict | list):
        raise InputError(
            where, f"not a JSON-LD document: a JSON {type(document).__name__}",
            "give a JSON object (kb export writes one)",
        )  # fmt: skip
    if isinstance(document, dict) and document.get("@context") == SCHEMA_ORG_CONTEXT:
        raise SchemaOrgMarkup(
            where, "schema.org markup for a web page, not kb data",
            "validate the .ttl or .jsonld that kb export wrote beside it",
        )  # fmt: skip
    try:
        for url in _remote_contexts(document):
            if url != CONTEXT_URL:
                raise InputError(
                    where, f"kb does not fetch remote documents: {url}",
                    "inline that context, or use ours: " + CONTEXT_URL,
                )  # fmt: skip
        nquads = jsonld.to_rdf(document, {"format": _N_QUADS, "documentLoader": document_loader})
    except jsonld.JsonLdError as error:
        cause = _cause(error)
        fix = "" if "; " in cause else "fix it, or export it again with kb export"
        raise InputError(where, f"not valid JSON-LD: {cause}", fix) from None
    graph = Graph()
    graph.parse(data=nquads, format="nquads")
    return graph


def _remote_contexts(value: Any) -> Iterator[str]:
    """Every context referenced by URL anywhere in a JSON-LD document."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "@context":
                contexts = item if isinstance(item, list) else [item]
                yield from (c for c in contexts if isinstance(c, str))
            yield from _remote_contexts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _remote_contexts(item)


def _cause(error: BaseException) -> str:
    """pyld wraps errors in errors; the innermost one says what is wrong."""
    while (error.__cause__ or error.__context__) is not None:
        error = error.__cause__ or error.__context__  # type: ignore[assignment]
    return str(error.args[0] if error.args else error).splitlines()[0]
