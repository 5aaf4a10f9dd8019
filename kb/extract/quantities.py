"""Hungarian quantities as ranges: "több mint tízezer", "11-12 ezer", "akár százezerre".

A number (digits or words, "tizenkétezer" included) with its multiplier and case
ending, after an optional hedge that opens or closes the range:

- "több mint N", "meghaladja a N" → (N, open), exclusive; "legalább N" → [N, open);
  "több milliárd" (several) → [2·10⁹, open);
- "kevesebb mint N", "alig N", "csaknem N", "megközelíti az N" → (open, N), exclusive;
  "legfeljebb N", "akár (a) N", "nem haladja meg a N" → (open, N]; "N nap alatt", "N
  százalék felett": the postposition bounds it; "akár további N", "akár napi N" as "akár N";
- "150 és 200 millió forint között" → [N, M] (not years, not a clock: "9 és 17 óra
  között"); "néhány száz" gives no number;
- "másfél milliárd" → 1.5·10⁹, "két és fél millió" → 2.5·10⁶ (a half and its multiplier);
- "N-M", "két-három" → [N, M], also after "akár" or "legalább" (the range is the
  estimate); otherwise [N, N]; "4,5" stays 4.5; "felét" (half) → 50, "harmada" 33.3,
  "negyedével" 25 (per cent), not a stretch's "az év második felében"; "mínusz 8-10
  fok" → [-10, -8];
- "mintegy N", "körülbelül N", "nagyjából N" → [N, N], marked approximate;
- "ugyanennyi" → the range of the previous quantity.

The unit is the counted noun after the number, or before it in the clause ("a
katonák száma akár százezerre is nőhet"). Bare small numerals ("két ország") are no
quantity: news give counts of things as figures or hedged words; but a small numeral
counting people ("négyen", "tucatnyian": 12, "egy ember") or with a unit ("kilenc
százalékkal", "hat év") is one. A figure naming a thing ("a 150-es vonal", "a 2022-es
választás") or an age ("a 44 éves ügyvéd") counts nothing. A comparison bounds the
number: "5-ösnél erősebb" (above 5), "sem lesz 22 foknál hűvösebb" (at least 22).
"""

from __future__ import annotations

import re
from functools import cache

from kb.extract.morphology import stems, tokens
from kb.model import Name, Quantity, Span

UNITS = {
    "katona": "soldier",
    "ember": "person",
    "fő": "person",
    "halott": "dead",
    "áldozat": "victim",
    "sebesült": "wounded",
    "menekült": "refugee",
    "rakéta": "missile",
    "drón": "drone",
    "dollár": "dollar",
    "euró": "euro",
    "forint": "forint",
    "tonna": "tonne",
    "kilométer": "kilometre",
    "százalék": "percent",
    "lakos": "inhabitant",
    "képviselő": "member of parliament",
    "bázispont": "basis point",
    "év": "year",
    "hónap": "month",
    "nap": "day",
    "óra": "hour",
    "perc": "minute",
}
_SMALL_COUNTED = frozenset({"ember", "fő", "halott", "áldozat", "sebesült", "sérült", "százalék"})
_TIME_UNITS = frozenset({"év", "hónap", "hét", "nap", "óra", "perc"})
_SMALL_COUNTED |= _TIME_UNITS  # "hat év", "négy-hat hétig"

