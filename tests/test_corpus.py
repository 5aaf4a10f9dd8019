"""Many articles, one knowledge graph: `kb load` of the corpus in articles/ keeps what
each article says in its graph and what each entity is once, in the entity graph; a
reload or removal equals a fresh load; disagreeing articles are refused up front."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
import rdflib
from rdflib.namespace import SH

from kb.store.corpus import read_summaries
from kb.store.layout import ENTITY_GRAPH
from tests.conftest import ANNOTATED, ROOT, SEED_SLUG
from tests.store_support import FIXTURES, kb, select, store_dump

CONFLICTS = FIXTURES / "conflicts"
SEED_ARTICLE = f"https://w3id.org/newskb/id/article/{SEED_SLUG}"
HUNGARY_FACTS = (
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e <http://schema.org/sameAs> "
    "<http://www.wikidata.org/entity/Q28> ; ?p ?o } } GROUP BY ?g"
)


def loaded(store: Path, *paths: Path | str) -> Path:
    result = kb("load", *paths, "--store", store)
    assert result.exit_code == 0, result.stderr
    return store


@pytest.fixture(scope="module")
def fresh_store(corpus_export: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store the whole corpus was loaded into at once (tests copy it, not change it)."""
    return loaded(tmp_path_factory.mktemp("fresh") / "store", corpus_export)


@pytest.fixture(scope="module")
def fresh(fresh_store: Path) -> bytes:
    """The canonical dump of that store."""
    return store_dump(fresh_store)


@pytest.fixture
def corpus_store(fresh_store: Path, tmp_path: Path) -> Path:
    """A copy of the freshly loaded corpus, for one test to change."""
    return Path(shutil.copytree(fresh_store, tmp_path / "store"))


