"""The SHACL shapes, rule by rule: each broken article fails with the message that
says what to fix, and nothing else.

`tests/data/shapes/valid.ttl` is the smallest article that touches every node shape
and conforms. Every other fixture there is a TriG patch on it: graph
<urn:kb-test:remove> holds triples to take away, <urn:kb-test:add> triples to add,
so a case shows exactly how it differs from a valid article. Like kb's own output,
each patched graph gets its super-types and concept schemes written in
(`kb.ontology.entailments`) before it is validated. Sections follow
shapes/kb-shapes.ttl.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import SH

from kb.ontology import core_shapes, entailments, load_ontology, load_shapes
from kb.resources import data_file
from kb.triples import sorted_triples, to_graph
from kb.validation import Violation, errors, validate
from kb.vocab import DEFAULT_BASE_IRI, KB

SHAPES = Path(__file__).resolve().parent / "data" / "shapes"
REMOVE = URIRef("urn:kb-test:remove")
ADD = URIRef("urn:kb-test:add")


def violations(case: str) -> list[Violation]:
    """`valid.ttl` patched by `case`.trig, validated by kb.validation."""
    return validate(patched(case))


def patched(case: str) -> Graph:
    """`valid.ttl` patched by `case`.trig, with its entailments, as kb would publish it."""
    patch = Dataset().parse(SHAPES / f"{case}.trig", format="trig")
    graph = Graph()
    graph += _valid()
    for triple in patch.graph(REMOVE):
        assert triple in graph, f"{case}: removes a triple valid.ttl lacks: {triple}"
        graph.remove(triple)
    for triple in patch.graph(ADD):
        graph.add(triple)
    return published(graph)


def published(graph: Graph) -> Graph:
    """`graph` with its entailments written in, as kb's mapping writes them."""
    graph += to_graph(list(entailments(sorted_triples(graph))))
    return graph


def assert_violates(case: str, *expected: str) -> None:
    """`case` breaks the rules whose messages contain `expected`, and no other.

    Only results about the article's own nodes count: pySHACL also reports, as
    details, why a value failed a nested shape (a concept outside its scheme), and
    the rule's own message already says what to fix."""
    found = {v.message for v in errors(violations(case)) if v.focus.startswith(DEFAULT_BASE_IRI)}
    assert found, f"{case} conforms, but should break: {expected}"
    for text in expected:
        assert any(text in message for message in found), f"{case}: no {text!r} in {found}"
    for message in found:
        assert any(text in message for text in expected), f"{case}: unexpected {message!r}"


def assert_conforms(case: str) -> None:
    assert violations(case) == []


def assert_warns(case: str, expected: str) -> None:
    """`case` conforms, with exactly one warning, whose message contains `expected`."""
    found = violations(case)
    assert errors(found) == [], f"{case}: {errors(found)}"
    assert [v.warning and expected in v.message for v in found] == [True], found


@cache
def _valid() -> Graph:
    return Graph().parse(SHAPES / "valid.ttl")


def test_the_valid_article_conforms() -> None:
    assert validate(published(Graph() + _valid())) == []


def test_the_shapes_are_valid_shacl() -> None:
    """pySHACL's meta-validation (SHACL-SHACL) raises on a malformed shapes graph."""
    conforms, _, _ = shacl_validate(
        _valid(), shacl_graph=load_shapes(), ont_graph=load_ontology(), meta_shacl=True
    )
    assert conforms


def test_every_ontology_class_has_a_node_shape_in_the_same_order() -> None:
    """The shapes mirror the ontology: a reader finds a class's rules where it is defined."""
    shapes, ontology = _text("shapes", "kb-shapes.ttl"), _text("ontology", "kb.ttl")
    assert _banners(shapes) == _banners(ontology)
    targets = list(load_shapes().objects(None, SH.targetClass))
    assert {KB[name] for name in KB.__annotations__ if name[0].isupper()} <= set(targets)


def test_there_is_one_sparql_constraint_and_it_targets_the_article() -> None:
    """pySHACL re-parses a SPARQL constraint for every focus node; one article, one run."""
    shapes = load_shapes()
    owners = [s for s, _ in shapes.subject_objects(SH.sparql)]
    assert len(owners) == 1
    assert list(shapes.objects(owners[0], SH.targetClass)) == [KB.NewsArticle]


def test_the_main_shapes_file_is_shacl_core_only() -> None:
    """A Core-only engine (rdf-validate-shacl) refuses a file with SHACL-SPARQL terms."""
    sparql_terms = {SH.sparql, SH.select, SH.ask, SH.prefixes, SH.declare, SH.SPARQLConstraint}
    used = {node for triple in core_shapes() for node in triple}
    assert used & sparql_terms == set()


