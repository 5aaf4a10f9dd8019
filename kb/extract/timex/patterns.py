"""The words and regular expressions Hungarian news tells times with.

`_PATTERNS` is tried in order by `kb.extract.timex.sentence` (where two matches overlap
the one found first stays, so the order matters: a full date before its day, a school
year before its years); `_NEEDED` is the cheap test that lets most sentences skip a
pattern. The word patterns more than one reading needs (a weekday, "óta" after a time,
a condition, a state that holds) live here too, so that no reading module imports
another for a word.
"""

from __future__ import annotations

import re

from kb.timespan import MONTHS_HU

WEEKDAYS_HU = ("hétf", "kedd", "szerd", "csütört", "péntek", "szombat", "vasárnap")


_MONTH = "|".join(MONTHS_HU)
_WEEKDAY = r"(?:hétfő|kedd|szerd|csütörtök|péntek|szombat|vasárnap)"
_DAYTIME = (
    r"(?:\s+(?:reggel|délelőtt|délben|délután|este|éjjel|éjszaka|hajnalban|hajnal(?=\s+óta)))?"
)
_CASE = r"[a-záéíóöőúüű]*"
_YEAR_WORD = (
    r"(?:(?P<yearword>tavalyelőtti|tavalyelőtt|tavalyi|tavaly|idei|idén|jövőre"
    r"|(?:a\s+)?(?:jövő|múlt|előző)\s+év(?:ben)?"
    r"|jövő)\s+)?"
)
_SEASONS = {"tavas": 3, "nyár": 6, "nyar": 6, "ős": 9, "tél": 12, "tel": 12}  # first month
# A day of a month, by its number ("15-én", "15.") or the first by its name ("elsején",
# "elsejétől").
_DAY_NUMBER = rf"(?:(?P<day>\d{{1,2}})(?:\.|-{_CASE})|(?P<first>elsej{_CASE}))"
_PART = r"(?P<part>(?:elej|közep|vég)(?:én|éig|étől|ére|e|i))"

