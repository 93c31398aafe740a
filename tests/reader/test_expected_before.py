"""An expectation written before its figure's verb in Chinese is a forecast of the same period
(econstats.reader.expected_before): '比市場預期的跌12.5%更差', '市场预期为增长3.8%'. A figure that beat
expectations ('超预期增长') or has no expectation before it stays actual."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

P, INV = "percent", "macro.property.investment"

CASES = [
    Case(
        "2025年1至8月份,全國房地產開發投資按年下降12.9%,比市場預期的跌12.5%更差。",
        published="2025-09-16",
        rows=[
            R(INV, "yoy_pct", -12.9, P, "exact", "2025-01-01/P8M", "12.9%"),
            R(INV, "yoy_pct", -12.5, P, "exact", "2025-01-01/P8M", "12.5%", "forecast"),
        ],
        note="明報: the market's expectation is no repeat of the actual fall",
    ),
    Case(
        "2025年8月份,社会消费品零售总额同比增长3.4%,市场预期为增长3.8%。",
        published="2025-09-16",
        rows=[
            R("retail.sales", "yoy_pct", 3.4, P, "exact", "2025-08", "3.4%"),
            R("retail.sales", "yoy_pct", 3.8, P, "exact", "2025-08", "3.8%", "forecast"),
        ],
    ),
    Case(
        "2025年8月份,社会消费品零售总额超预期增长3.4%,共有25名代表和3只大熊猫出席。",
        published="2025-09-16",
        rows=[R("retail.sales", "yoy_pct", 3.4, P, "exact", "2025-08", "3.4%")],
        note="beating expectations: actual; delegates and pandas give no row",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_expected_before(case: Case) -> None:
    assert rows_of(case) == case.rows
