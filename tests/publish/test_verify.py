"""econstats verify: every checksum and schema of a release, each problem naming its file."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from test_release import SEED_ROWS, release_rows, run_cli

from econstats.core.checksums import sha256_file
from econstats.publish.release_layout import relative_name
from econstats.publish.verify import verify_release


def flip_byte(path, offset=None):
    """Change one byte of a file (by default in the middle)."""
    data = bytearray(path.read_bytes())
    index = len(data) // 2 if offset is None else offset
    data[index] ^= 0xFF
    path.write_bytes(bytes(data))


def truncate(path):
    path.write_bytes(path.read_bytes()[:-10])


def top(path):
    """The release folder of one of its files (a Parquet file is in its data/)."""
    return path.parents[1] if path.suffix == ".parquet" else path.parent


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
    manifest_path = top(path) / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    for entry in manifest["files"]:
        if entry["path"] == relative_name(path, top(path)):
            entry.update(sha256=sha256_file(path), bytes=path.stat().st_size)
    manifest_path.write_text(json.dumps(manifest))


def forge_manifest(folder, edit) -> None:
    """Apply ``edit`` to the manifest's JSON and write it back, as a forger would."""
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    edit(manifest)
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")


def all_forged(path):
    """Change rows of a Parquet file and fix its hashes in datapackage.json and manifest.json."""
    table = pq.read_table(path)
    pq.write_table(table.slice(0, 1).replace_schema_metadata(table.schema.metadata), path)
    name = relative_name(path, top(path))
    package_path = top(path) / "datapackage.json"
    package = json.loads(package_path.read_text())
    for resource in package["resources"]:
        if resource["path"] == name:
            resource.update(hash=f"sha256:{sha256_file(path)}", rows=1)
    package_path.write_text(json.dumps(package, indent=2, sort_keys=True) + "\n")

    def edit(manifest):
        for entry in manifest["files"]:
            if entry["path"] in (name, "datapackage.json"):
                changed = top(path) / entry["path"]
                entry.update(sha256=sha256_file(changed), bytes=changed.stat().st_size)
                if entry["path"] == name:
                    entry["rows"] = 1

    forge_manifest(top(path), edit)


def removed_with_its_entries(path):
    """Delete a topic file and its entries in datapackage.json and manifest.json."""
    path.unlink()
    name = relative_name(path, top(path))
    package_path = top(path) / "datapackage.json"
    package = json.loads(package_path.read_text())
    package["resources"] = [r for r in package["resources"] if r["path"] != name]
    package_path.write_text(json.dumps(package, indent=2, sort_keys=True) + "\n")

    def edit(manifest):
        manifest["files"] = [e for e in manifest["files"] if e["path"] != name]
        for entry in manifest["files"]:
            if entry["path"] == "datapackage.json":
                entry.update(sha256=sha256_file(package_path), bytes=package_path.stat().st_size)

    forge_manifest(top(path), edit)


def card_file_added(path):
    """A file added beside the descriptors after the manifest was written."""
    (path.parent / "NOTES.md").write_text("# econstats\n", encoding="utf-8")


def schema_file_added(path):
    """A file added in a subfolder after the manifest was written."""
    (path.parent / "notes").mkdir()
    (path.parent / "notes" / "units.txt").write_text("percent = [] = %\n", encoding="utf-8")


def escaping_entry(path):
    """A manifest entry naming a file outside the release."""
    forge_manifest(path.parent, lambda m: m["files"].append({**m["files"][0], "path": "../x"}))


def corrupted_key(path):
    """'path' of the fiscal file's entry becomes 'pbth' (a one-byte change)."""
    text = path.read_text()
    at = text.index('"path": "data/fiscal.parquet"')
    path.write_text(text[:at] + '"pbth"' + text[at + 6 :])


def other_version(path):
    path.write_text(path.read_text().replace('"version": "1.0.0"', '"version": "1.0.1"'))


def edited_input_hash(path):
    text = path.read_text()
    at = text.index('"sha256": "', text.index('"inputs"')) + 11
    path.write_text(text[:at] + ("0" if text[at] != "0" else "1") + text[at + 1 :])


