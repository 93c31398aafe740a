"""benchmarks.realnews: the repeated corpus and a run of both readers (no timing asserted)."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from benchmarks import realnews


def test_the_corpus_repeats_every_document_under_its_own_id(tmp_path: Path) -> None:
    info = realnews.write_corpus(tmp_path / "c", 900_000)
    with (tmp_path / "c" / "catalog.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    ids = [row["doc_id"] for row in rows]
    files = sorted(p.stem for p in (tmp_path / "c").iterdir() if p.name != "catalog.csv")
    assert len(ids) == len(set(ids)) == info["documents"] == len(files)
    assert sorted(ids) == files
    assert 900_000 <= info["bytes"] < 900_000 + 100_000  # stops at the first copy past the size
    first = {row["doc_id"][5:] for row in rows if row["doc_id"].startswith("c0000")}
    assert len(first) == 90  # a whole first copy of realnews
    original = (realnews.REALNEWS / "rc01.txt").read_bytes()
    assert (tmp_path / "c" / "c0001rc01.txt").read_bytes() == original


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_both_readers_build_the_corpus(tmp_path: Path) -> None:
    known = subprocess.run(
        ["git", "cat-file", "-e", f"{realnews.OLD_READER}^{{commit}}"],
        cwd=realnews.ROOT,
        capture_output=True,
    )
    if known.returncode:
        pytest.skip(f"{realnews.OLD_READER} is not in this clone (shallow?)")
    results = tmp_path / "R.md"
    argv = ["--size", "60k", "--repeat", "1", "--workdir", str(tmp_path), "--results", str(results)]
    assert realnews.main(argv) == 0
    text = results.read_text(encoding="utf-8")
    assert "| old reader (8b88abd) |" in text and "| new reader (this checkout) |" in text
    assert "new / old MB/s: **" in text
    old, new = (line for line in text.splitlines() if "reader (" in line)
    assert int(old.split("|")[-2].replace(",", "")) > 0  # each built rows from the copies
    assert int(new.split("|")[-2].replace(",", "")) > 0
