"""A film's takings named by its quoted title (econstats.reader.titles), beside the holiday's total,
and periods in quoted speech that set no period for the story (econstats.reader.quoted_speech).

Sentences in, exact rows out; and texts where a quote names no film of the figure.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

BOX = "film.box_office"
HOLIDAY = "2025-01-28/P8D"
LEAD = (
    "China's box office revenue reached 9.51 billion yuan during the 2025 Spring Festival "
    "holiday, the China Film Administration said. "
)
TOTAL = R(BOX, "level", 9.51e9, "CNY", "exact", HOLIDAY, "9.51 billion yuan")

ACCEPT = [
    # Xinhua, 2025-02-05: the leader's takings, kept beside the total (no repeat of it)
    Case(
        LEAD + 'Animated feature "Ne Zha 2" was the runaway leader, grossing 4.84 billion yuan.',
        published="2025-02-05",
        rows=[
            TOTAL,
            R(
                BOX,
                "level",
                4.84e9,
                "CNY",
                "exact",
                HOLIDAY,
                "4.84 billion yuan",
                entity="Ne Zha 2",
            ),
        ],
    ),
    Case(
        LEAD + 'Third place went to "Creation of the Gods II: Demon Force" with a box office '
        "total of 998 million yuan.",
        published="2025-02-05",
        rows=[
            TOTAL,
            R(
                BOX,
                "level",
                9.98e8,
                "CNY",
                "exact",
                HOLIDAY,
                "998 million yuan",
                entity="Creation of the Gods II: Demon Force",
            ),
        ],
    ),
    # a film lover's "first half" is the film's: the holiday stays the story's period
    Case(
        LEAD + '"I was laughing in the first half and crying by the end," said a film lover. '
        'Third place went to "Boonie Bears" with a box office total of 798 million yuan.',
        published="2025-02-05",
        rows=[
            TOTAL,
            R(
                BOX,
                "level",
                7.98e8,
                "CNY",
                "exact",
                HOLIDAY,
                "798 million yuan",
                entity="Boonie Bears",
            ),
        ],
    ),
    Case(
        "2025年春节档期间，《哪吒之魔童闹海》票房达48.4亿元。",
        published="2025-02-05",
        rows=[
            R(BOX, "level", 4.84e9, "CNY", "exact", HOLIDAY, "48.4亿元", entity="哪吒之魔童闹海")
        ],
    ),
    # a title in its own clause: the holiday's total stays national
    Case(
        '"Ne Zha 2" led the charts, while China\'s box office reached 9.51 billion yuan during the '
        "2025 Spring Festival holiday.",
        published="2025-02-05",
        rows=[TOTAL],
    ),
]

REJECT = [
    Case('"The film drew 3 million fans," the director said of "Ne Zha 2" on its 2nd day.'),
    Case('The cinema "Star City" has 12 screens and 1,200 seats, opened in 2025.'),
    Case('Tickets for "Ne Zha 2" cost 45 yuan on average at the "Wanda" chain on Feb. 1.'),
]


@pytest.mark.parametrize("case", ACCEPT, ids=case_id)
def test_accept(case: Case) -> None:
    assert rows_of(case, "film") == case.rows


@pytest.mark.parametrize("case", REJECT, ids=case_id)
def test_reject(case: Case) -> None:
    assert rows_of(case, "film") == []
