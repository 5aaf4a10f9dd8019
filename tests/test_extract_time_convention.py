"""kb.extract.timex against the time convention settled in round 5
(docs/annotation-format.md §4.3, "Which expressions are times, and their bounds"):
every row of that table read from general Hungarian forms, with all four bounds."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.extract.timex import find_times
from kb.model import Span
from kb.timespan import Bounds, sem_bounds

WEDNESDAY = dt.date(2025, 11, 12)


def read(*sentences: str, published: dt.date = WEDNESDAY) -> list[tuple[str, Bounds]]:
    """Each time of the sentences (one text) with its four bounds."""
    spans, start = [], 0
    for sentence in sentences:
        spans.append(Span(sentence, start, start + len(sentence)))
        start += len(sentence) + 1
    times = find_times(tuple(spans), published)
    return [(t.span.text, sem_bounds(t, published)) for t in times if t.span]


def day(iso: str) -> Bounds:
    d = dt.date.fromisoformat(iso)
    return Bounds(d, None, None, d)


def between(first: str, last: str) -> Bounds:
    return Bounds(dt.date.fromisoformat(first), None, None, dt.date.fromisoformat(last))


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


ONGOING = Bounds(None, WEDNESDAY, WEDNESDAY, None)
OVER = Bounds(None, None, None, WEDNESDAY)
FROM_NOW = Bounds(WEDNESDAY, None, None, None)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("A listán jelenleg 146 készítmény szerepel.", "jelenleg"),
        ("A bajban lévőknek most kell a segítség.", "most"),
        ("A mostani járványhullám súlyos károkat okoz.", "mostani"),
        ("Idegenkezűségre egyelőre semmi nem utal.", "egyelőre"),
        ("A falvak még mindig csak helikopterrel közelíthetők meg.", "még mindig"),
        ("A rendőrség a tettest még nem azonosította.", "még nem"),
        ("A belvárosban ma is minden ötödik lakás turistáknak szól.", "ma is"),
        ("A fertőzöttek száma mára negyvenre emelkedett.", "mára"),
        ("A földi állomás továbbra is az egyetem tetején működik.", "továbbra is"),
        ("Az utazóknak továbbra sem kell módosítaniuk a terveiken.", "továbbra sem"),
    ],
)
def test_words_of_the_present_are_going_on_at_publication(sentence: str, text: str) -> None:
    assert read(sentence) == [(text, ONGOING)]


def test_mar_with_a_present_verb_is_going_on_and_with_a_past_one_is_over() -> None:
    assert read("Egyesek már részt vesznek a harcokban.") == [("már", ONGOING)]
    assert read("A kártalanítást már teljes egészében rendezték.") == [("már", OVER)]


def test_mar_csak_says_how_not_when() -> None:
    assert read("A férfit már csak holtan tudták kiemelni.") == []


def test_mar_nem_no_longer_is_going_on_at_publication() -> None:
    assert read("A fejlesztéseket már nem tudná egyedül finanszírozni.") == [("már nem", ONGOING)]


@pytest.mark.parametrize(
    ("sentence", "published", "text", "bounds"),
    [
        (
            "Az őszi járványhullámban 420 ezer baromfi pusztult el.",
            WEDNESDAY,
            "őszi",
            between("2025-09-01", "2025-11-30"),
        ),
        (
            "A győzelem azt mutatja, hogy a téli felkészülés jól sikerült.",
            d("2026-05-25"),
            "téli",
            between("2025-12-01", "2026-02-28"),
        ),
        (
            "A gazdaság kártalanítás nélkül nem éli túl a telet.",
            WEDNESDAY,
            "telet",
            between("2025-12-01", "2026-02-28"),
        ),
        (
            "Tavaly nyáron ellenőrizték a vezetékeket.",
            WEDNESDAY,
            "Tavaly nyáron",
            between("2024-06-01", "2024-08-31"),
        ),
        ("2027 nyarán adják át.", WEDNESDAY, "2027 nyarán", between("2027-06-01", "2027-08-31")),
    ],
)
def test_a_season_and_its_adjective_are_its_months(
    sentence: str, published: dt.date, text: str, bounds: Bounds
) -> None:
    assert read(sentence, published=published) == [(text, bounds)]


@pytest.mark.parametrize(
    ("sentence", "text", "bounds"),
    [
        (
            "A kamara alelnöke a hét elején arra figyelmeztetett.",
            "a hét elején",
            between("2025-11-10", "2025-11-11"),
        ),
        ("A csapat a hét végén érkezik.", "a hét végén", between("2025-11-14", "2025-11-16")),
        ("Hétvégén újabb vihar jön.", "Hétvégén", between("2025-11-15", "2025-11-16")),
    ],
)
def test_parts_of_a_week_are_their_days(sentence: str, text: str, bounds: Bounds) -> None:
    assert read(sentence) == [(text, bounds)]


def test_the_last_n_days_or_weeks_run_from_that_many_before_publication_to_it() -> None:
    assert read("Az elmúlt két hétben 300 ezren menekültek el.") == [
        ("Az elmúlt két hétben", between("2025-10-29", "2025-11-12"))
    ]
    assert read("Az elmúlt napokban többen jelentkeztek.") == [
        ("Az elmúlt napokban", between("2025-11-09", "2025-11-12"))
    ]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Az edző cáfolta, hogy a jövőben rövidebb távra vált.", "a jövőben"),
        ("Ez hosszabb távon a rezisztencia növekedéséhez vezethet.", "hosszabb távon"),
        ("A részletekről később döntenek.", "később"),
    ],
)
def test_a_vague_future_begins_after_publication(sentence: str, text: str) -> None:
    assert read(sentence) == [(text, FROM_NOW)]


def test_later_in_a_past_clause_orders_events_and_is_no_time() -> None:
    assert read("Később kiderült, hogy a férfi ittas volt.") == []


@pytest.mark.parametrize(
    ("part", "first", "last"),
    [
        ("elején", "2010-01-01", "2013-12-31"),
        ("közepén", "2014-01-01", "2016-12-31"),
        ("végén", "2017-01-01", "2019-12-31"),
    ],
)
def test_a_part_of_a_decade_is_its_years(part: str, first: str, last: str) -> None:
    assert read(f"A 2010-es évek {part} évi több tucat eset történt.") == [
        (f"A 2010-es évek {part}", between(first, last))
    ]


def test_a_part_of_a_year_is_the_year() -> None:
    assert read("Az év elején nyitották meg.") == [
        ("Az év elején", between("2025-01-01", "2025-12-31"))
    ]
    assert read("Az új blokk 2028 végén kezdi meg a termelést.") == [
        ("2028 végén", between("2028-01-01", "2028-12-31"))
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "last"),
    [
        ("A munkákkal december végéig végeznek.", "december végéig", "2025-12-31"),
        ("A kormány csütörtökig dönt a segélyről.", "csütörtökig", "2025-11-13"),
        ("A rendszerben 2030-ig 2 ezer megawattnyi kapacitás épül.", "2030-ig", "2030-12-31"),
        ("A szállítások december végére állhatnak helyre.", "december végére", "2025-12-31"),
        (
            "Az önkormányzatoknak jövő év elejéig kell kijelölniük az övezeteket.",
            "jövő év elejéig",
            "2026-12-31",
        ),
        ("A felújítás nyárra sem készülhet el.", "nyárra", "2026-08-31"),
        ("A vízvezeték-csere jövő hónap végéig elkészül.", "jövő hónap végéig", "2025-12-31"),
    ],
)
def test_a_deadline_still_to_come_runs_from_publication_to_its_last_day(
    sentence: str, text: str, last: str
) -> None:
    assert read(sentence) == [(text, Bounds(WEDNESDAY, None, None, d(last)))]


def test_a_deadline_gone_by_is_over_by_its_last_day() -> None:
    assert read("A tilalom nem vonatkozik a 2024 végéig bejegyzett lakásokra.") == [
        ("2024 végéig", Bounds(None, None, None, d("2024-12-31")))
    ]


def test_by_a_month_planned_for_is_that_month() -> None:
    assert read("A miniszter jövő hónapra tervezett látogatását elhalasztották.") == [
        ("jövő hónapra", between("2025-12-01", "2025-12-31"))
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "last"),
    [
        ("A posta csütörtökig zárva tart.", "csütörtökig", "2025-11-13"),
        ("A rendelet a hét végéig érvényes.", "a hét végéig", "2025-11-16"),
        ("Aki kéri, a hét végéig ott maradhat.", "a hét végéig", "2025-11-16"),
    ],
)
def test_a_state_holding_until_then_is_begun_by_publication(
    sentence: str, text: str, last: str
) -> None:
    assert read(sentence) == [(text, Bounds(None, WEDNESDAY, None, d(last)))]


def test_at_least_until_a_part_is_not_over_before_its_first_day() -> None:
    assert read("A hiány legalább január közepéig kitarthat.") == [
        ("legalább január közepéig", Bounds(None, WEDNESDAY, d("2026-01-11"), None))
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "first", "last"),
    [
        ("A hadihajó 1999 óta vesztegel a zátonyon.", "1999 óta", "1999-01-01", "1999-12-31"),
        (
            "Az október eleje óta regisztrált kitörések száma nőtt.",
            "október eleje óta",
            "2025-10-01",
            "2025-10-10",
        ),
        ("A csoport tavaly óta működik.", "tavaly óta", "2024-01-01", "2024-12-31"),
        ("Kedd este óta hét falut ürítettek ki.", "Kedd este óta", "2025-11-11", "2025-11-11"),
    ],
)
def test_since_a_time_begins_after_its_first_day_by_its_last_and_still_holds(
    sentence: str, text: str, first: str, last: str
) -> None:
    assert read(sentence) == [(text, Bounds(d(first), d(last), WEDNESDAY, None))]


@pytest.mark.parametrize("words", ["Hónapok óta", "Évek óta", "Évtizedek óta", "Hetek óta"])
def test_plural_units_since_are_going_on_at_publication(words: str) -> None:
    assert read(f"{words} figyeljük ezt a csillagot.") == [(words, ONGOING)]


def test_an_event_counted_back_from_publication_is_that_day() -> None:
    assert read("Három napja zárták le az utat.") == [("Három napja", day("2025-11-09"))]


def test_a_state_counted_back_is_begun_by_the_end_of_that_year_and_still_holds() -> None:
    assert read("Huszonkét éve tartok pulykát, ilyet még nem láttam.")[0] == (
        "Huszonkét éve",
        Bounds(None, d("2003-12-31"), WEDNESDAY, None),
    )


def test_a_time_counted_on_from_the_day_told_before_is_that_day() -> None:
    assert read("A férfit kedden vették őrizetbe.", "Két nappal később szabadon engedték.")[1] == (
        "Két nappal később",
        day("2025-11-13"),
    )


def test_akkor_is_the_time_it_points_back_to() -> None:
    assert read("Tavaly nyáron ellenőrizték a vezetékeket, és akkor nem találtak hibát.") == [
        ("Tavaly nyáron", between("2024-06-01", "2024-08-31")),
        ("akkor", between("2024-06-01", "2024-08-31")),
    ]
    assert read("Mozambikot tavaly márciusban is ciklon sújtotta.", "Ekkor 90 ember halt meg.")[
        1
    ] == (
        "Ekkor",
        between("2024-03-01", "2024-03-31"),
    )


def test_the_akkor_of_a_condition_is_no_time() -> None:
    assert read("Ha a tilalom marad, akkor az ágazat bevétele csökken.") == []


def test_addig_is_over_by_the_end_of_the_time_it_points_to() -> None:
    assert read("A szakszervezet a jövő héten dönt, addig folytatja az egyeztetést.") == [
        ("a jövő héten", between("2025-11-17", "2025-11-23")),
        ("addig", Bounds(None, None, None, d("2025-11-23"))),
    ]


def test_addig_before_amig_waits_for_a_condition_and_is_no_time() -> None:
    assert read("A felfüggesztés addig marad érvényben, amíg helyre nem áll a rend.") == []


def test_azota_begins_after_the_time_told_and_is_going_on() -> None:
    assert read("A franciák tavaly januárban adták át a bázist.", "Azóta csak kiképzők maradtak.")[
        1
    ] == (
        "Azóta",
        Bounds(d("2024-01-01"), WEDNESDAY, WEDNESDAY, None),
    )


def test_eddig_is_over_by_publication() -> None:
    assert read("Eddig 420 ezer baromfit öltek le.") == [("Eddig", OVER)]


def test_after_an_event_told_in_the_past_begins_after_its_day_and_is_over() -> None:
    assert read(
        "Az Országgyűlés kedden elfogadta a törvényt.",
        "Az államtitkár a szavazás után azt mondta, a módosítás a kiadókat védi.",
    )[1] == ("a szavazás után", Bounds(d("2025-11-11"), None, None, WEDNESDAY))


def test_before_an_event_told_in_the_past_is_over_by_its_day() -> None:
    assert read(
        "Az Országgyűlés kedden elfogadta a törvényt.",
        "A zárószavazás előtt a bizottság módosító javaslatot fogadott el.",
    )[1] == ("A zárószavazás előtt", Bounds(None, None, None, d("2025-11-11")))


def test_minutes_after_an_event_are_its_day() -> None:
    assert read(
        "A postát szerda délután rabolták ki.",
        "A járőrök néhány perccel a bejelentés után kiszúrták az autót.",
        published=d("2025-11-13"),
    )[1] == ("néhány perccel a bejelentés után", day("2025-11-12"))


def test_an_event_with_no_day_told_or_still_to_come_dates_nothing() -> None:
    assert read("A vezetőedző a találkozó után a játékvezetőket bírálta.") == []
    assert (
        read("Tegnap bejelentették az üzletet.", "A cég a felvásárlás után gyárat épít.")[1:] == []
    )


def test_a_clock_time_after_its_day_is_one_time_of_that_day() -> None:
    assert read("A postát szerdán 14 és 15 óra között rabolták ki.") == [
        ("szerdán 14 és 15 óra között", day("2025-11-12"))
    ]


def test_a_clock_time_alone_is_the_day_the_text_is_on() -> None:
    assert read(
        "A forgalom péntek este állt le.", "Az első bejelentés 19 óra 32 perckor érkezett."
    )[1] == ("19 óra 32 perckor", day("2025-11-07"))
    assert read("Az első bejelentés 19 óra 32 perckor érkezett.") == []


def test_a_night_runs_from_its_evening_to_the_next_day() -> None:
    assert read("A lakókat a sportcsarnokban helyezték el éjszakára.") == [
        ("éjszakára", between("2025-11-11", "2025-11-12"))
    ]


def test_a_range_of_days_runs_from_the_first_to_the_last() -> None:
    monday = d("2026-02-16")
    assert read("A négyes döntőt május 30–31-én rendezik meg.", published=monday) == [
        ("május 30–31-én", between("2026-05-30", "2026-05-31"))
    ]


def test_a_weekday_adjective_is_that_day() -> None:
    assert read("A szóvivő szerdai sajtótájékoztatóján tagadta a vádat.") == [
        ("szerdai", day("2025-11-12"))
    ]


# --- the side of publication ------------------------------------------------------------

THURSDAY = d("2025-10-16")


def test_a_weekday_of_a_plan_told_in_the_present_is_the_next_one() -> None:
    assert read(
        "A Posta azt írta, hogy az érintett posta pénteken a szokásos nyitvatartással fogadja"
        " az ügyfeleket.",
        published=THURSDAY,
    ) == [("pénteken", day("2025-10-17"))]


def test_a_weekday_told_in_the_past_is_the_last_one() -> None:
    assert read("A csomag pénteken megérkezett.", published=THURSDAY) == [
        ("pénteken", day("2025-10-10"))
    ]


def test_the_publications_own_weekday_is_the_publication_day_either_way() -> None:
    assert read("A bíróság csütörtökön dönt.", published=THURSDAY) == [
        ("csütörtökön", day("2025-10-16"))
    ]
    assert read("A bíróság csütörtökön döntött.", published=THURSDAY) == [
        ("csütörtökön", day("2025-10-16"))
    ]


def test_jovo_and_a_weekday_is_the_next_one_after_publication() -> None:
    monday = d("2026-02-16")
    assert read("A Győr jövő szombaton hazai pályán játszik.", published=monday) == [
        ("jövő szombaton", day("2026-02-21"))
    ]


def test_a_month_going_into_is_the_next_one_even_after_a_past_verb() -> None:
    monday = d("2026-02-16")
    assert read(
        "Szűcs Dorinát meghívták a válogatott márciusi tatai edzőtáborába.", published=monday
    ) == [("márciusi", between("2026-03-01", "2026-03-31"))]


def test_a_month_told_in_the_past_is_the_latest_not_after_publication() -> None:
    monday = d("2026-02-16")
    assert read("A márciusi adatok szerint az infláció csökkent.", published=monday) == [
        ("márciusi", between("2025-03-01", "2025-03-31"))
    ]


def test_a_noun_ending_in_sta_is_no_past_verb() -> None:
    assert read("A posta kedden nyit.", published=THURSDAY) == [("kedden", day("2025-10-21"))]


# --- the cases the golds settled last (round 5) ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "last"),
    [
        ("A Wizz Air a hónap végéig szünetelteti a járatait.", "hónap végéig", "2025-11-30"),
        ("Az utómunkálatok a hét végéig is eltarthatnak.", "a hét végéig", "2025-11-16"),
        ("A szerződést 2028-ig meghosszabbították.", "2028-ig", "2028-12-31"),
        (
            "Ha a vonulás decemberig elhúzódik, újabb kitörések várhatók.",
            "decemberig",
            "2025-12-31",
        ),
    ],
)
def test_a_verb_of_lasting_makes_until_a_state_begun_by_publication(
    sentence: str, text: str, last: str
) -> None:
    assert read(sentence) == [(text, Bounds(None, WEDNESDAY, None, d(last)))]


def test_holding_an_event_until_then_is_a_deadline_not_a_state() -> None:
    assert read("A felek a hónap végéig újabb fordulót tartanak.") == [
        ("hónap végéig", Bounds(WEDNESDAY, None, None, d("2025-11-30")))
    ]


def test_at_least_until_a_year_is_not_over_before_its_first_day_and_its_end_before_the_end() -> (
    None
):
    assert read("A szerződés legalább 2032-ig érvényes.")[0][1] == Bounds(
        None, WEDNESDAY, d("2032-01-01"), None
    )
    assert read("A kontingens legalább az év végéig marad.")[0][1] == Bounds(
        None, WEDNESDAY, d("2025-12-31"), None
    )


def test_a_weekdays_part_told_as_by_then_in_the_past_is_over_by_that_day() -> None:
    assert read("A lángokat kedd hajnalra sikerült lokalizálni.") == [
        ("kedd hajnalra", Bounds(None, None, None, d("2025-11-11")))
    ]


def test_a_weekday_with_re_alone_is_that_day() -> None:
    assert read("A szakszervezet csütörtökre tüntetést szervez.") == [
        ("csütörtökre", day("2025-11-13"))
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "first"),
    [
        ("Szerda éjjel kilépett a medréből a Sajó.", "Szerda éjjel", "2025-11-05"),
        (
            "A férfi 2024. október 12-én éjjel jelent meg.",
            "2024. október 12-én éjjel",
            "2024-10-12",
        ),
    ],
)
def test_a_day_with_ejjel_runs_across_midnight(sentence: str, text: str, first: str) -> None:
    start = d(first)
    assert read(sentence, published=d("2025-11-06")) == [
        (text, Bounds(start, None, None, start + dt.timedelta(days=1)))
    ]


@pytest.mark.parametrize(
    ("second", "text"),
    [
        ("A vonaton a baleset idején százötven utas tartózkodott.", "a baleset idején"),
        ("A bíró az ítélet kihirdetésekor hangsúlyozta a vádlott felelősségét.", "kihirdetésekor"),
        ("A gyakorlat ideje alatt lezárták a rakpartot.", "A gyakorlat ideje alatt"),
    ],
)
def test_at_an_event_is_the_time_of_its_day(second: str, text: str) -> None:
    assert read("A vonat kedd este kisiklott Monor határában.", second)[1] == (
        text,
        day("2025-11-11"),
    )


def test_an_events_day_is_the_one_told_in_a_sentence_naming_it() -> None:
    assert read(
        "Az Országgyűlés kedden megszavazta a törvényt.",
        "A Sándor-palota szerdán azt válaszolta, hogy az elnök dönt.",
        "A polgármester a szavazás után azt írta, hogy rendeletet alkotnak.",
    )[2] == ("a szavazás után", Bounds(d("2025-11-11"), None, None, WEDNESDAY))


def test_an_events_day_unnamed_is_the_first_day_the_article_told() -> None:
    assert read(
        "A Győr szombat este legyőzte a Metzet.",
        "A klub hétfőn bejelentette az igazolást.",
        "A francia edző a találkozó után a játékvezetőket bírálta.",
    )[2] == ("a találkozó után", Bounds(d("2025-11-08"), None, None, WEDNESDAY))


def test_ezutan_is_after_the_time_told_and_over_by_publication() -> None:
    assert read("A férfi 2024. október 12-én jelent meg.", "Ezután autóval elmenekült.")[1] == (
        "Ezután",
        Bounds(d("2024-10-12"), None, None, WEDNESDAY),
    )


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Innentől nem tervezésről, hanem építésről beszélünk.", "Innentől"),
        ("A japán befektetők hosszú távra terveznek.", "hosszú távra"),
        ("A megállapodás akár napokon belül létrejöhet.", "akár napokon belül"),
    ],
)
def test_from_now_on_begins_after_publication(sentence: str, text: str) -> None:
    assert read(sentence) == [(text, FROM_NOW)]


def test_within_a_count_runs_from_the_day_told_in_its_sentence_to_that_day_plus_the_count() -> None:
    assert read(
        "Vasárnap este felszólították a tanácsadókat, hogy harminc napon belül távozzanak."
    ) == [
        ("Vasárnap este", day("2025-11-09")),
        ("harminc napon belül", between("2025-11-09", "2025-12-09")),
    ]
    assert read("Az új hatóanyag akár öt éven belül klinikai vizsgálatokba kerülhet.") == [
        ("öt éven belül", between("2025-11-12", "2030-11-12"))
    ]


def test_within_a_count_from_an_undated_anchor_is_no_time() -> None:
    assert read("A kártérítést az eljárás lezárását követő 60 napon belül kifizetik.") == []


def test_last_year_at_this_time_is_publications_month_a_year_before() -> None:
    assert read("Luca most gyorsabb, mint tavaly ilyenkor.")[1] == (
        "tavaly ilyenkor",
        between("2024-11-01", "2024-11-30"),
    )


def test_akkor_is_also_points_back() -> None:
    assert read("Tavaly augusztusban is erdőtűz pusztított, akkor is magyar tűzoltók segítettek.")[
        1
    ] == (
        "akkor",
        between("2024-08-01", "2024-08-31"),
    )


def test_so_far_after_an_article_is_over_by_publication() -> None:
    assert read("Ez az eddig megfigyelt legerősebb kitörés.") == [("eddig", OVER)]


def test_from_a_weekday_on_is_that_days_own_time() -> None:
    assert read("A riasztás szerdától visszavonásig érvényes.") == [
        ("szerdától", day("2025-11-12"))
    ]


def test_mar_is_a_time_beside_a_time_that_only_describes_a_noun() -> None:
    assert read("A tavalyi kitörések utáni kártalanítást már teljes egészében rendezték.") == [
        ("tavalyi", between("2024-01-01", "2024-12-31")),
        ("már", OVER),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Az ügyletet még jóvá kell hagynia a versenyhivatalnak.",
        "A hatóságok jóváhagyása még hiányzik.",
    ],
)
def test_meg_with_a_present_verb_is_going_on(sentence: str) -> None:
    assert read(sentence) == [("még", ONGOING)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A hazaiak a 20. percben még 11–7-re vezettek.",
        "Várhegyi még csak negyedik lett.",
        "Ilyen kidőlt fát még soha nem láttam.",
    ],
)
def test_meg_of_a_past_narrative_or_a_degree_is_no_time(sentence: str) -> None:
    assert [t for t, _ in read(sentence) if t.lower().startswith("még")] == []


def test_mar_goes_with_the_verb_of_its_own_clause() -> None:
    assert read("Egyesek már részt vesznek a harcokban, ahová az ukrán erők betörtek.") == [
        ("már", ONGOING)
    ]


def test_a_state_that_lasted_until_a_day_gone_by_ended_on_that_day() -> None:
    friday = d("2026-03-20")
    assert read("A vita péntek hajnalig elhúzódott.", published=friday) == [
        ("péntek hajnalig", Bounds(None, None, friday, friday))
    ]


def test_a_place_named_by_an_as_noun_before_elott_is_no_event() -> None:
    assert (
        read("A vonat kedden kisiklott.", "A tüntetők a vasútállomás előtt gyülekeztek.")[1:] == []
    )
