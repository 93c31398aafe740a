"""econstats verify: every checksum and schema of a release, each problem naming its file."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from test_release import SEED_ROWS, release_rows, run_cli

from econstats.parquet_io import sha256_file
from econstats.verify import verify_release


def flip_byte(path, offset=None):
    """Change one byte of a file (by default in the middle)."""
    data = bytearray(path.read_bytes())
    index = len(data) // 2 if offset is None else offset
    data[index] ^= 0xFF
    path.write_bytes(bytes(data))


def truncate(path):
    path.write_bytes(path.read_bytes()[:-10])


def add_stray_parquet(path):
    (path.parent / "extra.parquet").write_bytes((path.parent / "retail.parquet").read_bytes())


def more_rows_in_datapackage(path):
    package = json.loads(path.read_text())
    package["resources"][1]["rows"] += 1
    path.write_text(json.dumps(package))


def other_schema_forged(path):
    """Replace the file by one with another schema and fix the manifest's checksum and size."""
    table = pq.read_table(path)
    pq.write_table(table.append_column("extra", pa.array([1] * table.num_rows)), path)
    manifest_path = path.parent / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    for entry in manifest["files"]:
        if entry["path"] == path.name:
            entry.update(sha256=sha256_file(path), bytes=path.stat().st_size)
    manifest_path.write_text(json.dumps(manifest))


UNREADABLE = "cannot read Parquet: Could not open Parquet input source"
# (id, file to damage, how, the start of each problem verify must report, in order)
TAMPERING = [
    ("one byte of a parquet", "fiscal.parquet", flip_byte,
     ["fiscal.parquet: sha256 differs from manifest.json", f"fiscal.parquet: {UNREADABLE}"]),
    ("last byte of a parquet", "company.parquet", lambda p: flip_byte(p, -1),
     ["company.parquet: sha256 differs from manifest.json", f"company.parquet: {UNREADABLE}"]),
    ("truncated parquet", "retail.parquet", truncate,
     ["retail.parquet: sha256 differs from manifest.json",
      "retail.parquet: ", f"retail.parquet: {UNREADABLE}"]),
    ("deleted parquet", "company.parquet", lambda p: p.unlink(),
     ["company.parquet: listed in manifest.json but missing"]),
    ("stray parquet", "retail.parquet", add_stray_parquet,
     ["extra.parquet: not listed in manifest.json",
      "extra.parquet: not described in datapackage.json"]),
    ("edited datapackage", "datapackage.json", more_rows_in_datapackage,
     ["datapackage.json: sha256 differs from manifest.json", "datapackage.json: ",
      "fiscal.parquet: rows in datapackage.json differ from manifest.json"]),
    ("one byte of CHANGES.md", "CHANGES.md", lambda p: flip_byte(p, 0),
     ["CHANGES.md: sha256 differs from manifest.json"]),
    ("other schema, manifest forged", "retail.parquet", other_schema_forged,
     ["retail.parquet: schema: unexpected column extra",
      "retail.parquet: hash in datapackage.json differs from manifest.json"]),
]  # fmt: skip


@pytest.mark.parametrize(
    "name, damage, expected", [case[1:] for case in TAMPERING], ids=[c[0] for c in TAMPERING]
)
def test_verify_names_every_damaged_file(tmp_path, name, damage, expected):
    folder = release_rows(tmp_path, "1.0.0", SEED_ROWS).path
    damage(folder / name)
    problems = verify_release(folder)
    assert len(problems) == len(expected), problems
    for found, start in zip(problems, expected, strict=True):
        assert found.startswith(start), (found, start)
    code, out, err = run_cli("verify", folder)
    assert (code, out) == (1, "")
    assert err.startswith(f"econstats: error: {folder}: {len(problems)} problem(s):\n")
    assert f"  {folder / expected[0]}" in err


def test_a_sound_release_verifies(tmp_path):
    folder = release_rows(tmp_path, "1.0.0", SEED_ROWS).path
    assert verify_release(folder) == []
    assert run_cli("verify", folder) == (0, f"{folder}: ok\n", "")


def test_verify_of_a_missing_folder_fails(tmp_path):
    code, _, err = run_cli("verify", tmp_path / "nope")
    assert code == 2
    assert f"{tmp_path / 'nope'}: no such release folder" in err
