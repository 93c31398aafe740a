"""A bug met by one document does not stop the build (issue 12 item 3): the document is listed
under "failed" in report.json with the exception's type and message, the other documents are
built as if it were not there, the console names it, and the exit code is 4.

The failure is injected into one document of a small corpus: in this process (--jobs 1), in
forked worker processes (--jobs 2: they inherit the patch) and on a Dask cluster (the patch
is run on every worker).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import econstats.dataset.document
from econstats.build import engines
from econstats.build.run import build
from econstats.cli.main import main

FAILING = "001_40eeacbf8687f7d6"  # 21 of the 35 rows of the seeds
MESSAGE = f"injected failure in {FAILING}"


def parquet_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.parquet"))}


def copy_corpus(seeds_dir: Path, folder: Path, leave_out: str = "") -> Path:
    """The seed documents (less `leave_out`) and the catalog."""
    folder.mkdir(parents=True)
    for path in sorted(seeds_dir.glob("*.txt")):
        if path.stem != leave_out:
            shutil.copy(path, folder / path.name)
    shutil.copy(seeds_dir / "catalog.csv", folder / "catalog.csv")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seeds_dir) -> Path:
    return copy_corpus(seeds_dir, tmp_path_factory.mktemp("corpus") / "news")


@pytest.fixture(scope="module")
def without_failing(tmp_path_factory, seeds_dir) -> tuple[dict, Path]:
    """(report, folder) of a build of the corpus without the failing document."""
    folder = copy_corpus(seeds_dir, tmp_path_factory.mktemp("fewer") / "news", FAILING)
    out = tmp_path_factory.mktemp("fewer-data") / "build"
    return build(folder, out), out


def break_document(doc_id: str) -> None:
    """Make extract_document raise for `doc_id` in this process (run on each Dask worker)."""
    real = econstats.dataset.document.extract_document

    def broken(doc):
        if doc.doc_id == doc_id:
            raise RuntimeError(f"injected failure in {doc_id}")
        return real(doc)

    econstats.dataset.document.extract_document = broken


def failed_entry(corpus: Path, stage: str = "extract", error: str = "RuntimeError") -> dict:
    return {
        "doc_id": FAILING,
        "path": str(corpus / f"{FAILING}.txt"),
        "stage": stage,
        "error": error,
        "message": MESSAGE,
    }


def assert_built_without_it(report: dict, out: Path, without_failing: tuple) -> None:
    """Every other document was built as usual: the rows and entries of a corpus without it."""
    fewer_report, fewer_out = without_failing
    assert parquet_bytes(out) == parquet_bytes(fewer_out)
    assert [d["doc_id"] for d in report["documents"]] == [
        d["doc_id"] for d in fewer_report["documents"]
    ]
    assert report["counts"] == fewer_report["counts"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_document_is_listed_and_the_others_are_built(
    tmp_path, monkeypatch, corpus, without_failing, jobs
):
    monkeypatch.setattr(engines, "CHUNK_DOCUMENTS", 1)  # five chunks: two workers busy
    real = econstats.dataset.document.extract_document
    monkeypatch.setattr(
        econstats.dataset.document, "extract_document", real
    )  # undone after the test
    break_document(FAILING)
    out = tmp_path / "data" / "build"
    report = build(corpus, out, jobs=jobs)
    assert list(report["failed"]) == [failed_entry(corpus)]
    assert_built_without_it(report, out, without_failing)


def test_a_failing_document_on_a_dask_cluster(tmp_path, monkeypatch, corpus, without_failing):
    distributed = pytest.importorskip("distributed")
    monkeypatch.setattr(engines, "CHUNK_DOCUMENTS", 1)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        client.run(break_document, FAILING)
        out = tmp_path / "data" / "build"
        report = build(corpus, out, engine="dask", scheduler=cluster.scheduler_address)
    assert list(report["failed"]) == [failed_entry(corpus)]
    assert_built_without_it(report, out, without_failing)


def load_failing(task):
    if task.doc_id == FAILING:
        raise RuntimeError(MESSAGE)
    return REAL_LOAD(task)


def extract_with_a_bad_row(doc):
    result = REAL_EXTRACT(doc)
    if doc.doc_id == FAILING:  # a value the float column cannot hold: a bug in the rows
        result["rows"][0]["value"] = MESSAGE
    return result


REAL_LOAD = engines.load
REAL_EXTRACT = econstats.dataset.document.extract_document

# where the bug is met: the patched function, its replacement; the stage, error and message
STAGES = [
    (engines, "load", load_failing, "read", "RuntimeError", MESSAGE),
    (
        econstats.dataset.document,
        "extract_document",
        extract_with_a_bad_row,
        "write",
        "ArrowInvalid",
        f"Could not convert '{MESSAGE}' with type str: tried to convert to double",
    ),
]


@pytest.mark.parametrize(("module", "name", "patch", "stage", "error", "message"), STAGES)
def test_a_document_failing_while_read_or_written_is_listed_too(
    tmp_path, monkeypatch, corpus, without_failing, module, name, patch, stage, error, message
):
    monkeypatch.setattr(module, name, patch)
    out = tmp_path / "data" / "build"
    report = build(corpus, out)
    (failed,) = report["failed"]
    assert failed["message"].startswith(message)
    assert failed == {**failed_entry(corpus, stage, error), "message": failed["message"]}
    assert_built_without_it(report, out, without_failing)


def test_the_command_names_the_failed_document_and_exits_4(tmp_path, monkeypatch, capsys, corpus):
    monkeypatch.setattr(econstats.dataset.document, "extract_document", REAL_EXTRACT)
    break_document(FAILING)
    out = tmp_path / "data" / "build"
    assert main(["build", "--corpus", str(corpus), "--out", str(out), "--jobs", "1"]) == 4
    printed = capsys.readouterr().out
    assert "from 4 documents (0 skipped, 1 failed)" in printed
    assert f"    {FAILING} (extract): RuntimeError: {MESSAGE}\n" in printed
    saved = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert saved["failed"] == [failed_entry(corpus)]  # no traceback without --debug
    assert main(["--debug", "build", "--corpus", str(corpus), "--out", str(out), "--strict"]) == 4
    (failed,) = json.loads((out / "report.json").read_text(encoding="utf-8"))["failed"]
    assert failed["traceback"].startswith("Traceback (most recent call last):")
    assert failed["traceback"].endswith(f"RuntimeError: {MESSAGE}\n")
