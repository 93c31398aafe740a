"""catalog.csv read as a stream (issue 7): the same entries, problems and errors as when it was
read whole, over batch boundaries, line breaks split between reads, and every encoding."""

from __future__ import annotations

import codecs
import io
import json
from datetime import date
from pathlib import Path

import pytest

from econstats.build.run import build
from econstats.core.errors import CorpusError
from econstats.corpus import catalog as catalog_module
from econstats.corpus.catalog import BATCH_ROWS
from econstats.corpus.catalog_lines import (
    MAX_RECORD_LINES,
    PHYSICAL_LINE,
    csv_rows,
    text_lines,
    utf8_lines,
)
from econstats.corpus.decoding import UndecodableError, decode
from econstats.corpus.folder import load_catalog
from econstats.corpus.sources import list_corpus

HEADER = "doc_id,url,title,publisher,published_date,language\n"
ROWS = 2_000  # four batches of BATCH_ROWS and some
CHUNK = 8192  # what io.TextIOWrapper reads at a time: line breaks split across two reads

# (case, text) whose lines utf8_lines must give exactly as PHYSICAL_LINE.findall does
LINE_TEXTS = [
    ("empty", ""),
    ("no final break", "a\nb"),
    ("every break", "a\r\nb\rc\nd\r\r\ne\n\n\r"),
    ("crlf split between reads", "x" * (CHUNK - 1) + "\r\n" + "y\n"),
    ("cr at the end of a read", "x" * (CHUNK - 1) + "\r" + "y\r\n"),
    ("cr then lf in the next read", "x" * (CHUNK - 2) + "\r\r\n" + "z"),
    ("multibyte split between reads", "x" * (CHUNK - 1) + "é\n" + "预算" * 5000 + "\r"),
    ("long line", "x" * (5 * CHUNK) + "\n"),
]


@pytest.mark.parametrize("text", [case[1] for case in LINE_TEXTS], ids=[c[0] for c in LINE_TEXTS])
def test_lines_are_split_as_csv_splits_them(text: str) -> None:
    expected = PHYSICAL_LINE.findall(text)
    assert list(utf8_lines(io.BytesIO(text.encode()))) == expected
    assert list(utf8_lines(io.BytesIO(codecs.BOM_UTF8 + text.encode()))) == expected
    assert list(text_lines(text)) == expected


def test_utf8_lines_leave_the_file_open_and_stop_at_a_bad_byte() -> None:
    handle = io.BytesIO(b"a\n" * CHUNK + b"\xff\n")
    with pytest.raises(UnicodeDecodeError):
        list(utf8_lines(handle))
    assert not handle.closed


def quoted(lines: int) -> list[str]:
    """A record whose quoted field spans `lines` lines, then a good record."""
    return ['a,"x\n'] + ["x\n"] * (lines - 2) + ['x"\n', "b,c\n"]


# (case, lines, expected (line, fields or None) per record)
RECORDS = [
    ("good", ["a,b\n", "c,d\n"], [(1, ["a", "b"]), (2, ["c", "d"])]),
    ("unclosed resumes next line", ['a,"b\n', "c,d\n"], [(1, None), (2, ["c", "d"])]),
    (
        "a field of MAX_RECORD_LINES lines",
        quoted(MAX_RECORD_LINES),
        [(1, ["a", "x" + "\nx" * (MAX_RECORD_LINES - 1)]), (MAX_RECORD_LINES + 1, ["b", "c"])],
    ),
    (
        "one line more is unclosed",
        quoted(MAX_RECORD_LINES + 1),
        [(1, None)]
        + [(line, ["x"]) for line in range(2, MAX_RECORD_LINES + 1)]
        + [(MAX_RECORD_LINES + 1, ['x"']), (MAX_RECORD_LINES + 2, ["b", "c"])],
    ),
    (
        "a bad record inside a bad record",
        ['a,"b\n', 'c,"d\n', "e\n"],
        [(1, None), (2, None), (3, ["e"])],
    ),
]


@pytest.mark.parametrize(
    ("lines", "expected"), [case[1:] for case in RECORDS], ids=[case[0] for case in RECORDS]
)
def test_csv_rows_resume_after_a_bad_record(lines: list[str], expected: list) -> None:
    assert [(line, row) for line, row, _ in csv_rows(lines)] == expected


def big_catalog(corpus: Path) -> tuple[str, list[str]]:
    """A catalog of ROWS rows (doc_id dNNNN) whose problems straddle batch boundaries, the
    files of every doc_id but one, and the problems expected, in line order."""
    rows = [
        f"d{i:04d},https://x.example/{i},Title {i},Pub,2024-01-{i % 28 + 1:02d},en"
        for i in range(ROWS)
    ]
    expected = []

    def put(index: int, row: str, problem: str | None) -> None:
        rows[index] = row
        if problem:
            expected.append(f"catalog.csv line {index + 2}: {problem}")

    edge = BATCH_ROWS - 1  # the last row of the first batch
    put(3, "d0003,,,,2024-02-30,en", "impossible date '2024-02-30' for doc_id d0003")
    put(edge, "d0001,,Again,,,", "duplicate doc_id d0001 (first at line 3); ignored")
    put(edge + 1, "d0005,,Twice,,,", "duplicate doc_id d0005 (first at line 7); ignored")
    put(edge + 2, "d0513,,T\x07,,,en", "control character in title of d0513; left empty")
    put(700, "d0700,,,", "4 fields, header has 6; ignored")
    put(701, "../d0701,,,,,", "invalid doc_id '../d0701'; row ignored")
    put(
        1200, 'd1200,,"never closed,,,', "not valid CSV (a quoted field is not closed); row ignored"
    )
    put(
        1500,
        "d1500,,,,15/01/2024,en",
        "unparseable date '15/01/2024' (expected YYYY-MM-DD) for doc_id d1500",
    )
    put(1800, "d1800,,,,,", "unknown doc_id d1800: no document file of that name")
    put(1998, "d1999,,,,,", None)  # d1999 twice: the second (next line) is the duplicate
    expected.append("catalog.csv line 2001: duplicate doc_id d1999 (first at line 2000); ignored")
    for i in range(ROWS):
        if i != 1800:
            (corpus / f"d{i:04d}.txt").write_text("t")
    return HEADER + "\n".join(rows) + "\n", expected


