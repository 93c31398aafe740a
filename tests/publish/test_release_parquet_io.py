"""parquet_io.write_table: the one writer of the dataset's Parquet files (issue 3, items 4, 5)."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from test_release import SEED_ROWS, release_rows

from econstats import CONTRACT_VERSION
from econstats.core.errors import EconstatsError
from econstats.dataset.arrow import observation_schema
from econstats.dataset.cite import citation_text
from econstats.dataset.parquet_io import (
    ROW_GROUP_SIZE,
    SORT_KEYS,
    dataset_metadata,
    file_metadata,
    read_table,
    write_table,
)

WIDE_DECIMALS = observation_schema().set(
    observation_schema().get_field_index("decimals"), pa.field("decimals", pa.int64(), False)
)


def table_of(rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=observation_schema())


def test_same_rows_give_the_same_bytes_whatever_their_order_or_chunks(tmp_path):
    one, two, three = tmp_path / "1.parquet", tmp_path / "2.parquet", tmp_path / "3.parquet"
    write_table(table_of(SEED_ROWS), one, dataset_metadata("build"))
    write_table(table_of(list(reversed(SEED_ROWS))), two, dataset_metadata("build"))
    chunked = pa.concat_tables([table_of(SEED_ROWS[:1]), table_of(SEED_ROWS[1:])])
    write_table(chunked.replace_schema_metadata({"pandas": "{}"}), three, dataset_metadata("build"))
    assert one.read_bytes() == two.read_bytes() == three.read_bytes()


def test_rows_are_sorted_by_the_contract_keys(tmp_path):
    path = tmp_path / "x.parquet"
    write_table(table_of(list(reversed(SEED_ROWS))), path, dataset_metadata("build"))
    keys = read_table(path).select(list(SORT_KEYS)).to_pylist()
    assert keys == sorted(keys, key=lambda row: tuple(row.values()))
    assert [row["indicator"] for row in keys] == [
        "company.revenue", "fiscal.revenue", "fiscal.revenue", "retail.sales",
    ]  # fmt: skip


def test_a_release_file_describes_itself(tmp_path):
    path = release_rows(tmp_path, "1.0.0", SEED_ROWS).path / "data" / "fiscal.parquet"
    assert file_metadata(path) == {
        "citation": citation_text("1.0.0"),
        "contract_version": CONTRACT_VERSION,
        "dataset": "econstats",
        "license": "CC-BY-4.0",
        "version": "1.0.0",
    }
    schema = pq.read_schema(path)
    assert schema.equals(observation_schema(), check_metadata=False)
    for field in observation_schema():
        assert schema.field(field.name).metadata == field.metadata
        assert schema.field(field.name).metadata[b"description"]
    parquet = pq.ParquetFile(path).metadata
    assert parquet.created_by.startswith(f"parquet-cpp-arrow version {pa.__version__}")
    columns = [parquet.row_group(0).column(i) for i in range(parquet.num_columns)]
    assert {column.compression for column in columns} == {"ZSTD"}
    assert all(column.statistics is not None for column in columns)
    assert parquet.num_rows == 2 < ROW_GROUP_SIZE


@pytest.mark.parametrize(
    "table, metadata, message",
    [
        (table_of(SEED_ROWS).drop_columns(["quote"]), dataset_metadata("build"),
         "not the observations schema: missing column quote"),
        (table_of(SEED_ROWS).cast(WIDE_DECIMALS),
         dataset_metadata("build"), "column decimals: int64 nullable=False, expected int32"),
        (table_of(SEED_ROWS), {"dataset": "econstats"},
         "Parquet metadata lacks version, contract_version, license, citation"),
    ],
    ids=["missing column", "wrong type", "missing metadata"],
)  # fmt: skip
def test_write_table_refuses_what_is_not_a_contract_file(tmp_path, table, metadata, message):
    with pytest.raises(EconstatsError, match=message):
        write_table(table, tmp_path / "bad.parquet", metadata)
    assert not (tmp_path / "bad.parquet").exists()


def test_read_table_names_an_unreadable_file(tmp_path):
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    with pytest.raises(EconstatsError, match="broken.parquet: cannot read Parquet"):
        read_table(tmp_path / "broken.parquet")
