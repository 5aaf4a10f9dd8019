"""kb.extract.streets: places named by a kind noun after their name."""

from __future__ import annotations

from tests.extract_support import entities, mentions


def test_a_street_is_one_mention_with_its_inflected_noun() -> None:
    found = entities("A tűz a Jászberényi úton ütött ki.", "A Jászberényi útig ért a sor.")
    (street,) = found.values()
    assert (street.type, street.name.hu) == ("Place", "Jászberényi út")
    assert mentions(street) == ["Jászberényi úton", "Jászberényi útig"]


def test_a_street_named_after_a_person_is_no_person() -> None:
    found = entities("A sor a Dózsa György útig kígyózott.")
    assert [(e.type, e.name.hu) for e in found.values()] == [("Place", "Dózsa György út")]


def test_a_numbered_district_is_a_place() -> None:
    found = entities("Tavaly a XXI. kerületben égett le egy raktár.")
    assert [(e.type, e.name.hu) for e in found.values()] == [("Place", "XXI. kerület")]


def test_a_numbered_road_is_a_place() -> None:
    found = entities("Az M3-as autópályán torlódás alakult ki.")
    assert mentions(next(iter(found.values()))) == ["M3-as autópályán"]


def test_a_line_between_two_places_is_a_place_and_its_ends_are_towns() -> None:
    found = entities("A Budapest–Kelebia vasútvonal felújítása csúszik.")
    assert mentions(found["budapest"]) == ["Budapest"]
    assert "hungary" not in found
    names = {e.name.hu: mentions(e) for e in found.values()}
    assert names["Budapest–Kelebia vasútvonal"] == ["Budapest–Kelebia vasútvonal"]
    assert names["Kelebia"] == ["Kelebia"]


def test_a_capitalised_word_opening_a_sentence_is_no_street() -> None:
    found = entities("Tegnap útnak indult a küldöttség.")
    assert all(e.type != "Place" for e in found.values())


def test_a_square_with_its_shortened_vowel_is_a_place() -> None:
    found = entities("A múzeum a budapesti Hősök terén áll.")
    assert any(e.name.hu == "Hősök tér" for e in found.values())


def test_a_name_and_a_roman_numeral_are_a_facility_with_its_kind_noun() -> None:
    found = entities("Elkezdődött a Paks II. atomerőmű betonozása.", "A Paks II. költsége nő.")
    plant = next(e for e in found.values() if e.name.hu == "Paks II.")
    assert mentions(plant) == ["Paks II. atomerőmű", "Paks II."]


def test_a_region_told_of_again_is_the_region_named_last() -> None:
    found = entities("Feszült a helyzet a Nyugat-Balkánon.", "A térség stabilitása a cél.")
    assert mentions(found["western-balkans"]) == ["Nyugat-Balkánon", "térség"]


def test_a_persons_name_inside_a_facilitys_name_is_no_person() -> None:
    found = entities("A gépek a Budapest Liszt Ferenc Nemzetközi Repülőtéren szálltak le.")
    (airport,) = found.values()
    assert (airport.type, mentions(airport)) == (
        "Place",
        ["Budapest Liszt Ferenc Nemzetközi Repülőtéren"],
    )


def test_a_plural_place_noun_inside_a_programmes_name_makes_no_place() -> None:
    found = entities("A Modern Városok Programból épült az út.")
    assert all(e.type != "Place" for e in found.values())


def test_a_family_name_ending_like_a_lake_is_no_lake() -> None:
    found = entities("Debrecenben Szijjártó beszélt a gyárról.")
    assert all(mentions(e) != ["Szijjártó"] or e.type != "Place" for e in found.values())


def test_an_unknown_name_before_a_kind_of_place_is_that_place() -> None:
    found = entities("Az elnök a sújtott Quelimane városában tett látogatást.")
    assert mentions(found["quelimane"]) == ["Quelimane városában"]
    assert found["quelimane"].type == "Place"


