"""Shapes a reader must not publish as they look: ranges are two bounds (never one exact figure,
never a level), possibilities are forecasts, a slide is a fall; counts of delegates, medals,
pandas and doves, share prices, index levels, tariff and policy rates and thresholds give no row,
beside near-identical sentences that give their exact rows."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

OCT = "2025-10"


def sales(value, text, qualifier="exact", indicator="retail.sales", **extra):
    return R(indicator, "yoy_pct", value, "percent", qualifier, OCT, text, **extra)


ACCEPT = [
    # a range is read as its bounds: the lower end at least (the upper end, at most, is the
    # same observation and goes to the repeats), never the upper end as an exact figure
    Case(
        "China's retail sales rose 3-4 percent in October 2025.", rows=[sales(3, "3", "at_least")]
    ),
    Case(
        "China's retail sales rose between 3 and 4 percent in October 2025.",
        rows=[sales(3, "3", "at_least")],
    ),
    Case(
        "China's retail sales fell 3 to 4 percent in October 2025.",
        rows=[sales(-3, "3", "at_least")],
    ),
    Case("10月份,社会消费品零售总额同比增长3%至4%。", rows=[sales(3, "3%", "at_least")]),
    Case("10月份,社会消费品零售总额同比下降3-4%。", rows=[sales(-3, "3", "at_least")]),
    Case(
        "China aims for GDP growth of 4.5–5 percent in 2026.",
        rows=[R("macro.gdp", "yoy_pct", 4.5, "percent", "at_least", "2026", "4.5", "target")],
    ),
    # ... but a change and the level it reached, or an earlier value and a new one, are no range
    Case(
        "China's fiscal revenue rose 200 billion yuan to 3 trillion yuan in October 2025.",
        rows=[
            R("fiscal.revenue", "abs_change", 2e11, "CNY", "exact", OCT, "200 billion yuan"),
            R("fiscal.revenue", "level", 3e12, "CNY", "exact", OCT, "3 trillion yuan"),
        ],
    ),
    Case(
        "China's retail sales growth rose from 3 to 4 percent in October 2025.",
        rows=[sales(4, "4 percent")],
    ),
    Case(
        "In May 2025, China's exports rose 4.8 percent.",
        rows=[R("trade.exports", "yoy_pct", 4.8, "percent", "exact", "2025-05", "4.8 percent")],
    ),
    # a possibility is a forecast ("could", "may rise", "likely to", "is seen", 有望)
    Case(
        "China's exports could grow 6 percent in 2026.",
        rows=[
            R("trade.exports", "yoy_pct", 6, "percent", "exact", "2026", "6 percent", "forecast")
        ],
    ),
    Case(
        "China's retail sales are likely to grow 5 percent in 2026.",
        rows=[R("retail.sales", "yoy_pct", 5, "percent", "exact", "2026", "5 percent", "forecast")],
    ),
    Case(
        "China's GDP is seen growing 4.5 percent in 2026.",
        rows=[
            R("macro.gdp", "yoy_pct", 4.5, "percent", "exact", "2026", "4.5 percent", "forecast")
        ],
    ),
    Case(
        "China's exports may rise 3 percent in 2026.",
        rows=[
            R("trade.exports", "yoy_pct", 3, "percent", "exact", "2026", "3 percent", "forecast")
        ],
    ),
    Case(
        "预计2026年,出口有望增长5%。",
        rows=[R("trade.exports", "yoy_pct", 5, "percent", "exact", "2026", "5%", "forecast")],
    ),
    # a slide or a shrinking is a fall; "slid to" gives the level reached
    Case("10月份,出口同比萎缩5%。", rows=[sales(-5, "5%", indicator="trade.exports")]),
    Case(
        "10月份,出口同比下滑约5%。",
        rows=[sales(-5, "约5%", "approximately", indicator="trade.exports")],
    ),
    Case("10月份,出口增速下滑至5%。", rows=[sales(5, "5%", indicator="trade.exports")]),
    # ... while the statistic before a share price or an index move keeps its row
    Case(
        "In October 2025, China's exports rose 5 percent, while the Hang Seng Index fell 1 percent.",
        rows=[sales(5, "5 percent", indicator="trade.exports")],
    ),
    Case(
        "10月份,出口同比增长5%,恒生指数下跌1%。", rows=[sales(5, "5%", indicator="trade.exports")]
    ),
    Case(
        "In October 2025, China's exports rose 5 percent, and shares of exporters fell 2 percent.",
        rows=[sales(5, "5 percent", indicator="trade.exports")],
    ),
    Case(
        "腾讯控股(0700.HK)第三季度营收同比增长15%,股价上涨3%。",
        rows=[
            R(
                "company.revenue",
                "yoy_pct",
                15,
                "percent",
                "exact",
                "2025-Q3",
                "15%",
                entity="Tencent",
            )
        ],
    ),
    # the economic figure of a sentence that also counts delegates or doves
    Case(
        "In October 2025, China's exports rose 8.3 percent, while 1,200 delegates attended the "
        "Canton Fair.",
        rows=[sales(8.3, "8.3 percent", indicator="trade.exports")],
    ),
    Case(
        "In October 2025, China's retail sales rose 3 percent and 3,000 doves were released at "
        "the ceremony.",
        rows=[sales(3, "3 percent")],
    ),
]

NO_ROW = [
    "In October 2025, 1,200 delegates attended the Canton Fair, up 15 percent from a year earlier.",
    "In the third quarter of 2025, China won 38 gold medals, 20 percent more than a year earlier.",
    "In October 2025, the zoo welcomed 12 giant pandas, up 20 percent from a year earlier.",
    "国庆期间,共有1200名代表参会,同比增长15%。",
    # market prices, index levels, policy rates and tariffs are no statistic of an economy
    "Tencent shares rose 3.2 percent to HK$612 in October 2025.",
    "2025年10月,腾讯控股股价上涨3.2%至612港元。",
    "The Hang Seng Index rose 1.2 percent to 26,000 points in October 2025.",
    "In October 2025, the US raised tariffs on Chinese goods to 145 percent.",
    "The People's Bank of China cut the one-year loan prime rate to 3.0 percent in October 2025.",
    # a share or an index named between a subject and a figure: the figure is that market's
    "Xiaomi sold 40,000 cars in October 2025, and its shares closed at HK$45.2, up 3 percent.",
    "小米10月份交付新车4万辆,股价上涨3%。",
]


@pytest.mark.parametrize("case", ACCEPT, ids=case_id)
def test_accepted_rows(case):
    assert rows_of(case) == case.rows


@pytest.mark.parametrize("text", NO_ROW, ids=lambda text: text[:60])
def test_no_row(text):
    assert rows_of(Case(text)) == []
