"""A release stopped after its folder is in place completes on the rerun (issue 12, item 14).

The folder appears with one rename; index.json and the root CITATION.cff are written after it.
A run killed between the two left them stale for good (the rerun said "nothing to do"); the
rerun now writes what the killed run left undone, and says so.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest
from test_release import DATE, FIRST, SEED_ROWS, make_build, run_cli
from test_release_atomic import fail_on_call
from test_release_scope import make_project

from econstats.dataset.cite import cite
from econstats.publish.release import release

# (id, the call that is stopped, by what: the state after it is the state a SIGKILL leaves)
STOPS = [
    ("before index.json", "econstats.publish.release.write_index", KeyboardInterrupt),
    (
        "before the root CITATION.cff",
        "econstats.publish.release.update_root_citation",
        KeyboardInterrupt,
    ),
    ("index.json write fails", "econstats.publish.release.write_index", OSError),
]


@pytest.mark.parametrize("target, error", [s[1:] for s in STOPS], ids=[s[0] for s in STOPS])
def test_the_rerun_completes_what_a_stopped_release_left_undone(
    tmp_path, monkeypatch, target, error
):
    data = make_project(tmp_path / "repo")
    release("1.0.0", make_build(tmp_path / "b0", FIRST), data, DATE)
    build = make_build(tmp_path / "build", SEED_ROWS)
    fail_on_call(target, monkeypatch, 1, error)
    with pytest.raises(error, match="simulated failure"):
        release("1.1.0", build, data, DATE)
    monkeypatch.undo()
    assert (data / "releases" / "1.1.0" / "manifest.json").is_file()
    root_cff = tmp_path / "repo" / "CITATION.cff"
    assert "1.0.0" in root_cff.read_text()  # stale: still the earlier release
    code, out, err = run_cli("release", "1.1.0", "--build", build, "--data", data, "--date", DATE)
    assert (code, err) == (0, "")
    assert out.startswith(
        f"{data / 'releases' / '1.1.0'}: release 1.1.0 exists with identical content; completed "
    )
    index = json.loads((data / "releases" / "index.json").read_text())
    assert index["latest"] == "1.1.0"
    assert [entry["version"] for entry in index["releases"]] == ["1.0.0", "1.1.0"]
    assert root_cff.read_text() == cite(data / "releases", None, "cff")
    assert 'version: "1.1.0"' in root_cff.read_text()
    assert run_cli("cite", "--format", "apa", "--data", data)[1].count("Version 1.1.0") == 1
    assert run_cli("verify", data / "releases" / "1.1.0")[0] == 0
    again = run_cli("release", "1.1.0", "--build", build, "--data", data, "--date", DATE)
    assert again[1] == (
        f"{data / 'releases' / '1.1.0'}: release 1.1.0 exists with identical content; "
        "nothing to do\n"
    )


HOOK = """
import sys, time
import econstats.publish.release
real_write_index = econstats.publish.release.write_index

def write_index(*args, **kwargs):
    print("writing index.json", flush=True)
    time.sleep(60)  # held here until the test kills the run
    return real_write_index(*args, **kwargs)

econstats.publish.release.write_index = write_index
from econstats.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_release_killed_after_its_rename_is_completed_by_the_rerun(tmp_path):
    """The same with a real SIGKILL of the command line between the rename and index.json."""
    data = make_project(tmp_path / "repo")
    release("1.0.0", make_build(tmp_path / "b0", FIRST), data, DATE)
    build = make_build(tmp_path / "build", SEED_ROWS)
    args = ["release", "1.1.0", "--build", str(build), "--data", str(data), "--date", DATE]
    hook = tmp_path / "hook.py"
    hook.write_text(HOOK, encoding="utf-8")
    run = subprocess.Popen(
        [sys.executable, str(hook), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert run.stdout is not None
        line = run.stdout.readline().strip()
        if line != "writing index.json":
            pytest.fail(f"the run ended before index.json: {line!r}, {run.communicate(timeout=30)}")
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=30)
    finally:
        if run.poll() is None:
            run.kill()
        run.communicate(timeout=30)
    assert run.returncode == -signal.SIGKILL
    assert json.loads((data / "releases" / "index.json").read_text())["latest"] == "1.0.0"
    code, out, err = run_cli(*args)
    assert (code, err) == (0, "")
    assert "completed what an interrupted run left undone" in out
    assert json.loads((data / "releases" / "index.json").read_text())["latest"] == "1.1.0"
    assert (tmp_path / "repo" / "CITATION.cff").read_text() == cite(data / "releases", "1.1.0")
