"""The one place that writes and reads the dataset's Parquet files, byte for byte reproducibly.

Every file has exactly ``observation_schema()``, rows sorted by SORT_KEYS, zstd compression at
a fixed level, a fixed row group size and dictionary setting, and key-value metadata naming the
dataset, its version, the contract version, the licence and how to cite it. Nothing in a file
depends on the clock, so the same table and metadata give the same bytes with the same pyarrow.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from econstats import CONTRACT_VERSION
from econstats.core.errors import EconstatsError
from econstats.dataset.arrow import observation_schema
from econstats.dataset.cite import DATA_LICENSE, DATASET_NAME, citation_text

SORT_KEYS = ("topic", "indicator", "period_start", "doc_id", "char_start")
TIE_BREAK = "obs_id"
COMPRESSION = "zstd"
COMPRESSION_LEVEL = 9
# rows per Parquet row group: the streaming merge holds one group (a few copies of it), so this
# bounds the build's memory at the end whatever the corpus size (issue 7); readers scan groups
ROW_GROUP_SIZE = 10_000
PARQUET_FORMAT_VERSION = "2.6"
REQUIRED_METADATA = ("dataset", "version", "contract_version", "license", "citation")


def dataset_metadata(version: str) -> dict[str, str]:
    """The key-value metadata of every Parquet file; ``version`` is "build" for a build.

    >>> sorted(dataset_metadata("build"))
    ['citation', 'contract_version', 'dataset', 'license', 'version']
    """
    return {
        "dataset": DATASET_NAME,
        "version": version,
        "contract_version": CONTRACT_VERSION,
        "license": DATA_LICENSE,
        "citation": citation_text(version),
    }


def schema_problems(schema: pa.Schema, expected: pa.Schema | None = None) -> list[str]:
    """How ``schema`` differs from ``expected`` (by default observation_schema()), ignoring
    metadata; empty if equal.

    >>> schema_problems(observation_schema())
    []
    >>> schema_problems(observation_schema().remove(0))
    ['missing column obs_id']
    """
    expected = observation_schema() if expected is None else expected
    if schema.equals(expected, check_metadata=False):
        return []
    problems = []
    for field in expected:
        index = schema.get_field_index(field.name)
        if index < 0:
            problems.append(f"missing column {field.name}")
            continue
        found = schema.field(index)
        if found.type != field.type or found.nullable != field.nullable:
            problems.append(
                f"column {field.name}: {found.type} nullable={found.nullable}, "
                f"expected {field.type} nullable={field.nullable}"
            )
    problems += [f"unexpected column {name}" for name in schema.names if name not in expected.names]
    if not problems:
        problems.append("columns out of contract order")
    return problems


def sort_rows(table: pa.Table) -> pa.Table:
    """Rows in contract order (SORT_KEYS), ties broken by obs_id so the order is total."""
    keys = [(name, "ascending") for name in (*SORT_KEYS, TIE_BREAK)]
    return table.take(pc.sort_indices(table, sort_keys=keys))


def write_table(table: pa.Table, path: Path, metadata: dict[str, str]) -> None:
    """Write ``table`` to ``path`` as a contract Parquet file carrying ``metadata``.

    ``metadata`` must hold REQUIRED_METADATA (use dataset_metadata(version)); it replaces any
    schema metadata the table had (pandas' included). Field descriptions come from
    observation_schema(). Raises EconstatsError naming ``path`` if the table's columns are not
    the contract's.
    """
    path = Path(path)
    missing = [key for key in REQUIRED_METADATA if key not in metadata]
    if missing:
        raise EconstatsError(f"{path}: Parquet metadata lacks {', '.join(missing)}")
    problems = schema_problems(table.schema)
    if problems:
        raise EconstatsError(f"{path}: not the observations schema: {'; '.join(problems)}")
    schema = observation_schema(dict(sorted(metadata.items())))
    table = pa.Table.from_arrays(sort_rows(table).combine_chunks().columns, schema=schema)
    pq.write_table(
        table,
        path,
        row_group_size=ROW_GROUP_SIZE,
        compression=COMPRESSION,
        compression_level=COMPRESSION_LEVEL,
        use_dictionary=True,
        write_statistics=True,
        store_schema=True,
        version=PARQUET_FORMAT_VERSION,
        data_page_version="1.0",
        write_page_index=False,
    )


def read_table(path: Path) -> pa.Table:
    """Read one Parquet file written by write_table (schema and metadata included)."""
    try:
        return pq.read_table(Path(path))
    except (OSError, pa.ArrowInvalid) as err:
        raise EconstatsError(f"{path}: cannot read Parquet: {err}") from err


def file_metadata(path: Path) -> dict[str, str]:
    """The dataset key-value metadata stored in a Parquet file (without pyarrow's own keys)."""
    raw = pq.read_schema(Path(path)).metadata or {}
    return {key.decode(): value.decode() for key, value in raw.items() if key != b"ARROW:schema"}
