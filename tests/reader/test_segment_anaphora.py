"""A company concept owned by a segment anaphor ('the unit's result', 'at the segment', '该业务')
is the segment's of the sentence before (econstats.reader.segment_anaphora), another observation than
the company's own; 'its' and 'the company's' stay the company's, and a sentence before that names
no segment gives none."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

LEAD = "Meituan (3690.HK) has published figures covering the three months to September 30, 2025. "
CLC = "Revenue at the Core Local Commerce segment rose 2.8% to RMB67.45 billion. "
OP = "company.operating_profit"
REV = "company.revenue"
SEGMENT_REVENUE = [
    (REV, "core local commerce", "yoy_pct", 2.8, "2.8%"),
    (REV, "core local commerce", "level", 6.745e10, "RMB67.45 billion"),
]

CASES = [
    (
        LEAD + "The group booked an operating loss of RMB19.76 billion. " + CLC + "Competition "
        "turned the unit's result from an operating profit of RMB14.58 billion to a loss of "
        "RMB14.07 billion.",
        [(OP, None, "level", -1.976e10, "RMB19.76 billion")]
        + SEGMENT_REVENUE
        + [(OP, "core local commerce", "level", -1.407e10, "RMB14.07 billion")],
    ),
    (
        LEAD + CLC + "Operating profit at the segment fell to RMB10 billion.",
        SEGMENT_REVENUE + [(OP, "core local commerce", "level", 1e10, "RMB10 billion")],
    ),
    (  # 'its' stays the company's
        LEAD + CLC + "Its operating profit fell to RMB10 billion.",
        SEGMENT_REVENUE + [(OP, None, "level", 1e10, "RMB10 billion")],
    ),
    (  # no segment in the sentence before: the company's
        LEAD + "Revenue rose 2.0% to RMB95.49 billion. The unit's operating profit was RMB10 "
        "billion.",
        [
            (REV, None, "yoy_pct", 2.0, "2.0%"),
            (REV, None, "level", 9.549e10, "RMB95.49 billion"),
            (OP, None, "level", 1e10, "RMB10 billion"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: str(v)[90:130])
def test_segment_anaphor(text: str, expected: list[tuple]) -> None:
    result = extract_document(doc_of(Case(text, "2025-11-28")))
    found = [
        (r["indicator"], r["breakdown"], r["measure"], r["value"], r["value_text"])
        for r in result["rows"]
    ]
    assert found == expected
