"""Consistency checks on extracted observations: parts that should add up to their whole.

The codelist (``schema/indicators.csv``, column ``part_of``) says which indicators are parts of a
whole, as ``whole_code#group``: central + local make fiscal revenue (group ``government``), tax +
non-tax make it again (group ``kind``). :func:`check_totals` compares, within one document, the
stated whole with the sum of its stated parts, within the rounding of the printed figures. A
failed check is a warning for the build report, never a rejection.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from importlib.resources import files

from econstats.core.errors import SchemaFileError
from econstats.reader.numbers import PRINTED_NUMBER

FALLBACK_TOLERANCE = 0.005  # of the whole, when no row says how it was rounded
_KEY_FIELDS = (
    "unit",
    "period_start",
    "period_end",
    "status",
    "ref_area",
    "entity",
    "counterpart_area",
)


def load_parts_of() -> dict[str, str]:
    """``{part_code: "whole_code#group"}`` from the packaged ``indicators.csv``.

    >>> load_parts_of()["fiscal.revenue.tax"]
    'fiscal.revenue#kind'
    >>> "fiscal.revenue" in load_parts_of()
    False
    """
    text = files("econstats.schema").joinpath("indicators.csv").read_text(encoding="utf-8")
    parts_of = {}
    for row in csv.DictReader(io.StringIO(text)):
        target = (row.get("part_of") or "").strip()
        if not target:
            continue
        whole, sep, group = target.partition("#")
        if not (sep and whole and group):
            raise SchemaFileError(
                f"indicators.csv: part_of of {row['code']!r} is {target!r}, not whole#group"
            )
        parts_of[row["code"]] = target
    return parts_of


def rounding_of(value: float, value_text: str, decimals: int) -> float | None:
    """Half a unit of the last printed digit, in canonical units, from the text as printed.

    The printed number's scale is ``value / mantissa``; None when the text has no number.

    >>> rounding_of(18.65e12, "nearly 18.65 trillion yuan", 2)
    5000000000.0
    >>> rounding_of(250e6, "exceeded 250 million yuan", 0)
    500000.0
    >>> rounding_of(6.52939e9, "652,939万平方米", 0)
    5000.0
    >>> rounding_of(1.0, "one", 0) is None
    True
    """
    match = PRINTED_NUMBER.search(value_text or "")
    if not match:
        return None
    mantissa = float(match.group().replace(",", ""))
    if mantissa == 0:
        return None
    scale = float(f"{abs(value / mantissa):.12g}")  # 1e12 for "trillion", not 1.0000000000000002e12
    return scale * 0.5 * 10.0 ** (-decimals)


def _row_rounding(row: dict) -> float | None:
    """The row's ``rounding`` if given, else derived from ``value_text`` and ``decimals``."""
    if row.get("rounding") is not None:
        return float(row["rounding"])
    if row.get("value_text") and row.get("decimals") is not None:
        return rounding_of(row["value"], row["value_text"], int(row["decimals"]))
    return None


def _key(row: dict) -> tuple:
    """The dimensions a part and its whole must share (besides doc and indicator)."""
    return (row["doc_id"],) + tuple(row.get(name) for name in _KEY_FIELDS)


def _index(rows: list[dict]) -> dict[tuple, dict[str, dict]]:
    """Level rows by shared key, then by indicator; the first of any repeated figure wins."""
    index: dict[tuple, dict[str, dict]] = defaultdict(dict)
    for row in rows:
        if row.get("measure") == "level":
            index[_key(row)].setdefault(row["indicator"], row)
    return index


def _groups(parts_of: dict[str, str]) -> dict[tuple[str, str], list[str]]:
    """``{(whole, group): [part codes, sorted]}``."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for part, target in parts_of.items():
        whole, _, group = target.partition("#")
        groups[(whole, group)].append(part)
    return {key: sorted(parts) for key, parts in groups.items()}


def _finding(key: tuple, whole: str, group: str, rows: dict[str, dict], parts: list[str]) -> dict:
    """Compare one whole with the sum of its parts."""
    whole_value = float(rows[whole]["value"])
    parts_sum = sum(float(rows[p]["value"]) for p in parts)
    roundings = [_row_rounding(rows[code]) for code in [whole, *parts]]
    if any(r is None for r in roundings):
        tolerance = abs(whole_value) * FALLBACK_TOLERANCE
    else:
        tolerance = sum(roundings)
    difference = parts_sum - whole_value
    return {
        "doc_id": key[0],
        "whole": whole,
        "group": group,
        "parts": parts,
        "whole_value": whole_value,
        "parts_sum": parts_sum,
        "difference": difference,
        "tolerance": tolerance,
        "ok": abs(difference) <= tolerance * (1 + 1e-9),
        **dict(zip(_KEY_FIELDS, key[1:], strict=True)),
    }


def check_totals(rows: list[dict], parts_of: dict[str, str]) -> list[dict]:
    """Check that stated parts add up to their stated whole, within rounding.

    A group is checked in a document when the whole and every part the codelist gives for that
    group are stated there as ``level`` rows with the same unit, period, status, ref_area,
    entity and counterpart_area, and the group has at least 2 parts. The tolerance is the sum,
    over the parts and the whole, of half a unit of each figure's last printed digit (``rounding``
    if the row has it, else derived from ``value_text`` and ``decimals``), or 0.5% of the whole
    when any is unknown. One finding per checked group, ``ok`` True or False, sorted.

    >>> rows = [
    ...     {"doc_id": "d", "indicator": i, "measure": "level", "unit": "CNY", "value": v,
    ...      "period_start": "2025-01-01", "period_end": "2025-10-31", "status": "actual",
    ...      "ref_area": "CN", "entity": None, "counterpart_area": None, "rounding": 5e9}
    ...     for i, v in [("t", 18.65e12), ("t.a", 8.19e12), ("t.b", 10.46e12)]]
    >>> found = check_totals(rows, {"t.a": "t#g", "t.b": "t#g"})
    >>> [(f["whole"], f["parts"], f["ok"]) for f in found]
    [('t', ['t.a', 't.b'], True)]
    """
    groups = _groups(parts_of)
    findings = []
    for key, by_indicator in _index(rows).items():
        for (whole, group), parts in groups.items():
            if len(parts) < 2 or whole not in by_indicator:
                continue
            if all(part in by_indicator for part in parts):
                findings.append(_finding(key, whole, group, by_indicator, parts))
    return sorted(findings, key=_sort_key)


def _sort_key(finding: dict) -> tuple:
    """Order findings by document, whole, group, then the shared dimensions."""
    dims = tuple(str(finding[name] or "") for name in _KEY_FIELDS)
    return (finding["doc_id"], finding["whole"], finding["group"], *dims)
