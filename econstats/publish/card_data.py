"""What a data card reads: a staged release's observations, its datapackage.json and the labels.

Everything here is read from the release folder itself (and the package's own data files), so
the same folder always gives the same card.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from econstats.core.codelist import load_indicators
from econstats.core.errors import EconstatsError
from econstats.publish.release_layout import parquet_files, relative_name
from econstats.reader.lexicon import load_vocab

PACKAGE = files("econstats.publish")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Release:
    """A staged release as the card describes it."""

    folder: Path
    package: dict  # datapackage.json
    table: pd.DataFrame  # every observation, rows in file order
    topics: list[str]  # the Parquet files' names without .parquet, sorted
    data_files: str  # the glob of the Parquet files inside the folder: "data/*.parquet"

    @property
    def version(self) -> str:
        """The release version, as datapackage.json states it."""
        return str(self.package["version"])

    @property
    def date(self) -> str:
        """The release date (YYYY-MM-DD), from datapackage.json's "created"."""
        return str(self.package["created"])[:10]


def load_release(folder: Path) -> Release:
    """The observations and datapackage.json of a staged release folder (either layout)."""
    folder = Path(folder)
    package_path = folder / "datapackage.json"
    try:
        package = json.loads(package_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise EconstatsError(f"{package_path}: cannot read the data package: {err}") from err
    if not isinstance(package, dict) or not {"version", "created", "resources"} <= package.keys():
        raise EconstatsError(f"{package_path}: needs version, created and resources")
    paths = parquet_files(folder)
    if not paths:
        raise EconstatsError(f"{folder}: no Parquet files to describe")
    tables = [pq.read_table(path) for path in paths]
    table = pa.concat_tables(tables)
    inner = relative_name(paths[0].parent, folder) if paths[0].parent != folder else ""
    data_files = f"{inner}/*.parquet" if inner else "*.parquet"
    topics = [path.stem for path in paths]
    return Release(folder, package, table.to_pandas(), topics, data_files)


def table_fields(release: Release) -> list[dict]:
    """The Table Schema fields of the release's first resource (all resources share them)."""
    resources = release.package.get("resources") or []
    if not resources or "fields" not in (resources[0].get("schema") or {}):
        raise EconstatsError(f"{release.folder / 'datapackage.json'}: no Table Schema fields")
    return resources[0]["schema"]["fields"]


def read_csv(name: str, key: str) -> dict[str, dict[str, str]]:
    """A package data file (``econstats/<name>``) as rows keyed by column ``key``."""
    with PACKAGE.joinpath(name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows or key not in rows[0]:
        raise EconstatsError(f"{PACKAGE.joinpath(name)}: no column {key!r}")
    return {row[key]: row for row in rows}


def labels() -> dict[str, str]:
    """The card's chart titles, axis labels and legend texts (econstats/card.labels.csv)."""
    return {key: row["text"] for key, row in read_csv("card.labels.csv", "key").items()}


def field_units() -> dict[str, str]:
    """The unit of each column's values (econstats/card.field_units.csv); '' when none."""
    return {key: row["unit"] for key, row in read_csv("card.field_units.csv", "field").items()}


def indicator_labels() -> dict[str, str]:
    """Indicator code -> label, from the codelist the release copies (schema/indicators.csv)."""
    return {code: indicator.label for code, indicator in load_indicators().items()}


def economy_names() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> the first name vocab/countries.csv gives for it."""
    names: dict[str, str] = {}
    for row in load_vocab("countries", ("phrase", "iso2")):
        names.setdefault(row["iso2"], row["phrase"])
    return names


def text_language(text: str) -> str:
    """'zh' when a text holds more Chinese characters than Latin letters, else 'en'.

    >>> text_language("社会消费品零售总额增长3%"), text_language("Retail sales rose 3%")
    ('zh', 'en')
    """
    return "zh" if len(CJK.findall(text)) > len(LATIN.findall(text)) else "en"


def document_languages(table: pd.DataFrame, report: dict | None) -> dict[str, str]:
    """doc_id -> language code of every document with a row: the catalog's, when the build
    report records it for the document, else read from the document's quotes."""
    recorded = {
        item["doc_id"]: str(item["language"]).split("-")[0].lower()
        for item in (report or {}).get("documents", [])
        if isinstance(item, dict) and item.get("language") and "doc_id" in item
    }
    quotes = table.groupby("doc_id", sort=True)["quote"].agg(" ".join)
    return {doc: recorded.get(doc) or text_language(text) for doc, text in quotes.items()}
