"""Corpus folder, decoding and catalog: every file accounted for, every catalog problem named."""

from __future__ import annotations

import codecs
import hashlib
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from econstats.core.errors import CorpusError
from econstats.core.model import Document, Skipped
from econstats.corpus.folder import (
    Catalog,
    UndecodableError,
    corpus_files,
    decode,
    iter_corpus,
    load_catalog,
)

SEEDS = Path(__file__).parents[1].parent / "seeds"
NO_CATALOG = Catalog({}, ("no catalog.csv: documents have no published_date",), None)
HEADER = "doc_id,url,title,publisher,published_date,language\n"

MIXED = "Revenue rose 3.5% to 18.65 trillion yuan.\r\nSecond line\rthird"
HANS = "全国一般公共预算收入186507亿元，同比下降0.6%。其中，中央一般公共预算收入81128亿元。"
HANT = "全國一般公共預算收入186507億元，同比下降0.6%。其中，中央一般公共預算收入81128億元。"
WESTERN = "The minister said \u201crevenue rose\u201d to \u20ac12.5 billion \u2013 a record."
LATIN = "Caf\u00e9 sales in S\u00e3o Paulo rose 3% this year, \u00e0 la fa\u00e7on."

# (case, raw bytes, exact decoded text, acceptable encoding names)
ENCODINGS = [
    ("utf-8", (MIXED + " 增长").encode("utf-8"), MIXED + " 增长", {"utf-8"}),
    ("utf-8-sig", codecs.BOM_UTF8 + HANS.encode("utf-8"), HANS, {"utf-8-sig"}),
    ("utf-16-le-bom", codecs.BOM_UTF16_LE + MIXED.encode("utf-16-le"), MIXED, {"utf-16"}),
    ("utf-16-be-bom", codecs.BOM_UTF16_BE + HANS.encode("utf-16-be"), HANS, {"utf-16"}),
    ("utf-32-le-bom", codecs.BOM_UTF32_LE + HANS.encode("utf-32-le"), HANS, {"utf-32"}),
    ("gb18030", HANS.encode("gb18030"), HANS, {"gb18030", "gbk", "gb2312"}),
    ("gbk", HANS.encode("gbk"), HANS, {"gb18030", "gbk", "gb2312"}),
    ("big5", HANT.encode("big5"), HANT, {"big5", "big5hkscs", "cp950"}),
    ("cp1252", WESTERN.encode("cp1252"), WESTERN, {"cp1252"}),
    ("latin-1", LATIN.encode("latin-1"), LATIN, {"cp1252", "iso8859-1", "latin-1"}),
]


@pytest.mark.parametrize(
    ("raw", "text", "names"), [c[1:] for c in ENCODINGS], ids=[c[0] for c in ENCODINGS]
)
def test_decode_gives_exact_text_and_encoding(raw: bytes, text: str, names: set[str]) -> None:
    decoded, encoding = decode(raw)
    assert decoded == text
    assert encoding in names
    assert raw.decode(encoding) == text  # the recorded name reproduces the text


@pytest.mark.parametrize(
    ("raw", "text", "names"), [c[1:] for c in ENCODINGS], ids=[c[0] for c in ENCODINGS]
)
def test_documents_carry_text_encoding_and_sha256(
    tmp_path: Path, raw: bytes, text: str, names: set[str]
) -> None:
    (tmp_path / "doc.txt").write_bytes(raw)
    [document] = list(iter_corpus(tmp_path, NO_CATALOG))
    assert isinstance(document, Document)
    assert (document.doc_id, document.text) == ("doc", text)
    assert document.encoding in names
    assert document.sha256 == hashlib.sha256(raw).hexdigest()
    assert document.published_date is None


