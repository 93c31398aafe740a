"""A build replaces only a folder an earlier build wrote (issue 12 item 1): never the corpus, a
folder inside it or around it, a file, or a folder holding anything a build does not write.
`econstats build --corpus seeds --out seeds` deleted the corpus and said "built seeds".
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from econstats.build.build_out import STAMP
from econstats.build.run import build
from econstats.cli.main import main

ARTICLE = (
    "China's fiscal revenue increased by 0.8 percent year on year to nearly 18.65 trillion yuan "
    "in the first 10 months of 2025.\n"
)


def snapshot(folder: Path) -> dict[str, str]:
    """sha256 of every file under `folder` ('dir' for folders, the target for links)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[name] = f"-> {path.readlink()}"
        else:
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
    return found


def earlier_build(out: Path) -> None:
    """A build of a one-article corpus written into `out`."""
    corpus = out.parent / f"{out.name}-corpus"
    corpus.mkdir(parents=True)
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    build(corpus, out)


def legacy_build(out: Path) -> None:
    """A build as versions before the stamp wrote it: report.json, Parquet files, texts/."""
    earlier_build(out)
    (out / STAMP).unlink()
    (out / "texts").mkdir()
    (out / "texts" / "page.txt").write_text("A saved page's text.", encoding="utf-8")


def with_notes(make: Callable[[Path], None]) -> Callable[[Path], None]:
    def setup(out: Path) -> None:
        make(out)
        (out / "notes.txt").write_text("my notes", encoding="utf-8")

    return setup


def nothing(out: Path) -> None:
    return None


def notes_only(out: Path) -> None:
    out.mkdir(parents=True)
    (out / "notes.txt").write_text("my notes", encoding="utf-8")


def regular_file(out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("not a folder", encoding="utf-8")


def release_folder(out: Path) -> None:
    earlier_build(out)
    (out / STAMP).unlink()
    (out / "report.json").unlink()
    for name in ("datapackage.json", "manifest.json", "CHANGES.md"):
        (out / name).write_text("{}", encoding="utf-8")


def parquet_only(out: Path) -> None:
    earlier_build(out)
    (out / STAMP).unlink()
    (out / "report.json").unlink()


def texts_with_a_folder(out: Path) -> None:
    legacy_build(out)
    (out / "texts" / "drafts").mkdir()


def link_to_a_build(out: Path) -> None:
    earlier_build(out.parent / "real")
    out.symlink_to(out.parent / "real")


# (id, --corpus, --out, how --out is made beforehand, what the refusal says after "--out: ")
REFUSED = [
    ("the corpus", "news", "news", nothing, "is the corpus folder"),
    ("inside the corpus", "news", "news/build", nothing, "lies inside the corpus folder news"),
    ("containing the corpus", "news", ".", nothing, "contains the corpus folder news"),
    ("a file:// URL's folder", "file://{root}/news", "news/out", nothing, "lies inside"),
    ("a person's notes", "news", "data/build", notes_only, "holds files a build did not "),
    ("notes beside a build", "news", "data/build", with_notes(earlier_build), "holds files"),
    ("notes beside an old build", "news", "data/build", with_notes(legacy_build), "holds files"),
    ("a regular file", "news", "data/build", regular_file, "is a file, not a folder a build"),
    ("a release folder", "news", "data/build", release_folder, "holds files a build did not "),
    ("Parquet files only", "news", "data/build", parquet_only, "has no .econstats-build or "),
    ("a folder in texts/", "news", "data/build", texts_with_a_folder, "(texts/drafts)"),
    ("a symbolic link", "news", "data/build", link_to_a_build, "is a symbolic link"),
]


@pytest.mark.parametrize(
    ("corpus", "out", "setup", "said"), [case[1:] for case in REFUSED], ids=[c[0] for c in REFUSED]
)
def test_an_out_folder_that_is_not_a_builds_is_refused(
    tmp_path, monkeypatch, capsys, corpus, out, setup, said
):
    monkeypatch.chdir(tmp_path)
    Path("news").mkdir()
    (Path("news") / "a.txt").write_text(ARTICLE, encoding="utf-8")
    setup(Path(out))
    capsys.readouterr()
    before = snapshot(tmp_path)
    corpus = corpus.format(root=tmp_path)
    assert main(["build", "--corpus", corpus, "--out", out, "--jobs", "1"]) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"econstats: error: {out}: ")
    assert said in captured.err and captured.err.count("\n") == 1
    assert snapshot(tmp_path) == before  # nothing written, nothing removed


# (id, how --out is made beforehand)
ACCEPTED = [
    ("a new folder", nothing),
    ("an empty folder", lambda out: out.mkdir(parents=True)),
    ("an earlier build", earlier_build),
    ("a build older than the stamp", legacy_build),
]


@pytest.mark.parametrize("setup", [case[1] for case in ACCEPTED], ids=[c[0] for c in ACCEPTED])
def test_a_new_empty_or_built_folder_is_replaced_and_stamped(tmp_path, seeds_dir, setup):
    out = tmp_path / "data" / "build"
    setup(out)
    report = build(seeds_dir, out)
    assert sum(report["counts"].values()) == 35
    names = {path.name for path in out.iterdir()}
    assert {name for name in names if not name.endswith(".parquet")} == {STAMP, "report.json"}
    assert build(seeds_dir, out)["counts"] == report["counts"]  # its own output: replaced again


def test_the_corpus_is_never_touched(tmp_path, seeds_dir, capsys):
    corpus = tmp_path / "seeds"
    shutil.copytree(seeds_dir, corpus)
    before = snapshot(corpus)
    assert main(["build", "--corpus", str(corpus), "--out", str(corpus)]) == 3
    assert "built" not in capsys.readouterr().out
    assert snapshot(corpus) == before
