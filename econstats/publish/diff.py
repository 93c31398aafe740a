"""Observations added, removed and changed between two releases (or a release and a build).

The same ReleaseDiff gives `econstats diff` (econstats.cli.diff_text), CHANGES.md, and the version
bump a release needs: schema changed or observations removed (people cite them) -> major;
observations added -> minor; only values or attributes of existing obs_ids changed -> patch.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from econstats.core.errors import EconstatsError
from econstats.dataset.parquet_io import file_metadata, read_table
from econstats.publish.release_layout import parquet_files

BUMPS = ("patch", "minor", "major")
SEMVER = re.compile(
    r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
)
SUMMARY_COLUMNS = ("obs_id", "indicator", "entity", "period", "measure", "value", "unit", "doc_id")


@dataclass(frozen=True, order=True)
class Version:
    """A semantic version MAJOR.MINOR.PATCH[-PRERELEASE]; orders by semver precedence.

    >>> Version.parse("1.10.0") > Version.parse("1.9.0") > Version.parse("1.9.0-rc.1")
    True
    >>> Version.parse("v1.0.0")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    econstats.core.errors.EconstatsError: release version 'v1.0.0' is not MAJOR.MINOR.PATCH...
    """

    core: tuple[int, int, int]
    release_rank: int
    prerelease: tuple[tuple[int, int | str], ...]
    text: str = field(compare=False)

    @classmethod
    def parse(cls, text: str) -> Version:
        """Parse ``text``; EconstatsError for anything else (paths such as '../x' included)."""
        match = SEMVER.fullmatch(text)
        if match is None:
            raise EconstatsError(
                f"release version {text!r} is not MAJOR.MINOR.PATCH[-PRERELEASE] "
                "(semver, no 'v', no build metadata)"
            )
        parts = match.group(4).split(".") if match.group(4) else []
        prerelease = tuple((1, part) if not part.isdigit() else (0, int(part)) for part in parts)
        core = (int(match.group(1)), int(match.group(2)), int(match.group(3)))
        return cls(core, 0 if prerelease else 1, prerelease, text)

    @staticmethod
    def is_version(text: str) -> bool:
        """Whether ``text`` parses as a release version.

        >>> Version.is_version("1.0.0"), Version.is_version("../x"), Version.is_version("1.0")
        (True, False, False)
        """
        return SEMVER.fullmatch(text) is not None

    def __str__(self) -> str:
        return self.text


def bump_between(old: Version, new: Version) -> str | None:
    """Which part of the version grew from ``old`` to ``new`` (None: only the pre-release).

    >>> bump_between(Version.parse("1.2.3"), Version.parse("2.0.0"))
    'major'
    >>> bump_between(Version.parse("1.2.3"), Version.parse("1.2.4"))
    'patch'
    """
    for index, name in enumerate(("major", "minor", "patch")):
        if new.core[index] != old.core[index]:
            return name if new.core[index] > old.core[index] else None
    return None


def bump_satisfies(actual: str | None, needed: str | None) -> bool:
    """Whether a bump of ``actual`` size is at least the ``needed`` one.

    >>> bump_satisfies("major", "minor"), bump_satisfies("patch", "minor")
    (True, False)
    >>> bump_satisfies(None, None), bump_satisfies(None, "patch")
    (True, False)
    """
    if needed is None:
        return True
    return actual is not None and BUMPS.index(actual) >= BUMPS.index(needed)


@dataclass(frozen=True)
class Change:
    """One column of one observation that differs between the old and the new release."""

    obs_id: str
    column: str
    old: object
    new: object


@dataclass(frozen=True)
class ReleaseDiff:
    """What differs from ``old`` to ``new`` (labels are versions or folder names)."""

    old: str
    new: str
    schema_changes: tuple[str, ...] = ()
    added: tuple[dict, ...] = ()
    removed: tuple[dict, ...] = ()
    changed: tuple[Change, ...] = ()
    changed_rows: tuple[dict, ...] = ()  # the new rows of the changed observations, by obs_id

    def required_bump(self) -> str | None:
        """The smallest version bump this difference needs, or None when nothing changed."""
        if self.schema_changes or self.removed:
            return "major"
        if self.added:
            return "minor"
        return "patch" if self.changed else None

    def counts(self) -> str:
        """'2 added, 0 removed, 1 changed'."""
        changed = len({change.obs_id for change in self.changed})
        return f"{len(self.added)} added, {len(self.removed)} removed, {changed} changed"


@dataclass(frozen=True)
class Snapshot:
    """The observations of a release or build folder, keyed by obs_id."""

    label: str
    schema: pa.Schema
    contract_version: str | None
    rows: dict[str, dict]


def load_snapshot(folder: Path, label: str | None = None) -> Snapshot:
    """Read parquet_files(folder) as one table (either layout); EconstatsError on duplicates."""
    folder = Path(folder)
    paths = parquet_files(folder)
    if not paths:
        raise EconstatsError(f"{folder}: no Parquet files to compare")
    tables = [read_table(path).replace_schema_metadata(None) for path in paths]
    try:
        table = pa.concat_tables(tables)
    except pa.ArrowInvalid as err:
        raise EconstatsError(f"{folder}: Parquet files disagree on the schema: {err}") from err
    rows: dict[str, dict] = {}
    for row in table.to_pylist():
        if row["obs_id"] in rows:
            raise EconstatsError(f"{folder}: obs_id {row['obs_id']} appears twice")
        rows[row["obs_id"]] = row
    contract = file_metadata(paths[0]).get("contract_version")
    return Snapshot(label or folder.name, table.schema, contract, rows)


def schema_changes(old: Snapshot, new: Snapshot) -> tuple[str, ...]:
    """Column and contract differences that make a release MAJOR."""
    changes = []
    if old.contract_version != new.contract_version:
        changes.append(f"contract_version {old.contract_version} -> {new.contract_version}")
    old_fields = {item.name: item for item in old.schema}
    new_fields = {item.name: item for item in new.schema}
    changes += [f"column {name} removed" for name in old_fields if name not in new_fields]
    changes += [f"column {name} added" for name in new_fields if name not in old_fields]
    for name in old_fields.keys() & new_fields.keys():
        before, after = old_fields[name], new_fields[name]
        if before.type != after.type or before.nullable != after.nullable:
            changes.append(f"column {name}: {before.type} -> {after.type}")
    if not changes and old.schema.names != new.schema.names:
        changes.append("column order changed")
    return tuple(sorted(changes))


def diff_snapshots(old: Snapshot, new: Snapshot) -> ReleaseDiff:
    """Compare two snapshots observation by observation (columns present in both)."""
    columns = [name for name in new.schema.names if name in old.schema.names and name != "obs_id"]
    changed = []
    for obs_id in sorted(old.rows.keys() & new.rows.keys()):
        before, after = old.rows[obs_id], new.rows[obs_id]
        changed += [
            Change(obs_id, name, before[name], after[name])
            for name in columns
            if before[name] != after[name]
        ]
    return ReleaseDiff(
        old=old.label,
        new=new.label,
        schema_changes=schema_changes(old, new),
        added=tuple(new.rows[key] for key in sorted(new.rows.keys() - old.rows.keys())),
        removed=tuple(old.rows[key] for key in sorted(old.rows.keys() - new.rows.keys())),
        changed=tuple(changed),
        changed_rows=tuple(new.rows[key] for key in sorted({change.obs_id for change in changed})),
    )


def diff_folders(
    old: Path, new: Path, old_label: str | None = None, new_label: str | None = None
) -> ReleaseDiff:
    """Diff two release (or build) folders; labels default to the folder names."""
    return diff_snapshots(load_snapshot(old, old_label), load_snapshot(new, new_label))


def show(value: object) -> str:
    """A cell as text: dates in ISO form, floats by repr, null as empty.

    >>> show(1.865e13), show(None), show(dt.date(2025, 1, 1))
    ('18650000000000.0', '', '2025-01-01')
    """
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return repr(value) if isinstance(value, float) else str(value)


def markdown_cell(value: object) -> str:
    """A Markdown table cell: '|' escaped, newlines flattened.

    >>> markdown_cell("a|b\\nc")
    'a\\\\|b c'
    """
    return show(value).replace("|", "\\|").replace("\n", " ")


def markdown_table(header: tuple[str, ...], rows: list[tuple]) -> list[str]:
    """Lines of a Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(markdown_cell(cell) for cell in row) + " |" for row in rows]
    return lines


def render_changes(diff: ReleaseDiff | None, version: str, total_rows: int) -> str:
    """CHANGES.md of release ``version``; ``diff`` is None for the first release."""
    lines = [f"# Changes in econstats {version}", ""]
    if diff is None:
        lines += [f"First release: {total_rows} observations.", ""]
        return "\n".join(lines)
    lines += [f"Compared with {diff.old}: {diff.counts()}.", ""]
    if diff.schema_changes:
        lines += ["## Schema", "", *(f"- {change}" for change in diff.schema_changes), ""]
    for title, rows in (("Added", diff.added), ("Removed", diff.removed)):
        if rows:
            table = [tuple(row[key] for key in SUMMARY_COLUMNS) for row in rows]
            lines += [f"## {title} ({len(rows)})", "", *markdown_table(SUMMARY_COLUMNS, table), ""]
    if diff.changed:
        table = [(c.obs_id, c.column, c.old, c.new) for c in diff.changed]
        header, title = ("obs_id", "column", "old", "new"), f"Changed values ({len(diff.changed)})"
        lines += [f"## {title}", "", *markdown_table(header, table), ""]
    return "\n".join(lines)
