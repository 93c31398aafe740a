"""An expectation named by a noun right after its figure in a results story ('ahead of the 9.2
billion yuan estimate by analysts', "beating the 245.2 billion yuan analysts' forecast", vocab/
expected_after.csv, econstats.reader.expectations) is a forecast of the same period, not a repeat of the
actual figure beside it (before, the repeats rule kept one of the two). A figure 'as analysts
expected' stays actual, and so do figures that an estimate does not follow."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

LEAD = "Alibaba Group reported results for the September quarter on Tuesday. "
NET = "company.net_profit.attributable"

CASES = [
    (
        LEAD + "Net income attributable to ordinary shareholders fell 52 per cent to 21 billion "
        "yuan. Even so, the figure came in ahead of the 9.2 billion yuan estimate by analysts.",
        [
            (NET, "yoy_pct", -52.0, "2025-Q3", "actual", "52 per cent"),
            (NET, "level", 2.1e10, "2025-Q3", "actual", "21 billion yuan"),
            (NET, "level", 9.2e9, "2025-Q3", "forecast", "9.2 billion yuan"),
        ],
    ),
    (
        LEAD + "Revenue rose 5 per cent to 247.8 billion yuan, beating the 245.2 billion yuan "
        "analysts' forecast.",
        [
            ("company.revenue", "yoy_pct", 5.0, "2025-Q3", "actual", "5 per cent"),
            ("company.revenue", "level", 2.478e11, "2025-Q3", "actual", "247.8 billion yuan"),
            ("company.revenue", "level", 2.452e11, "2025-Q3", "forecast", "245.2 billion yuan"),
        ],
    ),
    (  # as expected: the figure is the actual one
        LEAD + "Revenue rose 5 per cent to 247.8 billion yuan as analysts expected.",
        [
            ("company.revenue", "yoy_pct", 5.0, "2025-Q3", "actual", "5 per cent"),
            ("company.revenue", "level", 2.478e11, "2025-Q3", "actual", "247.8 billion yuan"),
        ],
    ),
    (  # no estimate after it: actual
        LEAD + "Revenue was 247.8 billion yuan, and analysts expect growth to slow.",
        [("company.revenue", "level", 2.478e11, "2025-Q3", "actual", "247.8 billion yuan")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: str(v)[70:110])
def test_expected_nouns(text: str, expected: list[tuple]) -> None:
    result = extract_document(doc_of(Case(text, "2025-11-25")))
    found = [
        (r["indicator"], r["measure"], r["value"], r["period"], r["status"], r["value_text"])
        for r in result["rows"]
    ]
    assert found == expected
