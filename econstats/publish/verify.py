"""Check a release: manifest.json against its digest, then every file against the descriptors.

verify_release() first checks manifest.json against its digest (its sha256, recorded outside
the release in data/releases/index.json, or given), so that nothing in the release can be
changed together with its checksums; then recomputes every checksum and row count against both
descriptors and checks every Parquet file against the schema of the contract the release was
published under (release_contract: today's observation_schema(), or for a release of an older
contract the Table Schema its own datapackage.json states), collecting every problem
(frictionless style) instead of stopping at the first one. The manifest covers every file of the
release, in data/ and any other subfolder: a file it does not list is a problem, as is a listed
file that is missing. Damaged descriptors or files are problems to report, never exceptions.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from econstats import CONTRACT_VERSION
from econstats.core.checksums import sha256_file
from econstats.core.errors import EconstatsError
from econstats.dataset.arrow import arrow_schema, load_table_schema, observation_schema
from econstats.dataset.parquet_io import SORT_KEYS, file_metadata, schema_problems
from econstats.publish.descriptors import DATAPACKAGE, INDEX, MANIFEST
from econstats.publish.diff import Version
from econstats.publish.release_layout import relative_name, release_files

SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def load_json(path: Path, problems: list[str]) -> dict | None:
    """A JSON object, or None with the problem appended."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        problems.append(f"{path.name}: cannot read: {err}")
        return None
    if not isinstance(document, dict):
        problems.append(f"{path.name}: not a JSON object")
        return None
    return document


def recorded_digest(folder: Path) -> tuple[str | None, str]:
    """(manifest digest recorded in the index.json beside ``folder``, or None; why not)."""
    index_path = folder.parent / INDEX
    try:
        index = json.loads(index_path.read_text(encoding="utf-8"))
        entries = index["releases"]
        found = [entry for entry in entries if entry["version"] == folder.name]
    except (OSError, ValueError, KeyError, TypeError) as err:
        return None, f"cannot read {index_path}: {err!r}"
    if not found or not isinstance(found[0].get("manifest_sha256"), str):
        return None, f"{index_path} records no digest of release {folder.name}"
    return found[0]["manifest_sha256"], str(index_path)


def check_digest(folder: Path, digest: str | None) -> list[str]:
    """The manifest's sha256 against ``digest`` (default: the one index.json records)."""
    source = "--digest"
    if digest is None:
        digest, source = recorded_digest(folder)
        if digest is None:
            return [
                f"{MANIFEST}: no digest to check it against: {source} "
                "(give the digest a citation states with --digest)"
            ]
    expected = digest.removeprefix("sha256:").lower()
    try:
        actual = hashlib.sha256((folder / MANIFEST).read_bytes()).hexdigest()
    except OSError as err:
        return [f"{MANIFEST}: cannot read: {err}"]
    if actual != expected:
        return [
            f"{MANIFEST}: sha256 differs from the digest of release {folder.name} in {source} "
            f"({actual}, expected {expected})"
        ]
    return []


def file_entries(manifest: dict, problems: list[str]) -> list[dict]:
    """The well-formed entries of the manifest's "files"; a problem for every other one."""
    files = manifest.get("files")
    if not isinstance(files, list):
        problems.append(f"{MANIFEST}: 'files' is not a list")
        return []
    entries = []
    for entry in files:
        if entry_is_well_formed(entry):
            entries.append(entry)
        else:
            problems.append(f"{MANIFEST}: malformed file entry {entry!r}")
    return entries


def entry_is_well_formed(entry: object) -> bool:
    """A file entry: path (a relative POSIX path inside the release), sha256 (hex), bytes, and
    rows for a Parquet file."""
    if not isinstance(entry, dict) or not {"path", "sha256", "bytes"} <= entry.keys():
        return False
    path, rows = entry["path"], entry.get("rows")
    return (
        is_inner_path(path)
        and path != MANIFEST
        and isinstance(entry["sha256"], str)
        and SHA256_HEX.fullmatch(entry["sha256"]) is not None
        and type(entry["bytes"]) is int
        and (not path.endswith(".parquet") or type(rows) is int)
    )


def is_inner_path(path: object) -> bool:
    """Whether ``path`` names a file inside a release: relative, POSIX, no '.' or '..'.

    >>> [is_inner_path(p) for p in ("CHANGES.md", "data/fiscal.parquet", "../x", "/x", "a//b")]
    [True, True, False, False, False]
    """
    if not isinstance(path, str) or "\\" in path:
        return False
    return all(part not in ("", ".", "..") for part in path.split("/"))


@dataclass(frozen=True)
class Contract:
    """The table schema a release must hold: as a Table Schema and as an Arrow schema."""

    table_schema: dict
    arrow: pa.Schema


def release_contract(manifest: dict, package: dict | None, problems: list[str]) -> Contract:
    """The schema of the contract a release was published under: today's for a release of the
    current contract (or one that names none), else the Table Schema of its own
    datapackage.json (pinned, like every file, by the manifest's digest). A release of 1.0.x
    has no breakdown and subject columns, and is checked for exactly that."""
    current = Contract(load_table_schema(), observation_schema())
    contract = manifest.get("contract_version")
    if contract in (None, CONTRACT_VERSION) or package is None:
        return current
    resources = [r for r in package.get("resources") or [] if isinstance(r, dict)]
    stated = resources[0].get("schema") if resources else None
    try:
        return Contract(stated, arrow_schema(stated))
    except (KeyError, TypeError, AttributeError):
        problems.append(f"{DATAPACKAGE}: no readable table schema for contract {contract}")
        return current


