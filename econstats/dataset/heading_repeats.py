"""A headline that repeats the body is not a figure of its own (the repeats rule of the realnews
gold: "headlines that repeat the body are not annotated"):

    10月稅收4174億元年增19.3% 證交稅連3月正成長
    ...
    財政部今天公布,10月全國賦稅收入為新台幣4174億元,年增19.3%。

A headline is terse: its subject ("稅收" beside "證交稅") and its period ("前三季度净利超300亿元"
with no year) are read less surely than the body's sentence, so its row and the body's often
differ in indicator or period, and drop_repeats (one row per obs_id) keeps both. Here a row
stated by a heading line (a whole line that does not end like a sentence: a title, a
sub-heading, a bullet of a summary) is a repeat when a row of a body sentence has the same
topic, measure, unit and value (or a value the heading rounds) under another obs_id. Where the
two share an obs_id, the contract's repeats rule decides (drop_repeats: the most precise
statement, then the earlier one). A heading figure that the body does not state again is kept,
and so is a text table's row (numbers side by side), which is no heading.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from typing import Any

from econstats.reader.numbers import PRINTED_NUMBER
from econstats.reader.sentences import SENTENCE_END, is_headline
from econstats.reader.tables import NUMBERS_IN_A_ROW

NEWLINE = re.compile("\n")
MAX_HEADING = 120  # columns (a Chinese character takes two): a longer line is a paragraph


def width(line: str) -> int:
    """Columns of a line: two for each CJK character (a Chinese headline of 40 characters is
    as long as an English one of 80).

    >>> width("GDP up 5%"), width("国内生产总值增长5%")
    (9, 18)
    """
    return len(line) + sum(1 for char in line if char >= "\u2e80")


def is_heading(line: str) -> bool:
    """Whether a line is a heading: short, neither ending nor holding a sentence end, and no
    table row.

    >>> [is_heading(line) for line in ("Exports up 5% in May", "Exports rose 5% in May.",
    ...                                "Steel 5% 6%", "It rose 5%. And 5", "x" * 200)]
    [True, False, False, False, False]
    """
    return (
        len(line) <= 4 * MAX_HEADING  # a long line is no heading: no scan of it
        and width(line.strip()) <= MAX_HEADING
        and is_headline(line)
        and not SENTENCE_END.search(line)  # a paragraph cut off mid-sentence is no heading
        and not NUMBERS_IN_A_ROW.search(line)
    )


def heading_flags(rows: list[dict[str, Any]], text: str) -> list[bool]:
    """For each row, whether its figure stands in a heading line; each line is read once, found
    by position among the text's line ends (issue 12: no scan of a line per figure)."""
    ends = [match.start() for match in NEWLINE.finditer(text)]
    lines: dict[int, bool] = {}
    flags = []
    for row in rows:
        index = bisect_left(ends, row["char_start"])
        start = ends[index - 1] + 1 if index else 0
        if start not in lines:
            end = ends[index] if index < len(ends) else len(text)
            lines[start] = is_heading(text[start:end])
        flags.append(lines[start])
    return flags


def twin_key(row: dict[str, Any]) -> tuple[str, str, str, float]:
    """What a heading row and its body twin share: topic, measure, unit and value."""
    return row["topic"], row["measure"], row["unit"], float(f"{row['value']:.9g}")


def significant(value_text: str) -> int:
    """Significant digits of the number written in a value text (trailing zeros of a whole
    number are not: "300亿元" may round anything from 250 to 349 billion).

    >>> [significant(t) for t in ("Rs 1.17 lakh crore", "5.3%", "300亿元", "RMB16.2B", "5%")]
    [3, 2, 1, 3, 1]
    """
    match = PRINTED_NUMBER.search(value_text)
    if not match:
        return 0
    number = match.group().replace(",", "")
    digits = number.replace(".", "").lstrip("0")
    return len(digits if "." in number else digits.rstrip("0"))


