"""validate_rows: every broken rule is a Rejection with its reason; good rows pass untouched."""

from __future__ import annotations

from datetime import date

import pytest

from econstats.dataset.validate import validate_rows

TEXT = "China's fiscal revenue increased by 0.8 percent year on year to nearly 18.65 trillion yuan."


def good_row(**changes) -> dict:
    row = {
        "obs_id": "a" * 32,
        "series_key": "fiscal.revenue|CN|||level|CNY",
        "topic": "fiscal",
        "indicator": "fiscal.revenue",
        "breakdown": None,
        "ref_area": "CN",
        "entity": None,
        "counterpart_area": None,
        "measure": "level",
        "value": 1.865e13,
        "unit": "CNY",
        "value_usd": None,
        "fx_rate": None,
        "decimals": 2,
        "qualifier": "at_most",
        "status": "actual",
        "period": "2025-01-01/P10M",
        "period_start": date(2025, 1, 1),
        "period_end": date(2025, 10, 31),
        "base_period_start": None,
        "base_period_end": None,
        "conversion_of": None,
        "data_source": None,
        "doc_id": "d",
        "doc_sha256": "0" * 64,
        "char_start": 64,
        "char_end": 90,
        "value_text": "nearly 18.65 trillion yuan",
        "subject": "fiscal revenue",
        "quote": TEXT,
        "published_date": None,
        "extractor": "fiscal@1.0.0",
    }
    row.update(changes)
    return row


REJECT = [
    ({"indicator": "fiscal.made_up"}, "unknown-code"),
    ({"ref_area": "XX"}, "unknown-code"),
    ({"ref_area": "china"}, "constraint-error"),
    ({"unit": "DOGE"}, "unknown-code"),
    ({"measure": "ratio"}, "constraint-error"),
    ({"qualifier": "maybe"}, "constraint-error"),
    ({"status": "rumour"}, "constraint-error"),
    ({"value": "18.65"}, "type-error"),
    ({"decimals": None}, "constraint-error"),
    ({"period_end": date(2024, 12, 31)}, "period-order"),
    ({"char_start": 65}, "span-mismatch"),
    ({"value": -5.0}, "implausible-value"),
    ({"value": 1e20}, "implausible-value"),
    ({"measure": "yoy_pct", "unit": "percent", "value": -180.0}, "implausible-value"),
    ({"measure": "share_pct", "unit": "percent", "value": 130.0}, "implausible-value"),
    ({"conversion_of": "b" * 32}, "conversion-orphan"),
    ({"extractor": "fiscal"}, "constraint-error"),
    ({"subject": None}, "constraint-error"),
    ({"subject": ""}, "subject-missing"),
    ({"subject": "public revenue"}, "span-mismatch"),  # not written in the document
    ({"breakdown": "Education"}, "breakdown-not-normal"),
    ({"breakdown": " education"}, "breakdown-not-normal"),
    ({"breakdown": ""}, "breakdown-not-normal"),
]


@pytest.mark.parametrize(("changes", "reason"), REJECT, ids=[str(c) for c, _ in REJECT])
def test_rejects_with_reason(changes, reason):
    good, rejections = validate_rows([good_row(**changes)], TEXT)
    assert good == []
    assert [r.reason for r in rejections] == [reason]
    assert rejections[0].value_text == "nearly 18.65 trillion yuan"


def test_good_row_passes():
    row = good_row()
    assert validate_rows([row], TEXT) == ([row], [])


PMI_TEXT = "China's official manufacturing PMI came in at 49.8 in October."


def pmi_row(**changes) -> dict:
    """A PMI level (unit index, contract 2.0.0)."""
    start = PMI_TEXT.index("49.8")
    row = good_row(
        topic="macro",
        indicator="macro.pmi.manufacturing",
        series_key="macro.pmi.manufacturing|CN|||level|index",
        unit="index",
        value=49.8,
        decimals=1,
        qualifier="exact",
        period="2025-10",
        period_start=date(2025, 10, 1),
        period_end=date(2025, 10, 31),
        char_start=start,
        char_end=start + 4,
        value_text="49.8",
        subject="manufacturing PMI",
        quote=PMI_TEXT,
        extractor="macro@1.0.0",
    )
    row.update(changes)
    return row


def test_an_index_level_passes():
    row = pmi_row()
    assert validate_rows([row], PMI_TEXT) == ([row], [])


@pytest.mark.parametrize(
    ("changes", "reason"),
    [({"value": 498.0}, "implausible-value"), ({"unit": "points"}, "unknown-code")],
)
def test_an_index_level_out_of_range_or_unit_is_rejected(changes, reason):
    good, rejections = validate_rows([pmi_row(**changes)], PMI_TEXT)
    assert good == [] and [r.reason for r in rejections] == [reason]


def test_a_normal_breakdown_passes():
    row = good_row(breakdown="value-added tax")
    assert validate_rows([row], TEXT) == ([row], [])


def test_duplicate_obs_id_is_rejected_once():
    good, rejections = validate_rows([good_row(), good_row()], TEXT)
    assert len(good) == 1 and [r.reason for r in rejections] == ["duplicate-obs-id"]


def test_conversion_to_published_row_passes():
    usd = good_row(obs_id="c" * 32, unit="USD", conversion_of="a" * 32, value=2.63e12)
    good, rejections = validate_rows([good_row(), usd], TEXT)
    assert len(good) == 2 and rejections == []


# A row's number is whole and readable in the document (issue 12, item 8): the safety net for
# any parser path. Each text holds the row's value_text at the row's offsets.
NUMBER_TEXTS = [
    ("revenue of 1８.65 trillion yuan", "８.65 trillion yuan", "number-unreadable"),  # cut
    ("revenue of 1\u200d18.65 trillion yuan", "18.65 trillion yuan", "number-unreadable"),
    ("revenue of 3.18.65 trillion yuan", "18.65 trillion yuan", "number-unreadable"),
    ("revenue of 18.65.1 trillion yuan", "18.65.1 trillion yuan", "number-unreadable"),
    ("revenue of 2 018.65 trillion yuan", "018.65 trillion yuan", "number-ambiguous"),
]


@pytest.mark.parametrize(("text", "value_text", "reason"), NUMBER_TEXTS)
def test_a_cut_or_unreadable_number_is_rejected(text, value_text, reason):
    start = text.index(value_text)
    row = good_row(
        char_start=start, char_end=start + len(value_text), value_text=value_text, subject="revenue"
    )
    good, rejections = validate_rows([row], text)
    assert good == [] and [r.reason for r in rejections] == [reason]


@pytest.mark.parametrize(
    "text", ["revenue of 18.65 trillion yuan", "revenue of 2024 18.65 trillion yuan"]
)
def test_a_whole_number_passes(text):
    value_text = "18.65 trillion yuan"
    start = text.index(value_text)
    row = good_row(
        char_start=start, char_end=start + len(value_text), value_text=value_text, subject="revenue"
    )
    assert validate_rows([row], text)[1] == []
