"""Every tool reads a release as one table, and frictionless reads its datapackage.json (issue 3).

Each test runs on a synthetic release and on the latest committed release, in either layout
(release_layout): the Parquet files of a release from 3.0.0 on are in its data/ folder, those of
an earlier one beside datapackage.json, manifest.json, CHANGES.md and CITATION.cff, where a bare
pandas.read_parquet(folder) stops at datapackage.json ("Parquet magic bytes not found"): pandas
gets the list of *.parquet files, pyarrow a dataset that skips non-Parquet files, and polars and
DuckDB a glob. test_release_one_line.py reads a release of 3.0.0's layout with its folder's path.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
from pathlib import Path

import duckdb
import frictionless
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds
import pytest
from test_release import DATE, REPO, SEED_ROWS, make_build

from econstats.dataset.arrow import observation_schema
from econstats.dataset.parquet_io import dataset_metadata, write_table
from econstats.publish.release import release
from econstats.publish.release_layout import parquet_files, parquet_folder, relative_name

RELEASES = REPO / "data" / "releases"
# the latest committed release: the one written with this contract (older ones keep theirs)
COMMITTED = RELEASES / json.loads((RELEASES / "index.json").read_text(encoding="utf-8"))["latest"]
# every library's name for each contract type
TYPE_NAMES = {
    "string": "string", "large_string": "string", "String": "string", "VARCHAR": "string",
    "double": "float64", "Float64": "float64", "DOUBLE": "float64",
    "int32": "int32", "Int32": "int32", "INTEGER": "int32",
    "int64": "int64", "Int64": "int64", "BIGINT": "int64",
    "date32[day]": "date", "Date": "date", "DATE": "date",
}  # fmt: skip


@pytest.fixture(scope="module", params=["synthetic", "committed latest"])
def release_dir(request, tmp_path_factory) -> Path:
    """A release folder: a synthetic one, or the latest committed release."""
    if request.param == "synthetic":
        tmp = tmp_path_factory.mktemp("readers")
        build = make_build(tmp / "build", SEED_ROWS)
        empty = pa.Table.from_pylist([], schema=observation_schema())
        write_table(empty, build / "trade.parquet", dataset_metadata("build"))  # a topic, no rows
        return release("1.0.0", build, tmp / "data", DATE).path
    if not COMMITTED.is_dir():
        pytest.skip("data/releases/1.0.0 is not committed yet (issue 3, item 9)")
    return COMMITTED


def plain(value: object) -> object:
    """One cell as a plain Python value: nulls (None, NaN, pd.NA) as None."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value


def read_pyarrow(folder: Path) -> tuple[list[str], list[str], list[tuple]]:
    source = parquet_folder(folder)
    table = ds.dataset(source, format="parquet", exclude_invalid_files=True).to_table()
    rows = [tuple(row.values()) for row in table.to_pylist()]
    return table.column_names, [str(field.type) for field in table.schema], rows


def read_pandas(folder: Path) -> tuple[list[str], list[str], list[tuple]]:
    frame = pd.read_parquet(parquet_files(folder), dtype_backend="pyarrow")
    types = [str(dtype.pyarrow_dtype) for dtype in frame.dtypes]
    rows = [tuple(row) for row in frame.itertuples(index=False, name=None)]
    return list(frame.columns), types, rows


def read_polars(folder: Path) -> tuple[list[str], list[str], list[tuple]]:
    frame = pl.read_parquet(str(parquet_folder(folder) / "*.parquet"))
    return frame.columns, [str(dtype) for dtype in frame.dtypes], frame.rows()


def read_duckdb(folder: Path) -> tuple[list[str], list[str], list[tuple]]:
    relation = duckdb.read_parquet(str(parquet_folder(folder) / "*.parquet"))
    return relation.columns, [str(kind) for kind in relation.types], relation.fetchall()


READERS = [read_pyarrow, read_pandas, read_polars, read_duckdb]


@pytest.mark.parametrize("reader", READERS, ids=lambda reader: reader.__name__)
def test_every_reader_sees_the_contract_table(release_dir, reader):
    names, types, rows = reader(release_dir)
    schema = observation_schema()
    assert names == schema.names
    assert [TYPE_NAMES[kind] for kind in types] == [TYPE_NAMES[str(f.type)] for f in schema]
    assert len(rows) == sum(entry.get("rows", 0) for entry in manifest(release_dir)["files"])


def test_all_four_readers_agree_on_every_value(release_dir):
    tables = {reader.__name__: reader(release_dir) for reader in READERS}
    canonical = {
        name: sorted(tuple(plain(cell) for cell in row) for row in rows)
        for name, (_, _, rows) in tables.items()
    }
    reference = canonical["read_pyarrow"]
    assert reference, "a release with no rows"
    assert isinstance(reference[0][observation_schema().names.index("period_start")], dt.date)
    for name, rows in canonical.items():
        assert rows == reference, name


def manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def test_frictionless_reads_every_resource_with_its_declared_rows(release_dir):
    package = frictionless.Package(str(release_dir / "datapackage.json"))
    assert [resource.path for resource in package.resources] == [
        relative_name(path, release_dir) for path in parquet_files(release_dir)
    ]
    for resource in package.resources:
        assert resource.format == "parquet"
        assert len(resource.read_rows()) == resource.rows
    report = package.validate()
    assert report.valid, report.flatten(["type", "note"])


def test_frictionless_notices_a_wrong_row_count(release_dir):
    descriptor = json.loads((release_dir / "datapackage.json").read_text(encoding="utf-8"))
    wrong = copy.deepcopy(descriptor)
    wrong["resources"][0]["rows"] += 1
    report = frictionless.Package(wrong, basepath=str(release_dir)).validate()
    assert report.flatten(["type"]) == [["row-count"]]
