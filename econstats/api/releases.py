"""econstats.load and econstats.indicators: a release and the codelist as pandas DataFrames.

A release is found by its version in data/releases/index.json ("latest": the newest final
release listed there, never a release candidate); its Parquet files are read in either layout
(econstats.publish.release_layout) and returned as one table, typed as econstats.api.frames says.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from econstats.core.errors import EconstatsError
from econstats.dataset.cite import read_index
from econstats.publish.release_layout import parquet_files

if TYPE_CHECKING:  # imported when a function is called: `import econstats` stays cheap
    import pandas as pd
    import pyarrow as pa

LATEST = "latest"
EXAMPLE_DATA = Path(__file__).resolve().parents[2] / "data"  # a checkout's data/: doctests


def load(version: str | os.PathLike = LATEST, data: str | os.PathLike = "data") -> pd.DataFrame:
    """A release as one DataFrame: every observation, with the contract's columns and types.

    ``version``: "latest" (the newest final release in ``data``/releases/index.json), a version
    listed there ("2.0.7"), or the path of a release or build folder (a pathlib.Path, or a
    string that is no version). Dates are datetime64, strings stay strings.

    >>> import econstats
    >>> frame = econstats.load("2.0.7", data=EXAMPLE_DATA)
    >>> len(frame), frame.columns[:3].tolist(), str(frame["period_end"].dtype)
    (35, ['obs_id', 'series_key', 'topic'], 'datetime64[ms]')
    >>> econstats.load("2.0.99", data=EXAMPLE_DATA)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    econstats.core.errors.EconstatsError: .../index.json: no release '2.0.99' (releases: 1.0.0, ..., 2.0.7...)
    """
    from econstats.api.frames import table_to_frame

    folder = release_folder(version, Path(data))
    return table_to_frame(read_folder(folder))


def release_folder(version: str | os.PathLike, data: Path) -> Path:
    """The folder of ``version``: a listed release, "latest", or a folder given by its path."""
    from econstats.publish.diff import Version

    if isinstance(version, os.PathLike) or (
        isinstance(version, str)
        and version != LATEST
        and not Version.is_version(version)
        and Path(version).is_dir()
    ):
        return Path(version)
    if not isinstance(version, str):
        raise TypeError(f"version must be a str or a path, not {type(version).__name__}")
    releases = data / "releases"
    listed = listed_versions(releases)
    known = ", ".join(listed) or "none"
    wanted = latest_final(listed, releases) if version == LATEST else version
    if wanted not in listed:
        raise EconstatsError(
            f"{releases / 'index.json'}: no release {wanted!r} (releases: {known})"
        )
    folder = releases / wanted
    if not folder.is_dir():
        raise EconstatsError(f"{folder}: release {wanted} is listed in index.json but missing")
    return folder


def listed_versions(releases: Path) -> list[str]:
    """The versions data/releases/index.json lists, oldest first; EconstatsError naming the
    file when it is missing or malformed."""
    from econstats.publish.diff import Version

    index = read_index(releases)
    entries = index.get("releases") if isinstance(index, dict) else None
    if not isinstance(entries, list) or not all(
        isinstance(entry, dict) and Version.is_version(str(entry.get("version")))
        for entry in entries
    ):
        raise EconstatsError(f"{releases / 'index.json'}: malformed release index")
    versions = [str(entry["version"]) for entry in entries]
    return sorted(versions, key=Version.parse)


def latest_final(versions: list[str], releases: Path) -> str:
    """The newest final release among ``versions`` (release candidates X.Y.Z-rc.N left out).

    >>> latest_final(["1.0.0", "1.1.0-rc.1", "1.0.1"], Path("data/releases"))
    '1.0.1'
    """
    from econstats.publish.diff import Version

    finals = [text for text in versions if not Version.parse(text).prerelease]
    if not finals:
        listed = ", ".join(versions) or "none"
        raise EconstatsError(f"{releases / 'index.json'}: no final release (releases: {listed})")
    return max(finals, key=Version.parse)


def read_folder(folder: Path) -> pa.Table:
    """The Parquet files of a release or build folder as one Arrow table, in file-name order."""
    import pyarrow as pa

    from econstats.dataset.parquet_io import read_table

    files = parquet_files(folder)
    if not files:
        raise EconstatsError(f"{folder}: no Parquet files (neither a release nor a build)")
    tables = [read_table(path) for path in files]
    try:
        return pa.concat_tables(tables)
    except pa.ArrowInvalid as err:
        raise EconstatsError(f"{folder}: its Parquet files differ in schema: {err}") from err


def indicators() -> pd.DataFrame:
    """The indicator codelist (schema/indicators.csv) with labels, one row per code.

    >>> import econstats
    >>> codes = econstats.indicators()
    >>> codes.columns.tolist()
    ['code', 'label', 'unit_kind', 'description', 'plausible_min', 'plausible_max', 'part_of']
    >>> codes.set_index("code").loc["fiscal.revenue.tax", ["label", "unit_kind"]].tolist()
    ['Tax revenue', 'money']
    """
    from dataclasses import asdict

    import pandas as pd

    from econstats.core.codelist import load_indicators

    return pd.DataFrame([asdict(item) for item in load_indicators().values()])
