"""A year-less month or quarter said after a month or quarter of its sentence, later in the year
than it and compared with it, lies in the year before (period_wraps.wraps): "13 percent in January 2021 from 13.3 percent in
December" is December 2020, "in January, following a deficit in December" the December before
that January, "5.3% in the first quarter of 2024, up from 5.2% in the fourth quarter" 2023-Q4. A
sentence that looks forward ("expected to rise in March") keeps the year; an earlier month of
the year ("in March 2021, after 5% in February") keeps it too.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of


def row(indicator: str, value: float, unit: str, period: str, text: str, **kw) -> R:
    measure = kw.pop("measure", "yoy_pct" if unit == "percent" else "level")
    return R(indicator, measure, value, unit, "exact", period, text, **kw)


ACCEPT = [
    Case(
        "Japan's trade gap amounted to 1.31 trillion yen in January, following a 154.55 billion "
        "yen deficit in December.",
        published="2020-02-19",
        rows=[
            row("trade.deficit", 1.31e12, "JPY", "2020-01", "1.31 trillion yen", ref_area="JP"),
            row("trade.deficit", 154.55e9, "JPY", "2019-12", "154.55 billion yen", ref_area="JP"),
        ],
    ),
    Case(
        "China's GDP grew 5.3% in the first quarter of 2024, up from 5.2% in the fourth quarter.",
        published="2024-04-16",
        rows=[
            row("macro.gdp", 5.3, "percent", "2024-Q1", "5.3%"),
            row("macro.gdp", 5.2, "percent", "2023-Q4", "5.2%"),
        ],
    ),
    Case(
        "China's exports rose 8% in March 2021, after rising 5% in February.",
        published="2021-04-10",
        rows=[
            row("trade.exports", 8.0, "percent", "2021-03", "8%"),
            row("trade.exports", 5.0, "percent", "2021-02", "5%"),
        ],
        note="an earlier month of the same year: no wrap",
    ),
    Case(
        "China's exports rose 8% in January 2021 and are expected to rise 10% in March.",
        published="2021-02-10",
        rows=[
            row("trade.exports", 8.0, "percent", "2021-01", "8%"),
            R("trade.exports", "yoy_pct", 10.0, "percent", "exact", "2021-03", "10%", "forecast"),
        ],
        note="a sentence looking forward: the later month is of the same year",
    ),
    Case(
        "China's CPI rose 2% in 2023, with prices up 3% in December.",
        published="2024-01-20",
        rows=[
            row("prices.cpi", 2.0, "percent", "2023", "2%"),
            row("prices.cpi", 3.0, "percent", "2023-12", "3%"),
        ],
        note="a month after a year: of that year",
    ),
    Case(
        "China's surveyed urban unemployment rate was 5.4% in January and 5.5% in February.",
        published="2021-03-15",
        rows=[
            R(
                "macro.labour.unemployment_rate",
                "level",
                5.4,
                "percent",
                "exact",
                "2021-01",
                "5.4%",
            ),
            R(
                "macro.labour.unemployment_rate",
                "level",
                5.5,
                "percent",
                "exact",
                "2021-02",
                "5.5%",
            ),
        ],
        note="a later month in a list, no comparison: the same year",
    ),
    Case(
        "China's exports fell 3% in July 2025, while its imports rose 2% in August.",
        published="2025-09-10",
        rows=[
            row("trade.exports", -3.0, "percent", "2025-07", "3%"),
            row("trade.imports", 2.0, "percent", "2025-08", "2%"),
        ],
    ),
    Case("The zoo had 5 giant pandas in January 2021, up from 3 in December."),
    Case("China won 40 gold medals in January 2021, compared with 38 medals in December."),
    Case("The central bank cut its policy rate to 3.1% in January 2021 from 3.45% in December."),
]


@pytest.mark.parametrize("case", ACCEPT, ids=case_id)
def test_later_month_wraps_to_the_year_before(case):
    assert rows_of(case) == case.rows