def test_the_data_alone_conforms_without_the_ontology() -> None:
    """The published graph carries its super-types and schemes: no RDFS, no ontology."""
    conforms, _, report = shacl_validate(
        published(Graph() + _valid()), shacl_graph=load_shapes(), inference="none"
    )
    assert conforms, report


def test_every_constraint_has_a_message() -> None:
    """Every rule that reports on a focus node says what to fix. (Shapes nested in
    sh:or, sh:not or sh:node report through the rule that uses them.)"""
    shapes = load_shapes()
    targets = (SH.targetClass, SH.targetSubjectsOf)
    for shape in {s for target in targets for s in shapes.subjects(target)}:
        for rule in shapes.objects(shape, SH.property):
            assert shapes.value(rule, SH.message), f"{shape}: a property shape has no message"
        if {SH["or"], SH["not"]} & set(shapes.predicates(shape)):
            assert shapes.value(shape, SH.message), f"{shape} has no message"
    for rule in shapes.objects(None, SH.sparql):
        assert shapes.value(rule, SH.message), "the SPARQL constraint has no message"


def test_a_broken_rule_is_reported_once() -> None:
    assert len(violations("event-with-a-role-as-type")) == 1


def _text(folder: str, name: str) -> str:
    return data_file(folder, name).read_text(encoding="utf-8")


def _banners(turtle: str) -> list[str]:
    return [line for line in turtle.splitlines() if line.startswith("# --- ")]


# --- NewsArticle -------------------------------------------------------------------------


def test_an_article_needs_a_headline() -> None:
    assert_violates("article-without-headline", "An article needs exactly one headline")


def test_the_publication_time_needs_a_time_zone() -> None:
    assert_violates("article-date-without-time-zone", "publication time with a time zone")


def test_the_article_language_is_a_language_code() -> None:
    assert_violates("article-language-not-a-code", "exactly one language code")


def test_the_source_agency_must_be_a_news_agency() -> None:
    assert_violates("article-source-not-a-news-agency", "must be a news agency")


def test_the_annotation_origin_is_human_or_machine() -> None:
    assert_violates("article-with-unknown-origin", "exactly one annotation origin")


def test_selector_offsets_must_select_the_quoted_words() -> None:
    assert_violates("span-offsets-off-by-one", "Selector offsets do not match the quote")


# --- TextSpan ----------------------------------------------------------------------------


def test_a_span_needs_a_position_selector() -> None:
    assert_violates("span-without-position-selector", "exactly one position selector")


def test_a_span_has_only_a_quote_and_a_position_selector() -> None:
    assert_violates("span-with-a-third-selector", "two selectors only")


def test_a_span_lies_in_a_sentence() -> None:
    assert_violates("span-outside-any-sentence", "must lie in a sentence of the article")


def test_metonymy_points_to_an_entity() -> None:
    assert_violates("span-metonymy-of-an-event", "stands for at most one other entity")


# --- Sentence ----------------------------------------------------------------------------


def test_a_sentence_needs_its_index() -> None:
    assert_violates("sentence-without-index", "A sentence needs exactly one position")


def test_a_sentence_lies_in_no_other_sentence() -> None:
    assert_violates("sentence-in-a-sentence", "does not lie in another sentence")


# --- Selectors ---------------------------------------------------------------------------


def test_a_quote_selector_needs_the_exact_words() -> None:
    assert_violates("quote-without-exact", "needs the exact words")


def test_a_quote_prefix_is_at_most_32_characters() -> None:
    assert_violates("quote-with-long-prefix", "prefix is one string of at most 32 characters")


def test_a_span_starts_before_it_ends() -> None:
    assert_violates(
        "position-start-after-end",
        "`start` must be less than its `end`",
        "Selector offsets do not match the quote",
    )


# --- Entity ------------------------------------------------------------------------------


def test_an_entity_needs_an_english_name() -> None:
    assert_violates("entity-without-english-name", "exactly one Hungarian and one English name")


def test_an_entity_has_only_one_hungarian_name() -> None:
    assert_violates("entity-with-two-hungarian-names", "exactly one Hungarian and one English name")


def test_an_entity_needs_a_mention() -> None:
    assert_violates("entity-without-mention", "An entity needs at least one mention")


def test_same_as_is_a_wikidata_entity_iri() -> None:
    assert_violates("entity-with-wikipedia-page-as-wikidata", "at most one Wikidata id")


