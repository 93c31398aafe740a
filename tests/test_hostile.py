"""Issue 6: a hostile corpus builds to completion and nothing is lost (items 1-3, 6, 7); issue
12: files in subfolders, of other kinds or with names that are not UTF-8 are reported too, and a
20 MB line builds.

One corpus folder holds every bad case of the issues beside good documents in nine encodings.
The build finishes; each good document gives its exact rows and its encoding in the report;
each file anywhere under the corpus is in the report once, a bad one with its reason; each
catalog problem names its line. Then the paths and names rules, and the command line's exit
codes and one-line messages.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from econstats.build.run import build
from econstats.cli.main import main
from econstats.corpus.file_names import CATALOG as CATALOG_NAME
from econstats.corpus.file_names import shown

EN = (
    "China's fiscal revenue increased by 0.8 percent year on year to nearly 18.65 trillion yuan "
    "in the first 10 months of 2025.\n"
)
HANS = "2025年前10个月，全国一般公共预算收入186507亿元，同比增长0.8%。\n"
HANT = (
    "財政收入\n2025年前10個月，全國一般公共預算收入186507億元，同比增長0.8%。\n"
    "China's fiscal revenue increased by 0.8 percent year on year in the first 10 months of 2025.\n"
)
WESTERN = (
    "China\u2019s tax revenue totaled 15.34 trillion yuan in the first 10 months of 2025, the "
    "ministry said \u2013 a \u201crecord\u201d.\n"
)
LATIN = (
    "China's non-tax revenue reached 3.3 trillion yuan in the first 10 months of 2025, "
    "J\u00fcrg M\u00fcller wrote in Z\u00fcrich.\n"
)
SECRET = "China's fiscal revenue reached 99.99 trillion yuan in the first 10 months of 2025.\n"

P10M = "2025-01-01/P10M"
EN_ROWS = [
    ("fiscal.revenue", "yoy_pct", 0.8, "percent", P10M, "0.8 percent"),
    ("fiscal.revenue", "level", 1.865e13, "CNY", P10M, "nearly 18.65 trillion yuan"),
]
HANS_ROWS = [
    ("fiscal.revenue", "level", 1.86507e13, "CNY", P10M, "186507亿元"),
    ("fiscal.revenue", "yoy_pct", 0.8, "percent", P10M, "0.8%"),
]
# (file name, bytes, acceptable encodings in the report, exact rows: indicator, measure, value,
# unit, period, value_text)
GOOD = [
    ("utf8.txt", EN.encode(), {"utf-8"}, EN_ROWS),
    ("utf8_bom.txt", codecs.BOM_UTF8 + HANS.encode(), {"utf-8-sig"}, HANS_ROWS),
    ("utf16le.txt", codecs.BOM_UTF16_LE + EN.encode("utf-16-le"), {"utf-16"}, EN_ROWS),
    ("utf16be.txt", codecs.BOM_UTF16_BE + HANS.encode("utf-16-be"), {"utf-16"}, HANS_ROWS),
    ("gb18030.txt", HANS.encode("gb18030"), {"gb18030"}, HANS_ROWS),
    ("gbk.txt", ("经济日报\n" + HANS).encode("gbk"), {"gb18030", "gbk"}, HANS_ROWS),
    (
        "big5.txt",
        HANT.encode("big5"),
        {"big5", "big5hkscs", "cp950"},
        [("fiscal.revenue", "yoy_pct", 0.8, "percent", P10M, "0.8 percent")],
    ),
    (
        "cp1252.txt",
        WESTERN.encode("cp1252"),
        {"cp1252"},
        [("fiscal.revenue.tax", "level", 1.534e13, "CNY", P10M, "15.34 trillion yuan")],
    ),
    (
        "latin1.txt",
        LATIN.encode("latin-1"),
        {"cp1252", "iso8859-1"},
        [("fiscal.revenue.non_tax", "level", 3.3e12, "CNY", P10M, "3.3 trillion yuan")],
    ),
    (  # brackets nested 40,000 deep around a sentence
        "nested.txt",
        ("(" * 20_000 + "[" * 20_000 + EN.strip() + "]" * 20_000 + ")" * 20_000 + "\n").encode(),
        {"utf-8"},
        EN_ROWS,
    ),
]


def _bytes(name: str, data: bytes) -> Callable[[Path], None]:
    return lambda corpus: (corpus / name).write_bytes(data)


def _link(name: str, target: Callable[[Path], Path]) -> Callable[[Path], None]:
    return lambda corpus: (corpus / name).symlink_to(target(corpus))


def _sparse(name: str, size: int) -> Callable[[Path], None]:
    def make(corpus: Path) -> None:
        with (corpus / name).open("wb") as handle:
            handle.truncate(size)  # a hole: costs no disk, and is never read

    return make


def _raw_name(name: bytes, data: bytes) -> Callable[[Path], None]:
    """A file whose name (bytes, "/" for a subfolder) need not be UTF-8."""

    def make(corpus: Path) -> None:
        path = os.path.join(os.fsencode(corpus), name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(data)

    return make


def _unreadable(name: str) -> Callable[[Path], None]:
    def make(corpus: Path) -> None:
        (corpus / name).write_text(EN, encoding="utf-8")
        (corpus / name).chmod(0)

    return make


# (file name, how to make it, reason in the report, text in its note)
BAD = [
    ("empty.txt", _bytes("empty.txt", b""), "empty-file", "0 bytes"),
    ("bom_only.txt", _bytes("bom_only.txt", codecs.BOM_UTF8), "empty-file", "byte-order mark"),
    ("nul.txt", _bytes("nul.txt", EN.encode()[:20] + b"\x00\x01"), "binary-file", "offset 20"),
    ("pdf.txt", _bytes("pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "binary-file", "PDF"),
    ("png.txt", _bytes("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary-file", "PNG"),
    ("jpeg.txt", _bytes("jpeg.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF"), "binary-file", "JPEG"),
    ("gzip.txt", _bytes("gzip.txt", b"\x1f\x8b\x08\x00\xaa\xbb\xcc\xdd"), "binary-file", "gzip"),
    (
        "controls.txt",
        _bytes("controls.txt", bytes(range(1, 9)) * 20 + b"revenue"),
        "binary-file",
        "control characters",
    ),
    ("undecodable.txt", _bytes("undecodable.txt", bytes(range(1, 256))), "undecodable", "GB18030"),
    (
        "truncated.txt",
        _bytes("truncated.txt", HANS.encode()[:-2]),  # a download cut inside "。"
        "undecodable",
        "invalid UTF-8",
    ),
    ("huge.txt", _sparse("huge.txt", 50_000_001), "too-large", "50000001 bytes"),
    ("unreadable.txt", _unreadable("unreadable.txt"), "unreadable", "Permission denied"),
    ("broken.txt", _link("broken.txt", lambda c: c / "missing.txt"), "broken-symlink", "missing"),
    ("loop-a.txt", _link("loop-a.txt", lambda c: c / "loop-b.txt"), "broken-symlink", "loop-b"),
    ("loop-b.txt", _link("loop-b.txt", lambda c: c / "loop-a.txt"), "broken-symlink", "loop-a"),
    ("fifo.txt", lambda corpus: os.mkfifo(corpus / "fifo.txt"), "not-a-file", "prw"),
    (
        "outside.txt",
        _link("outside.txt", lambda c: c.parent / "secret.txt"),
        "outside-corpus",
        "outside the corpus folder",
    ),
    ("a b.txt", _bytes("a b.txt", EN.encode()), "bad-doc-id", "'a b'"),
    ("报告.txt", _bytes("报告.txt", HANS.encode()), "bad-doc-id", "报告"),
    (".hidden.txt", _bytes(".hidden.txt", EN.encode()), "bad-doc-id", ".hidden"),
    ("dup.txt", _bytes("dup.txt", EN.encode()), "duplicate-doc-id", "taken by dup.htm"),
    ("bad\\xffname.txt", _raw_name(b"bad\xffname.txt", EN.encode()), "bad-file-name", "\\xff"),
    ("notes.md", _bytes("notes.md", EN.encode()), "not-a-document", "not a .txt"),
    (  # one line of 20 MB of figures: over what extraction may hold in memory
        "line_20mb.txt",
        _bytes("line_20mb.txt", EN.strip().encode() * (20_000_000 // len(EN))),
        "too-large",
        "characters of text, over max_text_chars=",
    ),
    ("inner.txt", _raw_name(b"sub/inner.txt", EN.encode()), "in-subfolder", "subfolder sub"),
    ("deep.htm", _raw_name(b"sub/deeper/deep.htm", b"<p>x</p>"), "in-subfolder", "sub/deeper"),
    ("in_folder.txt", _raw_name(b"folder.txt/in_folder.txt", b"x"), "in-subfolder", "folder.txt"),
    ("catalog.csv", _raw_name(b"sub/catalog.csv", b"doc_id\nutf8\n"), "in-subfolder", "sub"),
]

CATALOG = [
    "doc_id,url,title,publisher,published_date,language",
    "utf8,https://example.com/1,Revenue,Xinhua,2025-11-17,en",
    "utf8_bom,,,,2025-11-17,zh",
    "utf8,,Second entry,,2025-11-18,en",
    "gb18030,,,,2025-02-30,zh",
    "gbk,,,,17/11/2025,zh",
    "nowhere,,,,2025-11-17,en",
    "../secret,,,,2025-11-17,en",
    "cp1252,,only,three",
    'big5,,"an unclosed quote,,2025-11-17,zh',
    "latin1,,Caf\x07,,2025-11-17,en",
    "utf16le,,,,2025-11-17,en",
]
CATALOG_PROBLEMS = [
    "catalog.csv line 4: duplicate doc_id utf8 (first at line 2); ignored",
    "catalog.csv line 5: impossible date '2025-02-30' for doc_id gb18030",
    "catalog.csv line 6: unparseable date '17/11/2025' (expected YYYY-MM-DD) for doc_id gbk",
    "catalog.csv line 7: unknown doc_id nowhere: no document file of that name",
    "catalog.csv line 8: invalid doc_id '../secret'; row ignored",
    "catalog.csv line 9: 4 fields, header has 6; ignored",
    "catalog.csv line 10: not valid CSV (a quoted field is not closed); row ignored",
    "catalog.csv line 11: control character in title of latin1; left empty",
]
PUBLISHED = {"utf8": "2025-11-17", "utf8_bom": "2025-11-17", "latin1": "2025-11-17"}
PUBLISHED |= {"utf16le": "2025-11-17"}  # the line after the unclosed quote still counts


def make_corpus(root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The hostile corpus in root/corpus, and a secret file beside it that must never be read."""
    corpus = root / "corpus"
    corpus.mkdir()
    (root / "secret.txt").write_text(SECRET, encoding="utf-8")
    for name, data, _, _ in GOOD:
        (corpus / name).write_bytes(data)
    for _, make, _, _ in BAD:
        make(corpus)
    page = f"<html><body><article><p>{EN}</p></article></body></html>"
    (corpus / "dup.htm").write_text(page, encoding="utf-8")
    (corpus / "empty folder").mkdir()  # no file: nothing to report
    (corpus / "catalog.csv").write_text("\n".join(CATALOG) + "\n", encoding="utf-8")
    unreadable = corpus / "unreadable.txt"
    if os.access(unreadable, os.R_OK):  # root reads anything: refuse the open instead
        real_open = Path.open

        def refuse(self: Path, *args: object, **kwargs: object) -> object:
            if self == unreadable:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", refuse)
    return corpus


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, Path]:
    """(corpus, report.json as read back, build folder) of one build of the hostile corpus."""
    root = tmp_path_factory.mktemp("hostile")
    with pytest.MonkeyPatch.context() as monkeypatch:
        corpus = make_corpus(root, monkeypatch)
        out = root / "data" / "build"
        build(corpus, out)
    (corpus / "unreadable.txt").chmod(0o644)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return corpus, report, out


