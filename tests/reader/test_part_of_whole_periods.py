"""A part's figure in an "of which" sentence takes the period of its whole in the sentence before
(econstats.reader.part_periods): the residential floor area awaiting sale changed over the same month as
the whole ("比7月底減少317萬平方米。其中，住宅待售面積減少307萬平方米"), not over the story's
January-August. A part whose sentence states its own period keeps it; counts and dates stay no
figure."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

WHOLE = "macro.property.floor_area_for_sale"
HOMES = "macro.property.floor_area_for_sale.residential"
LEAD = "国家统计局数据显示，2025年1至8月份，全国房地产开发投资下降12.9%。"

CASES = [
    Case(
        LEAD + "截至8月底，商品房待售面積7.6169億平方米，比7月底減少317萬平方米。"
        "其中，住宅待售面積減少307萬平方米。",
        published="2025-09-16",
        rows=[
            R(WHOLE, "level", 761.69e6, "m2", "exact", "2025-08-31", "7.6169億平方米"),
            R(WHOLE, "abs_change", -3.17e6, "m2", "exact", "2025-08", "317萬平方米"),
            R(HOMES, "abs_change", -3.07e6, "m2", "exact", "2025-08", "307萬平方米"),
        ],
    ),
    # the part states its own period: kept
    Case(
        LEAD + "截至8月底，商品房待售面積比7月底減少317萬平方米。"
        "其中，7月份住宅待售面積減少200萬平方米。",
        published="2025-09-16",
        rows=[
            R(WHOLE, "abs_change", -3.17e6, "m2", "exact", "2025-08", "317萬平方米"),
            R(HOMES, "abs_change", -2.0e6, "m2", "exact", "2025-07", "200萬平方米"),
        ],
    ),
]

REJECT = [
    Case(LEAD + "其中，8月18日新生大熊猫3只。", published="2025-09-16"),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_part_of_whole_periods(case: Case) -> None:
    assert [r for r in rows_of(case) if r.indicator in (WHOLE, HOMES)] == case.rows


@pytest.mark.parametrize("case", REJECT, ids=case_id)
def test_no_figure(case: Case) -> None:
    assert [r for r in rows_of(case) if r.value == 3] == []
