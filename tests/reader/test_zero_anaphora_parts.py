"""'其中,二季度增长3.7%': a period part of the figure before, its subject left out (issue 13).

Chinese releases state a half year and then, after 其中 ("of which"), its last quarter with no
subject: "上半年,农业(种植业)增加值同比增长3.6%…。其中,二季度增长3.7%,比一季度加快0.4个百分点。"
The second sentence is about the value added of the first (econstats.reader.zero_anaphora: an opener,
a period and a change and nothing else before the figure). Before, 其中 was no opener there and
both figures stayed unclaimed. A sentence after 其中 that names a subject of its own, or counts
something that is no statistic, gives no row of the subject before.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

AGRI = "macro.gdp.agriculture"


def pct(measure: str, value: float, period: str, text: str, indicator: str = AGRI) -> R:
    return R(indicator, measure, value, "percent", "exact", period, text)


FIRST_HALF = "2021年上半年,农业(种植业)增加值同比增长3.6%,增速比一季度加快0.3个百分点。"

CASES = [
    Case(
        FIRST_HALF + "其中,二季度增长3.7%,比一季度加快0.4个百分点。",
        published="2021-07-15",
        rows=[
            pct("yoy_pct", 3.6, "2021-S1", "3.6%"),
            pct("pp_change", 0.3, "2021-S1", "0.3个百分点"),
            pct("yoy_pct", 3.7, "2021-Q2", "3.7%"),
            pct("pp_change", 0.4, "2021-Q2", "0.4个百分点"),
        ],
    ),
    Case(
        FIRST_HALF + "其中：二季度同比增长3.7%。",
        published="2021-07-15",
        rows=[
            pct("yoy_pct", 3.6, "2021-S1", "3.6%"),
            pct("pp_change", 0.3, "2021-S1", "0.3个百分点"),
            pct("yoy_pct", 3.7, "2021-Q2", "3.7%"),
        ],
    ),
    # no row of the subject before
    Case("2021年上半年,我国运动员共获得金牌12枚。其中,二季度增加5枚。", published="2021-07-15"),
    Case(
        FIRST_HALF + "其中,二季度大熊猫增加5只。",
        published="2021-07-15",
        rows=[
            pct("yoy_pct", 3.6, "2021-S1", "3.6%"),
            pct("pp_change", 0.3, "2021-S1", "0.3个百分点"),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_of_which_period_parts(case):
    assert rows_of(case) == case.rows