_HOUR = (
    r"(?:\d{1,2}|egy|két|kettő|három|négy|öt|hat|hét|nyolc|kilenc|tíz|tizenegy|tizenkét|tizenkettő)"
    r"\s+óra(?:\s+\d{1,2}\s+perc)?"
)
# A clock time: "19 óra 32 perckor", "19:30-kor", "19 óra 40 perc és 21 óra 35 perc között",
# "14 és 15 óra között", "este nyolc óra után"; never a duration ("két óra alatt").
_NAPSZAK = r"(?:reggel|délelőtt|délben|délután|este|éjjel|hajnalban)"
_CLOCK_PHRASE = (
    rf"\b(?:{_NAPSZAK}\s+)?(?:(?:{_HOUR}|\d{{1,2}})\s+(?:és|-|–)\s+{_HOUR}\s+között|{_HOUR}kor"
    rf"|\d{{1,2}}[:.]\d{{2}}-kor)\b|\b{_NAPSZAK}\s+{_HOUR}\s+(?:után|előtt|körül)\b"
    r"|\b(?:\d{1,2}\s+óra(?:\s+\d{1,2}\s+perc)?|\d{1,2}[:.]\d{2})\s+körül\b"
)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "date",
        re.compile(
            rf"\b(?P<year>\d{{4}})\.\s+(?P<month>{_MONTH})\s+{_DAY_NUMBER}",
            re.I,
        ),
    ),
    (
        "numeric",
        re.compile(r"\b(?P<year>\d{4})\.\s?(?P<month>\d{1,2})\.\s?(?P<day>\d{1,2})(?:\.|-\w+)"),
    ),
    (
        "decade",
        re.compile(
            r"\b(?:az?\s+)?(?:(?P<decade>\d{3}0)-(?:as|es)|(?P<tens>harmincas|negyvenes|ötvenes"
            r"|hatvanas|hetvenes|nyolcvanas|kilencvenes))\s+év(?:ek|tized)\w*"
            r"(?:\s+(?P<part>elején|közepén|végén|végéig|végére|elejéig))?",
            re.I,
        ),
    ),
    (
        "century",
        re.compile(
            r"\b(?P<ordinal>\d{1,2})\.\s+század(?:\s+(?P<half>első|második)\s+fel(?:ében|étől|éig)"
            r"|\s+(?:elejétől|végéig)|ban|tól|ig)?(?=\W|$)",
            re.I,
        ),
    ),
    (
        "dayrange",
        re.compile(
            rf"\b(?:(?P<year>\d{{4}})\.\s+)?(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})\.?\s*(?:[-–]|és)\s*"
            r"(?P<last>\d{1,2})(?:\.|-(?:án|én|ig|a|e|i)\b)(?:\s+között\w*)?",
            re.I,
        ),
    ),
    (
        "stretch",
        re.compile(
            r"\b(?:az?\s+)?(?P<dir>elmúlt|utóbbi|következő|elkövetkező)\s+(?:(?P<count>\d+|[a-záéíóöőúü]+)\s+)?"
            r"(?P<unit>nap|het|hét|hónap|évtized|év|órá)(?P<plural>ok|ek|k)?(?:ban|ben)?\b",
            re.I,
        ),
    ),
    (
        "sincemonth",
        re.compile(rf"\b(?P<year>\d{{4}})\s+(?P<month>{_MONTH})(?:a|ja|e|je)\s+óta\b", re.I),
    ),
    (
        "sinceword",
        re.compile(
            r"\b(?:(?P<plural>napok|hetek|hónapok|évek|évtizedek)"
            r"|(?:(?P<year>\d{4})\s+|(?P<yearword>tavaly)\s+|a\s+)?"
            r"(?P<season>tavasz|nyár|ősz|tél|tavasza|nyara|ősze|tele)|tavaly)\s+óta\b",
            re.I,
        ),
    ),
    (
        "yearpart",
        re.compile(
            r"\b(?:(?P<year>\d{4})|(?:(?:az?\s+)?(?P<yearword>jövő|múlt|előző|tavalyi|tavaly|idei)\s+|az\s+)?év)\s+"
            r"(?P<part>elejétől|elején|elejéig|elejére|végén|végi|végéig|végére|hátralévő\s+részében"
            r"|folyamán|során)\b",
            re.I,
        ),
    ),
    (
        "part",
        re.compile(
            rf"\b(?:(?P<year>\d{{4}})\.?\s+)?{_YEAR_WORD}(?P<month>{_MONTH}|(?:(?:az\s+elmúlt|a\s+múlt|múlt)\s+)?hónap)\s+{_PART}",
            re.I,
        ),
    ),
    (
        "day",
        re.compile(rf"\b{_YEAR_WORD}(?P<month>{_MONTH})\s+{_DAY_NUMBER}", re.I),
    ),
    (
        "monthrange",
        re.compile(
            rf"\b(?:(?P<year>\d{{4}})\.?\s+)?{_YEAR_WORD}(?P<month>{_MONTH})\s+és\s+"
            rf"(?P<second>{_MONTH})\s+között\b",
            re.I,
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:(?P<year>\d{{4}})\.?\s+)?{_YEAR_WORD}(?P<month>{_MONTH})(?:j?[áé]?(?:ban|ben|tól|től|ig|ra|re)|i|\s+óta|\s+(?:folyamán|során))\b",
            re.I,
        ),
    ),
    (
        "season",
        re.compile(
            r"\b(?:(?P<year>\d{4})\.?\s+)?"
            + _YEAR_WORD
            + r"(?:egész\s+)?(?P<season>tavasszal|nyáron|ősszel|télen|tavaszán|nyarán|őszén|telén"
            r"|tavasztól|nyártól|ősztől|téltől|tavaszig|nyárig|őszig|télig|tavaszra|nyárra|őszre"
            r"|télre|tavaszt|nyarat|telet|tavaszi|nyári|őszi|téli"
            r"|(?:tavasz|nyár|ősz|tél)\s+(?:elején|közepén|végén|végéig|végére|folyamán|során))\b",
            re.I,
        ),
    ),
    (
        "monthweek",
        re.compile(
            rf"\b(?:(?P<month>{_MONTH})|(?:a\s+)?hónap)\s+(?P<which>első|utolsó)\s+"
            r"(?P<unit>het|nap)(?:ében|jában|ján)\b",
            re.I,
        ),
    ),
    (
        "firstmonths",
        re.compile(
            r"\b(?:(?P<year>\d{4})\.?\s+|(?P<yearword>idén|tavaly|(?:az\s+)?idei|(?:a\s+)?tavalyi)\s+)?"
            r"(?:az\s+)?(?:év\s+)?első\s+(?P<count>\w+)\s+hónap(?:jában|ában|ban)\b",
            re.I,
        ),
    ),
    ("lastmonth", re.compile(r"\b(?:a\s+)?(?:múlt|előző|jövő)\s+hónap(?:ban|ra)?\b", re.I)),
    (
        "weekpart",
        re.compile(
            r"\b(?:(?:a|az)\s+)?(?P<which>(?:múlt|előző|jövő)\s+)?(?:hét\s+(?P<part>elején|elejéig|közepén|végén|végéig"
            r"|első\s+felében|második\s+felében)|(?P<weekend>hétvégén|hétvégére|hétvége\s+(?:során|alatt|folyamán|két\s+napján)))",
            re.I,
        ),
    ),
    (
        "lastweek",
        re.compile(r"\b(?:(?:a|ezen\s+a)\s+)?(?P<which>(?:múlt|előző|jövő)\s+)?héten\b", re.I),
    ),
    (
        "lastweek",
        re.compile(r"\b(?:a\s+)?(?P<which>(?:múlt|előző|jövő)\s+)(?:heti|héttől|hétre)\b", re.I),
    ),
    (
        "weekdays",
        re.compile(
            rf"\b(?P<first>{_WEEKDAY})(?:(?P<from>tól|től)|en|n|ön|on|án)\s+(?(from)|és\s+)"
            rf"(?P<second>{_WEEKDAY})(?(from)ig|(?:en|n|ön|on|án))\b",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?:(?P<last>múlt)|(?P<next>jövő))\s+)?(?P<weekday>{_WEEKDAY})(?:en|n|ön|on|án|ai|a|i|re|ig|ától|tól|től)?(?:\s+(?P<until>estig|reggelig|délig|éjfélig|hajnalig|reggelre|délre|délutánra|estére|hajnalra|éjfélre)|{_DAYTIME})(?P<since>\s+óta)?(?=\W|$)",
            re.I,
        ),
    ),
    (
        "schoolyear",  # "a 2025/2026-os tanévben", before its years are read as years
        re.compile(
            r"\b(?P<first>\d{4})/\d{2,4}-(?:as|es|os|ös)\s+tanév(?:ben|től|re|ig|et|e)?\b",
            re.I,
        ),
    ),
    (
        "yearrange",
        re.compile(r"\b(?P<year>\d{4})(?:\s+és\s+|\s*[-–]\s*)(?P<last>\d{4})(?:\s+között)?\b"),
    ),
    ("year", re.compile(r"\b(?P<year>\d{4})-(?:ban|ben|ig|től|tól|ra|re|as|es|ös|os)\b", re.I)),
    (
        "quarter",
        re.compile(
            r"\b(?:(?P<year>\d{4})\.?\s+)?"
            + _YEAR_WORD
            + r"(?:az?\s+)?(?P<ordinal>első|második|harmadik|negyedik|utolsó)\s+negyedév"
            r"(?:ben|ére|re|éig|ig|et|ében)?\b",
            re.I,
        ),
    ),
    ("yearsince", re.compile(r"\b(?P<year>\d{4})\s+óta\b")),
    (
        "schoolyear",
        re.compile(
            r"\b(?:(?P<which>jövő|következő|múlt|előző|tavalyi|idei)\s+)?tanév(?:ben|től|re|ig|et|e)?\b",
            re.I,
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<count>\w+)\s+(?:(?P<unit>nap|hét|hónap|év)(?:pal|tel|val|vel)\s+ezelőtt"
            r"|(?P<since>nap|hónap|évtized|év)(?:ja|e))\b",
            re.I,
        ),
    ),
    (
        "soon",
        re.compile(
            r"\b(?:hamarosan|rövidesen|nemsokára|a\s+közeljövőben|(?:a\s+)?jövőben"
            r"|(?:hosszabb|hosszú)\s+táv(?:on|ra))\b",
            re.I,
        ),
    ),
    (
        "anchored",
        re.compile(
            r"\b(?P<count>\w+(?:-\w+)?)\s+(?P<unit>nappal|héttel|hónappal|évvel)\s+"
            r"(?P<dir>korábban|később|előbb|azelőtt|utána|korábbi\w*|későbbi\w*)\b",
            re.I,
        ),
    ),
    (
        "hence",
        re.compile(r"\b(?P<count>\w+(?:-\w+)?)\s+(?P<unit>nap|hét|hónap|év)\s+múlva\b", re.I),
    ),
    ("since", re.compile(r"\bazóta\b", re.I)),
    (
        "event",
        re.compile(
            r"\b(?:(?P<few>néhány|pár|egy|két|három|\d+)\s+(?:perccel|órával)\s+"
            r"|(?P<count>egy|két|három|négy|öt|hat|hét|\d+)\s+(?P<unit>nappal|héttel)\s+)?az?\s+"
            r"(?:[\w-]+\s+)?"  # "az évadnyitó előadás előtt": an adjective before the event
            r"(?P<noun>(?!\w*(?:lakás|szállás|állomás)\b)\w+(?:ás|és)(?:a|e|ok|ek)?|\w*(?:találkozó|verseny"
            r"|mérkőzés|meccs|ülés|döntő|vita|futam|gyakorlat|csúcs|vihar|baleset|jelenség|zár"
            r"|munká|munkálat|forduló|díjátadó|koncert|gála|ünnepség|fesztivál|megnyitó|torna"
            r"|sztrájk|rengés|merénylet|puccs|kongresszus|konferencia|mise|műtét)(?:k|ok|ök)?)"
            r"\s+(?P<rel>után|előtt|óta|idején|idejére|ideje\s+alatt|csúcspontján|végén|napján)\b"
            r"|\b(?P<at>\w+(?:ásakor|ésekor))\b",
            re.I,
        ),
    ),
    ("later", re.compile(r"(?<!nál )(?<!nél )\bkésőbb\b", re.I)),
    ("thesedays", re.compile(r"\b(?:a|ezekben\s+a)\s+napokban\b", re.I)),
    ("nextday", re.compile(r"\b(?:másnap|aznap|(?:az\s+)?előző\s+nap(?:on)?)\b", re.I)),
    ("then_on", re.compile(r"(?<=\w\s)majd\b", re.I)),  # not ", majd" nor "és majd"
    (
        "within",
        re.compile(
            r"\b(?:(?P<count>\w+)\s+)?(?P<unit>nap|hét|het|hónap|év)(?:ok|ek)?(?:on|en|ön)"
            r"\s+belül\b",
            re.I,
        ),
    ),
    ("lastyear", re.compile(r"\btavaly\s+ilyenkor\b", re.I)),
    (
        "same",
        re.compile(
            r"\b(?P<last>tavaly\s+)?(?:ugyanekkor|ugyan(?:ebben|abban)\s+az\s+időszakban)\b"
            r"|\b(?:ugyan)?abban\s+(?:az\s+(?P<year>évben)|a\s+(?P<month>hónapban))\b",
            re.I,
        ),
    ),
    (
        "then",
        re.compile(
            r"\b(?:akkor|ekkor|addig)\b"
            r"(?!(?:\s+is)?,?\s+(?:ha|amikor|amíg|hogyha)\b)",
            re.I,
        ),
    ),
    (
        "after",
        re.compile(
            r"\b(?:ezután|azután|innentől|ezentúl|mostantól)\b(?!,?\s+(?:hogy|miután)\b)", re.I
        ),
    ),
    ("clock", re.compile(_CLOCK_PHRASE, re.I)),
    (
        "daylong",
        re.compile(r"\bnapközben\b|\bmég\s+(?:aznap\s+)?(?:délelőtt|délután|este)\b", re.I),
    ),
    ("yeartodate", re.compile(r"\b(?:az\s+)?idén\s+eddig\b|\beddig\s+idén\b", re.I)),
    (
        "halfyear",
        re.compile(
            r"\b(?:az\s+)?(?:(?:(?P<year>\d{4})\s+|(?P<which>idei\s+|jövő\s+|tavalyi\s+)?év\s+)"
            r"(?P<half>első|második)\s+fel(?:ében|éig|étől|ére)"
            r"|(?:(?P<year2>\d{4})\s+|(?P<which2>idei\s+|jövő\s+|tavalyi\s+))?(?P<halfyear>első|második)"
            r"\s+félév(?:ében|ben|re|ig|től|e)?)\b",
            re.I,
        ),
    ),
    (
        "yearword",
        re.compile(
            r"\b(?:tavalyelőtti|tavalyelőtt|tavaly|tavalyi|idén|idei|jövőre|(?:a\s+)?teljes\s+év(?:re|ben)|(?:jövő|múlt|előző)\s+év(?:i|et)|(?:a\s+)?(?:jövő|múlt|előző)\s+év(?:ben|től))\b",
            re.I,
        ),
    ),
    (
        "ongoing",
        re.compile(
            r"\b(?:jelenleg(?:\s+is)?|mostani\w*|most|egyelőre|még\s+mindig|még\s+nem|ma\s+is|mára"
            r"|napjainkban|manapság|régóta"
            r"|továbbra\s+(?:is|sem))\b",
            re.I,
        ),
    ),
    (
        "today",
        re.compile(
            r"\b(?:ma|tegnap|tegnapelőtt|holnap|holnapután|mától|holnaptól|holnaputántól"
            r"|a\s+mai\s+nap(?:on)?)\b" + _DAYTIME,
            re.I,
        ),
    ),
    (
        "night",
        re.compile(r"\b(?:az\s+)?(?:egész\s+)?(?:éjjel|éjszakára|éjszaka|éjfélig)\b(?!-)", re.I),
    ),
    (
        "before",
        re.compile(
            r"(?<!nál )(?<!nél )(?<!perccel )(?<!órával )\b(?:korábban|nemrég|nemrégiben|nemrégen"
            r"|előzőleg|a\s+közelmúltban)\b",
            re.I,
        ),  # "a szokásosnál korábban", "tíz perccel korábban indítják" compare, they do not date
    ),
    ("sofar", re.compile(r"\beddig\b(?!\s+is\b)", re.I)),
    ("already", re.compile(r"\bmár\b", re.I)),
    (
        "still",
        re.compile(
            r"\bmég\b(?!\s+(?:csak|több|kevesebb|inkább|jobban|soha|semmi|egyszer|is|az?|\d))", re.I
        ),
    ),
]


