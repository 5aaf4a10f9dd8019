"""The competency questions in queries/ answer what the articles say.

With the seed article alone, each expected row below was written from reading the
article (and the time conventions of docs/design.md), not copied from output. With
every article of articles/ loaded, the exact rows are in tests/data/store/corpus/
(one CSV per query, SPARQL 1.1 CSV as `kb query --format csv` writes it): recorded
from the store, checked against the counts the issue gives from reading (31 overview
rows, 120 sources, 29 Wikidata links, 3 Kim claims), and given by every other engine
too (tests/test_engines.py).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS

from kb import ontology
from kb.vocab import KB, SCHEMA
from tests.conftest import ROOT, SEED_SLUG
from tests.store_support import FIXTURES, kb, loaded_store, oxigraph_server, select

QUERIES = ROOT / "queries"
CORPUS_ANSWERS = FIXTURES / "corpus"
BEFORE_PUBLICATION = "before 30 November 2024"  # "korábban", "nemrég", or no time at all
ONGOING = "ongoing on 30 November 2024"  # "már", "továbbra is", the present tense
MTI = "MTI (Hungarian News Agency)"
NK_MEDIA = "North Korean media"
SATURDAY = "30 November 2024"  # "szombat reggel": when North Korean media quoted Kim
TROOPS_SENT = "Észak-Korea több mint tízezer katonát küldött Oroszországba"
KIM_ON_THE_WEST = (
    "az Egyesült Államok vezetésével kényszerítették arra a kijevi vezetést, "
    "hogy hosszú hatótávolságú rakétával támadja Oroszország területét"
)
KIM_ON_SUPPORT = (
    "Észak-Korea változatlanul támogatja az Oroszországi Föderáció politikáját, hogy megvédje "
    "a szuverenitását és területi épségét a hegemóniára törekvő imperialistáktól"
)
PUBLISHED = "2024-11-30T10:12:00+01:00"
DENIAL = "észak-koreai csapatok lennének jelen a frontvonalakon"
ZELENSKYY = "az Oroszországba érkező észak-koreai katonák száma akár százezerre is nőhet"

EXPECTED: dict[str, list[tuple[str, ...]]] = {
    "timeline-kursk": [  # type, when, earliest/latest begin, earliest/latest end, precision
        ("incursion", "6 August 2024", "2024-08-06", "", "", "2024-08-06", "day"),
        (
            "troop-deployment",
            "late October 2024",
            "2024-10-21",
            "",
            "",
            "2024-10-31",
            "part-of-month",
        ),
        (
            "armed-clash",
            "early November 2024",
            "2024-11-01",
            "",
            "",
            "2024-11-10",
            "part-of-month",
        ),
        # "már részt vesznek": begun by publication and not over then
        ("armed-clash", ONGOING, "", "2024-11-30", "2024-11-30", "", "relative"),
    ],
    "ongoing-at-publication": [  # article, type, event, when, claimed or own voice
        (
            SEED_SLUG,
            "armed-clash",
            "armed clash: North Korean troops (Kursk Oblast)",
            ONGOING,
            "reported",
        ),
        # "szállít"
        (SEED_SLUG, "arms-transfer", "arms transfer: North Korea, Russia", ONGOING, "claimed"),
        # "továbbra is támogatni fogja"
        (
            SEED_SLUG,
            "military-cooperation",
            "military cooperation: North Korea, Russia",
            ONGOING,
            "claimed",
        ),
        (SEED_SLUG, "war", "war: Russia, Ukraine", ONGOING, "reported"),  # háborúját
    ],
    "before-kim-statement": [  # type, event, how we know
        # "Előzőleg Andrej Belouszov ... találkozott"
        ("meeting", "meeting: Andrei Belousov, No Kwang-chol", "ordered by the text"),
    ],
    "claim-channels": [  # article, sentence, speaker, step, channel, when the step happened
        (SEED_SLUG, "2", "Kim Jong Un", "1", NK_MEDIA, SATURDAY),
        (SEED_SLUG, "2", "Kim Jong Un", "2", MTI, ""),
        (SEED_SLUG, "4", "Kim Jong Un", "1", NK_MEDIA, SATURDAY),
        (SEED_SLUG, "4", "Kim Jong Un", "2", MTI, ""),
        (SEED_SLUG, "5", "Kim Jong Un", "1", NK_MEDIA, SATURDAY),
        (SEED_SLUG, "5", "Kim Jong Un", "2", MTI, ""),
        (SEED_SLUG, "6", "Andrei Belousov", "1", "TASS", ""),
        (SEED_SLUG, "6", "Andrei Belousov", "2", MTI, ""),
        (SEED_SLUG, "6", "TASS", "1", MTI, ""),
        (SEED_SLUG, "7", "South Korea", "1", MTI, ""),
        (SEED_SLUG, "7", "United States", "1", MTI, ""),
        (SEED_SLUG, "9", "United States Department of Defense", "1", MTI, ""),
        (SEED_SLUG, "10", "South Korea", "1", MTI, ""),
        (SEED_SLUG, "11", "Russia's ambassador to the UN", "1", MTI, ""),
        (SEED_SLUG, "12", "Volodymyr Zelenskyy", "1", MTI, ""),
        (SEED_SLUG, "13", "South Korea", "1", MTI, ""),
    ],
    "places-in-russia": [  # place, what it borders
        ("Kursk Oblast", "Ukraine"),  # "az ukrajnai határ mellett fekvő Kurszki területen"
        ("Moscow", ""),
    ],
    "pyongyang-meetings": [  # person, met, type, when
        ("Andrei Belousov", "Kim Jong Un", "statement", BEFORE_PUBLICATION),
        ("Andrei Belousov", "No Kwang-chol", "meeting", BEFORE_PUBLICATION),
    ],
    "troop-estimates": [  # by, min, min inclusive, max, max inclusive, words
        ("South Korea", "10000", "false", "", "", "több mint tízezer"),
        ("South Korea", "11000", "true", "12000", "true", "ugyanennyire"),
        ("United States", "10000", "false", "", "", "több mint tízezer"),
        ("United States Department of Defense", "11000", "true", "12000", "true", "11-12 ezer"),
    ],
    "kim-claims": [  # sentence, reported by (nearest Kim), quote
        ("2", NK_MEDIA, "Oroszország további támogatásáról"),
        ("4", NK_MEDIA, KIM_ON_THE_WEST),
        ("5", NK_MEDIA, KIM_ON_SUPPORT),
    ],
    "sources": [  # article, source, kind of claim, sentence, quote
        (SEED_SLUG, NK_MEDIA, "statement", "2", "Oroszország további támogatásáról"),
        (SEED_SLUG, "North Korean media", "statement", "4", KIM_ON_THE_WEST),
        (SEED_SLUG, "North Korean media", "statement", "5", KIM_ON_SUPPORT),
        (SEED_SLUG, "Russia's ambassador to the UN", "denial", "11", DENIAL),
        (SEED_SLUG, "South Korea", "estimate", "7", TROOPS_SENT),
        (SEED_SLUG, "South Korea", "estimate", "10", "ugyanennyire saccolja a számukat"),
        (
            SEED_SLUG,
            "South Korea",
            "report",
            "13",
            "Phenjan nehézfegyvereket, köztük önjáró lövegeket és "
            "rakéta sorozatvetőket is szállít Moszkvának",
        ),
        (
            SEED_SLUG,
            "TASS",
            "report",
            "6",
            "Andrej Belouszov észak-koreai kollegájával, No Kvangcsollal találkozott",
        ),
        (
            SEED_SLUG,
            "TASS",
            "statement",
            "6",
            "kiterjesztik a két hadsereg közötti hadászati és harcászati együttműködést",
        ),
        (SEED_SLUG, "United States", "estimate", "7", TROOPS_SENT),
        (
            SEED_SLUG,
            "United States Department of Defense",
            "estimate",
            "9",
            "jelenleg 11-12 ezer észak-koreai katona tartózkodik Oroszországban",
        ),
        (SEED_SLUG, "Volodymyr Zelenskyy", "warning", "12", ZELENSKYY),
    ],
    "month-only-dates": [  # type, month, words
        ("alliance", "2024-06", "júniusban"),
        ("treaty-signing", "2024-06", "júniusban"),
    ],
    "denials": [  # denied by, denied event (the troops' presence at the front), when, quote
        (
            "Russia's ambassador to the UN",
            "troop deployment: North Korean troops",
            BEFORE_PUBLICATION,
            DENIAL,
        ),
    ],
    "people-roles": [  # person, type, role, events
        ("Andrei Belousov", "meeting", "participant", "1"),
        ("Andrei Belousov", "statement", "addressee", "1"),
        ("Andrei Belousov", "statement", "speaker", "1"),
        ("Andrei Belousov", "visit", "visitor", "1"),
        ("Kim Jong Un", "report", "subject", "1"),
        ("Kim Jong Un", "statement", "speaker", "1"),  # one statement: the assurance
        ("Kim Jong Un", "treaty-signing", "signatory", "1"),
        ("No Kwang-chol", "meeting", "participant", "1"),
        ("Russia's ambassador to the UN", "denial", "speaker", "1"),
        ("Vladimir Putin", "treaty-signing", "signatory", "1"),
        ("Volodymyr Zelenskyy", "warning", "speaker", "1"),
    ],
    "undated-events": [  # type, how many events of it have no time in the text
        # not arms-transfer, war, military-cooperation: the present tense ("szállít",
        # "háborúját") and "továbbra is" make them ongoing at publication; "kiterjesztik"
        # is future; the conditional mutual assistance has no time at all
        ("attack", "1"),  # rakétával támadja Oroszország területét
        ("statement", "2"),  # Kim's statement to Belousov; Belousov's statement
        ("troop-deployment", "2"),  # több mint tízezer katonát küldött; jelen a frontvonalakon
        ("visit", "1"),  # a Phenjanba látogató Andrej Belouszov
        ("warning", "1"),  # Zelenszkij figyelmeztetett
    ],
    "possible-claims": [  # said by, up to, quote
        ("Volodymyr Zelenskyy", "100000", ZELENSKYY),
    ],
    "wikidata-links": [  # name, class, Wikidata IRI (Kyiv, Moscow, Seoul: named only by metonymy)
        ("Dél-Korea", "State", "http://www.wikidata.org/entity/Q884"),
        ("ENSZ", "Organization", "http://www.wikidata.org/entity/Q1065"),
        ("Egyesült Államok", "State", "http://www.wikidata.org/entity/Q30"),
        ("Kim Dzsongun", "Person", "http://www.wikidata.org/entity/Q56226"),
        ("Oroszország", "State", "http://www.wikidata.org/entity/Q159"),
        ("Phenjan", "Place", "http://www.wikidata.org/entity/Q18808"),
        ("Ukrajna", "State", "http://www.wikidata.org/entity/Q212"),
        ("Vlagyimir Putyin", "Person", "http://www.wikidata.org/entity/Q7747"),
        ("Volodimir Zelenszkij", "Person", "http://www.wikidata.org/entity/Q3874799"),
        ("Észak-Korea", "State", "http://www.wikidata.org/entity/Q423"),
    ],
    "entity-articles": [],  # the seed does not mention Hungary
    "estimate-history": [  # published, by, kind, min, max, words
        (PUBLISHED, "South Korea", "estimate", "10000", "", "több mint tízezer"),
        (PUBLISHED, "South Korea", "estimate", "11000", "12000", "ugyanennyire"),
        (PUBLISHED, "United States", "estimate", "10000", "", "több mint tízezer"),
        (
            PUBLISHED,
            "United States Department of Defense",
            "estimate",
            "11000",
            "12000",
            "11-12 ezer",
        ),
        (PUBLISHED, "Volodymyr Zelenskyy", "warning", "", "100000", "akár százezerre"),
    ],
    "conflicting-estimates": [  # unit, by, min, max, other speaker, their min, max
        ("soldier", "South Korea", "11000", "12000", "United States", "10000", ""),
        (
            "soldier",
            "United States Department of Defense",
            "11000",
            "12000",
            "South Korea",
            "10000",
            "",
        ),
        (
            "soldier",
            "United States Department of Defense",
            "11000",
            "12000",
            "United States",
            "10000",
            "",
        ),
    ],
    "article-overview": [  # headline, published, agency, about
        (
            "Észak-Korea továbbra is támogatni fogja Oroszország Ukrajna elleni háborúját",
            "2024-11-30T10:12:00+01:00",
            "MTI",
            "Oroszország",
        ),
        (
            "Észak-Korea továbbra is támogatni fogja Oroszország Ukrajna elleni háborúját",
            "2024-11-30T10:12:00+01:00",
            "MTI",
            "Észak-Korea",
        ),
    ],
}


def query_names() -> list[str]:
    """Every query in queries/, by file stem."""
    return sorted(path.stem for path in QUERIES.glob("*.rq"))


def corpus_rows(name: str) -> list[dict[str, str]]:
    """The recorded exact answer of a query over the whole corpus."""
    with (CORPUS_ANSWERS / f"{name}.csv").open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


@pytest.fixture(scope="module")
def seed_store(seed_export: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article's export loaded into an embedded store."""
    return loaded_store(seed_export, tmp_path_factory.mktemp("seed"))


