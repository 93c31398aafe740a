"""Numbers as printed: parse_number (one printed number -> Decimal and decimal places) and
find_numbers (every number of a text, with its span). Tables of real text from seeds/ where
possible; invented rows are marked # synthetic.

A number is digits with optional thousands separators and decimals. Version strings ("1.2.3"),
misplaced separators ("12,34") and the tail of a word ("A4", "v1.2") are no numbers. Whether a
number is a figure (a unit, a currency, a scale word) is decided later, by econstats.reader.figures.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

import pytest
from cases import case_id, strict_xfail

from econstats.reader.numbers import find_numbers, parse_number


class Parsed(NamedTuple):
    text: str
    expected: tuple[Decimal, int] | None  # (value, decimal places) or None
    note: str = ""


class Found(NamedTuple):
    text: str
    numbers: list[str]  # every number found, in text order (spans are checked by the runner)
    note: str = ""


def P(text: str, value: str | None = None, decimals: int = 0, note: str = "") -> Parsed:  # noqa: N802 (a table row)
    return Parsed(text, None if value is None else (Decimal(value), decimals), note)


# --- parse_number: one printed number ----------------------------------------------------------

PARSE_ACCEPT = [
    P("18.65", "18.65", 2),  # seeds/001: "nearly 18.65 trillion yuan"
    P("0.8", "0.8", 1),  # seeds/001: "0.8 percent"
    P("784.7", "784.7", 1),  # seeds/001: "784.7 billion yuan"
    P("1.526", "1.526", 3),  # seeds/000: "1.526 billion trips"
    P("2", "2", 0),  # seeds/001: "expanded 2 percent"
    P("652,939", "652939", 0),  # "652,939万平方米" (NBS floor space)
    P("690,000", "690000", 0),  # seeds/002: "US$690,000"
    P("3,980", "3980", 0),  # seeds/003: "HK$3,980"
    P("1,234.5", "1234.5", 1),  # synthetic
    P("1,234,567", "1234567", 0),  # synthetic
    P("100,000,000", "100000000", 0),  # synthetic
    P("1,000.00", "1000.00", 2),  # synthetic: trailing zeros are printed precision
    P("12,345.678", "12345.678", 3),  # synthetic
    P("186490", "186490", 0),  # NBS: "全国一般公共预算收入186490亿元"
    P("2024", "2024", 0),  # a year is still a number; figures.py needs a unit to make a figure
    P("0", "0", 0),  # synthetic
    P("１２", "12", 0),  # synthetic: full-width digits, as in some Chinese text
]

PARSE_REJECT = [
    P(""),
    P("1.2.3"),  # version string
    P("2.0.1"),  # version string
    P("12,34"),  # a decimal comma, not a thousands separator
    P("1,2345"),  # separator not every three digits
    P("1,234,56"),  # short last group
    P("12,3456.7"),
    P("1."),  # a full stop, not decimals
    P(".5"),  # no leading digit
    P("v1.2"),  # version
    P("-3"),  # the sign of a figure comes from words ("down", "fell"), never from a hyphen
    P("1e5"),  # no scientific notation in news text
    P("3.5bn"),  # the scale word is not part of the number
    P("28th"),  # ordinal
    P("1st"),  # ordinal
    P("1 234"),  # a space is no thousands separator
    P(" 1"),  # surrounding spaces are not trimmed: the caller passes the matched text
    P("50%"),
    P("3/4"),
    P("abc"),
]


@pytest.mark.parametrize("case", PARSE_ACCEPT + PARSE_REJECT, ids=case_id)
def test_parse_number(case: Parsed) -> None:
    assert parse_number(case.text) == case.expected


def test_parse_number_keeps_printed_precision() -> None:
    # "decimals" is the precision as printed, used when checking that parts add up
    value, decimals = parse_number("1,000.00")
    assert (str(value), decimals) == ("1000.00", 2)


# --- find_numbers: every number of a text --------------------------------------------------------

FIND_ACCEPT = [
    Found(
        "up 0.8 percent to 18.65 trillion; Article 36; v1.2.3",  # synthetic (the module's doctest)
        ["0.8", "18.65", "36"],
    ),
    Found(
        "In the first 10 months, China's tax revenue totaled 15.34 trillion yuan, an increase of "
        "1.7 percent year on year.",  # seeds/001
        ["10", "15.34", "1.7"],
    ),
    Found(
        "Outbound flight and hotel bookings covered nearly 1,600 cities in 144 countries and "
        "regions.",  # seeds/000
        ["1,600", "144"],
    ),
    Found("Frugal Shanghai Couple Leaves US$690,000 to Save 455 Children", ["690,000", "455"]),
    Found("睇住賞HIZERO F100 仿生潔地機(價值HK$3,980)", ["3,980"]),  # seeds/003: "F100" is a name
    Found("全国一般公共预算收入186490亿元，同比增长0.8%。", ["186490", "0.8"]),  # NBS
    Found("商品房销售面积652,939万平方米", ["652,939"]),
    Found("784.7亿元, up 5.7%", ["784.7", "5.7"]),  # synthetic
    Found("rose 3.4%.", ["3.4"]),  # a full stop after a number does not make it "3.4."
    Found("trade dropped by 0.5 percent, to $57.66 billion.", ["0.5", "57.66"]),  # seeds/000
    Found("1,234.5 and 6,789", ["1,234.5", "6,789"]),  # synthetic
    Found("bronzes and porcelain pieces from Qing Dynasty (1644-1911).", ["1644", "1911"]),
    Found("-0.5", ["0.5"]),  # the hyphen is no sign
    Found("an over 2,100-year-old lady", ["2,100"]),  # seeds/000
    Found("BEIJING, Nov. 11, 2024 /PRNewswire/", ["11", "2024"]),  # seeds/003
    Found("增长１２.５％", ["１２.５"]),  # synthetic: full-width digits
]

FIND_NO_ROW = [
    Found("version 2.0.1 released", []),  # synthetic
    Found("v1.2.3", []),
    Found("1.2.3", []),
    Found("12,34", []),  # decimal comma: neither "12" nor "34"
    Found("12.34.56", []),
    Found("1,234,5678", []),
    Found("A4 paper, MP3 player, G20 summit", []),  # synthetic: digits at the tail of a word
    Found("RMB10", []),  # "RMB10 billion": see test_money.py XFAIL
    Found("The event was held in Linping District.", []),
    Found("Packages such as numpy 1.26.4 were used.", []),  # synthetic: neither "1.26" nor "4"
]

FIND_BUGS_CAUGHT: list[Found] = []  # each case with a comment naming the issue that found it

FIND_XFAIL = [
    Found(
        "The 28th Shanghai International Film Festival, which kicked off today",  # seeds/002
        [],
        note="ordinal '28th' is no number; find_numbers returns '28' (figures.py drops it later)",
    ),
    Found(
        "China is celebrating the 75th anniversary of the founding of the PRC",  # seeds/000
        [],
        note="ordinal '75th' is no number; find_numbers returns '75'",
    ),
    Found(
        "The 2nd Microshort Drama Conference was held",  # seeds/003
        [],
        note="ordinal '2nd' is no number; find_numbers returns '2'",
    ),
]


def found_of(text: str) -> list[str]:
    numbers = find_numbers(text)
    for start, end, printed in numbers:
        assert text[start:end] == printed
        assert parse_number(printed) is not None
    return [printed for _, _, printed in numbers]


@pytest.mark.parametrize(
    "case", FIND_ACCEPT + FIND_NO_ROW + FIND_BUGS_CAUGHT + strict_xfail(FIND_XFAIL), ids=case_id
)
def test_find_numbers(case: Found) -> None:
    assert found_of(case.text) == case.numbers


def test_find_numbers_spans() -> None:
    assert find_numbers("up 0.8 percent to 18.65 trillion; Article 36; v1.2.3") == [
        (3, 6, "0.8"),
        (18, 23, "18.65"),
        (42, 44, "36"),
    ]
