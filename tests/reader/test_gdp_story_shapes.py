"""National-accounts stories as wires and statistics offices write them (tests/dev2 g01-g03).

- An annualised rate ("shrank an annualised 1.8%", "at a 2.8% annualized rate") is no measure of
  the schema: rejected (econstats.reader.rate_changes.annualised), and so is what was expected of
  it ("a smaller fall than the 2.5% contraction expected"); so they no longer take the place of
  the quarter's own change ("slid 0.4% from the previous quarter": the same series and period).
- A term phrase with capitals whose first word is lower-case ("nominal GDP", "core CPI") also
  opens a sentence capitalised ("Nominal GDP rose 0.1%": lexicon.phrase_pattern `initial`).
- Parts taking points off growth ("knocked 0.2 percentage point off growth", "subtracted 0.3
  percentage point from GDP growth", "shaved"): negative contributions (growth_contributions,
  vocab/changes.csv); a dash aside after the contributor is not part of its name.
- A forecast's subject and verb ("Germany's economy would grow 0.2%", "expects India's economy
  to expand 6.6%", "real growth of 0.7%") is GDP's, as "economy grew" is (macro.terms.csv).
- Business investment ("British business investment rose 0.8%") is the business part of gross
  fixed capital formation; a company's capital expenditure stays company.capex.
- "revised up to 0.6%" is no "up to" (at most): the "up" is the verb's (revisions.particle_up).
- A quarter's exports and imports in a Japanese, British, euro-area or German GDP story are on
  the quarter before, as the quarter's GDP is (vocab/default_rates.csv); China's stay yoy. What
  was expected of a figure takes the comparison the figure took ("U.S. retail sales rose 0.6% in
  May, beating economists' forecast of a 0.4% gain": both month on month; default_rates).
- A month-on-month aside ("从环比看，10月份…下降1.12%") leaves a January-October story's period
  (carried_steps.monthly_aside); fixed-asset investment by the three industries and in
  industry (工业投资) are breakdowns of macro.fixed_asset_investment; FAI has a mom_pct.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, doc_of, rows_of

from econstats.dataset.document import extract_document

GDP = "macro.gdp"
GFCF = "macro.gdp.gross_fixed_capital_formation"
CONTRIBUTION = "macro.gdp.contribution"
FAI = "macro.fixed_asset_investment"

ACCEPT = [
    Case(
        "TOKYO, Nov 17 (Reuters) - Japan's real GDP fell 0.4% from the previous quarter in "
        "July-September, or an annualised 1.6%.",
        published="2025-11-17",
        rows=[R(GDP, "qoq_pct", -0.4, "percent", "exact", "2025-Q3", "0.4%", ref_area="JP")],
    ),
    Case(
        "TOKYO, Nov 17 (Reuters) - Japan's GDP shrank an annualised 1.8% in the third quarter, a "
        "smaller fall than the 2.5% contraction expected by economists in a Reuters poll. On a "
        "quarter-on-quarter basis, real GDP slid 0.4%, against market forecasts for a 0.6% "
        "decline.",
        published="2025-11-17",
        rows=[
            R(GDP, "qoq_pct", -0.4, "percent", "exact", "2025-Q3", "0.4%", ref_area="JP"),
            R(
                GDP,
                "qoq_pct",
                -0.6,
                "percent",
                "exact",
                "2025-Q3",
                "0.6%",
                "forecast",
                ref_area="JP",
            ),
        ],
    ),
    Case(
        "TOKYO, Nov 17 (Reuters) - Japan's economy shrank in July-September. Nominal GDP rose "
        "0.1% from the previous quarter.",
        published="2025-11-17",
        rows=[R(GDP, "qoq_pct", 0.1, "percent", "exact", "2025-Q3", "0.1%", ref_area="JP")],
    ),
    Case(
        "FRANKFURT, Dec 3 (Reuters) - Core CPI in the euro area rose 2.4% in November from a "
        "year earlier.",
        published="2025-12-03",
        rows=[
            R(
                "prices.cpi.core",
                "yoy_pct",
                2.4,
                "percent",
                "exact",
                "2025-11",
                "2.4%",
                ref_area="EZ",
            )
        ],
    ),
    Case(
        "LONDON, Nov 14 (Reuters) - Britain's economy barely grew in the third quarter. Net "
        "exports knocked 0.2 percentage point off growth, while household spending added 0.1 "
        "percentage point.",
        published="2025-11-14",
        rows=[
            R(
                CONTRIBUTION,
                "pp_change",
                -0.2,
                "percent",
                "exact",
                "2025-Q3",
                "0.2 percentage point",
                ref_area="GB",
            ),
            R(
                CONTRIBUTION,
                "pp_change",
                0.1,
                "percent",
                "exact",
                "2025-Q3",
                "0.1 percentage point",
                ref_area="GB",
            ),
        ],
    ),
    Case(
        "BERLIN, Aug 5 - Germany's economy shrank in the second quarter. Domestic demand "
        "subtracted 0.3 percentage point from GDP growth.",
        published="2025-08-05",
        rows=[
            R(
                CONTRIBUTION,
                "pp_change",
                -0.3,
                "percent",
                "exact",
                "2025-Q2",
                "0.3 percentage point",
                ref_area="DE",
            ),
        ],
    ),
    Case(
        "WASHINGTON, Oct 14 (Reuters) - The International Monetary Fund forecast that Germany's "
        "economy would grow 0.2% in 2025 and 0.9% in 2026.",
        published="2025-10-14",
        rows=[
            R(GDP, "yoy_pct", 0.2, "percent", "exact", "2025", "0.2%", "forecast", ref_area="DE"),
            R(GDP, "yoy_pct", 0.9, "percent", "exact", "2026", "0.9%", "forecast", ref_area="DE"),
        ],
    ),
    Case(
        "WASHINGTON, Oct 14 (Reuters) - The IMF expects India's economy to expand 6.6% in 2025.",
        published="2025-10-14",
        rows=[
            R(GDP, "yoy_pct", 6.6, "percent", "exact", "2025", "6.6%", "forecast", ref_area="IN")
        ],
    ),
    Case(
        "TOKYO, Nov 17 (Reuters) - The government expects real growth of 0.7% in 2026, Japan's "
        "cabinet office said.",
        published="2025-11-17",
        rows=[
            R(GDP, "yoy_pct", 0.7, "percent", "exact", "2026", "0.7%", "forecast", ref_area="JP")
        ],
    ),
    Case(
        "LONDON, Nov 14 (Reuters) - British business investment rose 0.8% in the third quarter.",
        published="2025-11-14",
        rows=[R(GFCF, "qoq_pct", 0.8, "percent", "exact", "2025-Q3", "0.8%", ref_area="GB")],
    ),
    Case(
        "TOKYO, Nov 17 (Reuters) - Japan's GDP slid 0.4% on the quarter in July-September. "
        "Growth in the second quarter was revised up to 0.6% from 0.5%.",
        published="2025-11-17",
        rows=[
            R(GDP, "qoq_pct", -0.4, "percent", "exact", "2025-Q3", "0.4%", ref_area="JP"),
            R(GDP, "yoy_pct", 0.6, "percent", "exact", "2025-Q2", "0.6%", ref_area="JP"),
        ],
    ),
    Case(
        "TOKYO, Nov 17 (Reuters) - Japan's real GDP fell 0.4% from the previous quarter in "
        "July-September. Exports dropped 1.2%, while imports fell 0.1%.",
        published="2025-11-17",
        rows=[
            R(GDP, "qoq_pct", -0.4, "percent", "exact", "2025-Q3", "0.4%", ref_area="JP"),
            R(
                "trade.exports",
                "qoq_pct",
                -1.2,
                "percent",
                "exact",
                "2025-Q3",
                "1.2%",
                ref_area="JP",
            ),
            R(
                "trade.imports",
                "qoq_pct",
                -0.1,
                "percent",
                "exact",
                "2025-Q3",
                "0.1%",
                ref_area="JP",
            ),
        ],
    ),
    Case(
        "WASHINGTON, June 17 (Reuters) - U.S. retail sales rose 0.6% in May, beating economists' "
        "forecast of a 0.4% gain.",
        published="2025-06-17",
        rows=[
            R("retail.sales", "mom_pct", 0.6, "percent", "exact", "2025-05", "0.6%", ref_area="US"),
            R(
                "retail.sales",
                "mom_pct",
                0.4,
                "percent",
                "exact",
                "2025-05",
                "0.4%",
                "forecast",
                ref_area="US",
            ),
        ],
    ),
    Case(
        "BEIJING, Oct 13 (Xinhua) -- China's exports rose 6.1 percent in the third quarter.",
        published="2025-10-13",
        rows=[R("trade.exports", "yoy_pct", 6.1, "percent", "exact", "2025-Q3", "6.1 percent")],
    ),
    Case(
        "1—10月份，全国固定资产投资（不含农户）408914亿元，同比下降1.7%。从环比看，10月份固定资产投资"
        "（不含农户）下降1.12%。分产业看，第一产业投资7662亿元，同比下降1.4%；第二产业投资147517亿元，"
        "同比增长6.3%。第二产业中，工业投资同比增长6.4%。",
        published="2025-11-14",
        rows=[
            R(FAI, "level", 40891400000000.0, "CNY", "exact", "2025-01-01/P10M", "408914亿元"),
            R(FAI, "yoy_pct", -1.7, "percent", "exact", "2025-01-01/P10M", "1.7%"),
            R(FAI, "mom_pct", -1.12, "percent", "exact", "2025-10", "1.12%"),
            R(FAI, "level", 766200000000.0, "CNY", "exact", "2025-01-01/P10M", "7662亿元"),
            R(FAI, "yoy_pct", -1.4, "percent", "exact", "2025-01-01/P10M", "1.4%"),
            R(FAI, "level", 14751700000000.0, "CNY", "exact", "2025-01-01/P10M", "147517亿元"),
            R(FAI, "yoy_pct", 6.3, "percent", "exact", "2025-01-01/P10M", "6.3%"),
            R(FAI, "yoy_pct", 6.4, "percent", "exact", "2025-01-01/P10M", "6.4%"),
        ],
    ),
]

REJECT = [
    Case(
        "WASHINGTON, Oct 30 (Reuters) - U.S. gross domestic product increased at a 2.8% "
        "annualized rate in the third quarter, the Commerce Department said.",
        published="2025-10-31",
    ),
    Case(
        "TOKYO, Feb 17 (Reuters) - Japan's economy grew an annualised 2.8% in October-December.",
        published="2025-02-17",
    ),
    Case(
        "LONDON, Nov 14 (Reuters) - The profit warning knocked 5% off the company's share price "
        "on Friday.",
        published="2025-11-14",
    ),
    Case(
        "LONDON, Nov 14 (Reuters) - The chancellor shaved 2 percentage points off the top rate of "
        "stamp duty in the budget.",
        published="2025-11-14",
    ),
]


@pytest.mark.parametrize("case", ACCEPT, ids=case_id)
def test_accepted(case: Case) -> None:
    assert rows_of(case) == case.rows


@pytest.mark.parametrize("case", REJECT, ids=case_id)
def test_rejected(case: Case) -> None:
    assert rows_of(case) == []


def test_breakdowns() -> None:
    """Nominal GDP, the contributors, business investment and FAI by industry are breakdowns."""
    found = [
        row["breakdown"]
        for case in ACCEPT
        for row in extract_document(doc_of(case))["rows"]
        if row["breakdown"]
    ]
    assert found == [
        "nominal",
        "net exports",
        "household spending",
        "domestic demand",
        "business",
        "primary industry",
        "primary industry",
        "secondary industry",
        "secondary industry",
        "industry",
    ]


def test_a_company_capital_expenditure_stays_the_company_s() -> None:
    case = Case(
        "Tencent Holdings reported results for the third quarter of 2025. Capital expenditure "
        "was RMB13 billion in the third quarter.",
        published="2025-11-13",
    )
    rows = extract_document(doc_of(case))["rows"]
    assert [(row["indicator"], row["entity"]) for row in rows] == [
        ("company.capex", "Tencent Holdings")
    ]