DIGEST = "manifest.json: sha256 differs from the digest of release 1.0.0 in "
UNREADABLE = "cannot read Parquet: "  # what pyarrow says depends on where the byte falls
# (id, file to damage, how, the start of each problem verify must report, in order)
TAMPERING = [
    ("one byte of a parquet", "data/fiscal.parquet", flip_byte,
     ["data/fiscal.parquet: sha256 differs from manifest.json", f"data/fiscal.parquet: {UNREADABLE}"]),
    ("last byte of a parquet", "data/company.parquet", lambda p: flip_byte(p, -1),
     ["data/company.parquet: sha256 differs from manifest.json", f"data/company.parquet: {UNREADABLE}"]),
    ("truncated parquet", "data/retail.parquet", truncate,
     ["data/retail.parquet: sha256 differs from manifest.json",
      "data/retail.parquet: ", f"data/retail.parquet: {UNREADABLE}"]),
    ("deleted parquet", "data/company.parquet", lambda p: p.unlink(),
     ["data/company.parquet: listed in manifest.json but missing"]),
    ("stray parquet", "data/retail.parquet", add_stray_parquet,
     ["data/extra.parquet: not listed in manifest.json",
      "data/extra.parquet: not described in datapackage.json"]),
    ("edited datapackage", "datapackage.json", more_rows_in_datapackage,
     ["datapackage.json: sha256 differs from manifest.json", "datapackage.json: ",
      "data/fiscal.parquet: rows in datapackage.json differ from manifest.json"]),
    ("one byte of CHANGES.md", "CHANGES.md", lambda p: flip_byte(p, 0),
     ["CHANGES.md: sha256 differs from manifest.json"]),
    ("other schema, manifest forged", "data/retail.parquet", other_schema_forged,
     [DIGEST, "data/retail.parquet: schema: unexpected column extra",
      "data/retail.parquet: hash in datapackage.json differs from manifest.json"]),
    ("parquet, datapackage and manifest forged together", "data/fiscal.parquet", all_forged,
     [DIGEST]),
    ("a topic file removed with its entries", "data/company.parquet", removed_with_its_entries,
     [DIGEST]),
    ("a manifest key corrupted", "manifest.json", corrupted_key,
     [DIGEST, "manifest.json: malformed file entry", "data/fiscal.parquet: not listed in manifest.json",
      "data/fiscal.parquet: in datapackage.json but not in manifest.json"]),
    ("the manifest's version edited", "manifest.json", other_version,
     [DIGEST, "manifest.json: version '1.0.1', but the folder is release 1.0.0",
      "datapackage.json: version differs from manifest.json"]),
    ("an input hash edited", "manifest.json", edited_input_hash, [DIGEST]),
    ("a card file added after the manifest", "CHANGES.md", card_file_added,
     ["NOTES.md: not listed in manifest.json"]),
    ("a file added in a subfolder", "CHANGES.md", schema_file_added,
     ["notes/units.txt: not listed in manifest.json"]),
    ("an entry outside the release", "manifest.json", escaping_entry,
     [DIGEST, "manifest.json: malformed file entry"]),
    ("the manifest is not UTF-8", "manifest.json", lambda p: flip_byte(p, 0),
     [DIGEST, "manifest.json: cannot read"]),
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
    nope, releases = tmp_path / "nope", Path("data") / "releases"
    assert (
        err == f"econstats: error: {nope}: neither a release folder nor a release in {releases}\n"
    )


# issue 14: verify takes a version in --data/releases, as diff and cite do, or a folder
# (how the release is named, given the data folder; exit code; what is printed)
BY_VERSION = [
    (["1.0.0", "--data", "{data}"], 0, "{data}/releases/1.0.0: ok\n", ""),
    (["{data}/releases/1.0.0"], 0, "{data}/releases/1.0.0: ok\n", ""),
    (
        ["1.0.1", "--data", "{data}"],
        2,
        "",
        "econstats: error: 1.0.1: neither a release folder nor a release in {data}/releases\n",
    ),
    (
        ["v1.0.0", "--data", "{data}"],
        2,
        "",
        "econstats: error: v1.0.0: neither a release folder nor a release in {data}/releases\n",
    ),
]


@pytest.mark.parametrize(
    ("argv", "code", "out", "err"), BY_VERSION, ids=[case[0][0] for case in BY_VERSION]
)
def test_verify_a_release_named_by_its_version(tmp_path, argv, code, out, err):
    release_rows(tmp_path, "1.0.0", SEED_ROWS)
    data = tmp_path / "data"
    argv = [arg.format(data=data) for arg in argv]
    assert run_cli("verify", *argv) == (code, out.format(data=data), err.format(data=data))


def test_every_one_byte_change_of_the_manifest_is_found(tmp_path):
    """Each byte of manifest.json changed in turn: its lowest bit (a digit, a letter, a quote
    becomes another: valid JSON, a subtle edit) for every byte, all its bits (not UTF-8) for
    every 8th: a problem naming manifest.json each time, never a traceback."""
    folder = release_rows(tmp_path, "1.0.0", SEED_ROWS).path
    manifest = folder / "manifest.json"
    original = manifest.read_bytes()
    missed = []
    for offset in range(len(original)):
        for mask in (0x01, 0xFF) if offset % 8 == 0 else (0x01,):
            data = bytearray(original)
            data[offset] ^= mask
            manifest.write_bytes(bytes(data))
            problems = verify_release(folder)
            if not any(problem.startswith("manifest.json: ") for problem in problems):
                missed.append((offset, mask, problems))
    manifest.write_bytes(original)
    assert missed == []
    assert verify_release(folder) == []


def stored_schema_offset(data: bytes, needle: bytes) -> int:
    """Offset of ``needle`` in the Parquet footer (the last occurrence: the stored schema)."""
    return data.rindex(needle)


# (id, bytes whose first byte is flipped in the footer of fiscal.parquet)
STORED_SCHEMA = [
    ("license value", b"CC-BY-4.0"),
    ("a metadata key", b"contract_version"),
    ("the Arrow schema", b"ARROW:schema"),
    ("a column name", b"value_text"),
    ("another column name", b"obs_id"),
]


@pytest.mark.parametrize("needle", [c[1] for c in STORED_SCHEMA], ids=[c[0] for c in STORED_SCHEMA])
def test_a_flipped_byte_in_a_stored_schema_names_the_file(tmp_path, needle):
    folder = release_rows(tmp_path, "1.0.0", SEED_ROWS).path
    path = folder / "data" / "fiscal.parquet"
    data = path.read_bytes()
    flip_byte(path, stored_schema_offset(data, needle))
    problems = verify_release(folder)
    assert problems[0] == "data/fiscal.parquet: sha256 differs from manifest.json"
    assert all(problem.startswith("data/fiscal.parquet: ") for problem in problems), problems
    code, out, err = run_cli("verify", folder)
    assert (code, out) == (1, "")
    assert f"  {path}: sha256 differs" in err


# (id, how the release is looked at, the problem verify reports)
NO_DIGEST = [
    ("no index.json beside it", lambda f: (f.parent / "index.json").unlink(),
     "manifest.json: no digest to check it against: "),
    ("index.json unreadable", lambda f: (f.parent / "index.json").write_text("{"),
     "manifest.json: no digest to check it against: "),
    ("release not in index.json", lambda f: (f.parent / "index.json").write_text(
        '{"dataset": "econstats", "latest": "0.1.0", "releases": []}'),
     "manifest.json: no digest to check it against: "),
]  # fmt: skip


@pytest.mark.parametrize(
    "damage, problem", [c[1:] for c in NO_DIGEST], ids=[c[0] for c in NO_DIGEST]
)
def test_a_manifest_without_a_recorded_digest_is_a_problem(tmp_path, damage, problem):
    folder = release_rows(tmp_path, "1.0.0", SEED_ROWS).path
    digest = sha256_file(folder / "manifest.json")
    damage(folder)
    problems = verify_release(folder)
    assert len(problems) == 1 and problems[0].startswith(problem), problems
    assert "--digest" in problems[0]
    assert verify_release(folder, digest) == []
    assert run_cli("verify", folder, "--digest", f"sha256:{digest}") == (0, f"{folder}: ok\n", "")
    code, _, err = run_cli("verify", folder, "--digest", "0" * 64)
    assert code == 1
    assert "manifest.json: sha256 differs from the digest of release 1.0.0 in --digest" in err


RELEASES = Path(__file__).resolve().parents[2] / "data" / "releases"


@pytest.mark.parametrize("version", sorted(p.name for p in RELEASES.iterdir() if p.is_dir()))
def test_every_committed_release_verifies_under_its_own_contract(version):
    # 1.0.x were published under contract 1.0.0 (no breakdown, no subject columns): they are
    # held to the Table Schema their own datapackage.json states, not to today's
    assert verify_release(RELEASES / version) == []


@pytest.mark.parametrize(
    ("contract", "expected"),
    [
        ("1.0.0", []),  # as published: its own schema holds
        (None, ["schema: missing column breakdown", "schema: missing column subject"]),
    ],
)
def test_a_release_is_held_to_the_contract_its_manifest_names(tmp_path, contract, expected):
    import shutil

    folder = shutil.copytree(RELEASES / "1.0.2", tmp_path / "1.0.2")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    if contract is None:  # a release that names no contract is held to today's
        del manifest["contract_version"]
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    problems = verify_release(folder, sha256_file(folder / "manifest.json"))
    fiscal = [
        p.removeprefix("fiscal.parquet: ")
        for p in problems
        if p.startswith("fiscal.parquet: schema:")
    ]
    assert fiscal == expected
