"""Prices as statistics offices release them: a sentence on the parts of the one before ("其中,",
"食品中,", "Of which,") holds its comparison (econstats.reader.lead_comparisons.carried), and the
divisions of the CPI (food, tobacco and liquor; housing; other goods and services)."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of, strict_xfail

ACCEPT = [
    Case(
        "12月份,全国居民消费价格环比持平。其中,食品价格下降0.6%,服务价格上涨0.1%。",
        published="2025-01-09",
        rows=[
            R("prices.cpi.food", "mom_pct", -0.6, "percent", "exact", "2024-12", "0.6%"),
            R("prices.cpi.services", "mom_pct", 0.1, "percent", "exact", "2024-12", "0.1%"),
        ],
    ),
    Case(
        "12月份,食品烟酒类价格环比下降0.3%。食品中,鲜菜价格下降2.4%,猪肉价格下降2.1%。",
        published="2025-01-09",
        rows=[
            R(
                "prices.cpi.food_tobacco_liquor",
                "mom_pct",
                -0.3,
                "percent",
                "exact",
                "2024-12",
                "0.3%",
            ),
            R(
                "prices.cpi.fresh_vegetables",
                "mom_pct",
                -2.4,
                "percent",
                "exact",
                "2024-12",
                "2.4%",
            ),
            R("prices.cpi.pork", "mom_pct", -2.1, "percent", "exact", "2024-12", "2.1%"),
        ],
    ),
    Case(
        "3月份,工业生产者出厂价格环比下降0.4%。其中,生产资料价格下降0.5%。",
        published="2025-04-10",
        rows=[
            R("prices.ppi", "mom_pct", -0.4, "percent", "exact", "2025-03", "0.4%"),
            R("prices.ppi.producer_goods", "mom_pct", -0.5, "percent", "exact", "2025-03", "0.5%"),
        ],
    ),
    Case(
        # the comparison of the sentence before is not that of a sentence that is no part of it
        "12月份,全国居民消费价格环比持平。食品价格同比下降0.5%。",
        published="2025-01-09",
        rows=[R("prices.cpi.food", "yoy_pct", -0.5, "percent", "exact", "2024-12", "0.5%")],
    ),
    Case(
        "11月份,居住价格上涨0.1%,其他用品及服务价格上涨4.9%。",
        published="2024-12-09",
        rows=[
            R("prices.cpi.housing", "yoy_pct", 0.1, "percent", "exact", "2024-11", "0.1%"),
            R(
                "prices.cpi.other_goods_services",
                "yoy_pct",
                4.9,
                "percent",
                "exact",
                "2024-11",
                "4.9%",
            ),
        ],
    ),
    Case(
        # items listed with "、" before a head they share ("价格"), "respectively" (分别)
        "12月份,其他用品及服务、衣着价格分别上涨4.9%和1.2%;交通通信、生活用品及服务价格分别下降2.2%和0.7%。",
        published="2025-01-09",
        rows=[
            R(
                "prices.cpi.other_goods_services",
                "yoy_pct",
                4.9,
                "percent",
                "exact",
                "2024-12",
                "4.9%",
            ),
            R("prices.cpi.clothing", "yoy_pct", 1.2, "percent", "exact", "2024-12", "1.2%"),
            R(
                "prices.cpi.transport_communication",
                "yoy_pct",
                -2.2,
                "percent",
                "exact",
                "2024-12",
                "2.2%",
            ),
            R(
                "prices.cpi.household_goods_services",
                "yoy_pct",
                -0.7,
                "percent",
                "exact",
                "2024-12",
                "0.7%",
            ),
        ],
    ),
    Case(
        "In December, China's transport and communication prices fell 2.2 percent year on year, "
        "and clothing prices rose 1.2 percent.",
        published="2025-01-09",
        rows=[
            R(
                "prices.cpi.transport_communication",
                "yoy_pct",
                -2.2,
                "percent",
                "exact",
                "2024-12",
                "2.2 percent",
            ),
            R("prices.cpi.clothing", "yoy_pct", 1.2, "percent", "exact", "2024-12", "1.2 percent"),
        ],
    ),
]
NO_ROW = [
    # an item before "、" that with the head names no term is no subject: no figure of its own
    Case("其中,化妆品、金银珠宝类商品零售额分别增长3%和4%。"),
    # share prices, policy rates, a price target, a product's retail price: no price index
    Case("其中,贵州茅台股价环比下跌2.1%,收于1500元。"),
    Case("Of which, the central bank's one-year loan prime rate was kept at 3.1 percent."),
    Case("Analysts set a price target of 45 dollars for the shares, up 12 percent."),
    Case("其中,这款手机的售价为3999元,首批限量10000台。"),
]
XFAIL: list[Case] = []


@pytest.mark.parametrize("case", ACCEPT + NO_ROW + strict_xfail(XFAIL), ids=case_id)
def test_prices_releases(case):
    assert rows_of(case, "prices" if case.rows else None) == case.rows
