"""kb.extract.claims: who said it, read from the words around the quote."""

from __future__ import annotations

import datetime as dt

from kb.extract.claims import find_claims
from kb.extract.context import sentences_with_context
from kb.extract.entities import find_entities
from kb.extract.quantities import find_quantities
from kb.extract.timex import find_times
from kb.model import Claim, Span

WEDNESDAY = dt.date(2025, 6, 4)


def claims(*sentences: str) -> list[Claim]:
    """The claims of an article whose body is `sentences` (after a headline)."""
    lines = ("Cím", *sentences)
    spans, start = [], 0
    for line in lines:
        spans.append(Span(line, start, start + len(line)))
        start += len(line) + 1
    text = " ".join(lines)
    entities = find_entities(text, tuple(spans))
    context = sentences_with_context(tuple(spans), entities, find_times(tuple(spans), WEDNESDAY))
    found = [find_quantities(text, span) for span in spans]
    return list(find_claims(context, found))


def test_the_speaker_after_the_dash_is_read_not_the_previous_one() -> None:
    found = claims(
        "Orbán Viktor szerint a gazdaság nő.",
        "„A béreket emeljük” – mondta Kovács Ádám.",
    )
    assert found[-1].speakers == ("adam-kovacs",)
    assert found[-1].quote.text == "A béreket emeljük"


def test_an_officials_nationality_is_not_a_second_speaker() -> None:
    (claim,) = claims("Andrej Belouszov orosz védelmi miniszter szerint a front stabil.")
    assert claim.speakers == ("andrei-belousov",)


def test_a_person_speaking_at_a_bodys_meeting_is_the_speaker_not_the_host() -> None:
    (claim,) = claims("A kormány ülésén Kovács Ádám tagadta, hogy lemond.")
    assert (claim.speakers, claim.stance) == (("adam-kovacs",), "denies")


def test_a_noun_of_a_reporting_verb_is_no_reporting_verb() -> None:
    assert claims("A kormány nyilatkozata a héten jelent meg.") == []


def test_a_nationality_before_an_office_alone_makes_the_state_no_speaker() -> None:
    assert all(
        c.speakers != ("hungary",)
        for c in claims("A magyar külügyminiszter szerint a front stabil.")
    )


def test_the_speaker_of_a_verb_is_the_agent_of_its_own_clause() -> None:
    found = claims("Szerbia nem reagált, Koszovó azonban tagadta, hogy köze lenne az ügyhöz.")
    assert [c.speakers for c in found] == [("kosovo",)]


def test_a_speakers_phrase_reads_past_adjectives_to_the_name() -> None:
    (claim,) = claims("Hankó Balázs kulturális és innovációs miniszter szerint az eredmény jó.")
    assert claim.speakers == ("balazs-hanko",)


def test_too_few_words_between_speaker_and_verb_are_no_claim() -> None:
    assert claims("Tóth Gergely tűzoltó közölte.") == []


def test_a_colon_after_the_verb_opens_the_claim() -> None:
    (claim,) = claims("Kovács Ádám hangsúlyozta: a gát kitart.")
    assert (claim.speakers, claim.quote.text) == (("adam-kovacs",), "a gát kitart")


def test_an_unnamed_official_with_a_nationality_is_the_speaker_not_the_state() -> None:
    (claim,) = claims("A spanyol miniszterelnök úgy fogalmazott, hogy ez elfogadhatatlan.")
    assert claim.speakers == ("spanyol-miniszterelnok",)


def test_the_owner_of_the_office_that_speaks_is_no_speaker() -> None:
    (claim,) = claims("Az Európai Bizottság szóvivője közölte, hogy a tárgyalások folytatódnak.")
    assert "european-commission" not in claim.speakers


def test_an_adjective_of_a_body_is_no_speaker() -> None:
    found = claims(
        "– A megállapodás végrehajtása nem várhat tovább – hangsúlyozta az uniós diplomata."
    )
    assert all("european-union" not in c.speakers for c in found)


