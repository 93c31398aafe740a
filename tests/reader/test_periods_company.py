"""Company and fiscal periods, bases and headings (issue 13): tables of phrases in, periods out.

"the three months ended September 30" is the three months ending that day whatever the fiscal
numbering; "3Q25", "2025年Q3", "第三季", "the September quarter" are quarters; "interim" and
中期業績 the first half; "季內"/"期內" refer back to the story's period; "from last year" is a
base, never the figure's period; a heading ("Key Points") does not drop the period stated
before it.
"""

from __future__ import annotations

from datetime import date

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.periods import find_periods, resolve

PUBLISHED = date(2025, 11, 20)

# text -> [(phrase, role, SDMX label or None)]
PHRASES = [
    (
        "for the quarter to 30 September 2025 (3Q 2025)",
        [
            ("for the quarter to 30 September 2025", "period", "2025-Q3"),
            ("3Q 2025", "period", "2025-Q3"),
        ],
    ),
    (
        "covering the three months to September 30, 2025.",
        [
            ("the three months to September 30, 2025", "period", "2025-Q3"),
        ],
    ),
    (
        "for its financial second quarter ended September 30, beating",
        [
            ("for its financial second quarter ended September 30", "period", "2025-Q3"),
        ],
    ),
    (
        "the fiscal year ending March 2018",
        [
            ("the fiscal year ending March 2018", "period", "2017-04-01/P12M"),
        ],
    ),
    (
        "for the nine months ended Sept. 30, 2024",
        [
            ("for the nine months ended Sept. 30, 2024", "period", "2024-01-01/P9M"),
        ],
    ),
    (
        "twelve months to 30 September 2025",
        [
            ("twelve months to 30 September 2025", "period", "2024-10-01/P12M"),
        ],
    ),
    (
        "the six-month period ended June 30",
        [
            ("the six-month period ended June 30", "period", "2025-S1"),
        ],
    ),
    ("revenue for the September quarter", [("for the September quarter", "period", "2025-Q3")]),
    ("NetEase reported its 3Q25 results", [("3Q25", "period", "2025-Q3")]),
    ("outlook for 4Q25E", [("for 4Q25E", "period", "2025-Q4")]),
    ("單看2025年Q3,營收", [("2025年Q3", "period", "2025-Q3")]),
    ("截至2025Q3末,合同负债", [("截至2025Q3末", "period", "2025-09-30")]),
    ("騰訊發表第三季業績，期內溢利", [("第三季", "period", "2025-Q3"), ("期內", "anaphor", None)]),
    ("前三季营收", [("前三季", "period", "2025-01-01/P9M")]),
    ("泡泡瑪特昨公布中期業績", [("中期", "period", "2025-S1")]),
    ("It declared an interim dividend of HK$6", [("interim", "period", "2025-S1")]),
    (
        "during the holiday, up 6.3 percent from last year.",
        [
            ("during the holiday", "anaphor", None),
            ("from last year", "base", "2024"),
        ],
    ),
    ("sales rose from January to October", [("from January to October", "period", None)]),
]

# texts that name no period: a hotel, a medium-term goal, a month-day, a share count
NO_PERIOD = [
    "四季酒店",
    "中期目标",
    "中期借贷便利",
    "the interim government",
    "Q5 results",
    "5Q25",
    "13 months ended",
    "bought 3 quarters of the shares",
]


@pytest.mark.parametrize(("text", "expected"), PHRASES, ids=[t for t, _ in PHRASES])
def test_company_period_phrases(text: str, expected: list) -> None:
    found = []
    for mention in find_periods(text):
        label = None
        if mention.spec is not None and mention.text != "from January to October":
            period = resolve(mention.spec, None, PUBLISHED)
            label = period.label if period is not None else None
        found.append((mention.text, mention.role, label))
    assert found == expected


@pytest.mark.parametrize("text", NO_PERIOD)
def test_no_period(text: str) -> None:
    assert [m.text for m in find_periods(text) if m.role == "period"] == []


Q3 = "2025-Q3"
ACCEPT = [
    Case(
        "Baidu (BIDU) Q3 Earnings Report Shows Revenue Decline\n\nKey Points\n\n"
        "  • Revenue: RMB31.17B, down 7% YoY.\n",
        published="2025-11-18",
        rows=[
            R(
                "company.revenue",
                "level",
                3.117e10,
                "CNY",
                "exact",
                Q3,
                "RMB31.17B",
                entity="Baidu",
            ),
            R("company.revenue", "yoy_pct", -7.0, "percent", "exact", Q3, "7%", entity="Baidu"),
        ],
        note="a heading between the headline's Q3 and the bullets keeps the period",
    ),
]
NO_ROW = [
    Case(
        "Figures from the ministry show 126 medals were won during the games, up from last year.",
        published="2025-04-07",
        note="medals are no statistic; 'from last year' is a base in any case",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_company_story_periods(case: Case) -> None:
    assert rows_of(case) == case.rows
