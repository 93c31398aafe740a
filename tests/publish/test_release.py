"""Releases (issue 3): immutable, reproducible, verifiable; the version rule; locking.

The helpers at the top build small synthetic build folders from real seed sentences; the other
test_release_* / test_diff / test_cite / test_verify files import them from here.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import io
import json
import sys
from pathlib import Path

import pyarrow as pa
import pytest

from econstats.cli import release_cli
from econstats.core.errors import (
    EconstatsError,
    ReleaseExistsError,
)
from econstats.dataset.arrow import observation_schema
from econstats.dataset.cite import render_cff
from econstats.dataset.parquet_io import dataset_metadata, write_table
from econstats.publish.release import release
from econstats.publish.release_layout import relative_name, release_files
from econstats.publish.verify import verify_release

REPO = Path(__file__).resolve().parents[1].parent
DATE = "2025-11-20"
D = dt.date
FISCAL_DOC, RETAIL_DOC = "001_40eeacbf8687f7d6", "000_b10aee10baf3644e"
DOC_SHA256 = {
    FISCAL_DOC: "2e53197755c2a53f715d6f194945d7ea839590ba93c54f137c25b691296cd1dc",
    RETAIL_DOC: "402f74b250faf7b63a7db1395fe3560a9fc6d0366fcf3072a5fe9a10cfecfc6b",
}
FISCAL_QUOTE = (
    "China's fiscal revenue increased by 0.8 percent year on year to nearly 18.65 trillion yuan "
    "(about 2.63 trillion U.S. dollars) in the first 10 months of 2025, according to data "
    "released by the Ministry of Finance on Monday."
)
RETAIL_QUOTE = (
    "In the first eight months of 2024, retail sales rose by 3.4 percent year-on-year to 31.25 "
    "trillion yuan ($4.46 trillion), according to data from the National Bureau of Statistics "
    "(NBS)."
)
COMPANY_QUOTE = (
    "In the second quarter of 2025, Kling's revenue exceeded 250 million yuan (about 35.09 "
    'million U.S. dollars)," said Wang Ruoxuan, senior product operations manager at Kling AI.'
)

SUBJECTS = {"fiscal.revenue": "fiscal revenue", "retail.sales": "retail sales",
            "company.revenue": "Kling's revenue"}  # fmt: skip


def obs(doc_id, indicator, measure, value, unit, value_text, char_start, **extra) -> dict:
    """One observation row with the contract's columns; obs_id digests the identifying fields."""
    period = extra.pop("period", ("2025-01-01/P10M", D(2025, 1, 1), D(2025, 10, 31)))
    row = {name: None for name in observation_schema().names}
    row.update(
        topic=indicator.split(".")[0], indicator=indicator, ref_area="CN", measure=measure,
        value=value, unit=unit, decimals=extra.pop("decimals", 2),
        qualifier=extra.pop("qualifier", "exact"), status="actual", period=period[0],
        period_start=period[1], period_end=period[2], doc_id=doc_id,
        doc_sha256=DOC_SHA256[doc_id], char_start=char_start,
        char_end=char_start + len(value_text), value_text=value_text,
        quote=extra.pop("quote", FISCAL_QUOTE), published_date=D(2025, 9, 15),
        extractor=f"{indicator.split('.')[0]}@1.0.0",
        subject=extra.pop("subject", SUBJECTS[indicator]),
    )  # fmt: skip
    row.update(extra)
    key = [row[k] for k in ("doc_id", "indicator", "entity", "counterpart_area", "measure")]
    key += [row[k] for k in ("unit", "period_start", "period_end", "status")]
    row["obs_id"] = hashlib.sha256(repr(key).encode()).hexdigest()[:16]
    parts = ("indicator", "ref_area", "entity", "counterpart_area", "measure", "unit")
    row["series_key"] = "|".join(row[k] or "" for k in parts)
    return row


FISCAL_LEVEL = obs(FISCAL_DOC, "fiscal.revenue", "level", 1.865e13, "CNY",
                   "nearly 18.65 trillion yuan", 2128, qualifier="at_most",
                   data_source="Ministry of Finance")  # fmt: skip
