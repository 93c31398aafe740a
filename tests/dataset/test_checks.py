"""Parts add up to their whole within the rounding of the printed figures."""

from __future__ import annotations

import csv
from importlib.resources import files

import pytest

from econstats.dataset.checks import check_totals, load_parts_of, rounding_of

DOC = "001_40eeacbf8687f7d6"
JAN_OCT = ("2025-01-01", "2025-10-31")


def obs(indicator: str, value: float, value_text: str | None, decimals: int, **extra) -> dict:
    """An observation row as the build hands it over (fiscal, Jan-Oct 2025, CNY, level)."""
    row = {
        "doc_id": DOC,
        "indicator": indicator,
        "measure": "level",
        "unit": "CNY",
        "period_start": JAN_OCT[0],
        "period_end": JAN_OCT[1],
        "status": "actual",
        "value": value,
        "decimals": decimals,
        "entity": None,
        "counterpart_area": None,
        "ref_area": "CN",
        "value_text": value_text,
    }
    row.update(extra)
    return row


# the seed document's fiscal figures, as printed
WHOLE = obs("fiscal.revenue", 18.65e12, "nearly 18.65 trillion yuan", 2)
CENTRAL = obs("fiscal.revenue.central", 8.19e12, "approximately 8.19 trillion yuan", 2)
LOCAL = obs("fiscal.revenue.local", 10.46e12, "10.46 trillion yuan", 2)
TAX = obs("fiscal.revenue.tax", 15.34e12, "15.34 trillion yuan", 2)
NON_TAX = obs("fiscal.revenue.non_tax", 3.31e12, "3.31 trillion yuan", 2)
SEED = [WHOLE, CENTRAL, LOCAL, TAX, NON_TAX]
PARTS_OF = {
    "fiscal.revenue.central": "fiscal.revenue#government",
    "fiscal.revenue.local": "fiscal.revenue#government",
    "fiscal.revenue.tax": "fiscal.revenue#kind",
    "fiscal.revenue.non_tax": "fiscal.revenue#kind",
    "retail.sales.online_physical_goods": "retail.sales.online#kind",
    "trade.exports": "trade.total#flow",
    "trade.imports": "trade.total#flow",
}
GOV = ["fiscal.revenue.central", "fiscal.revenue.local"]
KIND = ["fiscal.revenue.non_tax", "fiscal.revenue.tax"]
T = 1e12


def test_seed_fiscal_revenue_adds_up_both_ways():
    assert check_totals(SEED, PARTS_OF) == [
        {
            "doc_id": DOC,
            "whole": "fiscal.revenue",
            "group": "government",
            "parts": GOV,
            "whole_value": 18.65e12,
            "parts_sum": 8.19e12 + 10.46e12,
            "difference": 8.19e12 + 10.46e12 - 18.65e12,
            "tolerance": pytest.approx(0.015e12, rel=1e-12),
            "ok": True,
            "unit": "CNY",
            "period_start": "2025-01-01",
            "period_end": "2025-10-31",
            "status": "actual",
            "ref_area": "CN",
            "entity": None,
            "counterpart_area": None,
        },
        {
            "doc_id": DOC,
            "whole": "fiscal.revenue",
            "group": "kind",
            "parts": KIND,
            "whole_value": 18.65e12,
            "parts_sum": 3.31e12 + 15.34e12,
            "difference": 3.31e12 + 15.34e12 - 18.65e12,
            "tolerance": pytest.approx(0.015e12, rel=1e-12),
            "ok": True,
            "unit": "CNY",
            "period_start": "2025-01-01",
            "period_end": "2025-10-31",
            "status": "actual",
            "ref_area": "CN",
            "entity": None,
            "counterpart_area": None,
        },
    ]


def _summary(rows: list[dict]) -> list[tuple]:
    """(group, ok, difference in trillions rounded, tolerance in trillions rounded) per finding."""
    return [
        (f["group"], f["ok"], round(f["difference"] / T, 6), round(f["tolerance"] / T, 6))
        for f in check_totals(rows, PARTS_OF)
    ]


def _with(row: dict, **changes) -> dict:
    return {**row, **changes}