def check_file(
    folder: Path, entry: dict, version: str, problems: list[str], contract: Contract
) -> None:
    """Checksum, size and rows of one well-formed manifest entry."""
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
        found = check_parquet(path, entry.get("rows"), version, contract.arrow)
        problems += [f"{entry['path']}: {problem}" for problem in found]


def check_parquet(
    path: Path, rows: int | None, version: str, expected: pa.Schema | None = None
) -> list[str]:
    """Schema, row count, metadata and row order of one Parquet file; damage is a problem."""
    try:
        return parquet_problems(path, rows, version, expected)
    except (OSError, ValueError, pa.ArrowException, EconstatsError) as err:
        return [f"cannot read Parquet: {str(err).strip() or type(err).__name__}"]


def parquet_problems(
    path: Path, rows: int | None, version: str, expected: pa.Schema | None = None
) -> list[str]:
    """check_parquet's checks; raises on a file pyarrow cannot read."""
    table = pq.read_table(path)
    problems = [f"schema: {problem}" for problem in schema_problems(table.schema, expected)]
    if table.num_rows != rows:
        problems.append(f"{table.num_rows} rows, expected {rows}")
    if problems:
        return problems
    metadata = file_metadata(path)
    if metadata.get("version") != version:
        problems.append(f"version {metadata.get('version')!r} in metadata, expected {version!r}")
    keys = [tuple(row[key] for key in SORT_KEYS) for row in table.select(SORT_KEYS).to_pylist()]
    if keys != sorted(keys, key=sort_key):
        problems.append(f"rows not sorted by {', '.join(SORT_KEYS)}")
    return problems


def sort_key(key: tuple) -> tuple:
    """A row's sort key that orders nulls first instead of failing to compare them."""
    return tuple((value is not None, value) for value in key)


def check_datapackage(
    folder: Path, entries: list[dict], package: dict, table_schema: dict | None = None
) -> list[str]:
    """Every resource of datapackage.json agrees with the manifest and the table schema (by
    default today's)."""
    table_schema = load_table_schema() if table_schema is None else table_schema
    problems = []
    listed = {entry["path"]: entry for entry in entries}
    resources = package.get("resources")
    if not isinstance(resources, list):
        resources = []
        problems.append(f"{DATAPACKAGE}: 'resources' is not a list")
    for resource in resources:
        if not isinstance(resource, dict):
            problems.append(f"{DATAPACKAGE}: malformed resource {resource!r}")
            continue
        entry = listed.get(resource.get("path"))
        if entry is None:
            problems.append(f"{resource.get('path')}: in {DATAPACKAGE} but not in {MANIFEST}")
            continue
        if resource.get("hash") != f"sha256:{entry['sha256']}":
            problems.append(f"{entry['path']}: hash in {DATAPACKAGE} differs from {MANIFEST}")
        if resource.get("rows") != entry.get("rows"):
            problems.append(f"{entry['path']}: rows in {DATAPACKAGE} differ from {MANIFEST}")
        if resource.get("schema") != table_schema:
            problems.append(f"{entry['path']}: schema in {DATAPACKAGE} is not the table schema")
    described = {resource.get("path") for resource in resources if isinstance(resource, dict)}
    for path in release_files(folder):
        name = relative_name(path, folder)
        if path.suffix == ".parquet" and name not in described:
            problems.append(f"{name}: not described in {DATAPACKAGE}")
    return problems


def verify_release(folder: Path, digest: str | None = None) -> list[str]:
    """Every problem found in a release folder, each naming its file; empty when all is well.

    ``digest`` is the manifest's sha256 a citation states; by default the one recorded for this
    release in the index.json beside the folder.
    """
    folder = Path(folder)
    problems = check_digest(folder, digest)
    manifest = load_json(folder / MANIFEST, problems)
    package = load_json(folder / DATAPACKAGE, problems)
    if manifest is None:
        return problems
    version = manifest.get("version")
    if Version.is_version(folder.name) and version != folder.name:
        problems.append(f"{MANIFEST}: version {version!r}, but the folder is release {folder.name}")
        version = folder.name  # what the Parquet files of this release must say
    entries = file_entries(manifest, problems)
    listed = {entry["path"] for entry in entries}
    for path in release_files(folder):
        name = relative_name(path, folder)
        if name != MANIFEST and name not in listed:
            problems.append(f"{name}: not listed in {MANIFEST}")
    contract = release_contract(manifest, package, problems)
    for entry in entries:
        check_file(folder, entry, str(version), problems, contract)
    if package is not None:
        problems += check_datapackage(folder, entries, package, contract.table_schema)
        if package.get("version") != manifest.get("version"):
            problems.append(f"{DATAPACKAGE}: version differs from {MANIFEST}")
    return problems
