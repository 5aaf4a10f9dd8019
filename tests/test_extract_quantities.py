"""kb.extract.quantities: Hungarian numbers as ranges."""

from __future__ import annotations

import pytest

from kb.extract.quantities import find_quantities, parse_number_word
from kb.model import Quantity, Span


def quantities(sentence: str) -> list[Quantity]:
    return find_quantities(sentence, Span(sentence, 0, len(sentence)))


@pytest.mark.parametrize(
    ("word", "value"),
    [("tízezer", 10_000), ("százezerre", 100_000), ("tizenkétezer", 12_000),
     ("háromszázmilliárd", 300_000_000_000), ("huszonöt", 25), ("hatalom", None)],
)  # fmt: skip
def test_a_numeral_word_is_read_even_inflected(word: str, value: int | None) -> None:
    assert parse_number_word(word) == value


def test_more_than_is_an_exclusive_lower_bound() -> None:
    (q,) = quantities("Több mint tízezer katonát küldött.")
    assert (q.span.text, q.min, q.max, q.min_inclusive) == (
        "Több mint tízezer",
        10_000,
        None,
        False,
    )
    assert q.unit is not None and q.unit.en == "soldier"


def test_a_figure_range_with_a_multiplier_is_a_closed_range() -> None:
    (q,) = quantities("Jelenleg 11-12 ezer katona tartózkodik ott.")
    assert (q.span.text, q.min, q.max) == ("11-12 ezer", 11_000, 12_000)


def test_akar_is_an_inclusive_upper_bound_with_the_unit_before() -> None:
    (q,) = quantities("A katonák száma akár százezerre is nőhet.")
    assert (q.span.text, q.min, q.max, q.max_inclusive) == ("akár százezerre", None, 100_000, True)
    assert q.unit is not None and q.unit.hu == "katona"


def test_ugyanennyi_repeats_the_previous_range() -> None:
    found = quantities(
        "A Pentagon szerint 11-12 ezer katona van ott, Szöul is ugyanennyire becsüli."
    )
    assert [(q.min, q.max) for q in found] == [(11_000, 12_000), (11_000, 12_000)]


def test_a_bare_small_numeral_is_no_quantity() -> None:
    assert quantities("A két ország szövetséget kötött.") == []


def test_a_number_inside_a_date_is_no_quantity() -> None:
    sentence = "Az ukrán erők augusztus 6-án törtek be."
    date = Span("augusztus 6-án", 14, 28)
    assert find_quantities(sentence, Span(sentence, 0, len(sentence)), times=(date,)) == []


def test_mintegy_keeps_the_number_and_marks_it_approximate() -> None:
    (q,) = quantities("A hatóság mintegy háromszáz embert telepített ki.")
    assert (q.span.text, q.min, q.max, q.approximate) == ("mintegy háromszáz", 300, 300, True)


def test_a_plain_number_is_not_approximate() -> None:
    (q,) = quantities("Háromszáz embert telepítettek ki.")
    assert not q.approximate


def test_a_decimal_comma_keeps_the_decimal() -> None:
    (q,) = quantities("Az infláció 4,5 százalék volt.")
    assert (q.min, q.max) == (4.5, 4.5)


def test_chained_multipliers_multiply() -> None:
    (q,) = quantities("A beruházás mintegy 2 ezer milliárd forintba kerül.")
    assert (q.span.text, q.min, q.max, q.approximate) == (
        "mintegy 2 ezer milliárd",
        2 * 10**12,
        2 * 10**12,
        True,
    )


def test_an_inflected_thousand_multiplies() -> None:
    (q,) = quantities("A rendőrség több mint 40 ezret számolt.")
    assert (q.span.text, q.min, q.max) == ("több mint 40 ezret", 40_000, None)


@pytest.mark.parametrize(
    "sentence", ["A T-72-es harckocsik kigyulladtak.", "Az F16-osok leszálltak."]
)
def test_a_model_number_is_no_count(sentence: str) -> None:
    assert quantities(sentence) == []


def test_nearly_is_an_exclusive_upper_bound() -> None:
    (q,) = quantities("A tűz csaknem háromezer hektárt érintett.")
    assert (q.span.text, q.min, q.max, q.max_inclusive) == ("csaknem háromezer", None, 3000, False)


def test_a_postposition_after_the_noun_bounds_the_number() -> None:
    below, above = quantities("A várakozás 150 nap alatt, a drágulás 90 százalék felett marad.")
    assert ((below.min, below.max), (above.min, above.max)) == ((None, 150), (90, None))


def test_a_hedged_small_numeral_is_a_quantity() -> None:
    (q,) = quantities("Legalább két ember megsérült.")
    assert (q.span.text, q.min, q.max) == ("Legalább két", 2, None)


def test_meghaladja_is_an_exclusive_lower_bound() -> None:
    (q,) = quantities("A kár meghaladja a 650 millió forintot.")
    assert (q.min, q.max, q.min_inclusive) == (650_000_000, None, False)


def test_nem_haladja_meg_is_an_inclusive_upper_bound() -> None:
    (q,) = quantities("Az üres álláshelyek száma nem haladja meg a 2 ezret.")
    assert (q.min, q.max, q.max_inclusive) == (None, 2000, True)


def test_several_of_a_multiplier_is_at_least_two_of_it() -> None:
    (q,) = quantities("A kár több milliárd forint is lehet.")
    assert (q.span.text, q.min, q.max) == ("több milliárd", 2_000_000_000, None)


def test_akar_before_a_range_keeps_the_range() -> None:
    (q,) = quantities("Az utasszám akár 15-20 százalékkal is csökkenhet.")
    assert (q.min, q.max) == (15, 20)