class Rounded:
    """The body rows by topic, measure and unit, their values sorted: a heading that rounds a
    body figure ("GST collection hits Rs 1.17 lakh crore" over "Rs 1,17,010 crore") finds it by
    two binary searches. A heading of one significant digit ("5%", "300亿元") finds only its
    exact value: rounded so far, it may be any figure's."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        groups: dict[tuple[str, str, str], list[tuple[float, int, dict[str, Any]]]] = {}
        for index, row in enumerate(rows):
            groups.setdefault(twin_key(row)[:3], []).append((row["value"], index, row))
        self.groups = {key: sorted(group) for key, group in groups.items()}
        self.values = {key: [value for value, _, _ in group] for key, group in self.groups.items()}

    def twin(self, row: dict[str, Any]) -> dict[str, Any] | None:
        """The body row whose value the heading row's value rounds, or None."""
        digits, value = significant(row["value_text"]), row["value"]
        key = twin_key(row)[:3]
        if digits < 2 or not value or key not in self.groups:
            return None
        half = 10 ** (math.floor(math.log10(abs(value))) - digits + 1) / 2
        values = self.values[key]
        index = bisect_left(values, value - half)
        if index < len(values) and values[index] <= value + half:
            return self.groups[key][index][2]
        return None


def drop_heading_repeats(
    rows: list[dict[str, Any]], text: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(kept rows, repeat records): heading rows whose value a body row states again.

    >>> text = "Retail sales up 5.5% in May\\nRetail sales rose 5.5% in May from a year earlier."
    >>> rows = [
    ...     {"obs_id": "h", "topic": "retail", "measure": "yoy_pct", "unit": "percent",
    ...      "value": 5.5, "char_start": 16, "char_end": 20, "value_text": "5.5%",
    ...      "doc_id": "d", "conversion_of": None},
    ...     {"obs_id": "b", "topic": "retail", "measure": "yoy_pct", "unit": "percent",
    ...      "value": 5.5, "char_start": 46, "char_end": 50, "value_text": "5.5%",
    ...      "doc_id": "d", "conversion_of": None},
    ... ]
    >>> kept, repeats = drop_heading_repeats(rows, text)
    >>> [r["obs_id"] for r in kept], repeats[0]["kept_char_start"]
    (['b'], 46)
    """
    if not rows:
        return rows, []
    heads = heading_flags(rows, text)
    if not any(heads):
        return rows, []
    body: dict[tuple[str, str, str, float], dict[str, Any]] = {}
    for row, head in zip(rows, heads, strict=True):
        if not head:
            body.setdefault(twin_key(row), row)
    rounded = Rounded([row for row, head in zip(rows, heads, strict=True) if not head])
    dropped: dict[int, dict[str, Any]] = {}  # id(row) -> the body row that states it again
    parents: dict[str, dict[str, Any]] = {}  # obs_id of a dropped row -> that body row
    for row, head in zip(rows, heads, strict=True):
        twin = (body.get(twin_key(row)) or rounded.twin(row)) if head else None
        if twin and twin["obs_id"] != row["obs_id"]:  # one key: the contract's ranking decides
            dropped[id(row)] = parents[row["obs_id"]] = twin
    kept, repeats = [], []
    for row, head in zip(rows, heads, strict=True):
        # a heading's restatement in another currency goes with the figure it restates
        twin = dropped.get(id(row)) or (head and parents.get(row.get("conversion_of") or ""))
        if not twin:
            kept.append(row)
            continue
        repeats.append(
            {
                "obs_id": row["obs_id"],
                "doc_id": row["doc_id"],
                "char_start": row["char_start"],
                "char_end": row["char_end"],
                "value_text": row["value_text"],
                "value": row["value"],
                "kept_char_start": twin["char_start"],
                "kept_value_text": twin["value_text"],
            }
        )
    return kept, repeats
