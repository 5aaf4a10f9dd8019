"""The competency questions in queries/ answer what the seed article says.

Each expected row below was written from reading the article (and the time
conventions of docs/design.md), not copied from output. The same queries answer
the same over HTTP from a real Oxigraph server loaded through `--endpoint`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.store_support import kb, oxigraph_server, select

QUERIES = ROOT / "queries"
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
    "ongoing-at-publication": [  # type, event, when, claimed or in the article's own voice
        ("armed-clash", "armed clash: North Korean troops (Kursk Oblast)", ONGOING, "reported"),
        ("arms-transfer", "arms transfer: North Korea, Russia", ONGOING, "claimed"),  # szállít
        # "továbbra is támogatni fogja"
        ("military-cooperation", "military cooperation: North Korea, Russia", ONGOING, "claimed"),
        ("war", "war: Russia, Ukraine", ONGOING, "reported"),  # háborúját
    ],
    "before-kim-statement": [  # type, event, how we know
        # "Előzőleg Andrej Belouszov ... találkozott"
        ("meeting", "meeting: Andrei Belousov, No Kwang-chol", "ordered by the text"),
    ],
    "claim-channels": [  # sentence, speaker, step, channel, when the step happened
        ("2", "Kim Jong Un", "1", NK_MEDIA, SATURDAY),
        ("2", "Kim Jong Un", "2", MTI, ""),
        ("4", "Kim Jong Un", "1", NK_MEDIA, SATURDAY),
        ("4", "Kim Jong Un", "2", MTI, ""),
        ("5", "Kim Jong Un", "1", NK_MEDIA, SATURDAY),
        ("5", "Kim Jong Un", "2", MTI, ""),
        ("6", "Andrei Belousov", "1", "TASS", ""),
        ("6", "Andrei Belousov", "2", MTI, ""),
        ("6", "TASS", "1", MTI, ""),
        ("7", "South Korea", "1", MTI, ""),
        ("7", "United States", "1", MTI, ""),
        ("9", "United States Department of Defense", "1", MTI, ""),
        ("10", "South Korea", "1", MTI, ""),
        ("11", "Russia's ambassador to the UN", "1", MTI, ""),
        ("12", "Volodymyr Zelenskyy", "1", MTI, ""),
        ("13", "South Korea", "1", MTI, ""),
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
    "sources": [  # source, kind of claim, sentence, quote
        ("North Korean media", "statement", "2", "Oroszország további támogatásáról"),
        ("North Korean media", "statement", "4", KIM_ON_THE_WEST),
        ("North Korean media", "statement", "5", KIM_ON_SUPPORT),
        ("Russia's ambassador to the UN", "denial", "11", DENIAL),
        ("South Korea", "estimate", "7", TROOPS_SENT),
        ("South Korea", "estimate", "10", "ugyanennyire saccolja a számukat"),
        (
            "South Korea",
            "report",
            "13",
            "Phenjan nehézfegyvereket, köztük önjáró lövegeket és "
            "rakéta sorozatvetőket is szállít Moszkvának",
        ),
        (
            "TASS",
            "report",
            "6",
            "Andrej Belouszov észak-koreai kollegájával, No Kvangcsollal találkozott",
        ),
        (
            "TASS",
            "statement",
            "6",
            "kiterjesztik a két hadsereg közötti hadászati és harcászati együttműködést",
        ),
        ("United States", "estimate", "7", TROOPS_SENT),
        (
            "United States Department of Defense",
            "estimate",
            "9",
            "jelenleg 11-12 ezer észak-koreai katona tartózkodik Oroszországban",
        ),
        ("Volodymyr Zelenskyy", "warning", "12", ZELENSKYY),
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
    "wikidata-links": [  # name, class, Wikidata IRI
        ("Dél-Korea", "State", "http://www.wikidata.org/entity/Q884"),
        ("ENSZ", "Organization", "http://www.wikidata.org/entity/Q1065"),
        ("Egyesült Államok", "State", "http://www.wikidata.org/entity/Q30"),
        ("Kijev", "Place", "http://www.wikidata.org/entity/Q1899"),
        ("Kim Dzsongun", "Person", "http://www.wikidata.org/entity/Q56226"),
        ("Moszkva", "Place", "http://www.wikidata.org/entity/Q649"),
        ("Oroszország", "State", "http://www.wikidata.org/entity/Q159"),
        ("Phenjan", "Place", "http://www.wikidata.org/entity/Q18808"),
        ("Szöul", "Place", "http://www.wikidata.org/entity/Q8684"),
        ("Ukrajna", "State", "http://www.wikidata.org/entity/Q212"),
        ("Vlagyimir Putyin", "Person", "http://www.wikidata.org/entity/Q7747"),
        ("Volodimir Zelenszkij", "Person", "http://www.wikidata.org/entity/Q3874799"),
        ("Észak-Korea", "State", "http://www.wikidata.org/entity/Q423"),
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


@pytest.fixture(scope="module")
def seed_store(seed_export: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article's export loaded into an embedded store."""
    store = tmp_path_factory.mktemp("seed") / "store"
    result = kb("load", seed_export, "--store", store)
    assert result.exit_code == 0, result.stderr
    return store


@pytest.fixture(scope="module")
def seed_server(seed_export: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Oxigraph server holding the seed article, loaded through --endpoint."""
    with oxigraph_server(tmp_path_factory.mktemp("served")) as url:
        result = kb("load", seed_export, "--endpoint", url)
        assert result.exit_code == 0, result.stderr
        yield url


def test_every_query_file_has_an_expected_answer() -> None:
    assert sorted(path.stem for path in QUERIES.glob("*.rq")) == sorted(EXPECTED)
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
def test_query_answers_the_same_over_http(name: str, seed_store: Path, seed_server: str) -> None:
    query = str(QUERIES / f"{name}.rq")
    assert select(query, "--endpoint", seed_server) == select(query, "--store", seed_store)
