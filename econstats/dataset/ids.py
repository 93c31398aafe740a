"""Stable identifiers: obs_id and series_key, from the contract's fields in contract order."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

OBS_ID_FIELDS = (
    "doc_id",
    "indicator",
    "entity",
    "counterpart_area",
    "measure",
    "unit",
    "period_start",
    "period_end",
    "status",
)
SERIES_FIELDS = ("indicator", "ref_area", "entity", "counterpart_area", "measure", "unit")
# appended to both only when not null, so every row without a breakdown keeps its 1.x obs_id
# and series_key, and a segment's revenue is another observation than the total's
OPTIONAL_FIELDS = ("breakdown",)


def text_of(value: Any) -> str:
    """A field as text: None -> '', dates in ISO form."""
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def obs_id(row: Mapping[str, Any]) -> str:
    """Hex digest (sha256, first 32 hex digits) of the identifying fields joined by US (0x1f).

    >>> obs_id({"doc_id": "d", "indicator": "retail.sales", "measure": "level", "unit": "CNY",
    ...         "period_start": "2024-01-01", "period_end": "2024-08-31", "status": "actual"})
    '22c1e63e8d1ab55883ae9a319aa2cdce'
    >>> obs_id({"doc_id": "d", "indicator": "retail.sales", "measure": "level", "unit": "CNY",
    ...         "period_start": "2024-01-01", "period_end": "2024-08-31", "status": "actual",
    ...         "breakdown": None})
    '22c1e63e8d1ab55883ae9a319aa2cdce'
    >>> obs_id({"doc_id": "d", "indicator": "retail.sales", "measure": "level", "unit": "CNY",
    ...         "period_start": "2024-01-01", "period_end": "2024-08-31", "status": "actual",
    ...         "breakdown": "catering"}) != '22c1e63e8d1ab55883ae9a319aa2cdce'
    True
    """
    parts = [text_of(row.get(name)) for name in OBS_ID_FIELDS]
    parts += [text_of(row[name]) for name in OPTIONAL_FIELDS if row.get(name) is not None]
    joined = "\x1f".join(parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def series_key(row: Mapping[str, Any]) -> str:
    """indicator|ref_area|entity|counterpart_area|measure|unit, empty parts kept, then
    |breakdown when the row has one.

    >>> series_key({"indicator": "fiscal.revenue.central", "ref_area": "CN", "measure": "level",
    ...             "unit": "CNY"})
    'fiscal.revenue.central|CN|||level|CNY'
    >>> series_key({"indicator": "fiscal.expenditure", "ref_area": "CN", "measure": "level",
    ...             "unit": "CNY", "breakdown": "education"})
    'fiscal.expenditure|CN|||level|CNY|education'
    """
    parts = [text_of(row.get(name)) for name in SERIES_FIELDS]
    parts += [text_of(row[name]) for name in OPTIONAL_FIELDS if row.get(name) is not None]
    return "|".join(parts)