def test_a_subject_the_rules_do_not_know_ends_the_previous_speakers_turn() -> None:
    found = claims(
        "Orbán Viktor szerint a gazdaság nő.",
        "A párizsi zenekar közölte, hogy kivonja a katonákat.",
        "„Nem maradunk” – tette hozzá.",
    )
    assert [c.quote.text for c in found] == ["a gazdaság nő"]


def test_a_dropped_subject_continues_the_previous_speaker() -> None:
    found = claims("Kovács Ádám szerint a gát kitart.", "Hozzátette, hogy a víz apad.")
    assert [(c.speakers, c.quote.text) for c in found][-1] == (("adam-kovacs",), "a víz apad")


def test_an_unnamed_speaker_before_szerint_keeps_a_quotation_from_the_previous_one() -> None:
    found = claims(
        "Kovács Ádám szerint a gát kitart.",
        "A tanács szerint a büntetés „arányos a tett súlyával”.",
    )
    assert len(found) == 1


def test_szerint_after_a_clause_reads_the_claim_after_it() -> None:
    (claim,) = claims(
        "A járatok sűrűn jártak, a rendőrség szerint a szurkolók többsége tömegközlekedéssel"
        " érkezett."
    )
    assert claim.quote.text == "a szurkolók többsége tömegközlekedéssel érkezett"


def test_szerinte_points_back_to_the_agent_of_its_sentence() -> None:
    (claim,) = claims("Kovács Ádám bírálta a döntést, szerinte a kormány feladja az ígéretét.")
    assert (claim.speakers, claim.quote.text) == (("adam-kovacs",), "a kormány feladja az ígéretét")


def test_a_source_noun_owned_by_the_name_just_before_is_its_speakers() -> None:
    (claim,) = claims(
        "A Magyar Biztosítók Szövetsége első becslése szerint a kár 3-4 milliárd forint."
    )
    assert (claim.speakers, claim.type) == (("mabisz",), "estimate")


def test_a_prefix_after_the_verb_makes_it_a_reporting_verb() -> None:
    (claim,) = claims("Új gyárat épít a cég Debrecenben – jelentette be kedden Szijjártó Péter.")
    assert (claim.speakers, claim.quote.text) == (
        ("peter-szijjarto",),
        "Új gyárat épít a cég Debrecenben",
    )


def test_another_prefix_after_the_verb_makes_another_verb() -> None:
    assert claims("Homokzsákokból gátat állítottak fel a tűzoltók.") == []
    assert claims("A tűzoltók egy idős asszonyt daruval emeltek ki a háza tetejéről.") == []


def test_a_turn_opened_by_a_dash_is_the_speaker_of_the_closing_verb() -> None:
    first, second = claims(
        "– Ez az év legnagyobb ügye.", "Az elkövetők szervezetten dolgoztak – mondta Kovács Ádám."
    )
    assert first.speakers == second.speakers == ("adam-kovacs",)


def test_a_closing_verb_naming_someone_unknown_reuses_nobody() -> None:
    found = claims(
        "Kovács Ádám szerint a gát kitart.", "„Nem tudjuk elvetni a búzát” – mondta a gazda."
    )
    assert len(found) == 1


def test_each_reporting_verb_of_a_sentence_tells_its_own_claim() -> None:
    said, denied = claims("Kovács Ádám azt mondta, a kár nagy, és tagadta, hogy hibáztak volna.")
    assert (said.quote.text, said.stance) == ("a kár nagy", "asserts")
    assert (denied.quote.text, denied.stance) == ("hibáztak volna", "denies")


def test_the_named_person_of_an_apposition_is_the_speaker() -> None:
    (claim,) = claims(
        "Fehér Bence, a Szabad Jövő Mozgalom elnöke azt állította, hogy a párt megállapodott."
    )
    assert claim.speakers == ("bence-feher",)


