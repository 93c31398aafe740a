"""Rows as an aligned plain-text table, numbers made readable: the table of `econstats
extract`. Plain text on a terminal and in a pipe alike (no colours, no box lines), so what a
person sees is what `grep` and `less` get; CSV and JSON lines are for machines."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal


def readable(value: object) -> str:
    """A cell as a person reads it: numbers with thousands separators and the decimals they
    were written with (the shortest that give back the float), nothing for null.

    >>> readable(1.865e13), readable(0.8), readable(-2.5), readable(1234.5678)
    ('18,650,000,000,000', '0.8', '-2.5', '1,234.5678')
    >>> readable(250000000.0), readable(1e-07), readable(12), readable(None), readable("CNY")
    ('250,000,000', '0.0000001', '12', '', 'CNY')
    >>> readable(float("nan")), readable(True)
    ('nan', 'True')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        text = format(Decimal(repr(value)), ",f")
        return text[:-2] if text.endswith(".0") else text
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def is_number(value: object) -> bool:
    """Whether a cell is a number, right-aligned in its column."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def render_rows(rows: Sequence[Mapping[str, object]], columns: Sequence[str]) -> str:
    """The rows as aligned columns under a header line; numbers right-aligned, text
    left-aligned, no trailing spaces; a line break inside a cell shown as a space.

    >>> rows = [{"unit": "CNY", "value": 1.865e13}, {"unit": "percent", "value": 0.8}]
    >>> print(render_rows(rows, ["unit", "value"]), end="")
    unit                  value
    CNY      18,650,000,000,000
    percent                 0.8
    """
    cells = [[readable(row[name]).replace("\n", " ") for name in columns] for row in rows]
    widths = [
        max([len(name), *(len(line[at]) for line in cells)]) for at, name in enumerate(columns)
    ]
    right = [any(is_number(row[name]) for row in rows) for name in columns]
    lines = []
    for row_cells in [list(columns), *cells]:
        lines.append(
            "  ".join(
                cell.rjust(width) if numeric else cell.ljust(width)
                for cell, width, numeric in zip(row_cells, widths, right, strict=True)
            )
        )
    return "".join(line.rstrip() + "\n" for line in lines)
