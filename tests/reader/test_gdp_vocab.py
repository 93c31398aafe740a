"""GDP figures that are not GDP itself: a level per head is GDP or GNI per capita
(macro.gdp_per_capita, macro.gni_per_capita), not GDP; GDP after "per unit of" is the
denominator of an intensity ("carbon dioxide emissions per unit of GDP"), not the subject; a
revision "由4.45%上修至7.37%" publishes the revised figure, and its earlier value ("由", "from",
adjacent cues: vocab/adjacent_cues.csv) is no reading of the period."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

GDP = "macro.gdp"

ACCEPT = [
    Case(
        "主計總處預測今年每人GDP為3萬8748美元,每人GNI為3萬9845美元。",
        published="2025-11-28",
        rows=[
            R(
                "macro.gdp_per_capita",
                "level",
                38748.0,
                "USD",
                "exact",
                "2025",
                "3萬8748美元",
                "forecast",
                ref_area="TW",
            ),
            R(
                "macro.gni_per_capita",
                "level",
                39845.0,
                "USD",
                "exact",
                "2025",
                "3萬9845美元",
                "forecast",
                ref_area="TW",
            ),
        ],
    ),
    Case(
        "China's GDP per capita reached 95,749 yuan in 2024, up 5.1 percent from 2023.",
        published="2025-02-28",
        rows=[
            R("macro.gdp_per_capita", "level", 95749.0, "CNY", "exact", "2024", "95,749 yuan"),
            R("macro.gdp_per_capita", "yoy_pct", 5.1, "percent", "exact", "2024", "5.1 percent"),
        ],
    ),
    Case(
        "主計總處今天更新GDP預測,今年經濟成長率由4.45%上修至7.37%。",
        published="2025-11-28",
        rows=[
            R(GDP, "yoy_pct", 7.37, "percent", "exact", "2025", "7.37%", "forecast", ref_area="TW")
        ],
    ),
    Case(
        "今年一季度,全国国内生产总值同比增长5.3%,增速从上季度的5.2%小幅回升。",
        published="2024-04-16",
        rows=[R(GDP, "yoy_pct", 5.3, "percent", "exact", "2024-Q1", "5.3%")],
    ),
]

ACCEPT += [
    # a reporting verb after a status word: what it reports is actual (vocab/statuses.csv)
    Case(
        "China hit its annual economic targets for 2025: the National Bureau of Statistics "
        "reported a 5 per cent expansion in GDP on 18 January 2026.",
        published="2026-01-20",
        rows=[R(GDP, "yoy_pct", 5.0, "percent", "exact", "2025", "5 per cent")],
    ),
    # the economy's growth target is GDP's, a target
    Case(
        "Weak consumer sentiment puts at risk the official growth target China has set for this "
        "year of around five percent.",
        published="2025-03-20",
        rows=[
            R(
                GDP,
                "yoy_pct",
                5.0,
                "percent",
                "approximately",
                "2025",
                "around five percent",
                "target",
            ),
        ],
    ),
]

ACCEPT += [
    Case(
        "Despite achieving a 5% economic growth last year, China's living standards are slipping, "
        "as Beijing struggles to shift the economy from industry and exports toward consumers.",
        published="2025-03-05",
        rows=[R(GDP, "yoy_pct", 5.0, "percent", "exact", "2024", "5%")],
    ),
    # the growth a contribution is made to is its whole ("percent to": vocab/denominators.csv)
    Case(
        "China's consumption contributed 52 per cent to economic growth in 2024.",
        published="2025-03-05",
        rows=[
            R(
                "macro.gdp.contribution.consumption",
                "share_pct",
                52.0,
                "percent",
                "exact",
                "2024",
                "52 per cent",
            ),
        ],
    ),
]

REJECT = [
    Case("The panda base's growth target is 12 new pandas in 2025.", published="2025-03-20"),
    Case("China's delegation reported 38 gold medals at the 2024 Games.", published="2024-08-20"),
    Case(
        "In 2026, China aims at a reduction of around 3.8 percent in carbon dioxide emissions per "
        "unit of GDP.",
        published="2026-03-06",
        rows=[
            R(
                "macro.energy.carbon_intensity",
                "yoy_pct",
                -3.8,
                "percent",
                "approximately",
                "2026",
                "around 3.8 percent",
                "target",
            ),
        ],
        note="no GDP row: the intensity's own (tests/reader/test_gdp_growth_parts.py)",
    ),
    Case("Energy consumption per unit of GDP fell 2.5 percent in 2025.", published="2026-03-06"),
    Case("由於出口強勁,大熊貓館去年接待遊客3萬人次。", published="2025-11-28"),
    Case("該隊由12名隊員組成,2025年奪得3枚金牌。", published="2025-11-28"),
]


@pytest.mark.parametrize("case", ACCEPT + REJECT, ids=case_id)
def test_gdp_vocab(case: Case) -> None:
    assert rows_of(case) == case.rows