def test_a_claim_told_before_its_verb_needs_a_topic() -> None:
    assert claims("A MÁV a honlapján és a Facebook-oldalán is tájékoztatja az utasokat.") == []


def test_a_denied_report_is_the_deniers_claim() -> None:
    found = claims(
        "A BMW cáfolta azokat a sajtóértesüléseket, amelyek szerint a központ termelést"
        " helyezne át."
    )
    claim = next(c for c in found if c.type == "denial")
    assert (claim.speakers, claim.stance) == (("bmw",), "denies")
    assert claim.quote.text == "a központ termelést helyezne át"


def test_a_claim_takes_the_quantity_its_predicate_is_about() -> None:
    (claim,) = claims("Kovács Ádám szerint a 199 képviselőből 133 szavazott igennel.")
    assert claim.quantity is not None and claim.quantity.min == 133


def test_the_whole_a_share_is_taken_out_of_is_not_the_claims_quantity() -> None:
    (claim,) = claims("Kovács Ádám szerint a cég 140 gépe közül több mint 90-et fertőztek meg.")
    assert claim.quantity is not None and claim.quantity.min == 90


def test_each_clause_stating_a_quantity_is_its_own_claim() -> None:
    found = claims(
        "Kovács Ádám szerint mintegy 210 embert láttak el, közülük 14 embert kórházba"
        " kellett szállítani."
    )
    assert [(c.quote.text, c.quantity and c.quantity.min) for c in found] == [
        ("mintegy 210 embert láttak el", 210),
        ("közülük 14 embert kórházba kellett szállítani", 14),
    ]


def test_an_amount_and_its_conversion_stay_one_claim() -> None:
    (claim,) = claims(
        "Kovács Ádám szerint tizenkétmillió euró, mintegy 4,7 milliárd forint tőkét vontak be."
    )
    assert claim.quantity is not None and claim.quantity.min == 12_000_000


def test_a_headline_claim_is_read_only_after_szerint() -> None:
    spans = [Span("Peking szerint a tárgyalás jó", 0, 29), Span("Orbán Viktor hozzátette.", 30, 54)]
    text = " ".join(s.text for s in spans)
    entities = find_entities(text, tuple(spans))
    context = sentences_with_context(tuple(spans), entities, ())
    (claim,) = find_claims(context, [[], []])
    assert (claim.speakers, claim.quote.text) == (("china",), "a tárgyalás jó")


def test_a_sentence_adverb_names_no_subject() -> None:
    found = claims("Kovács Ádám szerint a gát kitart.", "Eszerint kijelentette, hogy a víz apad.")
    assert found[-1].speakers == ("adam-kovacs",)


def test_a_report_named_once_speaks_for_its_owner_later() -> None:
    first, second = claims(
        "Egy év alatt csökkent a várakozók száma – derül ki a Belügyminisztérium jelentéséből.",
        "A jelentés szerint a legtöbben szürkehályog-műtétre várnak.",
    )
    assert first.speakers == second.speakers == ("belugyminiszterium",)


def test_ezt_before_the_verb_points_to_the_clause_before() -> None:
    (claim,) = claims(
        "A vasútvonalon a kapacitást is bővítik, ezt a MÁV a hónap elején jelentette be."
    )
    assert (claim.speakers, claim.quote.text) == (
        ("mav",),
        "A vasútvonalon a kapacitást is bővítik",
    )


def test_kiderult_alone_names_no_speaker() -> None:
    found = claims("Kovács Ádám szerint a gát kitart.", "Közben kiderült, hogy a munka csúszik.")
    assert len(found) == 1


def test_parallel_clauses_each_with_a_quantity_are_claims_of_their_own() -> None:
    found = claims("Kovács Ádám szerint térdprotézisre 210 nap, szürkehályogra 60 nap a várakozás.")
    assert [c.quantity and c.quantity.min for c in found] == [210, 60]


