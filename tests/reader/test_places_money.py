"""Where a figure is from when the sentence and its story name no place, and the currency of a
bare 元 there: a currency of one economy says where ("Rs 1,17,010 crore": IN; context.money_home,
not CNY, which a bare 元 reads anywhere); a site's country domain ("ec.ltn.com.tw": TW;
context.url_area); a bare 元 in a figure of Hong Kong, Taiwan or Macao is the local dollar
(vocab/local_dollars.csv), unless the document names the renminbi ("（人民幣，下同）")."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.context import local_unit, money_home, url_area

ACCEPT = [
    Case(
        "Gross GST revenue collected in September 2021 stood at Rs 1,17,010 crore, 23% higher "
        "than a year earlier.",
        published="2021-10-01",
        rows=[
            R(
                "fiscal.revenue.tax.gst",
                "level",
                1.1701e12,
                "INR",
                "exact",
                "2021-09",
                "Rs 1,17,010 crore",
                ref_area="IN",
            ),
            R(
                "fiscal.revenue.tax.gst",
                "yoy_pct",
                23.0,
                "percent",
                "exact",
                "2021-09",
                "23%",
                ref_area="IN",
            ),
        ],
    ),
    Case(
        "香港11月零售業總銷貨價值臨時估計為337億元，按年上升6.5%。",
        published="2026-01-02",
        rows=[
            R(
                "retail.sales",
                "level",
                3.37e10,
                "HKD",
                "exact",
                "2025-11",
                "337億元",
                ref_area="HK",
            ),
            R("retail.sales", "yoy_pct", 6.5, "percent", "exact", "2025-11", "6.5%", ref_area="HK"),
        ],
    ),
    Case(
        "財政部公布，台灣10月全國賦稅收入為4174億元，年增19.3%。",
        published="2025-11-11",
        rows=[
            R(
                "fiscal.revenue.tax",
                "level",
                4.174e11,
                "TWD",
                "exact",
                "2025-10",
                "4174億元",
                ref_area="TW",
            ),
            R(
                "fiscal.revenue.tax",
                "yoy_pct",
                19.3,
                "percent",
                "exact",
                "2025-10",
                "19.3%",
                ref_area="TW",
            ),
        ],
    ),
    Case(  # the renminbi named: every bare 元 of the document is yuan
        "國家統計局公布，一季度內地國內生產總值296299億元（人民幣，下同），同比增長5.3%。",
        published="2024-04-16",
        rows=[
            R("macro.gdp", "level", 2.96299e13, "CNY", "exact", "2024-Q1", "296299億元"),
            R("macro.gdp", "yoy_pct", 5.3, "percent", "exact", "2024-Q1", "5.3%"),
        ],
    ),
]

NO_ROW = [
    Case("The panda, 4, was born in Hong Kong; 12 medals went to Taiwan.", rows=[]),
    Case("台灣隊贏得12面獎牌，比2021年多3面。", rows=[]),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_places_and_money(case: Case) -> None:
    assert rows_of(case) == case.rows


@pytest.mark.parametrize(
    ("url", "area"),
    [
        ("https://ec.ltn.com.tw/article/breakingnews/5242461", "TW"),
        ("https://news.mingpao.com.hk/a", "HK"),
        ("https://www.business-standard.com/article/x.html", None),
        ("https://www.hk01.com/x", None),
        (None, None),
    ],
)
def test_url_area(url: str | None, area: str | None) -> None:
    assert url_area(url) == area


def test_money_home_and_local_unit() -> None:
    assert (money_home("INR"), money_home("TWD"), money_home("CNY"), money_home("USD")) == (
        "IN",
        "TW",
        None,
        None,
    )
    assert local_unit("CNY", "1100 元", "HK") == "HKD"
    assert local_unit("CNY", "RMB 3 billion", "HK") == "CNY"
    assert local_unit("CNY", "3012億元", "CN") == "CNY"
    assert local_unit("USD", "US$5", "HK") == "USD"
