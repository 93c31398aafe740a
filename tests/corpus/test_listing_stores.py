"""The listing and the catalog on disk (issue 7): NameStore and CatalogStore answer as the
sorted tuple and the dict they replace did, lookups come in batches, and their temporary files
never outlive them."""

from __future__ import annotations

import os
import random
import sqlite3
from datetime import date
from pathlib import Path, PurePosixPath

import pytest

from econstats.core.chunks import chunked
from econstats.core.model import Skipped
from econstats.corpus import catalog_store, sources
from econstats.corpus.catalog import Catalog
from econstats.corpus.catalog_store import CatalogEntry, CatalogStore
from econstats.corpus.folder import corpus_names
from econstats.corpus.name_store import NameStore, stem
from econstats.corpus.sources import LOOKUP_NAMES, Task, iter_items, list_corpus


def entry(doc_id: str, line: int, published: date | None = None) -> CatalogEntry:
    return CatalogEntry(doc_id, f"https://x.example/{doc_id}", "T", "P", published, "en", line)


def test_catalog_store_answers_as_a_dict() -> None:
    entries = [entry("b", 2, date(2024, 1, 2)), entry("a", 3), entry("c.1", 5, date(1, 1, 1))]
    with CatalogStore() as store:
        store.add(entries)
        reference = {item.doc_id: item for item in entries}
        assert store == reference
        assert list(store) == ["b", "a", "c.1"]  # the catalog's order, not the doc_ids'
        assert len(store) == 3 and "a" in store and "z" not in store
        assert store.get("c.1") == entries[2] and store.get("z") is None
        assert store.get_many(["a", "z", "b", "a"]) == {"a": entries[1], "b": entries[0]}
        assert store.first_lines(["c.1", "zz"]) == {"c.1": 5}
        with pytest.raises(KeyError):
            store["\udcff"]  # a file name's undecodable byte: in no catalog, no SQLite error
        with pytest.raises(sqlite3.IntegrityError):
            store.add([entry("a", 9)])
        assert len(store) == 3
    store.close()  # twice is harmless


def test_catalog_store_looks_up_more_than_a_query_holds() -> None:
    doc_ids = [f"d{i}" for i in range(3 * catalog_store.MAX_PARAMETERS + 7)]
    with CatalogStore() as store:
        store.add(entry(doc_id, line) for line, doc_id in enumerate(doc_ids, 2))
        found = store.get_many(doc_ids + ["nowhere"])
        assert sorted(found) == sorted(doc_ids)
        assert found["d1000"].line == 1002


@pytest.mark.parametrize("entries", [{}, "store"], ids=["dict", "store"])
def test_catalog_entries_for(entries) -> None:
    items = [entry("a", 2), entry("b", 3)]
    if entries == "store":
        entries = CatalogStore()
        entries.add(items)
    else:
        entries = {item.doc_id: item for item in items}
    catalog = Catalog(entries, (), None)
    assert catalog.entries_for(["b", "c"]) == {"b": items[1]}
    catalog.close()


# (case, file names) whose NameStore must iterate exactly as sorted() orders them
NAME_SETS = [
    ("empty", []),
    ("ascii", ["b.txt", "a.htm", "a.b.txt", "A.TXT", "a_1.html", "a-1.txt", "a.txt"]),
    ("non-ascii", ["é.txt", "z.txt", "预算.txt", "\U0001f600.txt", "\uffff.txt", "\ue000.htm"]),
    ("undecodable bytes", ["\udcff.txt", "\udc80.txt", "a\udce9.txt", "\ud7ff.txt", "é.txt"]),
    ("random", [f"{random.Random(7).random()}{i}.txt" for i in range(5000)]),
]


@pytest.mark.parametrize("names", [c[1] for c in NAME_SETS], ids=[c[0] for c in NAME_SETS])
def test_name_store_iterates_in_sorted_order(names: list[str]) -> None:
    shuffled = names[:]
    random.Random(1).shuffle(shuffled)
    with NameStore(shuffled) as store:
        assert list(store) == sorted(names)
        assert len(store) == len(names)
        assert all(name in store for name in names[:50]) and "nowhere.txt" not in store