_SINCE_AFTER = re.compile(r"\s+óta\b", re.I)
# A state that holds until then ("zárva", "érvényes", "ott maradhat", "kitarthat",
# "június végéig tart", "a hónap végéig szükség lesz rá"; not "érvényesítenie kell", a
# deadline, nor "a szükséges ajánlásokat"), and what is done again and again or all along
# until then ("a hét végéig naponta tájékoztatja", "augusztus végéig figyelemmel kísérjük").
_STATE = re.compile(
    r"\b(?:(?:meg|ott|benn|fenn)?marad|érvény(?!esít)|zárva\b|nyitva\b|tilos\b|(?:el|ki)tart"
    r"|(?:el)?húzód|szünetel|meghosszabbít|fennáll|tart\b|szükség(?!es)|naponta\b|hetente\b"
    r"|folyamatosan\b|figyelemmel\b)",
    re.I,
)
_DIGITS = tuple("0123456789")
# Words one of which a kind's pattern needs, to skip it fast where none is.
_NEEDS: dict[str, tuple[str, ...]] = {
    "date": _DIGITS,
    "numeric": _DIGITS,
    "decade": ("as év", "es év"),
    "century": ("század",),
    "dayrange": _DIGITS,
    "day": (*_DIGITS, "elsej"),
    "sincemonth": _DIGITS,
    "yearrange": _DIGITS,
    "year": _DIGITS,
    "yearsince": _DIGITS,
    "weekdays": WEEKDAYS_HU,
    "monthrange": ("között",),
    "weekday": WEEKDAYS_HU,
    "night": ("éj",),
    "since": ("azóta",),
    "sofar": ("eddig",),
    "yeartodate": ("eddig",),
    "soon": ("hamarosan", "rövidesen", "nemsokára", "közeljövő", "jövőben", "táv"),
    "within": ("belül",),
    "lastyear": ("ilyenkor",),
    "later": ("később",),
    "thesedays": ("napokban",),
    "nextday": ("másnap", "aznap", "előző nap"),
    "then_on": ("majd",),
    "hence": ("múlva",),
    "then": ("akkor", "ekkor", "addig"),
    "same": ("ugyan", "abban"),
    "after": ("után", "innentől", "ezentúl", "mostantól"),
    "event": ("után", "előtt", "óta", "idején", "ideje", "idejé", "csúcspontján", "végén", "kor"),
    "clock": ("óra", "-kor"),
    "daylong": ("napközben", "még"),
    "anchored": ("val ", "vel ", "pal ", "tel "),
    "ago": ("napja", "hónapja", "éve", "évtizede", "ezelőtt"),
    "weekpart": ("hét",),
    "lastweek": ("hét", "het"),
    "stretch": ("elmúlt", "utóbbi", "következő"),
    "schoolyear": ("tanév",),
    "quarter": ("negyedév",),
    "firstmonths": ("hónap",),
    "monthweek": ("első", "utolsó"),
    "halfyear": ("fel", "fél"),
    "sinceword": ("óta",),
}


_NEEDED = {kind: re.compile("|".join(map(re.escape, words))) for kind, words in _NEEDS.items()}


_CONDITION = re.compile(r"\b(?:ha|amennyiben|hogyha)\b", re.I)
