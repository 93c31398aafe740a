"""The Python API (issue 14, point 2): econstats.extract, extract_report, load, indicators, cite.

Tables of sentences with the exact rows, rejected and unclaimed figures they give; a release
read by load() against its Parquet files read one by one; errors said in words.
"""

from __future__ import annotations

import doctest
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import econstats
from econstats.cli.main import main
from econstats.core.errors import EconstatsError
from econstats.dataset.arrow import observation_schema
from econstats.publish.release_layout import parquet_files

ROOT = Path(__file__).resolve().parents[1].parent
DATA = ROOT / "data"
RELEASE = DATA / "releases" / "2.0.7"
DATE_COLUMNS = [
    "period_start",
    "period_end",
    "base_period_start",
    "base_period_end",
    "published_date",
]
FIELDS = ["indicator", "measure", "value", "unit", "qualifier", "status", "period", "value_text"]
P10 = "2025-01-01/P10M"

# (text, published_date, rows as FIELDS): every figure of the text is published
ACCEPT = [
    (  # the style guide's example sentence; the seeds' MOF release says it so
        "China's fiscal revenue increased by 0.8 percent year on year to nearly 18.65 trillion "
        "yuan in the first 10 months of 2025.",
        "2025-11-17",
        [
            ("fiscal.revenue", "yoy_pct", 0.8, "percent", "exact", "actual", P10, "0.8 percent"),
            (
                "fiscal.revenue",
                "level",
                1.865e13,
                "CNY",
                "at_most",
                "actual",
                P10,
                "nearly 18.65 trillion yuan",
            ),
        ],
    ),
    (  # "in October" with no year: the latest October begun by the publication date
        "China's retail sales rose 2.9 percent year on year in October.",
        "2025-11-14",
        [("retail.sales", "yoy_pct", 2.9, "percent", "exact", "actual", "2025-10", "2.9 percent")],
    ),
    (  # a fall is negative; the partner is the counterpart area
        "China's exports to Canada fell 2.1 percent in the first 10 months of 2025.",
        "2025-11-07",
        [("trade.exports", "yoy_pct", -2.1, "percent", "exact", "actual", P10, "2.1 percent")],
    ),
    (  # synthetic: an expectation is a forecast
        "China's retail sales are expected to grow 4 percent in 2026.",
        "2025-11-07",
        [("retail.sales", "yoy_pct", 4.0, "percent", "exact", "forecast", "2026", "4 percent")],
    ),
]

# (text, published_date, rejected as (value_text, reason), unclaimed as (value_text, subject))
NOT_PUBLISHED = [
    (  # no publication date: "in October" cannot be placed in a year
        "China's retail sales rose 2.9 percent year on year in October. "
        "Bookings for natural scenic spots rose 29.6 percent.",
        None,
        [("2.9 percent", "period-unresolved")],
        [("29.6 percent", "Bookings for natural scenic spots")],  # seeds/000: no such indicator
    ),
    (  # synthetic: no economy named anywhere in the text
        "Fiscal revenue rose 3.1 percent in October.",
        "2025-11-14",
        [("3.1 percent", "ref-area-unresolved")],
        [],
    ),
    (  # an advert's price is nobody's indicator
        "China's fiscal revenue reached 2 trillion yuan in December 2025. "
        "Frugal Shanghai Couple Leaves US$690,000 to charity.",
        "2025-11-07",
        [],
        [("US$690,000", "Frugal Shanghai Couple Leaves")],
    ),
]


def fields(rows: pd.DataFrame) -> list[tuple]:
    return [tuple(row) for row in rows[FIELDS].itertuples(index=False)]


def text_ids(table: list[tuple]) -> list[str]:
    return [case[0][:60] for case in table]


@pytest.mark.parametrize("text, published, expected", ACCEPT, ids=text_ids(ACCEPT))
def test_extract_rows(text, published, expected):
    rows = econstats.extract(text, published_date=published)
    assert fields(rows) == expected
    for row in rows.itertuples():
        assert text[row.char_start : row.char_end] == row.value_text
    assert (rows["published_date"] == pd.Timestamp(published)).all()
    assert set(rows["doc_id"]) == {"text"}


@pytest.mark.parametrize(
    "text, published, rejected, unclaimed", NOT_PUBLISHED, ids=text_ids(NOT_PUBLISHED)
)
def test_extract_report_rejected_and_unclaimed(text, published, rejected, unclaimed):
    found = econstats.extract_report(text, published_date=published)
    assert [tuple(r) for r in found.rejected[["value_text", "reason"]].values] == rejected
    assert [tuple(r) for r in found.unclaimed[["value_text", "subject"]].values] == unclaimed
    assert found.rejected["note"].str.len().gt(0).all()  # every reason explained
    for start, end, value_text in found.unclaimed[["char_start", "char_end", "value_text"]].values:
        assert text[start:end] == value_text