def test_a_hedge_reads_past_tovabbi() -> None:
    (q,) = quantities("A vízszint akár további ötven centiméterrel emelkedhet.")
    assert (q.span.text, q.min, q.max) == ("akár további ötven", None, 50)


def test_a_range_of_numeral_words_is_a_closed_range() -> None:
    (q,) = quantities("A leépítés hatszáz-nyolcszáz munkahelyet érint.")
    assert (q.min, q.max) == (600, 800)


def test_half_is_fifty_per_cent() -> None:
    (q,) = quantities("Az aszály a termés akár felét is elviheti.")
    assert (q.min, q.max) == (None, 50)


@pytest.mark.parametrize(
    "sentence",
    ["A 150-es vonal felújítása csúszik.", "A 2022-es választás után.", "A 44 éves ügyvéd.",
     "A munka csak 2026 második felében zárul.", "A 65 év felettiek ingyen utaznak.",
     "A forgalom este nyolc óra után állt helyre."],
)  # fmt: skip
def test_a_designation_an_age_a_clock_or_a_year_is_no_count(sentence: str) -> None:
    assert quantities(sentence) == []


def test_a_small_numeral_counting_people_or_with_a_unit_is_a_quantity() -> None:
    found = quantities("Egy ember meghalt, négyen megsérültek, az ár kilenc százalékkal nőtt.")
    assert [q.min for q in found] == [1, 4, 9]


def test_minusz_makes_a_range_below_zero() -> None:
    (q,) = quantities("Éjszaka mínusz 8-10 fokig süllyed a hőmérséklet.")
    assert (q.min, q.max) == (-10, -8)


def test_n_es_m_kozott_is_a_closed_range_sharing_the_multiplier() -> None:
    (q,) = quantities("A kár 150 és 200 millió forint között lehet.")
    assert (q.min, q.max) == (150_000_000, 200_000_000)


def test_years_between_are_no_range() -> None:
    assert quantities("A cég 2018 és 2022 között működött.") == []


def test_a_clock_between_is_no_quantity() -> None:
    assert quantities("Az ügyfélszolgálat 9 és 17 óra között hívható.") == []


def test_a_quarter_or_a_third_is_a_share_in_per_cent() -> None:
    (q,) = quantities("A hirdetések száma nagyjából negyedével csökkent.")
    assert (q.min, q.max, q.approximate) == (25, 25, True)
    (q,) = quantities("A jegyek harmada elkelt.")
    assert (q.min, q.max) == (33.3, 33.3)


def test_the_last_quarter_of_a_stretch_is_no_share() -> None:
    assert quantities("A táv utolsó negyedében gyorsított.") == []


def test_akar_reaches_over_the_article_and_a_per_unit_word() -> None:
    (q,) = quantities("A drágulás akár a 10 százalékot is elérheti.")
    assert (q.min, q.max) == (None, 10)
    (q,) = quantities("Akár napi 3500 hívás is lehet.")
    assert (q.min, q.max) == (None, 3500)


def test_approaching_a_number_is_an_exclusive_upper_bound() -> None:
    (q,) = quantities("Az ár megközelíti az 1,3 millió forintot.")
    assert (q.min, q.max, q.max_inclusive) == (None, 1_300_000, False)


def test_a_figure_glued_to_a_capital_names_a_model() -> None:
    assert quantities("A Leopard 2A7HU harckocsik és az 5G hálózat.") == []


def test_egy_before_a_time_unit_is_the_article() -> None:
    assert quantities("A mentők egy nappal később érkeztek.") == []


def test_nehany_szaz_gives_no_number() -> None:
    assert quantities("A hajó néhány száz méterrel előtte megállt.") == []


def test_an_age_told_with_korul_is_no_quantity() -> None:
    assert quantities("Egy 60 év körüli asszonyt mentettek ki.") == []


def test_a_season_of_a_year_is_a_time() -> None:
    assert quantities("A katonák 2023 ősze óta vannak itt.") == []


def test_a_dozen_of_people_together_is_twelve_several_dozens_more() -> None:
    (q,) = quantities("A romok alatt még tucatnyian lehetnek.")
    assert (q.min, q.max) == (12, 12)
    (q,) = quantities("A romok alatt még több tucatnyian lehetnek.")
    assert (q.min, q.max) == (24, None)


def test_more_than_told_by_a_comparison_is_an_exclusive_lower_bound() -> None:
    (q,) = quantities("A következő napokban 5-ösnél erősebb utórengés is jöhet.")
    assert (q.min, q.max, q.min_inclusive) == (5, None, False)


def test_a_negated_comparison_bounds_at_the_number_itself() -> None:
    (q,) = quantities("Éjszaka sem lesz 22 foknál hűvösebb.")
    assert (q.min, q.max, q.min_inclusive) == (22, None, True)


def test_a_half_added_to_a_number_word_keeps_its_multiplier() -> None:
    (q,) = quantities("A felújítás másfél milliárd forintba kerül.")
    assert (q.min, q.max) == (1_500_000_000, 1_500_000_000)
    (q,) = quantities("Két és fél millió ember érintett.")
    assert (q.min, q.max) == (2_500_000, 2_500_000)


def test_a_hedged_range_of_halves_is_the_range() -> None:
    (q,) = quantities("Igyon naponta legalább két-két és fél liter vizet.")
    assert (q.min, q.max) == (2, 2.5)


def test_a_thousand_billions_multiply() -> None:
    (q,) = quantities("Ezermilliárd forintot költöttek.")
    assert q.min == 10**12
