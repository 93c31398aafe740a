"""A number is never cut (issue 12, item 8): digits the parser did not expect were read as part
of a number and the rest dropped ("３．２ percent" published as 2.0, "4 500 billion yuan" as
500e9). Now a number is read from the document's own characters -- any script's decimal digits,
full-width and Arabic separators, no-break and thin spaces between groups of three, invisible
characters between digits skipped -- with the row's span and value_text on the original text;
or the figure is rejected with a reason.

The plain-space rule: a plain space never joins digits. "4 500 billion yuan" may be 4,500 billion
or a "4" before "500 billion", so it is rejected (number-ambiguous); a lead that cannot be a
thousands group ("in 2024 500 billion": four digits; "Q3 500": part of a code) leaves the figure
as written.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document
from econstats.reader.numbers import find_numbers, number_problem, parse_number


class Row(NamedTuple):
    indicator: str
    value: float
    value_text: str


class Rejected(NamedTuple):
    reason: str
    value_text: str


def outcome(text: str) -> list[Row | Rejected]:
    """Published rows and rejections of one sentence, in text order."""
    result = extract_document(doc_of(Case(text)))
    for row in result["rows"]:
        assert text[row["char_start"] : row["char_end"]] == row["value_text"]
    found = [
        (r["char_start"], Row(r["indicator"], r["value"], r["value_text"])) for r in result["rows"]
    ]
    found += [(r.char_start, Rejected(r.reason, r.value_text)) for r in result["rejections"]]
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


ACCEPTED = [
    # the cases: the value is exactly right, the span is the original text
    (
        "China's CPI rose ３．２ percent year on year in October 2025.",
        [Row("prices.cpi", 3.2, "３．２ percent")],
    ),
    (
        "China's general public budget revenue reached ４．５ trillion yuan in 2025.",
        [Row("fiscal.revenue", 4.5e12, "４．５ trillion yuan")],
    ),
    (
        "China's CPI rose ٣٫٢ percent year on year in October 2025.",
        [Row("prices.cpi", 3.2, "٣٫٢ percent")],
    ),
    (
        "China's CPI rose 1\u200d2 percent year on year in October 2025.",
        [Row("prices.cpi", 12.0, "1\u200d2 percent")],
    ),
    (
        "China's exports reached 3\u00a0000 billion yuan in 2025.",
        [Row("trade.exports", 3e12, "3\u00a0000 billion yuan")],
    ),
    (
        "China's exports reached 3\u202f000 billion yuan in 2025.",
        [Row("trade.exports", 3e12, "3\u202f000 billion yuan")],
    ),
    (
        "China's exports reached 1\u2009234\u2009567 million yuan in 2025.",
        [Row("trade.exports", 1.234567e12, "1\u2009234\u2009567 million yuan")],
    ),
    (
        "China's exports reached １，２３４．５ billion yuan in 2025.",
        [Row("trade.exports", 1.2345e12, "１，２３４．５ billion yuan")],
    ),
    (
        "China's exports reached ١٬٢٣٤ billion yuan in 2025.",
        [Row("trade.exports", 1.234e12, "١٬٢٣٤ billion yuan")],
    ),
    (
        "2025年前10个月，全国一般公共预算收入１８６４９０亿元，同比增长０．８％。",
        [
            Row("fiscal.revenue", 1.8649e13, "１８６４９０亿元"),
            Row("fiscal.revenue", 0.8, "０．８％"),
        ],
    ),
    (
        "China's retail sales rose 4.\u00ad5 percent in 2025.",  # a soft hyphen inside the number
        [Row("retail.sales", 4.5, "4.\u00ad5 percent")],
    ),
    # a plain space after a lead that cannot be a thousands group: the figure as written
    (
        "China's exports in 2024 500 billion yuan higher than planned reached 3 trillion yuan.",
        [
            Row("trade.exports", 5e11, "500 billion yuan"),
            Row("trade.exports", 3e12, "3 trillion yuan"),
        ],
    ),
    (
        "In Q3 500 billion yuan of China's exports went to Asia.",
        [Row("trade.exports", 5e11, "500 billion yuan")],
    ),
    (
        "China's exports reached 4 5000 billion yuan in 2025.",  # "5000" is no group of three
        [Row("trade.exports", 5e12, "5000 billion yuan")],
    ),
    (
        "China's exports grew 4, 500 billion yuan in 2025.",  # comma and space: two numbers
        [Row("trade.exports", 5e11, "500 billion yuan")],
    ),
    # unchanged ASCII text
    (
        "China's retail sales totaled 31.25 trillion yuan in 2024, up 3.4 percent.",
        [
            Row("retail.sales", 3.125e13, "31.25 trillion yuan"),
            Row("retail.sales", 3.4, "3.4 percent"),
        ],
    ),
    # a number written around a myriad: its head counts in the myriad (realnews rz15: 3.2884
    # trillion; was read as 2884億元; rz14's "3萬8748美元" likewise reads 38,748)
    (
        "2025年1至10月，全國稅收收入達3兆2884億元。",
        [Row("fiscal.revenue.tax", 3.2884e12, "3兆2884億元")],
    ),
]

REJECTED = [
    # a plain space between a free-standing lead of 1-3 digits and a group of three: ambiguous
    (
        "China's exports reached 4 500 billion yuan in 2025.",
        [Rejected("number-ambiguous", "500 billion yuan")],
    ),
    (
        "China's exports reached US$4 500 in 2025.",  # "US$4" then a bare "500"?
        [Rejected("number-ambiguous", "US$4")],
    ),
    (
        "2025年前10个月，全国一般公共预算收入4 500亿元。",
        [Rejected("number-ambiguous", "500亿元")],
    ),
    # runs that are no number: never cut to their tail
    (
        "China's CPI rose 3,2 percent year on year in October 2025.",  # a decimal comma
        [Rejected("number-unreadable", "3,2 percent")],
    ),
    (
        "China's CPI rose 1.2.3 percent year on year in October 2025.",
        [Rejected("number-unreadable", "1.2.3 percent")],
    ),
    (
        "China's exports reached 2025\u00a0500 billion yuan in 2025.",  # a four-digit lead
        [Rejected("number-unreadable", "2025\u00a0500 billion yuan")],
    ),
    (
        "China's CPI rose 1٢ percent year on year in October 2025.",  # two scripts
        [Rejected("number-unreadable", "1٢ percent")],
    ),
    (
        "China's exports reached 3\u00a0000,5 billion yuan in 2025.",  # a French decimal comma
        [Rejected("number-unreadable", "3\u00a0000,5 billion yuan")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), ACCEPTED + REJECTED, ids=[c[0][:50] for c in ACCEPTED + REJECTED]
)
def test_sentence(text: str, expected: list) -> None:
    assert outcome(text) == expected


PARSED = [
    ("３．２", Decimal("3.2"), 1),
    ("٣٫٢", Decimal("3.2"), 1),
    ("１，２３４", Decimal("1234"), 0),
    ("١٬٢٣٤٫٥", Decimal("1234.5"), 1),
    ("3\u00a0000", Decimal("3000"), 0),
    ("12\u202f345\u202f678.9", Decimal("12345678.9"), 1),
    ("1\u200d2", Decimal("12"), 0),
    ("१२.५", Decimal("12.5"), 1),  # Devanagari digits
]
UNREADABLE = [
    "4 500",
    "1٢",
    "3\u00a0000,5",
    "1,234\u00a0567",
    "2025\u00a0500",
    "3\u00a000",
    "\u200b5",
]


@pytest.mark.parametrize(("text", "value", "decimals"), PARSED, ids=[c[0] for c in PARSED])
def test_parse_number_reads_every_script(text: str, value: Decimal, decimals: int) -> None:
    assert parse_number(text) == (value, decimals)
    assert find_numbers(f"up {text} percent") == [(3, 3 + len(text), text)]


@pytest.mark.parametrize("text", UNREADABLE)
def test_parse_number_refuses(text: str) -> None:
    assert parse_number(text) is None


CUT = [
    ("rose ３．２ percent", "２ percent"),
    ("rose ٣٫٢ percent", "٢ percent"),
    ("rose 1\u200d2 percent", "2 percent"),
    ("reached 3\u00a0000 billion", "000 billion"),
    ("reached 3\u00a0000 billion", "3"),
    ("rose .5 percent", "5 percent"),
    ("每人GDP为3萬8748美元", "8748美元"),  # realnews rz14: 38,748 dollars
    ("收入1亿2000万元", "2000万元"),
    ("收入1亿2000万元", "1亿"),
]


@pytest.mark.parametrize(("text", "span"), CUT)
def test_a_span_inside_a_number_is_refused(text: str, span: str) -> None:
    """The safety net of validate.py: whatever matched, a row's number is whole."""
    start = text.index(span)
    assert number_problem(text, start, start + len(span))[0] == "number-unreadable"
