"""`kb export`: the seed article as a validated graph, written the same way every time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic

from kb.formats.jsonld import parse as parse_jsonld
from kb.formats.parse import read_graph
from kb.pipeline import build_graph, read_document
from kb.vocab import DEFAULT_BASE_IRI, KB
from tests.conftest import DATA, ROOT, SEED, SEED_SLUG, run_kb
from tests.engine_support import tool


@pytest.fixture(scope="module")
def seed_graph() -> Graph:
    """The graph kb validates before writing anything."""
    return build_graph(read_document(SEED), DEFAULT_BASE_IRI).graph


def test_seed_export_conforms_and_writes_the_kb_and_the_web_page(tmp_path: Path) -> None:
    result = run_kb("export", SEED, "--out", tmp_path)
    assert result.exit_code == 0, result.stderr
    written = sorted(p.name.removeprefix(SEED_SLUG) for p in tmp_path.glob(f"{SEED_SLUG}.*"))
    assert written == [".html", ".jsonld", ".schema.jsonld", ".ttl"]
    assert "conforms" in result.stderr


@pytest.mark.parametrize("extension", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_every_format_parses_back_to_the_validated_graph(
    seed_export: Path, seed_graph: Graph, extension: str
) -> None:
    parsed = read_graph(seed_export / f"{SEED_SLUG}.{extension}")
    assert isomorphic(parsed, seed_graph)


def test_inlined_context_gives_the_same_graph(tmp_path: Path, seed_graph: Graph) -> None:
    run_kb("export", SEED, "--out", tmp_path, "--format", "jsonld", "--inline-context")
    text = (tmp_path / f"{SEED_SLUG}.jsonld").read_text("utf-8")
    assert '"@context": {' in text
    assert isomorphic(parse_jsonld(text, "inline"), seed_graph)


def test_output_is_byte_identical_across_processes(tmp_path: Path) -> None:
    """Hash seeds differ between processes: set ordering must not leak into the bytes."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-m", "kb", "export", str(SEED), "--out", str(out),
                   "--format", "ttl,jsonld,nt,nq,trig"]  # fmt: skip
        subprocess.run(command, check=True, env=env, capture_output=True)
        outputs.append({p.name: p.read_bytes() for p in out.glob(f"{SEED_SLUG}.*")})
    assert outputs[0] == outputs[1]


def test_committed_outputs_match_what_export_produces(seed_export: Path) -> None:
    """out/ is what reviewers read: regenerate it with the README command when this fails."""
    for committed in sorted((ROOT / "out").glob(f"{SEED_SLUG}.*")):
        fresh = seed_export / committed.name
        if fresh.exists():  # the screenshot is made by scripts/screenshot.py, not by export
            assert committed.read_bytes() == fresh.read_bytes(), f"{committed} drifted"


def test_base_iri_option_renames_every_minted_node(tmp_path: Path) -> None:
    run_kb(
        "export", SEED, "--out", tmp_path, "--format", "nt", "--base-iri", "https://example.org/kb/"
    )
    text = (tmp_path / f"{SEED_SLUG}.nt").read_text("utf-8")
    assert f"<https://example.org/kb/article/{SEED_SLUG}>" in text
    assert DEFAULT_BASE_IRI not in text


def test_shape_violation_exits_1_names_the_annotation_line_and_writes_nothing(
    tmp_path: Path,
) -> None:
    result = run_kb("export", DATA / "invalid" / "place-is-a-person", "--out", tmp_path)
    assert result.exit_code == 1
    assert "annotation.yaml:63" in result.stderr
    assert "kb:place" in result.stderr
    assert list(tmp_path.iterdir()) == []


# --- independent parsers --------------------------------------------------------------

IN_CI = bool(os.environ.get("CI"))


def test_rapper_reads_the_turtle_with_rdflibs_triple_count(
    seed_export: Path, seed_graph: Graph
) -> None:
    result = subprocess.run(
        [tool("rapper"), "-i", "turtle", "-c", str(seed_export / f"{SEED_SLUG}.ttl")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert f"returned {len(seed_graph)} triples" in result.stderr


def test_serdi_reads_the_turtle_with_rdflibs_triple_count(
    seed_export: Path, seed_graph: Graph
) -> None:
    result = subprocess.run(
        [tool("serdi"), "-i", "turtle", "-o", "ntriples", str(seed_export / f"{SEED_SLUG}.ttl")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert len(result.stdout.strip().splitlines()) == len(seed_graph)


@pytest.mark.parametrize(
    ("name", "rdf_format"),
    [("ttl", pyoxigraph.RdfFormat.TURTLE), ("trig", pyoxigraph.RdfFormat.TRIG),
     ("nq", pyoxigraph.RdfFormat.N_QUADS)],
)  # fmt: skip
def test_oxigraph_reads_the_exports_with_rdflibs_triple_count(
    seed_export: Path, seed_graph: Graph, name: str, rdf_format: pyoxigraph.RdfFormat
) -> None:
    quads = list(pyoxigraph.parse(path=seed_export / f"{SEED_SLUG}.{name}", format=rdf_format))
    assert len(quads) == len(seed_graph)


def test_oxigraph_reads_the_jsonld_with_rdflibs_triple_count(
    tmp_path: Path, seed_graph: Graph
) -> None:
    run_kb("export", SEED, "--out", tmp_path, "--format", "jsonld", "--inline-context")
    quads = list(
        pyoxigraph.parse(path=tmp_path / f"{SEED_SLUG}.jsonld", format=pyoxigraph.RdfFormat.JSON_LD)
    )
    assert len(quads) == len(seed_graph)


def test_export_extract_annotates_automatically_and_says_so(tmp_path: Path) -> None:
    article = SEED / "article.txt"
    result = run_kb("export", "--extract", article, "--out", tmp_path, "--format", "ttl")
    assert result.exit_code == 0, result.stderr
    assert "annotated automatically by kb extract" in result.stderr
    graph = read_graph(tmp_path / f"{SEED_SLUG}.ttl")
    origins = {str(o) for o in graph.objects(None, KB.annotationOrigin)}
    assert origins == {"machine"}
    assert (None, KB.machineGenerated, Literal(True)) in graph
