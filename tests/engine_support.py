"""The SPARQL servers people run, started for real on loopback: Virtuoso 7 and Apache
Jena (both from Debian, installed by scripts/test.sh), and how their answers compare.

Answers are compared after `normalised`, which undoes only what SPARQL lets engines
choose: the lexical form of a typed value (Virtuoso writes booleans as 0/1, Oxigraph
stores `xsd:positiveInteger` as `xsd:integer`) and the case of language tags. Rows
stay in order: every query orders by all it projects.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from tests.store_support import free_port

IN_CI = bool(os.environ.get("CI"))
XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS = {f"{XSD}{name}" for name in (
    "integer", "decimal", "double", "float", "int", "long", "short", "byte",
    "positiveInteger", "nonNegativeInteger", "negativeInteger", "nonPositiveInteger",
)}  # fmt: skip

Row = tuple[str, ...]


def tool(name: str) -> str:
    """The path of an installed program; fail in CI (scripts/test.sh installs it)."""
    path = shutil.which(name)
    if path is None:
        if IN_CI:
            pytest.fail(f"{name} is not installed; scripts/test.sh installs it")
        pytest.skip(f"{name} is not installed (scripts/test.sh installs it)")
    return path


def normalised(result: ox.QuerySolutions) -> list[Row]:
    """Rows of a SELECT as comparable text (see the module docstring)."""
    names = [variable.value for variable in result.variables]
    return [tuple(_text(solution[name]) for name in names) for solution in result]


def _text(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if term.language:
            return f"{term.value}@{term.language.lower()}"
        if datatype == f"{XSD}boolean":
            return str(term.value in ("true", "1")).lower()
        if datatype in _NUMBERS:
            return str(Decimal(term.value).normalize())
        return term.value
    return str(term)


# --- Virtuoso 7 -----------------------------------------------------------------------

VIRTUOSO_INI = """\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {folder}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CaseMode = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""

VIRTUOSO_USER = ("kb-loader", "kb-secret")
"""The account the tests create, with the SPARQL_UPDATE role, for `/sparql-auth`."""


@contextmanager
def virtuoso(folder: Path) -> Iterator[str]:
    """Virtuoso on loopback with its own ini and database in `folder`; yields its base
    URL (`/sparql` anonymous and read-only, `/sparql-auth` digest auth)."""
    binary, isql = tool("virtuoso-t"), tool("isql-vt")
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(
        VIRTUOSO_INI.format(folder=folder, sql_port=sql_port, http_port=http_port),
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [binary, "+foreground", "+configfile", str(ini)],
        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, cwd=folder,
    )  # fmt: skip
    url = f"http://127.0.0.1:{http_port}"
    try:
        _wait(f"{url}/sparql?query=ASK%7B%7D", process, folder / "virtuoso.log")
        user, password = VIRTUOSO_USER
        grant = f"DB.DBA.USER_CREATE('{user}', '{password}'); GRANT SPARQL_UPDATE TO \"{user}\";"
        subprocess.run(
            [isql, f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={grant}"],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def _wait(url: str, process: subprocess.Popen[bytes], log: Path, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            said = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise AssertionError(f"the server exited with {process.returncode}: {said}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise AssertionError(f"{url} did not answer within {seconds} s")


# --- Apache Jena ----------------------------------------------------------------------

JAVA_LIBRARIES = Path("/usr/share/java")
JENA_RUNNER = Path(__file__).parent / "data" / "store" / "jena" / "AnswerQueries.java"
_JENA_DEPENDENCIES = (
    "commons-cli", "commons-codec", "commons-compress", "commons-csv", "commons-io",
    "commons-lang3", "dexx.collection", "gson", "guava", "httpclient", "httpcore",
    "jackson-core", "jackson-databind", "jackson-annotations", "jsonld-java",
    "jakarta.json-api", "protobuf", "thrift", "titanium-json-ld", "slf4j-api", "slf4j-nop",
)  # fmt: skip
"""What Debian's libapache-jena-java depends on, as jars (it ships no launcher scripts)."""


def jena_classpath(scratch: Path) -> str:
    """A class path for Jena's command-line tools (tdb2.tdbloader) and its API.

    Debian's jena-core relocates Jena's copy of Xerces to the `xerces` package but
    leaves its message bundles under the old name, so the first XSD datatype fails
    ("internal error" in XSSimpleTypeDecl); the bundles are copied where the classes
    look for them.
    """
    if not (JAVA_LIBRARIES / "jena-cmds.jar").is_file():
        tool("jena-cmds.jar")  # fails in CI, skips elsewhere
    tool("javac")  # the runner is a Java source file: `java` compiles it with the JDK's
    bundles = scratch / "jena-bundles"
    old = "org/apache/jena/ext/xerces/"
    with zipfile.ZipFile(JAVA_LIBRARIES / "jena-core.jar") as jar:
        for name in jar.namelist():
            if name.startswith(old) and name.endswith(".properties"):
                target = bundles / "xerces" / name.removeprefix(old)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    jena = sorted(path for path in JAVA_LIBRARIES.glob("jena-*.jar") if not path.stem[-1].isdigit())
    jena += [JAVA_LIBRARIES / "jena-tdb2.jar"]
    others = [JAVA_LIBRARIES / f"{name}.jar" for name in _JENA_DEPENDENCIES]
    return ":".join(str(path) for path in [bundles, *dict.fromkeys(jena), *others])


def jena_load(classpath: str, location: Path, nquads: Path) -> None:
    """Bulk-load N-Quads into a new TDB2 database at `location`."""
    subprocess.run(
        ["java", "-cp", classpath, "tdb2.tdbloader", "--loc", str(location), str(nquads)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip


def jena_answers(
    classpath: str, location: Path, queries: list[Path], out: Path
) -> dict[str, ox.QuerySolutions]:
    """Answer query files over a TDB2 database with Jena ARQ, all in one JVM
    (tests/data/store/jena/AnswerQueries.java: a JVM per query costs seconds each)."""
    subprocess.run(
        ["java", "-cp", classpath, str(JENA_RUNNER), str(location), str(out),
         *map(str, queries)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    answers = {}
    for query in queries:
        answer = ox.parse_query_results(
            path=out / f"{query.stem}.srj", format=ox.QueryResultsFormat.JSON
        )
        assert isinstance(answer, ox.QuerySolutions)
        answers[query.stem] = answer
    return answers
