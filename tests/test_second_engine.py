"""A second, independent SHACL engine agrees with pySHACL on what kb publishes.

Apache Jena's SHACL (Debian's libapache-jena-java) validates every exported article
and every broken fixture of tests/data/shapes on the data alone: no ontology, no
inference. Both engines must give the same verdict (violations or none) and blame
the same nodes. The JVM starts once for the whole batch.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pyshacl import validate as shacl_validate
from rdflib import Graph

from kb.ontology import load_shapes
from kb.validation import errors, validate
from tests.conftest import DATA, ROOT, SEED_SLUG, run_kb
from tests.engine_support import jena_classpath
from tests.test_shapes import SHAPES, patched

BATCH = Path(__file__).resolve().parent / "jena" / "ShaclBatch.java"
ARTICLES = sorted(
    p.parent
    for p in [*ROOT.glob("articles/*/annotation.yaml"), *DATA.glob("articles/*/annotation.yaml")]
)
BROKEN = sorted(p.stem for p in SHAPES.glob("*.trig"))

Verdicts = dict[str, set[str]]
"""File name → the focus nodes the engine reports a violation for."""


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every article exported as Turtle, and every fixture as kb would publish it."""
    folder = tmp_path_factory.mktemp("engines")
    result = run_kb("export", *ARTICLES, "--out", folder, "--format", "ttl")
    assert result.exit_code == 0, result.stderr
    for case in BROKEN:
        patched(case).serialize(folder / f"fixture-{case}.ttl", format="turtle")
    return folder


@pytest.fixture(scope="module")
def jena(files: Path, tmp_path_factory: pytest.TempPathFactory) -> Verdicts:
    """Jena's violations for every file, from one JVM."""
    work = tmp_path_factory.mktemp("jena")
    shapes = work / "shapes.ttl"
    load_shapes().serialize(shapes, format="turtle")
    data = sorted(files.glob("*.ttl"))
    classpath = jena_classpath(work)  # the store tests' Debian Jena, shacl included
    run = subprocess.run(
        ["java", "-cp", classpath, str(BATCH), str(shapes), *map(str, data)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    verdicts: Verdicts = {}
    for line in run.stdout.splitlines():
        file, kind, *focus = line.split("\t")
        found = verdicts.setdefault(Path(file).name, set())
        if kind == "violation":
            found.add(focus[0])
    assert set(verdicts) == {f.name for f in data}, "Jena did not validate every file"
    return verdicts


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_jena_accepts_every_article_pyshacl_accepted(article: Path, jena: Verdicts) -> None:
    """kb exported it, so pySHACL found no violation; Jena, on the Turtle alone, neither."""
    assert jena[f"{article.name}.ttl"] == set()


def test_pyshacl_accepts_the_seed_on_the_data_alone(files: Path) -> None:
    """As Jena does: no ontology mixed in, no inference."""
    turtle = Graph().parse(files / f"{SEED_SLUG}.ttl")
    conforms, _, report = shacl_validate(turtle, shacl_graph=load_shapes(), inference="none")
    assert conforms, report


@pytest.mark.parametrize("case", BROKEN)
def test_jena_and_pyshacl_agree_on_every_fixture(case: str, jena: Verdicts) -> None:
    ours = {v.focus for v in errors(validate(patched(case)))}
    assert ours == jena[f"fixture-{case}.ttl"]
