"""The data card of a release (issue 14, point 3): README.md, LICENSE, schema copies, charts.

Releases are made in tmp from the seeds build; a second, synthetic one adds rows to the seeds'
(three and four periods of a series, a forecast, a Chinese quote) so that line charts and
languages have something to show.
"""

from __future__ import annotations

import re
import shutil
import tomllib
import xml.etree.ElementTree as ElementTree
from fnmatch import fnmatch
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

from econstats.core.errors import EconstatsError
from econstats.dataset import cite
from econstats.dataset.parquet_io import dataset_metadata, write_table
from econstats.publish.card import card_files, write_card
from econstats.publish.card_data import PACKAGE
from econstats.publish.card_report import UNLISTED
from econstats.publish.descriptors import build_datapackage, read_report, write_json
from econstats.publish.release import release
from econstats.publish.release_layout import parquet_files

ROOT = Path(__file__).resolve().parents[1].parent
SVG = "{http://www.w3.org/2000/svg}"
CARD_FILES = ("README.md", "LICENSE", "schema/indicators.csv", "schema/units.txt")


@pytest.fixture(scope="module")
def seed_release(seed_build, tmp_path_factory) -> tuple[Path, dict]:
    """(release folder, build report) of release 3.0.0 of the seeds build, made in tmp."""
    _, build_dir = seed_build
    data = tmp_path_factory.mktemp("card") / "data"
    result = release("3.0.0", build_dir, data, date="2026-12-06")
    return result.path, read_report(build_dir, ROOT)


# rows added to the seeds' fiscal.revenue level (2025-01-01/P10M): (period, start, end, value,
# status, quote); the share-of-budget row gets a third period only with the forecast
ADDED_PERIODS = [
    ("2023", "2023-01-01", "2023-12-31", 21.68e12, "actual", "财政收入21.68万亿元。"),
    ("2024", "2024-01-01", "2024-12-31", 21.97e12, "actual", "财政收入21.97万亿元。"),
    ("2024", "2024-01-01", "2024-12-31", 22.0e12, "actual", "Revenue reached 22 trillion yuan."),
    ("2026", "2026-01-01", "2026-12-31", 22.6e12, "forecast", "Revenue is expected to rise."),
]


@pytest.fixture(scope="module")
def synthetic_release(seed_build, tmp_path_factory) -> Path:
    """A release folder (data/ layout) of the seeds' rows plus ADDED_PERIODS."""
    report, build_dir = seed_build
    folder = tmp_path_factory.mktemp("synthetic") / "3.1.0"
    (folder / "data").mkdir(parents=True)
    for path in parquet_files(build_dir):
        table = pq.read_table(path)
        rows = table.to_pylist()
        model = next((row for row in rows if row["series_key"] == SERIES), None)
        added = ADDED_PERIODS if model is not None else []
        for i, (period, start, end, value, status, quote) in enumerate(added):
            rows.append(
                {
                    **model,
                    "obs_id": f"{i:032x}",
                    "period": period,
                    "period_start": pd.Timestamp(start).date(),
                    "period_end": pd.Timestamp(end).date(),
                    "value": value,
                    "status": status,
                    "quote": quote,
                    "doc_id": f"zh_{i}" if "万" in quote else model["doc_id"],
                }
            )
        out = pa.Table.from_pylist(rows, schema=table.schema)
        write_table(out, folder / "data" / path.name, dataset_metadata("3.1.0"))
    write_json(folder / "datapackage.json", build_datapackage("3.1.0", "2026-12-06", folder, {}))
    return folder


SERIES = "fiscal.revenue|CN|||level|CNY"


def observations(folder: Path) -> pd.DataFrame:
    """The release's rows, read the way a user would."""
    return pd.concat([pq.read_table(path).to_pandas() for path in parquet_files(folder)])


def header(readme: str) -> dict:
    """The YAML header of a card."""
    match = re.match(r"---\n(.*?)\n---\n", readme, re.S)
    assert match, "README.md does not open with a YAML header"
    return yaml.safe_load(match.group(1))


def md_rows(readme: str, heading: str) -> list[list[str]]:
    """The cells of the first Markdown table after ``heading``."""
    block: list[str] = []
    for line in readme.split(heading, 1)[1].splitlines():
        if line.startswith("| "):
            block.append(line)
        elif block:
            break
    cells = [re.split(r"(?<!\\) \| ", line[2:-2]) for line in block[2:]]
    return [[c.replace("\\|", "|").strip("`") for c in row] for row in cells]


def card_of(folder: Path, report: dict | None = None) -> dict[str, bytes]:
    """The card files of a release folder."""
    return card_files(folder, report)


HEADERS = [
    # (release fixture, expected languages)
    ("seed_release", ["en"]),
    ("synthetic_release", ["en", "zh"]),
]


