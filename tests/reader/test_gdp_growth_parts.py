"""GDP stories beyond GDP itself: the intensity targets of a plan (carbon dioxide emissions and
energy use per unit of GDP: macro.energy.carbon_intensity, macro.energy.energy_intensity),
whose GDP after "per unit of" is a denominator, not the subject; nominal GDP beside the real
growth GDP's rates are (macro.terms.csv: breakdown "nominal", two observations, not a
repeat); a release's previous reading ("前值5.2%": vocab/release_labels.csv, the quarter
before); an earlier value after a semicolon ("…;明年經濟成長率則由2.81%上修至3.54%") is not compared with the figure of the
clause before, so it takes not its period and is no reading of its own; contributions to GDP
growth (econstats.reader.growth_contributions: macro.gdp.contribution, the contributor as breakdown);
a PMI's sub-indices named bare before an index reading ("production went up by 0.3 points to
53.3": terms of context "index", econstats.reader.index_parts), the sub-index as breakdown; quarters
listed once ("2025年第1、2季", "the first and second quarters": period_grammar.txt) are periods
listed respectively, with or without a cue (respective_periods), and one figure of them is of
the quarters together; an economy's share of world output ("China accounts for 70% of rare
earths mining globally": econstats.reader.world_shares, macro.industry.world_share); manufacturing and
factory output (macro.terms.csv); bare "Growth" opening a sentence with no subject of its own
(vocab/anaphors.csv); an earlier value "in the previous three months" (a quarter before)."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, doc_of, rows_of

from econstats.dataset.document import extract_document

ACCEPT = [
    Case(
        "China's targets for 2026 include a reduction of around 3.8 percent in carbon dioxide "
        "emissions per unit of GDP.",
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
    ),
    Case(
        "In 2024, China's energy consumption per unit of GDP fell 3.8 percent.",
        published="2025-02-28",
        rows=[
            R(
                "macro.energy.energy_intensity",
                "yoy_pct",
                -3.8,
                "percent",
                "exact",
                "2024",
                "3.8 percent",
            ),
        ],
    ),
    Case(
        "2024年，全国单位国内生产总值能耗比上年降低3.8%。",
        published="2025-02-28",
        rows=[
            R("macro.energy.energy_intensity", "yoy_pct", -3.8, "percent", "exact", "2024", "3.8%"),
        ],
    ),
    Case(
        "China's GDP grew 5 percent in 2025, while its energy consumption per unit of GDP fell 2 "
        "percent.",
        published="2026-01-20",
        rows=[
            R("macro.gdp", "yoy_pct", 5.0, "percent", "exact", "2025", "5 percent"),
            R(
                "macro.energy.energy_intensity",
                "yoy_pct",
                -2.0,
                "percent",
                "exact",
                "2025",
                "2 percent",
            ),
        ],
    ),
]

ACCEPT += [
    Case(
        "China's GDP grew 5 per cent in 2025. Analysts note, however, that nominal GDP growth was "
        "approximately 4.0 per cent, the slowest rate since 1976.",
        published="2026-01-19",
        rows=[
            R("macro.gdp", "yoy_pct", 5.0, "percent", "exact", "2025", "5 per cent"),
            R(
                "macro.gdp",
                "yoy_pct",
                4.0,
                "percent",
                "approximately",
                "2025",
                "approximately 4.0 per cent",
            ),
        ],
    ),
    Case(
        "In 2025, China's nominal GDP grew 4 percent while real GDP grew 5 percent.",
        published="2026-01-19",
        rows=[
            R("macro.gdp", "yoy_pct", 4.0, "percent", "exact", "2025", "4 percent"),
            R("macro.gdp", "yoy_pct", 5.0, "percent", "exact", "2025", "5 percent"),
        ],
    ),
    Case(
        "2025年，中国名义GDP增长4.0%，实际GDP增长5.0%。",
        published="2026-01-19",
        rows=[
            R("macro.gdp", "yoy_pct", 4.0, "percent", "exact", "2025", "4.0%"),
            R("macro.gdp", "yoy_pct", 5.0, "percent", "exact", "2025", "5.0%"),
        ],
    ),
    Case(
        "今年一季度中國國內生產總值(GDP)同比增長5.3%,高於預期的4.6%和前值5.2%。",
        published="2024-04-16",
        rows=[
            R("macro.gdp", "yoy_pct", 5.3, "percent", "exact", "2024-Q1", "5.3%"),
            R("macro.gdp", "yoy_pct", 4.6, "percent", "exact", "2024-Q1", "4.6%", "forecast"),
            R("macro.gdp", "yoy_pct", 5.2, "percent", "exact", "2023-Q4", "5.2%"),
        ],
    ),
    Case(
        "国家统计局公布，3月份中国CPI同比上涨0.1%，低于预期的0.4%和前值0.7%。",
        published="2024-04-11",
        rows=[
            R("prices.cpi", "yoy_pct", 0.1, "percent", "exact", "2024-03", "0.1%"),
            R("prices.cpi", "yoy_pct", 0.4, "percent", "exact", "2024-03", "0.4%", "forecast"),
            R("prices.cpi", "yoy_pct", 0.7, "percent", "exact", "2024-02", "0.7%"),
        ],
    ),
    Case(
        "主計總處今天更新GDP預測,今年經濟成長率由4.45%上修至7.37%,較8月中的預測數大幅上修2.92個"
        "百分點;明年經濟成長率則由2.81%上修至3.54%,上修0.73個百分點。",
        published="2025-11-28",
        rows=[
            R(
                "macro.gdp",
                "yoy_pct",
                7.37,
                "percent",
                "exact",
                "2025",
                "7.37%",
                "forecast",
                ref_area="TW",
            ),
            R(
                "macro.gdp",
                "pp_change",
                2.92,
                "percent",
                "exact",
                "2025",
                "2.92個百分點",
                "forecast",
                ref_area="TW",
            ),
            R(
                "macro.gdp",
                "yoy_pct",
                3.54,
                "percent",
                "exact",
                "2026",
                "3.54%",
                "forecast",
                ref_area="TW",
            ),
            R(
                "macro.gdp",
                "pp_change",
                0.73,
                "percent",
                "exact",
                "2026",
                "0.73個百分點",
                "forecast",
                ref_area="TW",
            ),
        ],
        note="2.81% and 4.45% are the earlier forecasts of the same years: no reading",
    ),
]

CONTRIBUTION = "macro.gdp.contribution"
ACCEPT += [
    Case(
        "In 2025, China's GDP grew 5 per cent. Household spending remained central, contributing "
        "52 per cent to the expansion.",
        published="2026-01-19",
        rows=[
            R("macro.gdp", "yoy_pct", 5.0, "percent", "exact", "2025", "5 per cent"),
            R(CONTRIBUTION, "share_pct", 52.0, "percent", "exact", "2025", "52 per cent"),
        ],
    ),
    Case(
        "In 2025, final consumption expenditure contributed 52 percent to China's economic "
        "growth, while net exports contributed 33 percent.",
        published="2026-01-19",
        rows=[
            R(
                f"{CONTRIBUTION}.consumption",
                "share_pct",
                52.0,
                "percent",
                "exact",
                "2025",
                "52 percent",
            ),
            R(CONTRIBUTION, "share_pct", 33.0, "percent", "exact", "2025", "33 percent"),
        ],
        note="net exports are no exports: before, 33 percent was a share of exports",
    ),
    Case(
        "2025年，资本形成总额对经济增长的贡献率为15.3%，拉动国内生产总值增长0.8个百分点；货物和服务"
        "净出口对经济增长的贡献率为32.7%，拉动国内生产总值增长1.6个百分点。",
        published="2026-01-19",
        rows=[
            R(CONTRIBUTION, "share_pct", 15.3, "percent", "exact", "2025", "15.3%"),
            R(CONTRIBUTION, "pp_change", 0.8, "percent", "exact", "2025", "0.8个百分点"),
            R(CONTRIBUTION, "share_pct", 32.7, "percent", "exact", "2025", "32.7%"),
            R(CONTRIBUTION, "pp_change", 1.6, "percent", "exact", "2025", "1.6个百分点"),
        ],
        note="before, 拉动国内生产总值增长0.8个百分点 was GDP's own change in points",
    ),
    Case(
        "Net exports added 1.5 percentage points to China's GDP growth in 2025.",
        published="2026-01-19",
        rows=[
            R(CONTRIBUTION, "pp_change", 1.5, "percent", "exact", "2025", "1.5 percentage points")
        ],
    ),
    Case(
        "主計總處預測,普發現金的效益反映在今年第4季,對第4季GDP的影響達1個百分點。",
        published="2025-11-28",
        rows=[
            R(
                CONTRIBUTION,
                "pp_change",
                1.0,
                "percent",
                "exact",
                "2025-Q4",
                "1個百分點",
                "forecast",
                ref_area="TW",
            )
        ],
    ),
]

PMI = "macro.pmi.manufacturing"
ACCEPT += [
    Case(
        "China's official manufacturing PMI came in at 51.3 in August. Among the sub-indices, "
        "production went up by 0.3 points to 53.3 in August. New orders, by contrast, went down "
        "by 0.1 points from the previous month, standing at 52.2, the NBS said.",
        published="2018-08-31",
        rows=[
            R(PMI, "level", 51.3, "index", "exact", "2018-08", "51.3"),
            R(PMI, "abs_change", 0.3, "index", "exact", "2018-08", "0.3 points"),
            R(PMI, "level", 53.3, "index", "exact", "2018-08", "53.3"),
            R(PMI, "abs_change", -0.1, "index", "exact", "2018-08", "0.1 points"),
            R(PMI, "level", 52.2, "index", "exact", "2018-08", "52.2"),
        ],
    ),
    Case(
        "8月份，中国制造业采购经理指数（PMI）为49.7%，生产指数为50.8%，比上月上升0.3个百分点；"
        "新订单指数为49.5%。",
        published="2024-08-31",
        rows=[
            R(PMI, "level", 49.7, "index", "exact", "2024-08", "49.7%"),
            R(PMI, "level", 50.8, "index", "exact", "2024-08", "50.8%"),
            R(PMI, "pp_change", 0.3, "percent", "exact", "2024-08", "0.3个百分点"),
            R(PMI, "level", 49.5, "index", "exact", "2024-08", "49.5%"),
        ],
    ),
]

ACCEPT += [
    Case(
        "根據主計總處統計,2025年第1、2季經濟成長率修正為5.54%(原為5.45%)及7.71%(8.01%)。",
        published="2025-11-28",
        rows=[
            R("macro.gdp", "yoy_pct", 5.54, "percent", "exact", "2025-Q1", "5.54%", ref_area="TW"),
            R("macro.gdp", "yoy_pct", 7.71, "percent", "exact", "2025-Q2", "7.71%", ref_area="TW"),
        ],
        note="the earlier estimates in brackets take their figure's period: repeats, no rows",
    ),
    Case(
        "2025年第一、二季度中国GDP分别增长5.4%和5.2%。",
        published="2025-11-28",
        rows=[
            R("macro.gdp", "yoy_pct", 5.4, "percent", "exact", "2025-Q1", "5.4%"),
            R("macro.gdp", "yoy_pct", 5.2, "percent", "exact", "2025-Q2", "5.2%"),
        ],
    ),
    Case(
        "In the first and second quarters of 2025, China's GDP grew 5.4% and 5.2%.",
        published="2025-11-28",
        rows=[
            R("macro.gdp", "yoy_pct", 5.4, "percent", "exact", "2025-Q1", "5.4%"),
            R("macro.gdp", "yoy_pct", 5.2, "percent", "exact", "2025-Q2", "5.2%"),
        ],
    ),
    Case(
        "2025年第一、二季度中国GDP增长5.3%。",
        published="2025-11-28",
        rows=[R("macro.gdp", "yoy_pct", 5.3, "percent", "exact", "2025-S1", "5.3%")],
        note="one figure of two quarters: the two together, never the second alone",
    ),
    Case(
        "China's GDP grew 5.2% in the second quarter of 2025.",
        published="2025-11-28",
        rows=[R("macro.gdp", "yoy_pct", 5.2, "percent", "exact", "2025-Q2", "5.2%")],
    ),
]

SHARE = "macro.industry.world_share"
ACCEPT += [
    Case(
        "In May 2024, China accounted for 70% of rare earths mining globally and 90% of refined "
        "output, the USGS said.",
        published="2024-06-07",
        rows=[
            R(SHARE, "share_pct", 70.0, "percent", "exact", "2024-05", "70%"),
            R(SHARE, "share_pct", 90.0, "percent", "exact", "2024-05", "90%"),
        ],
    ),
    Case(
        "China accounts for over 60 percent of the world's electric vehicle production, the "
        "agency said in 2024.",
        published="2024-06-07",
        rows=[R(SHARE, "share_pct", 60.0, "percent", "at_least", "2024", "over 60 percent")],
    ),
    Case(
        "2024年，中国稀土冶炼产量占全球的90%。",
        published="2025-03-07",
        rows=[R(SHARE, "share_pct", 90.0, "percent", "exact", "2024", "90%")],
    ),
]

IVA = "macro.industrial_value_added"
ACCEPT += [
    Case(
        "Germany's manufacturing output, excluding construction, dropped 3.0% in 2024.",
        published="2025-01-15",
        rows=[R(IVA, "yoy_pct", -3.0, "percent", "exact", "2024", "3.0%", ref_area="DE")],
    ),
    Case(
        "China's factory output rose 5.6% in April.",
        published="2025-05-30",
        rows=[R(IVA, "yoy_pct", 5.6, "percent", "exact", "2025-04", "5.6%")],
    ),
    Case(
        "India's economy grew 7.4% in the January-March quarter. Growth in the October-December "
        "quarter was revised to 6.4% from 6.2%.",
        published="2025-05-30",
        rows=[
            R("macro.gdp", "yoy_pct", 7.4, "percent", "exact", "2025-Q1", "7.4%", ref_area="IN"),
            R("macro.gdp", "yoy_pct", 6.4, "percent", "exact", "2024-Q4", "6.4%", ref_area="IN"),
        ],
        note="6.2% is the estimate revised, of the same quarter: no reading",
    ),
    Case(
        "China's exports rose 5% in April. Growth in imports slowed to 2%.",
        published="2025-05-30",
        rows=[
            R("trade.exports", "yoy_pct", 5.0, "percent", "exact", "2025-04", "5%"),
            R("trade.imports", "yoy_pct", 2.0, "percent", "exact", "2025-04", "2%"),
        ],
        note="a growth that names its subject is that subject's",
    ),
    Case(
        "India's gross value added (GVA) rose 6.8% in the March quarter from 6.5% in the "
        "previous three months.",
        published="2025-05-30",
        rows=[
            R(
                "macro.gdp.gva",
                "yoy_pct",
                6.8,
                "percent",
                "exact",
                "2025-Q1",
                "6.8%",
                ref_area="IN",
            ),
            R(
                "macro.gdp.gva",
                "yoy_pct",
                6.5,
                "percent",
                "exact",
                "2024-Q4",
                "6.5%",
                ref_area="IN",
            ),
        ],
    ),
]

REJECT = [
    # an intensity of something else than the economy: no row
    Case("The plant in China cut carbon emissions per unit of output by 20 percent in 2025."),
    Case("Steel mills in China cut their carbon intensity by 10 percent in 2025."),
    # a part's share of a company's revenue, a share price, counts: no contribution to growth
    Case("In 2025, Alibaba's cloud unit contributed 12 percent of revenue."),
    Case("China's athletes contributed 40 medals to the team's tally in 2024."),
    Case("Shares of the company added 3.5% on Tuesday."),
    Case("In 2024, 1,200 delegates from China contributed to the growth forum."),
    # a share of no world output: a company's revenue, a total, medals
    Case("In 2024, China accounted for 30% of Apple's revenue."),
    Case("China accounts for 40 percent of the total, the ministry said in 2024."),
    Case("China accounted for 40 percent of the medals won globally at the 2024 Games."),
    Case("China accounted for 40 percent of the medals globally in 2024."),
    Case("2024年，中国队奖牌数占全球的40%。"),
    Case("China's production of crude steel was 12.34 million tonnes in 2024."),
    Case("Production at the Chinese plant stood at 45.6 in 2024, the company said."),
    # growth of no economic subject
    Case("The panda population in China rose to 1,864 in 2024. Growth was 17 percent."),
    # a sub-index word without an index reading: no PMI row
    Case("The company received new orders worth 3.5 billion yuan in 2024 in China."),
    Case("China's new orders rose 3.2 percent in 2024."),
    Case("In 2024, production at the plant in China rose 0.5 percentage points to 12.5 percent."),
    Case("Production of pandas' bamboo in China reached 12.5 tonnes in 2024, 20 more than 2023."),
]


@pytest.mark.parametrize("case", ACCEPT, ids=case_id)
def test_accepted(case: Case) -> None:
    assert rows_of(case) == case.rows


def test_contributors_are_breakdowns() -> None:
    texts = [case.text for case in ACCEPT if "contribut" in case.text or "贡献率" in case.text]
    found = [
        (row["value"], row["breakdown"])
        for text in texts
        for row in extract_document(doc_of(Case(text, published="2026-01-19")))["rows"]
        if row["indicator"] == CONTRIBUTION
    ]
    assert found == [
        (52.0, "household spending"),
        (33.0, "net exports"),
        (15.3, "gross capital formation"),
        (0.8, "gross capital formation"),
        (32.7, "net exports of goods and services"),
        (1.6, "net exports of goods and services"),
    ]


def test_sub_indices_are_breakdowns() -> None:
    case = next(case for case in ACCEPT if "sub-indices" in case.text)
    rows = extract_document(doc_of(case))["rows"]
    assert [row["breakdown"] for row in rows] == [
        None,
        "production",
        "production",
        "new orders",
        "new orders",
    ]


def test_world_shares_name_what_they_share() -> None:
    case = next(case for case in ACCEPT if "rare earths mining" in case.text)
    rows = extract_document(doc_of(case))["rows"]
    assert [(row["breakdown"], row["ref_area"]) for row in rows] == [
        ("rare earths mining", "CN"),
        ("refined output", "CN"),
    ]


def test_nominal_is_a_breakdown() -> None:
    case = ACCEPT[4]
    rows = extract_document(doc_of(case))["rows"]
    assert [(row["value"], row["breakdown"]) for row in rows] == [(5.0, None), (4.0, "nominal")]


@pytest.mark.parametrize("case", REJECT, ids=case_id)
def test_rejected(case: Case) -> None:
    assert rows_of(case) == []
