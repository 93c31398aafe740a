"""manifest.json and datapackage.json: how a release describes itself, and how that is checked.

Both are written from the build's report.json (read_report) and the staged Parquet files.

verify_release() recomputes every checksum and row count against both descriptors and checks
every Parquet file against observation_schema(), collecting every problem (frictionless style)
instead of stopping at the first one.
"""

from __future__ import annotations

import copy
import json
import platform
from importlib.metadata import version as package_version
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from econstats import CONTRACT_VERSION, __version__, cite
from econstats.arrow import load_table_schema
from econstats.errors import EconstatsError
from econstats.parquet_io import SORT_KEYS, file_metadata, schema_problems, sha256_file

MANIFEST = "manifest.json"
REPORT = "report.json"
DATAPACKAGE = "datapackage.json"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"
LIBRARIES = ("pyarrow", "pandas", "pint")


def read_report(build_dir: Path, root: Path) -> dict:
    """The build's report.json, with "inputs" (doc_id, path, sha256 of every input document).

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


def describe_file(path: Path) -> dict:
    """path, sha256 and bytes of a file, plus rows for a Parquet file."""
    entry = {"path": path.name, "sha256": sha256_file(path), "bytes": path.stat().st_size}
    if path.suffix == ".parquet":
        entry["rows"] = parquet_rows(path)
    return entry


def resource_of(path: Path) -> dict:
    """The Data Package resource of one Parquet file, with the full Table Schema."""
    schema = copy.deepcopy(load_table_schema())
    return {
        "name": path.stem,
        "path": path.name,
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
    """The Frictionless Data Package of the Parquet files in ``folder``.

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
        "resources": [resource_of(path) for path in sorted(folder.glob("*.parquet"))],
    }


def source_of(item: dict) -> dict:
    """A Data Package source for one input document of the build report."""
    source = {"title": item.get("title") or item["doc_id"], "path": item.get("url") or item["path"]}
    return source


def build_manifest(version: str, folder: Path, report: dict) -> dict:
    """Checksums and rows of every file in ``folder`` (but the manifest), inputs and versions."""
    files = [describe_file(path) for path in sorted(folder.iterdir()) if path.name != MANIFEST]
    inputs = [{key: item[key] for key in ("doc_id", "path", "sha256")} for item in report["inputs"]]
    return {
        "dataset": cite.DATASET_NAME,
        "version": version,
        "contract_version": CONTRACT_VERSION,
        "econstats_version": report.get("econstats_version", __version__),
        "released_with": __version__,
        "libraries": library_versions(),
        "files": files,
        "inputs": inputs,
        "catalog": {key: (report.get("catalog") or {}).get(key) for key in ("path", "sha256")},
        "exchange_rates": report.get("fx"),
    }


def load_json(path: Path, problems: list[str]) -> dict | None:
    """A JSON document, or None with the problem appended."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        problems.append(f"{path.name}: cannot read: {err}")
        return None


def check_file(folder: Path, entry: dict, version: str, problems: list[str]) -> None:
    """Checksum, size and rows of one manifest entry."""
    if not {"path", "sha256", "bytes"} <= entry.keys() or "/" in str(entry["path"]):
        problems.append(f"{MANIFEST}: malformed file entry {entry!r}")
        return
    path = folder / entry["path"]
    if not path.is_file():
        problems.append(f"{entry['path']}: listed in {MANIFEST} but missing")
        return
    if sha256_file(path) != entry["sha256"]:
        problems.append(f"{entry['path']}: sha256 differs from {MANIFEST}")
    if path.stat().st_size != entry["bytes"]:
        problems.append(
            f"{entry['path']}: {path.stat().st_size} bytes, {MANIFEST} says {entry['bytes']}"
        )
    if path.suffix == ".parquet":
        found = check_parquet(path, entry.get("rows"), version)
        problems += [f"{entry['path']}: {problem}" for problem in found]


def check_parquet(path: Path, rows: int | None, version: str) -> list[str]:
    """Schema, row count, metadata and row order of one Parquet file."""
    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowException) as err:
        return [f"cannot read Parquet: {str(err).strip()}"]
    problems = [f"schema: {problem}" for problem in schema_problems(table.schema)]
    if table.num_rows != rows:
        problems.append(f"{table.num_rows} rows, expected {rows}")
    if problems:
        return problems
    metadata = file_metadata(path)
    if metadata.get("version") != version:
        problems.append(f"version {metadata.get('version')!r} in metadata, expected {version!r}")
    keys = [tuple(row[key] for key in SORT_KEYS) for row in table.select(SORT_KEYS).to_pylist()]
    if keys != sorted(keys):
        problems.append(f"rows not sorted by {', '.join(SORT_KEYS)}")
    return problems


def check_datapackage(folder: Path, manifest: dict, package: dict) -> list[str]:
    """Every resource of datapackage.json agrees with the manifest and the table schema."""
    problems = []
    listed = {entry["path"]: entry for entry in manifest.get("files", [])}
    for resource in package.get("resources", []):
        entry = listed.get(resource.get("path"))
        if entry is None:
            problems.append(f"{resource.get('path')}: in {DATAPACKAGE} but not in {MANIFEST}")
            continue
        if resource.get("hash") != f"sha256:{entry['sha256']}":
            problems.append(f"{entry['path']}: hash in {DATAPACKAGE} differs from {MANIFEST}")
        if resource.get("rows") != entry.get("rows"):
            problems.append(f"{entry['path']}: rows in {DATAPACKAGE} differ from {MANIFEST}")
        if resource.get("schema") != load_table_schema():
            problems.append(f"{entry['path']}: schema in {DATAPACKAGE} is not the table schema")
    described = {resource.get("path") for resource in package.get("resources", [])}
    for path in sorted(folder.glob("*.parquet")):
        if path.name not in described:
            problems.append(f"{path.name}: not described in {DATAPACKAGE}")
    if package.get("version") != manifest.get("version"):
        problems.append(f"{DATAPACKAGE}: version differs from {MANIFEST}")
    return problems


def verify_release(folder: Path) -> list[str]:
    """Every problem found in a release folder, each naming its file; empty when all is well."""
    folder = Path(folder)
    problems: list[str] = []
    manifest = load_json(folder / MANIFEST, problems)
    package = load_json(folder / DATAPACKAGE, problems)
    if manifest is None:
        return problems
    listed = {entry["path"] for entry in manifest.get("files", [])}
    for path in sorted(folder.iterdir()):
        if path.name != MANIFEST and path.name not in listed:
            problems.append(f"{path.name}: not listed in {MANIFEST}")
    for entry in manifest.get("files", []):
        check_file(folder, entry, str(manifest.get("version")), problems)
    if package is not None:
        problems += check_datapackage(folder, manifest, package)
    return problems
