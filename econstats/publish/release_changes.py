"""CHANGES.md of a release: its observations (diff.render_changes), its layout and its files.

Files are compared by the sha256 the previous release's manifest.json records and the one of
each file of the new release, matched by path; a topic file that moved to another folder (the
layout of 3.0.0, see release_layout) is matched by its name and said to have moved. CHANGES.md
and manifest.json are left out: every release has its own.
"""

from __future__ import annotations

import json
from pathlib import Path

from econstats.core.errors import EconstatsError
from econstats.publish.descriptors import MANIFEST, describe_file
from econstats.publish.diff import ReleaseDiff, markdown_table, render_changes
from econstats.publish.release_layout import DATA_DIR, is_flat, relative_name, release_files

CHANGES = "CHANGES.md"
OWN_FILES = (CHANGES, MANIFEST)  # written for every release, never compared
FILE_HEADER = ("file", "change", "rows before", "rows now")
LAYOUT_MOVED = (
    f"Layout: the Parquet files moved from the release's top folder to {DATA_DIR}/, so that "
    f'every tool reads the release with one path: pandas.read_parquet("<release>/{DATA_DIR}"). '
    "The descriptors, citation and changes stay at the top."
)
FILES_NOTE = "Files compared by the sha256 each release's manifest.json records for them."
PARQUET_NOTE = (
    "Every Parquet file carries its release's version in its metadata, so its bytes change with "
    "every release; its rows change only as the observations say."
)
LAYOUT_BACK = f"Layout: the Parquet files moved from {DATA_DIR}/ to the release's top folder."


def manifest_files(folder: Path) -> list[dict]:
    """The file entries of a published release's manifest.json (but the release's own files)."""
    path = Path(folder) / MANIFEST
    try:
        files = json.loads(path.read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise EconstatsError(f"{path}: cannot read the files it lists: {err!r}") from err
    return [entry for entry in files if entry.get("path") not in OWN_FILES]


def folder_files(folder: Path) -> list[dict]:
    """Entries as manifest.json lists them for the files of ``folder`` (but its own files)."""
    paths = [path for path in release_files(folder) if relative_name(path, folder) not in OWN_FILES]
    return [describe_file(path, Path(folder)) for path in paths]


def match_key(path: str) -> str:
    """The key that matches a file across releases: a Parquet file by its name, wherever it is.

    >>> match_key("data/fiscal.parquet"), match_key("fiscal.parquet"), match_key("x/README.md")
    ('fiscal.parquet', 'fiscal.parquet', 'x/README.md')
    """
    return path.rsplit("/", 1)[-1] if path.endswith(".parquet") else path


def file_rows(old_files: list[dict], new_files: list[dict]) -> list[tuple]:
    """One (file, change, rows before, rows now) per file added, removed, changed or moved,
    sorted by path."""
    before = {match_key(entry["path"]): entry for entry in old_files}
    after = {match_key(entry["path"]): entry for entry in new_files}
    rows = []
    for key in before.keys() | after.keys():
        old, new = before.get(key), after.get(key)
        if old is None or new is None:
            entry = new or old
            kind = "added" if old is None else "removed"
            rows.append((entry["path"], kind, (old or {}).get("rows"), (new or {}).get("rows")))
            continue
        kinds = [f"moved from {old['path']}"] if old["path"] != new["path"] else []
        kinds += ["changed"] if old["sha256"] != new["sha256"] else []
        if kinds:
            rows.append((new["path"], ", ".join(kinds), old.get("rows"), new.get("rows")))
    return sorted(rows)


def file_counts(rows: list[tuple]) -> str:
    """'3 added, 0 removed, 7 changed, 0 moved' of file_rows()."""
    kinds = [row[1] for row in rows]
    changed = sum(kind.endswith("changed") for kind in kinds)
    moved = sum(kind.startswith("moved") for kind in kinds)
    added, removed = kinds.count("added"), kinds.count("removed")
    return f"{added} added, {removed} removed, {changed} changed, {moved} moved"


def file_lines(rows: list[tuple]) -> list[str]:
    """The "## Files" section of CHANGES.md: a table of the files that differ, if any."""
    if not rows:
        return []
    lines = ["## Files", "", FILES_NOTE, ""]
    if any(row[0].endswith(".parquet") and row[1].endswith("changed") for row in rows):
        lines += [PARQUET_NOTE, ""]
    return [*lines, *markdown_table(FILE_HEADER, rows), ""]


def layout_lines(old_folder: Path, new_folder: Path) -> list[str]:
    """The paragraph saying that the Parquet files moved, if they did."""
    if is_flat(old_folder) == is_flat(new_folder):
        return []
    return [LAYOUT_MOVED if is_flat(old_folder) else LAYOUT_BACK, ""]


def render_release_changes(
    diff: ReleaseDiff | None, version: str, total_rows: int, old: Path | None, new: Path
) -> str:
    """CHANGES.md of release folder ``new`` (staged or published) after release folder ``old``
    (None, with ``diff`` None, for the first release): layout and files before observations."""
    text = render_changes(diff, version, total_rows)
    if diff is None or old is None:
        return text
    rows = file_rows(manifest_files(old), folder_files(new))
    lines = text.split("\n")
    counts = f"Compared with {diff.old}: {diff.counts()}."
    both = f"Compared with {diff.old}: observations {diff.counts()}; files {file_counts(rows)}."
    lines = [both if line == counts else line for line in lines]
    at = next((i for i, line in enumerate(lines) if line.startswith("## ")), len(lines))
    return "\n".join(lines[:at] + layout_lines(old, new) + file_lines(rows) + lines[at:])