def test_extract_report_repeats():
    text = (  # synthetic: the headline-style round figure, then the exact one
        "China's retail sales exceeded 4 trillion yuan in October. "
        "Retail sales reached 4.12 trillion yuan in October."
    )
    found = econstats.extract_report(text, "2025-11-14")
    assert found.rows["value_text"].tolist() == ["4.12 trillion yuan"]
    assert found.repeats[["value_text", "kept_value_text"]].values.tolist() == [
        ["exceeded 4 trillion yuan", "4.12 trillion yuan"]
    ]


def test_extract_has_the_contract_columns_and_types():
    rows = econstats.extract(ACCEPT[0][0], published_date=date(2025, 11, 17))
    assert rows.columns.tolist() == observation_schema().names
    empty = econstats.extract("No figures here.")
    assert empty.columns.tolist() == observation_schema().names and empty.empty
    release = econstats.load("2.0.7", data=DATA)
    assert rows.dtypes.to_dict() == empty.dtypes.to_dict() == release.dtypes.to_dict()
    for column in DATE_COLUMNS:
        assert str(rows[column].dtype) == "datetime64[ms]"


def test_extract_gives_the_rows_of_the_command_line(tmp_path, capsys):
    text = ACCEPT[0][0]
    path = tmp_path / "mof_release.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["extract", str(path), "--published-date", "2025-11-17", "--format", "jsonl"]) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    rows = econstats.extract(text, published_date="2025-11-17", doc_id="mof_release")
    assert [as_printed(row) for row in rows.to_dict("records")] == printed
    assert len(printed) == 2


def as_printed(row: dict) -> dict:
    """A DataFrame row as `econstats extract --format jsonl` prints it: dates as YYYY-MM-DD,
    missing values as null."""
    return {
        name: None
        if pd.isna(value)
        else value.date().isoformat()
        if isinstance(value, pd.Timestamp)
        else value
        for name, value in row.items()
    }


