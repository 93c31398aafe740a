"""The version rule (issues 3 and 12): every new release is the next version after the latest
one, with the bump its data needs, a real date and content that differs from the last release.

Accepted pre-releases are ``X.Y.Z-rc.N`` only, numbered 1, 2, ... and sorting before X.Y.Z.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pytest
from test_release import (
    COMPANY_LEVEL,
    FIRST,
    FISCAL_LEVEL,
    SEED_ROWS,
    changed,
    make_build,
    release_rows,
)

from econstats.core.errors import EconstatsError, VersionBumpError
from econstats.dataset.arrow import observation_schema
from econstats.dataset.parquet_io import dataset_metadata, write_table
from econstats.publish.release import release
from econstats.publish.verify import verify_release

CORRECTED = [changed(FISCAL_LEVEL, value=1.8651e13), *SEED_ROWS[1:]]
CORRECTED_TWICE = [changed(FISCAL_LEVEL, value=1.8652e13), *SEED_ROWS[1:]]
D1, D2 = "2025-11-20", "2025-12-01"
# (id, earlier releases as (version, rows, date), the next release's version, rows and date,
#  error text or None)
VERSION_RULE = [
    ("value corrected, patch", [("1.0.0", SEED_ROWS, D1)], "1.0.1", CORRECTED, D2, None),
    ("value corrected, a minor bump is more than enough", [("1.0.0", SEED_ROWS, D1)], "1.1.0",
     CORRECTED, D2, None),
    ("attribute corrected, patch", [("1.0.0", SEED_ROWS, D1)], "1.0.1",
     [changed(COMPANY_LEVEL, qualifier="exact"), *SEED_ROWS[:3]], D2, None),
    ("same day as the previous release", [("1.0.0", SEED_ROWS, D1)], "1.0.1", CORRECTED, D1,
     None),
    ("observation added, minor", [("1.0.0", FIRST, D1)], "1.1.0", SEED_ROWS, D2, None),
    ("observation added, major", [("1.0.0", FIRST, D1)], "2.0.0", SEED_ROWS, D2, None),
    ("observation removed, major", [("1.0.0", SEED_ROWS, D1)], "2.0.0", FIRST, D2, None),
    ("observation added, minor pre-release", [("1.0.0", FIRST, D1)], "1.1.0-rc.1", SEED_ROWS,
     D2, None),
    ("the release of its candidate, same content", [("1.0.0", FIRST, D1),
     ("1.1.0-rc.1", SEED_ROWS, D1)], "1.1.0", SEED_ROWS, D2, None),
    ("a second candidate", [("1.0.0", SEED_ROWS, D1), ("1.0.1-rc.1", CORRECTED, D1)],
     "1.0.1-rc.2", CORRECTED_TWICE, D2, None),
    ("a first release candidate", [], "1.0.0-rc.1", SEED_ROWS, D1, None),
    ("nothing changed, patch", [("1.0.0", SEED_ROWS, D1)], "1.0.1", SEED_ROWS, D2,
     "1.0.1 has the same content as 1.0.0; nothing to release"),
    ("nothing changed, a skipped minor", [("1.0.0", SEED_ROWS, D1)], "1.2.0", SEED_ROWS, D2,
     "1.0.0 -> 1.2.0 skips a version: after 1.0.0 comes 1.0.1, 1.1.0 or 2.0.0"),
    ("observation added, a skipped major", [("1.0.0", FIRST, D1)], "3.0.0", SEED_ROWS, D2,
     "1.0.0 -> 3.0.0 skips a version: after 1.0.0 comes 1.0.1, 1.1.0 or 2.0.0"),
    ("a skipped patch", [("1.0.0", SEED_ROWS, D1)], "1.0.2", CORRECTED, D2,
     "1.0.0 -> 1.0.2 skips a version"),
    ("downgrade below the latest", [("1.0.0", FIRST, D1), ("1.1.0", SEED_ROWS, D1)], "0.9.0",
     CORRECTED, D2, "0.9.0 is not after the latest release 1.1.0"),
    ("a patch of an older line", [("1.0.0", FIRST, D1), ("1.1.0", SEED_ROWS, D1)], "1.0.1",
     FIRST, D2, "1.0.1 is not after the latest release 1.1.0"),
    ("pre-release without a dot", [("1.0.0", SEED_ROWS, D1)], "1.0.1-rc1", CORRECTED, D2,
     "pre-release 1.0.1-rc1: only X.Y.Z-rc.N (N = 1, 2, ...) is accepted, e.g. 1.0.1-rc.1"),
    ("beta pre-release", [("1.0.0", FIRST, D1)], "1.1.0-beta.1", SEED_ROWS, D2,
     "pre-release 1.1.0-beta.1: only X.Y.Z-rc.N"),
    ("a first candidate numbered 2", [("1.0.0", FIRST, D1)], "1.1.0-rc.2", SEED_ROWS, D2,
     "after 1.0.0 the first candidate of 1.1.0 is 1.1.0-rc.1"),
    ("a skipped candidate", [("1.0.0", FIRST, D1), ("1.1.0-rc.1", SEED_ROWS, D1)],
     "1.1.0-rc.3", SEED_ROWS, D2, "after 1.1.0-rc.1 comes 1.1.0-rc.2 or 1.1.0"),
    ("a candidate identical to the one before", [("1.0.0", SEED_ROWS, D1),
     ("1.0.1-rc.1", CORRECTED, D1)], "1.0.1-rc.2", CORRECTED, D2,
     "1.0.1-rc.2 has the same content as 1.0.1-rc.1"),
    ("a date in the future", [("1.0.0", FIRST, D1)], "1.1.0", SEED_ROWS, "2099-01-01",
     "release date 2099-01-01 is in the future"),
    ("a date before the previous release", [("1.0.0", FIRST, D1)], "1.1.0", SEED_ROWS,
     "1990-01-01", "release date 1990-01-01 is before 2025-11-20, the date of 1.0.0"),
    ("observation added, patch refused", [("1.0.0", FIRST, D1)], "1.0.1", SEED_ROWS, D2,
     "1.0.0 -> 1.0.1 is a PATCH bump, but the data needs a MINOR bump from 1.0.0 "
     "(1 added, 0 removed, 0 changed; company.parquet added)"),
    ("observation removed, patch refused", [("1.0.0", SEED_ROWS, D1)], "1.0.1", FIRST, D2,
     "needs a MAJOR bump from 1.0.0 (0 added, 1 removed, 0 changed; company.parquet removed)"),
    ("observation removed, minor refused", [("1.0.0", SEED_ROWS, D1)], "1.1.0", FIRST, D2,
     "1.0.0 -> 1.1.0 is a MINOR bump, but the data needs a MAJOR bump from 1.0.0 "
     "(0 added, 1 removed, 0 changed; company.parquet removed)"),
    ("a candidate's bump is measured from the last release", [("1.0.0", SEED_ROWS, D1),
     ("1.0.1-rc.1", CORRECTED, D1)], "1.0.1-rc.2", FIRST, D2,
     "1.0.0 -> 1.0.1-rc.2 is a PATCH bump, but the data needs a MAJOR bump from 1.0.0"),
]  # fmt: skip


@pytest.mark.parametrize(
    "history, version, rows, date, error",
    [case[1:] for case in VERSION_RULE],
    ids=[c[0] for c in VERSION_RULE],
)
def test_version_rule(tmp_path, history, version, rows, date, error):
    for earlier, earlier_rows, day in history:
        assert release_rows(tmp_path, earlier, earlier_rows, date=day).status == "created"
    releases = tmp_path / "data" / "releases"
    before = sorted(path.name for path in releases.iterdir()) if history else []
    if error is None:
        assert release_rows(tmp_path, version, rows, date=date).status == "created"
        assert verify_release(releases / version) == []
    else:
        with pytest.raises(VersionBumpError) as raised:
            release_rows(tmp_path, version, rows, date=date)
        assert error in str(raised.value)
        assert str(releases / version) in str(raised.value)
        assert raised.value.exit_code == 3
        assert sorted(path.name for path in releases.iterdir()) == before


def test_the_date_defaults_to_today_and_today_is_not_the_future(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    release_rows(tmp_path, "1.0.0", FIRST, date=D1)
    build = make_build(tmp_path / "build", SEED_ROWS)
    result = release("1.1.0", build, tmp_path / "data")
    assert result.status == "created"
    index = (tmp_path / "data" / "releases" / "index.json").read_text()
    assert dt.date.today().isoformat() in index


def with_empty_topic(build: Path, topic: str) -> Path:
    """Add a topic file with no rows to a build folder (as a topic that found nothing)."""
    empty = pa.Table.from_pylist([], schema=observation_schema())
    write_table(empty, build / f"{topic}.parquet", dataset_metadata("build"))
    return build


def test_a_release_that_only_adds_a_file_is_not_identical(tmp_path):
    """An empty topic file is new content (1.0.2 added film, macro and prices so): a PATCH."""
    release_rows(tmp_path, "1.0.0", SEED_ROWS)
    build = with_empty_topic(make_build(tmp_path / "build", SEED_ROWS), "film")
    assert release("1.0.1", build, tmp_path / "data", D2).status == "created"


def test_a_release_that_removes_a_topic_file_needs_a_major_bump(tmp_path):
    build = with_empty_topic(make_build(tmp_path / "build", SEED_ROWS), "film")
    release("1.0.0", build, tmp_path / "data", D1)
    with pytest.raises(
        VersionBumpError,
        match=r"needs a MAJOR bump from 1.0.0 \(0 added, 0 removed, 0 changed; film.parquet removed\)",
    ):
        release_rows(tmp_path, "1.1.0", SEED_ROWS)
    assert release_rows(tmp_path, "2.0.0", SEED_ROWS).status == "created"


def test_schema_change_needs_a_major_bump(tmp_path, monkeypatch):
    monkeypatch.setattr("econstats.dataset.parquet_io.CONTRACT_VERSION", "0.9.0")
    release_rows(tmp_path, "1.0.0", SEED_ROWS)
    monkeypatch.undo()
    with pytest.raises(VersionBumpError, match=r"needs a MAJOR bump .*contract_version 0.9.0"):
        release_rows(tmp_path, "1.1.0", SEED_ROWS)
    assert release_rows(tmp_path, "2.0.0", SEED_ROWS).status == "created"


@pytest.mark.parametrize(
    "version", ["v1.0.0", "../x", "1.0", "1.0.0+build.1", "01.0.0", "1.0.0/..", "", "1.0.0\n"]
)
def test_bad_version_strings_are_refused(tmp_path, version):
    with pytest.raises(EconstatsError, match="is not MAJOR.MINOR.PATCH"):
        release_rows(tmp_path, version, SEED_ROWS)
    assert not (tmp_path / "data").exists()
    assert not (tmp_path / "x").exists()
