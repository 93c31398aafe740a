"""An earlier percent written with its change noun ("after a 1.1% rise the previous month",
"after a 2.5% decline a year earlier") lies a month or a year before the figure it follows
(econstats.reader.earlier_values: the noun may stand between the number and its period). A
forecast stated after an earlier value ("narrowed to $98.24 billion last month from $114.77
billion in June, below the $105.0 billion predicted") is of the figure's period, never the
earlier value's (figure_periods.StatedPeriods.nearest). A percent with no period said keeps
none: it is no row."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

CASES = [
    (
        "BEIJING, Aug 7 (Reuters) - Imports climbed 4.1% in July, after a 1.1% rise the "
        "previous month.",
        [
            ("trade.imports", "yoy_pct", 4.1, "2025-07", "actual"),
            ("trade.imports", "yoy_pct", 1.1, "2025-06", "actual"),
        ],
    ),
    (
        "BEIJING, Aug 7 (Reuters) - Exports climbed 4.1% in July, after a 2.5% decline a year "
        "earlier.",
        [
            ("trade.exports", "yoy_pct", 4.1, "2025-07", "actual"),
            ("trade.exports", "yoy_pct", -2.5, "2024-07", "actual"),
        ],
    ),
    (
        "BEIJING, Aug 7 (Reuters) - China's trade surplus narrowed to $98.24 billion last month "
        "from $114.77 billion in June, below the $105.0 billion predicted in the poll.",
        [
            ("trade.balance", "level", 9.824e10, "2025-07", "actual"),
            ("trade.balance", "level", 1.1477e11, "2025-06", "actual"),
            ("trade.balance", "level", 1.05e11, "2025-07", "forecast"),
        ],
    ),
    (
        "TOKYO (Reuters) - Japan's core consumer prices rose 3.0% in February, slowing from a "
        "3.2% gain in January, compared with a median market forecast for a 2.9% rise.",
        [
            ("prices.cpi.core", "yoy_pct", 3.0, "2025-02", "actual"),
            ("prices.cpi.core", "yoy_pct", 3.2, "2025-01", "actual"),
            ("prices.cpi.core", "yoy_pct", 2.9, "2025-02", "forecast"),
        ],
    ),
    (  # no period said for the earlier percent: none guessed
        "BEIJING, Aug 7 (Reuters) - Imports climbed 4.1% in July, after a 1.1% rise.",
        [("trade.imports", "yoy_pct", 4.1, "2025-07", "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: str(v)[27:70])
def test_earlier_percents(text: str, expected: list[tuple]) -> None:
    result = extract_document(doc_of(Case(text, "2025-08-07")))
    found = [
        (r["indicator"], r["measure"], r["value"], r["period"], r["status"]) for r in result["rows"]
    ]
    assert found == expected
