"""Vocabulary of round 3 (issue 13, unclaimed figures): loans and deposits by sector, the
current account, livestock herds, vehicle sales, energy output and power use, retail by store
format and Hong Kong retail outlet types (macro.*, trade.*, retail.*)."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

LOANS, DEPOSITS = "macro.money.loans.new", "macro.money.deposits.new"
HOGS, SOWS = "macro.agriculture.hog_inventory", "macro.agriculture.sow_inventory"
VEHICLES, NEV = "macro.industry.vehicle_sales", "macro.industry.vehicle_sales.nev"
POWER = "macro.energy.electricity_consumption"
S1 = "2025-S1"

ACCEPT = [
    Case(
        "上半年人民币贷款增加13.27万亿元。按部门划分，住户贷款增加1.46万亿元；"
        "企(事)业单位贷款增加11万亿元。",
        rows=[
            R(LOANS, "abs_change", 1.327e13, "CNY", "exact", S1, "13.27万亿元"),
            R(LOANS, "abs_change", 1.46e12, "CNY", "exact", S1, "1.46万亿元"),
            R(LOANS, "abs_change", 1.1e13, "CNY", "exact", S1, "11万亿元"),
        ],
    ),
    Case(
        "上半年人民币存款增加11.46万亿元。具体来看，住户存款增加9.27万亿元，"
        "非金融企业存款减少1.45万亿元，财政性存款减少2434亿元。",
        rows=[
            R(DEPOSITS, "abs_change", 1.146e13, "CNY", "exact", S1, "11.46万亿元"),
            R(DEPOSITS, "abs_change", 9.27e12, "CNY", "exact", S1, "9.27万亿元"),
            R(DEPOSITS, "abs_change", -1.45e12, "CNY", "exact", S1, "1.45万亿元"),
            R(DEPOSITS, "abs_change", -2.434e11, "CNY", "exact", S1, "2434亿元"),
        ],
    ),
    Case(
        "South Korea's current account surplus was $13.47 billion in September, the Bank of "
        "Korea said.",
        rows=[
            R(
                "trade.current_account",
                "level",
                1.347e10,
                "USD",
                "exact",
                "2025-09",
                "$13.47 billion",
                ref_area="KR",
            )
        ],
    ),
    Case(
        "India's current account deficit narrowed to $9.7 billion in the April-June quarter.",
        rows=[
            R(
                "trade.current_account_deficit",
                "level",
                9.7e9,
                "USD",
                "exact",
                "2025-Q2",
                "$9.7 billion",
                ref_area="IN",
            )
        ],
    ),
    Case(
        "二季度末，生猪存栏43911万头，同比增长29.2%；其中能繁殖母猪存栏4564万头，增长25.7%。",
        rows=[
            R(HOGS, "level", 4.3911e8, "count", "exact", "2025-06-30", "43911万"),
            R(HOGS, "yoy_pct", 29.2, "percent", "exact", "2025-06-30", "29.2%"),
            R(SOWS, "level", 4.564e7, "count", "exact", "2025-06-30", "4564万"),
            R(SOWS, "yoy_pct", 25.7, "percent", "exact", "2025-06-30", "25.7%"),
        ],
    ),
    Case(
        "China's vehicle sales rose 9.8 percent year on year to 2.9 million units in October, "
        "the China Association of Automobile Manufacturers said.",
        rows=[
            R(VEHICLES, "yoy_pct", 9.8, "percent", "exact", "2025-10", "9.8 percent"),
            R(VEHICLES, "level", 2.9e6, "count", "exact", "2025-10", "2.9 million units"),
        ],
    ),
    Case(
        "1-10月，新能源汽车销量1294万辆，同比增长32.7%。",
        rows=[
            R(NEV, "level", 1.294e7, "count", "exact", "2025-01-01/P10M", "1294万辆"),
            R(NEV, "yoy_pct", 32.7, "percent", "exact", "2025-01-01/P10M", "32.7%"),
        ],
    ),
    Case(
        "10月份，全社会用电量8572亿千瓦时，同比增长10.4%。",
        rows=[
            R(POWER, "level", 8.572e11, "kWh", "exact", "2025-10", "8572亿千瓦时"),
            R(POWER, "yoy_pct", 10.4, "percent", "exact", "2025-10", "10.4%"),
        ],
    ),
    Case(
        "In October, China's raw coal output fell 2.3 percent year on year, while crude oil "
        "output rose 2.4 percent.",
        rows=[
            R(
                "macro.energy.coal_output",
                "yoy_pct",
                -2.3,
                "percent",
                "exact",
                "2025-10",
                "2.3 percent",
            ),
            R(
                "macro.energy.crude_oil_output",
                "yoy_pct",
                2.4,
                "percent",
                "exact",
                "2025-10",
                "2.4 percent",
            ),
        ],
    ),
    Case(
        "10月份，珠寶首飾、鐘錶及名貴禮物的銷貨價值上升3.6%；百貨公司貨品(上升3.8%)。",
        rows=[
            R("retail.sales", "yoy_pct", 3.6, "percent", "exact", "2025-10", "3.6%"),
            R("retail.sales", "yoy_pct", 3.8, "percent", "exact", "2025-10", "3.8%"),
        ],
    ),
    Case(
        "1—5月份，限额以上零售业单位中的超市、便利店零售额同比分别增长4.0%、4.7%。",
        rows=[  # "、" joins the second rate to the first one's change (measures.JOINER)
            R("retail.sales", "yoy_pct", 4.0, "percent", "exact", "2025-01-01/P5M", "4.0%"),
            R("retail.sales", "yoy_pct", 4.7, "percent", "exact", "2025-01-01/P5M", "4.7%"),
        ],
    ),
]
NO_ROW = [
    # a count of shops is no retail statistic (store formats take rates only)
    Case("The city opened 10 supermarkets in October, up 20 percent from a year earlier."),
    # thresholds inside the definition of units above designated size
    Case("限额以上单位是指年主营业务收入2000万元及以上的批发业企业、500万元及以上的零售业企业。"),
    Case(
        "Units above designated size refer to retailers with annual revenue of 5 million yuan or more."
    ),
    # counts that are no economic statistic; a market share with no company; a policy rate
    Case("The team won 38 medals in October, and 1,200 delegates attended the congress."),
    Case("The panda base counted 58 pandas in October, up 3 percent from a year earlier."),
    Case("The market share of the film rose as 120 films were screened in October."),
    Case("The one-year loan prime rate was kept at 3.0 percent in October."),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_vocabulary_r3(case):
    assert rows_of(case) == case.rows