# (doc_id, whether a file of NAMES has it)
NAMES = ["a.b.txt", "a.hx.txt", "a.txt", "ab.htm", "b.c.d.html", "c..txt", "x\udcff.txt"]
HAVING = [
    ("a", True),
    ("a.b", True),
    ("a.h", False),
    ("ab", True),
    ("b", False),
    ("b.c", False),
    ("b.c.d", True),
    ("c.", True),
    ("c", False),
    ("x\udcff", True),
    ("", False),
]


def test_name_store_knows_which_doc_ids_have_files() -> None:
    with NameStore(NAMES) as store:
        assert store.having_files([doc_id for doc_id, _ in HAVING]) == {
            doc_id for doc_id, has in HAVING if has
        }
        many = [f"n{i}" for i in range(1234)]
        assert store.having_files(many + ["a"]) == {"a"}


def test_name_store_refuses_a_name_twice_and_passes_on_a_failing_listing() -> None:
    with pytest.raises(sqlite3.IntegrityError):
        NameStore(["a.txt", "b.txt", "a.txt"])

    def failing():
        yield "a.txt"
        raise OSError("listing failed")

    with pytest.raises(OSError, match="listing failed"):
        NameStore(failing())


@pytest.mark.parametrize(
    "name", ["a.txt", "a.b.htm", ".hidden.txt", "noext", ".txt", "a.", "é.tar.gz"]
)
def test_stem_is_pure_posix_path_s(name: str) -> None:
    assert stem(name) == PurePosixPath(name).stem


def test_chunked() -> None:
    assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked([], 3)) == []


def test_items_over_many_lookup_batches(tmp_path: Path) -> None:
    """A corpus of several LOOKUP_NAMES: every Task carries its own entry; a doc_id whose two
    files straddle a batch boundary is a duplicate; the outcome is iter_corpus's."""
    count = 2 * LOOKUP_NAMES + 50
    names = [f"d{i:05d}.txt" for i in range(count)]
    names[LOOKUP_NAMES] = f"d{LOOKUP_NAMES - 1:05d}.txu.txt"  # doc_id d00511.txu: its own
    names.append(f"d{LOOKUP_NAMES - 1:05d}.htm")  # sorts just before d00511.txt
    for name in names:
        (tmp_path / name).write_text("t")
    rows = [f"{Path(n).stem},,Title {n},,2024-03-04,en" for n in names[::-3]]
    (tmp_path / "catalog.csv").write_text(
        "doc_id,url,title,publisher,published_date,language\n" + "\n".join(rows) + "\n"
    )
    listing = list_corpus(tmp_path)
    items = list(iter_items(listing))
    assert [Path(item.path).name for item in items] == corpus_names(tmp_path)
    for item in items:
        if isinstance(item, Task):
            assert item.entry == listing.catalog.entries.get(item.doc_id)
            assert item.path == str(tmp_path / Path(item.path).name)
    skipped = [item for item in items if isinstance(item, Skipped)]
    assert skipped == [
        Skipped(
            str(tmp_path / f"d{LOOKUP_NAMES - 1:05d}.txt"),
            "duplicate-doc-id",
            f"doc_id d{LOOKUP_NAMES - 1:05d} already taken by d{LOOKUP_NAMES - 1:05d}.htm",
        )
    ]
    with_entries = [item for item in items if isinstance(item, Task) and item.entry is not None]
    assert len(with_entries) == len(rows) and listing.catalog.problems == ()
    assert with_entries[-1].entry.title == "Title d01071.txt"
    [shared] = [item for item in items if item.path.endswith(".htm")]
    assert shared.entry is not None and shared.entry.title == f"Title {Path(shared.path).name}"
    listing.close()


def open_temporary_files() -> list[str]:
    """SQLite's temporary files (etilqs_*) this process holds open."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue  # closed since listed
        if "etilqs_" in target:
            found.append(target)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc (Linux)")
def test_temporary_files_are_unlinked_and_closed() -> None:
    before = open_temporary_files()
    store = CatalogStore()
    title = "x" * 500  # some MB: more than the page cache, so SQLite writes its file
    store.add(CatalogEntry(f"d{i}", None, title, None, None, None, i) for i in range(20_000))
    names = NameStore(f"{i:0200d}.txt" for i in range(30_000))
    opened = [target for target in open_temporary_files() if target not in before]
    assert len(opened) == 2
    assert all(target.endswith(" (deleted)") for target in opened)  # never visible in TMPDIR
    listing = sources.Listing("x", "x", names, Catalog(store, (), None), None, False)
    listing.close()
    assert open_temporary_files() == before
