"""Retail and fiscal figures as Western sources write them (issue 13, dev2 round w).

- US retail categories by kind of business: "Sales at gasoline stations fell 3.0%",
  "receipts at clothing stores tumbled 2.5%" are retail sales with the category as breakdown
  (extractors/retail.terms.csv "sales at {breakdown}", "receipts at {breakdown}"); the Census
  Bureau's headline "retail and food services sales" and the control group ("core retail
  sales") are retail sales too. A verb of a fall or rise ends a category (vocab/
  breakdown_stopwords.csv: "clothing stores tumbled" is no category).
- An earlier reading after "after soaring", "after surging" ... is the prior (vocab/cues.csv):
  its period ("in May") is its own, never the new figure's, and does not become the story's.
- UK ONS and US Treasury names of receipts and spending: central government receipts, VAT
  receipts, National Insurance contributions, debt interest payments, federal outlays.
- "95.5% of gross domestic product (GDP)": the bracketed abbreviation of a share's whole is that
  whole too (vocab/denominators.csv via subjects.is_denominator), never the subject that "this"
  in the next clause stands for.
- A release's next bullet may name the subject by the short end of its phrase ("- Net debt stood
  at" under "- Public sector net debt ... was": anaphora.short_forms, after a bullet mark); "Gross
  debt" is no short form of it.
- "the financial year ending (FYE) March 2025" and "FYE March 2025" are the twelve months to
  March 2025 (vocab/period_grammar.txt, rules ending and fye).
- Not figures: a policy rate of National Insurance, a count of stores, share prices.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

WIRE = "WASHINGTON, July 16 (Reuters) - "

RETAIL = [
    Case(
        WIRE + "Sales at gasoline stations fell 3.0% last month, the Commerce Department said.",
        published="2024-07-16",
        rows=[
            R("retail.sales", "mom_pct", -3.0, "percent", "exact", "2024-06", "3.0%", ref_area="US")
        ],
    ),
    Case(
        WIRE + "U.S. retail sales were unchanged in June. Receipts at clothing stores tumbled 2.5% "
        "after surging 3.1% in May.",
        published="2024-07-16",
        rows=[
            R(
                "retail.sales",
                "mom_pct",
                -2.5,
                "percent",
                "exact",
                "2024-06",
                "2.5%",
                ref_area="US",
            ),
            R("retail.sales", "mom_pct", 3.1, "percent", "exact", "2024-05", "3.1%", ref_area="US"),
        ],
    ),
    Case(
        WIRE + "U.S. retail sales barely rose in June. Receipts at auto dealers slipped 0.4% after "
        "soaring 2.9% in May. Excluding autos, retail sales rose 0.4%.",
        published="2024-07-16",
        note="the prior's 'in May' stays with the prior: the next sentence is June's",
        rows=[
            R(
                "retail.sales",
                "mom_pct",
                -0.4,
                "percent",
                "exact",
                "2024-06",
                "0.4%",
                ref_area="US",
            ),
            R("retail.sales", "mom_pct", 2.9, "percent", "exact", "2024-05", "2.9%", ref_area="US"),
            R(
                "retail.sales.excluding_autos",
                "mom_pct",
                0.4,
                "percent",
                "exact",
                "2024-06",
                "0.4%",
                ref_area="US",
            ),
        ],
    ),
    Case(
        WIRE + "Total retail and food services sales were estimated at $704.3 billion in June.",
        published="2024-07-16",
        rows=[
            R(
                "retail.sales",
                "level",
                704.3e9,
                "USD",
                "exact",
                "2024-06",
                "$704.3 billion",
                ref_area="US",
            )
        ],
    ),
    Case(
        WIRE + "Core retail sales rose 0.9% in June, the Census Bureau said.",
        published="2024-07-16",
        rows=[
            R("retail.sales", "mom_pct", 0.9, "percent", "exact", "2024-06", "0.9%", ref_area="US")
        ],
    ),
    Case(
        WIRE + "Sales at the retailer's 2,000 stores in 40 states were not disclosed.",
        published="2024-07-16",
        note="a count of stores: no figure",
    ),
    Case(
        WIRE + "Shares of the chain gained 2.1% after surging 4% on Monday.",
        published="2024-07-16",
        note="share prices: no figure",
    ),
]

FISCAL = [
    Case(
        "Britain's central government receipts were £80.1 billion in March 2024, £3.2 billion "
        "more than in March 2023.",
        published="2024-04-23",
        rows=[
            R(
                "fiscal.revenue.central",
                "level",
                80.1e9,
                "GBP",
                "exact",
                "2024-03",
                "£80.1 billion",
                ref_area="GB",
            ),
            R(
                "fiscal.revenue.central",
                "abs_change",
                3.2e9,
                "GBP",
                "exact",
                "2024-03",
                "£3.2 billion",
                ref_area="GB",
            ),
        ],
    ),
    Case(
        "Britain's debt interest payments were £8.2 billion in June 2024, £2.1 billion less than "
        "in June 2023.",
        published="2024-07-19",
        rows=[
            R(
                "fiscal.expenditure",
                "level",
                8.2e9,
                "GBP",
                "exact",
                "2024-06",
                "£8.2 billion",
                ref_area="GB",
            ),
            R(
                "fiscal.expenditure",
                "abs_change",
                -2.1e9,
                "GBP",
                "exact",
                "2024-06",
                "£2.1 billion",
                ref_area="GB",
            ),
        ],
    ),
    Case(
        "In Britain, National Insurance contributions were up by £1.5 billion to £14.9 billion in "
        "January 2025, the ONS said.",
        published="2025-02-21",
        rows=[
            R(
                "fiscal.revenue",
                "abs_change",
                1.5e9,
                "GBP",
                "exact",
                "2025-01",
                "£1.5 billion",
                ref_area="GB",
            ),
            R(
                "fiscal.revenue",
                "level",
                14.9e9,
                "GBP",
                "exact",
                "2025-01",
                "£14.9 billion",
                ref_area="GB",
            ),
        ],
    ),
    Case(
        "Britain's VAT receipts rose by £1.1 billion to £17.4 billion in January 2025.",
        published="2025-02-21",
        rows=[
            R(
                "fiscal.revenue.tax.vat",
                "abs_change",
                1.1e9,
                "GBP",
                "exact",
                "2025-01",
                "£1.1 billion",
                ref_area="GB",
            ),
            R(
                "fiscal.revenue.tax.vat",
                "level",
                17.4e9,
                "GBP",
                "exact",
                "2025-01",
                "£17.4 billion",
                ref_area="GB",
            ),
        ],
    ),
    Case(
        "Britain's employer National Insurance contributions rate rose to 15% on 6 April 2025.",
        published="2025-04-15",
        note="a rate set by policy: no figure",
    ),
]

UK = "Public sector finances, UK: March 2024\n\n"
DEBT = [
    Case(
        UK
        + "- Public sector net debt was 98.3% of gross domestic product (GDP) at the end of March "
        "2024; this was 2.5 percentage points more than at the end of March 2023.\n"
        "- Net debt stood at £2,688.9 billion at the end of March 2024.\n",
        published="2024-04-23",
        note="GDP spelt out and bracketed is the whole of the share, never the subject of 'this'; "
        "'Net debt' in the next bullet is the short form of public sector net debt",
        rows=[
            R(
                "fiscal.debt",
                "share_pct",
                98.3,
                "percent",
                "exact",
                "2024-03-31",
                "98.3%",
                ref_area="GB",
            ),
            R(
                "fiscal.debt",
                "pp_change",
                2.5,
                "percent",
                "exact",
                "2024-03-31",
                "2.5 percentage points",
                ref_area="GB",
            ),
            R(
                "fiscal.debt",
                "level",
                2688.9e9,
                "GBP",
                "exact",
                "2024-03-31",
                "£2,688.9 billion",
                ref_area="GB",
            ),
        ],
    ),
    Case(
        UK + "- Public sector net debt was 98.3% of GDP at the end of March 2024.\n"
        "- Gross debt stood at £2,788.9 billion at the end of March 2024.\n",
        published="2024-04-23",
        note="gross debt is no short form of net debt: no row",
        rows=[
            R(
                "fiscal.debt",
                "share_pct",
                98.3,
                "percent",
                "exact",
                "2024-03-31",
                "98.3%",
                ref_area="GB",
            )
        ],
    ),
    Case(
        "Britain's economy grew 0.1% in the first quarter. Nominal gross domestic product (GDP) "
        "was £700.1 billion.",
        published="2024-04-23",
        note="a bracketed abbreviation after its own subject (no share): GDP's level",
        rows=[
            R("macro.gdp", "qoq_pct", 0.1, "percent", "exact", "2024-Q1", "0.1%", ref_area="GB"),
            R(
                "macro.gdp",
                "level",
                700.1e9,
                "GBP",
                "exact",
                "2024-Q1",
                "£700.1 billion",
                ref_area="GB",
            ),
        ],
    ),
]

FYE = "2024-04-01/P12M"
YEARS_ENDING = [
    Case(
        "UK public sector net borrowing was £151.9 billion in the financial year ending (FYE) "
        "March 2025.",
        published="2025-05-22",
        note="the bracketed abbreviation after 'ending' is no end of the period",
        rows=[
            R(
                "fiscal.borrowing",
                "level",
                151.9e9,
                "GBP",
                "exact",
                FYE,
                "£151.9 billion",
                ref_area="GB",
            )
        ],
    ),
    Case(
        "UK public sector net borrowing in FYE March 2025 was £151.9 billion.",
        published="2025-05-22",
        note="FYE: financial year ending, the twelve months to that month",
        rows=[
            R(
                "fiscal.borrowing",
                "level",
                151.9e9,
                "GBP",
                "exact",
                FYE,
                "£151.9 billion",
                ref_area="GB",
            )
        ],
    ),
    Case(
        "UK public sector net borrowing in FYE 2025 was £151.9 billion.",
        published="2025-05-22",
        note="FYE without its month: no period of its own, no row",
    ),
]


@pytest.mark.parametrize("case", RETAIL + FISCAL + DEBT + YEARS_ENDING, ids=case_id)
def test_retail_fiscal_west(case):
    assert rows_of(case) == case.rows
