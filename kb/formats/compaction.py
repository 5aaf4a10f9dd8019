"""JSON-LD compaction of kb's triples with our one context, without a JSON-LD processor.

Compacting with PyLD took ~0.1 s per article (it first expands its input again, then
selects a term for every value); our context is fixed, so its term selection is
computed once here and each value takes a dictionary look-up. The rules are those of
the JSON-LD 1.1 compaction algorithm (inverse context, term selection, IRI and value
compaction) for what kb's graphs hold: node references and literals on flat nodes,
no lists, indexes, reverse properties or nested graphs. PyLD stays the reference:
`tests/test_jsonld_compaction.py` proves the bytes equal its compaction for every
article and fixture.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, XSD

_TYPE = str(RDF.type)
_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)


def compact(triples: Iterable[ox.Triple], context: dict[str, Any]) -> list[dict[str, Any]]:
    """The nodes of `triples` compacted with `context` (the value of `@context`), each
    a JSON object as PyLD's `compact` gives them, in no particular order."""
    terms = _Terms.of(context)
    nodes: dict[Any, dict[Any, list[Any]]] = {}  # by pyoxigraph term: IRIs read once each
    for subject, predicate, value in triples:
        nodes.setdefault(subject, {}).setdefault(predicate, []).append(value)
    return [
        terms.node(_iri(subject), {p.value: v for p, v in values.items()})
        for subject, values in nodes.items()
    ]


# --- helpers ---------------------------------------------------------------------------

_PREFIX_END = re.compile(r".*[:/?#\[\]@]$")
"""A simple term whose IRI ends so can prefix compact IRIs (JSON-LD 1.1, 4.1.3)."""

_NUMERIC = {
    str(XSD[name])
    for name in [
        "integer", "decimal", "double", "float", "int", "long", "short", "byte",
        "nonNegativeInteger", "nonPositiveInteger", "negativeInteger", "positiveInteger",
        "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
    ]
}  # fmt: skip
"""The datatypes whose literals rdflib orders by value."""


