"""A second, independent SHACL engine agrees with pySHACL on what kb publishes.

Apache Jena's SHACL (Debian's libapache-jena-java) validates every exported article
and every broken fixture of tests/data/shapes on the data alone: no ontology, no
inference. Both engines must give the same verdict (violations or none) and blame
the same nodes. The JVM starts once for the whole batch.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from pyshacl import validate as shacl_validate
from rdflib import Graph

from kb.ontology import load_shapes
from kb.validation import errors, validate
from tests.conftest import DATA, ROOT, SEED_SLUG, run_kb
from tests.test_shapes import SHAPES, patched

BATCH = Path(__file__).resolve().parent / "jena" / "ShaclBatch.java"
JENA_PACKAGE = "libapache-jena-java"
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
    classpath = ":".join([str(_xerces_messages(work)), *_jena_jars()])
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


def _jena_jars() -> list[str]:
    """The jars of Debian's Jena and its Java dependencies, one SLF4J binding only."""
    assert shutil.which("java"), "java is missing: scripts/test.sh installs libapache-jena-java"
    seen: set[str] = set()
    todo = [JENA_PACKAGE]
    while todo:
        package = todo.pop()
        if package in seen or not package.endswith("-java"):
            continue
        seen.add(package)
        depends = _dpkg("dpkg-query", "-W", "-f=${Depends}", package)
        todo += [re.split(r"[ (]", d.strip().split("|")[0].strip())[0] for d in depends.split(",")]
    jars = {
        path
        for package in seen
        for path in _dpkg("dpkg", "-L", package).split()
        if path.startswith("/usr/share/java/") and path.endswith(".jar")
        and not re.search(r"-\d[\d.]*\.jar$", path)  # the unversioned link only
        and ("slf4j" not in path or re.search(r"slf4j-(api|nop)\.jar$", path))
    }  # fmt: skip
    return sorted(jars)


def _dpkg(*command: str) -> str:
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    assert run.returncode == 0, f"{JENA_PACKAGE} is not installed: run scripts/test.sh"
    return run.stdout


def _xerces_messages(work: Path) -> Path:
    """Debian's jena-core relocates Xerces to `xerces.*` but keeps its message bundles
    under `org/apache/jena/ext/xerces`; without them every XSD datatype fails to
    initialise ("internal error"). Copy them to where the classes look."""
    folder = work / "xerces-messages"
    prefix = "org/apache/jena/ext/xerces/"
    with zipfile.ZipFile("/usr/share/java/jena-core.jar") as jar:
        for name in jar.namelist():
            if name.startswith(prefix) and name.endswith(".properties"):
                target = folder / "xerces" / name.removeprefix(prefix)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    return folder
