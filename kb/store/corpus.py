"""Plan a corpus load: which graphs to replace, what the entity graph gains and loses.

The plan is made before anything is written, from the input files and a few queries
to the target store (embedded or remote, the same SPARQL either way), so conflicts
between articles — in the input, or with articles already loaded — are reported while
the store is untouched. The files are read twice: once for the entity descriptions
(small), once per bounded batch for the triples, so memory does not grow with the
corpus.

Each `Batch` is written as one unit (see `kb.store.batches.apply` and
`kb.store.endpoint.Endpoint.apply`). A batch's entity changes travel with the first
article that describes each entity; entities no article lists any more are removed
with the last batch. So a load stopped between batches leaves every loaded article
with its entities described, and running the same load again completes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kb.errors import InputError, OperationFailed, ValidationFailed
from kb.store.embedded import QueryResult
from kb.store.graphfiles import read_file
from kb.store.layout import (
    ENTITY_GRAPH,
    LISTS_ENTITY,
    SAME_AS,
    ArticleLayout,
    Conflict,
    Describers,
    Description,
    conflicts,
    describe,
    entity_quads,
    split,
)

BATCH_TRIPLES = 200_000
"""Triples per write: big enough for bulk speed, small enough to keep memory flat."""

Term = ox.NamedNode | ox.Literal | ox.BlankNode | ox.Triple
Select = Callable[[str], list[dict[str, Term]]]
"""Run a SELECT against the target and give its rows (unbound variables left out)."""

_VALUES_CHUNK = 400
"""IRIs per VALUES block: servers cap query sizes (Virtuoso's is the smallest)."""


@dataclass(frozen=True)
class Summary:
    """What pass one keeps of an input article: enough to plan, not its triples."""

    name: ox.NamedNode
    source: Path
    triples: int


@dataclass
class Inputs:
    """Pass one over the input files: each article's summary, and what the articles say
    their entities are (each distinct description once: see `kb.store.layout.describe`)."""

    articles: list[Summary] = field(default_factory=list)
    described: Describers = field(default_factory=dict)


@dataclass
class Batch:
    """One write: article graphs to drop and (re)fill, entity-graph quads to change."""

    drop: list[ox.NamedNode] = field(default_factory=list)
    articles: list[ArticleLayout] = field(default_factory=list)
    delete: list[ox.Quad] = field(default_factory=list)
    insert: list[ox.Quad] = field(default_factory=list)

    def article_quads(self) -> Iterator[ox.Quad]:
        for article in self.articles:
            yield from article.quads

    def size(self) -> int:
        """Quads to write."""
        return sum(len(article.quads) for article in self.articles) + len(self.insert)

    def is_empty(self) -> bool:
        return not (self.drop or self.articles or self.delete or self.insert)

    def needs_removal(self) -> bool:
        """Whether the batch removes anything (else it is a pure insert)."""
        return bool(self.drop or self.delete)

    def update(self) -> str:
        """The batch as one SPARQL 1.1 Update: drops, entity deletions, then inserts."""
        drops = "".join(f"DROP SILENT GRAPH {name} ;\n" for name in self.drop)
        deletes = f"DELETE DATA {{\n{_blocks(self.delete)}}} ;\n" if self.delete else ""
        inserts = [*self.article_quads(), *self.insert]
        return f"{drops}{deletes}INSERT DATA {{\n{_blocks(inserts)}}}\n"


@dataclass
class Plan:
    """A checked load: the batches to write, and what it amounts to."""

    articles: list[Summary]
    removed: list[ox.NamedNode]
    replaced: set[ox.NamedNode]
    entity_delete: dict[ox.NamedNode, list[ox.Quad]]
    entity_insert: dict[ox.NamedNode, list[ox.Quad]]
    orphans: list[ox.Quad]

    @property
    def triples(self) -> int:
        return sum(article.triples for article in self.articles)

    def batches(
        self, unchanged: Callable[[ArticleLayout], bool], limit: int = BATCH_TRIPLES
    ) -> Iterator[Batch]:
        """The writes, reading each file again, about `limit` triples each; articles
        `unchanged` in the store are skipped (their entities are still checked)."""
        batch = Batch(drop=list(self.removed))
        size = 0
        placed: set[ox.NamedNode] = set()
        for layout in _layouts(self.articles):
            if not unchanged(layout):
                if layout.name in self.replaced:
                    batch.drop.append(layout.name)
                batch.articles.append(layout)
                size += len(layout.quads)
            for entity in layout.entities.keys() - placed:
                placed.add(entity)
                batch.delete.extend(self.entity_delete.get(entity, []))
                batch.insert.extend(self.entity_insert.get(entity, []))
            if size >= limit:
                yield batch
                batch, size = Batch(), 0
        batch.delete.extend(self.orphans)
        if not batch.is_empty():
            yield batch


class PartlyWritten(OperationFailed):
    """A batch that is not one transaction (Graph Store requests) failed after some of
    its article graphs were written: `written` names them."""

    def __init__(self, message: str, written: list[ox.NamedNode]) -> None:
        super().__init__(message)
        self.written = written


@dataclass
class Written:
    """What a load did: article graphs written, left as they were, removed."""

    written: list[ox.NamedNode] = field(default_factory=list)
    triples: int = 0
    unchanged: int = 0
    removed: int = 0


def write(
    plan: Plan,
    apply: Callable[[Batch], None],
    unchanged: Callable[[ArticleLayout], bool],
    limit: int = BATCH_TRIPLES,
) -> Written:
    """Write `plan` batch by batch; a failure says which graphs were already written."""
    done = Written(removed=len(plan.removed))

    def skip(layout: ArticleLayout) -> bool:
        same = unchanged(layout)
        done.unchanged += same
        return same

    for batch in plan.batches(skip, limit):
        try:
            apply(batch)
        except OperationFailed as error:
            written = [*done.written, *getattr(error, "written", [])]
            if written:
                first, last = written[0], written[-1]
                names = str(first) if first == last else f"{first} … {last}"
                raise OperationFailed(
                    f"{error}; {len(written)} article graph(s) written before it stay "
                    f"({names}): run the same load again to finish"
                ) from None
            raise
        done.written.extend(article.name for article in batch.articles)
        done.triples += sum(len(article.quads) for article in batch.articles)
    return done


def rows(result: QueryResult) -> list[dict[str, Term]]:
    """A SELECT answer as dicts from variable name to its bound term."""
    assert isinstance(result, ox.QuerySolutions)
    names = [variable.value for variable in result.variables]
    return [
        {name: term for name, term in zip(names, solution, strict=True) if term is not None}
        for solution in result
    ]


def read_summaries(files: Iterable[Path]) -> Inputs:
    """Pass one: parse and check every file, keep the entity descriptions."""
    seen: dict[ox.NamedNode, Path] = {}
    inputs = Inputs()
    for path in files:
        for graph in read_file(path):
            if graph.name in seen:
                raise InputError(
                    str(path), f"graph {graph.name} is also in {seen[graph.name]}",
                    "load only one of them",
                )  # fmt: skip
            seen[graph.name] = path
            layout = split(graph)
            inputs.articles.append(Summary(graph.name, path, len(layout.quads)))
            describe(inputs.described, str(path), layout.entities)
    return inputs


def plan(given: Inputs, removed: Sequence[ox.NamedNode], select: Select) -> Plan:
    """Check the `given` articles (to load) and `removed` against each other and the
    store; raise `ValidationFailed` listing every conflict, else say what to write."""
    articles = given.articles
    inputs = {article.name for article in articles}
    touched = inputs | set(removed)
    loaded = _loaded(touched, select)
    missing = [name for name in removed if name not in loaded]
    if missing:
        raise InputError(
            "--remove", f"{missing[0]} is not in the store", "check the slug with kb query"
        )
    described = {entity: list(said) for entity, said in given.described.items()}
    affected = set(described) | _listed_by(loaded & touched, select)
    others = {
        entity: sorted(str(g) for g in graphs if g not in touched)
        for entity, graphs in _listers(affected, select).items()
    }
    existing = _facts(affected, select)
    for entity, listers in others.items():
        if listers and entity in existing:
            described.setdefault(entity, []).append((f"{listers[0]} (loaded)", existing[entity]))
    claimed = {entity: item for entity, item in _claimants(described, select)}
    for entity, graphs in _listers(claimed.keys() - affected, select).items():
        where = f"{min(graphs, key=str)} (loaded)"
        described.setdefault(entity, []).append((where, frozenset([claimed[entity]])))
    found = conflicts(described)
    if found:
        raise conflicts_error(found)
    delete, insert, orphans = {}, {}, []
    for entity in affected:
        old = existing.get(entity, frozenset())
        if entity in given.described:
            new = described[entity][0][1]
        elif others.get(entity):
            continue  # described by articles this load leaves alone
        else:
            orphans.extend(entity_quads(old))
            continue
        delete[entity] = entity_quads(old - new)
        insert[entity] = entity_quads(new - old)
    return Plan(list(articles), list(removed), loaded & inputs, delete, insert, orphans)


def check_articles(given: Inputs) -> list[Conflict]:
    """The conflicts among the `given` articles alone (no store): `kb check-corpus`."""
    return conflicts(given.described)


def conflicts_error(found: Sequence[Conflict]) -> ValidationFailed:
    lines = "".join(f"\n  {conflict}" for conflict in found)
    return ValidationFailed(
        f"{len(found)} conflict(s) between articles about what an entity is; nothing was "
        f"written; make the annotations agree (same type, labels, Wikidata ID):{lines}"
    )


def _layouts(articles: Sequence[Summary]) -> Iterator[ArticleLayout]:
    """Pass two: the articles' triples again, file by file, in input order."""
    wanted = {article.name for article in articles}
    done: set[Path] = set()
    for article in articles:
        if article.source in done:
            continue
        done.add(article.source)
        for graph in read_file(article.source):
            if graph.name in wanted:
                yield split(graph)


def _blocks(quads: Iterable[ox.Quad]) -> str:
    """Quads as `GRAPH <g> { N-Triples }` blocks, one per graph, for an update."""
    graphs: dict[str, list[ox.Triple]] = {}
    for quad in quads:
        graphs.setdefault(str(quad.graph_name), []).append(quad.triple)
    return "".join(
        f"GRAPH {name} {{\n{ntriples(triples).decode()}}}\n" for name, triples in graphs.items()
    )


def ntriples(triples: Iterable[ox.Triple]) -> bytes:
    """Triples as N-Triples, for an update's data blocks or a Graph Store PUT."""
    return ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES) or b""


