"""A sentence none of whose numbers is a statistic tells an event ("agreed in May to cut tariffs
for 90 days, leaving a 30% levy"): its date is no period of the story's later figures, which
keep the one the story stated (econstats.reader.parse). A period with "'s" after its year
("September 2024's $11.29 billion") is the period of the value right after it, not the story's
(econstats.reader.period_bases.possessive). A sentence whose figure is a statistic still states
its period; a story that stated none takes the event's."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

CASES = [
    (
        "BEIJING, Aug 7 (Reuters) - China's exports rose 7.2% in July. Washington and Beijing "
        "agreed in May to slash tariffs for 90 days, leaving a 30% levy on most goods. In yuan "
        "terms, exports rose 8.0%.",
        [
            ("trade.exports", "yoy_pct", 7.2, "2025-07"),
            ("trade.exports", "yoy_pct", 8.0, "2025-07"),
        ],
    ),
    (
        "WASHINGTON (Reuters) - U.S. retail sales rose 0.6% in July. The Federal Reserve cut "
        "its policy rate by 25 basis points in March to a range of 4.25%-4.50%. Online retail "
        "sales increased 0.8% from a year earlier.",
        [
            ("retail.sales", "mom_pct", 0.6, "2025-07"),
            ("retail.sales.online", "yoy_pct", 0.8, "2025-07"),
        ],
    ),
    (  # a statistic states its period: the next figure takes it
        "BEIJING, Aug 7 (Reuters) - China's exports rose 7.2% in July. Imports rose 1.1% in "
        "June. The trade surplus was $98.24 billion.",
        [
            ("trade.exports", "yoy_pct", 7.2, "2025-07"),
            ("trade.imports", "yoy_pct", 1.1, "2025-06"),
            ("trade.balance", "level", 9.824e10, "2025-06"),
        ],
    ),
    (  # "September 2024's": the earlier value's own period, not the story's
        "SEOUL - South Korea's current account surplus was $13.47 billion in September. That "
        "was above August's $9.15 billion and September 2024's $11.29 billion. The goods "
        "account surplus came to $14.24 billion.",
        [
            ("trade.current_account", "level", 1.347e10, "2025-09"),
            ("trade.current_account", "level", 9.15e9, "2025-08"),
            ("trade.current_account", "level", 1.129e10, "2024-09"),
            ("trade.balance", "level", 1.424e10, "2025-09"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: str(v)[:48])
def test_event_periods(text: str, expected: list[tuple]) -> None:
    published = "2025-11-07" if "SEOUL" in text else "2025-08-07"
    result = extract_document(doc_of(Case(text, published)))
    found = [(r["indicator"], r["measure"], r["value"], r["period"]) for r in result["rows"]]
    assert found == expected
