"""The Markdown tables of a data card: coverage, fields, units and the build's rejections.

>>> print(md_table(["Key", "Rows"], [["fiscal.revenue|CN", 2]]))
| Key | Rows |
| --- | ---: |
| fiscal.revenue\\|CN | 2 |
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from importlib.resources import files

import pandas as pd

from econstats.publish.card_data import (
    Release,
    economy_names,
    field_units,
    indicator_labels,
    table_fields,
)

UNITS_FILE = files("econstats.schema").joinpath("units.txt")
NONE = "—"  # an empty cell


def cell(value: object) -> str:
    """A Markdown table cell: pipes escaped, line breaks as spaces, None as a dash.

    >>> cell("a|b"), cell(None), cell(3)
    ('a\\\\|b', '—', '3')
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return NONE
    return str(value).replace("|", "\\|").replace("\n", " ")


def md_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table; a column whose cells are all numbers is right-aligned."""
    numeric = [
        bool(rows) and all(isinstance(row[i], int | float) for row in rows)
        for i in range(len(headers))
    ]
    lines = [
        "| " + " | ".join(headers) + " |",
        "| " + " | ".join("---:" if right else "---" for right in numeric) + " |",
    ]
    lines += ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines)


def span(rows: pd.DataFrame) -> tuple[str, str]:
    """The first day and the last day the rows cover (dashes when there are none)."""
    if rows.empty:
        return NONE, NONE
    return str(min(rows["period_start"])), str(max(rows["period_end"]))


def counts(rows: pd.DataFrame) -> list[object]:
    """Observations, indicators, series, economies and documents of some rows, and their span."""
    return [
        len(rows),
        rows["indicator"].nunique(),
        rows["series_key"].nunique(),
        rows["ref_area"].nunique(),
        rows["doc_id"].nunique(),
        *span(rows),
    ]


COUNT_HEADERS = ["Observations", "Indicators", "Series", "Economies", "Documents", "From", "To"]


def coverage_summary(release: Release) -> str:
    """One paragraph: the totals and the period range of the whole release."""
    table = release.table
    obs, indicators, series, economies, documents, first, last = counts(table)
    topics = table["topic"].nunique()
    return (
        f"Observations: {obs}; indicators: {indicators}; series: {series}; economies "
        f"(`ref_area`): {economies}; source documents: {documents}; topics with observations: "
        f"{topics} of {len(release.topics)}. Periods covered: from {first} (earliest "
        f"`period_start`) to {last} (latest `period_end`)."
    )


def coverage_topics(release: Release) -> str:
    """One row per topic file (an empty topic too)."""
    table = release.table
    rows = [[f"`{topic}`", *counts(table[table["topic"] == topic])] for topic in release.topics]
    return md_table(["Topic", *COUNT_HEADERS], rows)


def economy_order(table: pd.DataFrame) -> list[str]:
    """ref_area codes, most observations first, then by code."""
    sizes = Counter(table["ref_area"])
    return sorted(sizes, key=lambda code: (-sizes[code], code))


def economy_label(code: str, names: dict[str, str]) -> str:
    """'China (CN)', or the code alone when vocab/countries.csv does not name it."""
    return f"{names[code]} ({code})" if code in names else code


def coverage_economies(release: Release) -> str:
    """One row per economy (ref_area), most observations first."""
    table, names = release.table, economy_names()
    rows = []
    for code in economy_order(table):
        obs, indicators, series, _, documents, first, last = counts(
            table[table["ref_area"] == code]
        )
        rows.append([economy_label(code, names), obs, indicators, series, documents, first, last])
    headers = [name for name in COUNT_HEADERS if name != "Economies"]
    return md_table(["Economy (ref_area)", *headers], rows)


def coverage_indicators(release: Release) -> str:
    """One row per indicator, by topic then code, with its label from the codelist."""
    table, names = release.table, indicator_labels()
    pairs = sorted(set(zip(table["topic"], table["indicator"], strict=True)))
    rows = []
    for topic, code in pairs:
        part = table[(table["topic"] == topic) & (table["indicator"] == code)]
        obs, _, series, economies, documents, first, last = counts(part)
        rows.append(
            [f"`{code}`", names.get(code), topic, obs, series, economies, documents, first, last]
        )
    headers = ["Indicator", "Label", "Topic", "Observations", "Series", "Economies", "Documents"]
    return md_table([*headers, "From", "To"], rows)


def field_description(field: dict) -> str:
    """A field's description with its allowed values or pattern."""
    text = field.get("description", "")
    constraints = field.get("constraints") or {}
    if "enum" in constraints:
        text += " Values: " + ", ".join(f"`{value}`" for value in constraints["enum"]) + "."
    if "pattern" in constraints:
        text += f" Pattern: `{constraints['pattern']}`."
    return text


def fields(release: Release) -> str:
    """One row per column of the Table Schema: type, required, unit and description."""
    units = field_units()
    rows = [
        [
            f"`{field['name']}`",
            field.get("arrowType") or field.get("type"),
            "yes" if (field.get("constraints") or {}).get("required") else "no",
            units.get(field["name"]) or None,
            field_description(field),
        ]
        for field in table_fields(release)
    ]
    return md_table(["Field", "Type", "Required", "Unit", "Description"], rows)


def unit_definitions() -> dict[str, str]:
    """Unit name -> its definition line in schema/units.txt."""
    lines = UNITS_FILE.read_text(encoding="utf-8").splitlines()
    found: dict[str, str] = {}
    for line in lines:
        name = line.split("=")[0].strip()
        if line.strip() and not line.startswith("#") and "=" in line:
            found.setdefault(name, line.strip())
    return found


def units(release: Release) -> str:
    """The units of this release's rows, with their observation counts and definitions."""
    definitions = unit_definitions()
    sizes = Counter(release.table["unit"])
    rows = [
        [f"`{unit}`", sizes[unit], f"`{definitions[unit]}`" if unit in definitions else None]
        for unit in sorted(sizes, key=lambda unit: (-sizes[unit], unit))
    ]
    return md_table(["Unit", "Observations", "Definition in schema/units.txt"], rows)