def test_extract_gives_the_rows_of_a_build(tmp_path):
    from econstats.build.run import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = {f"doc{i}": text for i, (text, _, _) in enumerate(ACCEPT[:1] + ACCEPT[2:])}
    for doc_id, text in texts.items():
        (corpus / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    build(corpus, tmp_path / "build")
    built = econstats.load(tmp_path / "build").sort_values("obs_id", ignore_index=True)
    extracted = pd.concat(
        [econstats.extract(text, doc_id=doc_id) for doc_id, text in texts.items()]
    ).sort_values("obs_id", ignore_index=True)
    pd.testing.assert_frame_equal(built, extracted)


def test_extract_of_a_saved_web_page():
    page = (ROOT / "tests" / "data" / "saved_page.html").read_text(encoding="utf-8")
    rows = econstats.extract(page, published_date="2025-11-17", html=True)
    assert rows["value_text"].tolist()[:2] == ["2.9%", "4.63 trillion yuan"]


BAD_INPUT = [
    (
        {"text": b"China's retail sales rose 2.9 percent"},
        TypeError,
        "text must be a str, not bytes",
    ),
    ({"text": "x", "published_date": "17/11/2025"}, ValueError, "'17/11/2025' is not a date"),
    ({"text": "x", "published_date": "2025-02-30"}, EconstatsError, "day 30 does not exist"),
    ({"text": "x", "published_date": 20251117}, TypeError, "not int (20251117)"),
    ({"text": "x", "doc_id": ""}, TypeError, "doc_id must be a non-empty str"),
    ({"text": "<html></html>", "html": True}, EconstatsError, "text: no-main-content"),
]


@pytest.mark.parametrize("kwargs, error, words", BAD_INPUT, ids=[case[2] for case in BAD_INPUT])
def test_extract_bad_input_fails_in_words(kwargs, error, words):
    with pytest.raises(error, match=words.replace("(", r"\(").replace(")", r"\)")):
        econstats.extract(**kwargs)


def read_one_by_one(folder: Path) -> pd.DataFrame:
    """The release read as a person would without econstats: each file, then concatenated."""
    frame = pd.concat([pd.read_parquet(path) for path in parquet_files(folder)], ignore_index=True)
    return frame.astype({column: "datetime64[ms]" for column in DATE_COLUMNS})


def test_load_equals_the_release_parquet_files():
    loaded = econstats.load("2.0.7", data=DATA)
    pd.testing.assert_frame_equal(loaded, read_one_by_one(RELEASE))
    assert len(loaded) == sum(pq.read_metadata(path).num_rows for path in parquet_files(RELEASE))
    for column in DATE_COLUMNS:
        assert str(loaded[column].dtype) == "datetime64[ms]"
    assert str(loaded["topic"].dtype) == "str"  # strings, never categories


def copy_release(version: str, to: Path, as_version: str | None = None, inner: bool = False):
    """A copy of a repository release under ``to``/releases, in the layout of 3.0.0 on when
    ``inner`` (its Parquet files in data/)."""
    target = to / "releases" / (as_version or version)
    shutil.copytree(DATA / "releases" / version, target)
    if inner:
        (target / "data").mkdir()
        for path in target.glob("*.parquet"):
            path.rename(target / "data" / path.name)


def write_index(data: Path, versions: list[str]) -> None:
    releases = [{"version": v, "date": "2026-12-05", "path": f"{v}/"} for v in versions]
    document = {"dataset": "econstats", "latest": versions[-1], "releases": releases}
    (data / "releases" / "index.json").write_text(json.dumps(document), encoding="utf-8")


def test_latest_is_the_newest_final_release(tmp_path):
    copy_release("2.0.6", tmp_path)
    copy_release("2.0.7", tmp_path, inner=True)  # the new layout reads the same
    copy_release("2.0.6", tmp_path, as_version="2.1.0-rc.1")
    write_index(tmp_path, ["2.0.6", "2.0.7", "2.1.0-rc.1"])
    pd.testing.assert_frame_equal(econstats.load(data=tmp_path), read_one_by_one(RELEASE))
    candidate = econstats.load("2.1.0-rc.1", data=tmp_path)
    pd.testing.assert_frame_equal(candidate, read_one_by_one(DATA / "releases" / "2.0.6"))


LOAD_ERRORS = [
    ("2.0.99", "no release '2.0.99' (releases: 1.0.0, 1.0.1, 1.0.2, 2.0.0"),
    ("v2.0.7", "no release 'v2.0.7' (releases: 1.0.0,"),
    ("no/such/folder", "no release 'no/such/folder' (releases: 1.0.0,"),
]


@pytest.mark.parametrize("version, words", LOAD_ERRORS)
def test_load_of_a_missing_version_fails_in_words(version, words):
    with pytest.raises(EconstatsError, match=words.replace("(", r"\(")) as caught:
        econstats.load(version, data=DATA)
    assert "2.0.7" in str(caught.value)


def test_load_without_releases_fails_in_words(tmp_path):
    with pytest.raises(EconstatsError, match="index.json: no releases yet"):
        econstats.load(data=tmp_path)
    with pytest.raises(EconstatsError, match="no Parquet files"):
        econstats.load(tmp_path)


def test_indicators_are_the_codelist():
    codes = econstats.indicators()
    listed = pd.read_csv(ROOT / "schema" / "indicators.csv", keep_default_na=False)
    assert codes["code"].tolist() == listed["code"].tolist()
    assert codes["label"].tolist() == listed["label"].tolist()
    row = codes.set_index("code").loc["macro.pmi.manufacturing"]
    assert row["unit_kind"] == "index" and pd.isna(row["part_of"])
    assert codes.set_index("code").loc["fiscal.revenue.tax", "part_of"] == "fiscal.revenue#kind"


@pytest.mark.parametrize("fmt", ["cff", "bibtex", "apa"])
def test_cite_prints_what_the_command_line_prints(fmt, capsys):
    assert main(["cite", "2.0.7", "--format", fmt, "--data", str(DATA)]) == 0
    assert econstats.cite("2.0.7", format=fmt, data=DATA) == capsys.readouterr().out
    from econstats.dataset import cite  # the module, as the release code imports it

    assert cite.FORMATS == ("cff", "bibtex", "apa")


def test_import_econstats_is_cheap():
    """Importing the package loads neither pandas, pyarrow, trafilatura nor the engine."""
    heavy = [
        "pandas",
        "pyarrow",
        "trafilatura",
        "econstats.build.run",
        "econstats.dataset.document",
        "econstats.reader.parse",
    ]
    code = f"import sys, econstats; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


def test_readme_examples(monkeypatch):
    """The README's Python examples (its ">>>" lines) give the output it shows, run from the
    repository's folder as a reader would."""
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, report=True)
    assert result.failed == 0, f"{result.failed} README example(s) failed: see the output above"
