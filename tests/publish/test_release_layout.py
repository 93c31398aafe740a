"""Issue 14, point 1: from 3.0.0 on a release keeps its Parquet files in data/, so that one line
with that folder's path reads the whole release in every tool; moving them is a MAJOR bump.

The release is made in a tmp folder from the seeds build, after a copy of the committed
releases (the latest of which, 2.0.7, keeps the earlier layout), as the next seeds release is.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from pathlib import Path

import duckdb
import frictionless
import pandas as pd
import polars as pl
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from econstats.core.errors import VersionBumpError
from econstats.dataset.arrow import observation_schema
from econstats.publish.diff import Version
from econstats.publish.release import release
from econstats.publish.release_layout import DATA_DIR, is_flat, parquet_files
from econstats.publish.verify import verify_release

ROOT = Path(__file__).resolve().parents[1].parent
RELEASES = ROOT / "data" / "releases"
FLAT = "2.0.7"  # the latest release laid out before 3.0.0
NEXT = "3.0.0"


def before_next() -> list[str]:
    """The committed releases up to 2.0.7: those laid out before 3.0.0."""
    versions = [p.name for p in RELEASES.iterdir() if Version.is_version(p.name)]
    return sorted(v for v in versions if Version.parse(v) <= Version.parse(FLAT))


def published_copy(tmp: Path) -> Path:
    """A data folder holding a copy of the releases up to 2.0.7 (never the repository's own),
    without index.json, which may record a digest of a committed 3.0.0: the release writes it."""
    releases = tmp / "data" / "releases"
    for version in before_next():
        shutil.copytree(RELEASES / version, releases / version)
    return releases.parent


def flat_date() -> str:
    """The date of release 2.0.7: the next release may not be dated before it."""
    package = json.loads((RELEASES / FLAT / "datapackage.json").read_text(encoding="utf-8"))
    return package["created"][:10]


@pytest.fixture(scope="module")
def next_release(tmp_path_factory, seed_build) -> Path:
    """Release 3.0.0 of the seeds build, made after a copy of the committed releases."""
    _, build = seed_build
    data = published_copy(tmp_path_factory.mktemp("layout"))
    return release(NEXT, build, data, flat_date()).path


def total_rows(folder: Path) -> int:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return sum(entry.get("rows", 0) for entry in manifest["files"])


# (tool, the one line that reads the release's data/ folder: its columns and row count)
ONE_LINERS = [
    ("pandas", lambda d: pd.read_parquet(d)),
    ("pyarrow.parquet", lambda d: pq.read_table(d)),
    ("pyarrow.dataset", lambda d: ds.dataset(d).to_table()),
    ("polars", lambda d: pl.read_parquet(d)),
    ("duckdb", lambda d: duckdb.sql(f"SELECT * FROM read_parquet('{d}')").df()),
]


@pytest.mark.parametrize("read", [c[1] for c in ONE_LINERS], ids=[c[0] for c in ONE_LINERS])
def test_one_line_reads_every_row_in_every_tool(next_release, read):
    table = read(next_release / DATA_DIR)
    names = getattr(table, "column_names", None) or list(table.columns)  # pyarrow, else frames
    assert names == observation_schema().names
    assert len(table) == total_rows(next_release) > 0


def test_the_release_is_laid_out_in_data(next_release):
    top = {path.name for path in next_release.iterdir()}  # and the data card's files, if any
    assert {"CHANGES.md", "CITATION.cff", DATA_DIR, "datapackage.json", "manifest.json"} <= top
    assert not any(name.endswith(".parquet") for name in top)
    assert [path.parent.name for path in parquet_files(next_release)] == [DATA_DIR] * 8
    assert not is_flat(next_release) and is_flat(RELEASES / FLAT)
    assert verify_release(next_release) == []


@pytest.mark.parametrize("version", [p.name for p in sorted(RELEASES.iterdir()) if p.is_dir()])
def test_every_committed_release_keeps_its_layout_and_verifies(version):
    """Releases before 3.0.0 keep their files at the top; those of this contract (2.x on: 1.x
    lack two columns, which verify reports) verify as they are."""
    assert is_flat(RELEASES / version) == (Version.parse(version) < Version.parse(NEXT))
    if Version.parse(version) >= Version.parse("2.0.0"):
        assert verify_release(RELEASES / version) == []


def test_frictionless_validates_the_release(next_release):
    report = frictionless.validate(str(next_release / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])
    package = json.loads((next_release / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["path"] for r in package["resources"]] == [
        f"{DATA_DIR}/{p.name}" for p in parquet_files(next_release)
    ]


def test_sources_carry_their_catalog_titles_and_urls(next_release):
    with (ROOT / "seeds" / "catalog.csv").open(encoding="utf-8", newline="") as handle:
        catalog = list(csv.DictReader(handle))
    package = json.loads((next_release / "datapackage.json").read_text(encoding="utf-8"))
    sources = package["sources"]
    assert [source["title"] for source in sources] == [row["title"] for row in catalog]
    for source, row in zip(sources, catalog, strict=True):
        # the document's URL where the catalog has one, else its path (here outside the repo)
        assert source["path"].endswith(row["url"] or f"seeds/{row['doc_id']}.txt"), source
    assert sources[3]["path"] == "https://en.imsilkroad.com/p/343069.html"


def test_changes_say_the_layout_changed_and_which_files_moved(next_release):
    changes = (next_release / "CHANGES.md").read_text(encoding="utf-8")
    assert f"Compared with {FLAT}: observations " in changes
    assert re.search(r"files \d+ added, 0 removed, 10 changed, 8 moved\.", changes), changes
    assert "Layout: the Parquet files moved from the release's top folder to data/" in changes
    assert "| data/fiscal.parquet | moved from fiscal.parquet, changed | 19 | 19 |" in changes


# (version after 2.0.7 for the seeds build in the new layout, the refusal or None)
NEXT_VERSIONS = [
    ("2.0.8", "2.0.7 -> 2.0.8 is a PATCH bump, but the data needs a MAJOR bump"),
    ("2.1.0", "2.0.7 -> 2.1.0 is a MINOR bump, but the data needs a MAJOR bump"),
    ("4.0.0", "2.0.7 -> 4.0.0 skips a version"),
]


@pytest.mark.parametrize("version, refusal", NEXT_VERSIONS)
def test_moving_the_topic_files_needs_a_major_bump(tmp_path, seed_build, version, refusal):
    data = published_copy(tmp_path)
    with pytest.raises(VersionBumpError, match=refusal.replace(".", r"\.")) as error:
        release(version, seed_build[1], data, flat_date())
    assert "MAJOR" not in refusal or "layout: topic files moved to data/" in str(error.value)
    assert sorted(p.name for p in (data / "releases").iterdir()) == before_next()


def test_same_rows_same_layout_is_nothing_to_release(next_release, seed_build):
    data = next_release.parent.parent
    with pytest.raises(VersionBumpError, match="3.0.1 has the same content as 3.0.0"):
        release("3.0.1", seed_build[1], data, flat_date())


def test_r_reads_the_release_in_one_line(next_release):
    """R, where Debian packages allow: Debian 12 has r-base-core but no Parquet reader for R
    (no r-cran-arrow, r-cran-nanoparquet or r-cran-duckdb), so this runs only where one is."""
    if shutil.which("Rscript") is None:
        pytest.skip("no Rscript (Debian: apt-get install r-base-core)")
    script = (
        'd <- commandArgs(TRUE)[1]; if (requireNamespace("arrow", quietly = TRUE)) '
        "x <- as.data.frame(arrow::open_dataset(d)) else if (requireNamespace('duckdb', "
        "quietly = TRUE)) x <- DBI::dbGetQuery(DBI::dbConnect(duckdb::duckdb()), "
        "sprintf(\"SELECT * FROM read_parquet('%s')\", d)) else quit(status = 3); "
        "cat(nrow(x), ncol(x))"
    )
    done = subprocess.run(
        ["Rscript", "-e", script, str(next_release / DATA_DIR)], capture_output=True, text=True
    )
    if done.returncode == 3:
        pytest.skip("R has neither arrow nor duckdb (Debian 12 packages neither)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(total_rows(next_release)), str(len(observation_schema()))]