def rows_by_document(out: Path) -> dict[str, list[tuple]]:
    """Rows of every Parquet file of a build, per doc_id, in text order."""
    found: dict[str, list[tuple]] = {}
    for path in sorted(out.glob("*.parquet")):
        for row in sorted(pq.read_table(path).to_pylist(), key=lambda r: r["char_start"]):
            key = (row["indicator"], row["measure"], row["value"], row["unit"], row["period"])
            found.setdefault(row["doc_id"], []).append((*key, row["value_text"], row["char_start"]))
    return {
        doc: [row[:-1] for row in sorted(rows, key=lambda r: r[-1])] for doc, rows in found.items()
    }


@pytest.mark.parametrize(
    ("name", "encodings", "rows"), [(g[0], g[2], g[3]) for g in GOOD], ids=[g[0] for g in GOOD]
)
def test_good_documents_give_their_rows_and_encoding(hostile, name, encodings, rows) -> None:
    _, report, out = hostile
    doc_id = Path(name).stem
    [entry] = [doc for doc in report["documents"] if doc["doc_id"] == doc_id]
    assert entry["encoding"] in encodings
    assert entry["published_date"] == PUBLISHED.get(doc_id)
    assert rows_by_document(out).get(doc_id, []) == rows


@pytest.mark.parametrize(
    ("name", "reason", "note"), [(b[0], b[2], b[3]) for b in BAD], ids=[b[0] for b in BAD]
)
def test_bad_files_are_reported_with_their_reason(hostile, name, reason, note) -> None:
    _, report, _ = hostile
    [skipped] = [item for item in report["skipped"] if Path(item["path"]).name == name]
    assert skipped["reason"] == reason
    assert note in skipped["note"]