def test_a_large_catalog_gives_every_problem_in_line_order(tmp_path: Path) -> None:
    text, expected = big_catalog(tmp_path)
    (tmp_path / "catalog.csv").write_text(text)
    listing = list_corpus(tmp_path)
    catalog = listing.catalog
    assert list(catalog.problems) == expected
    assert len(catalog.entries) == ROWS - 6  # two duplicates, three bad rows, d1999's twin
    assert list(catalog.entries)[:3] == ["d0000", "d0001", "d0002"]
    assert "d1200" not in catalog.entries and "d1201" in catalog.entries  # resumed
    assert catalog.entries["d0001"].title == "Title 1"  # the first row wins
    assert catalog.entries["d0513"].title is None
    assert catalog.entries["d1999"].line == 2000
    assert catalog.entries["d0027"].published_date == date(2024, 1, 28)
    assert load_catalog(tmp_path / "catalog.csv") == catalog  # the same without a NameStore
    listing.close()


def utf8_catalog(corpus: Path, rows: int = ROWS) -> str:
    for i in range(3):
        (corpus / f"d{i:04d}.txt").write_text("t")
    return HEADER + "".join(f"d{i:04d},,Café {i},,2024-01-02,\n" for i in range(rows))


# (case, bytes of the catalog text, that the catalog loads with its 2000 entries)
ENCODED = [
    ("utf-8", lambda text: text.encode()),
    ("utf-8 bom crlf", lambda text: codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode()),
    ("utf-16", lambda text: text.encode("utf-16")),
    ("utf-32", lambda text: text.encode("utf-32")),
    ("cp1252", lambda text: text.encode("cp1252")),
]


@pytest.mark.parametrize("encode", [case[1] for case in ENCODED], ids=[c[0] for c in ENCODED])
def test_every_encoding_gives_the_same_entries(tmp_path: Path, encode) -> None:
    (tmp_path / "catalog.csv").write_bytes(encode(utf8_catalog(tmp_path)))
    catalog = load_catalog(tmp_path / "catalog.csv")
    assert len(catalog.entries) == ROWS
    assert catalog.entries["d1999"].title == "Café 1999"
    assert catalog.problems[:1] == (
        "catalog.csv line 5: unknown doc_id d0003: no document file of that name",
    )


# (case, catalog bytes) that no encoding decodes: the error is decode()'s, as when read whole
UNDECODABLE = [
    ("bad byte after many rows", lambda text: text.encode() + b"d9,\xff\n" + text.encode()),
    ("after a header without doc_id", lambda text: b"url,title\n" + text.encode() + b"\xc3"),
]


@pytest.mark.parametrize("make", [case[1] for case in UNDECODABLE], ids=[c[0] for c in UNDECODABLE])
def test_an_undecodable_catalog_is_decode_s_error(tmp_path: Path, make) -> None:
    raw = make(utf8_catalog(tmp_path, rows=300) + "Ünïcode,,,,,\n")
    (tmp_path / "catalog.csv").write_bytes(raw)
    with pytest.raises(UndecodableError) as expected:
        decode(raw)
    with pytest.raises(CorpusError) as found:
        list_corpus(tmp_path)
    assert (
        str(found.value) == f"{tmp_path / 'catalog.csv'}: cannot read the catalog: {expected.value}"
    )


@pytest.mark.parametrize("raw", [b"", codecs.BOM_UTF8, b"\n\r\n"], ids=["empty", "bom", "breaks"])
def test_an_empty_catalog_has_no_header(tmp_path: Path, raw: bytes) -> None:
    (tmp_path / "catalog.csv").write_bytes(raw)
    catalog = load_catalog(tmp_path / "catalog.csv")
    assert catalog.problems == ("catalog.csv line 1: empty, no header",)
    assert len(catalog.entries) == 0


@pytest.mark.parametrize("limit", [0, 3, 8, 1000], ids=lambda limit: f"max {limit}")
def test_problems_past_the_maximum_are_counted_not_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text, expected = big_catalog(corpus)
    (corpus / "catalog.csv").write_text(text)
    monkeypatch.setattr(catalog_module, "MAX_PROBLEMS", limit)
    for catalog in (load_catalog(corpus / "catalog.csv"), list_corpus(corpus).catalog):
        assert list(catalog.problems) == expected[:limit]
        assert catalog.unlisted_problems == max(0, len(expected) - limit)
        assert len(catalog.entries) == ROWS - 6  # every good row still applies
        catalog.close()
    report = build(corpus, tmp_path / "data" / "build")
    written = json.loads((tmp_path / "data" / "build" / "report.json").read_text())["catalog"]
    for found in (report["catalog"], written):
        assert found["problems"] == expected[:limit]
        assert found["problems_unlisted"] == max(0, len(expected) - limit)
