"""Find the stated quantities of a sentence: number + scale word + currency or unit.

A minus sign printed right before the number or its currency ("-2.5%", "−$3 billion") is part of
the figure: its value is negative whatever words surround it, so a sign is never dropped. A hyphen
after a letter, a digit or a closing bracket is no sign ("1-10月", "January-October", "Q1-Q3").

A number becomes a figure only with a unit: a currency, percent, a unit of vocab/units.csv, or a
scale word ("600 million views"). Bare numbers -- years, ages, "Article 36", "10 films" -- are
not figures. Values are converted by pint (econstats.core.units) into the canonical unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from econstats.core.units import Registry, build_registry, to_canonical
from econstats.reader.lexicon import alternation, key, load_vocab, lookup
from econstats.reader.money import currency_pattern, minor_units, to_currency
from econstats.reader.numbers import INDIAN_FIGURE, MYRIADS, NOT_GLUED, NUMBER_BODY, parse_number
from econstats.reader.prefilter import has_digit

# a minus sign: U+2212, or a hyphen-minus that follows no letter, digit, point, comma, percent
# sign or closing bracket (a range or a compound word: "1-10月", "Q1-Q3", "January-October")
MINUS = r"(?: \u2212 | (?<![A-Za-z.,%)\]\uff09]) (?<!\d) - )"


@dataclass(frozen=True)
class RawFigure:
    """A figure's span and parts before its sign, measure and qualifier are known."""

    start: int
    end: int
    value: Decimal
    unit: str
    unit_kind: str
    decimals: int
    negative: bool = False  # printed with a minus sign ("-2.5%")


@cache
def figure_regex() -> re.Pattern[str]:
    """The one compiled figure pattern, built from the vocabulary files."""
    scales = load_vocab("scales", ("word", "unit", "attached_only"))
    units = load_vocab("units", ("phrase", "unit", "kind"))
    # currencies first, so the longer "人民币" wins over the count word "人"; a unit may be
    # glued to its number ("约180GWh")
    suffix = currency_pattern("suffix").removesuffix(")")
    suffix += "|" + alternation([row["phrase"] for row in units], True).removeprefix("(?:")
    # percent glued or hyphenated to its number: "2.88pct", "12.2-percent", "0.49-percentage-point"
    rates = alternation([row["phrase"] for row in units if row["kind"] in ("percent", "pp")], True)
    crore = alternation(row["word"] for row in scales if row["unit"] == "crore")
    pattern = rf"""
        (?P<minus> {MINUS} )?                                         # a printed sign: -2.5%
        (?: (?P<prefix> {currency_pattern("prefix")} ) [ \u00a0]?     # $, US$, RMB, HK$
          | {NOT_GLUED} )                                             # or a free-standing number
        (?: (?P<head> \d++ ) (?P<myriad> [{"".join(HEAD_MYRIADS)}] ) (?=\d) )?  # 3兆2884億元, 3萬8748美元
        (?P<number> {NUMBER_BODY} )
        (?: [ \u00a0]? (?P<scale> {alternation((row["word"] for row in scales), glued=True)} )
          (?: [ \u00a0] (?P<crore> {crore} ) )? )?                    # Rs 1.17 lakh crore
        (?: (?: [ \u00a0] | \.(?=[%％]) )? (?P<unit> {suffix} )          # a stray dot: "12.2.%"
          | -? (?P<rate> {rates} ) )?                                 # percent, yuan, 2.88pct
    """
    return re.compile(pattern, re.VERBOSE)


# "pct" in a Chinese sentence (a broker note: "毛利率同比下降2.88pct") is 个百分点, percentage points
_CHINESE_PCT = re.compile(r"(?i:pct)")
CJK = re.compile(r"[\u4e00-\u9fff]")


@cache
def scale_table() -> dict[str, dict[str, str]]:
    """key(scale word) -> its row (pint unit name, attached_only)."""
    return lookup(load_vocab("scales", ("word", "unit")), "word")


@cache
def unit_table() -> dict[str, dict[str, str]]:
    """key(unit phrase) -> its row (canonical unit, kind)."""
    return lookup(load_vocab("units", ("phrase", "unit", "kind")), "phrase")


CAPITAL_SCALES = ("M", "B")  # "708M", "1.2B": million, billion after a bare number
# thousands glued to a bare number of three digits or with decimals ("over 190k players",
# "1.5k stores"); not "5k" or "10k" (a race), not "2025k"
THOUSANDS = re.compile(r"\d{1,3}\.\d+|\d{3}")
# a number written around a myriad: its head, then the rest ("3兆2884億元" = 3.2884 trillion)
HEAD_MYRIADS = {"萬": 10**4, "万": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}


