"""The version rule of issue 3 against the latest earlier release, and version strings."""

from __future__ import annotations

import pytest
from test_release import COMPANY_LEVEL, FIRST, FISCAL_LEVEL, SEED_ROWS, changed, release_rows

from econstats.errors import EconstatsError, VersionBumpError
from econstats.verify import verify_release

CORRECTED = [changed(FISCAL_LEVEL, value=1.8651e13), *SEED_ROWS[1:]]
# (id, rows of release 1.0.0, rows of the next release, its version, error text or None)
VERSION_RULE = [
    ("value corrected, patch", SEED_ROWS, CORRECTED, "1.0.1", None),
    ("value corrected, a minor bump is more than enough", SEED_ROWS, CORRECTED, "1.1.0", None),
    ("attribute corrected, patch", SEED_ROWS,
     [changed(COMPANY_LEVEL, qualifier="exact"), *SEED_ROWS[:3]], "1.0.1", None),
    ("nothing changed, patch", SEED_ROWS, SEED_ROWS, "1.0.1", None),
    ("observation added, minor", FIRST, SEED_ROWS, "1.1.0", None),
    ("observation added, major", FIRST, SEED_ROWS, "2.0.0", None),
    ("observation added, minor pre-release", FIRST, SEED_ROWS, "1.1.0-rc.1", None),
    ("observation added, patch refused", FIRST, SEED_ROWS, "1.0.1",
     "1.0.0 -> 1.0.1 is a PATCH bump, but the data needs a MINOR bump from 1.0.0 "
     "(1 added, 0 removed, 0 changed)"),
    ("observation removed, patch refused", SEED_ROWS, FIRST, "1.0.1",
     "needs a MINOR bump from 1.0.0 (0 added, 1 removed, 0 changed)"),
]  # fmt: skip


@pytest.mark.parametrize(
    "first, rows, version, error",
    [case[1:] for case in VERSION_RULE],
    ids=[c[0] for c in VERSION_RULE],
)
def test_version_rule(tmp_path, first, rows, version, error):
    release_rows(tmp_path, "1.0.0", first)
    if error is None:
        assert release_rows(tmp_path, version, rows).status == "created"
        assert verify_release(tmp_path / "data" / "releases" / version) == []
    else:
        with pytest.raises(VersionBumpError) as raised:
            release_rows(tmp_path, version, rows)
        assert error in str(raised.value)
        assert raised.value.exit_code == 3
        assert not (tmp_path / "data" / "releases" / version).exists()


def test_schema_change_needs_a_major_bump(tmp_path, monkeypatch):
    monkeypatch.setattr("econstats.parquet_io.CONTRACT_VERSION", "0.9.0")
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
