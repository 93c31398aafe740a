"""A headline, sub-heading or summary bullet whose figure the body states again under another key
gives no row of its own (econstats.dataset.heading_repeats): the body's sentence is the figure's
statement where the terse headline was read with another subject or period ("* Jan-Oct exports
up 5.3% y/y"). Where headline and body state one key, the contract's repeats rule decides (the
most precise statement, then the earlier one: a headline as precise as the body is the row kept,
and "Rs 1.17 lakh crore" has more decimals than "Rs 1,17,010 crore"). A heading figure the body
does not repeat keeps its row; a headline of medals gives none."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

CASES = [
    Case(
        "国家统计局:2022年5月份社会消费品零售总额下降6.7%\n"
        "5月份,社会消费品零售总额33547亿元,同比下降6.7%。",
        published="2022-06-15",
        rows=[
            R("retail.sales", "yoy_pct", -6.7, "percent", "exact", "2022-05", "6.7%"),
            R("retail.sales", "level", 3.3547e12, "CNY", "exact", "2022-05", "33547亿元"),
        ],
        note="one key, as precise: the contract keeps the earlier statement, the headline's",
    ),
    Case(
        "China's fiscal revenue up 0.8 pct in first 10 months\n"
        "BEIJING, Nov 17 (Xinhua) -- China's fiscal revenue rose 0.8 percent year on year in the "
        "first 10 months of 2025, the Ministry of Finance said.",
        rows=[
            R(
                "fiscal.revenue",
                "yoy_pct",
                0.8,
                "percent",
                "exact",
                "2025-01-01/P10M",
                "0.8 pct",
            ),
        ],
        note="one key, as precise: the headline's statement is kept",
    ),
    Case(
        "* Jan-Oct exports up 5.3% y/y\n"
        "China's exports rose 5.3% year on year in the first ten months of 2025, customs data "
        "showed.",
        rows=[
            R("trade.exports", "yoy_pct", 5.3, "percent", "exact", "2025-01-01/P10M", "5.3%"),
        ],
    ),
    Case(
        "China retail sales up 3.4% in October\n"
        "Online retail sales rose 5 percent year on year in October, the statistics bureau said.",
        rows=[
            R("retail.sales", "yoy_pct", 3.4, "percent", "exact", "2025-10", "3.4%"),
            R("retail.sales.online", "yoy_pct", 5.0, "percent", "exact", "2025-10", "5 percent"),
        ],
        note="the headline's figure is not in the body: it keeps its row",
    ),
    Case(
        "GST collection hits Rs 1.17 lakh crore in September 2021\n"
        "The gross GST revenue collected in September 2021 stands at Rs 1,17,010 crore.",
        published="2021-10-01",
        rows=[
            R(
                "fiscal.revenue.tax.gst",
                "level",
                1.17e12,
                "INR",
                "exact",
                "2021-09",
                "Rs 1.17 lakh crore",
                ref_area="IN",
            ),
        ],
        note="one key: the contract ranks by decimals as printed, so the headline's is kept",
    ),
    Case(
        "Exports hit $14.3 billion in June\n"
        "India's exports rose to $14.27 billion in June 2025, the commerce ministry said.",
        published="2025-07-15",
        rows=[
            R(
                "trade.exports",
                "level",
                1.427e10,
                "USD",
                "exact",
                "2025-06",
                "$14.27 billion",
                ref_area="IN",
            )
        ],
        note="one key: the contract ranks by decimals as printed, so the body's $14.27 billion",
    ),
    Case(
        "China retail sales up 3.0% in May\n"
        "China's retail sales rose 3.0% in May 2025 from a year earlier, the statistics bureau "
        "said.",
        published="2025-06-16",
        rows=[R("retail.sales", "yoy_pct", 3.0, "percent", "exact", "2025-05", "3.0%")],
        note="one key, one value, as precise: the contract keeps the earlier, the headline's",
    ),
    Case(
        "China's exports rise 5.3% in May\n"
        "China's exports rose 5.27% year on year in May, customs data showed.",
        published="2021-06-07",
        rows=[R("trade.exports", "yoy_pct", 5.27, "percent", "exact", "2021-05", "5.27%")],
    ),
    Case("China wins 40 medals in Paris, 12 more than in Tokyo\nThe 388 athletes won 40 medals."),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_rows(case: Case) -> None:
    assert rows_of(case) == case.rows
