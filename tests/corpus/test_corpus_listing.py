"""Every file anywhere under a corpus is in report.json exactly once (issue 12, item 5).

A document is a file of the corpus folder itself named <doc_id>.txt/.html/.htm (the contract's
doc_id is a file name without its extension, never a path). Anything else is listed under
`skipped` with its reason: a file in a subfolder (`in-subfolder`), a file of another kind
(`not-a-document`), a name that is not valid UTF-8 (`bad-file-name`, the name shown with its
bytes escaped); the catalog.csv is the report's `catalog`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from econstats.build.run import build
from econstats.core.model import Document, Skipped
from econstats.corpus.catalog import Catalog
from econstats.corpus.folder import iter_corpus, load_catalog
from econstats.corpus.sources import Task, iter_items, list_corpus

fsspec = pytest.importorskip("fsspec")

EN = (
    "China's fiscal revenue increased by 0.8 percent year on year to 18.65 trillion yuan in 2024.\n"
)
NO_CATALOG = Catalog({}, ("no catalog.csv: documents have no published_date",), None)

# (case, file names (bytes: a name as the file system holds it), expected (shown name, reason,
# text in the note) in report order; "" for a document)
LISTINGS = [
    (
        "subfolders",
        [b"a.txt", b"sub/b.txt", b"sub/deeper/c.html", b"sub.txt/d.txt"],
        [
            ("a.txt", "", ""),
            ("sub.txt/d.txt", "in-subfolder", "in the subfolder sub.txt"),
            ("sub/b.txt", "in-subfolder", "in the subfolder sub"),
            ("sub/deeper/c.html", "in-subfolder", "in the subfolder sub/deeper"),
        ],
    ),
    (
        "other kinds of file",
        [b"a.txt", b"notes.md", b"README", b"a.pdf", b".DS_Store"],
        [
            (".DS_Store", "not-a-document", "not a .txt, .html or .htm file"),
            ("README", "not-a-document", "not a .txt, .html or .htm file"),
            ("a.pdf", "not-a-document", "not a .txt, .html or .htm file"),
            ("a.txt", "", ""),
            ("notes.md", "not-a-document", "not a .txt, .html or .htm file"),
        ],
    ),
    (
        "names that are not UTF-8",
        [b"bad\xffname.txt", b"ok.txt", b"\xe9t\xe9.htm", b"sub/\xff.txt", b"x\xff.md"],
        [
            ("bad\\xffname.txt", "bad-file-name", "b'bad\\xffname.txt'"),
            ("ok.txt", "", ""),
            ("sub/\\xff.txt", "in-subfolder", "in the subfolder sub"),
            ("x\\xff.md", "not-a-document", "not a .txt"),
            ("\\xe9t\\xe9.htm", "bad-file-name", "not valid UTF-8"),
        ],
    ),
    (
        "a document's doc_id is still its own",
        [b"a.htm", b"a.md", b"a.txt", b"a/a.txt", b"b.txt"],
        [
            ("a.htm", "", ""),
            ("a.md", "not-a-document", "not a .txt"),
            ("a.txt", "duplicate-doc-id", "already taken by a.htm"),
            ("a/a.txt", "in-subfolder", "in the subfolder a"),
            ("b.txt", "", ""),
        ],
    ),
]


def make_files(folder: Path, names: list[bytes]) -> None:
    """Files with these names (bytes, '/' for a subfolder) under `folder`, each an article."""
    page = f"<html><body><article><p>{EN}</p></article></body></html>"
    for name in names:
        path = os.path.join(os.fsencode(folder), name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(
                (page if name.endswith(b".htm") or name.endswith(b".html") else EN).encode()
            )


def outcome(root: str, item: Document | Skipped | Task) -> tuple[str, str, str]:
    """(name shown relative to the corpus folder, reason, note) of a listed item."""
    assert item.path.startswith(root + "/"), item.path
    name = item.path[len(root) + 1 :]
    if isinstance(item, Skipped):
        return name, item.reason, item.note
    return name, "", ""


def matches(found: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]) -> bool:
    """Same names and reasons in the same order, each expected note text in its note."""
    return len(found) == len(expected) and all(
        (name, reason) == (want[0], want[1]) and want[2] in note
        for (name, reason, note), want in zip(found, expected, strict=True)
    )


CASES = [case[1:] for case in LISTINGS]
IDS = [case[0] for case in LISTINGS]


@pytest.mark.parametrize(("names", "expected"), CASES, ids=IDS)
def test_the_listing_names_every_file_once(tmp_path: Path, names, expected) -> None:
    make_files(tmp_path, names)
    (tmp_path / "catalog.csv").write_text("doc_id,url,title,publisher,published_date,language\n")
    listing = list_corpus(tmp_path)
    found = [outcome(str(tmp_path), item) for item in iter_items(listing)]
    listing.close()
    assert matches(found, expected), found


@pytest.mark.parametrize(("names", "expected"), CASES, ids=IDS)
def test_iter_corpus_decides_alike(tmp_path: Path, names, expected) -> None:
    make_files(tmp_path, names)
    found = [outcome(str(tmp_path), item) for item in iter_corpus(tmp_path, NO_CATALOG)]
    assert matches(found, expected), found


@pytest.mark.parametrize(("names", "expected"), CASES, ids=IDS)
def test_a_build_reports_every_file_once(tmp_path: Path, names, expected) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    make_files(corpus, names)
    build(corpus, tmp_path / "data" / "build")
    report = json.loads((tmp_path / "data" / "build" / "report.json").read_text(encoding="utf-8"))
    listed = {item["path"]: (item["reason"], item["note"]) for item in report["skipped"]}
    listed |= {doc["path"]: ("", "") for doc in report["documents"]}
    found = sorted((path[len(str(corpus)) + 1 :], *listed[path]) for path in listed)
    assert len(listed) == len(report["skipped"]) + len(report["documents"]) == len(names)
    assert matches(found, sorted(expected)), found


def test_a_url_corpus_lists_its_subfolders(tmp_path: Path) -> None:
    memory = fsspec.filesystem("memory")
    for name in ("a.txt", "notes.md", "sub/b.txt", "sub/deeper/c.htm"):
        memory.pipe_file(f"/listing/{name}", EN.encode())
    listing = list_corpus("memory://listing")
    found = [outcome("memory:///listing", item) for item in iter_items(listing)]
    listing.close()
    memory.rm("/listing", recursive=True)
    assert matches(
        found,
        [
            ("a.txt", "", ""),
            ("notes.md", "not-a-document", "not a .txt"),
            ("sub/b.txt", "in-subfolder", "in the subfolder sub"),
            ("sub/deeper/c.htm", "in-subfolder", "in the subfolder sub/deeper"),
        ],
    ), found


def test_a_catalog_knows_only_documents(tmp_path: Path) -> None:
    """A doc_id whose only file is no document, or is in a subfolder, is unknown."""
    make_files(tmp_path, [b"a.md", b"b/b.txt", b"c.x/d", b"e.txt"])
    rows = "".join(f"{doc_id},,,,,\n" for doc_id in ("a", "b", "c", "e"))
    (tmp_path / "catalog.csv").write_text(
        "doc_id,url,title,publisher,published_date,language\n" + rows
    )
    unknown = [f"catalog.csv line {line}: unknown doc_id {d}" for line, d in ((2, "a"), (3, "b"))]
    unknown.append("catalog.csv line 4: unknown doc_id c")
    for catalog in (load_catalog(tmp_path / "catalog.csv"), list_corpus(tmp_path).catalog):
        assert [p[: len(u)] for p, u in zip(catalog.problems, unknown, strict=True)] == unknown
        catalog.close()


def test_a_subfolder_that_cannot_be_listed_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_files(tmp_path, [b"a.txt", b"locked/b.txt"])
    real_scandir = os.scandir

    def scandir(path):  # as chmod 000 does, for root too
        if os.fspath(path).rstrip("/").endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = [outcome(str(tmp_path), item) for item in iter_corpus(tmp_path, NO_CATALOG)]
    assert matches(found, [("a.txt", "", ""), ("locked/", "unreadable", "cannot be listed")])
