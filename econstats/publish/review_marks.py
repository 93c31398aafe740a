"""Every figure of a build, as items to mark in its document's text.

A figure is one of four kinds: `published` (a row of the Parquet files), `repeat` (a figure
stating again a row kept elsewhere in the document), `rejected` (with its reason) or
`unclaimed` (no topic claimed it; with the subject found). Items that overlap in the text
share one mark; an item whose span is not its value_text in the text is left unplaced.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

KINDS = ("published", "repeat", "rejected", "unclaimed")  # a shared mark shows the first
ROW_FIELDS = (
    "indicator",
    "breakdown",
    "subject",
    "entity",
    "counterpart_area",
    "measure",
    "value",
    "unit",
    "value_usd",
    "period",
    "qualifier",
    "status",
    "obs_id",
)
READ_COLUMNS = ("doc_id", "char_start", "char_end", "value_text", "topic", *ROW_FIELDS)


@dataclass(frozen=True)
class Item:
    """One figure: its kind, place, topic ("" for none) and the fields shown for it (and for
    a repeat, where the figure kept in its stead starts)."""

    kind: str
    doc_id: str
    start: int | None
    end: int | None
    value_text: str
    topic: str
    fields: dict[str, str]
    kept_start: int | None = None


@dataclass
class Mark:
    """A stretch of text marked once, with the items (one or more) that stand there."""

    start: int
    end: int
    items: list[Item] = field(default_factory=list)

    @property
    def kind(self) -> str:
        """The kind shown: the first of KINDS among its items."""
        return min((item.kind for item in self.items), key=KINDS.index)


def shown(value: Any) -> str:
    """A field as the page shows it ("" for null; whole floats without ".0", with commas).

    >>> shown(18650000000000.0), shown(0.8), shown(None), shown("CNY")
    ('18,650,000,000,000', '0.8', '', 'CNY')
    """
    if value is None:
        return ""
    if isinstance(value, float):
        return format(value, ",.15g")
    return str(value)


def read_rows(build: Path) -> list[dict[str, Any]]:
    """The rows of a build's Parquet files (those at its top, or in a release's data/ folder)."""
    import pyarrow.parquet as pq

    from econstats.publish.release_layout import parquet_files

    paths = parquet_files(build)
    rows: list[dict[str, Any]] = []
    for path in paths:
        names = pq.read_schema(path).names
        table = pq.read_table(path, columns=[name for name in READ_COLUMNS if name in names])
        rows.extend(table.to_pylist())
    return rows


def items_of(rows: list[dict[str, Any]], report: dict[str, Any]) -> list[Item]:
    """Every figure of the build: its rows, then the report's repeats, rejections, unclaimed."""
    topics = {row.get("obs_id"): row.get("topic", "") for row in rows}
    items = [
        Item(
            "published",
            row["doc_id"],
            row["char_start"],
            row["char_end"],
            row["value_text"],
            row.get("topic") or "",
            {name: shown(row.get(name)) for name in ROW_FIELDS if shown(row.get(name))},
        )
        for row in rows
    ]
    for found in report.get("repeats", []):
        kept = f"{found.get('kept_value_text', '')} (at {found.get('kept_char_start')})"
        fields = {"repeats": kept, "value": shown(found.get("value")), "obs_id": found["obs_id"]}
        topic = topics.get(found.get("obs_id"), "")
        repeat = reported("repeat", found, topic, fields)
        items.append(replace(repeat, kept_start=found.get("kept_char_start")))
    for found in report.get("rejections", []):
        fields = {name: shown(found.get(name)) for name in ("reason", "note", "indicator")}
        topic = (found.get("extractor") or "").split("@")[0]
        items.append(reported("rejected", found, topic, fields))
    for found in report.get("unclaimed", []):
        fields = {"subject": shown(found.get("subject")) or "(none found)"}
        items.append(reported("unclaimed", found, "", fields))
    return items


def reported(kind: str, found: dict[str, Any], topic: str, fields: dict[str, str]) -> Item:
    """An item of one of the report's sections (fields left empty are dropped)."""
    start, end = found.get("char_start"), found.get("char_end")
    kept = {name: value for name, value in fields.items() if value}
    return Item(kind, found["doc_id"], start, end, found.get("value_text") or "", topic, kept)


def by_document(items: list[Item]) -> dict[str, list[Item]]:
    """The items grouped by doc_id, each group in its order of position in the text."""
    groups: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        groups[item.doc_id].append(item)
    return dict(groups)


def place(items: list[Item], text: str | None) -> tuple[list[Mark], list[Item]]:
    """(marks, in order of the text, not overlapping; the items that could not be placed).

    >>> text = "Sales rose 3% to 5 yuan."
    >>> one = Item("published", "a", 11, 13, "3%", "retail", {})
    >>> two = Item("unclaimed", "a", 11, 13, "3%", "", {})
    >>> off = Item("rejected", "a", 0, 2, "3%", "", {})
    >>> marks, unplaced = place([two, one, off], text)
    >>> [(m.start, m.end, m.kind, len(m.items)) for m in marks], unplaced == [off]
    ([(11, 13, 'published', 2)], True)
    """
    marks: list[Mark] = []
    unplaced: list[Item] = []
    ordered = sorted(items, key=lambda i: (i.start or 0, -(i.end or 0), KINDS.index(i.kind)))
    for item in ordered:
        start, end = item.start, item.end
        if start is None or end is None or start >= end or text is None:
            unplaced.append(item)
        elif text[start:end] != item.value_text:  # the text is not the one the build read
            unplaced.append(item)
        elif marks and start < marks[-1].end:  # overlaps the mark before: shares it
            marks[-1].items.append(item)
            marks[-1].end = max(marks[-1].end, end)
        else:
            marks.append(Mark(start, end, [item]))
    return marks, unplaced
