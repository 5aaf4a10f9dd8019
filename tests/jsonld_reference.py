"""kb's JSON-LD as PyLD, the reference processor, compacts it: what
`kb.formats.compaction` is held to, byte for byte."""

from __future__ import annotations

from typing import Any

from pyld import jsonld
from rdflib import RDF, XSD, Graph, Literal, Node

from kb.formats.jsonld import document_loader
from kb.ontology import context
from kb.vocab import CONTEXT_URL


def reference_document(graph: Graph, first: str, inline_context: bool = False) -> dict[str, Any]:
    """`graph` expanded (in rdflib's order of terms), compacted by PyLD with our context,
    its nodes ordered as `kb.formats.jsonld.to_document` orders them."""
    ctx: Any = {"@context": context()} if inline_context else CONTEXT_URL
    options = {"documentLoader": document_loader, "graph": True}
    compacted = jsonld.compact(_expanded(graph), ctx, options)
    nodes = sorted(compacted.get("@graph", []), key=lambda n: (n.get("@id") != first, n["@id"]))
    return {"@context": compacted["@context"], "@graph": nodes}


def _expanded(graph: Graph) -> list[dict[str, Any]]:
    nodes: dict[Node, dict[str, Any]] = {}
    for subject, predicate, obj in sorted(graph):
        node = nodes.setdefault(subject, {"@id": _id(subject)})
        if predicate == RDF.type:
            node.setdefault("@type", []).append(str(obj))
        else:
            node.setdefault(str(predicate), []).append(_value(obj))
    return list(nodes.values())


def _id(term: Node) -> str:
    return term.n3() if term.n3().startswith("_:") else str(term)


def _value(term: Node) -> dict[str, str]:
    if not isinstance(term, Literal):
        return {"@id": _id(term)}
    if term.language:
        return {"@value": str(term), "@language": term.language}
    if term.datatype and term.datatype != XSD.string:
        return {"@value": str(term), "@type": str(term.datatype)}
    return {"@value": str(term)}