def every_file(corpus: Path) -> list[str]:
    """Every file under `corpus` but its catalog.csv, as report.json shows its path."""
    found = []
    for folder, _, names in os.walk(os.fsencode(corpus)):
        found += [shown(os.fsdecode(os.path.join(folder, name))) for name in names]
    return sorted(path for path in found if path != str(corpus / CATALOG_NAME))


def test_every_file_is_accounted_for_once(hostile) -> None:
    corpus, report, _ = hostile
    accounted = [doc["path"] for doc in report["documents"]]
    accounted += [item["path"] for item in report["skipped"]]
    assert sorted(accounted) == every_file(corpus)
    assert len(report["documents"]) == len(GOOD) + 1  # and dup.htm


def test_catalog_problems_name_their_lines(hostile) -> None:
    _, report, _ = hostile
    assert report["catalog"]["problems"] == CATALOG_PROBLEMS


def test_nothing_outside_the_corpus_was_read(hostile) -> None:
    _, report, out = hostile
    text = (out / "report.json").read_text(encoding="utf-8")
    assert "99.99" not in text and all(
        "99.99" not in row[-1] for rows in rows_by_document(out).values() for row in rows
    )
    assert "secret" not in {doc["doc_id"] for doc in report["documents"]}


def test_missing_catalog_is_a_problem_not_a_failure(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "utf8.txt").write_text(EN, encoding="utf-8")
    report = build(corpus, tmp_path / "data" / "build")
    assert report["catalog"]["problems"] == ["no catalog.csv: documents have no published_date"]
    assert rows_by_document(tmp_path / "data" / "build")["utf8"] == EN_ROWS