def _values(nodes: Iterable[ox.NamedNode]) -> Iterator[str]:
    ordered = sorted(nodes, key=str)
    for start in range(0, len(ordered), _VALUES_CHUNK):
        yield " ".join(str(node) for node in ordered[start : start + _VALUES_CHUNK])


def _rows(
    select: Select, head: str, variable: str, nodes: Iterable[ox.NamedNode], pattern: str
) -> Iterator[dict[str, Term]]:
    """`SELECT head WHERE { VALUES ?variable { nodes } pattern }`, the nodes sent in
    chunks small enough for any server."""
    for values in _values(nodes):
        yield from select(f"SELECT {head} WHERE {{ VALUES ?{variable} {{ {values} }} {pattern} }}")


def _lists_path() -> str:
    return "|".join(str(predicate) for predicate in LISTS_ENTITY)


def _loaded(graphs: set[ox.NamedNode], select: Select) -> set[ox.NamedNode]:
    rows = _rows(select, "DISTINCT ?g", "g", graphs, "GRAPH ?g { ?g a ?t }")
    return {row["g"] for row in rows}  # type: ignore[misc]


def _listed_by(graphs: set[ox.NamedNode], select: Select) -> set[ox.NamedNode]:
    rows = _rows(select, "DISTINCT ?e", "g", graphs, f"GRAPH ?g {{ ?g {_lists_path()} ?e }}")
    return {row["e"] for row in rows}  # type: ignore[misc]


