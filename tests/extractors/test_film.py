"""Film extractor: national box office, and a named film's takings (entity)."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of, strict_xfail

ACCEPT = [
    Case(
        "China's box office during the National Day holidays exceeded 1.8 billion yuan, according "
        "to the China Film Administration.",
        published="2025-10-08",
        rows=[
            R(
                "film.box_office",
                "level",
                1.8e9,
                "CNY",
                "at_least",
                "2025-10-01/P8D",
                "exceeded 1.8 billion yuan",
            )
        ],
    ),
    Case(
        "China's box office revenue reached 42.5 billion yuan in 2024, down 22.6 percent year on year.",
        published="2025-01-01",
        rows=[
            R("film.box_office", "level", 4.25e10, "CNY", "exact", "2024", "42.5 billion yuan"),
            R("film.box_office", "yoy_pct", -22.6, "percent", "exact", "2024", "22.6 percent"),
        ],
    ),
    Case(
        "Chinese animated film Ne Zha 2 has grossed over 15 billion yuan in 2025, the box office "
        "tracker Maoyan said.",
        published="2025-03-20",
        rows=[
            R(
                "film.box_office",
                "level",
                1.5e10,
                "CNY",
                "at_least",
                "2025",
                "over 15 billion yuan",
                entity="Ne Zha 2",
            )
        ],
    ),
    # '国庆档' (the National Day film season): the holiday's dates (holidays.csv)
    Case(
        "2025年国庆档电影总票房为18.36亿元。",
        published="2025-10-08",
        rows=[
            R("film.box_office", "level", 1.836e9, "CNY", "exact", "2025-10-01/P8D", "18.36亿元")
        ],
    ),
]
NO_ROW = [
    Case("The 28th Shanghai International Film Festival screened 400 films from 70 countries."),
    Case("The festival's Golden Goblet Award comes with prize money of 300,000 yuan."),
    # a film's takings with no period: rejected
    Case("Ne Zha 2 has grossed more than 13.8 billion yuan since its release."),
]
XFAIL: list[Case] = []


@pytest.mark.parametrize("case", ACCEPT + NO_ROW + strict_xfail(XFAIL), ids=case_id)
def test_film(case):
    assert rows_of(case, "film" if case.rows else None) == case.rows


# Breadth (issue 13): admissions beside the box office; a festival's count of films is no row
BREADTH = [
    Case(
        "China's box office reached 9.51 billion yuan during the Spring Festival holiday, with "
        "187 million moviegoers.",
        published="2025-02-05",
        rows=[
            R(
                "film.box_office",
                "level",
                9.51e9,
                "CNY",
                "exact",
                "2025-01-28/P8D",
                "9.51 billion yuan",
            ),
            R(
                "film.admissions",
                "level",
                1.87e8,
                "count",
                "exact",
                "2025-01-28/P8D",
                "187 million",
            ),
        ],
    ),
    Case("The Beijing festival screened 120 films in 2024.", published="2025-02-05"),
]


@pytest.mark.parametrize("case", BREADTH, ids=case_id)
def test_film_breadth(case):
    assert rows_of(case, "film" if case.rows else None) == case.rows
