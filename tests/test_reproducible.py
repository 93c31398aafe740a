"""Same inputs, same code -> same bytes; and the committed latest release is what the code
builds from seeds/ today (a test fails when the data drifts from its sources)."""

from __future__ import annotations

import json
from pathlib import Path

from econstats.build.run import build
from econstats.dataset.arrow import observation_schema
from econstats.dataset.parquet_io import read_table
from econstats.publish.release import release
from econstats.publish.release_layout import parquet_files

ROOT = Path(__file__).resolve().parent.parent
RELEASES = ROOT / "data" / "releases"


def parquet_bytes(folder: Path) -> dict[str, bytes]:
    """The Parquet files of a build or release folder (either layout) by name."""
    return {path.name: path.read_bytes() for path in parquet_files(folder)}


def test_two_builds_are_byte_identical(tmp_path, seeds_dir, seed_build):
    _, first = seed_build
    second = build(seeds_dir, tmp_path / "again" / "build")
    assert second["counts"] and parquet_bytes(first) == parquet_bytes(tmp_path / "again" / "build")


def test_latest_release_is_the_seed_build_of_this_code(tmp_path, seed_build):
    _, built = seed_build
    index = json.loads((RELEASES / "index.json").read_text(encoding="utf-8"))
    latest = next(r for r in index["releases"] if r["version"] == index["latest"])
    data = tmp_path / "data"
    result = release(latest["version"], built, data, date=latest["date"])
    fresh = parquet_bytes(result.path)
    committed = parquet_bytes(RELEASES / latest["version"])
    changed = sorted(
        name for name in fresh.keys() | committed.keys() if fresh.get(name) != committed.get(name)
    )
    assert not changed, (
        f"rebuild differs from committed release {latest['version']}: {changed}; make a new release"
    )


def test_committed_schema_is_derived_from_table_schema():
    """The latest release has this contract's schema (older ones keep theirs: 1.x has no
    subject and breakdown; each release's datapackage.json describes its own)."""
    index = json.loads((RELEASES / "index.json").read_text(encoding="utf-8"))
    paths = parquet_files(RELEASES / index["latest"])
    assert paths
    for path in paths:
        assert read_table(path).schema.equals(observation_schema(), check_metadata=False), path
