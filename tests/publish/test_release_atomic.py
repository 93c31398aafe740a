"""A release appears whole or not at all, and one run at a time holds the data folder."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from test_release import DATE, SEED_ROWS, make_build, release_rows

from econstats.core.errors import LockedError
from econstats.publish.release import release


def fail_on_call(target: str, monkeypatch, call: int = 1, error: type = OSError):
    """Make the ``call``-th call of ``target`` (dotted path) raise ``error``."""
    module, name = target.rsplit(".", 1)
    original = getattr(sys.modules[module], name)
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == call:
            raise error(f"simulated failure in {name}")
        return original(*args, **kwargs)

    monkeypatch.setattr(target, failing)


INTERRUPTIONS = [
    ("second parquet write", "econstats.publish.release.write_table", 2, OSError),
    (
        "keyboard interrupt in a parquet write",
        "econstats.publish.release.write_table",
        3,
        KeyboardInterrupt,
    ),
    ("manifest", "econstats.publish.release.build_manifest", 1, OSError),
    ("final rename", "os.replace", 1, OSError),
]


@pytest.mark.parametrize(
    "what, target, call, error", INTERRUPTIONS, ids=[i[0] for i in INTERRUPTIONS]
)
def test_an_interrupted_release_leaves_nothing_behind(
    tmp_path, monkeypatch, what, target, call, error
):
    build = make_build(tmp_path / "build", SEED_ROWS)
    fail_on_call(target, monkeypatch, call, error)
    with pytest.raises(error, match="simulated failure"):
        release("1.0.0", build, tmp_path / "data", DATE)
    monkeypatch.undo()
    assert list((tmp_path / "data" / "releases").iterdir()) == []
    assert not (tmp_path / "data" / ".lock").exists()
    assert release("1.0.0", build, tmp_path / "data", DATE).status == "created"


def test_a_staging_folder_left_by_a_crash_is_cleared(tmp_path):
    leftover = tmp_path / "data" / "releases" / ".staging-1.0.0-abc123"
    leftover.mkdir(parents=True)
    (leftover / "fiscal.parquet").write_bytes(b"half")
    release_rows(tmp_path, "1.0.0", SEED_ROWS)
    assert sorted(p.name for p in leftover.parent.iterdir()) == ["1.0.0", "index.json"]


def test_a_held_lock_refuses_the_release(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / ".lock").write_text(f"{os.getpid()}\n")
    with pytest.raises(LockedError, match=rf"\.lock: held by pid {os.getpid()}"):
        release_rows(tmp_path, "1.0.0", SEED_ROWS)
    assert (tmp_path / "data" / ".lock").read_text() == f"{os.getpid()}\n"
    assert not (tmp_path / "data" / "releases" / "1.0.0").exists()


def test_the_lock_of_a_dead_process_is_taken_over(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / ".lock").write_text(dead.stdout)
    assert release_rows(tmp_path, "1.0.0", SEED_ROWS).status == "created"
    assert not (tmp_path / "data" / ".lock").exists()