def test_a_province_keeps_its_kind_in_its_name() -> None:
    found = entities("A víz elöntötte Sofala tartomány falvait.")
    (province,) = found.values()
    assert (province.name.hu, mentions(province)) == ("Sofala tartomány", ["Sofala tartomány"])


def test_a_towns_adjective_names_the_town() -> None:
    found = entities("A tatai edzőtáborban és Kiskunfélegyházán is edzettek.")
    assert mentions(found["tata"]) == ["tatai"]
    assert mentions(found["kiskunfelegyhaza"]) == ["Kiskunfélegyházán"]


def test_a_town_before_a_given_name_is_a_family_name() -> None:
    found = entities("A díjat Sárvár Péter vette át.")
    assert "sarvar" not in found


def test_a_continents_or_a_foreign_citys_adjective_names_it() -> None:
    found = entities("Az ázsiai beszállítók és a milánói verseny után.")
    assert (found["asia"].wikidata, mentions(found["asia"])) == ("Q48", ["ázsiai"])
    assert mentions(found["milan"]) == ["milánói"]


def test_a_numbered_road_with_an_adjective_is_one_place() -> None:
    found = entities("Az M76-os gyorsforgalmi út építése halad.")
    assert [mentions(e) for e in found.values()] == [["M76-os gyorsforgalmi út"]]


def test_the_stretch_between_two_places_is_a_place_and_its_ends_are_towns() -> None:
    found = entities("A Sármellék és Keszthely közötti szakaszon dolgoznak.")
    names = {e.name.hu: mentions(e) for e in found.values()}
    assert names["Sármellék és Keszthely közötti szakasz"] == [
        "Sármellék és Keszthely közötti szakaszon"
    ]
    assert names["Keszthely"] == ["Keszthely"]
    assert names["Sármellék"] == ["Sármellék"]


def test_a_rivers_valley_is_a_place_and_the_river_another() -> None:
    found = entities("A gyakorlat a Séd völgyében folytatódott.")
    names = {e.name.hu: mentions(e) for e in found.values()}
    assert names == {"Séd völgye": ["Séd völgyében"], "Séd": ["Séd"]}


def test_a_site_told_of_by_its_street_is_a_place_and_the_street_another() -> None:
    found = entities("A temetés a Fiumei úti sírkertben lesz.")
    assert [(e.type, mentions(e)) for e in found.values()] == [
        ("Place", ["Fiumei úti"]),
        ("Place", ["Fiumei úti sírkertben"]),
    ]


def test_a_site_told_of_by_its_street_takes_its_towns_adjective() -> None:
    found = entities("A zalaegerszegi Kossuth Lajos utcai postát kirabolták.")
    names = {e.name.hu: mentions(e) for e in found.values()}
    assert names["Kossuth Lajos utcai posta"] == ["zalaegerszegi Kossuth Lajos utcai postát"]


def test_a_body_told_of_by_its_street_keeps_its_type() -> None:
    found = entities("A sérültet a Péterfy Sándor utcai kórházba vitték.")
    assert ("Organization", ["Péterfy Sándor utcai kórházba"]) in [
        (e.type, mentions(e)) for e in found.values()
    ]


def test_a_towns_main_square_is_a_place_in_the_town() -> None:
    found = entities("Az ünnepség a Várpalota főterén kezdődött.")
    names = {e.name.hu: mentions(e) for e in found.values()}
    assert names["Várpalota főtér"] == ["Várpalota főterén"]
    assert names["Várpalota"] == ["Várpalota"]


def test_a_line_named_with_an_acronym_compound_is_a_place() -> None:
    found = entities("A járat a Budapest–Gödöllő HÉV-vonalon közlekedik.")
    names = {e.name.hu: mentions(e) for e in found.values()}
    assert names["Budapest–Gödöllő HÉV-vonal"] == ["Budapest–Gödöllő HÉV-vonalon"]


def test_a_bus_line_with_an_adjective_between_two_towns_is_a_place() -> None:
    found = entities("A Miskolc–Felsőzsolca elővárosi buszjárat ma indul.")
    names = {e.name.hu: mentions(e) for e in found.values()}
    assert names["Miskolc–Felsőzsolca elővárosi buszjárat"] == [
        "Miskolc–Felsőzsolca elővárosi buszjárat"
    ]
    assert names["Felsőzsolca"] == ["Felsőzsolca"]


