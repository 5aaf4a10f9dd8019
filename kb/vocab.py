"""The vocabularies kb writes, each declared once.

`KB` lists our ontology's terms; `tests/test_vocab.py` keeps it equal to what
`ontology/kb.ttl` declares, so a typo here fails a test instead of minting an IRI.
Our SKOS concepts are not listed here: `kb.ontology.Concepts` reads them, by
`skos:notation`, from the ontology file itself.
"""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import PROV, SKOS, DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/newskb/ontology"
CONTEXT_URL = "https://w3id.org/newskb/context.jsonld"
DEFAULT_BASE_IRI = "https://w3id.org/newskb/id/"


class KB(DefinedNamespace):
    """Classes and properties of the kb ontology (`ontology/kb.ttl`)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # Classes, in the order of the ontology's sections
    NewsArticle: URIRef
    TextSpan: URIRef
    Sentence: URIRef
    Entity: URIRef
    Agent: URIRef
    Person: URIRef
    Organization: URIRef
    NewsAgency: URIRef
    GovernmentBody: URIRef
    ArmedForce: URIRef
    Group: URIRef
    Place: URIRef
    State: URIRef
    Event: URIRef
    Participation: URIRef
    TimeSpan: URIRef
    Claim: URIRef
    Relay: URIRef
    Quantity: URIRef

    # Properties
    sourceAgency: URIRef
    text: URIRef
    hasSentence: URIRef
    hasEvent: URIRef
    hasClaim: URIRef
    annotationOrigin: URIRef
    inSentence: URIRef
    metonymyOf: URIRef
    sentenceIndex: URIRef
    anchor: URIRef
    statedRole: URIRef
    resolvedRole: URIRef
    borders: URIRef
    eventType: URIRef
    participation: URIRef
    participant: URIRef
    role: URIRef
    time: URIRef
    place: URIRef
    attestedBy: URIRef
    before: URIRef
    concerns: URIRef
    resultOf: URIRef
    condition: URIRef
    precision: URIRef
    originalText: URIRef
    value: URIRef
    monthPart: URIRef
    earliestBegin: URIRef
    latestBegin: URIRef
    earliestEnd: URIRef
    latestEnd: URIRef
    claimType: URIRef
    stance: URIRef
    quote: URIRef
    speaker: URIRef
    source: URIRef
    via: URIRef
    aboutTime: URIRef
    channel: URIRef
    step: URIRef
    relayedIn: URIRef
    about: URIRef
    quantity: URIRef
    statedIn: URIRef
    minInclusive: URIRef
    maxInclusive: URIRef
    approximate: URIRef
    confidence: URIRef
    machineGenerated: URIRef


class SCHEMA(DefinedNamespace):
    """The schema.org terms kb writes (`tests/test_vocab.py` checks each against the
    30.0 release); closed, so a typo fails instead of minting an IRI."""

    _NS = Namespace("http://schema.org/")
    _fail = True

    about: URIRef
    affiliation: URIRef
    containedInPlace: URIRef
    datePublished: URIRef
    domainIncludes: URIRef
    headline: URIRef
    inLanguage: URIRef
    maxValue: URIRef
    mentions: URIRef
    minValue: URIRef
    sameAs: URIRef
    superEvent: URIRef
    unitText: URIRef
    url: URIRef


class OA(DefinedNamespace):
    """The W3C Web Annotation terms kb writes: the two selectors that anchor a span."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    end: URIRef
    exact: URIRef
    hasSelector: URIRef
    hasSource: URIRef
    prefix: URIRef
    start: URIRef
    suffix: URIRef


KBC = Namespace("https://w3id.org/newskb/concept/")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, Namespace] = {
    "kb": Namespace(ONTOLOGY_IRI + "#"),
    "kbc": KBC,
    "schema": SCHEMA._NS,
    "oa": OA._NS,
    "wd": WD,
    "prov": PROV._NS,
    "skos": SKOS._NS,
}
"""Prefixes bound in every graph kb writes, besides rdflib's core (rdf, rdfs, xsd, owl)."""


def new_graph() -> Graph:
    """An empty graph with kb's prefixes bound: every graph kb writes starts here."""
    graph = Graph(bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph
