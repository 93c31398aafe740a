"""India's fiscal releases as the Ministry of Finance writes them: a name in full with its
abbreviation in brackets before the noun ("Goods and Services Tax (GST) collections", as
"value-added tax (VAT) revenue": the abbreviation and the noun are read as one subject); net
revenue after refunds, the compensation cess and refunds themselves apart from gross GST; the
months of a fiscal year written across two calendar years ("the April-August period of FY
2025-26": April to August 2025) and a budget's split year ("the Union Budget 2025-26"). "Ministry
of Finance" names no country on its own (India's, Japan's, Korea's): the rupee amounts say
India. A tax rate set by policy gives no row."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

GST = "fiscal.revenue.tax.gst"
CASES = [
    (
        "Ministry of Finance\n\nGross Goods and Services Tax (GST) collections stood at "
        "₹1,86,315 crore in August 2025, registering a growth of 6.5 per cent, according to data "
        "released by the Ministry of Finance. After adjusting for refunds, net GST revenue came "
        "in at ₹1.67 lakh crore. Refunds issued during the month fell 20 per cent to ₹19,359 "
        "crore. Compensation cess: ₹15,587 crore.",
        [
            (GST, "level", 1.86315e12, "2025-08", None, "IN"),
            (GST, "yoy_pct", 6.5, "2025-08", None, "IN"),
            (GST, "level", 1.67e12, "2025-08", "net", "IN"),
            ("fiscal.tax_refunds", "yoy_pct", -20.0, "2025-08", None, "IN"),
            ("fiscal.tax_refunds", "level", 1.9359e11, "2025-08", None, "IN"),
            (GST, "level", 1.5587e11, "2025-08", "compensation cess", "IN"),
        ],
    ),
    (
        "NEW DELHI - For the April-August period of FY 2025-26, gross GST collections amounted "
        "to ₹10.04 lakh crore. The Union Budget 2025-26 has estimated GST collections at ₹11.78 "
        "lakh crore.",
        [
            (GST, "level", 1.004e13, "2025-04-01/P5M", None, "IN"),
            (GST, "level", 1.178e13, "2025-04-01/P12M", None, "IN"),
        ],
    ),
    (
        "TOKYO - In January-March of fiscal 2024-25, Japan's tax revenue rose 4.1%.",
        [("fiscal.revenue.tax", "yoy_pct", 4.1, "2025-Q1", None, "JP")],
    ),
    (
        "BEIJING - Value-added tax (VAT) revenue rose 5% in July, the Ministry of Finance said.",
        [("fiscal.revenue.tax.vat", "yoy_pct", 5.0, "2025-07", None, "CN")],
    ),
    (  # a country named keeps its place; a policy rate is no figure
        "TOKYO - Japan's exports rose 3% in July, the Ministry of Finance said. The government "
        "cut the GST rate to 18 per cent.",
        [("trade.exports", "yoy_pct", 3.0, "2025-07", None, "JP")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: str(v)[:48])
def test_india_fiscal_release(text: str, expected: list[tuple]) -> None:
    result = extract_document(doc_of(Case(text, "2025-09-01")))
    found = [
        (r["indicator"], r["measure"], r["value"], r["period"], r["breakdown"], r["ref_area"])
        for r in result["rows"]
    ]
    assert found == expected


QUALIFIED = [
    # "over" after a percent compares it with the level after it: that level is exact
    ("registering a growth of 6.5 per cent over ₹1,74,962 crore collected in August 2024", "exact"),
    ("exports rose 12% over $5.1 billion a year earlier", "exact"),
    # "over" before an amount is a bound of that amount
    ("GST collections stood at over ₹1.74 lakh crore in August 2024", "at_least"),
]


@pytest.mark.parametrize(("tail", "qualifier"), QUALIFIED, ids=lambda v: str(v)[:40])
def test_over_after_a_percent(tail: str, qualifier: str) -> None:
    text = f"NEW DELHI - India's gross GST collections rose in August 2025, {tail}."
    rows = extract_document(doc_of(Case(text, "2025-09-01")))["rows"]
    levels = [r["qualifier"] for r in rows if r["measure"] == "level"]
    assert levels == [qualifier]
