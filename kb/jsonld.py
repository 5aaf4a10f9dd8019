"""JSON-LD with our context, and never a network fetch.

kb's documents name their context by a stable URL (`kb.vocab.CONTEXT_URL`); the
loader here answers that URL from `ontology/context.jsonld` and refuses every
other remote context, so reading and writing JSON-LD works offline and cannot be
steered by a document to fetch something.
"""

from __future__ import annotations

import json
from typing import Any

from pyld import jsonld
from rdflib import Graph

from kb.errors import InputError
from kb.ontology import context
from kb.vocab import CONTEXT_URL

_N_QUADS = "application/n-quads"


def document_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """pyld document loader: our context from disk; anything else is an error."""
    if url == CONTEXT_URL:
        return {"contextUrl": None, "documentUrl": url, "document": {"@context": context()}}
    raise jsonld.JsonLdError(
        f"kb does not fetch remote documents: {url}; inline that context instead",
        "jsonld.LoadDocumentError",
        code="loading remote context failed",
    )


def to_document(graph: Graph, first: str, inline_context: bool = False) -> dict[str, Any]:
    """`graph` compacted with our context: a `@graph` of nodes, `first` leading, the
    rest by `@id`, so the same graph always gives the same document."""
    lines = sorted(graph.serialize(format="nt").splitlines())
    expanded = jsonld.from_rdf("\n".join(lines) + "\n", {"format": _N_QUADS})
    ctx: Any = {"@context": context()} if inline_context else CONTEXT_URL
    compacted = jsonld.compact(
        expanded, ctx, {"documentLoader": document_loader, "graph": True}
    )
    nodes = sorted(compacted.get("@graph", []), key=lambda n: (n.get("@id") != first, n["@id"]))
    return {"@context": compacted["@context"], "@graph": nodes}


def dumps(document: dict[str, Any]) -> bytes:
    """Stable, readable JSON: two-space indent, UTF-8 as is, a final newline."""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def parse(text: str, where: str) -> Graph:
    """A JSON-LD document as an rdflib graph, its contexts resolved offline."""
    try:
        document = json.loads(text)
        nquads = jsonld.to_rdf(
            document, {"format": _N_QUADS, "documentLoader": document_loader}
        )
    except json.JSONDecodeError as error:
        raise InputError(f"{where}:{error.lineno}", f"not JSON: {error.msg}") from None
    except jsonld.JsonLdError as error:
        raise InputError(where, f"not valid JSON-LD: {_cause(error)}") from None
    graph = Graph()
    graph.parse(data=nquads, format="nquads")
    return graph


def _cause(error: Exception) -> str:
    """pyld wraps errors in errors; the innermost one says what is wrong."""
    while getattr(error, "cause", None) is not None:
        error = error.cause  # type: ignore[attr-defined]
    return str(error).splitlines()[0]
