"""A commodity price's change over the span its sentence states is a change against the price when
the span began (econstats.reader.span_prices): "spot soymeal ... down almost 20% during May" is a
pct_change of May against the end of April. A change with year-on-year words, one at a single day
("by the end of May"), and an index's change keep their reading."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

SOYMEAL = (
    "In China, spot soymeal at the crushing hub of Rizhao was down almost 20% during May to 3,670 "
    "yuan a tonne."
)

CASES = [
    Case(
        SOYMEAL,
        published="2023-06-07",
        rows=[
            R(
                "prices.commodity",
                "pct_change",
                -20.0,
                "percent",
                "at_most",
                "2023-05",
                "almost 20%",
                base_period="2023-04-30/2023-04-30",
            ),
            R("prices.commodity", "level", 3670.0, "CNY", "exact", "2023-05", "3,670 yuan"),
        ],
        note="the Reuters soybean story",
    ),
    Case(
        "In China, spot soymeal prices were up 20% year on year in May, while 12 pandas were born.",
        published="2023-06-07",
        rows=[],
        note="year on year: a rate the commodity's term has not (rejected); pandas give no row",
    ),
    Case(
        "SMM data showed that in China, praseodymium-neodymium alloy prices jumped by nearly 4% to "
        "454,000 yuan a ton by the end of May.",
        published="2024-06-07",
        rows=[
            R(
                "prices.commodity",
                "level",
                454000.0,
                "CNY",
                "exact",
                "2024-05-31",
                "454,000 yuan",
            )
        ],
        note="a single day is no span: the 4% stays unread",
    ),
    Case(
        "China's consumer price index rose 0.2% during May.",
        published="2024-06-07",
        rows=[R("prices.cpi", "yoy_pct", 0.2, "percent", "exact", "2024-05", "0.2%")],
        note="an index with a year-on-year rate keeps it",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_span_prices(case: Case) -> None:
    assert rows_of(case) == case.rows
