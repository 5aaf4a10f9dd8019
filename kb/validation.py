"""Check a graph against kb's SHACL shapes, and report what to fix.

The shapes of `shapes/kb-shapes.ttl` run over the data with the ontology beside it
(so `sh:class kb:Agent` accepts a `kb:Person`, and concepts are found in their
schemes). No inference: the graph is judged as written.

Two engines give the same verdicts. pySHACL is the reference (`validate_reference`).
pyshacl-turbo, a compiled engine with pySHACL's report vocabulary, is what kb runs
(`validate`, `validate_ntriples`): 10x faster, which is what makes a corpus
practical, and `tests/test_validation_engines.py` proves it reports the same focus
node, path, component, severity, message and value as pySHACL on every article of
`articles/` and every broken fixture of `tests/data/shapes/`. Both read the shapes
and the ontology once per process; each call validates one article's graph, so the
cost stays linear in the corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from rdflib import Graph, Node, URIRef
from rdflib.namespace import SH

from kb.ontology import load_ontology, load_shapes
from kb.triples import ntriples, sorted_triples
from kb.vocab import new_graph


@dataclass(frozen=True, order=True)
class Violation:
    """One failed constraint: the node, the property, what to fix, and the bad value;
    the constraint component and severity say which rule it was."""

    focus: str
    path: str | None
    message: str
    value: str | None
    component: str = ""
    severity: str = ""


def validate(data: Graph) -> list[Violation]:
    """Every violation of the shapes in `data`, sorted; empty when it conforms."""
    return validate_ntriples(ntriples(sorted_triples(data)))


def validate_ntriples(data: str) -> list[Violation]:
    """`validate` for a graph already written as N-Triples (what the writers share)."""
    from pyshacl_turbo.rdf import Input

    engine, ontology = _compiled()
    _, results, _ = engine.validate(
        Input(ontology + data, "nt", None, {}), allow_infos=True, allow_warnings=True
    )
    return sorted(set(_violations(results)))


def validate_reference(data: Graph) -> list[Violation]:
    """`validate` by pySHACL, the reference engine the fast one is held to."""
    from pyshacl import validate as shacl_validate

    combined = Graph()  # pySHACL's `ont_graph` mix-in copies only the class hierarchy,
    combined += load_ontology()  # but concept checks need `skos:inScheme` too
    combined += data
    _, results, _ = shacl_validate(
        combined, shacl_graph=load_shapes(), inference="none", inplace=True,
        abort_on_first=False, allow_infos=True, allow_warnings=True,
    )  # fmt: skip
    assert isinstance(results, Graph)
    return sorted(set(_violations(results)))


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
        lines.append(f"{where + ': ' if where else ''}{v.focus}{path}: {v.message}{value}")
    return "\n".join(lines)


# --- helpers ---------------------------------------------------------------------------

_NAMES = new_graph().namespace_manager


@cache
def _compiled() -> tuple[Any, str]:
    """The shapes compiled once, and the ontology as N-Triples to put beside the data."""
    from pyshacl_turbo import CompiledShapes

    return CompiledShapes(load_shapes()), ntriples(sorted_triples(load_ontology()))


def _violations(results: Graph) -> Iterable[Violation]:
    # Only the report's own results: pySHACL nests the details of a failed sh:node
    # under them (sh:detail), which would repeat one problem in its own words.
    for result in results.objects(None, SH.result):
        yield Violation(
            focus=_text(results.value(result, SH.focusNode)) or "",
            path=_text(results.value(result, SH.resultPath)),
            message=str(results.value(result, SH.resultMessage) or "constraint violated"),
            value=_text(results.value(result, SH.value)),
            component=_text(results.value(result, SH.sourceConstraintComponent)) or "",
            severity=_text(results.value(result, SH.resultSeverity)) or "",
        )


def _text(node: Node | None) -> str | None:
    """A node as a reader wants it: `kb:time` for a term, the full IRI for data."""
    if node is None:
        return None
    if isinstance(node, URIRef):
        short = _NAMES.normalizeUri(node)
        return str(node) if short.startswith("<") else short
    return str(node)
