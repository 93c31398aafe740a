"""A category written as a modifier before a Chinese subject term is a breakdown of the
indicator, never the total again (econstats.reader.modifiers, vocab/breakdown_modifiers.csv):
'我国对“一带一路”沿线国家进出口2.07万亿元' is the trade with the Belt and Road countries, another
observation than '我国货物贸易进出口6.57万亿元' of the same quarter; before, the repeats rule kept
one of the two. A modifier that names the total (货物贸易, 本外币), a period word, or the reporting
country makes no breakdown; numbers of other things (pandas, dates) make no row at all.
A part named on its own after its subject ('while rural areas recorded', 'of which the central
government accounts for': econstats.reader.part_subjects) and partners listed before a respectively list
('对东盟、欧盟、美国、日本分别进出口…', 'exports to the US, the EU and ASEAN rose 3%, 5% and 7%,
respectively': econstats.reader.partner_lists) are other observations than the total too, and so are
the parts after 'of which' ('民营企业进出口…。其中,出口…': econstats.reader.of_which) and trade figures in
a sentence that opens with its partner ('With the EU, Japan posted a deficit':
econstats.reader.partner_openers). Breakdowns are English (vocab/breakdown_names.csv)."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, doc_of, rows_of

from econstats.dataset.document import extract_document
from econstats.reader.breakdowns import normal_breakdown
from econstats.reader.modifiers import modifier_breakdown

ACCEPT = [
    Case(
        "一季度,我国货物贸易进出口6.57万亿元,下降6.4%。此外,我国对“一带一路”沿线国家进出口"
        "2.07万亿元,增长3.2%。",
        published="2020-04-16",
        rows=[
            R("trade.total", "level", 6.57e12, "CNY", "exact", "2020-Q1", "6.57万亿元"),
            R("trade.total", "yoy_pct", -6.4, "percent", "exact", "2020-Q1", "6.4%"),
            R("trade.total", "level", 2.07e12, "CNY", "exact", "2020-Q1", "2.07万亿元"),
            R("trade.total", "yoy_pct", 3.2, "percent", "exact", "2020-Q1", "3.2%"),
        ],
    ),
    Case(
        "前两个月,我国进出口5.44万亿元,同比增长32.2%。与此同时,我国与“一带一路”沿线国家进出口"
        "1.62万亿元,同比增长23.9%。",
        published="2021-03-08",
        rows=[
            R("trade.total", "level", 5.44e12, "CNY", "exact", "2021-01-01/P2M", "5.44万亿元"),
            R("trade.total", "yoy_pct", 32.2, "percent", "exact", "2021-01-01/P2M", "32.2%"),
            R("trade.total", "level", 1.62e12, "CNY", "exact", "2021-01-01/P2M", "1.62万亿元"),
            R("trade.total", "yoy_pct", 23.9, "percent", "exact", "2021-01-01/P2M", "23.9%"),
        ],
    ),
    Case(
        "一季度,我国进出口6.57万亿元,下降6.4%。同期,对拉美地区进出口5000亿元,增长1.2%。",
        published="2020-04-16",
        rows=[
            R("trade.total", "level", 6.57e12, "CNY", "exact", "2020-Q1", "6.57万亿元"),
            R("trade.total", "yoy_pct", -6.4, "percent", "exact", "2020-Q1", "6.4%"),
            R("trade.total", "level", 5e11, "CNY", "exact", "2020-Q1", "5000亿元"),
            R("trade.total", "yoy_pct", 1.2, "percent", "exact", "2020-Q1", "1.2%"),
        ],
    ),
]

REJECT = [
    Case("今年以来,该基地共繁育大熊猫20只,比上年增加5只。", "2024-05-01"),
    Case("代表团由120名代表组成,其中女性代表45名。", "2024-03-05"),
    Case("该股周二收于6.74港元,较一年前的4.84港元上涨。", "2025-08-20"),
]


@pytest.mark.parametrize("case", ACCEPT + REJECT, ids=case_id)
def test_modifier_breakdowns(case: Case) -> None:
    assert rows_of(case) == case.rows


# a part named on its own after the subject it shares (econstats.reader.part_subjects), and partners
# listed before a "respectively" list (econstats.reader.partner_lists)
LISTS = [
    (
        "In July, China's retail sales of consumer goods in urban areas stood at 2,638.8 billion "
        "yuan, up by 8.6 percent year-on-year, while rural areas recorded 434.5 billion yuan, up "
        "by 10.1 percent year-on-year.",
        "2018-08-20",
        [
            ("retail.sales.urban", None, None, "level", 2.6388e12),
            ("retail.sales.urban", None, None, "yoy_pct", 8.6),
            ("retail.sales.rural", None, None, "level", 4.345e11),
            ("retail.sales.rural", None, None, "yoy_pct", 10.1),
        ],
    ),
    (
        "China's government deficit is projected to be 2.38 trillion yuan in 2018, of which the "
        "central government accounts for 1.55 trillion yuan and local governments for 0.83 "
        "trillion yuan.",
        "2018-03-05",
        [
            ("fiscal.deficit", None, None, "level", 2.38e12),
            ("fiscal.deficit", None, "central", "level", 1.55e12),
            ("fiscal.deficit", None, "local", "level", 8.3e11),
        ],
    ),
    (
        "从贸易伙伴看,今年前2个月,我国对东盟、欧盟、美国、日本分别进出口7862亿元、7790.4亿元、"
        "7163.7亿元和3492.3亿元,同比分别增长32.9%、39.8%、69.6%和27.4%。",
        "2021-03-08",
        [
            ("trade.total", None, "asean", "level", 7.862e11),
            ("trade.total", "EU", None, "level", 7.7904e11),
            ("trade.total", "US", None, "level", 7.1637e11),
            ("trade.total", "JP", None, "level", 3.4923e11),
            ("trade.total", None, "asean", "yoy_pct", 32.9),
            ("trade.total", "EU", None, "yoy_pct", 39.8),
            ("trade.total", "US", None, "yoy_pct", 69.6),
            ("trade.total", "JP", None, "yoy_pct", 27.4),
        ],
    ),
    (
        "China's exports to the US, the EU and ASEAN rose 3%, 5% and 7%, respectively, in 2024.",
        "2025-01-14",
        [
            ("trade.exports", "US", None, "yoy_pct", 3.0),
            ("trade.exports", "EU", None, "yoy_pct", 5.0),
            ("trade.exports", None, "asean", "yoy_pct", 7.0),
        ],
    ),
    (
        "In 2024, China's exports rose 5.9 percent, and imports from Japan and Australia fell 3% "
        "and 4%, respectively.",
        "2025-01-14",
        [
            ("trade.exports", None, None, "yoy_pct", 5.9),
            ("trade.imports", "JP", None, "yoy_pct", -3.0),
            ("trade.imports", "AU", None, "yoy_pct", -4.0),
        ],
    ),
    # rejected readings: a part after a preposition or in an exclusion is no part of the figure;
    # a list with no respectively keeps the clause's subject; counts of other things no row
    (
        "China's fiscal revenue rose 5 percent to 10 trillion yuan in 2019, driven by land sales "
        "by local governments.",
        "2020-01-20",
        [
            ("fiscal.revenue", None, None, "yoy_pct", 5.0),
            ("fiscal.revenue", None, None, "level", 1e13),
        ],
    ),
    (
        "China's fixed-asset investment (excluding rural households) jumped 35% year on year to "
        "4.52 trillion yuan in the January-February period.",
        "2021-03-15",
        [
            ("macro.fixed_asset_investment", None, None, "yoy_pct", 35.0),
            ("macro.fixed_asset_investment", None, None, "level", 4.52e12),
        ],
    ),
    (
        "China's exports to the US and Japan rose 3% in 2024, with shares of Apple and Sony up 2% "
        "and 4%, respectively.",
        "2025-01-14",
        [("trade.exports", "US", None, "yoy_pct", 3.0)],
    ),
    (
        "The panda base in China housed 56 giant pandas in 2024, of which the central government "
        "funded 20.",
        "2025-01-14",
        [],
    ),
    ("中国代表团在2024年分别获得40枚金牌、27枚银牌和24枚铜牌。", "2024-08-12", []),
]


@pytest.mark.parametrize(("text", "published", "rows"), LISTS, ids=[t[:50] for t, *_ in LISTS])
def test_parts_and_partner_lists(text: str, published: str, rows: list[tuple]) -> None:
    found = extract_document(doc_of(Case(text, published)))["rows"]
    got = [
        (r["indicator"], r["counterpart_area"], r["breakdown"], r["measure"], r["value"])
        for r in found
    ]
    assert got == rows
    assert len({r["obs_id"] for r in found}) == len(found)


def test_breakdown_published() -> None:
    """The category is the row's breakdown (its obs_id and series_key differ from the total's),
    by its English name (vocab/breakdown_names.csv)."""
    rows = extract_document(doc_of(ACCEPT[0]))["rows"]
    assert [row["breakdown"] for row in rows] == [
        None,
        None,
        "belt and road countries",
        "belt and road countries",
    ]
    assert len({row["obs_id"] for row in rows}) == 4


@pytest.mark.parametrize(
    ("text", "breakdown"),
    [
        ("一季度,民营企业进出口2.78万亿元", "民营企业"),
        ("我国一般贸易进出口3.94万亿元", "一般贸易"),
        ("此外,我国对“一带一路”沿线国家进出口2.07万亿元", "一带一路沿线国家"),
        ("同期,对拉美地区出口5000亿元", "拉美地区"),
        ("一季度,我国对东盟进出口9913.4亿元", "东盟"),
        ("我国机电产品出口1.85万亿元", "机电产品"),
        ("上半年人民币贷款增加13.27万亿元", "人民币"),
        ("月末人民币贷款余额250.85万亿元", "人民币"),
        # the total, a period, the reporting country: no category
        ("我国货物贸易进出口6.57万亿元", None),
        ("我国外贸进出口2.45万亿元", None),
        ("我国对外贸易进出口2.45万亿元", None),
        ("与此同时我国进出口2.45万亿元", None),
        ("6月末,本外币贷款余额255.32万亿元", None),
        ("今年前2个月,我国进出口总值5.44万亿元", None),
        ("一季度进出口6.57万亿元", None),
        # no head word: a verb phrase or a name is no category
        ("海关总署今天公布进出口数据", None),
        ("Private enterprises' exports", None),
    ],
)
def test_modifier_breakdown(text: str, breakdown: str | None) -> None:
    terms = ("进出口", "出口", "贷款", "exports")
    start = min(text.find(term) for term in terms if term in text)
    assert modifier_breakdown(text, start) == breakdown


# a comparison opening its sentence holds for its changes that name none
# (econstats.reader.lead_comparisons): not a repeat of the year-on-year figure before
LEAD = [
    Case(
        "China's consumer price index rose 2.2 percent year on year in November. Month on "
        "month, the CPI dipped 0.3 percent.",
        published="2018-12-09",
        rows=[
            R("prices.cpi", "yoy_pct", 2.2, "percent", "exact", "2018-11", "2.2 percent"),
            R("prices.cpi", "mom_pct", -0.3, "percent", "exact", "2018-11", "0.3 percent"),
        ],
    ),
    Case(
        "11月份,全国居民消费价格同比上涨2.2%。环比看,CPI下降0.3%,其中食品价格下降0.6%。",
        published="2018-12-09",
        rows=[
            R("prices.cpi", "yoy_pct", 2.2, "percent", "exact", "2018-11", "2.2%"),
            R("prices.cpi", "mom_pct", -0.3, "percent", "exact", "2018-11", "0.3%"),
            R("prices.cpi.food", "mom_pct", -0.6, "percent", "exact", "2018-11", "0.6%"),
        ],
    ),
    Case(
        "China's consumer price index rose 2.2 percent year on year in November. Month on "
        "month, the CPI dipped 0.3 percent, and it rose 2.2 percent year on year.",
        published="2018-12-09",
        rows=[
            R("prices.cpi", "yoy_pct", 2.2, "percent", "exact", "2018-11", "2.2 percent"),
            R("prices.cpi", "mom_pct", -0.3, "percent", "exact", "2018-11", "0.3 percent"),
        ],
        note="the second 2.2 percent names its own comparison: year on year, a repeat",
    ),
    Case("Month on month, the panda base received 3 more pandas in 2024.", "2025-01-10"),
    Case("In November, 45 delegates left, and 3 percent of seats stayed empty.", "2018-12-09"),
]


@pytest.mark.parametrize("case", LEAD, ids=case_id)
def test_lead_comparisons(case: Case) -> None:
    assert rows_of(case) == case.rows


# the parts after 'of which' (其中) are breakdowns of the figure before it (econstats.reader.of_which)
OF_WHICH = [
    (
        "一季度,民营企业进出口2.78万亿元,增长1.2%。其中,出口1.71万亿元,下降7.3%;进口1.07万亿元,"
        "增长7.9%。",
        "2020-04-14",
        [
            ("trade.total.private_enterprises", None, None, "level", 2.78e12),
            ("trade.total.private_enterprises", None, None, "yoy_pct", 1.2),
            ("trade.exports", "private enterprises", None, "level", 1.71e12),
            ("trade.exports", "private enterprises", None, "yoy_pct", -7.3),
            ("trade.imports", "private enterprises", None, "level", 1.07e12),
            ("trade.imports", "private enterprises", None, "yoy_pct", 7.9),
        ],
    ),
    (
        "上半年,住户贷款增加1.46万亿元,其中,短期贷款增加2764亿元,中长期贷款增加1.18万亿元;"
        "企(事)业单位贷款增加11万亿元,其中,短期贷款增加3.11万亿元;非银行业金融机构贷款增加3889亿元。",
        "2024-07-12",
        [
            ("macro.money.loans.new", "households", None, "abs_change", 1.46e12),
            ("macro.money.loans.new", "households, short-term", None, "abs_change", 2.764e11),
            (
                "macro.money.loans.new",
                "households, medium and long-term",
                None,
                "abs_change",
                1.18e12,
            ),
            ("macro.money.loans.new", "enterprises", None, "abs_change", 1.1e13),
            ("macro.money.loans.new", "enterprises, short-term", None, "abs_change", 3.11e12),
            (
                "macro.money.loans.new",
                "non-bank financial institutions",
                None,
                "abs_change",
                3.889e11,
            ),
        ],
    ),
    (
        "一季度,我国对东盟进出口9913.4亿元,增长6.1%。其中,出口5000亿元,增长2%。",
        "2020-04-14",
        [
            ("trade.total", "asean", None, "level", 9.9134e11),
            ("trade.total", "asean", None, "yoy_pct", 6.1),
            ("trade.exports", "asean", None, "level", 5e11),
            ("trade.exports", "asean", None, "yoy_pct", 2.0),
        ],
    ),
    # the total before 'of which' names no category: its parts stay the plain series
    (
        "一季度,我国进出口6.57万亿元,下降6.4%。其中,出口3.33万亿元,下降11.4%;进口3.24万亿元。",
        "2020-04-14",
        [
            ("trade.total", None, None, "level", 6.57e12),
            ("trade.total", None, None, "yoy_pct", -6.4),
            ("trade.exports", None, None, "level", 3.33e12),
            ("trade.exports", None, None, "yoy_pct", -11.4),
            ("trade.imports", None, None, "level", 3.24e12),
        ],
    ),
    # counts of other things after 'of which': no row
    ("该基地共有大熊猫56只,其中雌性30只。", "2024-05-01", []),
    ("代表团由120名代表组成,其中女性代表45名,平均年龄52岁。", "2024-03-05", []),
]


@pytest.mark.parametrize(
    ("text", "published", "rows"), OF_WHICH, ids=[t[:40] for t, *_ in OF_WHICH]
)
def test_of_which_parts(text: str, published: str, rows: list[tuple]) -> None:
    found = extract_document(doc_of(Case(text, published)))["rows"]
    got = [
        (r["indicator"], r["breakdown"], r["counterpart_area"], r["measure"], r["value"])
        for r in found
    ]
    assert got == rows
    assert len({r["obs_id"] for r in found}) == len(found)


@pytest.mark.parametrize(
    ("written", "english"),
    [
        ("东盟", "asean"),
        ("欧盟", "eu"),
        ("民营企业", "private enterprises"),
        ("一般贸易", "general trade"),
        ("农村", "rural"),
        ("城镇", "urban"),
        ("餐饮", "catering"),
        ("“一带一路”沿线国家", "belt and road countries"),
        ("企(事)业单位", "enterprises and public institutions"),
        # unmapped: kept as written; English as before
        ("游戏业务", "游戏业务"),
        ("The Cloud business", "cloud business"),
    ],
)
def test_breakdown_names(written: str, english: str) -> None:
    """Breakdowns are lower-case English (vocab/breakdown_names.csv), else as written."""
    assert normal_breakdown(written) == english


# a sentence opening with its partner gives it to its trade figures (econstats.reader.partner_openers)
OPENERS = [
    (
        "Japan's trade deficit stood at 567.86 billion yen in January. With the European Union, "
        "Japan posted a trade deficit for the seventh consecutive month, at 91.38 billion yen.",
        "2020-02-19",
        [
            ("trade.deficit", "JP", None, "level", 5.6786e11),
            ("trade.deficit", "JP", "EU", "level", 9.138e10),
        ],
    ),
    (
        "Japan's exports fell 2.6 percent in January. With China, Japan's exports slipped 6.4 "
        "percent in January.",
        "2020-02-19",
        [
            ("trade.exports", "JP", None, "yoy_pct", -2.6),
            ("trade.exports", "JP", "CN", "yoy_pct", -6.4),
        ],
    ),
    # a region, or no place at all, is no partner; nor has a figure of another topic one
    (
        "With Asia as a whole, Japan ran a trade deficit of 567.86 billion yen in January.",
        "2020-02-19",
        [("trade.deficit", "JP", None, "level", 5.6786e11)],
    ),
    (
        "With Christmas approaching, Japan ran a trade deficit of 567.86 billion yen in January.",
        "2020-02-19",
        [("trade.deficit", "JP", None, "level", 5.6786e11)],
    ),
    (
        "With prices rising, Japan's exports fell 3 percent in January.",
        "2020-02-19",
        [("trade.exports", "JP", None, "yoy_pct", -3.0)],
    ),
    ("With the US, the panda exchange programme sent 4 pandas in 2024.", "2025-01-10", []),
]


REGIONS = [  # a world region opening the sentence is the breakdown of its trade figures
    (
        "Japan's trade deficit stood at 1.31 trillion yen in January. With Asia as a whole, China "
        "included, Japan ran a trade deficit at 567.86 billion yen.",
        [None, "asia"],
    ),
    ("With Latin America, Brazil's exports rose 4 percent in 2024.", ["latin america"]),
    ("With Christmas approaching, Brazil's exports rose 4 percent in 2024.", [None]),
    ("With Asia as a whole, 12 pandas were sent in 2024.", []),
]


@pytest.mark.parametrize(("text", "breakdowns"), REGIONS, ids=[t[:40] for t, _ in REGIONS])
def test_region_openers_are_breakdowns(text: str, breakdowns: list) -> None:
    found = extract_document(doc_of(Case(text, "2025-02-19")))["rows"]
    assert [r["breakdown"] for r in found] == breakdowns


@pytest.mark.parametrize(("text", "published", "rows"), OPENERS, ids=[t[:40] for t, *_ in OPENERS])
def test_partner_openers(text: str, published: str, rows: list[tuple]) -> None:
    found = extract_document(doc_of(Case(text, published)))["rows"]
    got = [
        (r["indicator"], r["ref_area"], r["counterpart_area"], r["measure"], r["value"])
        for r in found
    ]
    assert got == rows