def test_an_entity_needs_a_concrete_type() -> None:
    assert_violates("entity-without-concrete-type", "An entity needs a concrete type")


# --- Agent -------------------------------------------------------------------------------


def test_an_agent_is_a_person_an_organization_or_a_state() -> None:
    assert_violates(
        "agent-without-concrete-type",
        "An agent must be a person, an organization, a group or a state",
    )


# --- Person ------------------------------------------------------------------------------


def test_a_person_is_not_an_organization() -> None:
    assert_violates("person-also-organization", "A person cannot also be an organization")


def test_a_person_has_one_stated_role_per_language() -> None:
    assert_violates("person-with-two-roles-in-a-language", "at most one stated role per language")


def test_a_person_is_affiliated_with_an_agent() -> None:
    assert_violates(
        "person-affiliated-with-a-place",
        "A person has at most one affiliation, and it must be an agent",
    )


# --- Organization ------------------------------------------------------------------------


def test_an_organization_has_at_most_one_affiliation() -> None:
    assert_violates(
        "organization-with-two-affiliations",
        "An organization has at most one affiliation",
    )


# --- NewsAgency --------------------------------------------------------------------------


def test_a_news_agency_is_not_a_government_body() -> None:
    assert_violates(
        "news-agency-also-government-body",
        "A news agency cannot also be a government body",
    )


# --- GovernmentBody ----------------------------------------------------------------------


def test_a_government_body_is_not_an_armed_force() -> None:
    assert_violates(
        "government-body-also-armed-force",
        "A government body cannot also be an armed force",
    )


# --- ArmedForce --------------------------------------------------------------------------


def test_an_armed_force_serves_a_state_or_government_body() -> None:
    assert_violates(
        "armed-force-affiliated-with-a-person",
        "An armed force serves a state or a government body",
    )


# --- Group -------------------------------------------------------------------------------


def test_a_group_is_not_one_organization() -> None:
    assert_violates("group-also-organization", "A group is neither a person nor one organization")


# --- Place -------------------------------------------------------------------------------


def test_a_place_is_not_a_person() -> None:
    assert_violates("place-also-person", "A place cannot also be a person or an organization")


def test_a_place_lies_in_places_only() -> None:
    assert_violates("place-contained-in-a-person", "A place lies in places only")


# --- State -------------------------------------------------------------------------------


def test_a_state_has_no_affiliation() -> None:
    assert_violates("state-with-affiliation", "A state is not affiliated with anything")


# --- Event -------------------------------------------------------------------------------


def test_an_event_needs_a_time() -> None:
    assert_violates("event-without-time", "An event needs a time")


def test_an_event_without_time_or_condition_is_refused() -> None:
    assert_violates("event-without-time-or-condition", "An event needs a time")


def test_a_conditional_event_has_no_time() -> None:
    assert_conforms("conditional-event-without-time")


def test_an_event_comes_before_events_only() -> None:
    assert_violates("event-before-an-entity", "An event relates to events only")


def test_an_event_needs_a_type() -> None:
    assert_violates("event-without-type", "An event needs exactly one type from the event types")


def test_an_event_type_comes_from_the_event_types() -> None:
    assert_violates(
        "event-with-a-role-as-type",
        "An event needs exactly one type from the event types",
    )


def test_an_event_needs_a_participant() -> None:
    assert_violates("event-without-participants", "An event needs at least one participant")


def test_an_event_needs_an_english_label() -> None:
    assert_violates(
        "event-without-english-label",
        "An event needs exactly one Hungarian and one English label",
    )


def test_an_event_happens_at_a_place() -> None:
    assert_violates("event-at-a-person", "An event has at most one place")


def test_an_event_needs_an_anchor() -> None:
    assert_violates("event-without-anchor", "An event needs at least one anchor")


def test_an_event_is_attested_by_claims() -> None:
    assert_violates("event-attested-by-an-event", "An event is attested by claims only")


# --- Participation -----------------------------------------------------------------------


def test_a_participant_is_an_agent() -> None:
    assert_violates("participant-is-a-place", "A participant must be an agent")


def test_a_role_comes_from_the_roles() -> None:
    assert_violates(
        "participation-with-an-event-type-as-role",
        "A participant needs exactly one role",
    )


# --- TimeSpan ----------------------------------------------------------------------------


def test_a_time_earliest_is_not_after_latest() -> None:
    assert_violates("time-earliest-after-latest", "A time cannot begin after its latest end")


