"""econstats extract (issue 14, point 5): `-` reads standard input; the table is aligned with
readable numbers; CSV and JSON lines keep their machine forms."""

from __future__ import annotations

import io
import json

import pytest

from econstats.cli.main import main

ARTICLE = (  # the fiscal news of the seeds, shortened  # synthetic
    "China's fiscal revenue increased by 0.8 percent year on year to nearly 18.65 trillion yuan "
    "(about 2.63 trillion U.S. dollars) in the first 10 months of 2025.\n"
    "The exhibition showcases more than 100 artworks.\n"
    "Tax revenue totaled 15.34 trillion yuan.\n"
)
H = "indicator           breakdown  subject         entity  counterpart_area  measure  "
TABLE = (
    f"{H}             value  unit     qualifier      status  period           value_text\n"
    "fiscal.revenue                 fiscal revenue                            yoy_pct  "
    "               0.8  percent  exact          actual  2025-01-01/P10M  0.8 percent\n"
    "fiscal.revenue                 fiscal revenue                            level    "
    "18,650,000,000,000  CNY      at_most        actual  2025-01-01/P10M  nearly 18.65 trillion yuan\n"
    "fiscal.revenue                 fiscal revenue                            level    "
    " 2,630,000,000,000  USD      approximately  actual  2025-01-01/P10M  "
    "about 2.63 trillion U.S. dollars\n"
    "fiscal.revenue.tax             Tax revenue                               level    "
    "15,340,000,000,000  CNY      exact          actual  2025-01-01/P10M  15.34 trillion yuan\n"
)  # fmt: skip
NO_ROWS = (
    "indicator  breakdown  subject  entity  counterpart_area  measure  value  unit  qualifier  "
    "status  period  value_text\n"
)


def stdin_of(monkeypatch, text: str) -> None:
    """Standard input holding ``text`` in UTF-8, as a pipe gives it."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


# (text on standard input, arguments after `extract -`, exit code, output, standard error)
FROM_STDIN = [
    (ARTICLE, ["--published-date", "2025-11-17"], 0, TABLE, ""),
    (
        "Tax revenue totaled 15.34 trillion yuan.\n",
        [],
        0,
        NO_ROWS,
        "rejected <stdin>:20 '15.34 trillion yuan': period-unresolved "
        "(no period in the sentence or earlier in the story)\n",
    ),
    ("", [], 2, "", "econstats: error: <stdin>: empty-file: 0 bytes\n"),
]


@pytest.mark.parametrize(
    ("text", "argv", "code", "out", "err"), FROM_STDIN, ids=["article", "no-period", "empty"]
)
def test_extract_dash_reads_standard_input(monkeypatch, capsys, text, argv, code, out, err):
    stdin_of(monkeypatch, text)
    assert main(["extract", "-", *argv]) == code
    assert capsys.readouterr() == (out, err)


def test_the_table_of_a_file_is_the_table_of_the_same_text_on_standard_input(
    tmp_path, monkeypatch, capsys
):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(article), "--published-date", "2025-11-17"]) == 0
    assert capsys.readouterr() == (TABLE, "")


def test_machine_formats_keep_plain_numbers(monkeypatch, capsys):
    stdin_of(monkeypatch, ARTICLE)
    assert main(["extract", "-", "--published-date", "2025-11-17", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert ",18650000000000.0," in out and "18,650" not in out
    stdin_of(monkeypatch, ARTICLE)
    assert main(["extract", "-", "--published-date", "2025-11-17", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(row["doc_id"], row["value"]) for row in rows] == [
        ("stdin", 0.8),
        ("stdin", 1.865e13),
        ("stdin", 2.63e12),
        ("stdin", 1.534e13),
    ]