_DIGITS = {
    "egy": 1, "két": 2, "kettő": 2, "három": 3, "négy": 4, "öt": 5, "hat": 6, "hét": 7,
    "nyolc": 8, "kilenc": 9,
}  # fmt: skip
_TENS = {
    "tizen": 10, "tíz": 10, "huszon": 20, "húsz": 20, "harminc": 30, "negyven": 40,
    "ötven": 50, "hatvan": 60, "hetven": 70, "nyolcvan": 80, "kilencven": 90,
}  # fmt: skip
COUNT_WORDS = frozenset(_DIGITS) | frozenset(_TENS)
"""Number words that count ("négy", "tíz"): no one a clause is about."""
_MULTIPLIERS = {"száz": 100, "ezer": 1000, "millió": 1_000_000, "milliárd": 1_000_000_000}
_HEDGES = (
    (re.compile(r"több,?\s+mint\s+|meghalad\w*\s+(?:az?\s+)?", re.I), "above"),
    (re.compile(r"\bnem\s+halad\w*\s+meg\s+(?:az?\s+)?", re.I), "at-most"),
    (
        re.compile(
            r"(?:kevesebb\s+mint|alig|csaknem|majdnem|közel|megközelít(?!őleg)\w*\s+az?)\s+", re.I
        ),
        "below",
    ),
    (re.compile(r"legalább\s+", re.I), "at-least"),
    (re.compile(r"(?:legfeljebb|akár)\s+(?:az?\s+)?", re.I), "at-most"),
    (
        re.compile(r"(?:mintegy|körülbelül|nagyjából|megközelítőleg|hozzávetőleg\w*)\s+", re.I),
        "about",
    ),
)
_AMONG = r"(?:\s+(?:ezer|millió|milliárd)\w*)*(?:\s+[a-záéíóöőúüű]+)?\s+között\b"
_FIGURE = re.compile(
    r"(?P<low>\d+(?:[  .]\d{3})*(?:,\d+)?)(?:(?:\s*[-–]\s*|\s+és\s+(?=[\d  .,]+" + _AMONG + r"))"
    r"(?P<high>\d+(?:[  .]\d{3})*(?:,\d+)?))?"
    r"(?:-?[a-záéíóöőúüű]*)?"
    r"(?P<mult>(?:\s+(?:ezer|ezr|millió|milliárd)[a-záéíóöőúüű]*)+)?(?![.\d])",
    re.I,
)
_WORD = re.compile(r"\b[a-záéíóöőúüű]+\b", re.I)
_WORD_RANGE = re.compile(r"\b([a-záéíóöőúüű]+)-([a-záéíóöőúüű]+)\b", re.I)  # "két-három"
_FRACTIONS = (
    (re.compile(r"\bfel(?:e|ét|ére|ével|énél|ében|éből)\b", re.I), 50),
    (re.compile(r"\bharmad(?:a|át|ával|ára|ában|ából|ánál)\b", re.I), 33.3),
    (re.compile(r"\bnegyed(?:e|ét|ével|ére|ében|éből|énél)\b", re.I), 25),
)  # "a termés felét", "a foglalások harmada", "negyedével csökkent": per cent
_PART_OF_WHOLE = re.compile(r"(?:első|utolsó|második|harmadik|negyedik|év)\s+$", re.I)
_NAMING = re.compile(
    r"-[aáeéoóöő]s(?!n[áé]l\s)|\s+éves?\b|\s+évesek\b|\s+év\s+(?:feletti|alatti|körüli)|\s+ór(?:a\s+(?:között|után|előtt"
    r"|körül)|ákor|áig|ától)\b",
    re.I,
)  # "150-es", "44 éves", "a 65 év felettiek", "60 év körüli": a name, an age; "este nyolc óra
# után": a clock
_SEVERAL = re.compile(r"\btöbb\s+$", re.I)  # "több milliárd": several
_BETWEEN_HEDGE = frozenset({"", "további ", "még ", "napi ", "havi ", "évi "})
"""Words a hedge reaches over: "akár további ötven centiméterrel", "akár napi 3500"."""
_YEAR = re.compile(r"(?:19|20)\d\d$")
_YEAR_PART = re.compile(
    r"\s+(?:első|második|elején|végén|közepén|végéig|óta|tavaszán|nyarán|őszén|telén"
    r"|eleje|vége|közepe|tavasza|nyara|ősze)\b",
    re.I,
)  # "2026 második felében", "2023 ősze óta"
_COLLECTIVE = {"kett": "két", "hárm": "három", "het": "hét"}  # "ketten", "hárman", "heten"
_SAME = re.compile(r"\bugyanennyi\w*", re.I)
_RANGE_HEDGE = re.compile(r"akár|legalább", re.I)
_VAGUE = re.compile(r"\b(?:néhány|pár)\s+$", re.I)
_MINUS = re.compile(r"\bmínusz\s+$", re.I)  # "mínusz 8-10 fok": below zero


