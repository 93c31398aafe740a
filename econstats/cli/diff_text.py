"""What `econstats diff` prints: a text table saying what changed in each observation, or JSON
for tools; and its exit status, 1 when the two differ and 0 when identical, as diff(1) does."""

from __future__ import annotations

import json
from dataclasses import asdict

from econstats.cli.text_table import readable, render_rows
from econstats.publish.diff import SUMMARY_COLUMNS, ReleaseDiff, show

IDENTICAL, DIFFERENT = 0, 1  # the exit status of `econstats diff`, as diff(1) gives it
HEADER = ("change", "obs_id", "indicator", "period", "what")


def exit_status(diff: ReleaseDiff) -> int:
    """1 when the two differ in anything (schema, observations, values), else 0."""
    return DIFFERENT if diff.required_bump() else IDENTICAL


def cell(value: object) -> str:
    """A value as the table shows it: readable numbers, ISO dates, '-' for null.

    >>> cell(1.8651e13), cell(None), cell("at_most")
    ('18,651,000,000,000', '-', 'at_most')
    """
    if value is None:
        return "-"
    return readable(value) if isinstance(value, int | float) else show(value)


def observation(row: dict) -> str:
    """An added or removed observation in a few words: measure, value, unit, entity.

    >>> observation({"measure": "level", "value": 2.5e8, "unit": "CNY", "entity": "Kling AI"})
    'level 250,000,000 CNY (Kling AI)'
    """
    text = f"{row['measure']} {cell(row['value'])} {row['unit']}"
    return f"{text} ({row['entity']})" if row.get("entity") else text


def lines_of(diff: ReleaseDiff) -> list[tuple[str, ...]]:
    """One tuple per observation added, removed or changed; a changed one says, for each
    column that differs, 'column: old -> new'."""
    lines = []
    for kind, rows in (("added", diff.added), ("removed", diff.removed)):
        for row in rows:
            lines.append(
                (kind, row["obs_id"], row["indicator"], show(row["period"]), observation(row))
            )
    for row in diff.changed_rows:
        what = "; ".join(
            f"{change.column}: {cell(change.old)} -> {cell(change.new)}"
            for change in diff.changed
            if change.obs_id == row["obs_id"]
        )
        lines.append(("changed", row["obs_id"], row["indicator"], show(row["period"]), what))
    return lines


def render_table(diff: ReleaseDiff) -> str:
    """A title with the counts, the schema's changes, then one aligned line per observation
    added, removed or changed (no table when the two are identical)."""
    title = f"{diff.old} -> {diff.new}: {diff.counts()}"
    schema = [f"schema: {change}" for change in diff.schema_changes]
    rows = lines_of(diff)
    if not rows:
        return "\n".join([title, *schema]) + "\n"
    body = render_rows([dict(zip(HEADER, line, strict=True)) for line in rows], HEADER)
    return "\n".join([title, *schema]) + "\n" + body


def render_json(diff: ReleaseDiff) -> str:
    """The diff as JSON (dates as ISO strings), keys sorted, for tools."""
    document = {
        "old": diff.old,
        "new": diff.new,
        "required_bump": diff.required_bump(),
        "schema_changes": list(diff.schema_changes),
        "added": [{key: row[key] for key in SUMMARY_COLUMNS} for row in diff.added],
        "removed": [{key: row[key] for key in SUMMARY_COLUMNS} for row in diff.removed],
        "changed": [asdict(change) for change in diff.changed],
    }
    return json.dumps(document, indent=2, sort_keys=True, default=show, ensure_ascii=False) + "\n"