def test_a_speaker_read_back_from_an_earlier_sentence_is_less_certain() -> None:
    named, carried = claims("Kovács Ádám szerint a gát kitart.", "Hozzátette, hogy a víz apad.")
    assert named.prov.confidence > carried.prov.confidence


def test_a_quotation_not_closed_in_its_sentence_keeps_the_previous_speaker_out() -> None:
    found = claims(
        "Orbán Viktor szerint a gazdaság nő.",
        "„A béreket emeljük.",
        "Ez biztos” – mondta Kovács Ádám.",
    )
    assert [(c.speakers, c.quote.text) for c in found] == [
        (("viktor-orban",), "a gazdaság nő"),
        (("adam-kovacs",), "Ez biztos"),
    ]


def test_an_unknown_speaker_talking_to_a_news_outlet_leaves_the_outlet_as_source() -> None:
    (claim,) = claims("A sportért felelős illetékes az MTI-nek azt mondta, hogy a futam marad.")
    assert (claim.speakers, claim.source, claim.quote.text) == ((), "mti", "a futam marad")
    assert claim.prov.confidence < 0.6


def test_a_second_verb_of_an_unknown_subject_is_not_the_previous_speakers() -> None:
    found = claims(
        "Kovács Ádám szerint a gát kitart.",
        "A párizsi zenekar tagadta, hogy kivonulna, és közölte, hogy marad.",
    )
    assert [c.speakers for c in found] == [("adam-kovacs",)]


def test_a_quotation_opening_a_clause_of_its_own_leaves_the_clause_before_a_claim() -> None:
    found = claims(
        "Kovács Ádám azt mondta, hogy a család elégedett az ítélettel, „de ez nem hozza vissza”."
    )
    assert sorted(c.quote.text for c in found) == [
        "a család elégedett az ítélettel",
        "de ez nem hozza vissza",
    ]
    (one,) = claims("Kovács Ádám azt írta, hogy a tárgyalások „jól haladnak”.")
    assert one.quote.text == "jól haladnak"


def test_a_second_szerint_opening_a_clause_is_a_claim_of_its_own() -> None:
    found = claims(
        "Kovács Ádám szerint a hiány nőtt: becslése szerint mintegy 9-10 ezer állás betöltetlen."
    )
    assert [(c.speakers, c.quote.text) for c in found] == [
        (("adam-kovacs",), "a hiány nőtt"),
        (("adam-kovacs",), "mintegy 9-10 ezer állás betöltetlen"),
    ]


def test_the_channel_a_body_published_on_is_part_of_its_source_phrase() -> None:
    (claim,) = claims(
        "Az adatok eltérnek: a MÁV honlapján közzétett adatok szerint 320 napot kell várni."
    )
    assert (claim.speakers, claim.quote.text) == (("mav",), "320 napot kell várni")


def test_a_term_in_quotation_marks_is_no_claim_of_the_previous_speaker() -> None:
    found = claims(
        "Kovács Ádám szerint a csalók idős embereket hívtak fel.",
        "Az időseket arra kérték, hogy pénzüket egy „biztonsági számlára” utalják át.",
    )
    assert len(found) == 1


def test_the_subject_is_the_first_person_of_the_clause() -> None:
    (claim,) = claims(
        "Kovács Ádám bocsánatot kért Szabó Évától, de tagadta, hogy előre eltervezte volna."
    )
    assert claim.speakers == ("adam-kovacs",)


def test_the_body_whose_website_carried_it_is_not_the_speaker() -> None:
    found = claims(
        "A MÁV elnöke a MÁV honlapján közzétett közleményében bejelentette, hogy a vonal megnyílik."
    )
    assert all("mav" not in c.speakers for c in found)


def test_rejecting_what_is_said_is_a_denial_with_its_hogy_clause() -> None:
    (claim,) = claims("A minisztérium közleményében visszautasította, hogy a program drágít.")
    assert (claim.type, claim.quote.text) == ("denial", "a program drágít")


