"""A release writes inside --data only (issue 12, items 1 and 2).

The repository's own CITATION.cff is updated only when --data is the data/ folder of an
econstats project (a folder whose pyproject.toml names the project econstats), and the command
says so; a file or folder in the way that econstats did not write is never replaced: the run is
refused (exit 3) with a message naming it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from test_release import DATE, FIRST, SEED_ROWS, make_build, release_rows, run_cli

from econstats.dataset.cite import cite

PYPROJECT = '[project]\nname = "econstats"\nversion = "1.0.0"\n'


def snapshot(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder`` by relative path (folders as 'dir')."""
    return {
        path.relative_to(folder).as_posix(): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        )
        for path in sorted(folder.rglob("*"))
    }


def make_project(root: Path) -> Path:
    """A checkout of econstats: pyproject.toml naming the project, and its data/ folder."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    return root / "data"


# (id, pyproject.toml beside the data folder or None, name of the data folder)
ELSEWHERE = [
    ("any folder", None, "d"),
    ("a folder named data, no project", None, "data"),
    ("another project's data", '[project]\nname = "other"\n', "data"),
    ("an econstats project, but not its data/", PYPROJECT, "d"),
    ("an unreadable pyproject.toml", "[project\nname=", "data"),
]


@pytest.mark.parametrize(
    "pyproject, name", [c[1:] for c in ELSEWHERE], ids=[c[0] for c in ELSEWHERE]
)
def test_a_release_writes_inside_data_only(tmp_path, pyproject, name):
    root = tmp_path / "x"
    root.mkdir()
    if pyproject is not None:
        (root / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    build = make_build(tmp_path / "build", SEED_ROWS)
    outside = snapshot(tmp_path)
    data = root / name
    code, out, err = run_cli("release", "1.0.0", "--build", build, "--data", data, "--date", DATE)
    assert (code, err) == (0, "")
    assert out == f"{data / 'releases' / '1.0.0'}: release 1.0.0 written\n"
    after = snapshot(tmp_path)
    prefix = data.relative_to(tmp_path).as_posix() + "/"
    assert {k: v for k, v in after.items() if not k.startswith(prefix)} == {
        **outside,
        data.relative_to(tmp_path).as_posix(): "dir",
    }
    assert not (root / "CITATION.cff").exists()


def test_the_projects_data_folder_updates_the_root_citation_and_says_so(tmp_path):
    data = make_project(tmp_path / "repo")
    build = make_build(tmp_path / "build", SEED_ROWS)
    code, out, err = run_cli("release", "1.0.0", "--build", build, "--data", data, "--date", DATE)
    root_cff = tmp_path / "repo" / "CITATION.cff"
    assert (code, err) == (0, "")
    assert out == (
        f"{data / 'releases' / '1.0.0'}: release 1.0.0 written; "
        f"{root_cff} now cites release 1.0.0\n"
    )
    assert root_cff.read_text(encoding="utf-8") == cite(data / "releases", "1.0.0", "cff")


def test_a_relative_data_folder_of_the_project(tmp_path, monkeypatch):
    data = make_project(tmp_path / "repo")
    build = make_build(tmp_path / "build", SEED_ROWS)
    monkeypatch.chdir(tmp_path / "repo")
    code, out, _ = run_cli("release", "1.0.0", "--build", build, "--date", DATE)
    assert code == 0
    assert out.endswith(f"{tmp_path / 'repo' / 'CITATION.cff'} now cites release 1.0.0\n")
    assert (data / "releases" / "1.0.0" / "manifest.json").is_file()


def hand_written_citation(root: Path) -> Path:
    path = root / "CITATION.cff"
    path.write_text('cff-version: 1.2.0\ntitle: "my own edit"\n', encoding="utf-8")
    return path


def foreign_index(releases: Path) -> Path:
    path = releases / "index.json"
    path.write_text('{"releases": "someone else\'s"}\n', encoding="utf-8")
    return path


def a_file_named_like_the_release(releases: Path) -> Path:
    path = releases / "1.1.0"
    path.write_text("notes\n", encoding="utf-8")
    return path


def a_folder_named_like_the_release(releases: Path) -> Path:
    path = releases / "1.1.0"
    path.mkdir()
    (path / "notes.txt").write_text("mine\n", encoding="utf-8")
    return path


# (id, how the thing in the way is made from the releases folder, message after its path)
IN_THE_WAY = [
    ("hand-edited root CITATION.cff", lambda r: hand_written_citation(r.parent.parent),
     "is not a citation econstats wrote; refusing to overwrite it"),
    ("an index.json econstats did not write", foreign_index,
     "is not a release index econstats wrote; refusing to overwrite it"),
    ("a file with the release's name", a_file_named_like_the_release,
     "exists and is not a release econstats wrote; refusing to replace it"),
    ("a folder with the release's name", a_folder_named_like_the_release,
     "exists and is not a release econstats wrote; refusing to replace it"),
]  # fmt: skip


@pytest.mark.parametrize(
    "make, message", [c[1:] for c in IN_THE_WAY], ids=[c[0] for c in IN_THE_WAY]
)
def test_what_econstats_did_not_write_is_never_replaced(tmp_path, make, message):
    data = make_project(tmp_path / "repo")
    release_rows(tmp_path / "repo", "1.0.0", FIRST)  # into repo/data
    in_the_way = make(data / "releases")
    before = snapshot(tmp_path / "repo")
    build = make_build(tmp_path / "build", SEED_ROWS)
    code, out, err = run_cli("release", "1.1.0", "--build", build, "--data", data, "--date", DATE)
    assert (code, out) == (3, "")
    assert err == f"econstats: error: {in_the_way}: {message}\n"
    assert snapshot(tmp_path / "repo") == before