# rows, expected findings as (group, ok, difference / 1e12, tolerance / 1e12)
CASES = {
    "local misread as 10.56 trillion: flagged": (
        [WHOLE, CENTRAL, _with(LOCAL, value=10.56e12, value_text="10.56 trillion yuan"), TAX],
        [("government", False, 0.1, 0.015)],
    ),
    "whole 18.66: 0.01 off, within 3 half-cents": (
        [_with(WHOLE, value=18.66e12, value_text="18.66 trillion yuan"), CENTRAL, LOCAL],
        [("government", True, -0.01, 0.015)],
    ),
    "whole 18.67: 0.02 off, beyond rounding": (
        [_with(WHOLE, value=18.67e12, value_text="18.67 trillion yuan"), TAX, NON_TAX],
        [("kind", False, -0.02, 0.015)],
    ),
    "whole printed to one decimal widens the tolerance": (
        [_with(WHOLE, value=18.7e12, value_text="18.7 trillion yuan", decimals=1), TAX, NON_TAX],
        [("kind", True, -0.05, 0.06)],
    ),
    "missing whole: skipped": ([CENTRAL, LOCAL, TAX, NON_TAX], []),
    "one part of a group missing: that group skipped": (
        [WHOLE, CENTRAL, LOCAL, TAX],
        [("government", True, 0.0, 0.015)],
    ),
    "group of one part in the codelist: skipped": (
        [
            obs("retail.sales.online", 9.63e12, "9.63 trillion yuan", 2),
            obs("retail.sales.online_physical_goods", 7.83e12, "7.83 trillion yuan", 2),
        ],
        [],
    ),
    "explicit rounding wins over value_text": (
        [_with(r, rounding=0.1e12) for r in (WHOLE, CENTRAL, LOCAL)],
        [("government", True, 0.0, 0.3)],
    ),
    "no rounding and no value_text: 0.5% of the whole": (
        [_with(r, value_text=None) for r in (WHOLE, CENTRAL, LOCAL)],
        [("government", True, 0.0, 0.09325)],
    ),
    "rounding unknown for one row: 0.5% of the whole": (
        [WHOLE, CENTRAL, _with(LOCAL, value_text="ten point four six")],
        [("government", True, 0.0, 0.09325)],
    ),
    "parts for another period: skipped": (
        [WHOLE, _with(CENTRAL, period_end="2025-09-30"), _with(LOCAL, period_end="2025-09-30")],
        [],
    ),
    "parts in another document: skipped": (
        [WHOLE, _with(CENTRAL, doc_id="other"), _with(LOCAL, doc_id="other")],
        [],
    ),
    "parts in another unit: skipped": (
        [WHOLE, _with(CENTRAL, unit="USD"), _with(LOCAL, unit="USD")],
        [],
    ),
    "forecast parts for an actual whole: skipped": (
        [WHOLE, _with(CENTRAL, status="forecast"), _with(LOCAL, status="forecast")],
        [],
    ),
    "growth rates are no levels: skipped": (
        [
            _with(r, measure="yoy_pct", value=0.8, value_text="0.8 percent", decimals=1)
            for r in (WHOLE, CENTRAL, LOCAL)
        ],
        [],
    ),
    "a repeated part: the first statement counts": (
        [WHOLE, CENTRAL, LOCAL, _with(LOCAL, value=99e12, value_text="99 trillion yuan")],
        [("government", True, 0.0, 0.015)],
    ),
}


@pytest.mark.parametrize(("rows", "expected"), list(CASES.values()), ids=list(CASES))
def test_totals(rows, expected):
    assert _summary(rows) == expected


def test_bilateral_trade_checked_per_partner():
    def trade(code: str, value: float, text: str, partner: str) -> dict:
        return obs(code, value, text, 2, unit="USD", counterpart_area=partner)

    rows = [
        trade("trade.total", 57.66e9, "$57.66 billion", "CA"),
        trade("trade.exports", 30.01e9, "$30.01 billion", "CA"),
        trade("trade.imports", 27.65e9, "$27.65 billion", "CA"),
        trade("trade.total", 10.00e9, "$10.00 billion", "MX"),
        trade("trade.exports", 6.00e9, "$6.00 billion", "MX"),
        trade("trade.imports", 5.00e9, "$5.00 billion", "MX"),
    ]
    found = check_totals(rows, PARTS_OF)
    assert [(f["counterpart_area"], f["parts"], f["ok"]) for f in found] == [
        ("CA", ["trade.exports", "trade.imports"], True),
        ("MX", ["trade.exports", "trade.imports"], False),
    ]
    assert [round(f["difference"] / 1e9, 6) for f in found] == [0.0, 1.0]
    assert [round(f["tolerance"] / 1e9, 6) for f in found] == [0.015, 0.015]


def test_findings_sorted_by_document():
    rows = [_with(r, doc_id="b") for r in SEED] + [_with(r, doc_id="a") for r in SEED]
    found = check_totals(rows, PARTS_OF)
    assert [(f["doc_id"], f["group"]) for f in found] == [
        ("a", "government"),
        ("a", "kind"),
        ("b", "government"),
        ("b", "kind"),
    ]


# value, value_text, decimals -> half a unit of the last printed digit, canonical units
ROUNDINGS = [
    (18.65e12, "nearly 18.65 trillion yuan", 2, 5e9),
    (250e6, "exceeded 250 million yuan", 0, 5e5),
    (35.09e6, "about 35.09 million U.S. dollars", 2, 5e3),
    (6.52939e9, "652,939万平方米", 0, 5e3),
    (1.2e12, "1.2万亿元", 1, 5e10),
    (690_000, "US$690,000", 0, 0.5),
    (513e6, "513 million trips", 0, 5e5),
    (1.0, "no digits here", 0, None),
]


@pytest.mark.parametrize(("value", "text", "decimals", "expected"), ROUNDINGS)
def test_rounding_of(value, text, decimals, expected):
    got = rounding_of(value, text, decimals)
    assert got == (None if expected is None else pytest.approx(expected, rel=1e-12))


def test_load_parts_of_reads_the_codelist():
    parts_of = load_parts_of()
    for part, target in PARTS_OF.items():
        assert parts_of[part] == target
    text = files("econstats.schema").joinpath("indicators.csv").read_text(encoding="utf-8")
    codes = {row["code"] for row in csv.DictReader(text.splitlines())}
    assert set(parts_of) <= codes
    assert {target.split("#")[0] for target in parts_of.values()} <= codes


def test_seed_checks_with_the_packaged_codelist():
    found = check_totals(SEED, load_parts_of())
    assert [(f["group"], f["ok"]) for f in found] == [("government", True), ("kind", True)]
