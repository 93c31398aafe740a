"""manifest.json and datapackage.json: how a release describes itself.

Both are written from the build's report.json (read_report) and the staged Parquet files;
econstats.publish.verify checks them.
"""

from __future__ import annotations

import copy
import json
import platform
from importlib.metadata import version as package_version
from pathlib import Path

import pyarrow.parquet as pq

from econstats import CONTRACT_VERSION, __version__
from econstats.core.checksums import sha256_file
from econstats.core.errors import EconstatsError
from econstats.dataset import cite
from econstats.dataset.arrow import load_table_schema
from econstats.publish.release_layout import parquet_files, relative_name, release_files
from econstats.publish.revision import source_revision

MANIFEST = "manifest.json"
REPORT = "report.json"
DATAPACKAGE = "datapackage.json"
INDEX = "index.json"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"
LIBRARIES = ("pyarrow", "pandas", "pint")


def read_report(build_dir: Path, root: Path) -> dict:
    """The build's report.json, with "inputs" (doc_id, path, sha256 of every input document,
    and the catalog's title and url, which builds record and datapackage.json's sources show).

    A report that lists its documents under "documents" instead of "inputs" is accepted.
    Absolute paths under ``root`` (the repository) become relative, so that the release does
    not depend on where the repository was checked out.
    """
    path = Path(build_dir) / REPORT
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise EconstatsError(f"{path}: cannot read the build report: {err}") from err
    inputs = report.get("inputs", report.get("documents"))
    if not isinstance(inputs, list) or not all(
        isinstance(item, dict) and {"doc_id", "path", "sha256"} <= item.keys() for item in inputs
    ):
        raise EconstatsError(f"{path}: 'inputs' must list doc_id, path and sha256 of every input")
    inputs = [{**item, "path": repo_path(item["path"], root)} for item in inputs]
    catalog = dict(report.get("catalog") or {})
    if catalog.get("path"):
        catalog["path"] = repo_path(catalog["path"], root)
    return {**report, "inputs": inputs, "catalog": catalog}


def repo_path(path: str, root: Path) -> str:
    """``path`` relative to ``root`` when it lies inside it, in POSIX form.

    >>> repo_path("/work/repo/seeds/a.txt", Path("/work/repo"))
    'seeds/a.txt'
    >>> repo_path("/elsewhere/a.txt", Path("/work/repo")), repo_path("seeds/a.txt", Path("/x"))
    ('/elsewhere/a.txt', 'seeds/a.txt')
    """
    candidate = Path(path)
    if candidate.is_absolute() and candidate.is_relative_to(root):
        return candidate.relative_to(root).as_posix()
    return candidate.as_posix()


def write_json(path: Path, document: object) -> None:
    """Write JSON deterministically: sorted keys, two-space indent, UTF-8, final newline."""
    text = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    Path(path).write_text(text, encoding="utf-8")


def library_versions() -> dict[str, str]:
    """Versions of the libraries that write the release, and of Python."""
    versions = {name: package_version(name) for name in LIBRARIES}
    versions["python"] = platform.python_version()
    return versions


def parquet_rows(path: Path) -> int:
    """Row count from a Parquet footer."""
    return pq.ParquetFile(path).metadata.num_rows


def describe_file(path: Path, folder: Path) -> dict:
    """path (inside ``folder``), sha256 and bytes of a file, plus rows for a Parquet file."""
    size = path.stat().st_size
    entry = {"path": relative_name(path, folder), "sha256": sha256_file(path), "bytes": size}
    if path.suffix == ".parquet":
        entry["rows"] = parquet_rows(path)
    return entry


def resource_of(path: Path, folder: Path) -> dict:
    """The Data Package resource of one Parquet file of ``folder``, with the full Table Schema."""
    schema = copy.deepcopy(load_table_schema())
    return {
        "name": path.stem,
        "path": relative_name(path, folder),
        "profile": "tabular-data-resource",
        "type": "table",
        "format": "parquet",
        "mediatype": PARQUET_MEDIATYPE,
        "hash": f"sha256:{sha256_file(path)}",
        "rows": parquet_rows(path),
        "fields": len(schema["fields"]),
        "schema": schema,
    }


def build_datapackage(version: str, date: str, folder: Path, report: dict) -> dict:
    """The Frictionless Data Package of the Parquet files of release folder ``folder``.

    Resources carry hash, rows and fields, which frictionless checks; "bytes" is left to
    manifest.json because frictionless' Parquet reader does not count bytes and would report
    every resource as a byte-count error.
    """
    license_ = {"name": cite.DATA_LICENSE, "path": cite.DATA_LICENSE_URL}
    return {
        "profile": "tabular-data-package",
        "name": cite.DATASET_NAME,
        "title": cite.TITLE,
        "description": cite.ABSTRACT,
        "version": version,
        "created": f"{date}T00:00:00Z",
        "keywords": list(cite.KEYWORDS),
        "contributors": [{"title": cite.AUTHOR, "role": "author"}],
        "licenses": [{**license_, "title": cite.DATA_LICENSE_TITLE}],
        "sources": [source_of(item) for item in report.get("inputs", [])],
        "resources": [resource_of(path, folder) for path in parquet_files(folder)],
    }


def source_of(item: dict) -> dict:
    """A Data Package source for one input document: its catalog title and URL when the build
    report has them (builds record them from the catalog), else its doc_id and path.

    >>> source_of({"doc_id": "a", "path": "seeds/a.txt", "title": "GDP grows", "url": None})
    {'title': 'GDP grows', 'path': 'seeds/a.txt'}
    """
    return {"title": item.get("title") or item["doc_id"], "path": item.get("url") or item["path"]}


def build_manifest(version: str, folder: Path, report: dict) -> dict:
    """Checksums and rows of every file in ``folder`` and its subfolders (but the manifest),
    inputs and versions."""
    paths = [path for path in release_files(folder) if relative_name(path, folder) != MANIFEST]
    files = [describe_file(path, folder) for path in paths]
    inputs = [{key: item[key] for key in ("doc_id", "path", "sha256")} for item in report["inputs"]]
    return {
        "dataset": cite.DATASET_NAME,
        "version": version,
        "contract_version": CONTRACT_VERSION,
        "econstats_version": report.get("econstats_version", __version__),
        "released_with": __version__,
        "source_revision": source_revision(),
        "libraries": library_versions(),
        "files": files,
        "inputs": inputs,
        "catalog": {key: (report.get("catalog") or {}).get(key) for key in ("path", "sha256")},
        "exchange_rates": report.get("fx"),
    }
