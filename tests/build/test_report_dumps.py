"""report.dumps renders flat dicts itself: the bytes must be json.dumps's, whatever the values."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from econstats.build.report import dumps

SCALAR = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=20)
)
VALUE = st.recursive(
    SCALAR, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner)
)


def reference(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True, default=str)


@given(st.dictionaries(st.text(max_size=8), VALUE, max_size=6))
def test_dumps_is_json_dumps(value: dict) -> None:
    assert dumps(value) == reference(value)


def test_dumps_examples() -> None:
    examples = [
        {},
        [],
        {"doc_id": "a", "rows": 2, "note": 'quote " and \\ and \n', "x": float("inf")},
        {"when": date(2025, 1, 31)},  # not plain: json.dumps with default=str
        {"nested": {"b": [1, 2]}, "a": None},
        {"emoji": "增长 ✓", "n": -0.0},
    ]
    for value in examples:
        assert dumps(value) == reference(value)
