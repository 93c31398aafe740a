"""CSV cells a spreadsheet will not run as formulas (OWASP, "CSV Injection").

`econstats extract --format csv` writes the text of a document (the quote, the value as
written, an entity's name). A text cell that begins with = + - @ or a tab or carriage return
is run as a formula when the file is opened in a spreadsheet, so such a cell gets a leading
single quote, which spreadsheets show as text. Only text is escaped: a number cell (a fall of
-2.5) is a number, written as it is, and stays one.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP's list
ESCAPE = "'"


def safe_cell(value: Any) -> Any:
    """`value`, with a leading single quote if it is text a spreadsheet would run.

    >>> [safe_cell(v) for v in ("=1+2", "-2.5 percent", "@SUM(A1)", "0.8 percent", -2.5)]
    ["'=1+2", "'-2.5 percent", "'@SUM(A1)", '0.8 percent', -2.5]
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return ESCAPE + value
    return value


def safe_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row with every text cell made safe (safe_cell)."""
    return {name: safe_cell(value) for name, value in row.items()}
