"""Bare counts (econstats.reader.bare_figures): a head count printed with no noun ("nonfarm payrolls
increased by 130,000") is a figure only in a sentence that names an indicator of
vocab/bare_counts.csv, and only as a number grouped in thousands that counts nothing else.
Accepted sentences give exactly these rows; rejected ones (medals, a city's population, years,
a survey's sample, ages, a policy rate, share prices) give none."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

NFP = "macro.labour.nonfarm_payrolls"
AUG = "2019-09-06"


def us(measure: str, value: float, period: str, text: str) -> R:
    return R(NFP, measure, value, "count", "exact", period, text, ref_area="US")


ACCEPTED = [
    Case(
        "U.S. nonfarm payrolls increased by 130,000 in August, the Labor Department said.",
        AUG,
        [us("abs_change", 130000, "2019-08", "130,000")],
    ),
    Case(
        "U.S. nonfarm payrolls fell by 33,000 in September, the Labor Department said.",
        "2017-10-06",
        [us("abs_change", -33000, "2017-09", "33,000")],
    ),
    Case(
        "U.S. private payrolls rose 96,000 in August, while government employment rose by 28,000.",
        AUG,
        [
            us("abs_change", 96000, "2019-08", "96,000"),
            us("abs_change", 28000, "2019-08", "28,000"),
        ],
    ),
    Case(
        "U.S. manufacturing payrolls decreased 6,000 in March.",
        "2019-04-05",
        [us("abs_change", -6000, "2019-03", "6,000")],
    ),
    Case(
        "U.S. nonfarm payrolls grew 130,000 in August; the survey sampled 1,200 households.",
        AUG,
        [us("abs_change", 130000, "2019-08", "130,000")],
    ),
    Case(
        "U.S. nonfarm payrolls rose 130,000 in August; workers aged 55 gained, at $28.11 an hour.",
        AUG,
        [us("abs_change", 130000, "2019-08", "130,000")],
    ),
]

REJECTED = [
    Case("The U.S. city of 130,000 people won 1,200 medals in 2019.", AUG),
    Case(
        "U.S. nonfarm payrolls data covered 2,019 towns; the Fed held its rate at 2.25 percent.",
        AUG,
    ),
    Case("The U.S. zoo, home to 1,200 animals, drew 130,000 visitors aged 5 to 12 in 2019.", AUG),
    Case("U.S. employers were polled: 1,500 firms responded to the survey in August.", AUG),
    Case("Shares of the U.S. payroll firm ADP closed at 1,234.50 on Friday.", AUG),
]


@pytest.mark.parametrize("case", ACCEPTED, ids=case_id)
def test_bare_counts_read(case):
    assert rows_of(case) == case.rows


@pytest.mark.parametrize("case", REJECTED, ids=case_id)
def test_bare_numbers_without_a_payroll_subject_give_no_row(case):
    assert rows_of(case) == []
