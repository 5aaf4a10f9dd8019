"""Render query answers for `kb query`: standard formats for machines, a table for people.

`csv` and `json` are the SPARQL 1.1 CSV and JSON results formats, as Oxigraph writes
them, so output diffs cleanly and other tools read it. `table` aligns columns and
shortens IRIs with the usual prefixes. CONSTRUCT answers are RDF, written as Turtle
(`table`, `turtle`) or N-Triples (`ntriples`), triples sorted so output is stable.
"""

from __future__ import annotations

import pyoxigraph as ox

from kb.errors import InputError, OperationFailed, visible
from kb.store.embedded import QueryResult
from kb.vocab import new_graph

FORMATS = ("table", "csv", "json", "turtle", "ntriples")

_TABLE_PREFIXES = {name: str(namespace) for name, namespace in new_graph().namespaces()}
_SOLUTION_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "json": ox.QueryResultsFormat.JSON}
_GRAPH_FORMATS = {
    "table": ox.RdfFormat.TURTLE,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
}


def render(result: QueryResult, format_name: str, source: str = "the store") -> str:
    """The text `kb query --format format_name` prints for `result`.

    Solutions are parsed as they are read, so a malformed answer from an endpoint
    shows up only here: it is reported as `source`'s failure, in one line."""
    try:
        return _render(result, format_name)
    except SyntaxError as error:
        reason = " ".join(str(error).split())
        raise OperationFailed(
            f"{source}: answered with malformed SPARQL results ({reason}); "
            "check that it is a SPARQL endpoint"
        ) from None


def _render(result: QueryResult, format_name: str) -> str:
    if isinstance(result, list):
        return _graph(result, format_name)
    if format_name in _SOLUTION_FORMATS:
        text = (result.serialize(format=_SOLUTION_FORMATS[format_name]) or b"").decode()
        return text if text.endswith("\n") else text + "\n"
    if format_name == "table":
        return _table(result)
    raise InputError(
        "--format",
        f"{format_name} is for CONSTRUCT and DESCRIBE queries",
        "use table, csv or json for SELECT and ASK",
    )


def term_text(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> str:
    """How a table shows a term: a literal's text, an IRI shortened by a known prefix."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return visible(term.value)
    if isinstance(term, ox.NamedNode):
        for name, namespace in _TABLE_PREFIXES.items():
            if term.value.startswith(namespace):
                return visible(f"{name}:{term.value.removeprefix(namespace)}")
    return visible(str(term))


def _table(result: ox.QuerySolutions | ox.QueryBoolean) -> str:
    if isinstance(result, ox.QueryBoolean):
        return f"{str(bool(result)).lower()}\n"
    header = [variable.value for variable in result.variables]
    rows = [[term_text(solution[variable]) for variable in result.variables] for solution in result]
    widths = [max(map(len, column)) for column in zip(header, *rows, strict=True)]
    rule = ["-" * width for width in widths]
    return "".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        + "\n"
        for row in [header, rule, *rows]
    )


def _graph(triples: list[ox.Triple], format_name: str) -> str:
    if format_name not in _GRAPH_FORMATS:
        raise InputError(
            "--format",
            f"{format_name} is for SELECT and ASK queries",
            "use table, turtle or ntriples for CONSTRUCT and DESCRIBE",
        )
    ordered = sorted(triples, key=str)
    text = ox.serialize(ordered, format=_GRAPH_FORMATS[format_name], prefixes=_TABLE_PREFIXES)
    return (text or b"").decode()
