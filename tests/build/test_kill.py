"""Issue 6 item 5: a build or release killed midway (SIGKILL) leaves the earlier output whole,
and a second run into the same data/ is refused (exit 3, one clear line) while the lock is held.

The killed run is a real subprocess of the command line. A small hook script slows it down and
says where it is ("extracting <doc_id>"), so "midway" is a known point, not a guess in time.
"""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from econstats.build.run import build
from econstats.cli.main import main

SENTENCE = (
    "China's fiscal revenue increased by {n}.5 percent year on year to nearly 18.65 trillion "
    "yuan in the first 10 months of 2025.\n"
)
HOOK = """
import sys, time
import econstats.dataset.document, econstats.publish.release
real_extract = econstats.dataset.document.extract_document
real_write = econstats.publish.release.write_release_files

def extract_document(doc):
    print("extracting", doc.doc_id, flush=True)
    time.sleep(60 if doc.doc_id == "d010" else 0.05)  # midway: held until the test kills it
    return real_extract(doc)

def write_release_files(*args, **kwargs):
    print("writing release files", flush=True)
    time.sleep(60)
    return real_write(*args, **kwargs)

econstats.dataset.document.extract_document = extract_document
econstats.publish.release.write_release_files = write_release_files
from econstats.cli.main import main
sys.exit(main(sys.argv[1:]))
"""
DOCUMENTS = 40


