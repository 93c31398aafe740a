"""Number forms news really prints: a percent glued or hyphenated to its number ("2.88pct",
"12.2-percent", "a 0.49-percentage-point rise"), and Indian money: lakh (1e5) and crore (1e7)
as scale words, "lakh crore" (both), "Rs"/"Rs."/"₹" as rupee prefixes, and Indian digit
grouping ("1,17,010") read only in a figure that names lakh, crore or rupees.

Bug caught: "the gross margin fell 2.88pct" and "GST revenue of Rs 1,17,010 crore" were never
read as figures: the glued unit failed the whole-word check, lakh/crore were no scale words and
"1,17,010" no number.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from econstats.reader.figures import find_raw_figures


def figures(text: str) -> list[tuple[Decimal, str, str]]:
    """(value, unit, printed text) of each figure of a sentence."""
    return [(f.value, f.unit, text[f.start : f.end]) for f in find_raw_figures(text)]


ACCEPTED = [
    ("The gross margin fell 2.88pct year on year.", [(2.88, "percent", "2.88pct")]),
    ("Fiscal revenue rose 12.2-percent in the period.", [(12.2, "percent", "12.2-percent")]),
    ("M2 grew 10-percent from a year earlier.", [(10, "percent", "10-percent")]),
    ("Non-food prices rose 2.1-per cent.", [(2.1, "percent", "2.1-per cent")]),
    (
        "Food accounted for a 0.49-percentage-point increase of the overall CPI.",
        [(0.49, "percent", "0.49-percentage-point")],
    ),
    ("Exports rose 5PCT on year.", [(5, "percent", "5PCT")]),
    (
        "Gross GST revenue collected in September was Rs 1,17,010 crore.",
        [(117010e7, "INR", "Rs 1,17,010 crore")],
    ),
    ("CGST was Rs 20,578 crore.", [(20578e7, "INR", "Rs 20,578 crore")]),
    ("Collections averaged Rs 1.15 lakh crore a month.", [(1.15e12, "INR", "Rs 1.15 lakh crore")]),
    ("The scheme costs ₹500 crore.", [(500e7, "INR", "₹500 crore")]),
    ("Each farmer gets Rs.20 lakh.", [(20e5, "INR", "Rs.20 lakh")]),
    ("Sales reached 3.5 lakh units.", [(3.5e5, "count", "3.5 lakh units")]),
    ("Revenue of 45,000 crore rupees.", [(45000e7, "INR", "45,000 crore rupees")]),
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED)
def test_accepted(text, expected):
    got = [(float(value), unit, printed) for value, unit, printed in figures(text)]
    assert got == [(float(value), unit, printed) for value, unit, printed in expected]


REJECTED = [
    "The Top-10 firms met on Monday.",
    "COVID-19 hit the economy in 2020.",
    "G-20 leaders met in New Delhi.",
    "The A-1 grade was kept.",
    "In 2024-25 the budget grew.",
    "Call 1800-425-1234 for help.",
    "The 1,17,010 delegates voted.",  # Indian grouping without lakh, crore or rupees
    "She won 12 medals at age 23 on 2021-09-30.",
    "The pandas, 3-5 of them, arrived.",
    "Mrs 5 led the session.",
]


@pytest.mark.parametrize("text", REJECTED)
def test_rejected(text):
    assert figures(text) == []


def test_pct_in_a_chinese_sentence_is_percentage_points():
    # Chinese research notes write 个百分点 as "pct": "毛利率25.31%,同比下降2.88pct"
    found = find_raw_figures("毛利率25.31%,同比下降2.88pct;净利率18.47%")
    assert [(f.unit_kind, str(f.value)) for f in found] == [
        ("percent", "25.31"),
        ("pp", "2.88"),
        ("percent", "18.47"),
    ]
    assert [f.unit_kind for f in find_raw_figures("Exports rose 5pct on year.")] == ["percent"]


def test_ranges_and_month_spans_keep_their_reading():
    # a hyphen before a digit is a range, not a glued unit: only "5 percent" is a figure
    assert [t for _, _, t in figures("Prices rose 3-5 percent.")] == ["5 percent"]
    assert [t for _, _, t in figures("2025年1-10月，增长5%。")] == ["5%"]
