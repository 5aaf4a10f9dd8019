"""Check a graph against kb's SHACL shapes, and report what to fix.

The shapes of `shapes/kb-shapes.ttl` (SHACL Core) and `shapes/kb-shapes-sparql.ttl`
(the one SPARQL check) run over the data with the ontology beside it, since hand-made
graphs may lean on it; kb's own output carries its super-types and concept schemes, so
`kb export` judges it alone (`standalone`). No inference: the graph is judged as
written. A `sh:Warning` is reported but does not fail.

Two engines give the same verdicts. pySHACL is the reference (`validate_reference`).
pyshacl-turbo, a compiled engine with pySHACL's report vocabulary, is what kb runs
(`validate`, `validate_ntriples`): 10x faster, which is what makes a corpus
practical, and `tests/test_validation_engines.py` proves it reports the same focus
node, path, component, severity, message and value as pySHACL on every article of
`articles/` and every broken fixture of `tests/data/shapes/`. Both read the shapes
and the ontology once per process; each call validates one article's graph, so the
cost stays linear in the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, Graph, Node, URIRef
from rdflib.namespace import SH

from kb.ontology import load_ontology, load_shapes
from kb.triples import ntriples, sorted_triples
from kb.vocab import KB, new_graph


@dataclass(frozen=True, order=True)
class Violation:
    """One failed constraint: the node, the property, what to fix, and the bad value;
    the constraint component and severity say which rule it was."""

    focus: str
    path: str | None
    message: str
    value: str | None
    component: str = ""
    severity: str = ""

    @property
    def warning(self) -> bool:
        """A `sh:Warning`: worth fixing, but the graph still conforms."""
        return self.severity == _text(SH.Warning)


def errors(violations: Iterable[Violation]) -> list[Violation]:
    """The violations that make a graph fail (not warnings)."""
    return [v for v in violations if not v.warning]


def validate(data: Graph) -> list[Violation]:
    """Every violation of the shapes in `data`, sorted; empty when it conforms."""
    return validate_ntriples(ntriples(sorted_triples(data)))


def validate_ntriples(data: str, standalone: bool = False) -> list[Violation]:
    """`validate` for a graph already written as N-Triples (what the writers share).
    A `standalone` graph, one that carries its own entailments as kb's mapping writes
    them, is judged without the ontology beside it: the same verdicts
    (`tests/test_validation_engines.py`), a sixth less work."""
    from pyshacl_turbo.rdf import Input

    _, results, _ = _compiled().validate(
        Input(data if standalone else _ontology_ntriples() + data, "nt", None, {}),
        allow_infos=True,
        allow_warnings=True,
    )
    return sorted(set(_violations(results)), key=_order)


def validate_each_article(quads: Callable[[], Iterable[ox.Quad]]) -> list[Violation]:
    """`validate` of a file holding many articles, one article at a time (see
    `by_article`), so the cost grows with the number of articles, not its square.
    `quads` gives the file's statements afresh at each call (graph names are not
    read): it is read three times, and never held whole."""
    found: set[Violation] = set()
    for part, elsewhere in by_article(quads):
        found.update(v for v in validate_ntriples(ntriples(part)) if v.focus not in elsewhere)
    return sorted(found, key=_order)


def by_article(
    quads: Callable[[], Iterable[ox.Quad]],
) -> Iterator[tuple[list[ox.Triple], set[str]]]:
    """The triples of each `kb:NewsArticle` as `kb export` validated them: the
    article's own nodes (its IRI and every IRI under it), the shared nodes that link
    into it (entities anchored in its text) with only their links into this article,
    the shared nodes it names (an entity a mention stands for, a concept), and what
    those lead to. With each part, the shared nodes in it that are judged
    with another article (a merged file adds one article's facts about an entity to
    every article naming it). Nodes linked to no article come last, together;
    without any article, all triples come as one part. Named graphs are merged.

    Streamed, in three readings of `quads`: the articles; then the shared nodes'
    triples (what is held: the entities and concepts the file describes, each fact
    once), what links into each article and where each article's last triple stands;
    then each article's own triples, each part given as soon as its last triple is
    read. So memory is the shared nodes and the articles open at one time (one, in a
    file written article by article), not the file."""
    articles = {
        q.subject.value  # type: ignore[union-attr]
        for q in quads()
        if q.predicate == _TYPE and q.object == _ARTICLE
    }
    if not articles:
        yield list(dict.fromkeys(q.triple for q in quads())), set()
        return
    owner_of = _owners(articles)
    shared: dict[ox.NamedNode | ox.BlankNode, dict[ox.Triple, None]] = {}
    reached: dict[str, set[ox.NamedNode | ox.BlankNode]] = {}
    last: dict[str, int] = {}
    for index, q in enumerate(quads()):
        owner = owner_of(q.subject)
        if owner is None:
            owner = owner_of(q.object)
            if owner is None:
                shared.setdefault(q.subject, {})[q.triple] = None  # type: ignore[arg-type]
                continue
            # a shared node's link into one article belongs to that article
            reached.setdefault(owner, set()).add(q.subject)  # type: ignore[arg-type]
        last[owner] = index
    linked = {node for nodes in reached.values() for node in nodes}
    unreached = set(shared) - linked
    open_parts: dict[str, dict[ox.Triple, None]] = {}
    pointed: dict[str, set[ox.NamedNode | ox.BlankNode]] = {}

    def close(article: str) -> tuple[list[ox.Triple], set[str]]:
        nonlocal unreached
        part = list(open_parts.pop(article))
        mine = reached.get(article, set())
        seen = mine | {node for node in pointed.pop(article, ()) if node in shared}
        todo = list(seen)
        while todo:
            for fact in shared.get(todo.pop(), ()):
                part.append(fact)
                if fact.object in shared and fact.object not in seen:
                    seen.add(fact.object)  # type: ignore[arg-type]
                    todo.append(fact.object)  # type: ignore[arg-type]
        unreached -= seen
        return part, {node.value for node in (seen & linked) - mine}

    for index, q in enumerate(quads()):
        value = q.object
        owner = owner_of(q.subject)
        if owner is not None:
            if type(value) in _NODES and owner_of(value) is None:
                pointed.setdefault(owner, set()).add(value)  # type: ignore[arg-type]  # an entity it names
        else:
            owner = owner_of(value)
            if owner is None:
                continue
        open_parts.setdefault(owner, {})[q.triple] = None
        if index == last.get(owner):
            yield close(owner)
    for article in list(open_parts):  # only if the file changed between the readings
        yield close(article)
    if unreached:
        yield [t for node in unreached for t in shared[node]], set()


def validate_reference(data: Graph) -> list[Violation]:
    """`validate` by pySHACL, the reference engine the fast one is held to."""
    from pyshacl import validate as shacl_validate

    combined = Graph()  # pySHACL's `ont_graph` mix-in copies only the class hierarchy,
    combined += load_ontology()  # but concept checks need `skos:inScheme` too
    combined += data
    _, results, _ = shacl_validate(
        combined, shacl_graph=load_shapes(), inference="none", inplace=True,
        abort_on_first=False, allow_infos=True, allow_warnings=True,
    )  # fmt: skip
    assert isinstance(results, Graph)
    return sorted(set(_violations(results)), key=_order)


def format_report(
    violations: Iterable[Violation], locate: Callable[[str], str | None] = lambda _: None
) -> str:
    """One line per violation: where to fix it (annotation file:line when known),
    the node, the property and the shape's message."""
    lines = []
    for v in violations:
        where = locate(v.focus)
        path = f" {v.path}" if v.path else ""
        value = f" (value: {v.value})" if v.value and v.value != v.focus else ""
        kind = "warning: " if v.warning else ""
        lines.append(f"{where + ': ' if where else ''}{kind}{v.focus}{path}: {v.message}{value}")
    return "\n".join(lines)