@pytest.fixture(scope="module")
def without_seed(corpus_export: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The dump of a fresh load of every article but the seed."""
    folder = tmp_path_factory.mktemp("no-seed")
    for path in corpus_export.glob("*.trig"):
        if path.stem != SEED_SLUG:
            shutil.copy(path, folder)
    return store_dump(loaded(tmp_path_factory.mktemp("store") / "store", folder))


def test_only_what_articles_say_in_their_own_words_is_in_two_graphs(
    corpus_store: Path,
) -> None:
    store = ox.Store(str(corpus_store))
    graphs_of: dict[ox.Triple, set[object]] = {}
    for quad in store:
        graphs_of.setdefault(quad.triple, set()).add(quad.graph_name)
    repeated = {triple.predicate.value for triple, graphs in graphs_of.items() if len(graphs) > 1}
    assert repeated == {  # two articles giving one person the same role or employer,
        "https://w3id.org/newskb/ontology#statedRole",  # or one place the same container
        "http://schema.org/affiliation",
        "http://schema.org/containedInPlace",
        # each article carries the schemes of the concepts it uses (it validates alone),
        # and states what an entity it names only through a metonymy is (not listed by it)
        "http://www.w3.org/2004/02/skos/core#inScheme",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
        "http://www.w3.org/2000/01/rdf-schema#label",
        "http://schema.org/sameAs",
    }
    assert len(list(store.named_graphs())) == len(ANNOTATED) + 1  # and the entity graph


def test_what_hungary_is_is_stated_once_in_the_entity_graph(corpus_store: Path) -> None:
    rows = select(HUNGARY_FACTS, "--store", corpus_store)
    # kb:State with its 7 super-types, two labels, sameAs
    assert rows == [{"g": ENTITY_GRAPH.value, "n": "11"}]


def test_reloading_an_article_equals_a_fresh_load(
    corpus_export: Path, fresh: bytes, corpus_store: Path, tmp_path: Path
) -> None:
    seed = corpus_export / f"{SEED_SLUG}.trig"
    edited = tmp_path / seed.name  # another version: a new headline, one more mention
    edited.write_text(
        seed.read_text(encoding="utf-8")
        .replace("továbbra is támogatni fogja", "tovább támogatja")
        .replace("schema1:mentions", "schema1:mentions <https://w3id.org/newskb/id/entity/x>,", 1),
        encoding="utf-8",
    )
    loaded(corpus_store, edited)
    assert store_dump(corpus_store) != fresh
    loaded(corpus_store, seed)
    assert store_dump(corpus_store) == fresh


def test_removing_an_article_equals_a_fresh_load_without_it(
    corpus_export: Path, without_seed: bytes, corpus_store: Path
) -> None:
    store = corpus_store
    result = kb("load", "--remove", SEED_SLUG, "--store", store)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith(", 1 removed\n")
    assert store_dump(store) == without_seed


def test_removing_then_loading_again_equals_a_fresh_load(
    corpus_export: Path, fresh: bytes, corpus_store: Path
) -> None:
    store = corpus_store
    loaded(store, "--remove", SEED_SLUG)
    loaded(store, corpus_export / f"{SEED_SLUG}.trig")
    assert store_dump(store) == fresh


def test_an_entity_no_article_lists_any_more_leaves_the_entity_graph(tmp_path: Path) -> None:
    store = loaded(tmp_path / "store", CONFLICTS / "paris-city.trig")
    loaded(store, "--remove", "paris-city")
    assert store_dump(store) == b""


def test_loading_unchanged_articles_again_writes_nothing(
    corpus_export: Path, fresh: bytes, corpus_store: Path
) -> None:
    store = corpus_store
    result = kb("load", corpus_export, "--store", store)
    unchanged = f"{len(ANNOTATED)} unchanged"
    assert result.stdout.endswith(f"loaded 0 graph(s), 0 triples, into {store}, {unchanged}\n")
    assert store_dump(store) == fresh


def test_removing_an_article_that_is_not_loaded_is_exit_2(tmp_path: Path) -> None:
    store = loaded(tmp_path / "store", CONFLICTS / "paris-city.trig")
    result = kb("load", "--remove", "no-such-article", "--store", store)
    assert result.exit_code == 2
    assert "--remove: <https://w3id.org/newskb/id/article/no-such-article> is not in the store" in (
        result.stderr
    )


def test_conflicting_articles_are_reported_one_line_each_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    store = loaded(tmp_path / "store", CONFLICTS / "paris-city.trig")
    before = store_dump(store)
    result = kb("load", CONFLICTS / "paris-person.trig", "--store", store)
    assert result.exit_code == 1
    loaded_city = "<https://w3id.org/newskb/id/article/paris-city> (loaded)"
    person = CONFLICTS / "paris-person.trig"
    assert result.stderr.splitlines()[-3:] == [
        f'  <https://w3id.org/newskb/id/entity/paris>: Wikidata "wd:Q47899" in {person}, '
        f'"wd:Q90" in {loaded_city}',
        f'  <https://w3id.org/newskb/id/entity/paris>: label@hu "Paris Hilton" in {person}, '
        f'"Párizs" in {loaded_city}',
        f'  <https://w3id.org/newskb/id/entity/paris>: type "kb:Person" in {person}, '
        f'"kb:Place" in {loaded_city}',
    ]
    assert "3 conflict(s) between articles" in result.stderr
    assert store_dump(store) == before


def test_conflicts_within_one_load_name_both_files(tmp_path: Path) -> None:
    city, person = CONFLICTS / "paris-city.trig", CONFLICTS / "paris-person.trig"
    result = kb("load", city, person, "--store", tmp_path / "store")
    assert result.exit_code == 1
    assert f'type "kb:Place" in {city}, "kb:Person" in {person}' in result.stderr
    assert not (tmp_path / "store").exists()


def test_a_disagreement_many_articles_repeat_is_reported_once(tmp_path: Path) -> None:
    person = (CONFLICTS / "paris-person.trig").read_text(encoding="utf-8")
    for copy in ("paris-person-2", "paris-person-3"):
        again = person.replace("article/paris-person>", f"article/{copy}>")
        (tmp_path / f"{copy}.trig").write_text(again, encoding="utf-8")
    city, first = CONFLICTS / "paris-city.trig", CONFLICTS / "paris-person.trig"
    result = kb("load", city, first, tmp_path, "--store", tmp_path / "store")
    assert result.exit_code == 1
    assert "3 conflict(s) between articles" in result.stderr  # type, label, Wikidata
    assert f'type "kb:Place" in {city}, "kb:Person" in {first}' in result.stderr


def test_pass_one_keeps_one_description_per_entity_not_one_per_article(
    corpus_export: Path, tmp_path: Path
) -> None:
    seed = (corpus_export / f"{SEED_SLUG}.trig").read_text(encoding="utf-8")
    copies = []
    for copy in range(3):
        path = tmp_path / f"copy-{copy}.trig"
        path.write_text(seed.replace(SEED_ARTICLE, f"{SEED_ARTICLE}-c{copy}"), encoding="utf-8")
        copies.append(path)
    given = read_summaries(copies)
    assert len(given.articles) == 3
    assert given.described  # the seed's entities…
    assert all(len(said) == 1 for said in given.described.values())  # …each said once


def test_two_ids_for_one_wikidata_item_are_refused(tmp_path: Path) -> None:
    store = loaded(tmp_path / "store", CONFLICTS / "paris-city.trig")
    result = kb("load", CONFLICTS / "paris-again.trig", "--store", store)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        "  wd:Q90: Wikidata item of <https://w3id.org/newskb/id/entity/paris-france> in "
        f"{CONFLICTS / 'paris-again.trig'}, <https://w3id.org/newskb/id/entity/paris> in "
        "<https://w3id.org/newskb/id/article/paris-city> (loaded)"
    )


def test_check_corpus_reports_every_conflict_and_exits_1() -> None:
    result = kb("check-corpus", CONFLICTS)
    assert result.exit_code == 1
    assert "4 conflict(s) between articles" in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.startswith("  ")]) == 4


def test_check_corpus_passes_the_articles_of_the_repository(corpus_export: Path) -> None:
    result = kb("check-corpus", corpus_export)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"{len(ANNOTATED)} article(s), ")
    assert result.stdout.endswith(" entities: no conflicts\n")


def test_an_exported_article_still_says_what_its_entities_are(corpus_export: Path) -> None:
    trig = corpus_export / f"{SEED_SLUG}.trig"
    quads = list(ox.parse(path=trig, format=ox.RdfFormat.TRIG))
    assert {quad.graph_name.value for quad in quads} == {SEED_ARTICLE}  # type: ignore[union-attr]
    same_as = ox.NamedNode("http://schema.org/sameAs")
    assert len([quad for quad in quads if quad.predicate == same_as]) == 13


CORPUS_SHAPES = ROOT / "shapes" / "kb-corpus-shapes.ttl"


def entity_graph(store: Path) -> rdflib.Graph:
    """The store's entity graph, as rdflib reads it."""
    handle = ox.Store(str(store))
    try:
        quads = handle.quads_for_pattern(None, None, None, ENTITY_GRAPH)
        text = ox.serialize([quad.triple for quad in quads], format=ox.RdfFormat.N_TRIPLES)
    finally:
        del handle
    return rdflib.Graph().parse(data=text or b"", format="nt")


def test_the_entity_graph_of_the_corpus_conforms_to_the_corpus_shapes(
    corpus_store: Path,
) -> None:
    conforms, _, report = pyshacl.validate(
        entity_graph(corpus_store), shacl_graph=str(CORPUS_SHAPES)
    )
    assert conforms, report


def test_the_corpus_shapes_catch_what_conflicting_articles_would_merge() -> None:
    merged = rdflib.Graph()  # what a union of the three descriptions would say
    for path in CONFLICTS.glob("*.trig"):
        dataset = rdflib.Dataset()
        dataset.parse(path, format="trig")
        for graph in dataset.graphs():
            merged += graph
    conforms, report, _ = pyshacl.validate(merged, shacl_graph=str(CORPUS_SHAPES))
    messages = {str(message) for message in report.objects(None, SH.resultMessage)}
    assert not conforms
    assert messages >= {
        "Two articles give this entity different types; make them agree.",
        "Two articles give this entity different labels in one language.",
        "Two articles link this entity to different Wikidata items.",
        "Two entity ids stand for this Wikidata item; use one id.",
    }