def find_quantities(
    text: str, sentence: Span, previous: Quantity | None = None, times: tuple[Span, ...] = ()
) -> list[Quantity]:
    """The quantities of one sentence, as spans of the whole `text`; numbers inside
    the `times` spans ("augusztus 6-án") are dates, not quantities."""
    body = text[sentence.start : sentence.end]
    found: list[Quantity] = []
    for start, end, low, high in _numbers(body):
        at = sentence.start + start
        if any(t.start <= at < t.end for t in times):
            continue
        number = body[start:end]
        if _VAGUE.search(body, 0, start):
            continue  # "néhány száz méterrel": no number is given
        minus = _MINUS.search(body, 0, start)
        if minus is not None:
            start, low, high = minus.start(), -high, -low
        start, kind = _hedge(body, start)
        if (
            high < 10
            and not number[:1].isdigit()
            and kind == "exact"
            and not _counted(body, number, end)
        ):
            continue  # "két ország": a bare small numeral is no quantity; "legalább két" is
        several = _SEVERAL.search(body, 0, start) if kind == "exact" else None
        if several is not None and (low in _MULTIPLIERS.values() or number.startswith("tucat")):
            start, kind = several.start(), "several"
        if kind in ("at-most", "at-least") and low != high and _RANGE_HEDGE.match(body, start):
            kind = "exact"  # "akár 15-20 százalékkal", "legalább két-két és fél": the range
        kind = _bound_after(body, end) or _compared(body, start, end) or kind
        bounds = _bounds(kind, low, high)
        span = Span(body[start:end], sentence.start + start, sentence.start + end)
        unit = _unit(body, start, end)
        found.append(Quantity(span, *bounds, unit=unit, approximate=kind == "about"))
    for match in _SAME.finditer(body):
        source = found[-1] if found else previous
        if source is not None:
            span = Span(
                match.group(0), sentence.start + match.start(), sentence.start + match.end()
            )
            found.append(
                Quantity(
                    span,
                    source.min,
                    source.max,
                    source.min_inclusive,
                    source.max_inclusive,
                    source.unit,
                    source.approximate,
                )
            )
    return sorted(found, key=lambda q: q.span.start)


@cache
def parse_number_word(word: str) -> int | None:
    """A Hungarian numeral written as one word, inflected or not: "százezerre" → 100000."""
    for form in sorted(stems(word), key=len, reverse=True):
        value = _numeral(form)
        if value is not None:
            return value
    return None


# --- helpers ---------------------------------------------------------------------------


def _counted(body: str, number: str, end: int) -> bool:
    """Whether a small numeral word counts something news report: people together
    ("négyen"), a range ("négy-hat"), or a unit right after it ("hat év", "egy ember")."""
    if "-" in number or _collective(number.lower()) is not None:
        return True
    units = {form for word, _, _ in tokens(body[end:])[:1] for form in stems(word)}
    if number.lower() == "egy":  # "egy nappal később": the article, not a count of days
        units -= _TIME_UNITS
    return bool(units & _SMALL_COUNTED)


