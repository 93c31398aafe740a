"""Rows and reports -> pandas DataFrames, typed as the contract says.

A DataFrame of observations has the contract's columns in its order, whatever it came from (a
text, a build, a release): strings as strings (never categories), numbers as numbers, and the
date columns as datetime64 (pyarrow's date32 becomes datetime64[ms]; without this pandas makes
them columns of Python date objects).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd
import pyarrow as pa

from econstats.dataset.arrow import observation_schema

OFFSET_COLUMNS = ("char_start", "char_end", "kept_char_start")  # nullable integers (Int64)


def table_to_frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow table of observations as a DataFrame, dates as datetime64.

    >>> frame = table_to_frame(observation_schema().empty_table())
    >>> len(frame), str(frame["period_start"].dtype), str(frame["decimals"].dtype)
    (0, 'datetime64[ms]', 'int32')
    """
    return table.to_pandas(date_as_object=False, ignore_metadata=True)


def rows_frame(rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Contract rows (dicts, as econstats.dataset.rows makes them) as a DataFrame in contract order.

    >>> rows_frame([]).columns[:4].tolist()
    ['obs_id', 'series_key', 'topic', 'indicator']
    """
    return table_to_frame(pa.Table.from_pylist(list(rows), schema=observation_schema()))


def table_frame(records: Iterable[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    """Report records (rejections, unclaimed figures, repeats) as a DataFrame with ``columns``,
    in that order, also when there are none; offsets are integers that may be missing (Int64).

    >>> table_frame([], ("reason", "note")).columns.tolist()
    ['reason', 'note']
    >>> frame = table_frame([{"note": "n", "reason": "r", "char_start": 4, "extra": 1},
    ...                      {"note": "m", "reason": "q", "char_start": None}],
    ...                     ("reason", "note", "char_start"))
    >>> frame.values.tolist(), str(frame["char_start"].dtype)
    ([['r', 'n', 4], ['q', 'm', <NA>]], 'Int64')
    """
    frame = pd.DataFrame(
        [{name: record.get(name) for name in columns} for record in records], columns=list(columns)
    )
    offsets = [name for name in columns if name in OFFSET_COLUMNS]
    return frame.astype({name: "Int64" for name in offsets})