# --- helpers ---------------------------------------------------------------------------

_NAMES = new_graph().namespace_manager
_TYPE = ox.NamedNode(str(RDF.type))
_ARTICLE = ox.NamedNode(str(KB.NewsArticle))


def _owners(articles: set[str]) -> Callable[[object], str | None]:
    """The article whose IRI a term is, or lies under (`<article>/…`, `<article>#…`);
    remembered for the IRIs met lately, since every node recurs in many triples
    (lately: a corpus file has millions of IRIs, and memory must not grow with it)."""
    known: dict[ox.NamedNode, str | None] = {}

    def owner(term: object) -> str | None:
        if type(term) is not ox.NamedNode:
            return None
        found = known.get(term, _UNKNOWN)
        if found is not _UNKNOWN:
            return found  # type: ignore[return-value]
        if len(known) >= _REMEMBERED:
            known.clear()
        iri = term.value
        found = known[term] = next(
            (iri[: m.start()] for m in _CUT.finditer(iri) if iri[: m.start()] in articles),
            iri if iri in articles else None,
        )
        return found

    return owner


_NODES = (ox.NamedNode, ox.BlankNode)
_UNKNOWN = object()
_REMEMBERED = 1 << 16
_CUT = re.compile("[/#]")


@cache
def _compiled() -> Any:
    """The shapes compiled once."""
    from pyshacl_turbo import CompiledShapes

    return CompiledShapes(load_shapes())


@cache
def _ontology_ntriples() -> str:
    """The ontology as N-Triples, to put beside data that does not carry its entailments."""
    return ntriples(sorted_triples(load_ontology()))


def _order(v: Violation) -> tuple[str, str, str, str, str, str]:
    """A total order: a rule on the node itself (no path, no value) sorts first."""
    return v.focus, v.path or "", v.message, v.value or "", v.component, v.severity


def _violations(results: Graph) -> Iterable[Violation]:
    # Only the report's own results: pySHACL nests the details of a failed sh:node
    # under them (sh:detail), which would repeat one problem in its own words.
    for result in results.objects(None, SH.result):
        yield Violation(
            focus=_text(results.value(result, SH.focusNode)) or "",
            path=_text(results.value(result, SH.resultPath)),
            message=str(results.value(result, SH.resultMessage) or "constraint violated"),
            value=_text(results.value(result, SH.value)),
            component=_text(results.value(result, SH.sourceConstraintComponent)) or "",
            severity=_text(results.value(result, SH.resultSeverity)) or "",
        )


def _text(node: Node | None) -> str | None:
    """A node as a reader wants it: `kb:time` for a term, the full IRI for data."""
    if node is None:
        return None
    if isinstance(node, URIRef):
        short = _NAMES.normalizeUri(node)
        return str(node) if short.startswith("<") else short
    return str(node)
