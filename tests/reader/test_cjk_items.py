"""Chinese list items with their figures in brackets (econstats.reader.cjk_items): an item no term names
("服裝", "燃料", "中藥") is a category of the list's subject, with its own breakdown, not a repeat
of the item before. Brackets of counts, dates and notes, and a first bracket with no list, are no
items."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

SALES = "retail.sales"
HK = "HK"

LIST = (
    "政府統計處公布，香港去年11月零售業總銷貨價值按年上升6.5%。\n"
    "去年11月與2024年11月比較，其他未分類消費品的銷貨價值上升5.5%。其次為汽車及汽車零件"
    "(銷貨價值下跌3.1%)；燃料(下跌11.1%)；服裝(上升3.0%)；以及中藥(下跌1.8%)。"
)


def rows(*items: tuple[float, str]) -> list[R]:
    return [
        R(SALES, "yoy_pct", value, "percent", "exact", "2025-11", text, ref_area=HK)
        for value, text in items
    ]


ACCEPT = [
    Case(
        LIST,
        published="2026-01-02",
        rows=rows(
            (6.5, "6.5%"),
            (5.5, "5.5%"),
            (-3.1, "3.1%"),
            (-11.1, "11.1%"),
            (3.0, "3.0%"),
            (-1.8, "1.8%"),
        ),
    ),
]

# "與2024年同月相比": the year of the same month compared with is a base, not the period
SAME_MONTH = Case(
    "政府統計處公布香港零售業數字。\n去年11月與2024年同月相比，超級市場貨品的銷貨價值下跌2.1%。",
    published="2026-01-02",
    rows=[
        R(SALES, "yoy_pct", -2.1, "percent", "exact", "2025-11", "2.1%", ref_area=HK),
    ],
)

REJECT = [
    # brackets of counts, dates and ages after a figure: no items
    Case(
        "香港去年11月零售業總銷貨價值按年上升6.5%(臨時數字)；大熊貓(3只)；會議(2024年)。",
        published="2026-01-02",
        rows=rows((6.5, "6.5%")),
    ),
    # a bracket of a share price after an item with no figure of its own
    Case(
        "香港去年11月零售業總銷貨價值按年上升6.5%。股價(收報6.74元)；市值(1000億元)。",
        published="2026-01-02",
        rows=rows((6.5, "6.5%")),
    ),
]


@pytest.mark.parametrize("case", [*ACCEPT, SAME_MONTH, *REJECT], ids=case_id)
def test_cjk_items(case: Case) -> None:
    assert rows_of(case) == case.rows


def test_breakdowns_named() -> None:
    found = rows_of(Case(LIST, published="2026-01-02"))
    assert len(found) == 6