def test_a_catalog_linking_out_of_the_corpus_is_ignored(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "utf8.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "elsewhere.csv").write_text("\n".join(CATALOG[:2]) + "\n", encoding="utf-8")
    (corpus / "catalog.csv").symlink_to(tmp_path / "elsewhere.csv")
    report = build(corpus, tmp_path / "data" / "build")
    [problem, no_catalog] = report["catalog"]["problems"]
    assert problem.startswith("catalog.csv: a symlink to ") and "outside the corpus" in problem
    assert no_catalog.startswith("no catalog.csv")
    assert report["documents"][0]["published_date"] is None


# -- the command line: exit codes, one line on stderr, never a traceback


def test_an_undecodable_catalog_exits_2_naming_it(tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "utf8.txt").write_text(EN, encoding="utf-8")
    (corpus / "catalog.csv").write_bytes(bytes(range(1, 256)))
    out = tmp_path / "data" / "build"
    assert main(["build", "--corpus", str(corpus), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"econstats: error: {corpus / 'catalog.csv'}: cannot read the catalog")
    assert "Traceback" not in err and len(err.splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize(
    "version",
    [
        "../../escape",
        "../1.0.0",
        "1.0.0/../../escape",
        "/tmp/escape",
        "v1.0.0",
        "1.0",
        "",
        "1.0.0 ",
    ],
)
def test_a_release_version_cannot_escape_releases(tmp_path: Path, capsys, version) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "utf8.txt").write_text(EN, encoding="utf-8")
    data = tmp_path / "work" / "data"
    build(corpus, data / "build")
    before = sorted(tmp_path.rglob("*"))
    code = main(["release", version, "--build", str(data / "build"), "--data", str(data)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"release version {version!r} is not MAJOR.MINOR.PATCH" in err
    assert "Traceback" not in err
    assert sorted(tmp_path.rglob("*")) == before  # nothing written anywhere


# (case, exception the handler raises, exit code, start of the message after "error: ")
EXPECTED_PROBLEMS = [
    ("disk-full", OSError(28, "No space left on device", "data/build"), 2, "data/build: No space"),
    ("not-found", FileNotFoundError(2, "No such file or directory", "x.txt"), 2, "x.txt: No such"),
    (
        "unicode",
        UnicodeEncodeError("ascii", "收入", 0, 1, "ordinal not in range(128)"),
        2,
        "cannot decode or encode text: 'ascii' codec",
    ),
    ("interrupt", KeyboardInterrupt(), 130, "interrupted"),
]


@pytest.mark.parametrize(
    ("error", "code", "message"),
    [case[1:] for case in EXPECTED_PROBLEMS],
    ids=[case[0] for case in EXPECTED_PROBLEMS],
)
def test_expected_problems_print_one_line_and_exit_with_their_code(
    monkeypatch, capsys, error, code, message
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr("econstats.build.run.build", fail)  # run_build imports it when it runs
    assert main(["build", "--quiet"]) == code
    err = capsys.readouterr().err
    assert err.startswith(f"econstats: error: {message}")
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    with pytest.raises(type(error)):
        main(["--debug", "build", "--quiet"])  # --debug: the traceback, not the one line


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["build", "--no-such-option"])
    assert stop.value.code == 2
    assert "unrecognized arguments: --no-such-option" in capsys.readouterr().err
