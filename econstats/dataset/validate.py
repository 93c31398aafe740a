"""Check rows against the Table Schema and the contract; a row that fails is not published.

validate_rows never raises on a bad row: it returns the good rows and a Rejection per bad one,
with a kebab-case reason (frictionless style): type-error, constraint-error, number-unreadable,
number-ambiguous, unknown-code, span-mismatch, subject-missing, breakdown-not-normal,
period-order, implausible-value, duplicate-obs-id, conversion-orphan.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Any

from econstats.core.codelist import load_indicators
from econstats.core.model import Rejection
from econstats.core.units import build_registry
from econstats.dataset.arrow import load_table_schema
from econstats.reader.earlier_levels import MOST, of_earlier_level
from econstats.reader.numbers import number_problem
from econstats.reader.prefilter import has_digit
from econstats.reader.terms import countries

PYTHON_TYPES = {"string": str, "number": float, "integer": int, "date": date}
PERCENT_RANGES = {
    "yoy_pct": (-100.0, 10000.0),
    "qoq_pct": (-100.0, 10000.0),
    "mom_pct": (-100.0, 10000.0),
    "pct_change": (-100.0, 10000.0),
    "share_pct": (0.0, 100.0),
    "pp_change": (-100.0, 100.0),
}


@dataclass(frozen=True)
class FieldCheck:
    """One Table Schema field's checks, compiled once (issue 7: validation runs per row)."""

    name: str
    type: str
    python_type: type
    required: bool
    enum: frozenset | None
    enum_list: list | None
    pattern: re.Pattern[str] | None
    minimum: Any


@cache
def field_checks() -> tuple[FieldCheck, ...]:
    """The checks of every field of the Table Schema, in its order."""
    checks = []
    for field in load_table_schema()["fields"]:
        constraints = field.get("constraints", {})
        enum = constraints.get("enum")
        pattern = constraints.get("pattern")
        checks.append(
            FieldCheck(
                name=field["name"],
                type=field["type"],
                python_type=PYTHON_TYPES[field["type"]],
                required=bool(constraints.get("required")),
                enum=frozenset(enum) if enum is not None else None,
                enum_list=enum,
                pattern=re.compile(pattern) if pattern is not None else None,
                minimum=constraints.get("minimum"),
            )
        )
    return tuple(checks)


