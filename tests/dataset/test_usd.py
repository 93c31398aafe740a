"""Money in USD: reference rates fill value_usd/fx_rate; an article's own conversion is a check."""

from __future__ import annotations

import glob
from datetime import date
from decimal import Decimal

import pint
import pyarrow.parquet as pq
import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

RETAIL = (
    "In the first eight months of 2024, retail sales in China rose by 3.4 percent year-on-year to "
    "31.25 trillion yuan ({usd}), according to data from the National Bureau of Statistics (NBS)."
)


def seed_rows(out) -> list[dict]:
    return [
        r for path in sorted(glob.glob(f"{out}/*.parquet")) for r in pq.read_table(path).to_pylist()
    ]


def test_every_money_level_row_of_the_seeds_is_in_usd(seed_build):
    _, out = seed_build
    money = [r for r in seed_rows(out) if r["measure"] == "level" and r["unit"] in ("CNY", "USD")]
    assert len(money) == 16
    for row in money:
        assert row["fx_rate"] and row["value_usd"] == pytest.approx(row["value"] / row["fx_rate"])
        assert row["fx_rate"] == (1.0 if row["unit"] == "USD" else pytest.approx(7.2, rel=0.02))
    others = [r for r in seed_rows(out) if r not in money]
    assert all(r["value_usd"] is None and r["fx_rate"] is None for r in others)


def test_the_three_stated_conversions_of_the_seeds_pass(seed_build):
    report, _ = seed_build
    checks = [(c["original"], c["restated"], c["ok"]) for c in report["conversions"]]
    assert checks == [
        ("31.25 trillion yuan", "$4.46 trillion", True),
        ("exceeded 250 million yuan", "about 35.09 million U.S. dollars", True),
        ("nearly 18.65 trillion yuan", "about 2.63 trillion U.S. dollars", True),
    ]
    assert all(0 < c["relative_gap"] < 0.05 for c in report["conversions"])
    assert report["fx"]["source"].startswith("ECB euro reference rates")


@pytest.mark.parametrize("usd", ["$4.46 billion", "$4.46 million", "4.46 trillion euros"])
def test_a_misread_conversion_rejects_both_rows(usd):
    result = extract_document(doc_of(Case(RETAIL.format(usd=usd), published="2024-09-29")))
    assert [(r["measure"], r["unit"]) for r in result["rows"]] == [("yoy_pct", "percent")]
    assert sorted(r.reason for r in result["rejections"]) == ["fx-implied-rate-off"] * 2


def test_a_good_conversion_is_listed_with_both_rates():
    result = extract_document(
        doc_of(Case(RETAIL.format(usd="$4.46 trillion"), published="2024-09-29"))
    )
    (check,) = result["conversions"]
    assert check["implied_rate"] == pytest.approx(31.25 / 4.46)
    assert check["reference_rate"] == pytest.approx(7.213, abs=0.001)


def test_no_rate_leaves_usd_null_with_a_reason():
    text = "In the first half of 2031, China's fiscal revenue reached 12 trillion yuan."
    result = extract_document(doc_of(Case(text, published="2031-07-15")))
    (row,) = result["rows"]
    assert row["value_usd"] is None and row["fx_rate"] is None
    assert [m["reason"] for m in result["fx_misses"]] == ["period-not-covered"]


def test_pint_never_adds_yuan_to_dollars(ureg):
    with pytest.raises(pint.DimensionalityError):
        ureg.Quantity(Decimal(1), "CNY") + ureg.Quantity(Decimal(1), "USD")
    with pytest.raises(pint.DimensionalityError):
        ureg.Quantity(Decimal(1), "CNY").to("USD")


def test_stock_uses_the_rate_at_its_date():
    text = "As of the end of June 2024, China's fiscal revenue stood at 11 trillion yuan."
    result = extract_document(doc_of(Case(text, published="2024-07-15")))
    (row,) = result["rows"]
    assert row["period_start"] == row["period_end"] == date(2024, 6, 30)
    assert row["fx_rate"] == pytest.approx(7.27, abs=0.02)