FISCAL_YOY = obs(FISCAL_DOC, "fiscal.revenue", "yoy_pct", 0.8, "percent", "0.8 percent", 2100,
                 decimals=1, data_source="Ministry of Finance")  # fmt: skip
RETAIL_PERIOD = ("2024-01-01/P8M", D(2024, 1, 1), D(2024, 8, 31))
RETAIL_LEVEL = obs(RETAIL_DOC, "retail.sales", "level", 3.125e13, "CNY", "31.25 trillion yuan",
                   7943, period=RETAIL_PERIOD, quote=RETAIL_QUOTE,
                   data_source="National Bureau of Statistics")  # fmt: skip
COMPANY_LEVEL = obs(FISCAL_DOC, "company.revenue", "level", 2.5e8, "CNY",
                    "exceeded 250 million yuan", 1569, decimals=0, qualifier="at_least",
                    entity="Kling AI", quote=COMPANY_QUOTE,
                    period=("2025-Q2", D(2025, 4, 1), D(2025, 6, 30)))  # fmt: skip
SEED_ROWS = [FISCAL_LEVEL, FISCAL_YOY, RETAIL_LEVEL, COMPANY_LEVEL]
FIRST = SEED_ROWS[:3]  # a first release without the company row


def changed(row: dict, **fields) -> dict:
    """A copy of ``row`` with some columns changed (obs_id kept: a correction)."""
    return {**row, **fields}


def make_build(folder: Path, rows: list[dict]) -> Path:
    """A build folder as econstats build writes it: one Parquet per topic and report.json."""
    folder.mkdir(parents=True, exist_ok=True)
    for topic in sorted({row["topic"] for row in rows}):
        table = pa.Table.from_pylist([r for r in rows if r["topic"] == topic], observation_schema())
        write_table(table, folder / f"{topic}.parquet", dataset_metadata("build"))
    inputs = [
        {"doc_id": doc, "path": f"seeds/{doc}.txt", "sha256": sha, "used": True}
        for doc, sha in sorted(DOC_SHA256.items())
    ]
    report = {
        "inputs": inputs,
        "catalog": {"path": "seeds/catalog.csv", "sha256": "c" * 64},
        "econstats_version": "1.0.0",
    }
    (folder / "report.json").write_text(json.dumps(report), encoding="utf-8")
    return folder


def release_rows(tmp: Path, version: str, rows: list[dict], date: str = DATE):
    """Build ``rows`` into a fresh build folder and release it into tmp/data."""
    build = make_build(tmp / f"build-{version}-{len(list(tmp.glob('build-*')))}", rows)
    return release(version, build, tmp / "data", date)


