"""A work's takings named by a verb after its title (issue 13).

'"Detective Chinatown 1900" came in second, earning 2.28 billion yuan' is the film's box office:
the verb alone ("earning", "raked in", "took in", 斩获) says nothing of what was earned, but after
a quoted title in its clause (context "title" of film.terms.csv, econstats.reader.titles.title_of) it
names a work's takings. Without a title ("Tencent came in second, earning ...", quoted speech,
a clause of its own between) the figure stays unclaimed; counts (medals, players) are no takings.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

HOLIDAY = "During China's 2025 Spring Festival holiday, "


def box_office(value: float, text: str, entity: str) -> R:
    return R(
        "film.box_office", "level", value, "CNY", "exact", "2025-01-28/P8D", text, entity=entity
    )


CASES = [
    Case(
        HOLIDAY + '"Detective Chinatown 1900" came in second, earning 2.28 billion yuan.',
        published="2025-02-05",
        rows=[box_office(2.28e9, "2.28 billion yuan", "Detective Chinatown 1900")],
    ),
    Case(
        HOLIDAY + '"Ne Zha 2" raked in 4.84 billion yuan, and "Boonie Bears" took in 500 million '
        "yuan.",
        published="2025-02-05",
        rows=[
            box_office(4.84e9, "4.84 billion yuan", "Ne Zha 2"),
            box_office(500e6, "500 million yuan", "Boonie Bears"),
        ],
    ),
    Case(
        "2025年春节档，《唐探1900》斩获22.8亿元，位列第二。",
        published="2025-02-05",
        rows=[box_office(2.28e9, "22.8亿元", "唐探1900")],
    ),
    # rejected: no title before the verb, quoted speech, counts
    Case(HOLIDAY + "Tencent came in second, earning 2.28 billion yuan.", published="2025-02-05"),
    Case(
        HOLIDAY + '"I was happy," he said, earning 300 yuan a day as a driver.',
        published="2025-02-05",
    ),
    Case(HOLIDAY + 'China\'s team, led by "Big Wang", earned 12 medals.', published="2025-02-05"),
    Case(HOLIDAY + '"Black Myth" raked in 3 million players.', published="2025-02-05"),
    Case(
        HOLIDAY + '"Ne Zha 2" led the charts, while the airline earned 3 billion yuan.',
        published="2025-02-05",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_takings_after_a_title(case):
    assert rows_of(case) == case.rows
