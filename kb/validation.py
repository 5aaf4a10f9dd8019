"""Check a graph against kb's SHACL shapes, and report what to fix.

pySHACL runs the shapes of `shapes/kb-shapes.ttl` and `shapes/kb-shapes-sparql.ttl`
over the data with the ontology beside it (kb's own output carries its super-types and
concept schemes, so it passes without; hand-made graphs may lean on the ontology). No
inference: the graph is judged as written. A `sh:Warning` is reported but does not fail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pyshacl import validate as shacl_validate
from rdflib import Graph, Node, URIRef
from rdflib.namespace import SH

from kb.ontology import load_ontology, load_shapes
from kb.vocab import new_graph

_NAMES = new_graph().namespace_manager


@dataclass(frozen=True, order=True)
class Violation:
    """One failed constraint: the node, the property, what to fix, and the bad value."""

    focus: str
    path: str | None
    message: str
    value: str | None
    warning: bool = False
    """A `sh:Warning`: worth fixing, but the graph still conforms."""


def errors(violations: Iterable[Violation]) -> list[Violation]:
    """The violations that make a graph fail (not warnings)."""
    return [v for v in violations if not v.warning]


def validate(data: Graph) -> list[Violation]:
    """Every violation of the shapes in `data`, sorted; empty when it conforms."""
    _, results, _ = shacl_validate(
        _with_ontology(data),
        shacl_graph=load_shapes(),
        inference="none",
        inplace=True,
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
    )
    assert isinstance(results, Graph)
    return sorted(_violations(results), key=_order)


def format_report(
    violations: Iterable[Violation], locate: Callable[[str], str | None] = lambda _: None
) -> str:
    """One line per violation: where to fix it (annotation file:line when known),
    the node, the property and the shape's message."""
    lines = []
    for v in violations:
        where = locate(v.focus)
        path = f" {v.path}" if v.path else ""
        value = f" (value: {v.value})" if v.value and v.value != v.focus else ""
        kind = "warning: " if v.warning else ""
        lines.append(f"{where + ': ' if where else ''}{kind}{v.focus}{path}: {v.message}{value}")
    return "\n".join(lines)


def _with_ontology(data: Graph) -> Graph:
    """The data and the whole ontology in one graph. pySHACL's own `ont_graph` mix-in
    copies only the class hierarchy, but concept checks need `skos:inScheme` too."""
    combined = Graph()
    combined += load_ontology()
    combined += data
    return combined


def _order(v: Violation) -> tuple[str, str, str, str]:
    """Sort key: results without a path or value (node-level rules) sort first."""
    return v.focus, v.path or "", v.message, v.value or ""


def _violations(results: Graph) -> Iterable[Violation]:
    # Only the report's own results: pySHACL nests the details of a failed sh:node
    # under them (sh:detail), which would repeat one problem in its own words.
    for result in results.objects(None, SH.result):
        yield Violation(
            focus=_text(results.value(result, SH.focusNode)) or "",
            path=_text(results.value(result, SH.resultPath)),
            message=str(results.value(result, SH.resultMessage) or "constraint violated"),
            value=_text(results.value(result, SH.value)),
            warning=results.value(result, SH.resultSeverity) == SH.Warning,
        )


def _text(node: Node | None) -> str | None:
    """A node as a reader wants it: `kb:time` for a term, the full IRI for data."""
    if node is None:
        return None
    if isinstance(node, URIRef):
        short = _NAMES.normalizeUri(node)
        return str(node) if short.startswith("<") else short
    return str(node)