@pytest.fixture(scope="module")
def corpus_store(corpus_export: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every article of articles/ loaded into an embedded store."""
    return loaded_store(corpus_export, tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def seed_server(seed_export: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Oxigraph server holding the seed article, loaded through --endpoint."""
    with oxigraph_server(tmp_path_factory.mktemp("served")) as url:
        result = kb("load", seed_export, "--endpoint", url)
        assert result.exit_code == 0, result.stderr
        yield url


def test_every_query_file_has_an_expected_answer() -> None:
    assert query_names() == sorted(EXPECTED)
    assert query_names() == sorted(path.stem for path in CORPUS_ANSWERS.glob("*.csv"))
    assert len(EXPECTED) >= 10


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_states_its_question_in_english_and_hungarian(name: str) -> None:
    first, second = (QUERIES / f"{name}.rq").read_text(encoding="utf-8").splitlines()[:2]
    assert first.startswith("# CQ (en): ") and first.endswith("?")
    assert second.startswith("# CQ (hu): ") and second.endswith("?")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_answers_what_the_article_says(name: str, seed_store: Path) -> None:
    rows = select(str(QUERIES / f"{name}.rq"), "--store", seed_store)
    assert [tuple(row.values()) for row in rows] == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_answers_exactly_with_every_article_loaded(name: str, corpus_store: Path) -> None:
    assert select(str(QUERIES / f"{name}.rq"), "--store", corpus_store) == corpus_rows(name)


@pytest.fixture(scope="module")
def exported_triples(corpus_export: Path) -> list[set[tuple[str, str, str]]]:
    """Each exported article's triples as text, read straight from its file."""
    return [
        {(str(q.subject), str(q.predicate), str(q.object)) for q in ox.parse(path=path)}
        for path in sorted(corpus_export.glob("*.trig"))
    ]


def test_wikidata_links_has_one_row_per_link_however_many_articles_repeat_it(
    exported_triples: list[set[tuple[str, str, str]]],
) -> None:
    links = set()  # (name, class, item) as the files state them, counted once
    for triples in exported_triples:
        facts: dict[tuple[str, str], set[str]] = {}
        for subject, predicate, value in triples:
            facts.setdefault((subject, predicate), set()).add(value)
        listed = {o for (_, p), os in facts.items() for o in os if p in _LISTS}
        for (entity, predicate), items in facts.items():
            if predicate != f"<{SCHEMA.sameAs}>" or entity not in listed:
                continue
            names = [n for n in facts[entity, f"<{RDFS.label}>"] if n.endswith('"@hu')]
            kinds = _concrete(k for k in facts[entity, f"<{RDF.type}>"] if k.startswith(f"<{KB}"))
            links.update(
                (name[1:-4], kind[len(str(KB)) + 1 : -1], item[1:-1])
                for name in names for kind in kinds for item in items
            )  # fmt: skip
    rows = [tuple(row.values()) for row in corpus_rows("wikidata-links")]
    assert sorted(rows) == sorted(links)


_LISTS = {f"<{SCHEMA.about}>", f"<{SCHEMA.mentions}>"}
"""How an article lists the entities it names as themselves (not only by metonymy)."""


def _concrete(kinds: Iterable[str]) -> list[str]:
    """The most specific of an entity's kb types (the data carries its super-types too)."""
    names = {k[len(str(KB)) + 1 : -1]: k for k in kinds}
    return [k for n, k in names.items() if not (set(names) - {n}) & ontology.subclasses(n)]


def test_article_overview_has_one_row_per_article_topic(
    exported_triples: list[set[tuple[str, str, str]]],
) -> None:
    about = f"<{SCHEMA.about}>"
    topics = sum(1 for triples in exported_triples for _, p, _ in triples if p == about)
    assert len(corpus_rows("article-overview")) == topics


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_answers_the_same_over_http(name: str, seed_store: Path, seed_server: str) -> None:
    query = str(QUERIES / f"{name}.rq")
    assert select(query, "--endpoint", seed_server) == select(query, "--store", seed_store)