class _Terms:
    """A processed context: its term definitions, prefixes and inverse context, and
    the term selected for each kind of value of each property, remembered."""

    def __init__(self, context: dict[str, Any]) -> None:
        self.context = context
        self.definitions: dict[str, dict[str, Any]] = {}
        self.prefixes: dict[str, str] = {}
        for term, value in context.items():
            if term.startswith("@"):
                continue
            if isinstance(value, str):
                self.definitions[term] = {"@id": self._expand(value, context)}
                if _PREFIX_END.match(self.definitions[term]["@id"]) and ":" not in term:
                    self.prefixes[term] = self.definitions[term]["@id"]
            else:
                definition = {"@id": self._expand(value["@id"], context)}
                if "@type" in value:
                    definition["@type"] = self._expand(value["@type"], context)
                if "@container" in value:
                    definition["@container"] = value["@container"]
                self.definitions[term] = definition
        self.inverse = self._inverse()
        self._selected: dict[tuple[str, str, str], tuple[str, bool, str | None]] = {}
        self._iris: dict[tuple[str, bool], str] = {}

    @classmethod
    def of(cls, context: dict[str, Any]) -> _Terms:
        """The processed `context`, once per context object in the process (the
        caller keeps the one it compacts with, unchanged)."""
        found = _PROCESSED.get(id(context))
        if found is None or found.context is not context:
            found = _PROCESSED[id(context)] = cls(context)
        return found

    def node(self, iri: str, values: dict[str, list[Any]]) -> dict[str, Any]:
        """One node object: `@id`, `@type`, then each property by expanded IRI."""
        node: dict[str, Any] = {"@id": self.compact_iri(iri, vocab=False)}
        types = values.pop(_TYPE, None)
        if types is not None:
            compacted = [self.compact_iri(_iri(t), vocab=True) for t in _in_order(types)]
            node["@type"] = compacted[0] if len(compacted) == 1 else compacted
        for predicate in sorted(values):
            for value in _in_order(values[predicate]):
                self._add(node, predicate, value)
        return node

    def compact_iri(self, iri: str, vocab: bool) -> str:
        """A term (with `vocab`), else the shortest compact IRI, else the IRI itself."""
        key = (iri, vocab)
        found = self._iris.get(key)
        if found is None:
            found = self._iris[key] = self._compact_iri(iri, vocab)
        return found

    def _add(self, node: dict[str, Any], predicate: str, value: Any) -> None:
        kind, detail = self._shape(value)
        key = (predicate, kind, detail)
        chosen = self._selected.get(key)
        if chosen is None:
            term = self._select(predicate, kind, detail)
            definition = self.definitions.get(term, {})
            languages = "@language" in _listed(definition.get("@container", []))
            chosen = self._selected[key] = (term, languages, definition.get("@type"))
        term, languages, wanted = chosen
        if languages:  # a language map: the text under its tag
            language = detail if kind == "language" else "@none"
            _add_value(node.setdefault(term, {}), language, value.value)
        else:
            _add_value(node, term, self._value(wanted, kind, detail, value))

    def _value(self, wanted: str | None, kind: str, detail: str, value: Any) -> Any:
        """A value as a term whose `@type` is `wanted` lets it be written (value
        compaction; not for language maps)."""
        if kind == "reference" or kind == "term":
            compacted = self.compact_iri(_iri(value), vocab=wanted == "@vocab")
            return compacted if wanted in ("@id", "@vocab") else {"@id": compacted}
        if kind == "typed":
            if detail == wanted:
                return value.value
            return {"@type": self.compact_iri(detail, vocab=True), "@value": value.value}
        if kind == "language":
            return {"@language": detail, "@value": value.value}
        return value.value

    def _shape(self, term: Any) -> tuple[str, str]:
        """What term selection looks at: a reference (to a term's own IRI or not), or
        a literal's language or datatype."""
        if not isinstance(term, ox.Literal):
            iri = _iri(term)
            own = self.definitions.get(self.compact_iri(iri, vocab=True), {}).get("@id") == iri
            return ("term" if own else "reference"), ""
        if term.language:
            return "language", term.language
        datatype = term.datatype.value
        return ("plain", "") if datatype == _STRING else ("typed", datatype)

    def _select(self, iri: str, kind: str, detail: str) -> str:
        """The term for a value of property `iri` (term selection), else its IRI compacted."""
        if iri not in self.inverse:
            return self.compact_iri(iri, vocab=True)
        containers: list[str] = []
        if kind in ("reference", "term"):
            containers += ["@id", "@id@set", "@type", "@set@type"]
            type_or_language, preferred = "@type", "@id"
        elif kind == "language":
            containers += ["@language", "@language@set"]
            type_or_language, preferred = "@language", detail
        elif kind == "typed":
            type_or_language, preferred = "@type", detail
        else:
            type_or_language, preferred = "@language", "@null"
        containers += ["@set", "@none", "@index", "@index@set"]
        if kind == "plain":
            containers += ["@language", "@language@set"]
        if kind == "term":  # a reference to the IRI a term stands for: that term first
            preferences = ["@vocab", "@id", "@none"]
        elif kind == "reference":
            preferences = ["@id", "@vocab", "@none"]
        else:
            preferences = [preferred, "@none"]
        by_container = self.inverse[iri]
        for container in containers:
            if container in by_container:
                choices = by_container[container][type_or_language]
                for preference in preferences:
                    if preference in choices:
                        return choices[preference]
        return self._curie(iri) or iri

    def _compact_iri(self, iri: str, vocab: bool) -> str:
        if vocab and iri in self.inverse:
            for container in ("@set", "@none"):
                choices = self.inverse[iri].get(container, {}).get("@type", {})
                for preference in ("@id", "@none"):
                    if preference in choices:
                        return str(choices[preference])
        return self._curie(iri) or iri

    def _curie(self, iri: str) -> str | None:
        """The shortest, then least, `prefix:suffix` for `iri`, if a prefix fits."""
        candidates = [
            f"{term}:{iri[len(namespace) :]}"
            for term, namespace in self.prefixes.items()
            if iri.startswith(namespace) and iri != namespace
        ]
        candidates = [c for c in candidates if c not in self.definitions]
        return min(candidates, key=lambda c: (len(c), c)) if candidates else None

    def _inverse(self) -> dict[str, dict[str, dict[str, dict[str, str]]]]:
        """IRI → container → `@language`/`@type` → preference → term, shortest and then
        least term first (the inverse context of JSON-LD 1.1, 4.3)."""
        inverse: dict[str, dict[str, dict[str, dict[str, str]]]] = {}
        for term in sorted(self.definitions, key=lambda t: (len(t), t)):
            definition = self.definitions[term]
            container = "".join(sorted(_listed(definition.get("@container", "@none"))))
            entry = inverse.setdefault(definition["@id"], {}).setdefault(
                container, {"@language": {}, "@type": {}, "@any": {}}
            )
            entry["@any"].setdefault("@none", term)
            if definition.get("@type") == "@none":
                for kind in ("@type", "@language", "@any"):
                    entry[kind].setdefault("@none", term)
            elif "@type" in definition:
                entry["@type"].setdefault(definition["@type"], term)
            else:
                entry["@language"].setdefault("@none", term)
                entry["@type"].setdefault("@none", term)
        return inverse

    @staticmethod
    def _expand(value: str, context: dict[str, Any]) -> str:
        """A context's compact IRI (`kb:text`) as the IRI it stands for."""
        prefix, colon, suffix = value.partition(":")
        if colon and not suffix.startswith("//") and isinstance(context.get(prefix), str):
            return str(context[prefix]) + suffix
        return value


_PROCESSED: dict[int, _Terms] = {}


def _add_value(target: dict[str, Any], key: str, value: Any) -> None:
    """A second value makes an array (PyLD's `add_value` with compacted arrays)."""
    if key not in target:
        target[key] = value
    elif isinstance(target[key], list):
        target[key].append(value)
    else:
        target[key] = [target[key], value]


def _listed(value: str | list[str]) -> list[str]:
    return value if isinstance(value, list) else [value]


def _iri(term: ox.NamedNode | ox.BlankNode) -> str:
    return term.value if isinstance(term, ox.NamedNode) else f"_:{term.value}"


def _in_order(terms: list[Any]) -> list[Any]:
    return sorted(terms, key=_key) if len(terms) > 1 else terms


def _key(term: Any) -> tuple[Any, ...]:
    """rdflib's order of terms (the order kb's JSON-LD has always listed values in):
    blank nodes, IRIs, then literals: numbers by value, others by datatype, language
    and lexical form."""
    if isinstance(term, ox.BlankNode):
        return (10, term.value)
    if isinstance(term, ox.NamedNode):
        return (30, term.value)
    datatype = term.datatype.value
    if datatype in _NUMERIC:
        try:
            return (40, "", "", Decimal(term.value), term.value)
        except InvalidOperation:
            pass
    if datatype == _LANG_STRING:
        datatype = _STRING
    return (40, datatype, term.language or "", 0, term.value)
