"""--engine dask on a distributed.LocalCluster of two workers writes the bytes of the local
engine (issue 7), and a corpus behind an fsspec URL builds like the same folder on disk."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from econstats.build import engines
from econstats.build.run import build

distributed = pytest.importorskip("distributed")
fsspec = pytest.importorskip("fsspec")


def parquet_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.parquet"))}


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory, seeds_dir) -> Path:
    """The four short seed documents and the catalog: quick to extract."""
    folder = tmp_path_factory.mktemp("small")
    for path in sorted(seeds_dir.glob("00[1-4]_*.txt")):
        shutil.copy(path, folder / path.name)
    shutil.copy(seeds_dir / "catalog.csv", folder / "catalog.csv")
    return folder


@pytest.fixture(scope="module")
def local_build(tmp_path_factory, small_corpus) -> Path:
    out = tmp_path_factory.mktemp("local") / "build"
    build(small_corpus, out, jobs=1)
    return out


def test_dask_cluster_of_two_workers_writes_the_local_bytes(
    tmp_path, monkeypatch, small_corpus, local_build
):
    monkeypatch.setattr(engines, "CHUNK_DOCUMENTS", 1)  # one task per document
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        out = tmp_path / "dask" / "build"
        report = build(
            f"file://{small_corpus}", out, engine="dask", scheduler=cluster.scheduler_address
        )
    assert sum(report["counts"].values()) > 0 and len(report["documents"]) == 4
    assert parquet_bytes(out) == parquet_bytes(local_build)
    local_report = (local_build / "report.json").read_text(encoding="utf-8")
    dask_report = (out / "report.json").read_text(encoding="utf-8")
    assert dask_report.replace(f"file://{small_corpus}", str(small_corpus)) == local_report


def test_fsspec_url_corpus_builds_like_the_folder(tmp_path, small_corpus, local_build):
    memory = fsspec.filesystem("memory")
    for path in sorted(small_corpus.iterdir()):
        memory.pipe_file(f"/news/{path.name}", path.read_bytes())
    out = tmp_path / "url" / "build"
    report = build("memory://news", out, jobs=1)
    assert report["corpus"] == "memory://news"
    assert [d["path"] for d in report["documents"]][0] == "memory:///news/001_40eeacbf8687f7d6.txt"
    assert report["catalog"]["path"] == "memory://news/catalog.csv"
    assert parquet_bytes(out) == parquet_bytes(local_build)
    memory.rm("/news", recursive=True)
