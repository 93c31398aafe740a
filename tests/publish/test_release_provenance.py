"""Provenance (issue 12, item 12): a manifest records the package version and the source
revision, and an extractor's version changes whenever the rows it publishes change.

The committed releases are immutable (1.0.0 to 1.0.2 all say extractor @1.0.0 although 1.0.0 ->
1.0.1 changed 16 rows); from now on the seeds build is compared with the latest committed
release topic by topic, and a topic whose rows changed must carry a new extractor version.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pyarrow as pa
import pytest
from test_release import FISCAL_LEVEL, SEED_ROWS, changed, make_build, release_rows

from econstats import __version__
from econstats.dataset.parquet_io import read_table
from econstats.publish.release_layout import parquet_folder
from econstats.publish.revision import source_revision

ROOT = Path(__file__).resolve().parents[1].parent
RELEASES = ROOT / "data" / "releases"


def git(folder: Path, *args: str) -> str:
    """Run git in ``folder`` with a fixed identity; return its output."""
    command = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args]
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, check=True).stdout


def checkout(folder: Path) -> Path:
    """A git checkout holding a package and a data folder, one commit."""
    (folder / "econstats").mkdir(parents=True)
    (folder / "econstats" / "__init__.py").write_text('__version__ = "1.0.0"\n')
    (folder / "data").mkdir()
    (folder / "data" / "index.json").write_text("{}\n")
    git(folder, "init", "-q")
    git(folder, "add", ".")
    git(folder, "commit", "-q", "-m", "one")
    return folder


def head(folder: Path) -> str:
    return git(folder, "rev-parse", "HEAD").strip()


# (id, how the code folder is prepared from tmp_path -> (code root, expected: "head", or None),
#  expected dirty flag)
def clean(tmp):
    return checkout(tmp / "repo"), "head", False


def code_edited(tmp):
    root = checkout(tmp / "repo")
    (root / "econstats" / "__init__.py").write_text('__version__ = "1.0.1"\n')
    return root, "head", True


def only_data_edited(tmp):
    root = checkout(tmp / "repo")
    (root / "data" / "index.json").write_text('{"latest": "1.0.0"}\n')
    (root / "data" / "build").mkdir()
    return root, "head", False


def not_a_checkout(tmp):
    (tmp / "plain" / "econstats").mkdir(parents=True)
    return tmp / "plain", None, None


def installed_inside_a_checkout(tmp):
    """site-packages of a virtualenv inside a checkout: the package is not the checkout's code."""
    site = checkout(tmp / "repo") / ".venv" / "lib" / "site-packages"
    (site / "econstats").mkdir(parents=True)
    return site, None, None


def missing_folder(tmp):
    return tmp / "nowhere", None, None


REVISIONS = [
    ("clean checkout", clean),
    ("code edited", code_edited),
    ("only data/ edited", only_data_edited),
    ("not a checkout", not_a_checkout),
    ("installed package inside a checkout", installed_inside_a_checkout),
    ("folder gone", missing_folder),
]


@pytest.mark.parametrize("prepare", [c[1] for c in REVISIONS], ids=[c[0] for c in REVISIONS])
def test_source_revision(tmp_path, prepare):
    root, commit, dirty = prepare(tmp_path)
    expected = None if commit is None else {"commit": head(root), "dirty": dirty}
    assert source_revision(root) == expected


def test_no_git_program_gives_no_revision(tmp_path, monkeypatch):
    root = checkout(tmp_path / "repo")
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    assert source_revision(root) is None


def test_the_manifest_records_package_version_and_source_revision(tmp_path):
    folder = release_rows(tmp_path, "1.0.0", SEED_ROWS).path
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["released_with"] == __version__
    assert manifest["source_revision"] == source_revision(ROOT)
    assert set(manifest["source_revision"] or {}) <= {"commit", "dirty"}


def topic_rows(path: Path) -> pa.Table:
    """A topic file's rows without the extractor column and the file's metadata."""
    table = read_table(path).replace_schema_metadata(None)
    return table.drop_columns(["extractor"])


def extractor_versions(path: Path) -> set[str]:
    return set(read_table(path).column("extractor").to_pylist())


def unversioned_changes(release_dir: Path, build_dir: Path) -> list[str]:
    """Topics whose rows differ from the release's while the extractor version did not change."""
    problems = []
    for path in sorted(Path(build_dir).glob("*.parquet")):
        published = parquet_folder(release_dir) / path.name
        if not published.is_file() or topic_rows(path).equals(topic_rows(published)):
            continue
        old, new = extractor_versions(published), extractor_versions(path)
        if new & old or not new:
            problems.append(
                f"{path.stem}: rows differ from {release_dir.name}, but the extractor version "
                f"did not change ({', '.join(sorted(new & old or old))})"
            )
    return problems


# (id, rows of the release, rows of the next build, problems)
EXTRACTOR_VERSIONS = [
    ("same rows", SEED_ROWS, SEED_ROWS, []),
    ("value changed, same version", SEED_ROWS,
     [changed(FISCAL_LEVEL, value=1.8651e13), *SEED_ROWS[1:]],
     ["fiscal: rows differ from 1.0.0, but the extractor version did not change "
      "(fiscal@1.0.0)"]),
    ("value changed, version bumped", SEED_ROWS,
     [changed(FISCAL_LEVEL, value=1.8651e13, extractor="fiscal@1.0.1"),
      changed(SEED_ROWS[1], extractor="fiscal@1.0.1"), *SEED_ROWS[2:]], []),
    ("only the version changed", SEED_ROWS,
     [changed(FISCAL_LEVEL, extractor="fiscal@1.1.0"), *SEED_ROWS[1:]], []),
    ("a row removed, same version", SEED_ROWS, [row for row in SEED_ROWS if row != FISCAL_LEVEL],
     ["fiscal: rows differ from 1.0.0, but the extractor version did not change "
      "(fiscal@1.0.0)"]),
    ("a new topic", SEED_ROWS[:3], SEED_ROWS, []),
]  # fmt: skip


@pytest.mark.parametrize(
    "published, rows, problems",
    [c[1:] for c in EXTRACTOR_VERSIONS],
    ids=[c[0] for c in EXTRACTOR_VERSIONS],
)
def test_unversioned_changes_are_found(tmp_path, published, rows, problems):
    release_dir = release_rows(tmp_path, "1.0.0", published).path
    build = make_build(tmp_path / "next", rows)
    assert unversioned_changes(release_dir, build) == problems


def test_seed_build_rows_changed_only_with_a_new_extractor_version(seed_build):
    """Rows of a topic that differ from the latest committed release need a new version."""
    _, built = seed_build
    index = json.loads((RELEASES / "index.json").read_text(encoding="utf-8"))
    assert unversioned_changes(RELEASES / index["latest"], built) == []
