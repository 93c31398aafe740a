"""A part named after a comma opens its clause as after 'and' or 'of which', and so does a colon
(econstats.reader.part_subjects, vocab/part_openers.csv): in 'the gross GST revenue stands at Rs 1,17,010
crore, of which CGST is Rs 20,578 crore, SGST is Rs 26,767 crore, IGST is Rs 60,911 crore and
cess is Rs 8,754 crore' each part is a breakdown of GST revenue (vocab/part_nouns.csv). Before, a
comma right after a word ('crore, SGST') opened no part, and the repeats rule dropped every part
but the first. A word opener still starts a word ('and', never 'band'); a part after a
preposition ('from IGST') is no part of the figure, and counts of other things make no row."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

GST = "fiscal.revenue.tax.gst"

PARTS = [
    (
        "The gross GST revenue collected in September 2021 stands at Rs 1,17,010 crore, of which "
        "CGST is Rs 20,578 crore, SGST is Rs 26,767 crore, IGST is Rs 60,911 crore and Cess is "
        "Rs 8,754 crore.",
        "2021-10-01",
        [
            (GST, None, "level", 1.1701e12, "Rs 1,17,010 crore"),
            (GST, "central gst", "level", 2.0578e11, "Rs 20,578 crore"),
            (GST, "state gst", "level", 2.6767e11, "Rs 26,767 crore"),
            (GST, "integrated gst", "level", 6.0911e11, "Rs 60,911 crore"),
            (GST, "cess", "level", 8.754e10, "Rs 8,754 crore"),
        ],
    ),
    (
        "Gross GST collections for March 2024 were Rs 1,78,484 crore: CGST Rs 34,532 crore, SGST "
        "Rs 43,746 crore and IGST Rs 87,947 crore.",
        "2024-04-01",
        [
            (GST, None, "level", 1.78484e12, "Rs 1,78,484 crore"),
            (GST, "central gst", "level", 3.4532e11, "Rs 34,532 crore"),
            (GST, "state gst", "level", 4.3746e11, "Rs 43,746 crore"),
            (GST, "integrated gst", "level", 8.7947e11, "Rs 87,947 crore"),
        ],
    ),
    (
        "China's government deficit is projected to be 2.38 trillion yuan in 2018, the central "
        "government 1.55 trillion yuan and local governments 0.83 trillion yuan.",
        "2018-03-05",
        [
            ("fiscal.deficit", None, "level", 2.38e12, "2.38 trillion yuan"),
            ("fiscal.deficit", "central", "level", 1.55e12, "1.55 trillion yuan"),
            ("fiscal.deficit", "local", "level", 8.3e11, "0.83 trillion yuan"),
        ],
    ),
    # rejected readings: a part after a preposition is no part of the figure; a word opener
    # inside a word opens nothing; numbers of other things (pandas, medals, dates) make no row
    (
        "India's GST revenue rose 23% in September 2021, driven by higher collections from IGST "
        "on imports.",
        "2021-10-01",
        [(GST, None, "yoy_pct", 23.0, "23%")],
    ),
    (
        "India's gross GST revenue in September 2021 was Rs 1,17,010 crore, cessation of duties "
        "cost Rs 8,754 crore.",
        "2021-10-01",
        [(GST, None, "level", 1.1701e12, "Rs 1,17,010 crore")],
    ),
    (
        "The panda base housed 56 giant pandas in 2024, the central government 20 and local "
        "governments 36.",
        "2025-01-14",
        [],
    ),
    (
        "India won 7 medals at the 2020 Games, CGST officers 2 and the state team 5.",
        "2021-08-09",
        [],
    ),
    ("The GST Council met on 9 September 2021, the 45th meeting, in Lucknow.", "2021-09-10", []),
]


@pytest.mark.parametrize(("text", "published", "rows"), PARTS, ids=[t[:50] for t, *_ in PARTS])
def test_parts_after_a_comma(text: str, published: str, rows: list[tuple]) -> None:
    found = extract_document(doc_of(Case(text, published)))["rows"]
    got = [
        (r["indicator"], r["breakdown"], r["measure"], r["value"], r["value_text"]) for r in found
    ]
    assert got == rows
    assert len({r["obs_id"] for r in found}) == len(found)


# RMB loans and deposits are a part (breakdown rmb) of those in domestic and foreign currencies
# (本外币, the total): both stated, both are rows (extractors/macro.terms.csv); before, the repeats
# rule kept the total and dropped the RMB figures. Rates and exchange rates are no loans.
LOANS = "macro.money.loans"
DEPOSITS = "macro.money.deposits"
CURRENCIES = [
    (
        "6月末,本外币贷款余额255.32万亿元,同比增长8.3%。月末人民币贷款余额250.85万亿元,同比增长8.8%。",
        "2024-07-12",
        [
            (LOANS, None, "level", 2.5532e14, "255.32万亿元"),
            (LOANS, None, "yoy_pct", 8.3, "8.3%"),
            (LOANS, "rmb", "level", 2.5085e14, "250.85万亿元"),
            (LOANS, "rmb", "yoy_pct", 8.8, "8.8%"),
        ],
    ),
    (
        "3月末,本外币存款余额301.68万亿元,同比增长6%。人民币存款余额295.72万亿元,同比增长6.1%。",
        "2024-04-12",
        [
            (DEPOSITS, None, "level", 3.0168e14, "301.68万亿元"),
            (DEPOSITS, None, "yoy_pct", 6.0, "6%"),
            (DEPOSITS, "rmb", "level", 2.9572e14, "295.72万亿元"),
            (DEPOSITS, "rmb", "yoy_pct", 6.1, "6.1%"),
        ],
    ),
    (
        "12月末,人民幣貸款餘額237.59萬億元,同比增長10.6%。",
        "2024-01-12",
        [
            (LOANS, "rmb", "level", 2.3759e14, "237.59萬億元"),
            (LOANS, "rmb", "yoy_pct", 10.6, "10.6%"),
        ],
    ),
    ("6月20日,1年期贷款市场报价利率(LPR)为3.45%,5年期以上LPR为3.95%。", "2024-06-21", []),
    ("6月末,人民币对美元汇率中间价为7.1268元。", "2024-07-01", []),
    ("该行向大熊猫保护基地发放人民币贷款2笔,共计支持12只大熊猫。", "2024-07-01", []),
]


@pytest.mark.parametrize(
    ("text", "published", "rows"), CURRENCIES, ids=[t[:30] for t, *_ in CURRENCIES]
)
def test_rmb_part_of_total(text: str, published: str, rows: list[tuple]) -> None:
    found = extract_document(doc_of(Case(text, published)))["rows"]
    got = [
        (r["indicator"], r["breakdown"], r["measure"], r["value"], r["value_text"]) for r in found
    ]
    assert got == rows
    assert len({r["obs_id"] for r in found}) == len(found)