def _numbers(body: str) -> list[tuple[int, int, int | float, int | float]]:
    """(start, end, low, high) of every figure and number word in the sentence."""
    found: list[tuple[int, int, int | float, int | float]] = []
    for match in _WORD_RANGE.finditer(body):
        first, last = parse_number_word(match.group(1)), parse_number_word(match.group(2))
        if first is not None and last is not None and first < last:
            found.append((match.start(), match.end(), first, last))
    for pattern, share in _FRACTIONS:
        for match in pattern.finditer(body):
            if not _PART_OF_WHOLE.search(body, 0, match.start()):  # "a táv utolsó negyedében"
                found.append((match.start(), match.end(), share, share))
    for match in _FIGURE.finditer(body):
        if re.match(r"\d{4}\.|\d{1,2}\.", body[match.start() :]) and not match["mult"]:
            continue  # a year or an ordinal: dates are time expressions
        digits = match.end("high") if match["high"] else match.end("low")
        if _NAMING.match(body, digits):
            continue  # "a 150-es vonal", "a 44 éves ügyvéd": a name or an age, no count
        if _YEAR.match(match.group(0)) and _YEAR_PART.match(body, match.end()):
            continue  # "csak 2026 második felében": a year the time rules left
        if match["high"] and _YEAR.fullmatch(match["low"]) and _YEAR.fullmatch(match["high"]):
            continue  # "2018 és 2022 között": years
        if (match.start() and body[match.start() - 1].isalpha()) or (
            _MODEL.search(body, 0, match.start()) or body[digits : digits + 1].isupper()
        ):
            continue  # "T-72-es", "F16", "Leopard 2A7HU", "5G": a model's name, no count
        factor = _factor(match["mult"] or "")
        low = _figure(match["low"]) * factor
        high = _figure(match["high"]) * factor if match["high"] else low
        found.append((match.start(), match.end(), _exact(low), _exact(high)))
    for match in _HALVES.finditer(body):
        found.extend(_halves(match))
    for match in _WORD.finditer(body):
        if any(s <= match.start() < e for s, e, _, _ in found):
            continue
        value = parse_number_word(match.group(0)) or _collective(match.group(0).lower())
        if value is not None and not _NAMING.match(body, match.end()):
            found.append((match.start(), match.end(), value, value))
    return found


def _halves(match: re.Match[str]) -> list[tuple[int, int, int | float, int | float]]:
    """ "másfél milliárd" → 1.5·10⁹, "két és fél millió" → 2.5·10⁶, "két-két és fél" →
    [2, 2.5]: a half added to a number word, with its multiplier."""
    whole = 1 if match["one"] else parse_number_word(match["whole"])
    first = parse_number_word(match["low"]) if match["low"] else None
    if whole is None or (match["low"] and first is None):
        return []
    factor = _MULTIPLIERS[match["mult"].lower()] if match["mult"] else 1
    high = (whole + 0.5) * factor
    low = first * factor if first is not None else high
    return [(match.start(), match.end(), _exact(float(low)), _exact(high))]


_HALVES = re.compile(
    r"\b(?:(?:(?P<low>[a-záéíóöőúüű]+)-)?(?P<whole>[a-záéíóöőúüű]+)\s+és\s+fél|(?P<one>másfél))\b"
    r"(?:\s+(?P<mult>ezer|millió|milliárd)(?=[a-záéíóöőúüű]*\b))?",
    re.I,
)


def _collective(word: str) -> int | None:
    """ "négyen", "ketten", "tizenketten", "tucatnyian" (a dozen): so many people
    together."""
    if not word.endswith(("an", "en")) or len(word) < 4:
        return None
    base = word[:-2]
    if base == "tucatnyi":
        return 12
    for tail, numeral in _COLLECTIVE.items():
        if base.endswith(tail):
            base = base[: -len(tail)] + numeral
    return _numeral(base)


def _factor(words: str) -> int:
    """ "ezer milliárd" → 10**12, "ezret" → 1000: the multipliers after a figure."""
    factor = 1
    for word in words.lower().split():
        factor *= next(v for k, v in _FACTORS if word.startswith(k))
    return factor


_FACTORS = (("milliárd", 10**9), ("millió", 10**6), ("ez", 1000))  # "ezer", "ezret"
_MODEL = re.compile(r"\b[A-ZÁÉÍÓÖŐÚÜŰ][\w]*-$")  # "T-", "Szu-", "MiG-" right before a figure


def _figure(text: str) -> float:
    return float(re.sub(r"[  .]", "", text).replace(",", "."))


def _exact(value: float) -> int | float:
    """A whole number as an int; "4,5" stays 4.5 (a decimal comma is no rounding)."""
    return int(value) if value.is_integer() else value


