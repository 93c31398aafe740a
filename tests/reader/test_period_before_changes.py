"""Changes on the period right before, beside the year-on-year ones of the same subject:

- a percent change measured from the earlier value written right after it ("down 19.22 percent
  from a record 683,440 units in the fourth quarter of last year") is a change on that value's
  period (econstats.reader.prior_bases): quarter on quarter here, pct_change with a base for another;
- a change in percentage points of a ratio on the period before ("环比上升0.22pct", "1.14
  percentage points below the fourth quarter") takes the breakdown 'quarter on quarter' (month
  on month) beside the year-on-year one (econstats.reader.pp_bases).

Before, each read as the year-on-year change and the repeats rule dropped it. Counts of medals,
pandas or delegates, share prices and policy rates make no row."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

BYD = "Chinese carmaker BYD (SHE: 002594) released its first-quarter report on April 27, 2023. "
CATL = "宁德时代(300750.SZ)发布三季报。"

ACCEPT = [
    (
        BYD + "In the first quarter BYD sold 552,076 NEVs, up 92.81 percent year-on-year but down "
        "19.22 percent from a record 683,440 units in the fourth quarter of last year.",
        "2023-04-27",
        [
            ("company.units_sold", None, "level", 552076.0, "2023-Q1", "552,076 NEVs"),
            ("company.units_sold", None, "yoy_pct", 92.81, "2023-Q1", "92.81 percent"),
            ("company.units_sold", None, "qoq_pct", -19.22, "2023-Q1", "19.22 percent"),
            ("company.units_sold", None, "level", 683440.0, "2022-Q4", "683,440 units"),
        ],
    ),
    (
        BYD + "BYD's revenue in the first quarter was RMB 120.17 billion, up 79.83 percent from "
        "RMB 66.82 billion in the first quarter of last year.",
        "2023-04-27",
        [
            ("company.revenue", None, "level", 1.2017e11, "2023-Q1", "RMB 120.17 billion"),
            ("company.revenue", None, "yoy_pct", 79.83, "2023-Q1", "79.83 percent"),
            ("company.revenue", None, "level", 6.682e10, "2022-Q1", "RMB 66.82 billion"),
        ],
    ),
    (
        BYD + "BYD's gross margin stood at 17.86 percent in the first quarter, 5.46 percentage "
        "points higher than a year earlier but 1.14 percentage points below the fourth quarter.",
        "2023-04-27",
        [
            ("company.gross_margin", None, "share_pct", 17.86, "2023-Q1", "17.86 percent"),
            ("company.gross_margin", None, "pp_change", 5.46, "2023-Q1", "5.46 percentage points"),
            (
                "company.gross_margin",
                "quarter on quarter",
                "pp_change",
                -1.14,
                "2023-Q1",
                "1.14 percentage points",
            ),
        ],
    ),
    (
        CATL + "Q3毛利率25.80%,同比下降5.37pct,环比上升0.22pct;净利率19.13%,同比上升4.12pct,"
        "环比上升0.54pct。",
        "2025-10-20",
        [
            ("company.gross_margin", None, "share_pct", 25.8, "2025-Q3", "25.80%"),
            ("company.gross_margin", None, "pp_change", -5.37, "2025-Q3", "5.37pct"),
            ("company.gross_margin", "quarter on quarter", "pp_change", 0.22, "2025-Q3", "0.22pct"),
            ("company.net_margin", None, "share_pct", 19.13, "2025-Q3", "19.13%"),
            ("company.net_margin", None, "pp_change", 4.12, "2025-Q3", "4.12pct"),
            ("company.net_margin", "quarter on quarter", "pp_change", 0.54, "2025-Q3", "0.54pct"),
        ],
    ),
    (
        CATL
        + "2025年第三季度,公司毛利率为25.8%,比上年同期下降5.4个百分点,比上季度提高0.2个百分点。",
        "2025-10-20",
        [
            ("company.gross_margin", None, "share_pct", 25.8, "2025-Q3", "25.8%"),
            ("company.gross_margin", None, "pp_change", -5.4, "2025-Q3", "5.4个百分点"),
            (
                "company.gross_margin",
                "quarter on quarter",
                "pp_change",
                0.2,
                "2025-Q3",
                "0.2个百分点",
            ),
        ],
    ),
    (
        "China's NetEase (NTES US) reported results. Its gross margin was 64.1% in the third "
        "quarter of 2025, up 1.2 percentage points year over year and 0.3 percentage points "
        "sequentially.",
        "2025-11-20",
        [
            ("company.gross_margin", None, "share_pct", 64.1, "2025-Q3", "64.1%"),
            ("company.gross_margin", None, "pp_change", 1.2, "2025-Q3", "1.2 percentage points"),
            (
                "company.gross_margin",
                "quarter on quarter",
                "pp_change",
                0.3,
                "2025-Q3",
                "0.3 percentage points",
            ),
        ],
    ),
    (  # a growth rate's change alone keeps its series: that is what such a change is
        "In April, China's total retail sales of consumer goods reached 2,817.8 billion yuan, down 7.5 "
        "percent year on year, with the decline narrowing by 8.3 percentage points from last month.",
        "2020-05-15",
        [
            ("retail.sales", None, "level", 2.8178e12, "2020-04", "2,817.8 billion yuan"),
            ("retail.sales", None, "yoy_pct", -7.5, "2020-04", "7.5 percent"),
            ("retail.sales", None, "pp_change", 8.3, "2020-04", "8.3 percentage points"),
        ],
    ),
]

# no row: counts of other things, share prices, policy rates, whatever they are compared with
REJECT = [
    "China won 38 gold medals in the first quarter of the season, down 5 percent from 40 medals in "
    "the fourth quarter.",
    "The Chengdu base bred 12 pandas in the first quarter, up 20 percent from 10 pandas in the fourth "
    "quarter of last year.",
    "China's party sent 350 delegates, up 16.7 percent from 300 delegates in 2019.",
    "Chinese carmaker BYD's shares closed at HK$240 in the first quarter, down 5 percent from HK$252 in the fourth "
    "quarter.",
    "China's central bank kept its policy rate at 3.45 percent in the first quarter, 0.1 percentage "
    "points below the fourth quarter.",
]


def rows(text: str, published: str) -> list[tuple]:
    result = extract_document(doc_of(Case(text, published)))
    return [
        (r["indicator"], r["breakdown"], r["measure"], r["value"], r["period"], r["value_text"])
        for r in result["rows"]
    ]


@pytest.mark.parametrize(("text", "published", "expected"), ACCEPT, ids=lambda v: str(v)[:40])
def test_period_before_changes(text: str, published: str, expected: list[tuple]) -> None:
    assert rows(text, published) == expected


@pytest.mark.parametrize("text", REJECT, ids=lambda v: str(v)[:40])
def test_no_row(text: str) -> None:
    assert rows(text, "2023-04-27") == []
