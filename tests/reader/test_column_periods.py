"""Results tables whose columns are periods, and quarter codes glued to Chinese (issue 13).

A column headed by an earlier period ("去年上半年", "Q3 2024") gives its cells that period, not
the story's; the change column keeps the story's period. A header that is not two periods of one
kind in different years moves nothing. "Q3毛利率", "单看Q3," are the third quarter.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.periods import find_periods

POP = "泡泡瑪特（9992）昨公布中期業績。\n\n泡泡瑪特中期業績\n"
HEAD = "　　　　　　　　今年上半年　　去年上半年　　按年變幅\n"


def rev(measure, value, unit, period, text, entity, area="CN", indicator="company.revenue"):
    return R(indicator, measure, value, unit, "exact", period, text, entity=entity, ref_area=area)


CASES = [
    Case(
        POP + HEAD + "收入　　　　　　138.76億元　　45.58億元　　+204.4%\n"
        "每股基本盈利　　3.44元　　　　0.69元　　　 +395.3%\n",
        "2025-08-20",
        [
            rev("level", 13876000000.0, "CNY", "2025-S1", "138.76億元", "Pop Mart"),
            rev("level", 4558000000.0, "CNY", "2024-S1", "45.58億元", "Pop Mart"),
            rev("yoy_pct", 204.4, "percent", "2025-S1", "204.4%", "Pop Mart"),
            rev("level", 3.44, "CNY", "2025-S1", "3.44元", "Pop Mart", indicator="company.eps"),
            rev("level", 0.69, "CNY", "2024-S1", "0.69元", "Pop Mart", indicator="company.eps"),
            rev(
                "yoy_pct",
                395.3,
                "percent",
                "2025-S1",
                "395.3%",
                "Pop Mart",
                indicator="company.eps",
            ),
        ],
        "this half and last year's half: the second column is 2024-S1",
    ),
    Case(
        "NIO Inc. reported results.\n\n                 Q3 2025      Q3 2024      Change\n"
        "Total revenues   RMB21.8 billion   RMB18.7 billion   +16.7%\n",
        "2025-11-17",
        [
            rev("level", 21800000000.0, "CNY", "2025-Q3", "RMB21.8 billion", "NIO"),
            rev("level", 18700000000.0, "CNY", "2024-Q3", "RMB18.7 billion", "NIO"),
            rev("yoy_pct", 16.7, "percent", "2025-Q3", "16.7%", "NIO"),
        ],
        "quarters in English, blanks apart",
    ),
    Case(
        "宁德时代发布三季报。\n\n　　　　　　2025年上半年　　2024年\n营业收入　　1041.86亿元　　922.8亿元\n",
        "2025-11-17",
        [rev("level", 104186000000.0, "CNY", "2025-S1", "1041.86亿元", "CATL")],
        "a half and a year are not one kind of column: nothing moves (the second is a repeat)",
    ),
    Case(
        "宁德时代发布三季报。\n\n　　　　　　本期　　上年同期\n营业收入　　1041.86亿元　　922.8亿元\n",
        "2025-11-17",
        [],
        "columns with no stated period: no row",
    ),
    Case(
        "成都大熊猫基地。\n\n　　　　　　今年　　去年\n大熊猫　　　58只　　　52只\n",
        "2025-11-17",
        [],
        "a count of pandas under year columns: no figure",
    ),
    Case(
        "宁德时代发布三季报。单看Q3,营收1041.86亿元,同比增长12.90%。",
        "2025-11-17",
        [
            rev("level", 104186000000.0, "CNY", "2025-Q3", "1041.86亿元", "CATL"),
            rev("yoy_pct", 12.9, "percent", "2025-Q3", "12.90%", "CATL"),
        ],
        "Q3 after a Chinese word",
    ),
    Case(
        "宁德时代发布三季报。2025年前三季度毛利率25.31%,同比下降2.88pct。"
        "Q3毛利率25.80%,同比下降5.37pct。",
        "2025-11-17",
        [
            rev(
                "share_pct",
                25.31,
                "percent",
                "2025-01-01/P9M",
                "25.31%",
                "CATL",
                indicator="company.gross_margin",
            ),
            rev(
                "pp_change",
                -2.88,
                "percent",
                "2025-01-01/P9M",
                "2.88pct",
                "CATL",
                indicator="company.gross_margin",
            ),
            rev(
                "share_pct",
                25.8,
                "percent",
                "2025-Q3",
                "25.80%",
                "CATL",
                indicator="company.gross_margin",
            ),
            rev(
                "pp_change",
                -5.37,
                "percent",
                "2025-Q3",
                "5.37pct",
                "CATL",
                indicator="company.gross_margin",
            ),
        ],
        "Q3 before a Chinese word: the quarter, not a repeat of the nine months",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_column_periods(case: Case) -> None:
    assert rows_of(case) == case.rows, case.note


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Q3毛利率25.80%", [("Q3", "quarter")]),
        ("截至2025Q3末,货币资金", [("截至2025Q3末", "day")]),
        ("FAQ3营收", []),
        ("2025年Q3营收", [("2025年Q3", "quarter")]),
    ],
)
def test_quarter_codes_by_chinese(text: str, found: list) -> None:
    assert [(m.text, m.spec.kind) for m in find_periods(text)] == found