def test_a_time_needs_a_bound() -> None:
    assert_violates("time-without-bounds", "A time needs at least one bound")


def test_a_time_cannot_be_over_before_it_may_end() -> None:
    assert_violates("time-not-over-after-its-latest-end", "A time's earliest end must not be after")


def test_a_month_part_is_early_mid_or_late() -> None:
    assert_violates("time-with-an-unknown-month-part", "A part-of-month time has one part")


def test_a_time_value_is_an_iso_date_gyearmonth_or_gyear() -> None:
    assert_violates("time-value-not-iso", "`value:` is one ISO date")


def test_a_precision_comes_from_the_precisions() -> None:
    assert_violates("time-with-a-stance-as-precision", "A time needs exactly one precision")


def test_a_time_needs_a_hungarian_label() -> None:
    assert_violates(
        "time-without-hungarian-label",
        "A time needs exactly one Hungarian and one English label",
    )


def test_a_time_has_at_most_one_anchor() -> None:
    assert_violates("time-with-two-anchors", "A time has at most one anchor")


# --- Claim -------------------------------------------------------------------------------


def test_a_claim_needs_a_speaker_or_a_source() -> None:
    assert_violates("claim-without-speaker-or-source", "A claim needs a speaker or a source")


def test_a_speaker_alone_is_enough_for_a_claim_but_warns_of_the_cited_agency() -> None:
    assert_warns("claim-with-speaker-only", "The article cites a source agency")


def test_a_claim_in_a_speech_act_needs_its_speaker() -> None:
    assert_violates("claim-in-a-speech-act-without-speaker", "needs its speaker")


def test_a_claim_may_reach_the_article_through_a_group() -> None:
    assert_conforms("claim-through-a-group")


def test_a_relay_channel_is_an_organization_or_a_group() -> None:
    assert_violates("relay-with-a-person-as-channel", "Each step of a source chain has one channel")


def test_a_relay_has_its_step() -> None:
    assert_violates("relay-without-step", "Each step of a source chain has its place")


def test_a_source_alone_is_enough_for_a_claim() -> None:
    assert_conforms("claim-with-source-only")


def test_a_claim_type_comes_from_the_claim_types() -> None:
    assert_violates("claim-with-an-event-type-as-type", "A claim needs exactly one type")


def test_a_claim_needs_a_stance() -> None:
    assert_violates("claim-without-stance", "A claim needs exactly one stance")


def test_a_claim_quote_is_language_tagged() -> None:
    assert_violates("claim-quote-without-language", "A claim needs exactly one quote")


def test_a_claim_is_about_events() -> None:
    assert_violates("claim-about-an-entity", "A claim is about events")


def test_a_claim_speaker_is_an_agent() -> None:
    assert_violates("claim-spoken-by-a-place", "A claim's speakers must be agents")


def test_a_claim_source_is_an_organization() -> None:
    assert_violates(
        "claim-from-a-person-as-source",
        "A claim has at most one source, an organization",
    )


def test_a_claim_is_stated_in_at_most_one_event() -> None:
    assert_violates("claim-stated-in-two-events", "A claim is stated in at most one event")


# --- Quantity ----------------------------------------------------------------------------


def test_a_quantity_minimum_does_not_exceed_its_maximum() -> None:
    assert_violates("quantity-min-above-max", "minimum must not exceed its maximum")


def test_a_quantity_needs_a_bound() -> None:
    assert_violates("quantity-without-bounds", "A quantity needs a bound")


def test_a_quantity_may_be_open_above() -> None:
    assert_conforms("quantity-open-above")


def test_a_bound_needs_its_inclusive_flag() -> None:
    assert_violates(
        "quantity-bound-without-flag",
        "Each bound of a quantity comes with its inclusive flag",
    )


def test_an_inclusive_flag_needs_its_bound() -> None:
    assert_violates(
        "quantity-flag-without-bound",
        "Each bound of a quantity comes with its inclusive flag",
    )


def test_a_quantity_bound_is_an_integer_or_a_decimal() -> None:
    assert_violates("quantity-with-double-bound", "at most one minimum, a whole or decimal number")


def test_a_quantity_has_one_unit_per_language() -> None:
    assert_violates("quantity-with-two-hungarian-units", "at most one unit per language")


def test_a_quantity_needs_an_anchor() -> None:
    assert_violates("quantity-without-anchor", "A quantity needs exactly one anchor")


# --- Annotation provenance ---------------------------------------------------------------


def test_confidence_is_between_0_and_1() -> None:
    assert_violates("confidence-above-one", "`confidence:` is one number from 0 to 1")
