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
    """
    joined = "\x1f".join(text_of(row.get(name)) for name in OBS_ID_FIELDS)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def series_key(row: Mapping[str, Any]) -> str:
    """indicator|ref_area|entity|counterpart_area|measure|unit, empty parts kept.

    >>> series_key({"indicator": "fiscal.revenue.central", "ref_area": "CN", "measure": "level",
    ...             "unit": "CNY"})
    'fiscal.revenue.central|CN|||level|CNY'
    """
    return "|".join(text_of(row.get(name)) for name in SERIES_FIELDS)