def make_corpus(folder: Path, documents: int) -> Path:
    folder.mkdir(parents=True)
    for n in range(documents):
        (folder / f"d{n:03}.txt").write_text(SENTENCE.format(n=n), encoding="utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, str]:
    """sha256 of every file under `folder`, by relative path."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@contextmanager
def hooked_run(tmp_path: Path, *argv: str) -> Iterator[subprocess.Popen]:
    """`econstats argv` in a subprocess with the hook; killed and reaped on the way out."""
    hook = tmp_path / "hook.py"
    hook.write_text(HOOK, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, str(hook), *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


def wait_for(process: subprocess.Popen, line: str) -> None:
    """Read the run's output until `line`; fail if it ends first."""
    assert process.stdout is not None
    for output in process.stdout:
        if output.strip() == line:
            return
    pytest.fail(f"the run ended before {line!r}: {process.communicate(timeout=30)}")


def kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def test_a_killed_build_leaves_the_earlier_build_and_a_second_build_is_refused(
    tmp_path: Path, capsys
) -> None:
    data = tmp_path / "data"
    earlier = make_corpus(tmp_path / "earlier", 2)
    build(earlier, data / "build")
    before = snapshot(data / "build")
    corpus = make_corpus(tmp_path / "corpus", DOCUMENTS)
    args = ["build", "--corpus", str(corpus), "--out", str(data / "build"), "--quiet"]
    with hooked_run(tmp_path, *args, "--jobs", "1") as first:
        wait_for(first, "extracting d010")  # midway, and held there: the lock is held
        second = subprocess.run(
            [sys.executable, "-m", "econstats.cli.main", *args], capture_output=True, text=True
        )
        assert second.returncode == 3
        assert second.stderr == (
            f"econstats: error: {data / '.lock'}: held by pid {first.pid}; wait for it, or "
            "delete the file if no econstats build or release is running\n"
        )
        release_args = ["release", "1.0.0", "--build", str(data / "build"), "--data", str(data)]
        assert main(release_args) == 3
        assert "held by pid" in capsys.readouterr().err
        kill(first)
    assert snapshot(data / "build") == before  # the earlier build, byte for byte
    visible = sorted(path.name for path in data.iterdir() if not path.name.startswith("."))
    assert visible == ["build", "releases"]  # no half-written build next to the earlier one
    assert not list((data / "releases").iterdir())  # the refused release made its folder only
    report = build(corpus, data / "build")  # the dead run's lock is taken over
    assert len(report["documents"]) == DOCUMENTS


# bug caught (issue 6): a killed build's .build.staging-<pid>/.build.spill-<pid> stayed in data/
# for good; build.clear_leftovers now removes them under the lock
def test_the_next_build_clears_what_a_killed_build_left(tmp_path: Path) -> None:
    data = tmp_path / "data"
    corpus = make_corpus(tmp_path / "corpus", DOCUMENTS)
    args = ["build", "--corpus", str(corpus), "--out", str(data / "build"), "--quiet"]
    with hooked_run(tmp_path, *args, "--jobs", "1") as first:
        wait_for(first, "extracting d001")
        kill(first)
    build(corpus, data / "build")
    assert sorted(path.name for path in data.iterdir()) == ["build"]


def test_a_killed_release_leaves_the_releases_as_they_were(tmp_path: Path) -> None:
    data = tmp_path / "data"
    corpus = make_corpus(tmp_path / "corpus", 2)
    build(corpus, data / "build")
    first = ["release", "1.0.0", "--build", str(data / "build"), "--data", str(data)]
    assert main([*first, "--date", "2025-11-19"]) == 0  # before the next one's date
    (corpus / "d002.txt").write_text(SENTENCE.format(n=2), encoding="utf-8")
    build(corpus, data / "build")
    before = snapshot(data / "releases")
    args = ["release", "1.1.0", "--build", str(data / "build"), "--data", str(data)]
    with hooked_run(tmp_path, *args, "--date", "2025-11-20") as run:
        wait_for(run, "writing release files")  # the Parquet files are staged
        kill(run)
    releases = data / "releases"
    assert sorted(path.name for path in releases.iterdir() if not path.name.startswith(".")) == [
        "1.0.0",
        "index.json",
    ]
    assert {
        name: digest for name, digest in snapshot(releases).items() if not name.startswith(".")
    } == before
    assert main([*args, "--date", "2025-11-20"]) == 0  # the next run clears the staging folder
    assert not [path for path in releases.iterdir() if path.name.startswith(".staging")]
    assert os.path.isfile(releases / "1.1.0" / "manifest.json")


# Issue 12 item 6: worker processes end with the build; SIGTERM is handled as Ctrl-C is.
WORKERS_HOOK = """
import os, sys, time
import econstats.dataset.document, econstats.build.engines
econstats.build.engines.CHUNK_DOCUMENTS = 2  # 40 documents, 20 chunks: both workers busy
real_extract = econstats.dataset.document.extract_document

def extract_document(doc):
    if doc.doc_id != "warm-up":  # the parent's warm-up, before the workers fork
        print("worker", os.getpid(), flush=True)
        time.sleep(60)  # held until the test is done with the build
    return real_extract(doc)

econstats.dataset.document.extract_document = extract_document
from econstats.cli.main import main
sys.exit(main(sys.argv[1:]))
"""
WORKER_PID = re.compile(r"worker (\d+)")
SECONDS_TO_END = 10  # generous: a worker that outlives its parent sleeps for 60 s


def worker_pids(process: subprocess.Popen, count: int) -> set[int]:
    """Read the build's output until `count` worker processes have said their pid."""
    assert process.stdout is not None
    pids: set[int] = set()
    for line in process.stdout:
        # two workers share the pipe: their lines may interleave ("worker 12499worker 12500")
        pids.update(int(pid) for pid in WORKER_PID.findall(line))
        if len(pids) >= count:
            return pids
    pytest.fail(f"the build ended before {count} workers ran: {process.communicate(timeout=30)}")


def running(pid: int) -> bool:
    """True while `pid` exists and is not a zombie (one its new parent has not reaped yet)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


def survivors(pids: set[int], seconds: float) -> set[int]:
    """The processes of `pids` still running after up to `seconds` (a process closes its files
    a moment before it is gone)."""
    deadline = time.monotonic() + seconds
    while {pid for pid in pids if running(pid)} and time.monotonic() < deadline:
        time.sleep(0.05)
    return {pid for pid in pids if running(pid)}


def reaches_end_of_file(stream: Any, seconds: float) -> bool:
    """True if reading `stream` to its end takes at most `seconds`."""
    reader = threading.Thread(target=stream.read, daemon=True)
    reader.start()
    reader.join(seconds)
    return not reader.is_alive()


@contextmanager
def workers_run(
    tmp_path: Path, corpus: Path, out: Path
) -> Iterator[tuple[subprocess.Popen, set[int]]]:
    """A `--jobs 2` build whose workers hold each document 60 s, and a set for the test to
    fill with the workers' pids; every one of them is killed on the way out, whatever the test
    found."""
    hook = tmp_path / "workers_hook.py"
    hook.write_text(WORKERS_HOOK, encoding="utf-8")
    argv = ["build", "--corpus", str(corpus), "--out", str(out), "--quiet", "--jobs", "2"]
    process = subprocess.Popen(
        [sys.executable, str(hook), *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    workers: set[int] = set()
    try:
        yield process, workers
    finally:
        for pid in [process.pid, *workers]:
            if running(pid):
                os.kill(pid, signal.SIGKILL)
        process.wait(timeout=30)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_end_when_the_build_is_killed(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", DOCUMENTS)
    with workers_run(tmp_path, corpus, tmp_path / "data" / "build") as (run, workers):
        workers.update(worker_pids(run, 2))
        kill(run)
        assert reaches_end_of_file(run.stdout, SECONDS_TO_END), "a worker holds the output"
        assert not survivors(workers, SECONDS_TO_END)


# signal sent to the build, its exit code, its last line on standard error
STOPS = [
    (signal.SIGTERM, 143, "econstats: error: terminated\n"),
    (signal.SIGINT, 130, "econstats: error: interrupted\n"),
]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize(("signum", "code", "said"), STOPS)
def test_sigterm_and_ctrl_c_stop_the_workers_and_keep_the_earlier_build(
    tmp_path: Path, signum: int, code: int, said: str
) -> None:
    data = tmp_path / "data"
    build(make_corpus(tmp_path / "earlier", 2), data / "build")
    before = snapshot(data / "build")
    corpus = make_corpus(tmp_path / "corpus", DOCUMENTS)
    with workers_run(tmp_path, corpus, data / "build") as (run, workers):
        workers.update(worker_pids(run, 2))
        run.send_signal(signum)
        assert reaches_end_of_file(run.stdout, SECONDS_TO_END), "a worker holds the output"
        assert run.wait(timeout=SECONDS_TO_END) == code
        assert run.stderr is not None and run.stderr.read() == said
        assert not survivors(workers, SECONDS_TO_END)
    assert snapshot(data / "build") == before
    assert sorted(path.name for path in data.iterdir()) == ["build"]  # lock, staging: gone


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_killed_stops_the_build_with_a_message_and_the_earlier_build_kept(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    build(make_corpus(tmp_path / "earlier", 2), data / "build")
    before = snapshot(data / "build")
    corpus = make_corpus(tmp_path / "corpus", DOCUMENTS)
    with workers_run(tmp_path, corpus, data / "build") as (run, workers):
        workers.update(worker_pids(run, 2))
        os.kill(min(workers), signal.SIGKILL)  # as the kernel's out-of-memory killer does
        assert run.wait(timeout=SECONDS_TO_END) == 2
        assert run.stderr is not None
        assert run.stderr.read().startswith("econstats: error: a worker process ended unexpect")
        assert not survivors(workers, SECONDS_TO_END)
    assert snapshot(data / "build") == before