@pytest.mark.parametrize(
    "raw",
    [
        bytes(range(1, 256)),
        b"abc\x81def caf\xe9",  # Latin-1 with a C1 control, cp1252 has no 0x81
        codecs.BOM_UTF16_LE + b"\x00\xd8a\x00",  # UTF-16 BOM, then a lone surrogate
    ],
    ids=["all-bytes", "c1-control", "false-utf16"],
)
def test_decode_refuses_what_no_encoding_fits(raw: bytes) -> None:
    with pytest.raises(UndecodableError) as caught:
        decode(raw)
    assert isinstance(caught.value, UnicodeDecodeError)
    assert "GB18030" in caught.value.reason


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _symlink(name: str, target: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.symlink_to(folder / target)
        return path

    return make


def _loop(folder: Path) -> Path:
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    return folder / "loop-a.txt"


# (case, builder returning the file's path, max_bytes, expected reason, text in the note)
BAD_FILES = [
    ("empty", _write("a.txt", b""), 1000, "empty-file", "0 bytes"),
    ("bom-only", _write("a.txt", codecs.BOM_UTF8), 1000, "empty-file", "byte-order mark"),
    ("nul-bytes", _write("a.txt", b"revenue\x00\x01"), 1000, "binary-file", "offset 7"),
    ("pdf", _write("a.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), 1000, "binary-file", "PDF"),
    ("png", _write("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 1000, "binary-file", "PNG"),
    ("jpeg", _write("a.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF"), 1000, "binary-file", "JPEG"),
    ("gif", _write("a.txt", b"GIF89a\x01\x00\x01\x00"), 1000, "binary-file", "GIF"),
    ("zip", _write("a.txt", b"PK\x03\x04\x14\x00\x00\x00"), 1000, "binary-file", "ZIP"),
    ("too-large", _write("a.txt", b"x" * 11), 10, "too-large", "11 bytes"),
    ("undecodable", _write("a.txt", bytes(range(1, 256))), 1000, "undecodable", "GB18030"),
    ("broken-symlink", _symlink("a.txt", "missing.txt"), 1000, "broken-symlink", "missing.txt"),
    ("symlink-loop", _loop, 1000, "broken-symlink", "loop-b.txt"),
    ("space", _write("a b.txt", b"text"), 1000, "bad-doc-id", "'a b'"),
    ("unicode", _write("报告.txt", b"text"), 1000, "bad-doc-id", "报告"),
    ("accent", _write("caf\u00e9.txt", b"text"), 1000, "bad-doc-id", "caf"),
    ("leading-dot", _write(".draft.txt", b"text"), 1000, "bad-doc-id", ".draft"),
]


@pytest.mark.parametrize(
    ("build", "max_bytes", "reason", "note"),
    [case[1:] for case in BAD_FILES],
    ids=[case[0] for case in BAD_FILES],
)
def test_bad_files_are_skipped_with_a_reason(
    tmp_path: Path, build: Callable[[Path], Path], max_bytes: int, reason: str, note: str
) -> None:
    path = build(tmp_path)
    results = {item.path: item for item in iter_corpus(tmp_path, NO_CATALOG, max_bytes)}
    skipped = results[str(path)]
    assert isinstance(skipped, Skipped)
    assert skipped.reason == reason
    assert note in skipped.note


def test_unreadable_file_chmod_000(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_bytes(b"text")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reading")
        [skipped] = list(iter_corpus(tmp_path, NO_CATALOG))
        assert isinstance(skipped, Skipped)
        assert skipped.reason == "unreadable"
        assert "Permission" in skipped.note
    finally:
        path.chmod(0o644)


def test_unreadable_file_os_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_bytes(b"text")
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", refuse)
    [skipped] = list(iter_corpus(tmp_path, NO_CATALOG))
    assert skipped == Skipped(
        str(path), "unreadable", f"PermissionError: [Errno 13] Permission denied: '{path}'"
    )


def test_every_file_is_accounted_for_in_name_order(tmp_path: Path) -> None:
    page = (
        b"<html><body><article><p>Retail sales rose 3 percent in 2024.</p></article></body></html>"
    )
    for name in ["c.txt", "a.htm", "b.html", "a.txt", "empty.txt", "notes.md", "catalog.csv"]:
        content = page if name.endswith(("htm", "html")) else b"text"
        (tmp_path / name).write_bytes(b"" if name == "empty.txt" else content)
    (tmp_path / "dir.txt").mkdir()
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    names = [path.name for path in corpus_files(tmp_path)]
    assert names == ["a.htm", "a.txt", "b.html", "c.txt", "empty.txt", "gone.txt", "notes.md"]
    results = [
        (Path(item.path).name, type(item).__name__) for item in iter_corpus(tmp_path, NO_CATALOG)
    ]
    assert results == [
        ("a.htm", "Document"),
        ("a.txt", "Skipped"),  # same doc_id as a.htm
        ("b.html", "Document"),
        ("c.txt", "Document"),
        ("empty.txt", "Skipped"),
        ("gone.txt", "Skipped"),
        ("notes.md", "Skipped"),  # not-a-document: every file is accounted for
    ]
    duplicate = list(iter_corpus(tmp_path, NO_CATALOG))[1]
    assert duplicate == Skipped(
        str(tmp_path / "a.txt"), "duplicate-doc-id", "doc_id a already taken by a.htm"
    )


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_a_folder_that_is_not_a_folder_is_an_error(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "corpus"
    if kind == "file":
        folder.write_text("not a folder")
    with pytest.raises(CorpusError, match=str(folder)):
        iter_corpus(folder, NO_CATALOG)  # raises at the call, before iterating
    with pytest.raises(CorpusError, match=str(folder)):
        corpus_files(folder)


def test_missing_catalog(tmp_path: Path) -> None:
    assert load_catalog(tmp_path / "catalog.csv") == NO_CATALOG


# (case, catalog rows after the header, expected (line, text) problems, doc_ids that load)
CATALOG_CASES = [
    ("clean", "a,,T,P,2024-01-02,en\nb,,,,,\n", [], ["a", "b"]),
    (
        "wrong-field-count",
        "a,,T,P,2024-01-02,en\nb,only,three\nc,,,,2024-03-04,en,extra\nc,,,,2024-03-04,en\n",
        [(3, "3 fields, header has 6"), (4, "7 fields, header has 6")],
        ["a", "c"],
    ),
    ("unknown", "a,,,,,\nzzz,,,,2024-01-01,en\n", [(3, "unknown doc_id zzz")], ["a", "zzz"]),
    (
        "duplicate",
        "a,,First,,,\nb,,,,,\na,,Second,,,\n",
        [(4, "duplicate doc_id a (first at line 2)")],
        ["a", "b"],
    ),
    (
        "impossible-date",
        "b,,,,,\na,,,,2025-02-30,en\n",
        [(3, "impossible date '2025-02-30' for doc_id a")],
        ["b", "a"],
    ),
    ("unparseable-date", "a,,,,30/01/2025,en\n", [(2, "unparseable date '30/01/2025'")], ["a"]),
    (
        "bad-doc-id",
        "a b,,,,,\n,,,,2024-01-01,\nc,,,,,\n",
        [(2, "invalid doc_id 'a b'"), (3, "invalid doc_id None")],
        ["c"],
    ),
    (
        "multi-line-title",
        'a,,"two\nlines",,,\nb,,,,2024-13-01,\n',
        [(4, "impossible date")],
        ["a", "b"],
    ),
    ("blank-lines", "\na,,,,,\n\nb,,,,2025-02-29,\n", [(5, "impossible date")], ["a", "b"]),
]


@pytest.mark.parametrize(
    ("rows", "problems", "loaded"),
    [case[1:] for case in CATALOG_CASES],
    ids=[case[0] for case in CATALOG_CASES],
)
def test_catalog_problems_name_the_line_and_good_rows_load(
    tmp_path: Path, rows: str, problems: list[tuple[int, str]], loaded: list[str]
) -> None:
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text("text")
    (tmp_path / "catalog.csv").write_text(HEADER + rows)
    catalog = load_catalog(tmp_path / "catalog.csv")
    assert catalog.path == str(tmp_path / "catalog.csv")
    assert list(catalog.entries) == loaded
    assert len(catalog.problems) == len(problems), catalog.problems
    for message, (line, text) in zip(catalog.problems, problems, strict=True):
        assert message.startswith(f"catalog.csv line {line}: "), message
        assert text in message


def test_catalog_fields_and_exact_date_message(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("text")
    (tmp_path / "b.txt").write_text("text")
    rows = 'a,https://x.example/1,"Title, with comma",Pub,2024-11-11,en\nb,,,,2025-02-30,\n'
    (tmp_path / "catalog.csv").write_text(HEADER + rows)
    catalog = load_catalog(tmp_path / "catalog.csv")
    assert catalog.problems == ("catalog.csv line 3: impossible date '2025-02-30' for doc_id b",)
    entry = catalog.entries["a"]
    assert (entry.url, entry.title, entry.publisher) == (
        "https://x.example/1",
        "Title, with comma",
        "Pub",
    )
    assert (entry.published_date, entry.language, entry.line) == (date(2024, 11, 11), "en", 2)
    empty = catalog.entries["b"]
    assert (empty.url, empty.title, empty.publisher, empty.published_date, empty.language) == (
        None,
    ) * 5
    documents = {doc.doc_id: doc for doc in iter_corpus(tmp_path, catalog)}
    assert isinstance(documents["a"], Document)
    assert documents["a"].published_date == date(2024, 11, 11)
    assert documents["a"].title == "Title, with comma"
    assert documents["a"].url == "https://x.example/1"


@pytest.mark.parametrize(
    ("header", "problem", "loaded"),
    [
        ("doc_id,url,title,publisher,published_date\n", "line 1: header lacks language", ["a"]),
        ("url,title\n", "line 1: no doc_id column", []),
    ],
    ids=["no-language", "no-doc-id"],
)
def test_catalog_header_problems(
    tmp_path: Path, header: str, problem: str, loaded: list[str]
) -> None:
    (tmp_path / "a.txt").write_text("text")
    (tmp_path / "catalog.csv").write_text(header + ("a,,,,2024-01-01\n" if loaded else "x,y\n"))
    catalog = load_catalog(tmp_path / "catalog.csv")
    assert list(catalog.entries) == loaded
    assert any(message.startswith(f"catalog.csv {problem}") for message in catalog.problems)
    assert all(entry.language is None for entry in catalog.entries.values())


def test_catalog_with_bom_and_crlf(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("text")
    raw = codecs.BOM_UTF8 + (HEADER + "a,,T,,2024-01-02,en\n").replace("\n", "\r\n").encode()
    (tmp_path / "catalog.csv").write_bytes(raw)
    catalog = load_catalog(tmp_path / "catalog.csv")
    assert catalog.problems == ()
    assert catalog.entries["a"].published_date == date(2024, 1, 2)
    assert catalog.entries["a"].language == "en"


def test_seed_corpus() -> None:
    catalog = load_catalog(SEEDS / "catalog.csv")
    assert catalog.problems == ()
    items = list(iter_corpus(SEEDS, catalog))
    assert all(isinstance(item, Document) for item in items)
    dates = {item.doc_id: item.published_date for item in items if isinstance(item, Document)}
    assert dates == {
        "000_b10aee10baf3644e": date(2024, 9, 29),
        "001_40eeacbf8687f7d6": date(2025, 9, 15),
        "002_9724355e3d883aac": date(2025, 6, 13),
        "003_b68d41f7403d9d2d": date(2024, 11, 11),
        "004_662e85302ebbcb73": None,
    }
    for item in items:
        assert isinstance(item, Document)
        raw = Path(item.path).read_bytes()
        assert item.sha256 == hashlib.sha256(raw).hexdigest()
        assert item.encoding == "utf-8"
        assert item.text == raw.decode("utf-8")
