"""The vocabulary agrees with itself: `kb.vocab.KB`, `ontology/kb.ttl`, its concept
schemes, docs/design.md and the JSON-LD context name the same terms, and every term
explains itself in English and Hungarian."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS

from kb import model, ontology
from kb.formats import jsonld
from kb.triples import sorted_triples
from kb.vocab import KB, KBC, SCHEMA

DESIGN = Path(__file__).resolve().parent.parent / "docs" / "design.md"
VALID_ARTICLE = Path(__file__).resolve().parent / "data" / "shapes" / "valid.ttl"
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
KB_TERMS = {KB[name] for name in KB.__annotations__}


def declared_terms(graph: Graph) -> set[URIRef]:
    return {
        term
        for kind in TERM_TYPES
        for term in graph.subjects(RDF.type, kind)
        if isinstance(term, URIRef) and term.startswith(KB._NS)
    }


def languages(graph: Graph, node: URIRef, prop: URIRef) -> list[str]:
    return sorted(
        str(value.language) for value in graph.objects(node, prop) if isinstance(value, Literal)
    )


def concepts(graph: Graph) -> set[URIRef]:
    return {c for c in graph.subjects(RDF.type, SKOS.Concept) if isinstance(c, URIRef)}


# --- ontology terms ----------------------------------------------------------------------


def test_kb_namespace_lists_exactly_the_terms_the_ontology_declares() -> None:
    assert declared_terms(ontology.load_ontology()) == KB_TERMS


def test_the_ontology_uses_no_undeclared_kb_term() -> None:
    graph = ontology.load_ontology()
    used = {node for triple in graph for node in triple if isinstance(node, URIRef)}
    assert {node for node in used if node.startswith(KB._NS)} <= KB_TERMS


@pytest.mark.parametrize("prop", [RDFS.label, RDFS.comment], ids=["label", "comment"])
def test_every_term_has_one_english_and_one_hungarian(prop: URIRef) -> None:
    graph = ontology.load_ontology()
    for term in KB_TERMS:
        assert languages(graph, term, prop) == ["en", "hu"], term


def test_every_property_has_a_domain_and_a_range() -> None:
    """rdfs:domain, or schema:domainIncludes for properties several classes use (an
    rdfs:domain there would infer every user to be all of those classes)."""
    graph = ontology.load_ontology()
    for term in KB_TERMS - set(graph.subjects(RDF.type, OWL.Class)):
        assert graph.value(term, RDFS.domain) or graph.value(term, SCHEMA.domainIncludes), term
        assert graph.value(term, RDFS.range), term


def test_every_class_is_aligned_or_explains_why_not() -> None:
    """A subclass (ours or an external one), or an rdfs:seeAlso to the idea it follows."""
    graph = ontology.load_ontology()
    for term in graph.subjects(RDF.type, OWL.Class):
        assert graph.value(term, RDFS.subClassOf) or graph.value(term, RDFS.seeAlso), term


# --- concept schemes ---------------------------------------------------------------------


def test_every_concept_has_a_notation_labels_definitions_and_a_scheme() -> None:
    graph = ontology.load_ontology()
    for concept in concepts(graph):
        notation = graph.value(concept, SKOS.notation)
        assert isinstance(notation, Literal) and notation.datatype is None, concept
        assert languages(graph, concept, SKOS.prefLabel) == ["en", "hu"], concept
        assert languages(graph, concept, SKOS.definition) == ["en", "hu"], concept
        schemes = list(graph.objects(concept, SKOS.inScheme))
        assert len(schemes) == 1 and (schemes[0], RDF.type, SKOS.ConceptScheme) in graph


def test_a_concept_iri_is_the_scheme_prefix_and_its_notation() -> None:
    graph = ontology.load_ontology()
    for concept in concepts(graph):
        assert concept == KBC[f"{design_prefix(concept)}{graph.value(concept, SKOS.notation)}"]


def test_every_concept_is_a_named_individual() -> None:
    """pySHACL copies named individuals (with their skos:inScheme) into the graph it
    validates; the shapes need that to check a value's scheme."""
    graph = ontology.load_ontology()
    for concept in concepts(graph):
        assert (concept, RDF.type, OWL.NamedIndividual) in graph, concept


def test_the_schemes_hold_exactly_the_notations_of_the_design() -> None:
    assert {name: sorted(ontology.notations(name)) for name in DESIGN_SCHEMES} == {
        name: sorted(notations) for name, (_, notations) in DESIGN_SCHEMES.items()
    }


def test_every_scheme_has_english_and_hungarian_labels() -> None:
    graph = ontology.load_ontology()
    for name in DESIGN_SCHEMES:
        assert languages(graph, KBC[name], SKOS.prefLabel) == ["en", "hu"], name


# --- kb.ontology lookups -----------------------------------------------------------------