@pytest.mark.parametrize(("name", "languages"), HEADERS)
def test_yaml_header(request, name, languages):
    folder = request.getfixturevalue(name)
    folder = folder[0] if isinstance(folder, tuple) else folder
    meta = header(card_of(folder)["README.md"].decode("utf-8"))
    assert meta["license"] == "cc-by-4.0"
    assert meta["language"] == languages
    assert meta["multilinguality"] == ("multilingual" if len(languages) > 1 else "monolingual")
    assert meta["pretty_name"] == cite.TITLE
    assert meta["size_categories"] == ["n<1K"]
    assert {"economics", "statistics", "news"} <= set(meta["tags"])
    assert meta["configs"][0]["data_files"][0]["path"] == "data/*.parquet"


COVERAGE = [
    # (heading of the table, column of the data it counts)
    ("### By topic", "topic"),
    ("### By economy", "ref_area"),
    ("### By indicator", "indicator"),
]


@pytest.mark.parametrize("name", ["seed_release", "synthetic_release"])
@pytest.mark.parametrize(("heading", "column"), COVERAGE)
def test_coverage_counts_equal_the_data(request, name, heading, column):
    folder = request.getfixturevalue(name)
    folder = folder[0] if isinstance(folder, tuple) else folder
    data = observations(folder)
    rows = md_rows(card_of(folder)["README.md"].decode("utf-8"), heading)
    shown = {
        re.sub(r".*\((\w\w)\)$", r"\1", row[0]): int(row[1 if column != "indicator" else 3])
        for row in rows
    }
    expected = data[column].value_counts().to_dict()
    if column == "topic":  # every topic file has a row, an empty one too
        expected = {path.stem: expected.get(path.stem, 0) for path in parquet_files(folder)}
    assert shown == expected


def test_coverage_summary_of_the_seeds(seed_release):
    folder, _ = seed_release
    data = observations(folder)
    readme = card_of(folder)["README.md"].decode("utf-8")
    assert f"Observations: {len(data)};" in readme
    assert f"series: {data['series_key'].nunique()};" in readme
    assert f"from {min(data['period_start'])} (earliest" in readme
    assert f"to {max(data['period_end'])} (latest" in readme


def test_every_field_is_described(seed_release):
    folder, _ = seed_release
    readme = card_of(folder)["README.md"].decode("utf-8")
    rows = {row[0]: row for row in md_rows(readme, "## Fields")}
    fields = pq.read_schema(parquet_files(folder)[0]).names
    assert list(rows) == fields
    for name, (_, type_, required, _, description) in rows.items():
        assert type_ and required in {"yes", "no"} and description not in {"", "—"}, name
    assert rows["value_usd"][3] == "USD" and rows["period_start"][3] == "date (YYYY-MM-DD)"


REPORTS = [
    # (report, lines the limitations must hold)
    (
        {
            "documents": [
                {"doc_id": "a", "rejected": 3, "unlisted": {"rejections": 2, "unclaimed": 5}},
                {"doc_id": "b", "rejected": 1},
            ],
            "rejections": [
                {"reason": "period-unresolved"},
                {"reason": "unit-mismatch"},
                {"reason": "period-unresolved"},
            ],
            "unclaimed": [{"subject": "bookings"}],
            "skipped": [{"reason": "binary-file"}],
            "failed": [],
        },
        [
            "The build read 2 documents (1 files skipped, 0 failed)",
            "- 5 figures rejected",
            "- 6 unclaimed figures",
            "Rejected figures by reason (5 in all):",
            "| `period-unresolved` | 2 |",
            f"| `{UNLISTED}` | 2 |",
            "| `unit-mismatch` | 1 |",
            "| `binary-file` | 1 |",
        ],
    ),
    (None, ["counts of figures the build could not publish are not stated"]),
]


@pytest.mark.parametrize(("report", "lines"), REPORTS)
def test_limitations_state_rejection_counts(seed_release, report, lines):
    folder, _ = seed_release
    readme = card_of(folder, report)["README.md"].decode("utf-8")
    limitations = readme.split("## Known limitations", 1)[1].split("## How to load", 1)[0]
    for line in lines:
        assert line in limitations


def test_seed_limitations_count_the_seed_build(seed_release):
    folder, report = seed_release
    readme = card_of(folder, report)["README.md"].decode("utf-8")
    assert f"- {len(report['rejections'])} figures rejected" in readme
    assert f"- {len(report['repeats'])} repeats" in readme
    assert f"- {len(report['unclaimed'])} unclaimed figures" in readme