def classify(match: re.Match[str]) -> tuple[str, str] | None:
    """(unit, kind) of a figure match, or None when it is no figure."""
    prefix, scale, unit = match.group("prefix", "scale", "unit")
    unit = unit or match.group("rate")
    currency = to_currency(prefix) or to_currency(unit)
    if scale and scale_table()[key(scale)]["attached_only"] == "yes":
        glued = (
            match.group("number") + scale == match.group()[-len(match.group("number") + scale) :]
        )
        # a capital letter glued to a number of two or three digits, or with decimals, is a
        # count's scale with no currency ("708M users", "3.1M rides"; not "3M", "2025M", "5m")
        counted = glued and scale in CAPITAL_SCALES and not prefix and not unit
        counted = counted and bool(re.fullmatch(r"\d[\d,]*\.\d+|\d{2,3}", match.group("number")))
        thousands = scale == "k" and not prefix and match.end("number") == match.start("scale")
        thousands = thousands and (not unit or unit_table()[key(unit)]["kind"] == "count")
        counted = counted or (thousands and bool(THOUSANDS.fullmatch(match.group("number"))))
        if not (prefix and glued and not unit) and not counted:
            return None
    if prefix and unit and to_currency(unit) and to_currency(unit) != to_currency(prefix):
        return None
    if currency:
        return currency, "money"
    if unit:
        row = unit_table()[key(unit)]
        return row["unit"], row["kind"]
    if scale:
        return "count", "count"
    return None


# an index level as printed: one to three digits and one or two decimals ("49.8", "50.0"); not
# a year, a day, a count or a threshold ("above 50"), and never glued to a unit, scale or number
INDEX_LEVEL = re.compile(
    rf"{NOT_GLUED}(?P<number>\d{{1,3}}[.]\d{{1,2}})(?![\d.,]?\d)(?![%％A-Za-z]|[ \u00a0][%％])"
)


def find_index_levels(text: str, offset: int, taken: list[RawFigure]) -> list[RawFigure]:
    """Bare numbers read as index levels (unit `index`), outside the figures already found.
    Only for a sentence that names an index (a PMI): a bare number is no figure elsewhere.

    >>> [(f.value, f.unit) for f in find_index_levels("The PMI came in at 49.8, from 50.20", 0, [])]
    [(Decimal('49.8'), 'index'), (Decimal('50.20'), 'index')]
    >>> text = "above 50 in 2025, up 3.5% or 1.2 billion, 12.5 points, 7.2%"
    >>> find_index_levels(text, 0, find_raw_figures(text))
    []
    """
    spans = [(f.start - offset, f.end - offset) for f in taken]
    levels = []
    for match in INDEX_LEVEL.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in spans):
            continue
        value, decimals = parse_number(match.group("number")) or (Decimal(0), 0)
        start, end = match.span()
        levels.append(RawFigure(start + offset, end + offset, value, "index", "index", decimals))
    return levels


def find_raw_figures(
    text: str, offset: int = 0, registry: Registry | None = None
) -> list[RawFigure]:
    """Figures of a sentence with canonical values (unsigned) and document offsets.

    >>> [(f.value, f.unit) for f in find_raw_figures("to nearly 18.65 trillion yuan ($4.46 trillion)")]
    [(Decimal('18650000000000.00'), 'CNY'), (Decimal('4460000000000.00'), 'USD')]
    >>> [(f.value, f.unit) for f in find_raw_figures("784.7亿元, up 5.7%, 1.94 billion passenger trips")]
    [(Decimal('78470000000.0'), 'CNY'), (Decimal('5.7'), 'percent'), (Decimal('1940000000.00'), 'count')]
    >>> find_raw_figures("Article 36, aged 93, 10 films, the 75th anniversary, in 2024, 5m away")
    []
    >>> [(f.value, f.negative) for f in find_raw_figures("growth: -2.5%, −$3 billion, 1-10月 5%")]
    [(Decimal('-2.5'), True), (Decimal('-3000000000'), True), (Decimal('5'), False)]
    """
    if not has_digit(text):  # every figure has a digit: skip the slow scan (issue 7)
        return []
    registry = registry or build_registry()
    figures = []
    for match in figure_regex().finditer(text):
        kind = classify(match)
        if kind is None:
            continue
        if match.group()[-1:] in MYRIADS and text[match.end() : match.end() + 1].isdecimal():
            continue  # "3萬8748美元": the head of a number written around a myriad, no figure
        unit, unit_kind = kind
        if unit_kind == "percent" and _CHINESE_PCT.fullmatch(
            match.group("rate") or match.group("unit") or "x"
        ):
            unit_kind = "pp" if CJK.search(text) else unit_kind  # "同比下降2.88pct": 2.88个百分点
        indian = bool(INDIAN_FIGURE.search(match.group()))
        value, decimals = parse_number(match.group("number"), indian) or (Decimal(0), 0)
        scale = match.group("scale")
        if match.group("crore"):  # "1.17 lakh crore": the second scale word multiplies too
            value = to_canonical(value, "crore", "count", registry)
        pint_scale = scale_table()[key(scale)]["unit"] if scale else None
        canonical = unit
        if unit_kind == "physical":
            canonical = unit_table()[key(match.group("unit") or match.group("rate"))]["canonical"]
        value = to_canonical(value, pint_scale, unit, registry, canonical)
        minor = minor_units().get(key(match.group("unit") or ""))
        if minor is not None and unit_kind == "money":  # "11 cents": 0.11 dollars
            value, decimals = value * minor, decimals + 2
        if match.group("head"):  # "3兆2884億元": the head counts in its myriad
            head = Decimal(match.group("head")) * HEAD_MYRIADS[match.group("myriad")]
            head = to_canonical(head, None, unit, registry, canonical)
            if head <= value:  # "3萬8748億": no number is written so; not read
                continue
            value += head
        negative = match.group("minus") is not None
        value = -value if negative else value
        start, end = match.span()
        figures.append(
            RawFigure(start + offset, end + offset, value, canonical, unit_kind, decimals, negative)
        )
    return figures
