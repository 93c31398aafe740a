"""A short name in brackets after a subject is that subject: "outstanding total social financing
(TSF)" is the stock, not the flow the bare "TSF" names (subjects.bracketed_abbreviation)."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

ACCEPT = [
    Case(
        "Growth in China's outstanding total social financing (TSF), a wide measure of credit, "
        "eased to 13 percent in January from 13.3 percent in December.",
        published="2021-02-10",
        rows=[
            R(
                "macro.money.social_financing",
                "yoy_pct",
                13.0,
                "percent",
                "exact",
                "2021-01-31",
                "13 percent",
            ),
            R(
                "macro.money.social_financing",
                "yoy_pct",
                13.3,
                "percent",
                "exact",
                "2020-12-31",
                "13.3 percent",
            ),
        ],
    ),
    Case(
        "China's total social financing (TSF) reached 5.17 trillion yuan in January 2021.",
        published="2021-02-10",
        rows=[
            R(
                "macro.money.social_financing.new",
                "level",
                5.17e12,
                "CNY",
                "exact",
                "2021-01",
                "5.17 trillion yuan",
            ),
        ],
    ),
]
NO_ROW = [
    # a bank's share price, a loan to one company, a policy rate: no money statistics
    Case(
        "Shares of Bank of China (BOC) rose 2 percent to 3.5 yuan in January 2021.",
        published="2021-02-10",
    ),
    Case(
        "The People's Bank of China (PBOC) cut its policy rate to 2.95 percent in January 2021.",
        published="2021-02-10",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_bracketed_abbreviation(case):
    assert rows_of(case, "macro" if case.rows else None) == case.rows
