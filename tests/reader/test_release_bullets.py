"""A data release's bullets under its headline line ("Industrial Production y/y +7.0%, a beat" /
"  • expected +5.0%, prior +6.8%"): a bullet that opens with a label of its readings
(vocab/release_labels.csv) continues the subject of the line before (anaphora.release_bullet);
"expected" makes a forecast of the same period, "prior" the reading of the release before
(earlier_values.release_label): the month, quarter or year before, December's before January
and February released together. A bullet mark is needed, and the label right before its figure;
a sentence with a subject of its own, a count or a price is no release reading."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.cues import last_cue
from econstats.reader.earlier_values import release_label

IVA = "macro.industrial_value_added"
UNEMP = "macro.labour.unemployment_rate"

ACCEPT = [
    Case(
        "China industrial output data, March 18, 2024\n\n"
        "Industrial Production y/y +7.0% in January-February, a beat\n"
        "  • expected +5.0%, prior +6.8%\n",
        published="2024-03-18",
        rows=[
            R(IVA, "yoy_pct", 7.0, "percent", "exact", "2024-01-01/P2M", "7.0%"),
            R(IVA, "yoy_pct", 5.0, "percent", "exact", "2024-01-01/P2M", "5.0%", "forecast"),
            R(IVA, "yoy_pct", 6.8, "percent", "exact", "2023-12", "6.8%"),
        ],
    ),
    Case(
        "China's surveyed urban unemployment rate was 5.0% in May.\n- prior: 5.1%\n",
        published="2024-06-17",
        rows=[
            R(UNEMP, "level", 5.0, "percent", "exact", "2024-05", "5.0%"),
            R(UNEMP, "level", 5.1, "percent", "exact", "2024-04", "5.1%"),
        ],
    ),
    Case(
        "China's industrial output grew 4.5% y/y in the third quarter of 2024\n"
        "* consensus 4.6%, previous 5.9%\n",
        published="2024-10-18",
        rows=[
            R(IVA, "yoy_pct", 4.5, "percent", "exact", "2024-Q3", "4.5%"),
            R(IVA, "yoy_pct", 4.6, "percent", "exact", "2024-Q3", "4.6%", "forecast"),
            R(IVA, "yoy_pct", 5.9, "percent", "exact", "2024-Q2", "5.9%"),
        ],
    ),
]

REJECT = [
    # no bullet: a sentence that opens with "Expected" is no release reading
    Case(
        "China's industrial output grew 4.5% in September.\nExpected attendance is 56,000 fans.",
        published="2024-10-18",
        rows=[R(IVA, "yoy_pct", 4.5, "percent", "exact", "2024-09", "4.5%")],
    ),
    # a bullet of counts after the headline: no label
    Case(
        "China's industrial output grew 4.5% in September.\n• 56 giant pandas were born in 2024.",
        published="2024-10-18",
        rows=[R(IVA, "yoy_pct", 4.5, "percent", "exact", "2024-09", "4.5%")],
    ),
    # a share price under a headline with no subject of its own
    Case(
        "Results day\n• prior close HK$6.74, up 3% on Tuesday",
        published="2025-08-20",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + REJECT, ids=case_id)
def test_release_bullets(case: Case) -> None:
    assert rows_of(case) == case.rows


@pytest.mark.parametrize(
    ("gap", "label"),
    [
        (", prior +", True),
        ("• previous: ", True),
        (" up from ", False),
        (" prior to the pandemic, growth of ", False),
        (", compared with ", False),
    ],
)
def test_release_label(gap: str, label: bool) -> None:
    cue = last_cue(gap)
    assert cue is not None and release_label(cue, gap) == label
