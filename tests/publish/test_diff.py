"""econstats diff and CHANGES.md: observations added, removed and changed (old -> new)."""

from __future__ import annotations

import json

import pytest
from test_release import (
    COMPANY_LEVEL,
    FIRST,
    FISCAL_DOC,
    FISCAL_LEVEL,
    RETAIL_LEVEL,
    SEED_ROWS,
    changed,
    make_build,
    release_rows,
    run_cli,
)

from econstats.publish.diff import diff_folders

# 1.0.0 = fiscal level, fiscal yoy, retail level; 2.0.0 (a removal: MAJOR) corrects the fiscal
# level's value and qualifier, drops the fiscal yoy row and adds Kling AI's revenue.
SECOND = [changed(FISCAL_LEVEL, value=1.8651e13, qualifier="exact"), RETAIL_LEVEL, COMPANY_LEVEL]
ADDED, REMOVED, CORRECTED = "69fe622ecde6581f", "023079f21fb1edd9", "a6c15668d715457d"
DOC = FISCAL_DOC

# issue 14: each changed observation says what changed in it (column: old -> new)
TABLE = f"""\
1.0.0 -> 2.0.0: 1 added, 1 removed, 1 changed
change   obs_id            indicator        period           what
added    {ADDED}  company.revenue  2025-Q2          level 250,000,000 CNY (Kling AI)
removed  {REMOVED}  fiscal.revenue   2025-01-01/P10M  yoy_pct 0.8 percent
changed  {CORRECTED}  fiscal.revenue   2025-01-01/P10M  \
value: 18,650,000,000,000 -> 18,651,000,000,000; qualifier: at_most -> exact
"""

CHANGES = f"""\
# Changes in econstats 2.0.0

Compared with 1.0.0: observations 1 added, 1 removed, 1 changed; \
files 1 added, 0 removed, 7 changed, 0 moved.

## Files

Files compared by the sha256 each release's manifest.json records for them.

Every Parquet file carries its release's version in its metadata, so its bytes change with \
every release; its rows change only as the observations say.

| file | change | rows before | rows now |
|---|---|---|---|
| CITATION.cff | changed |  |  |
| LICENSE | changed |  |  |
| README.md | changed |  |  |
| charts/topics.svg | changed |  |  |
| data/company.parquet | added |  | 1 |
| data/fiscal.parquet | changed | 2 | 1 |
| data/retail.parquet | changed | 1 | 1 |
| datapackage.json | changed |  |  |

## Added (1)

| obs_id | indicator | entity | period | measure | value | unit | doc_id |
|---|---|---|---|---|---|---|---|
| {ADDED} | company.revenue | Kling AI | 2025-Q2 | level | 250000000.0 | CNY | {DOC} |

## Removed (1)

| obs_id | indicator | entity | period | measure | value | unit | doc_id |
|---|---|---|---|---|---|---|---|
| {REMOVED} | fiscal.revenue |  | 2025-01-01/P10M | yoy_pct | 0.8 | percent | {DOC} |

## Changed values (2)

| obs_id | column | old | new |
|---|---|---|---|
| {CORRECTED} | value | 18650000000000.0 | 18651000000000.0 |
| {CORRECTED} | qualifier | at_most | exact |
"""


@pytest.fixture
def data(tmp_path):
    release_rows(tmp_path, "1.0.0", FIRST)
    release_rows(tmp_path, "2.0.0", SECOND)
    return tmp_path / "data"


def test_ids_are_those_of_the_fixture_rows():
    assert (COMPANY_LEVEL["obs_id"], FIRST[1]["obs_id"], FISCAL_LEVEL["obs_id"]) == (
        ADDED,
        REMOVED,
        CORRECTED,
    )


def test_diff_as_a_table(data):
    assert run_cli("diff", "1.0.0", "2.0.0", "--data", data) == (1, TABLE, "")


# issue 14: exit 1 when the two differ, 0 when identical, as diff(1) does, in either format
# (old, new, --format, exit status, first line of the output)
EXIT_STATUS = [
    ("1.0.0", "2.0.0", "table", 1, "1.0.0 -> 2.0.0: 1 added, 1 removed, 1 changed"),
    ("2.0.0", "1.0.0", "table", 1, "2.0.0 -> 1.0.0: 1 added, 1 removed, 1 changed"),
    ("2.0.0", "2.0.0", "table", 0, "2.0.0 -> 2.0.0: 0 added, 0 removed, 0 changed"),
    ("1.0.0", "1.0.0", "json", 0, "{"),
    ("1.0.0", "2.0.0", "json", 1, "{"),
]


@pytest.mark.parametrize(("old", "new", "form", "status", "first"), EXIT_STATUS)
def test_diff_exits_1_when_the_two_differ(data, old, new, form, status, first):
    code, out, err = run_cli("diff", old, new, "--data", data, "--format", form)
    assert (code, out.splitlines()[0], err) == (status, first, "")


def test_identical_releases_print_only_the_counts(data):
    title = "1.0.0 -> 1.0.0: 0 added, 0 removed, 0 changed\n"
    assert run_cli("diff", "1.0.0", "1.0.0", "--data", data) == (0, title, "")


def test_diff_as_json(data):
    code, out, err = run_cli("diff", "1.0.0", "2.0.0", "--data", data, "--format", "json")
    document = json.loads(out)
    assert (code, err) == (1, "")
    assert document["required_bump"] == "major"  # an observation removed: people cite it
    assert document["schema_changes"] == []
    assert [row["obs_id"] for row in document["added"]] == [ADDED]
    assert document["added"][0] == {
        "doc_id": "001_40eeacbf8687f7d6", "entity": "Kling AI", "indicator": "company.revenue",
        "measure": "level", "obs_id": ADDED, "period": "2025-Q2", "unit": "CNY", "value": 2.5e8,
    }  # fmt: skip
    assert [row["obs_id"] for row in document["removed"]] == [REMOVED]
    assert document["changed"] == [
        {"obs_id": CORRECTED, "column": "value", "old": 1.865e13, "new": 1.8651e13},
        {"obs_id": CORRECTED, "column": "qualifier", "old": "at_most", "new": "exact"},
    ]
    assert out.startswith('{\n  "added": [\n')


def test_changes_md_is_written_from_the_same_diff(data):
    assert (data / "releases" / "2.0.0" / "CHANGES.md").read_text() == CHANGES


def test_diff_of_a_release_and_a_build_folder(tmp_path, data):
    build = make_build(tmp_path / "next-build", SEED_ROWS)
    diff = diff_folders(data / "releases" / "2.0.0", build)
    assert diff.counts() == "1 added, 0 removed, 1 changed"
    assert diff.required_bump() == "minor"
    same = diff_folders(data / "releases" / "2.0.0", data / "releases" / "2.0.0")
    assert (same.counts(), same.required_bump()) == ("0 added, 0 removed, 0 changed", None)


def test_diff_of_an_unknown_version_fails(data):
    code, out, err = run_cli("diff", "1.0.0", "9.9.9", "--data", data)
    assert (code, out) == (2, "")
    releases = data / "releases"
    assert err == f"econstats: error: 9.9.9: neither a folder nor a release in {releases}\n"
