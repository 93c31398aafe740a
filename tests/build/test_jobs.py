"""--jobs N gives the bytes of --jobs 1 (issue 7); rows spilled and merged give the bytes of
parquet_io.write_table; report.json streamed is report.json dumped; the progress bar only on a
terminal."""

from __future__ import annotations

import io
import json
import random
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from econstats.build import engines, parquet_stream
from econstats.build.parquet_stream import RowSink
from econstats.build.progress import BuildProgress, wanted
from econstats.build.report import dumps
from econstats.build.run import build
from econstats.cli.main import main
from econstats.dataset import parquet_io
from econstats.dataset.parquet_io import dataset_metadata, write_table


def build_bytes(folder: Path) -> dict[str, bytes]:
    """Every file of a build folder (Parquet files and report.json)."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.fixture
def odd_corpus(tmp_path, seeds_dir) -> Path:
    """The small seed documents plus files the build must skip, each for its own reason."""
    folder = tmp_path / "odd"
    folder.mkdir()
    for path in sorted(seeds_dir.glob("00[1-4]_*.txt")):
        shutil.copy(path, folder / path.name)
    shutil.copy(seeds_dir / "catalog.csv", folder / "catalog.csv")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.txt").write_bytes(b"%PDF-1.7 not text")
    (folder / "bad id.txt").write_text("Retail sales rose 3 percent.", encoding="utf-8")
    shutil.copy(folder / "empty.txt", folder / "empty.html")  # duplicate doc_id
    return folder


def test_jobs_2_gives_the_bytes_of_jobs_1(tmp_path, monkeypatch, seed_build, seeds_dir):
    monkeypatch.setattr(engines, "CHUNK_DOCUMENTS", 1)  # five seed documents, five chunks
    report, single = seed_build
    out = tmp_path / "data" / "build"
    parallel = build(seeds_dir, out, jobs=2)
    assert parallel["counts"] == report["counts"]
    assert build_bytes(out) == build_bytes(single)


def test_skipped_files_are_reported_alike_with_workers(tmp_path, monkeypatch, odd_corpus):
    monkeypatch.setattr(engines, "CHUNK_DOCUMENTS", 2)
    one = build(odd_corpus, tmp_path / "one" / "build", jobs=1)
    two = build(odd_corpus, tmp_path / "two" / "build", jobs=2)
    assert [(s["path"], s["reason"]) for s in two["skipped"]] == [
        (str(odd_corpus / "bad id.txt"), "bad-doc-id"),
        (str(odd_corpus / "empty.html"), "empty-file"),
        (str(odd_corpus / "empty.txt"), "duplicate-doc-id"),
        (str(odd_corpus / "scan.txt"), "binary-file"),
    ]
    assert list(one["skipped"]) == list(two["skipped"])
    assert build_bytes(tmp_path / "one" / "build") == build_bytes(tmp_path / "two" / "build")


@pytest.mark.parametrize("flush_rows", [2, 10_000])  # a run every two rows; one run at the end
def test_spilled_rows_are_written_as_write_table_writes_them(
    tmp_path, monkeypatch, seed_build, flush_rows
):
    _, single = seed_build
    rows = [
        row for path in sorted(single.glob("*.parquet")) for row in pq.read_table(path).to_pylist()
    ]
    random.Random(7).shuffle(rows)
    monkeypatch.setattr(parquet_io, "ROW_GROUP_SIZE", 3)  # several row groups per topic
    topics = sorted({row["topic"] for row in rows})
    sink = RowSink(tmp_path, topics, flush_rows=flush_rows)
    for start in range(0, len(rows), 2):
        sink.add(rows[start : start + 2])
    (tmp_path / "streamed").mkdir()
    sink.write(tmp_path / "streamed", dataset_metadata("build"))
    for topic in topics:
        expected = tmp_path / f"{topic}.expected.parquet"
        table = pq.read_table(single / f"{topic}.parquet")
        write_table(table, expected, dataset_metadata("build"))
        streamed = tmp_path / "streamed" / f"{topic}.parquet"
        assert streamed.read_bytes() == expected.read_bytes(), topic
    assert not list(tmp_path.glob("*.arrow")), "spill files are removed"
    assert parquet_stream.BATCH_ROWS > 0


def test_a_topic_without_rows_gets_an_empty_file_and_an_unknown_topic_is_refused(
    tmp_path, seed_build
):
    _, single = seed_build
    rows = pq.read_table(single / "retail.parquet").to_pylist()
    sink = RowSink(tmp_path, ["film", "retail"])
    sink.add(rows)
    (tmp_path / "out").mkdir()
    sink.write(tmp_path / "out", dataset_metadata("build"))
    assert pq.read_table(tmp_path / "out" / "film.parquet").num_rows == 0
    assert pq.read_table(tmp_path / "out" / "retail.parquet").num_rows == len(rows)
    stray = RowSink(tmp_path / "out", ["film"])
    stray.add(rows)
    with pytest.raises(KeyError, match="rows of topic 'retail', not one of film"):
        stray.flush()
    stray.close()


def test_report_is_streamed_as_json_dumps_writes_it(seed_build):
    _, single = seed_build
    text = (single / "report.json").read_text(encoding="utf-8")
    assert text == dumps(json.loads(text)) + "\n"


def test_report_sections_read_back_from_the_file(seed_build):
    report, single = seed_build
    saved = json.loads((single / "report.json").read_text(encoding="utf-8"))
    for name in ("documents", "skipped", "rejections", "repeats", "unclaimed", "conversions"):
        assert len(report[name]) == len(saved[name])
        assert list(report[name]) == saved[name]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["build", "--jobs", "0"], "not a positive integer"),
        (["build", "--engine", "spark"], "invalid choice"),
    ],
)
def test_bad_build_options_are_usage_errors(argv, message, capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


def test_scheduler_needs_the_dask_engine(tmp_path, capsys):
    out = tmp_path / "data" / "build"
    code = main(["build", "--corpus", "seeds", "--out", str(out), "--scheduler", "tcp://x:1"])
    assert code != 0 and "--scheduler needs --engine dask" in capsys.readouterr().err


def test_cli_build_with_jobs_is_quiet_off_a_terminal(tmp_path, capsys, odd_corpus):
    out = tmp_path / "data" / "build"
    assert main(["build", "--corpus", str(odd_corpus), "--out", str(out), "--jobs", "2"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith(f"built {out}: ") and "docs" not in captured.err  # no bar
    # off a terminal, progress is a plain line now and then (tests/build/test_progress.py)
    assert all(line.startswith("building: ") for line in captured.err.splitlines())


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_not_when_quiet():
    assert wanted(False) and not wanted(True)
    screen = Terminal()
    with BuildProgress(4, enabled=True, stream=screen) as bar:
        for _ in range(4):
            bar.advance(250_000)
    assert "4/4" in screen.getvalue() and "MB/s" in screen.getvalue()
    silent = io.StringIO()
    with BuildProgress(4, enabled=False, stream=silent) as bar:
        bar.advance(250_000)
    assert silent.getvalue() == "" and bar.documents == 1 and bar.bytes == 250_000