def run_cli(*argv: str) -> tuple[int, str, str]:
    """Run a release subcommand like econstats.cli.main.main does; return (exit code, out, err)."""
    parser = argparse.ArgumentParser(prog="econstats")
    release_cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args([str(arg) for arg in argv])
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = int(args.handler(args) or 0)
        except EconstatsError as error:
            print(f"econstats: error: {error}", file=sys.stderr)
            code = error.exit_code
    return code, out.getvalue(), err.getvalue()


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file of a folder, in subfolders too, by relative path."""
    return {relative_name(path, folder): path.read_bytes() for path in release_files(folder)}


@pytest.mark.parametrize("row", SEED_ROWS, ids=lambda row: row["value_text"])
def test_fixture_spans_match_the_seeds(row):
    text = (REPO / "seeds" / f"{row['doc_id']}.txt").read_text(encoding="utf-8")
    assert text[row["char_start"] : row["char_end"]] == row["value_text"]
    assert row["value_text"] in row["quote"]


def test_release_writes_every_file_and_verifies(tmp_path):
    result = release_rows(tmp_path, "1.0.0", SEED_ROWS)
    folder = tmp_path / "data" / "releases" / "1.0.0"
    assert (result.status, result.path) == ("created", folder)
    assert list(folder_bytes(folder)) == [
        "CHANGES.md", "CITATION.cff", "LICENSE", "README.md", "charts/economies.svg",
        "charts/topics.svg", "data/company.parquet", "data/fiscal.parquet",
        "data/retail.parquet", "datapackage.json", "manifest.json", "schema/indicators.csv",
        "schema/units.txt",
    ]  # fmt: skip
    assert verify_release(folder) == []
    assert sorted(p.name for p in folder.parent.iterdir()) == ["1.0.0", "index.json"]
    digest = hashlib.sha256((folder / "manifest.json").read_bytes()).hexdigest()
    assert json.loads((folder.parent / "index.json").read_text()) == {
        "dataset": "econstats",
        "latest": "1.0.0",
        "releases": [
            {"version": "1.0.0", "date": DATE, "path": "1.0.0/", "manifest_sha256": digest}
        ],
    }
    assert not (tmp_path / "CITATION.cff").exists()  # tmp_path is no econstats project
    assert (folder / "CITATION.cff").read_text() == render_cff("1.0.0", DATE)
    assert (
        folder / "CHANGES.md"
    ).read_text() == "# Changes in econstats 1.0.0\n\nFirst release: 4 observations.\n"
    assert not (tmp_path / "data" / ".lock").exists()


def test_cli_release_then_verify(tmp_path):
    build = make_build(tmp_path / "build", SEED_ROWS)
    data = tmp_path / "data"
    code, out, _ = run_cli("release", "1.0.0", "--build", build, "--data", data, "--date", DATE)
    assert (code, out) == (0, f"{data / 'releases' / '1.0.0'}: release 1.0.0 written\n")
    assert run_cli("verify", data / "releases" / "1.0.0")[:2] == (
        0,
        f"{data / 'releases' / '1.0.0'}: ok\n",
    )


def test_rerelease_of_identical_content_is_a_no_op(tmp_path):
    release_rows(tmp_path, "1.0.0", SEED_ROWS)
    folder = tmp_path / "data" / "releases" / "1.0.0"
    before = folder_bytes(folder)
    build = make_build(tmp_path / "again", list(reversed(SEED_ROWS)))
    data = tmp_path / "data"
    code, out, err = run_cli(
        "release", "1.0.0", "--build", build, "--data", data, "--date", "2026-01-01"
    )
    assert (code, err) == (0, "")
    assert out == f"{folder}: release 1.0.0 exists with identical content; nothing to do\n"
    assert folder_bytes(folder) == before


def test_changed_content_under_an_existing_version_is_refused(tmp_path):
    release_rows(tmp_path, "1.0.0", SEED_ROWS)
    folder = tmp_path / "data" / "releases" / "1.0.0"
    before = folder_bytes(folder)
    with pytest.raises(ReleaseExistsError, match="exists with different content"):
        release_rows(tmp_path, "1.0.0", [changed(FISCAL_LEVEL, value=1.866e13), *SEED_ROWS[1:]])
    build = make_build(tmp_path / "other", SEED_ROWS[:2])
    code, _, err = run_cli("release", "1.0.0", "--build", build, "--data", tmp_path / "data")
    assert code == 3
    assert f"{folder}: release 1.0.0 exists with different content" in err
    assert folder_bytes(folder) == before
    assert sorted(p.name for p in folder.parent.iterdir()) == ["1.0.0", "index.json"]


def test_two_releases_of_the_same_build_are_byte_identical(tmp_path, monkeypatch):
    first = make_build(tmp_path / "build-a", SEED_ROWS)
    second = make_build(tmp_path / "build-b", list(reversed(SEED_ROWS)))
    release("1.0.0", first, tmp_path / "a", DATE)
    monkeypatch.setenv(
        "SOURCE_DATE_EPOCH", str(int(dt.datetime(2025, 11, 20, 12, tzinfo=dt.UTC).timestamp()))
    )
    release("1.0.0", second, tmp_path / "b")
    assert folder_bytes(first) == folder_bytes(second)
    a = folder_bytes(tmp_path / "a" / "releases" / "1.0.0")
    assert a == folder_bytes(tmp_path / "b" / "releases" / "1.0.0")
    assert (tmp_path / "a" / "releases" / "index.json").read_bytes() == (
        tmp_path / "b" / "releases" / "index.json"
    ).read_bytes()


def test_a_later_release_keeps_index_and_root_citation_at_the_latest(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "econstats"\n')
    release_rows(tmp_path, "1.0.0", FIRST, date="2025-11-20")
    release_rows(
        tmp_path, "1.0.1", [changed(FISCAL_LEVEL, value=1.8651e13), *FIRST[1:]], "2025-11-22"
    )
    release_rows(tmp_path, "1.1.0", SEED_ROWS, date="2025-12-01")
    index = json.loads((tmp_path / "data" / "releases" / "index.json").read_text())
    assert [(e["version"], e["date"]) for e in index["releases"]] == [
        ("1.0.0", "2025-11-20"), ("1.0.1", "2025-11-22"), ("1.1.0", "2025-12-01"),
    ]  # fmt: skip
    assert index["latest"] == "1.1.0"
    digest = index["releases"][-1]["manifest_sha256"]
    assert (tmp_path / "CITATION.cff").read_text() == render_cff("1.1.0", "2025-12-01", digest)


@pytest.mark.parametrize(
    "problem, message",
    [
        ("no parquet", "no Parquet files (run econstats build first)"),
        ("no report", "report.json: cannot read the build report"),
        ("bad date", "--date '2025-13-01' is not YYYY-MM-DD"),
    ],
)
def test_a_bad_build_or_date_is_refused(tmp_path, problem, message):
    build = make_build(tmp_path / "build", SEED_ROWS)
    date = "2025-13-01" if problem == "bad date" else DATE
    if problem == "no parquet":
        for path in build.glob("*.parquet"):
            path.unlink()
    if problem == "no report":
        (build / "report.json").unlink()
    with pytest.raises(EconstatsError, match=message.replace("(", r"\(").replace(")", r"\)")):
        release("1.0.0", build, tmp_path / "data", date)
    assert not (tmp_path / "data" / "releases" / "1.0.0").exists()


def test_manifest_and_datapackage_record_inputs_checksums_and_libraries(tmp_path):
    folder = release_rows(tmp_path, "1.0.0", SEED_ROWS).path
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["inputs"] == [
        {"doc_id": doc, "path": f"seeds/{doc}.txt", "sha256": sha}
        for doc, sha in sorted(DOC_SHA256.items())
    ]
    assert manifest["catalog"] == {"path": "seeds/catalog.csv", "sha256": "c" * 64}
    assert manifest["libraries"]["pyarrow"] == pa.__version__
    assert set(manifest["libraries"]) == {"pyarrow", "pandas", "pint", "python"}
    assert [(f["path"], f.get("rows")) for f in manifest["files"]] == [
        ("CHANGES.md", None), ("CITATION.cff", None), ("LICENSE", None), ("README.md", None),
        ("charts/economies.svg", None), ("charts/topics.svg", None),
        ("data/company.parquet", 1), ("data/fiscal.parquet", 2), ("data/retail.parquet", 1),
        ("datapackage.json", None), ("schema/indicators.csv", None),
        ("schema/units.txt", None),
    ]  # fmt: skip
    package = json.loads((folder / "datapackage.json").read_text())
    assert (package["version"], package["created"]) == ("1.0.0", f"{DATE}T00:00:00Z")
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    fiscal = package["resources"][1]
    assert (fiscal["path"], fiscal["rows"], fiscal["format"]) == (
        "data/fiscal.parquet", 2, "parquet"
    )  # fmt: skip
    files = {f["path"]: f for f in manifest["files"]}
    assert fiscal["hash"] == f"sha256:{files['data/fiscal.parquet']['sha256']}"
    assert [field["name"] for field in fiscal["schema"]["fields"]] == observation_schema().names


def test_absolute_input_paths_become_repository_paths(tmp_path):
    """A report listing documents (as the build writes it) with absolute paths in the repo."""
    build = make_build(tmp_path / "build", SEED_ROWS)
    report = json.loads((build / "report.json").read_text())
    documents = [{**item, "path": str(tmp_path / item["path"])} for item in report.pop("inputs")]
    report["documents"] = documents
    report["catalog"]["path"] = str(tmp_path / "seeds" / "catalog.csv")
    (build / "report.json").write_text(json.dumps(report))
    folder = release("1.0.0", build, tmp_path / "data", DATE).path
    manifest = json.loads((folder / "manifest.json").read_text())
    assert [item["path"] for item in manifest["inputs"]] == [
        f"seeds/{doc}.txt" for doc in sorted(DOC_SHA256)
    ]
    assert manifest["catalog"]["path"] == "seeds/catalog.csv"
