"""Helpers for the web tests: exports, offline schema.org, the terms of the release.

The schema.org 30.0 context and term list are copied into tests/data/schemaorg (CC BY-SA
3.0, see its README), so every test runs on a fresh clone.
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pyld import jsonld
from rdflib import RDF, RDFS, Graph, URIRef

from kb.ontology import load_ontology
from kb.vocab import KB, SCHEMA
from tests.conftest import MINIMAL, ROOT, run_kb

SCHEMAORG = ROOT / "tests" / "data" / "schemaorg"
CONTEXT_FILE = SCHEMAORG / "schemaorg-30.0.jsonld"
TERMS_FILE = SCHEMAORG / "schemaorg-30.0-terms.tsv"
HOSTILE = MINIMAL.parent / "hostile"
PAYLOADS = ("</script><script>alert(1)</script>", "<img src=x onerror=alert(1)>")
"""What the hostile fixture hides in its headline, body, a quote and an entity name."""


def export(folder: Path, out: Path, formats: str, *options: str) -> dict[str, Path]:
    """`kb export` of one article folder; the written files by format name."""
    result = run_kb("export", folder, "--out", out, "--format", formats, *options)
    assert result.exit_code == 0, result.stderr
    slug = yaml.safe_load((folder / "annotation.yaml").read_text(encoding="utf-8"))
    slug = slug["article"]["slug"]
    extensions = {"schema": "schema.jsonld"}
    return {name: out / f"{slug}.{extensions.get(name, name)}" for name in formats.split(",")}


def variant(tmp: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    """A copy of the minimal article whose annotation `edit` has changed in place."""
    folder = tmp / "variant"
    shutil.copytree(MINIMAL, folder)
    annotation = yaml.safe_load((folder / "annotation.yaml").read_text(encoding="utf-8"))
    edit(annotation)
    (folder / "annotation.yaml").write_text(yaml.safe_dump(annotation), encoding="utf-8")
    return folder


def turtle(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def expand(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The document expanded by pyld, the schema.org context served from tests/data."""
    return jsonld.expand(copy.deepcopy(document), {"documentLoader": _schemaorg_loader})


@cache
def schema_terms() -> dict[str, bool]:
    """Every class and property of schema.org 30.0 → whether it is superseded."""
    terms = {}
    for line in TERMS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            _kind, term, _parents, superseded = (line.split("\t") + [""] * 4)[:4]
            terms[term] = superseded == "superseded"
    return terms


def typed_nodes(expanded: Any) -> list[dict[str, Any]]:
    """Every node object (not a typed value) with an @type, however deeply nested."""
    found = []
    if isinstance(expanded, list):
        for item in expanded:
            found += typed_nodes(item)
    elif isinstance(expanded, dict):
        if "@type" in expanded and "@value" not in expanded:
            found.append(expanded)
        for key, value in expanded.items():
            if key != "@type":
                found += typed_nodes(value)
    return found


def schema_classes_of(kb_class: URIRef) -> set[str]:
    """The schema.org classes the ontology makes `kb_class` a subclass of, by name."""
    ontology, seen, todo = load_ontology(), set(), [kb_class]
    while todo:
        current = todo.pop()
        for parent in ontology.objects(current, RDFS.subClassOf):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return {str(c).removeprefix(str(SCHEMA)) for c in seen if str(c).startswith(str(SCHEMA))}


def assert_names_the_turtle_nodes(markup: dict[str, Any], graph: Graph) -> set[str]:
    """Check every typed node of our namespace is a node of `graph` whose kb class
    the ontology aligns to the node's schema.org type; returns their IRIs."""
    checked = set()
    for item in typed_nodes(expand(markup)):
        if item["@id"].startswith("https://w3id.org/newskb/"):
            # the Turtle carries every super-type: the markup's type fits one of them
            kinds = list(graph.objects(URIRef(item["@id"]), RDF.type))
            assert kinds, f"{item['@id']} is not a node of the Turtle"
            (schema_type,) = item["@type"]
            aligned = {c for kind in kinds for c in schema_classes_of(kind)}  # type: ignore[arg-type]
            assert schema_type.removeprefix(str(SCHEMA)) in aligned
            checked.add(item["@id"])
    return checked


def described_nodes(graph: Graph) -> set[str]:
    """What the markup must describe: the article, its entities, events and claims."""
    (article,) = graph.subjects(RDF.type, KB.NewsArticle)
    linked = (SCHEMA.about, SCHEMA.mentions, KB.hasEvent, KB.hasClaim)
    return {str(article)} | {str(node) for p in linked for node in graph.objects(article, p)}


def _schemaorg_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        document = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))
        return {"contextUrl": None, "documentUrl": url, "document": document}
    raise AssertionError(f"the markup made pyld fetch {url}")
