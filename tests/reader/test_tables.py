"""Text tables (econstats.reader.tables): a header of periods, rows of a label and bare numbers.

Accepted -> the exact rows; rejected -> no row: a table whose periods, subject, unit or shape is
not fully resolved, counts of things that are no economic statistic, codes and scores."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

MNI = (
    "MNI DATA TABLE: China Retail Sales By Category (Aug 2023)\n\n"
    "Aug Jul Jun\n"
    "Total Year-on-year 4.6 2.5 3.1\n"
    "Year-to-date 7.0 7.3 8.2\n"
    "Month-on-month 0.31 -0.02 0.47\n"
    "Urban retail sales 4.4 2.3 3.0\n"
    "Home appliances -2.9 -5.5 4.5\n\n"
    "Unless otherwise specified, every figure is a percentage change from a year earlier.\n"
)


def _yoy(value, period, text, indicator="retail.sales"):
    return R(indicator, "yoy_pct", value, "percent", "exact", period, text)


ACCEPT = [
    Case(
        MNI,
        published="2023-09-15",
        rows=[
            _yoy(4.6, "2023-08", "4.6"),
            _yoy(2.5, "2023-07", "2.5"),
            _yoy(3.1, "2023-06", "3.1"),
            _yoy(7.0, "2023-01-01/P8M", "7.0"),
            _yoy(7.3, "2023-01-01/P7M", "7.3"),
            _yoy(8.2, "2023-S1", "8.2"),
            R("retail.sales", "mom_pct", 0.31, "percent", "exact", "2023-08", "0.31"),
            R("retail.sales", "mom_pct", -0.02, "percent", "exact", "2023-07", "-0.02"),
            R("retail.sales", "mom_pct", 0.47, "percent", "exact", "2023-06", "0.47"),
            _yoy(4.4, "2023-08", "4.4", "retail.sales.urban"),
            _yoy(2.3, "2023-07", "2.3", "retail.sales.urban"),
            _yoy(3.0, "2023-06", "3.0", "retail.sales.urban"),
            _yoy(-2.9, "2023-08", "-2.9"),
            _yoy(-5.5, "2023-07", "-5.5"),
            _yoy(4.5, "2023-06", "4.5"),
        ],
        note="a year-less month is the latest one ended by the published date",
    ),
    Case(
        "NIO Inc., a Chinese electric vehicle maker, today published its unaudited results.\n\nKey Operating Results\n"
        "              2025 Q3    2025 Q2\n"
        "Deliveries    87,071     72,056\n",
        published="2025-11-25",
        rows=[
            R(
                "company.deliveries",
                "level",
                87071,
                "count",
                "exact",
                "2025-Q3",
                "87,071",
                entity="NIO",
            ),
            R(
                "company.deliveries",
                "level",
                72056,
                "count",
                "exact",
                "2025-Q2",
                "72,056",
                entity="NIO",
            ),
        ],
    ),
    Case(
        "China retail sales\n\nDec Jan-Feb\nRetail sales y/y -1.8 3.5\n",
        published="2023-03-20",
        rows=[
            _yoy(-1.8, "2022-12", "-1.8"),
            R("retail.sales", "yoy_pct", 3.5, "percent", "exact", "2023-01-01/P2M", "3.5"),
        ],
        note="Dec before Jan-Feb: the year turns",
    ),
]

NO_ROW = [
    # no unit: a money indicator's bare decimals with no note and no measure word
    Case("China retail sales\n\nAug Jul Jun\nRetail sales 4.6 2.5 3.1\n", published="2023-09-15"),
    # columns out of time order
    Case(MNI.replace("Aug Jul Jun", "Aug Mar Jul"), published="2023-09-15"),
    # a cell short: the row is no row of the table
    Case("China retail sales\n\nAug Jul Jun\nRetail sales y/y 4.6 2.5\n", published="2023-09-15"),
    # a label that names no subject the caption can take as a category
    Case("China retail sales\n\nAug Jul\nWeather index y/y 4.6 2.5\n", published="2023-09-15"),
    # medals, pandas, delegates: counts that no indicator takes
    Case("Medal table\n\n2021 2024\nGold medals 38 40\nSilver medals 32 27\n"),
    Case("Giant pandas in Sichuan\n\n2023 2024\nPandas born 12 15\n"),
    Case("Party congress\n\n2017 2022\nDelegates 2,280 2,296\n"),
    # scores, phone numbers, stock codes, train numbers: no header of periods
    Case("Final score\nLakers 102 98\nCeltics 99 101\n"),
    Case("Contact us\nHotline 400 820 8820\n"),
    Case("Stock codes\nTencent 0700 HK\nBYD 1211 002594\n"),
    Case("Trains G1 G3 and G5 depart daily\nBeijing 0800 0900 1000\n"),
    # a header of years but the rows are ages and years
    Case("Our founders\n\n2020 2024\nAge 45 49\n"),
    # "Top 10" lists: a rank is no column of periods
    Case("Top 10 cities\n1 Shanghai 4.2 3.1\n2 Beijing 3.9 2.8\n"),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_tables(case):
    assert rows_of(case) == case.rows