def test_a_flight_between_two_cities_is_no_place() -> None:
    found = entities("A légitársaság felfüggesztette Budapest–Tel-Aviv járatait.")
    assert all(" " not in e.name.hu for e in found.values())


def test_a_district_numeral_listed_before_the_noun_is_that_district() -> None:
    found = entities("A tűz a V., a XI. és a XIII. kerületben volt.", "A XI. kerület tiltja.")
    named = {e.name.hu: mentions(e) for e in found.values()}
    assert named == {
        "V. kerület": ["V."],
        "XI. kerület": ["XI.", "XI. kerület"],
        "XIII. kerület": ["XIII. kerületben"],
    }


def test_a_line_listed_before_another_of_the_same_kind_is_a_line_too() -> None:
    found = entities("A kábel a Budapest–Pécs és a Győr–Sopron tengely mentén fut.")
    lines = {e.name.hu: mentions(e) for e in found.values() if "–" in e.name.hu}
    assert lines == {
        "Budapest–Pécs tengely": ["Budapest–Pécs"],
        "Győr–Sopron tengely": ["Győr–Sopron tengely"],
    }


def test_a_line_from_a_station_to_a_place_is_a_line() -> None:
    found = entities("A Keleti pályaudvar–Hatvan vonalon késnek a vonatok.")
    named = {e.name.hu: mentions(e) for e in found.values()}
    assert named["Keleti pályaudvar–Hatvan vonal"] == ["Keleti pályaudvar–Hatvan vonalon"]
    assert named["Keleti pályaudvar"] == ["Keleti pályaudvar"]


def test_a_work_numbered_after_a_persons_name_is_no_facility() -> None:
    found = entities("A zenekar Beethoven V. szimfóniáját játszotta.")
    assert all(e.type != "Place" for e in found.values())


def test_a_numbered_road_with_its_shortened_vowel_is_a_place() -> None:
    found = entities("A tűz átterjedt a 33-as főutat övező gyepre.")
    assert [(e.name.hu, mentions(e)) for e in found.values()] == [("33-as főút", ["33-as főutat"])]


def test_a_name_hyphened_to_a_bridges_noun_is_the_bridge_and_the_town_before_it() -> None:
    found = entities("Lezárták a kunszentmártoni Körös-hidat.", "A hídon repedést találtak.")
    bridge = next(e for e in found.values() if e.name.hu == "Körös-híd")
    assert mentions(bridge) == ["kunszentmártoni Körös-hidat", "hídon"]
    assert mentions(found["kunszentmarton"]) == ["kunszentmártoni"]


def test_a_derived_adjective_of_a_park_is_no_park() -> None:
    found = entities("Hűsölőt nyitnak az Erzsébet-ligeti sportcsarnokban.")
    assert all(e.name.hu != "Erzsébet-liget" for e in found.values())


def test_a_place_a_postpositions_adjective_and_a_streets_noun_are_one_place() -> None:
    found = entities("A Stefánia melletti rakparton mobilgátat állítottak fel.")
    quay = next(e for e in found.values() if e.name.hu == "Stefánia melletti rakpart")
    assert mentions(quay) == ["Stefánia melletti rakparton"]


def test_a_place_and_a_postpositions_adjective_before_a_path_in_orbit_are_no_site() -> None:
    found = entities("A Föld körüli pályán keringő eszközök meghibásodhatnak.")
    assert all(" " not in e.name.hu for e in found.values() if e.type == "Place")


def test_a_named_airport_with_its_towns_adjective_is_one_place() -> None:
    found = entities("Az első gép a milánói Malpensa repülőtérre indul.")
    airport = next(e for e in found.values() if e.name.hu == "Malpensa repülőtér")
    assert mentions(airport) == ["milánói Malpensa repülőtérre"]
    assert mentions(found["milan"]) == ["milánói"]
