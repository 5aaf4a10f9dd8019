"""kb writes JSON-LD without a JSON-LD processor, and the bytes are PyLD's.

`kb.formats.compaction` compacts the sorted triples with our fixed context directly
(PyLD took ~0.1 s per article). That is only allowed while, for every article of
`articles/`, every article fixture and every patched shape fixture, the document is
byte for byte what PyLD's compaction of the same graph gives (`jsonld_reference`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kb.formats.jsonld import dumps, to_document
from kb.mapping import to_graph
from kb.pipeline import read_document
from kb.read.annotation import ANNOTATION_FILE
from kb.triples import sorted_triples
from kb.vocab import DEFAULT_BASE_IRI
from tests.conftest import DATA, ROOT, SEED
from tests.jsonld_reference import reference_document
from tests.test_shapes import SHAPES, patched

ARTICLES = sorted(
    folder.parent
    for root in (ROOT / "articles", DATA / "articles")
    for folder in root.glob(f"*/{ANNOTATION_FILE}")
)
FIXTURES = sorted(p.stem for p in SHAPES.glob("*.trig"))
TEST_ARTICLE = "https://w3id.org/newskb/id/article/test"


@pytest.mark.parametrize("folder", ARTICLES, ids=lambda folder: folder.name)
def test_every_article_compacts_to_pylds_bytes(folder: Path) -> None:
    mapped = to_graph(read_document(folder), DEFAULT_BASE_IRI)
    _assert_same_as_pyld(mapped.graph, str(mapped.article))


@pytest.mark.parametrize("case", FIXTURES)
def test_every_patched_shape_fixture_compacts_to_pylds_bytes(case: str) -> None:
    _assert_same_as_pyld(patched(case), TEST_ARTICLE)


def test_the_inline_context_compacts_to_pylds_bytes() -> None:
    mapped = to_graph(read_document(SEED), DEFAULT_BASE_IRI)
    _assert_same_as_pyld(mapped.graph, str(mapped.article), inline_context=True)


def test_values_no_term_fits_keep_their_property_iri_and_datatype() -> None:
    """A property the context does not name, or a value its term does not take, is
    still written as PyLD writes it (a compact IRI, an `@type`/`@language` object)."""
    graph = Graph().parse(
        data=f"""
        @prefix kb: <https://w3id.org/newskb/ontology#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        <{TEST_ARTICLE}> kb:unnamed "x"@en, "2"^^xsd:integer, "10"^^xsd:integer ;
            kb:text "szöveg"@hu ; kb:sentenceIndex "1.5"^^xsd:decimal ;
            <http://schema.org/about> kb:Person, <http://example.org/thing> ;
            kb:unnamedLink kb:Person ;
            <http://example.org/p> <http://example.org/o>, "y" .
        """,
        format="turtle",
    )
    _assert_same_as_pyld(graph, TEST_ARTICLE)


def _assert_same_as_pyld(graph: Graph, first: str, inline_context: bool = False) -> None:
    ours = to_document(sorted_triples(graph, first), first, inline_context)
    assert dumps(ours).decode() == dumps(reference_document(graph, first, inline_context)).decode()
