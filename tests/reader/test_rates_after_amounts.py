"""A rate said after an amount behind an earlier-value cue reads its own words
(rates_after_amounts): "to $28.11, after an unrevised 0.3 percent m-o-m increase in July" is
July's month-on-month rise, "5.9 percent from the previous year, 0.1 percentage points higher
than the growth in the first half" a change of the growth rate in points over the figure's own
period (the first half is its base), "an increase of US$16.5 billion compared to the end of
August, marking a 0.5% rise" the month-on-month rise of a stock. A release's expected or prior
reading printed as a bare percent takes the measure of the change it labels (labelled_rates):
"Fixed asset investment y/y +4.2%" then "• expected 3.2%". Before, each was a percent level of
an amount of money, rejected as a unit mismatch (or dated to the base period). Policy rates,
share prices and counts of medals still give no row."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

ACCEPT = [
    Case(
        "U.S. hourly earnings for private-sector workers climbed 0.4 percent m-o-m to $28.11 in "
        "August, after an unrevised 0.3 percent m-o-m increase in July.",
        published="2019-09-06",
        rows=[
            R(
                "macro.labour.average_hourly_earnings",
                "mom_pct",
                0.4,
                "percent",
                "exact",
                "2019-08",
                "0.4 percent",
                ref_area="US",
            ),
            R(
                "macro.labour.average_hourly_earnings",
                "level",
                28.11,
                "USD",
                "exact",
                "2019-08",
                "$28.11",
                ref_area="US",
            ),
            R(
                "macro.labour.average_hourly_earnings",
                "mom_pct",
                0.3,
                "percent",
                "exact",
                "2019-07",
                "0.3 percent",
                ref_area="US",
            ),
        ],
    ),
    Case(
        "In real terms, China's per capita disposable income grew 5.9 percent from the previous "
        "year in the first three quarters, 0.1 percentage points higher than the growth in the "
        "first half of the year.",
        published="2023-10-18",
        rows=[
            R(
                "macro.labour.disposable_income_per_capita",
                "yoy_pct",
                5.9,
                "percent",
                "exact",
                "2023-01-01/P9M",
                "5.9 percent",
            ),
            R(
                "macro.labour.disposable_income_per_capita",
                "pp_change",
                0.1,
                "percent",
                "exact",
                "2023-01-01/P9M",
                "0.1 percentage points",
            ),
        ],
        note="'from the previous year' is the 5.9's comparison, not the lead of an earlier value",
    ),
    Case(
        "China's foreign exchange reserves stood at US$3.3387 trillion at the end of September, "
        "an increase of US$16.5 billion compared to the end of August, marking a 0.5% rise.",
        published="2025-10-07",
        rows=[
            R(
                "macro.fx_reserves",
                "level",
                3.3387e12,
                "USD",
                "exact",
                "2025-09-30",
                "US$3.3387 trillion",
            ),
            R(
                "macro.fx_reserves",
                "abs_change",
                1.65e10,
                "USD",
                "exact",
                "2025-09",
                "US$16.5 billion",
            ),
            R("macro.fx_reserves", "mom_pct", 0.5, "percent", "exact", "2025-09", "0.5%"),
        ],
        note="the rate restates the change before it and takes its base",
    ),
    Case(
        "China's January and February figures, from the National Bureau of Statistics.\n\n"
        "Fixed asset investment y/y +4.2%, a beat\n  • expected 3.2%, prior +3.0%\n\n"
        "Unemployment rate 5.3%, rising from December.\n  • prior 5.1%",
        published="2024-03-18",
        rows=[
            R(
                "macro.fixed_asset_investment",
                "yoy_pct",
                4.2,
                "percent",
                "exact",
                "2024-01-01/P2M",
                "4.2%",
            ),
            R(
                "macro.fixed_asset_investment",
                "yoy_pct",
                3.2,
                "percent",
                "exact",
                "2024-01-01/P2M",
                "3.2%",
                "forecast",
            ),
            R(
                "macro.fixed_asset_investment",
                "yoy_pct",
                3.0,
                "percent",
                "exact",
                "2023-12",
                "3.0%",
            ),
            R(
                "macro.labour.unemployment_rate",
                "level",
                5.3,
                "percent",
                "exact",
                "2024-01-01/P2M",
                "5.3%",
            ),
            R(
                "macro.labour.unemployment_rate",
                "level",
                5.1,
                "percent",
                "exact",
                "2023-12",
                "5.1%",
            ),
        ],
        note="a rate indicator's prior reading stays its level",
    ),
    Case(
        "China's exports grew 8% year on year in March (previous: 6.5%).",
        published="2024-04-12",
        rows=[
            R("trade.exports", "yoy_pct", 8.0, "percent", "exact", "2024-03", "8%"),
            R("trade.exports", "yoy_pct", 6.5, "percent", "exact", "2024-02", "6.5%"),
        ],
    ),
    Case(
        "China's retail sales reached 3.5 trillion yuan in March. Economists had expected 5.2%.",
        published="2024-04-12",
        rows=[R("retail.sales", "level", 3.5e12, "CNY", "exact", "2024-03", "3.5 trillion yuan")],
        note="no change of retail sales before the expected percent: it stays no row",
    ),
    Case(
        "China's retail sales rose 5.5% in March from a year earlier. The central bank had "
        "expected to keep its policy rate at 3.45%.",
        published="2024-04-12",
        rows=[R("retail.sales", "yoy_pct", 5.5, "percent", "exact", "2024-03", "5.5%")],
        note="a policy rate is no reading of retail sales",
    ),
]

NO_ROW = [
    Case(
        "The central bank kept the one-year loan prime rate at 3.45 percent in March, after "
        "cutting it by 10 basis points from 3.55 percent in August.",
        published="2024-04-12",
    ),
    Case(
        "Shares of the company closed at 28.11 yuan on Friday, after a 3.2 percent drop on "
        "Thursday.",
        published="2024-04-12",
    ),
    Case(
        "China won 40 gold medals in Paris, after a 2.5 percent rise in its medal haul in Tokyo.",
        published="2024-08-12",
    ),
    Case(
        "The 75-year-old minister, who turned 75 in July, said 3.2 percent of delegates agreed.",
        published="2024-08-12",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_rates_after_amounts(case: Case) -> None:
    assert rows_of(case) == case.rows
