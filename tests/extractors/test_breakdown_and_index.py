"""Contract 2.0.0 (issue 13 items 2 and 4): every row names its `subject` as written and its
`breakdown` (the category within the indicator that a {breakdown} term captures, normalised;
null when none); index levels (a PMI of 49.8) are rows of unit `index`, their changes in
`points` too. Accepted sentences give exactly these rows; rejected ones give none."""

from __future__ import annotations

import pytest
from cases import Case, case_id, doc_of

from econstats.dataset.document import extract_document

SEGMENT, RETAIL = "company.revenue", "retail.sales"
PMI, NON_MANUFACTURING = "macro.pmi.manufacturing", "macro.pmi.non_manufacturing"
SERVICES = "macro.pmi.services"
LEAD = "In China, Tencent Holdings Ltd (0700.HK) reported its third-quarter results on Thursday. "
Q3 = "2025-Q3"


def rows_with_subject(case: Case) -> list[tuple]:
    """(indicator, breakdown, subject, measure, value, unit, period, value_text) of each row."""
    doc = doc_of(case)
    rows = extract_document(doc)["rows"]
    found = []
    for row in rows:
        assert doc.text[row["char_start"] : row["char_end"]] == row["value_text"]
        assert row["subject"] and row["subject"] in doc.text
        found.append(
            (
                row["indicator"],
                row["breakdown"],
                row["subject"],
                row["measure"],
                row["value"],
                row["unit"],
                row["period"],
                row["value_text"],
            )
        )
    return found


ACCEPT = [
    # company revenue by segment: the words after "revenue(s) from" name the category
    Case(
        LEAD + "Revenues from value-added services were RMB95.9 billion in the third quarter of "
        "2025, up 16% year on year.",
        rows=[
            (
                SEGMENT,
                "value-added services",
                "Revenues from value-added services",
                "level",
                9.59e10,
                "CNY",
                Q3,
                "RMB95.9 billion",
            ),
            (
                SEGMENT,
                "value-added services",
                "Revenues from value-added services",
                "yoy_pct",
                16.0,
                "percent",
                Q3,
                "16%",
            ),
        ],
    ),
    Case(
        LEAD + "Revenue from Online Marketing Services rose 21% to RMB36.2 billion in the third "
        "quarter of 2025.",
        rows=[
            (
                SEGMENT,
                "online marketing services",
                "Revenue from Online Marketing Services",
                "yoy_pct",
                21.0,
                "percent",
                Q3,
                "21%",
            ),
            (
                SEGMENT,
                "online marketing services",
                "Revenue from Online Marketing Services",
                "level",
                3.62e10,
                "CNY",
                Q3,
                "RMB36.2 billion",
            ),
        ],
    ),
    # a determiner stays out of the breakdown; "segment" / "business" close it
    Case(
        LEAD + "Revenue from its cloud business rose 12% to RMB10.2 billion in the third quarter "
        "of 2025.",
        rows=[
            (
                SEGMENT,
                "cloud",
                "Revenue from its cloud business",
                "yoy_pct",
                12.0,
                "percent",
                Q3,
                "12%",
            ),
            (
                SEGMENT,
                "cloud",
                "Revenue from its cloud business",
                "level",
                1.02e10,
                "CNY",
                Q3,
                "RMB10.2 billion",
            ),
        ],
    ),
    # the total stays the total: no breakdown, so its obs_id is that of contract 1.x
    Case(
        LEAD + "Total revenues were RMB192.9 billion in the third quarter of 2025.",
        rows=[(SEGMENT, None, "Total revenues", "level", 1.929e11, "CNY", Q3, "RMB192.9 billion")],
    ),
    # retail sales by category (NBS wording)
    Case(
        "China's retail sales of home appliances rose 20.3 percent year on year in October, the "
        "National Bureau of Statistics said.",
        rows=[
            (
                RETAIL,
                "home appliances",
                "retail sales of home appliances",
                "yoy_pct",
                20.3,
                "percent",
                "2025-10",
                "20.3 percent",
            )
        ],
    ),
    Case(
        "In China, retail sales of gold, silver and jewellery fell 10 percent in October.",
        rows=[
            (
                RETAIL,
                "gold, silver and jewellery",
                "retail sales of gold, silver and jewellery",
                "yoy_pct",
                -10.0,
                "percent",
                "2025-10",
                "10 percent",
            )
        ],
    ),
    # a named category keeps its literal term and code; the total its own
    Case(
        "China's total retail sales of consumer goods rose 2.9 percent in October.",
        rows=[
            (
                RETAIL,
                None,
                "total retail sales of consumer goods",
                "yoy_pct",
                2.9,
                "percent",
                "2025-10",
                "2.9 percent",
            )
        ],
    ),
    # PMI levels: bare numbers with one decimal, unit index; changes in points
    Case(
        "China's official manufacturing PMI came in at 49.8 in October, down from 50.2 in "
        "September, the National Bureau of Statistics said.",
        rows=[
            (PMI, None, "manufacturing PMI", "level", 49.8, "index", "2025-10", "49.8"),
            (PMI, None, "manufacturing PMI", "level", 50.2, "index", "2025-09", "50.2"),
        ],
    ),
    Case(
        "China's non-manufacturing business activity index rose 0.3 points to 50.6 in October.",
        rows=[
            (
                NON_MANUFACTURING,
                None,
                "non-manufacturing business activity index",
                "abs_change",
                0.3,
                "index",
                "2025-10",
                "0.3 points",
            ),
            (
                NON_MANUFACTURING,
                None,
                "non-manufacturing business activity index",
                "level",
                50.6,
                "index",
                "2025-10",
                "50.6",
            ),
        ],
    ),
    Case(
        "China's services PMI stood at 52.6 in October.",
        rows=[(SERVICES, None, "services PMI", "level", 52.6, "index", "2025-10", "52.6")],
    ),
    # the statistics office prints the PMI with a percent sign: it is the index level
    Case(
        "10月份，制造业采购经理指数（PMI）为49.0%，比上月下降0.8个百分点。",
        rows=[
            (PMI, None, "制造业采购经理指数", "level", 49.0, "index", "2025-10", "49.0%"),
            (
                PMI,
                None,
                "制造业采购经理指数",
                "pp_change",
                -0.8,
                "percent",
                "2025-10",
                "0.8个百分点",
            ),
        ],
    ),
]

