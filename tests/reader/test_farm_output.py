"""Farm output as Chinese releases state it (issue 13): grain in 斤 (jin, half a kilogram:
"粮食总产量14130亿斤", the tonnes' restatement "14582万吨(2916亿斤)"), 公斤 and 千克 (kilograms), and
the value added of agriculture by its plain names (农业增加值, "agricultural value added"),
with its growth's change in points. A price per jin, a jin of pork bought, a count of medals
give no row.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

GRAIN = "macro.agriculture.grain_output"
AGRI = "macro.gdp.agriculture"


def kg(measure: str, value: float, period: str, text: str) -> R:
    return R(GRAIN, measure, value, "kg", "exact", period, text)


def pct(measure: str, value: float, period: str, text: str, indicator: str = AGRI) -> R:
    return R(indicator, measure, value, "percent", "exact", period, text)


CASES = [
    Case(
        "2024年全国粮食总产量14130亿斤，比上年增加221.8亿斤，增长1.6%。",
        published="2024-12-13",
        rows=[
            kg("level", 706.5e9, "2024", "14130亿斤"),
            kg("abs_change", 11.09e9, "2024", "221.8亿斤"),
            pct("yoy_pct", 1.6, "2024", "1.6%", GRAIN),
        ],
    ),
    Case(
        "2021年上半年，全国夏粮总产量14582万吨(2916亿斤)。",
        published="2021-07-15",
        rows=[kg("level", 145.82e9, "2021-S1", "14582万吨")],
        note="the restatement in 斤 is a repeat of the tonnes, not a second row",
    ),
    Case(
        "2025年一季度，农业增加值同比增长3.5%，比上年全年加快0.2个百分点。",
        published="2025-04-16",
        rows=[
            pct("yoy_pct", 3.5, "2025-Q1", "3.5%"),
            pct("pp_change", 0.2, "2025-Q1", "0.2个百分点"),
        ],
    ),
    Case(
        "In the first quarter of 2025, China's agricultural value added rose 3.5 percent.",
        published="2025-04-16",
        rows=[pct("yoy_pct", 3.5, "2025-Q1", "3.5 percent")],
    ),
    # no row
    Case("2025年春节期间，北京市民每斤猪肉花费13元。", published="2025-02-05"),
    Case("2025年，我国运动员获得金牌40枚，共重2公斤。", published="2025-12-05"),
    Case("2025年全国大熊猫每天吃竹子40千克。", published="2025-12-05"),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_farm_output(case):
    assert rows_of(case) == case.rows