def _listers(entities: set[ox.NamedNode], select: Select) -> dict[ox.NamedNode, set[ox.NamedNode]]:
    found: dict[ox.NamedNode, set[ox.NamedNode]] = {}
    pattern = f"GRAPH ?g {{ ?g {_lists_path()} ?e }}"
    for row in _rows(select, "DISTINCT ?e ?g", "e", entities, pattern):
        found.setdefault(row["e"], set()).add(row["g"])  # type: ignore[arg-type]
    return found


def _facts(entities: set[ox.NamedNode], select: Select) -> dict[ox.NamedNode, Description]:
    found: dict[ox.NamedNode, set[ox.Triple]] = {}
    pattern = f"GRAPH {ENTITY_GRAPH} {{ ?e ?p ?o }}"
    for row in _rows(select, "?e ?p ?o", "e", entities, pattern):
        triple = ox.Triple(row["e"], row["p"], row["o"])  # type: ignore[arg-type]
        found.setdefault(row["e"], set()).add(triple)  # type: ignore[arg-type]
    return {entity: frozenset(facts) for entity, facts in found.items()}


def _claimants(described: Describers, select: Select) -> Iterator[tuple[ox.NamedNode, ox.Triple]]:
    """Entities in the store already linked to a Wikidata item the input links."""
    items = {
        t.object
        for said in described.values()
        for _, description in said
        for t in description
        if t.predicate == SAME_AS and isinstance(t.object, ox.NamedNode)
    }
    pattern = f"GRAPH {ENTITY_GRAPH} {{ ?e {SAME_AS} ?q }}"
    for row in _rows(select, "?e ?q", "q", items, pattern):
        yield row["e"], ox.Triple(row["e"], SAME_AS, row["q"])  # type: ignore[arg-type,misc]