@pytest.mark.parametrize("name", ["seed_release", "synthetic_release"])
def test_a_line_chart_for_each_series_with_three_periods(request, name):
    folder = request.getfixturevalue(name)
    folder = folder[0] if isinstance(folder, tuple) else folder
    data = observations(folder)
    periods = data.groupby("series_key")["period"].nunique()
    expected = {key for key, n in periods.items() if n >= 3}
    card = card_of(folder)
    readme = card["README.md"].decode("utf-8")
    charts = {path for path in card if path.startswith("charts/series/")}
    assert len(charts) == len(expected)
    linked = re.findall(r"\[chart\]\((charts/series/[^)]+)\)", readme)
    assert set(linked) == charts
    keys = [row[0] for row in md_rows(readme, "### Series over time")] if expected else []
    assert set(keys) == expected
    if name == "synthetic_release":
        assert expected == {SERIES}  # 2023, 2024, 2025-01-01/P10M, 2026 (forecast)


def test_charts_are_svg_with_titles_and_axis_labels(synthetic_release):
    card = card_of(synthetic_release)
    charts = {path: data for path, data in card.items() if path.endswith(".svg")}
    assert {"charts/topics.svg", "charts/economies.svg"} <= set(charts)
    for path, data in charts.items():
        root = ElementTree.fromstring(data)
        assert root.tag == f"{SVG}svg", path
        texts = [element.text for element in root.iter(f"{SVG}text")]
        assert root.find(f"{SVG}title").text in texts, path
    topic_texts = [e.text for e in ElementTree.fromstring(charts["charts/topics.svg"]).iter()]
    assert {"Observations", "Topic", "fiscal", "23"} <= set(topic_texts)
    line = next(data for path, data in charts.items() if path.startswith("charts/series/"))
    line_texts = [e.text for e in ElementTree.fromstring(line).iter(f"{SVG}text")]
    assert {"Period", "level (CNY)", "2023", "2026", "\u25cb forecast or target"} <= set(line_texts)


def test_readme_links_resolve(seed_release):
    folder, report = seed_release
    card = card_of(folder, report)
    readme = card["README.md"].decode("utf-8")
    for target in re.findall(r"\]\(([^)]+)\)", readme):
        assert target in card or (folder / target).exists(), target
    for named in re.findall(r"`(schema/[a-z.]+)`", readme):
        assert named in card, named


def test_same_input_same_bytes(seed_release, tmp_path):
    folder, report = seed_release
    first = card_of(folder, report)
    copy = shutil.copytree(folder, tmp_path / "elsewhere" / folder.name)
    assert card_of(folder, report) == first
    assert card_of(copy, report) == first  # no absolute path in the card


def test_licence_and_schema_copies(seed_release):
    folder, _ = seed_release
    card = card_of(folder)
    licence = card["LICENSE"].decode("utf-8")
    assert cite.DATA_LICENSE_URL in licence and cite.citation_text("3.0.0") in licence
    assert "Creative Commons Attribution 4.0 International Public License" in licence
    assert card["schema/indicators.csv"] == (ROOT / "schema" / "indicators.csv").read_bytes()
    assert card["schema/units.txt"] == (ROOT / "schema" / "units.txt").read_bytes()


def test_write_card_writes_once(seed_release, tmp_path):
    folder, report = seed_release
    staged = shutil.copytree(folder, tmp_path / "staged")
    for name in card_of(folder):
        (staged / name).unlink(missing_ok=True)
    written = write_card(staged, report)
    assert written == list(card_of(folder, report))
    assert all((staged / name).read_bytes() == card_of(folder, report)[name] for name in written)
    (staged / "LICENSE").unlink()
    with pytest.raises(EconstatsError, match="README.md: exists"):
        write_card(staged, report)
    assert not (staged / "LICENSE").exists()  # refused before writing anything


def test_field_units_cover_the_schema(seed_release):
    folder, _ = seed_release
    units = (PACKAGE / "card.field_units.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert [line.split(",")[0] for line in units] == pq.read_schema(parquet_files(folder)[0]).names


def test_card_data_files_are_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["econstats.publish"]
    texts = [p for p in ROOT.joinpath("econstats", "publish").glob("card.*") if p.suffix != ".py"]
    assert len(texts) >= 5  # the template, notice, licence, labels and field units
    for path in sorted(texts):
        assert any(fnmatch(path.name, pattern) for pattern in patterns), path.name


def test_release_holds_its_card(seed_release):
    folder, report = seed_release
    for name, data in card_of(folder, report).items():
        assert (folder / name).read_bytes() == data, name


def test_a_release_laid_out_before_3_0_0(tmp_path):
    # releases 1.0.0 to 2.0.7 keep their Parquet files at the top of the folder
    folder = shutil.copytree(ROOT / "data" / "releases" / "2.0.7", tmp_path / "2.0.7")
    readme = card_of(folder)["README.md"].decode("utf-8")
    assert header(readme)["configs"][0]["data_files"][0]["path"] == "*.parquet"
    assert 'pd.read_parquet("data/releases/2.0.7")' in readme
    assert "Observations: 35;" in readme
