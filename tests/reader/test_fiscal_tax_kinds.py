"""Tax kinds that collided as repeats: the VAT and consumption tax collected on imports, one
figure for both in MOF releases ('进口货物增值税、消费税收入增长0.7%'), was read as the domestic
consumption tax beside it and dropped as its repeat; it is tax revenue with the breakdown
'import vat and consumption tax' (extractors/fiscal.terms.csv). Rebates or taxes collected
"more" or "less" than a year earlier ('出口退税11380亿元,同比多退1433亿元') are a change of them,
never a second level (vocab/changes.csv: 多退, 少退, 多收, 少收, right before the figure).
"Budgeted revenue" and "budgeted spending" are the budget's revenue and spending. Medals, trips
and complaints give no row."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

CASES = [
    Case(
        "上半年,进口货物增值税、消费税收入9866亿元,同比增长0.7%;出口退税11380亿元,同比多退1433亿元。",
        published="2024-07-20",
        rows=[
            R("fiscal.revenue.tax", "level", 9.866e11, "CNY", "exact", "2024-S1", "9866亿元"),
            R("fiscal.revenue.tax", "yoy_pct", 0.7, "percent", "exact", "2024-S1", "0.7%"),
            R(
                "fiscal.export_tax_rebates",
                "level",
                1.138e12,
                "CNY",
                "exact",
                "2024-S1",
                "11380亿元",
            ),
            R(
                "fiscal.export_tax_rebates",
                "abs_change",
                1.433e11,
                "CNY",
                "exact",
                "2024-S1",
                "1433亿元",
            ),
        ],
    ),
    Case(
        "上半年,中国国内消费税收入增长6.8%;进口货物增值税、消费税收入增长0.7%。",
        published="2024-07-20",
        rows=[
            R(
                "fiscal.revenue.tax.consumption",
                "yoy_pct",
                6.8,
                "percent",
                "exact",
                "2024-S1",
                "6.8%",
            ),
            R("fiscal.revenue.tax", "yoy_pct", 0.7, "percent", "exact", "2024-S1", "0.7%"),
        ],
        note="the domestic consumption tax and the taxes on imports: two figures, no repeat",
    ),
    Case(
        "China's value-added tax and consumption tax on imports rose 0.7 percent year on year in "
        "the first half.",
        published="2024-07-20",
        rows=[
            R("fiscal.revenue.tax", "yoy_pct", 0.7, "percent", "exact", "2024-S1", "0.7 percent")
        ],
    ),
    Case(
        "China has raised its budget for general public expenditure this year by 7.6 percent to "
        "21 trillion yuan, faster than the 6.1 percent rise in budgeted revenue.",
        published="2018-03-05",
        rows=[
            R(
                "fiscal.expenditure",
                "yoy_pct",
                7.6,
                "percent",
                "exact",
                "2018",
                "7.6 percent",
                status="target",
            ),
            R(
                "fiscal.expenditure",
                "level",
                2.1e13,
                "CNY",
                "exact",
                "2018",
                "21 trillion yuan",
                status="target",
            ),
            R(
                "fiscal.revenue",
                "yoy_pct",
                6.1,
                "percent",
                "exact",
                "2018",
                "6.1 percent",
                status="target",
            ),
        ],
        note="budgeted revenue, named after its change: the budget's revenue, a target",
    ),
    Case("The team's budgeted spending on travel covers 12 trips and 40 athletes."),
    Case("中国代表团本届奥运会多收获3枚奖牌,比上届多退赛2人。", published="2024-08-12"),
    Case("今年1月至6月,税务部门多收滞纳金的投诉有15起。", published="2024-07-20"),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_rows(case: Case) -> None:
    assert rows_of(case) == case.rows
