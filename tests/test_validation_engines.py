"""The fast SHACL engine kb runs gives pySHACL's verdicts, case for case.

kb validates with pyshacl-turbo because pySHACL is ten times slower; that is only
allowed while every article of `articles/` and every broken fixture of
`tests/data/shapes/` gets the same violations from both: focus node, path,
constraint component, severity, message and value.
"""

from __future__ import annotations

import pytest
from rdflib.namespace import SH

from kb.mapping import to_graph
from kb.pipeline import read_document
from kb.read.annotation import ANNOTATION_FILE
from kb.triples import ntriples, sorted_triples
from kb.validation import errors, validate, validate_ntriples, validate_reference
from kb.vocab import DEFAULT_BASE_IRI
from tests.conftest import ROOT
from tests.test_shapes import SHAPES, patched

ANNOTATED = sorted(p.parent.name for p in (ROOT / "articles").glob(f"*/{ANNOTATION_FILE}"))
FIXTURES = sorted(p.stem for p in SHAPES.glob("*.trig"))


@pytest.mark.parametrize("slug", ANNOTATED)
def test_both_engines_pass_every_article(slug: str) -> None:
    """Conforms (warnings allowed), with the same warnings from both engines."""
    graph = to_graph(read_document(ROOT / "articles" / slug), DEFAULT_BASE_IRI).graph
    fast = validate(graph)
    assert fast == validate_reference(graph)
    assert errors(fast) == []


@pytest.mark.parametrize("case", FIXTURES)
def test_both_engines_report_the_same_violations_of_a_patched_article(case: str) -> None:
    graph = patched(case)
    assert validate(graph) == validate_reference(graph)


@pytest.mark.parametrize("case", [*ANNOTATED, *FIXTURES])
def test_a_graph_with_its_entailments_gets_the_same_verdicts_without_the_ontology(
    case: str,
) -> None:
    """What lets `kb export` validate its own output without the ontology beside it."""
    if case in ANNOTATED:
        data = to_graph(read_document(ROOT / "articles" / case), DEFAULT_BASE_IRI).ntriples
    else:
        data = ntriples(sorted_triples(patched(case)))
    assert validate_ntriples(data, standalone=True) == validate_ntriples(data)


def test_the_fast_engine_finds_a_violation_whose_rule_is_sparql() -> None:
    """The one `sh:sparql` rule is where compiled engines differ most; it must fire."""
    components = {v.component for v in validate(patched("position-start-after-end"))}
    assert str(SH.SPARQLConstraintComponent) in components
