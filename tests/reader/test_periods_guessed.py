"""A period that cannot be resolved is rejected, never guessed (issue 12, item 10).

Bugs caught: with no published date, "China's exports are expected to grow 5 percent next year."
took the period of an earlier sentence ("the first 10 months of 2025"); with a published date of
2025-03-01, "exports rose 2.9 percent in October" became October 2025, an actual figure for a
period after the publication.

The rules (econstats.reader.period_labels.resolve and after_publication):
- a relative period ("next year", "this year", "last month", 上季度) needs a published date: without one the figure is
  rejected (period-unresolved), and a later sentence of the story does not take an earlier period;
- a period with no year in its phrase, sentence or story ("in October") takes the published year
  when its sentence looks forward (a forecast or target); otherwise it is the latest such period
  begun by the publication date ("in December" published in January is last December);
- an actual figure whose period was worked out from the published date and ends after it is
  rejected (period-after-publication); a forecast or target may be for a later period. A year the
  text states is not judged: a page may carry stories of several dates (seeds/001).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest

from econstats.core.model import Document
from econstats.dataset.document import extract_document


class Row(NamedTuple):
    indicator: str
    value: float
    period: str
    status: str = "actual"


class Rejected(NamedTuple):
    reason: str
    value_text: str


def outcome(text: str, published: str | None) -> list[Row | Rejected]:
    """Published rows and rejections of a text, in text order."""
    doc = Document(
        "case",
        "case.txt",
        text,
        "0" * 64,
        published_date=date.fromisoformat(published) if published else None,
    )
    result = extract_document(doc)
    found = [
        (r["char_start"], Row(r["indicator"], r["value"], r["period"], r["status"]))
        for r in result["rows"]
    ]
    found += [(r.char_start, Rejected(r.reason, r.value_text)) for r in result["rejections"]]
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


TEN_MONTHS = "China's exports rose 5 percent in the first 10 months of 2025. "

CASES = [
    # -- relative periods need a published date; an unresolved one is never replaced
    (
        TEN_MONTHS + "China's exports are expected to grow 5 percent next year.",
        None,
        [
            Row("trade.exports", 5.0, "2025-01-01/P10M"),
            Rejected("period-unresolved", "5 percent"),
        ],
    ),
    (
        TEN_MONTHS + "China's exports are expected to grow 5 percent next year.",
        "2025-11-17",
        [
            Row("trade.exports", 5.0, "2025-01-01/P10M"),
            Row("trade.exports", 5.0, "2026", "forecast"),
        ],
    ),
    (
        TEN_MONTHS + "Next year, exports are expected to grow 4 percent. "
        "China's imports are expected to rise 3 percent.",
        None,
        [
            Row("trade.exports", 5.0, "2025-01-01/P10M"),
            Rejected("period-unresolved", "4 percent"),
            Rejected("period-unresolved", "3 percent"),  # not the first 10 months of 2025
        ],
    ),
    (
        TEN_MONTHS + "The outlook for next year is uncertain. "
        "China's imports are expected to rise 3 percent.",  # the period stated without a figure
        None,
        [Row("trade.exports", 5.0, "2025-01-01/P10M"), Rejected("period-unresolved", "3 percent")],
    ),
    (
        "China's exports rose 2.9 percent in October.",
        None,
        [Rejected("period-unresolved", "2.9 percent")],
    ),
    (
        "China's exports rose 4 percent last year.",
        "2025-03-01",
        [Row("trade.exports", 4.0, "2024")],
    ),
    # -- a month or quarter relative to the published one ("last month" used to take the story's)
    (
        TEN_MONTHS + "China's exports rose 3 percent last month.",
        None,
        [Row("trade.exports", 5.0, "2025-01-01/P10M"), Rejected("period-unresolved", "3 percent")],
    ),
    (
        TEN_MONTHS + "China's exports rose 3 percent last month.",
        "2025-11-17",
        [Row("trade.exports", 5.0, "2025-01-01/P10M"), Row("trade.exports", 3.0, "2025-10")],
    ),
    (
        "China's exports rose 3 percent last quarter.",
        "2026-01-14",
        [Row("trade.exports", 3.0, "2025-Q4")],
    ),
    (
        "China's exports are expected to rise 3 percent next quarter.",
        "2025-11-17",
        [Row("trade.exports", 3.0, "2026-Q1", "forecast")],
    ),
    (
        "China's exports rose 3 percent in October from last month.",  # a comparison, no period
        "2025-03-01",
        [Row("trade.exports", 3.0, "2024-10")],
    ),
    (
        "2025年前10个月，全国一般公共预算收入186490亿元。上月全国一般公共预算收入1000亿元。",
        None,
        [
            Row("fiscal.revenue", 1.8649e13, "2025-01-01/P10M"),
            Rejected("period-unresolved", "1000亿元"),
        ],
    ),
    (
        "上月全国一般公共预算收入1000亿元。",
        "2025-11-17",
        [Row("fiscal.revenue", 1e11, "2025-10")],
    ),
    # -- a month with no year anywhere: the latest begun by the publication date, when actual
    (
        "China's exports rose 2.9 percent in October.",
        "2025-03-01",
        [Row("trade.exports", 2.9, "2024-10")],
    ),
    (
        "China's exports rose 2.9 percent in October.",
        "2025-11-17",
        [Row("trade.exports", 2.9, "2025-10")],
    ),
    (
        "China's exports rose 2.9 percent in December.",
        "2026-01-14",
        [Row("trade.exports", 2.9, "2025-12")],
    ),
    (
        "China's exports rose 2.9 percent in March.",  # March 2025 has begun, not ended
        "2025-03-01",
        [Rejected("period-after-publication", "2.9 percent")],
    ),
    (
        "During the National Day holiday, China's cross-regional passenger trips reached 1.9 billion.",
        "2025-09-20",
        [Row("transport.passenger_trips", 1.9e9, "2024-10-01/P7D")],
    ),
    # -- forecasts and targets look forward: the published year
    (
        "China's exports are expected to grow 3 percent in December.",
        "2025-03-01",
        [Row("trade.exports", 3.0, "2025-12", "forecast")],
    ),
    (
        "China's exports rose 3 percent in October and are expected to grow 5 percent in "
        "December.",  # the sentence looks forward: both in 2025; October 2025 not yet over
        "2025-03-01",
        [
            Rejected("period-after-publication", "3 percent"),
            Row("trade.exports", 5.0, "2025-12", "forecast"),
        ],
    ),
    # -- an actual figure for a period worked out from the published date ends by it
    (
        "China's retail sales rose 4 percent this year.",
        "2025-11-17",
        [Rejected("period-after-publication", "4 percent")],
    ),
    (
        "China's retail sales rose 4 percent this year. "
        "In the fourth quarter, China's retail sales rose 5 percent.",  # the story's year: 2025
        "2025-11-17",
        [
            Rejected("period-after-publication", "4 percent"),
            Rejected("period-after-publication", "5 percent"),
        ],
    ),
    # -- budgets and plans are targets, which may be for a period not yet over
    (
        "China's general public budget expenditure for this year is budgeted at 21 trillion yuan.",
        "2026-03-06",
        [Row("fiscal.expenditure", 21e12, "2026", "target")],
    ),
    (
        "China's budget for fiscal expenditure this year rose 7.6 percent to 21 trillion yuan.",
        "2026-03-06",
        [
            Row("fiscal.expenditure", 7.6, "2026", "target"),
            Row("fiscal.expenditure", 21e12, "2026", "target"),
        ],
    ),
    (
        "China's budgeted fiscal revenue for this year is 22 trillion yuan.",
        "2026-03-06",
        [Row("fiscal.revenue", 22e12, "2026", "target")],
    ),
    (
        "China's general public budget revenue rose 1 percent this year.",  # actual: not a budget
        "2026-03-06",
        [Rejected("period-after-publication", "1 percent")],
    ),
    (
        "China's fiscal revenue for this year is set at 22 trillion yuan.",
        "2026-03-06",
        [Row("fiscal.revenue", 22e12, "2026", "target")],
    ),
    # -- a stated year is not judged, and a year-less period takes the story's stated year
    (
        "China's exports rose 2.9 percent in October 2025.",
        "2025-03-01",
        [Row("trade.exports", 2.9, "2025-10")],
    ),
    (
        TEN_MONTHS + "In October, China's exports rose 3 percent.",
        None,
        [Row("trade.exports", 5.0, "2025-01-01/P10M"), Row("trade.exports", 3.0, "2025-10")],
    ),
    (
        TEN_MONTHS + "In October, China's exports rose 3 percent.",
        "2025-03-01",
        [Row("trade.exports", 5.0, "2025-01-01/P10M"), Row("trade.exports", 3.0, "2025-10")],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), CASES, ids=[f"{c[1]}: {c[0][-60:]}" for c in CASES]
)
def test_period_is_never_guessed(text: str, published: str | None, expected: list) -> None:
    assert outcome(text, published) == expected
