"""Whole documents through `econstats extract`: a Chinese-language release and a saved web page."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from econstats.cli.main import main
from econstats.corpus import decoding

DATA = Path(__file__).parents[1] / "data"
P10 = "2025-01-01/P10M"


def extract(path: Path, capsys, published: str = "2025-11-17") -> list[tuple]:
    assert main(["extract", str(path), "--published-date", published, "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    text = path.read_text(encoding="utf-8")
    for row in rows:
        if path.suffix == ".txt":
            assert text[row["char_start"] : row["char_end"]] == row["value_text"]
    return [
        (r["indicator"], r["measure"], r["value"], r["unit"], r["period"], r["value_text"])
        for r in rows
    ]


def test_chinese_release(capsys):
    assert extract(DATA / "zh_nbs_mof_2025.txt", capsys) == [
        ("retail.sales", "yoy_pct", 4.3, "percent", P10, "4.3%"),
        ("retail.sales", "level", 4.15e13, "CNY", P10, "415,000亿元"),
        ("retail.sales", "level", 4.6291e12, "CNY", "2025-10", "46,291亿元"),
        ("retail.sales", "yoy_pct", 2.9, "percent", "2025-10", "2.9%"),
        ("retail.sales.online", "level", 1.26e13, "CNY", P10, "126,000亿元"),
        ("retail.sales.online", "yoy_pct", 9.1, "percent", P10, "9.1%"),
        ("retail.sales.online_physical_goods", "level", 1.01e13, "CNY", P10, "101,000亿元"),
        ("retail.sales.online_physical_goods", "yoy_pct", 6.3, "percent", P10, "6.3%"),
        ("retail.sales.online_physical_goods", "share_pct", 24.3, "percent", P10, "24.3%"),
        ("fiscal.revenue", "level", 1.8649e13, "CNY", P10, "186,490亿元"),
        ("fiscal.revenue", "yoy_pct", 0.8, "percent", P10, "0.8%"),
        ("fiscal.revenue.tax", "level", 1.534e13, "CNY", P10, "153,400亿元"),
        ("fiscal.revenue.tax", "yoy_pct", 1.7, "percent", P10, "1.7%"),
        ("fiscal.revenue.non_tax", "level", 3.31e12, "CNY", P10, "33,100亿元"),
        ("fiscal.revenue.non_tax", "yoy_pct", -3.1, "percent", P10, "3.1%"),
        ("macro.gdp", "level", 1.015036e14, "CNY", "2025-01-01/P9M", "1,015,036亿元"),
        ("macro.gdp", "yoy_pct", 5.2, "percent", "2025-01-01/P9M", "5.2%"),
    ]


def test_saved_web_page(capsys):
    assert extract(DATA / "saved_page.html", capsys) == [
        # the headline states the October growth first: the contract keeps the earlier statement
        ("retail.sales", "yoy_pct", 2.9, "percent", "2025-10", "2.9%"),
        ("retail.sales", "level", 4.63e12, "CNY", "2025-10", "4.63 trillion yuan"),
        ("retail.sales", "yoy_pct", 4.3, "percent", P10, "4.3 percent"),
        ("retail.sales", "level", 4.15e13, "CNY", P10, "41.5 trillion yuan"),
        ("retail.sales.online_physical_goods", "yoy_pct", 6.3, "percent", P10, "6.3 percent"),
        ("retail.sales.online_physical_goods", "share_pct", 24.3, "percent", P10, "24.3 percent"),
    ]  # no advert (HK$3,980), no "Popular Reads" (Hong Kong handbags, US$690,000)


def test_build_keeps_the_text_of_a_web_page(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "page.html").write_bytes((DATA / "saved_page.html").read_bytes())
    (corpus / "empty.html").write_text(
        "<html><body><nav>Home</nav></body></html>", encoding="utf-8"
    )
    out = tmp_path / "data" / "build"
    assert main(["build", "--corpus", str(corpus), "--out", str(out), "--quiet"]) == 0
    text = (out / "texts" / "page.txt").read_text(encoding="utf-8")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [(Path(s["path"]).name, s["reason"]) for s in report["skipped"]] == [
        ("empty.html", "no-main-content")
    ]
    assert report["documents"][0]["published_date"] == "2025-11-17"  # from the page itself
    import pyarrow.parquet as pq

    rows = pq.read_table(out / "retail.parquet").to_pylist()
    assert len(rows) == 6
    for row in rows:
        assert text[row["char_start"] : row["char_end"]] == row["value_text"]
        assert row["quote"] in text


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(
            ["a", " ", "\t", "\n", "\x00", "\x01", "\x1b", "\x7f", "\x85", "é"]
        ),
        max_size=60,
    )
)
def test_control_characters_are_counted_alike_in_ascii_and_other_text(text):
    """sniff_controls counts ASCII text by deleting bytes; it must count what the regex does."""
    sample = text[: decoding.CONTROL_SAMPLE]
    controls = len(decoding.CONTROL_CHARS.findall(sample))
    expected = None if controls <= decoding.MAX_CONTROL_SHARE * len(sample) else controls
    found = decoding.sniff_controls(text)
    assert (found is None) == (expected is None)
    if found is not None:
        assert found.startswith(f"{expected} control characters")