ACCEPT += [
    # a connective closes the breakdown
    Case(
        LEAD + "Revenue from handsets, however, fell 3.1 percent to RMB46 billion in the third "
        "quarter of 2025.",
        rows=[
            (
                SEGMENT,
                "handsets",
                "Revenue from handsets",
                "yoy_pct",
                -3.1,
                "percent",
                Q3,
                "3.1 percent",
            ),
            (
                SEGMENT,
                "handsets",
                "Revenue from handsets",
                "level",
                4.6e10,
                "CNY",
                Q3,
                "RMB46 billion",
            ),
        ],
    ),
    Case(
        "China's factories were busier in August: the official manufacturing Purchasing Manager's "
        "Index (PMI) came in at 51.3, the National Bureau of Statistics said on Friday.",
        published="2025-08-31",
        rows=[
            (
                PMI,
                None,
                "manufacturing Purchasing Manager's Index",
                "level",
                51.3,
                "index",
                "2025-08",
                "51.3",
            )
        ],
    ),
]

NO_ROW = [
    # a bare number without a PMI subject is no figure
    Case("China's index stood at 49.8 in October."),
    Case("China's athletes won 49.8 medals on average in October."),
    Case("The Shanghai Composite Index rose 30.5 points to 3,950.2 in October."),
    # a threshold of a definition is no reading: no decimals, no row
    Case("A PMI reading above 50 indicates expansion, below 50 contraction."),
    # no company named: a company concept does not hold
    Case("In China, revenue from tourism rose 5% to 3 billion yuan in October."),
    # a share price, a policy rate: no subject
    Case("Shares of Tencent rose 2.5% to HK$640.5 in October."),
    Case("China's one-year loan prime rate stood at 3.0 percent in October."),
]

# no breakdown from a period, or from "operations" (a company's total revenue)
NO_BREAKDOWN = [
    Case(
        LEAD + "Revenue from operations rose 8% to RMB192.9 billion in the third quarter of 2025."
    ),
    Case(LEAD + "Revenue from a year earlier was RMB170 billion in the third quarter of 2024."),
    Case(LEAD + "Revenue from the same period last year was RMB170 billion in 2024."),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_subject_breakdown_and_index_rows(case):
    assert rows_with_subject(case) == case.rows


@pytest.mark.parametrize("case", NO_BREAKDOWN, ids=case_id)
def test_no_breakdown_from_periods_or_operations(case):
    rows = rows_with_subject(case)
    assert rows and all(row[0] == SEGMENT and row[1] is None for row in rows)


def test_a_segment_is_another_observation_than_the_total():
    """obs_id and series_key carry the breakdown when it is not null."""
    case = Case(
        LEAD + "Total revenues were RMB192.9 billion in the third quarter of 2025, and revenues "
        "from value-added services were RMB95.9 billion in the third quarter of 2025."
    )
    rows = extract_document(doc_of(case))["rows"]
    assert len({row["obs_id"] for row in rows}) == 2
    keys = sorted(row["series_key"] for row in rows)
    assert keys[0].endswith("|level|CNY") and keys[1].endswith("|level|CNY|value-added services")
