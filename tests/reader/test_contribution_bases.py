"""A category's contribution in percentage points to the index's month-on-month change is another
series than its contribution to the year-on-year change (econstats.reader.contribution_bases): a pp_change
right after its subject's month-on-month change, a verb of contribution between (影响, 拉动,
"pulling"), takes the breakdown 'month on month'; the year-on-year contribution keeps no
breakdown. Without such a verb, or after a year-on-year change, nothing changes."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

MOM = "month on month"


def rows(case: Case) -> list[tuple]:
    """(indicator, breakdown, measure, value, period, value_text) of each published row."""
    found = extract_document(doc_of(case))["rows"]
    return [
        (r["indicator"], r["breakdown"], r["measure"], r["value"], r["period"], r["value_text"])
        for r in found
    ]


CASES = [
    Case(
        "12月份,全国居民消费价格同比上涨0.1%。食品中,鲜菜价格上涨0.5%,影响CPI上涨约0.01个百分点。\n"
        "12月份,全国居民消费价格环比持平。食品中,鲜菜价格下降2.4%,影响CPI下降约0.05个百分点;"
        "鲜果价格下降1.0%,影响CPI下降约0.02个百分点。",
        published="2025-01-09",
        rows=[
            ("prices.cpi", None, "yoy_pct", 0.1, "2024-12", "0.1%"),
            ("prices.cpi.fresh_vegetables", None, "yoy_pct", 0.5, "2024-12", "0.5%"),
            ("prices.cpi.fresh_vegetables", None, "pp_change", 0.01, "2024-12", "约0.01个百分点"),
            ("prices.cpi.fresh_vegetables", None, "mom_pct", -2.4, "2024-12", "2.4%"),
            ("prices.cpi.fresh_vegetables", MOM, "pp_change", -0.05, "2024-12", "约0.05个百分点"),
            ("prices.cpi.fresh_fruit", None, "mom_pct", -1.0, "2024-12", "1.0%"),
            ("prices.cpi.fresh_fruit", MOM, "pp_change", -0.02, "2024-12", "约0.02个百分点"),
        ],
        note="the NBS release: both contributions of fresh vegetables are kept",
    ),
    Case(
        "12月份,食品烟酒类价格环比下降0.3%,影响CPI下降约0.09个百分点。",
        published="2025-01-09",
        rows=[
            ("prices.cpi.food_tobacco_liquor", None, "mom_pct", -0.3, "2024-12", "0.3%"),
            (
                "prices.cpi.food_tobacco_liquor",
                MOM,
                "pp_change",
                -0.09,
                "2024-12",
                "约0.09个百分点",
            ),
        ],
    ),
    Case(
        "China's consumer prices rose 0.3 percent month on month in December, adding about 0.1 "
        "percentage points.",
        published="2025-01-09",
        rows=[
            ("prices.cpi", None, "mom_pct", 0.3, "2024-12", "0.3 percent"),
            ("prices.cpi", MOM, "pp_change", 0.1, "2024-12", "about 0.1 percentage points"),
        ],
    ),
    Case(
        "12月份,猪肉价格同比上涨12.5%,影响CPI上涨约0.15个百分点。",
        published="2025-01-09",
        rows=[
            ("prices.cpi.pork", None, "yoy_pct", 12.5, "2024-12", "12.5%"),
            ("prices.cpi.pork", None, "pp_change", 0.15, "2024-12", "约0.15个百分点"),
        ],
        note="a contribution to the year-on-year change keeps its series",
    ),
    Case(
        "China's CPI rose 0.3 percent month on month in December, and its year-on-year rate rose "
        "0.1 percentage points from November.",
        published="2025-01-09",
        rows=[
            ("prices.cpi", None, "mom_pct", 0.3, "2024-12", "0.3 percent"),
            ("prices.cpi", None, "pp_change", 0.1, "2024-12", "0.1 percentage points"),
        ],
        note="no verb of contribution: the change of the annual rate, not a contribution",
    ),
    Case(
        "In December China's CPI rose 0.3 percent month on month, and the jobless rate rose 0.1 "
        "percentage points, pulling 20 delegates to the meeting.",
        published="2025-01-09",
        rows=[
            ("prices.cpi", None, "mom_pct", 0.3, "2024-12", "0.3 percent"),
            (
                "macro.labour.unemployment_rate",
                None,
                "pp_change",
                0.1,
                "2024-12",
                "0.1 percentage points",
            ),
        ],
        note="another subject's points: no contribution; a count of delegates gives no row",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.text[:50])
def test_contribution_bases(case: Case) -> None:
    assert rows(case) == case.rows
