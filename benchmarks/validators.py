"""Which SHACL engines give pySHACL's verdicts on kb's cases, and how fast?

Runs every annotated article of `articles/` and every patched fixture of
`tests/data/shapes/` through pySHACL (the reference), pyshacl-turbo, shacl-rust and
pyrudof, with the shapes compiled or loaded once per engine, and counts the cases
whose verdicts (focus node, path, constraint component, severity) equal pySHACL's:

    .venv/bin/python benchmarks/validators.py

An engine that is missing is reported as such; install it with pip to include it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb.ontology import load_ontology, load_shapes  # noqa: E402
from kb.pipeline import map_document, read_document  # noqa: E402
from kb.triples import ntriples, sorted_triples  # noqa: E402
from kb.validation import validate, validate_reference  # noqa: E402
from tests.test_shapes import SHAPES, patched  # noqa: E402

Verdict = set[tuple[str, str, str, str]]
SH = "http://www.w3.org/ns/shacl#"


def main() -> None:
    cases = _cases()
    reference = {name: _key(validate_reference(graph)) for name, graph in cases}
    print(f"{len(cases)} cases: {len(reference) - sum(not v for v in reference.values())} break")
    print("| engine | agrees with pySHACL | ms per case |")
    print("|---|---|---|")
    for title, make in ENGINES.items():
        try:
            engine = make()
        except ImportError as error:
            print(f"| {title} | not installed ({error.name}) | – |")
            continue
        agree, start = 0, time.perf_counter()
        for name, graph in cases:
            agree += engine(graph) == reference[name]
        ms = (time.perf_counter() - start) / len(cases) * 1000
        print(f"| {title} | {agree} of {len(cases)} | {ms:.1f} |")


def _cases() -> list[tuple[str, Graph]]:
    articles = sorted(p.parent for p in (ROOT / "articles").glob("*/annotation.yaml"))
    found = [(a.name, map_document(read_document(a)).graph) for a in articles]
    return found + [(p.stem, patched(p.stem)) for p in sorted(SHAPES.glob("*.trig"))]


def _key(violations: list) -> Verdict:  # type: ignore[type-arg]
    return {(v.focus, v.path or "", v.component, v.severity) for v in violations}


def _full(term: str) -> str:
    """A report term as kb.validation prints it: `kb:x` stays, `sh:X` is spelt out."""
    return term.strip("<>").replace("sh:", SH) if term else ""


def _pyshacl() -> Callable[[Graph], Verdict]:
    return lambda graph: _key(validate_reference(graph))


def _turbo() -> Callable[[Graph], Verdict]:
    return lambda graph: _key(validate(graph))


def _shacl_rust() -> Callable[[Graph], Verdict]:
    import shacl_rust

    shapes = load_shapes().serialize(format="turtle")
    ontology = ntriples(sorted_triples(load_ontology()))

    def run(graph: Graph) -> Verdict:
        data = ontology + ntriples(sorted_triples(graph))
        report = shacl_rust.validate(data, shapes, data_format="nt")
        return {_rust(r) for r in report["results"]}

    return run


def _rust(result: dict[str, str]) -> tuple[str, str, str, str]:
    from rdflib import URIRef

    from kb.validation import _text  # the reference's own spelling of a term

    def spell(term: str | None) -> str:
        return (_text(URIRef(term.strip("<>"))) or "") if term else ""

    component = _full(result.get("sourceConstraintComponent", ""))
    severity = _full(result.get("severity", ""))
    return spell(result.get("focusNode")), spell(result.get("resultPath")), component, severity


def _pyrudof() -> Callable[[Graph], Verdict]:
    import pyrudof

    shapes = load_shapes().serialize(format="turtle")
    ontology = ntriples(sorted_triples(load_ontology()))

    def run(graph: Graph) -> Verdict:
        rudof = pyrudof.Rudof(pyrudof.RudofConfig())
        rudof.read_data(
            ontology + ntriples(sorted_triples(graph)), format=pyrudof.RDFFormat.NTriples
        )
        rudof.read_shacl(shapes)
        report = rudof.validate_shacl()
        from rdflib import URIRef

        from kb.validation import _text

        def spell(term: object) -> str:
            text = str(term or "")
            return (_text(URIRef(text.strip("<>"))) or "") if text else ""

        return {
            (spell(e.focus_node), spell(e.path), _full(str(e.constraint_component)),
             _full(str(e.severity)))
            for e in report
        }  # fmt: skip

    return run


ENGINES = {
    "pySHACL (reference)": _pyshacl,
    "pyshacl-turbo (kb's engine)": _turbo,
    "shacl-rust": _shacl_rust,
    "pyrudof": _pyrudof,
}


if __name__ == "__main__":
    main()