def test_a_compound_source_noun_before_szerint_keeps_its_owner_the_speaker() -> None:
    found = claims(
        "A Központi Statisztikai Hivatal (KSH) kedden közzétett gyorsjelentése szerint a "
        "bevétel nőtt."
    )
    assert [(c.quote.text, c.speakers) for c in found] == [("a bevétel nőtt", ("ksh",))]


def test_the_body_a_speaker_stands_at_the_head_of_is_no_speaker() -> None:
    found = claims(
        "A Nemzeti Média- és Hírközlési Hatóság élén álló elnök közölte: a licit véget ért."
    )
    assert all("nemzeti-media-es-hirkozlesi-hatosag" not in c.speakers for c in found)


def test_a_denial_of_press_reports_is_two_voices_on_the_same_words() -> None:
    found = claims(
        "A Kazuta cáfolta azokat a japán sajtóban megjelent értesüléseket, amelyek szerint a "
        "cég bezárja üzemét."
    )
    assert [(c.type, c.quote.text, c.speakers) for c in found] == [
        ("report", "a cég bezárja üzemét", ("japan-press",)),
        ("denial", "a cég bezárja üzemét", ("kazuta",)),
    ]


def test_what_the_denier_says_after_a_colon_is_its_own_statement() -> None:
    found = claims(
        "A Kazuta cáfolta azokat a japán sajtóértesüléseket, amelyek szerint a cég bezár: a "
        "gyár 2000 forintos bérekkel marad."
    )
    assert [(c.type, c.quote.text) for c in found][1:] == [
        ("denial", "a cég bezár"),
        ("estimate", "a gyár 2000 forintos bérekkel marad"),
    ]


def test_what_follows_the_colon_of_any_denial_is_a_statement() -> None:
    found = claims(
        "A minisztérium cáfolta, hogy a lakott területen lőnek: a lövészet a lőtéren lesz."
    )
    assert [(c.type, c.quote.text) for c in found] == [
        ("denial", "a lakott területen lőnek"),
        ("statement", "a lövészet a lőtéren lesz"),
    ]


def test_a_short_name_in_brackets_stays_in_the_phrase_before_szerint() -> None:
    found = claims(
        "A török katasztrófavédelmi hatóság (AFAD) tájékoztatása szerint 214 ember meghalt."
    )
    assert [(c.quote.text, bool(c.speakers)) for c in found] == [("214 ember meghalt", True)]


def test_a_closing_dash_with_a_reporting_verb_is_not_part_of_the_quote() -> None:
    found = claims("Kovács Ádám szerint 214 céget ellenőriztek – írja az MTI.")
    assert [c.quote.text for c in found] == ["214 céget ellenőriztek"]


def test_a_bodys_figures_go_on_in_the_next_sentence_with_no_attribution() -> None:
    found = claims(
        "A Központi Statisztikai Hivatal szerint a bruttó átlagkereset 702 300 forint volt.",
        "A nettó átlagkereset 467 000 forintot tett ki.",
        "A fogyasztói árak 4,2 százalékkal emelkedtek.",
    )
    assert [c.quote.text for c in found][1:] == [
        "A nettó átlagkereset 467 000 forintot tett ki",
        "A fogyasztói árak 4,2 százalékkal emelkedtek",
    ]
    assert len({c.speakers for c in found}) == 1


def test_a_persons_figures_do_not_go_on_past_the_sentence() -> None:
    found = claims(
        "Kovács Ádám szerint a bruttó átlagkereset 702 300 forint volt.",
        "A nettó átlagkereset 467 000 forintot tett ki.",
    )
    assert len(found) == 1


def test_a_sentence_telling_no_measure_is_no_continuation() -> None:
    found = claims(
        "A Központi Statisztikai Hivatal szerint a bruttó átlagkereset 702 300 forint volt.",
        "A fesztiválon 160 kiadó mutatta be újdonságait.",
    )
    assert len(found) == 1