def field_problems(row: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(reason, note) for every Table Schema type or constraint a row breaks."""
    problems = []
    for check in field_checks():
        name, value = check.name, row.get(check.name)
        if value is None:
            if check.required:
                problems.append(("constraint-error", f"{name} is required"))
            continue
        if not isinstance(value, check.python_type) or isinstance(value, bool):
            problems.append(("type-error", f"{name}={value!r} is not a {check.type}"))
        elif check.enum is not None and value not in check.enum:
            problems.append(("constraint-error", f"{name}={value!r} not in {check.enum_list}"))
        elif check.pattern is not None and not check.pattern.fullmatch(str(value)):
            problems.append(("constraint-error", f"{name}={value!r} does not match pattern"))
        elif check.minimum is not None and value < check.minimum:
            problems.append(("constraint-error", f"{name}={value!r} below minimum"))
    return problems


@cache
def iso_codes() -> frozenset[str]:
    """Every ISO code the country vocabulary knows."""
    return frozenset(countries().values())


@lru_cache(maxsize=1024)
def unit_defined(unit: str) -> bool:
    """Whether units.txt defines the unit (pint parses it: asked once per unit)."""
    return unit in build_registry()


def contract_problems(row: Mapping[str, Any], text: str) -> list[tuple[str, str]]:
    """(reason, note) for every contract rule the row breaks (numbers, codes, periods, spans,
    ranges); a number that is cut, unreadable or ambiguous in the text comes first."""
    problems = []
    if text[row["char_start"] : row["char_end"]] == row["value_text"] and has_digit(
        row["value_text"]
    ):
        # a figure with no digit is written in words ("five percent", "三成": word_figures)
        number = number_problem(text, row["char_start"], row["char_end"])
        problems.extend([number] if number is not None else [])
    indicator = load_indicators().get(row["indicator"])
    if indicator is None:
        problems.append(("unknown-code", f"indicator {row['indicator']!r} not in the codelist"))
    for name in ("ref_area", "counterpart_area"):
        if row.get(name) is not None and row[name] not in iso_codes():
            problems.append(("unknown-code", f"{name}={row[name]!r} is not a known ISO code"))
    problems.extend(subject_problems(row, text))
    if not unit_defined(row["unit"]):
        problems.append(("unknown-code", f"unit {row['unit']!r} is not defined in units.txt"))
    if row["period_end"] < row["period_start"]:
        problems.append(("period-order", f"{row['period_end']} is before {row['period_start']}"))
    if text[row["char_start"] : row["char_end"]] != row["value_text"]:
        problems.append(("span-mismatch", f"text at the offsets is not {row['value_text']!r}"))
    problems.extend(plausibility(row, indicator, text))
    return problems


def subject_problems(row: Mapping[str, Any], text: str) -> list[tuple[str, str]]:
    """A published row names its subject as written (text of the document), and its breakdown,
    if any, in the normal form: lower case, single spaces, trimmed."""
    problems = []
    subject = row.get("subject")
    if not subject or not subject.strip():
        problems.append(("subject-missing", "a published row names the subject it is about"))
    elif subject not in text:
        problems.append(("span-mismatch", f"subject {subject!r} is not written in the document"))
    breakdown = row.get("breakdown")
    if breakdown is not None and breakdown != " ".join(breakdown.lower().split()):
        problems.append(("breakdown-not-normal", f"breakdown {breakdown!r} is not lower-case"))
    elif breakdown == "":
        problems.append(("breakdown-not-normal", "an empty breakdown is null"))
    return problems


def plausibility(row: Mapping[str, Any], indicator: Any, text: str = "") -> list[tuple[str, str]]:
    """A value outside the plausible range of its measure or indicator (a share of an earlier
    level, "119 percent of the 2019 level", may pass 100: econstats.reader.earlier_levels)."""
    low, high = PERCENT_RANGES.get(row["measure"], (None, None))
    if low is not None and indicator is not None and indicator.plausible_min < 0:
        # a quantity that changes sign (a profit turning to a loss, financial expenses below
        # nil) may fall by more than 100% and be a negative share of its whole
        low = -high if row["measure"] != "share_pct" else -100.0
    if low is None and row["measure"] == "level" and indicator is not None:
        low, high = indicator.plausible_min, indicator.plausible_max
    if row["measure"] == "share_pct" and high < row["value"] <= MOST:
        earlier = of_earlier_level(text, row.get("char_end") or 0, row.get("char_start"))
        high = MOST if earlier else high
    if low is not None and not low <= row["value"] <= high:
        return [
            ("implausible-value", f"{row['value']} outside [{low}, {high}] for {row['measure']}")
        ]
    return []


def validate_rows(
    rows: Sequence[dict[str, Any]], text: str
) -> tuple[list[dict[str, Any]], list[Rejection]]:
    """(rows that pass, Rejections) for one document's rows; `text` is its decoded text."""
    good: list[dict[str, Any]] = []
    rejections: list[Rejection] = []
    seen: set[str] = set()
    for row in rows:
        problems = field_problems(row) or contract_problems(row, text)
        if not problems and row["obs_id"] in seen:
            problems = [("duplicate-obs-id", f"obs_id {row['obs_id']} already published")]
        if not problems and row.get("conversion_of") and row["conversion_of"] not in seen:
            problems = [("conversion-orphan", "the figure it restates was not published")]
        if problems:
            rejections.append(rejection_of(row, problems))
            continue
        seen.add(row["obs_id"])
        good.append(row)
    return good, rejections


def rejection_of(row: Mapping[str, Any], problems: Sequence[tuple[str, str]]) -> Rejection:
    """One Rejection naming the first problem and listing all of them."""
    return Rejection(
        reason=problems[0][0],
        note="; ".join(note for _, note in problems),
        doc_id=row.get("doc_id") or "",
        char_start=row.get("char_start"),
        char_end=row.get("char_end"),
        value_text=row.get("value_text") or "",
        indicator=row.get("indicator"),
        extractor=row.get("extractor"),
    )