def test_a_concept_is_found_by_its_scheme_and_notation() -> None:
    visit = ontology.concept("event-types", "visit")
    assert (visit, SKOS.inScheme, KBC["event-types"]) in ontology.load_ontology()


def test_an_unknown_notation_names_the_valid_ones() -> None:
    with pytest.raises(KeyError, match="visitor"):
        ontology.concept("roles", "vistor")


def test_an_unknown_scheme_names_the_valid_ones() -> None:
    with pytest.raises(KeyError, match="event-types"):
        ontology.notations("event-type")


def test_a_concept_label_is_given_in_hungarian_and_english() -> None:
    assert ontology.label(ontology.concept("event-types", "visit")) == {
        "hu": "látogatás",
        "en": "visit",
    }


# --- JSON-LD context ---------------------------------------------------------------------


def test_the_context_has_a_term_for_every_kb_term() -> None:
    assert KB_TERMS - set(context_terms().values()) == set()


def test_object_properties_are_read_as_node_references() -> None:
    """`"eventType": "kbc:event-visit"` must mean the concept, not a string."""
    graph, context = ontology.load_ontology(), ontology.context()
    for name, term in context_terms().items():
        if (term, RDF.type, OWL.ObjectProperty) in graph:
            assert context[name].get("@type") == "@id", name


def test_the_context_keeps_at_id_and_at_type_unaliased() -> None:
    assert not [name for name, value in ontology.context().items() if value in ("@id", "@type")]


def test_an_article_survives_json_ld_with_our_context() -> None:
    graph = Graph().parse(VALID_ARTICLE)
    document = jsonld.to_document(
        sorted_triples(graph), "https://w3id.org/newskb/id/article/test", True
    )
    text = jsonld.dumps(document).decode("utf-8")
    assert isomorphic(jsonld.parse(text, "valid.jsonld"), graph)
    assert '"label": {' in text and '"eventType": "kbc:event-visit"' in text


# --- helpers -----------------------------------------------------------------------------


def _design_schemes() -> dict[str, tuple[str, list[str]]]:
    """docs/design.md's concept schemes: name → (concept prefix, notations)."""
    section = DESIGN.read_text(encoding="utf-8").split("## Concept schemes")[1].split("\n## ")[0]
    bullets = re.findall(r"^- `kbc:([a-z-]+)`, prefix `([a-z-]+)`: (.+?)\.$", section, re.M | re.S)
    return {
        name: (prefix, [n.strip() for n in notations.replace("\n", " ").split(",")])
        for name, prefix, notations in bullets
    }


DESIGN_SCHEMES = _design_schemes()


def design_prefix(concept: URIRef) -> str:
    scheme = ontology.load_ontology().value(concept, SKOS.inScheme)
    return DESIGN_SCHEMES[str(scheme).removeprefix(KBC)][0]


def context_terms() -> dict[str, URIRef]:
    """Each term of the context with the IRI it expands to."""
    context = ontology.context()
    prefixes = {k: v for k, v in context.items() if isinstance(v, str) and v.endswith(("#", "/"))}
    terms = {}
    for name, value in context.items():
        iri = (
            value
            if isinstance(value, str)
            else value.get("@id")
            if isinstance(value, dict)
            else None
        )
        if name.startswith("@") or name in prefixes or not iri:
            continue
        prefix, _, local = iri.partition(":")
        terms[name] = URIRef(prefixes[prefix] + local if prefix in prefixes else iri)
    return terms


def test_every_schema_org_term_kb_writes_is_in_the_30_0_release() -> None:
    from web_support import schema_terms

    written = set(SCHEMA.__annotations__)
    assert written - set(schema_terms()) == set()
    assert not [term for term in written if schema_terms()[term]], "superseded terms"


def test_schema_org_namespace_is_closed() -> None:
    with pytest.raises(AttributeError):
        _ = SCHEMA.headlin


def test_subclasses_follow_the_ontologys_hierarchy() -> None:
    assert ontology.subclasses("Organization") == {
        "Organization", "NewsAgency", "GovernmentBody", "ArmedForce"
    }  # fmt: skip
    assert "State" in ontology.subclasses("Agent") and "State" in ontology.subclasses("Place")


def test_speech_acts_are_the_concepts_narrower_than_speech_act() -> None:
    assert ontology.narrower("event-types", "speech-act") == {
        "speech-act", "statement", "warning", "denial", "report", "economic-report"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("scheme", "values"),
    [
        ("event-types", model.EventType),
        ("roles", model.Role),
        ("claim-types", model.ClaimType),
        ("stances", model.Stance),
    ],
)
def test_the_models_typed_values_are_the_schemes_notations(scheme: str, values: object) -> None:
    assert sorted(get_args(values)) == ontology.notations(scheme)
