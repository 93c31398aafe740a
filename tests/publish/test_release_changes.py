"""CHANGES.md lists the files added, removed, changed and moved as well as the observations, and
says when the layout changed (issue 14, point 3); a change of layout alone is a MAJOR bump."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_release import DATE, SEED_ROWS, make_build, release_rows

from econstats.core.errors import VersionBumpError
from econstats.publish.diff import diff_folders
from econstats.publish.release import release
from econstats.publish.release_changes import file_rows, render_release_changes
from econstats.publish.release_layout import DATA_DIR, parquet_files

ROOT = Path(__file__).resolve().parents[1].parent
RELEASES = ROOT / "data" / "releases"

# (old release, new release, the counts line, rows of the files table that must be there)
COMMITTED_PAIRS = [
    ("1.0.1", "1.0.2",
     "Compared with 1.0.1: observations 0 added, 0 removed, 0 changed; "
     "files 3 added, 0 removed, 7 changed, 0 moved.",
     ["| film.parquet | added |  | 0 |", "| macro.parquet | added |  | 0 |",
      "| prices.parquet | added |  | 0 |", "| fiscal.parquet | changed | 19 | 19 |",
      "| CITATION.cff | changed |  |  |"]),
    ("2.0.6", "2.0.7",
     "Compared with 2.0.6: observations 0 added, 0 removed, 35 changed; "
     "files 0 added, 0 removed, 10 changed, 0 moved.",
     ["| datapackage.json | changed |  |  |", "| transport.parquet | changed | 6 | 6 |"]),
]  # fmt: skip


@pytest.mark.parametrize("old, new, counts, rows", COMMITTED_PAIRS)
def test_changes_of_committed_releases_list_their_files(old, new, counts, rows):
    diff = diff_folders(RELEASES / old, RELEASES / new, old, new)
    text = render_release_changes(diff, new, 0, RELEASES / old, RELEASES / new)  # 0: not first
    lines = text.splitlines()
    assert lines[:3] == [f"# Changes in econstats {new}", "", counts]
    assert "## Files" in lines and "Layout:" not in text
    assert all(row in lines for row in rows), text
    assert text.endswith("|\n")


# (id, old manifest entries, new entries, rows of the files table)
ENTRIES = [
    ("same bytes", [("a.parquet", "1", 2)], [("a.parquet", "1", 2)], []),
    ("moved to data/", [("a.parquet", "1", 2)], [("data/a.parquet", "1", 2)],
     [("data/a.parquet", "moved from a.parquet", 2, 2)]),
    ("moved and changed", [("a.parquet", "1", 2)], [("data/a.parquet", "2", 3)],
     [("data/a.parquet", "moved from a.parquet, changed", 2, 3)]),
    ("card files added", [("CITATION.cff", "1", None)],
     [("CITATION.cff", "1", None), ("README.md", "2", None), ("schema/units.txt", "3", None)],
     [("README.md", "added", None, None), ("schema/units.txt", "added", None, None)]),
    ("a topic removed", [("a.parquet", "1", 2), ("b.parquet", "1", 0)], [("a.parquet", "1", 2)],
     [("b.parquet", "removed", 0, None)]),
]  # fmt: skip


def entries(files: list[tuple]) -> list[dict]:
    return [{"path": path, "sha256": sha * 64, "rows": rows} for path, sha, rows in files]


@pytest.mark.parametrize("old, new, rows", [c[1:] for c in ENTRIES], ids=[c[0] for c in ENTRIES])
def test_files_are_matched_by_path_and_topic_files_by_name(old, new, rows):
    assert file_rows(entries(old), entries(new)) == rows


def flatten(folder: Path) -> None:
    """Lay a release out as releases before 3.0.0 were: its Parquet files at its top."""
    for path in parquet_files(folder):
        path.rename(folder / path.name)
    (folder / DATA_DIR).rmdir()
    manifest = folder / "manifest.json"
    manifest.write_text(manifest.read_text().replace(f'"{DATA_DIR}/', '"'), encoding="utf-8")


# (next version after a 1.0.0 laid out before 3.0.0, with the same rows; refusal or None)
SAME_ROWS_NEW_LAYOUT = [
    ("1.0.1", "1.0.0 -> 1.0.1 is a PATCH bump, but the data needs a MAJOR bump from 1.0.0 "
     "(0 added, 0 removed, 0 changed; layout: topic files moved to data/)"),
    ("1.1.0", "1.0.0 -> 1.1.0 is a MINOR bump, but the data needs a MAJOR bump"),
    ("2.0.0", None),
]  # fmt: skip


@pytest.mark.parametrize("version, refusal", SAME_ROWS_NEW_LAYOUT)
def test_same_rows_in_a_new_layout_are_a_major_release(tmp_path, version, refusal):
    flatten(release_rows(tmp_path, "1.0.0", SEED_ROWS).path)
    build = make_build(tmp_path / "next", SEED_ROWS)
    if refusal is not None:
        with pytest.raises(VersionBumpError) as error:
            release(version, build, tmp_path / "data", DATE)
        assert refusal in str(error.value)
        return
    folder = release(version, build, tmp_path / "data", DATE).path
    changes = (folder / "CHANGES.md").read_text(encoding="utf-8")
    assert "observations 0 added, 0 removed, 0 changed; files 0 added" in changes
    assert "Layout: the Parquet files moved from the release's top folder to data/" in changes
    assert "| data/fiscal.parquet | moved from fiscal.parquet, changed | 2 | 2 |" in changes
