"""kb's gazetteer: known names, adjectives and given names, read from kb/extract/data.

The data lives in `kb/extract/data/gazetteer.yaml` (hand-curated) and
`kb/extract/data/countries.yaml` (every state, generated from pycountry by
`scripts/build_gazetteer.py`); both ship inside the package, so extraction runs
offline. The index maps each name, as lower-case words, to its entry; the last word
is matched through `kb.extract.morphology.stems` by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from kb.model import EntityType, Name
from kb.read.files import YamlLoader

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class Known:
    """One gazetteer entry: an entity kb knows by name."""

    id: str
    type: EntityType
    name: Name
    wikidata: str | None = None
    affiliation: str | None = None
    adjective_en: str | None = None
    stands_for: str | None = None
    kind: str | None = None  # of a place: town, county, river, lake, region
    described_as: tuple[str, ...] = ()  # of a body its name does not tell: "párt" (Fidesz)
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Gazetteer:
    entries: dict[str, Known]
    # lower-case words → (entry id, whether the name is capitalised)
    names: dict[tuple[str, ...], tuple[str, bool]] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)
    given_foreign: frozenset[str] = frozenset()
    given_hungarian: frozenset[str] = frozenset()  # lower-case: matched through stems
    # a name's first word (never inflected) → the most words a name from it has
    starts: dict[str, int] = field(default_factory=dict)
    # names whose last word is an acronym ("BT", "ENSZ"): inflected only after a hyphen
    acronyms: frozenset[tuple[str, ...]] = frozenset()
    # names two entries share ("Tisza": the river, the party's short name) → their ids
    shared: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)

    def reach(self, first: str) -> int:
        """How many words a name beginning with the word `first` may have."""
        return self.starts.get(first.lower(), 1)


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, read once."""
    curated = yaml.load((DATA / "gazetteer.yaml").read_text(encoding="utf-8"), Loader=YamlLoader)
    countries = yaml.load((DATA / "countries.yaml").read_text(encoding="utf-8"), Loader=YamlLoader)
    overrides = {entry["iso"]: entry for entry in curated["states"]}
    entries: list[Known] = []
    for country in countries:
        override = overrides.get(country["iso"], {})
        aliases = {*country.get("aliases", ()), *override.get("aliases", ())}
        if override:
            aliases.add(country["hu"])
        entries.append(_known({**country, **override, "aliases": sorted(aliases)}, "State"))
    listed = {country["iso"] for country in countries}  # Kosovo (XK) is not in ISO 3166
    entries += [_known(e, "State") for e in curated["states"] if e["iso"] not in listed]
    entries += [_known(entry, "Place") for entry in curated["places"]]
    entries += [_known(entry, entry["type"]) for entry in curated["organizations"]]
    entries += [_known(entry, "Person") for entry in curated["persons"]]
    given = curated["given_names"]
    names: dict[tuple[str, ...], tuple[str, bool]] = {}
    adjectives: dict[str, str] = {}
    acronyms: set[tuple[str, ...]] = set()
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    for known in entries:
        for name in known.names:
            key = _words(name)
            first = names.setdefault(key, (known.id, name[0].isupper()))[0]
            if first != known.id:
                shared[key] = (*shared.get(key, (first,)), known.id)
            if _acronym(name.split()[-1]):
                acronyms.add(key)
        for adjective in known.adjectives:
            adjectives.setdefault(adjective.lower(), known.id)
    return Gazetteer(
        entries={known.id: known for known in entries},
        names=names,
        adjectives=adjectives,
        given_foreign=frozenset(given["foreign"]),
        given_hungarian=frozenset(name.lower() for name in given["hungarian"]),
        starts=_starts(names),
        acronyms=frozenset(acronyms),
        shared=shared,
    )


def _words(name: str) -> tuple[str, ...]:
    """A name's words as the tokeniser gives them, in lower case: a hyphen that leaves a
    compound's head to the next word is no part of its word ("Nemzeti Média- és
    Hírközlési Hatóság": média)."""
    return tuple(word.rstrip("-") or word for word in name.lower().split())


def _acronym(word: str) -> bool:
    """An acronym ("BT", "ENSZ", "MÁV"): Hungarian writes its endings after a hyphen
    ("ENSZ-t"), so "Btk" is no inflected "BT"."""
    return len(word) > 1 and word.isupper()


def _starts(names: dict[tuple[str, ...], tuple[str, bool]]) -> dict[str, int]:
    starts: dict[str, int] = {}
    for key in names:
        starts[key[0]] = max(starts.get(key[0], 1), len(key))
    return starts


def _known(entry: dict[str, object], type_: EntityType) -> Known:
    hu = str(entry["hu"])
    names = (hu, *map(str, entry.get("aliases", ())))  # type: ignore[call-overload]
    adjectives = tuple(map(str, entry.get("adjectives", ())))  # type: ignore[call-overload]
    if type_ in ("State", "Place") and " " not in hu:
        adjectives += (hu.lower() + "i",)  # "Ukrajna" -> "ukrajnai", "Kijev" -> "kijevi"
    return Known(
        id=str(entry["id"]),
        type=type_,
        name=Name(hu, str(entry["en"])),
        wikidata=entry.get("wikidata"),  # type: ignore[arg-type]
        affiliation=entry.get("affiliation"),  # type: ignore[arg-type]
        adjective_en=entry.get("adjective_en"),  # type: ignore[arg-type]
        stands_for=entry.get("stands_for"),  # type: ignore[arg-type]
        kind=_kind(entry, type_),
        described_as=tuple(map(str, entry.get("described_as", ()))),  # type: ignore[call-overload]
        names=names,
        adjectives=adjectives,
    )


def _kind(entry: dict[str, object], type_: EntityType) -> str | None:
    """The kind of a place: given, else a county by its name, else a town."""
    if type_ != "Place":
        return None
    if "kind" in entry:
        return str(entry["kind"])
    return "county" if str(entry["hu"]).endswith("vármegye") else "town"
