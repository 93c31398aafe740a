"""'Last year' said of an earlier value compared with a figure of part of a year is that part a
year before (econstats.reader.compared_years): 'up from HK$4.36 last year' beside an interim dividend is
the first half of 2024, '由去年的22.8%增至40.3%' of a first half the first half of last year, 'up
from 236.5 billion yuan last year' beside a quarter that quarter of 2024. A period written in full
('in 2024'), a figure that is no earlier value ('revenue last year was'), or a whole-year figure
keep their period."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

TME = "Tencent Music (1698.HK) reported interim results for the six months ended June 30, 2025. "
BABA = "Alibaba (9988.HK) reported results for the quarter ended September 30, 2025. "

CASES = [
    (
        TME + "It declared an interim dividend of HK$6, up from HK$4.36 last year.",
        [("HK$6", "2025-S1"), ("HK$4.36", "2024-S1")],
    ),
    (
        "泡泡瑪特(9992.HK)發布2025年中期業績。上半年,海外收入佔比由去年的22.8%大幅增至40.3%。",
        [("22.8%", "2024-S1"), ("40.3%", "2025-S1")],
    ),
    (
        BABA + "Revenue was 247.8 billion yuan, up from 236.5 billion yuan last year.",
        [("247.8 billion yuan", "2025-Q3"), ("236.5 billion yuan", "2024-Q3")],
    ),
    (  # a year written in full stays that year
        BABA + "Revenue was 247.8 billion yuan, up from 900 billion yuan in 2024.",
        [("247.8 billion yuan", "2025-Q3"), ("900 billion yuan", "2024")],
    ),
    (  # a whole year compared with a whole year: nothing to move
        "Tencent (0700.HK) reported annual results for 2025. Revenue rose to 700 billion yuan "
        "from 660 billion yuan last year.",
        [("700 billion yuan", "2025"), ("660 billion yuan", "2024")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: str(v)[80:120])
def test_compared_years(text: str, expected: list[tuple]) -> None:
    result = extract_document(doc_of(Case(text, "2025-11-20")))
    assert [(r["value_text"], r["period"]) for r in result["rows"]] == expected