def _numeral(form: str) -> int | None:
    """Parse a whole numeral word ("tizenkétezer"), or None if it is not one."""
    total, current, rest = 0, 0, form
    while rest:
        for table in (_MULTIPLIERS, _TENS, _DIGITS):
            prefix = next(
                (p for p in sorted(table, key=len, reverse=True) if rest.startswith(p)), None
            )
            if prefix is not None:
                break
        else:
            return None
        if table is _MULTIPLIERS:
            factor = _MULTIPLIERS[prefix]
            if factor == 100:
                current = (current or 1) * 100
            elif total and not current and total < factor:
                total *= factor  # "ezermilliárd": a thousand billions
            else:
                total += (current or 1) * factor
                current = 0
        else:
            current += table[prefix]
        rest = rest[len(prefix) :]
    value = total + current
    return value or None


def _hedge(body: str, start: int) -> tuple[int, str]:
    """Extend the start over a hedge right before the number; say which."""
    for pattern, kind in _HEDGES:
        for match in pattern.finditer(body, max(0, start - 40), start):
            if body[match.end() : start].lower() in _BETWEEN_HEDGE:
                return match.start(), kind
    return start, "exact"


def _bound_after(body: str, end: int) -> str | None:
    """A postposition after the number and its noun that bounds it: "60 nap alatt",
    "1 százalék alá" (below), "90 százalék felett" (above)."""
    match = _POSTPOSED.match(body, end)
    if match is None:
        return None
    return "below" if match["word"].lower().startswith("al") else "above"


def _compared(body: str, start: int, end: int) -> str | None:
    """A comparison bounding the number from the other side, exclusive: "5-ösnél
    erősebb" (above), "22 foknál hűvösebb" (below); negated, the bound is the number
    itself: "sem lesz 22 foknál hűvösebb" (at least 22)."""
    match = _COMPARED.match(body, end)
    if match is None or not (match["noun"] or body[:end].lower().endswith(("nál", "nél"))):
        return None
    adjective = match["adjective"].lower()
    if adjective not in _MORE + _LESS:
        return None
    negated = _NEGATED.search(body, 0, start) is not None
    if adjective in _MORE:
        return "at-most" if negated else "above"
    return "at-least" if negated else "below"


_COMPARED = re.compile(
    r"(?P<noun>\s+[a-záéíóöőúüű]+n[áé]l)?\s+(?P<adjective>[a-záéíóöőúüű]+bb)\b", re.I
)
_MORE = ("több", "nagyobb", "erősebb", "magasabb", "hosszabb", "drágább", "melegebb", "gyorsabb")
_LESS = ("kevesebb", "kisebb", "gyengébb", "alacsonyabb", "rövidebb", "olcsóbb", "hűvösebb")
_NEGATED = re.compile(r"\b(?:nem|sem)\s+(?:[a-záéíóöőúüű]+\s+)?$", re.I)
_POSTPOSED = re.compile(
    r"(?:\s+[a-záéíóöőúüű]+)?\s+(?P<word>alatt|alá|alatti|felett|fölött|feletti|fölötti|fölé)\b",
    re.I,
)


def _bounds(
    kind: str, low: int | float, high: int | float
) -> tuple[int | float | None, int | float | None, bool, bool]:
    """min, max, min_inclusive, max_inclusive for a hedge ("about" keeps both bounds)."""
    if kind == "above":
        return low, None, False, True
    if kind == "at-least":
        return low, None, True, True
    if kind == "several":
        return 2 * low, None, True, True
    if kind == "below":
        return None, high, True, False
    if kind == "at-most":
        return None, high, True, True
    return low, high, True, True


def _unit(body: str, start: int, end: int) -> Name | None:
    """The counted noun: right after the number, else the nearest before it."""
    after = tokens(body[end:])[:2]
    before = list(reversed(tokens(body[:start])))[:4]
    for word, _, _ in (*after, *before):
        for form in stems(word):
            if form in UNITS:
                return Name(form, UNITS[form])
    return None