def test_a_sentence_naming_another_body_is_no_continuation() -> None:
    found = claims(
        "A Központi Statisztikai Hivatal szerint a bruttó átlagkereset 702 300 forint volt.",
        "A Magyar Nemzeti Bank tartaléka 4 százalékkal nőtt.",
    )
    assert len(found) == 1


def test_the_occasion_after_a_closing_verb_names_no_new_speaker() -> None:
    found = claims(
        "Kovács Ádám tagadta, hogy csalásra készült volna.",
        "– Én is hittem a rendszerben, a piac tett tönkre minket – mondta a tárgyaláson.",
    )
    assert [c.speakers for c in found][1:] == [found[0].speakers]


def test_a_source_noun_after_a_comma_opens_a_phrase_of_its_own() -> None:
    found = claims(
        "A Magyar Fogyasztóvédelmi Egyesület szerint a cégek „az árakba fogják beépíteni”,"
        " becslésük szerint a díjak 5-8 százalékkal emelkedhetnek."
    )
    assert [c.quote.text for c in found][-1] == "a díjak 5-8 százalékkal emelkedhetnek"
    assert len({c.speakers for c in found}) == 1


def test_elmondasa_szerint_points_back_to_the_last_speaker() -> None:
    found = claims(
        "Kovács Ádám bejelentette, hogy a park bővül.",
        "Elmondása szerint a borjú súlya 55-60 kilogramm lehetett.",
    )
    assert [(c.quote.text, c.speakers) for c in found][-1] == (
        "a borjú súlya 55-60 kilogramm lehetett",
        found[0].speakers,
    )


def test_szamolt_be_reports_what_is_told_before_it() -> None:
    (claim,) = claims("Hétfőn a Magyar Vöröskereszt 87 súlyos sérültről számolt be.")
    assert (claim.type, claim.quote.text) == ("report", "87 súlyos sérültről")
    assert claim.speakers


def test_figures_listed_before_the_verb_are_told_each_with_its_number() -> None:
    found = claims("A Magyar Vöröskereszt hétfőn még 87, kedden már 163 sérültről számolt be.")
    assert [c.quantity and c.quantity.min for c in found] == [87, 163]


def test_a_body_in_the_dative_after_a_closing_verb_owns_the_speaker_and_is_none() -> None:
    found = claims(
        "– Igyanak sok vizet, és ne menjenek napra – figyelmeztetett a Szent János Kórház"
        " sürgősségi osztályának vezető főorvosa."
    )
    assert all("osztalyanak" not in s for c in found for s in c.speakers)


def test_a_quotation_inside_its_clause_keeps_the_clause_one_claim() -> None:
    (claim,) = claims(
        "Kovács Ádám hozzátette: a színész rendszeresen bejárt a próbákra, és a fiatal"
        " kollégáknak „mindig volt hozzá egy jó szava”."
    )
    assert claim.quote.text.startswith("a színész rendszeresen bejárt")


def test_what_somebody_is_called_in_quotation_marks_is_the_quotation() -> None:
    found = claims(
        "Kovács Ádám tagadta, hogy megállapodott volna, a vádat pedig „olcsó választási"
        " trükknek” nevezte."
    )
    assert "olcsó választási trükknek" in [c.quote.text for c in found]


def test_a_complaint_with_a_hogy_clause_is_a_claim_of_the_set_that_makes_it() -> None:
    (claim,) = claims("Több szülő azt kifogásolta, hogy az iskola nem értesítette őket.")
    assert (claim.speakers, claim.quote.text) == (
        ("parents-group",),
        "az iskola nem értesítette őket",
    )


def test_a_complaint_about_a_thing_is_no_claim() -> None:
    assert claims("Több szülő kifogásolta a döntést.") == []
