"""Every vocabulary, terms, codelist and units file is well-formed and consistent with the others.

In the style of dateparser's test_data.py and owid's metadata checks: the data files are the
parser, so a typo in one of them is a bug that no sentence table may happen to catch.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pytest

ROOT = Path(__file__).resolve().parent.parent
VOCAB = ROOT / "econstats" / "vocab"
EXTRACTORS = ROOT / "extractors"
SCHEMA = ROOT / "schema"
VOCAB_FILES = sorted(VOCAB.glob("*.csv"))
TERMS_FILES = sorted(EXTRACTORS.glob("*.terms.csv"))

# The contract's measures, qualifiers and statuses (CONTRACT.md, "One table: observations").
MEASURES = {
    "level",
    "yoy_pct",
    "qoq_pct",
    "mom_pct",
    "pct_change",
    "abs_change",
    "pp_change",
    "share_pct",
}
QUALIFIERS = {"exact", "approximately", "at_least", "at_most"}
STATUSES = {"actual", "forecast", "target"}
UNIT_KINDS = {"money", "count", "percent", "physical", "index"}

# The contract's codelist (starting set): schema/indicators.csv may extend it, never drop a code.
CONTRACT_INDICATORS = [
    "fiscal.revenue",
    "fiscal.revenue.central",
    "fiscal.revenue.local",
    "fiscal.revenue.tax",
    "fiscal.revenue.non_tax",
    "fiscal.expenditure",
    "fiscal.expenditure.education",
    "fiscal.expenditure.science_technology",
    "fiscal.expenditure.social_security_employment",
    "retail.sales",
    "retail.sales.online",
    "retail.sales.online_physical_goods",
    "company.revenue",
    "company.users",
    "trade.total",
    "trade.exports",
    "trade.imports",
    "transport.passenger_trips",
    "transport.passenger_trips.daily_average",
    "transport.passenger_trips.self_driving",
]

# The contract's columns, in order, with their Arrow types and whether they may be null.
CONTRACT_COLUMNS = [
    ("obs_id", pa.string(), False),
    ("series_key", pa.string(), False),
    ("topic", pa.string(), False),
    ("indicator", pa.string(), False),
    ("breakdown", pa.string(), True),
    ("ref_area", pa.string(), False),
    ("entity", pa.string(), True),
    ("counterpart_area", pa.string(), True),
    ("measure", pa.string(), False),
    ("value", pa.float64(), False),
    ("unit", pa.string(), False),
    ("value_usd", pa.float64(), True),
    ("fx_rate", pa.float64(), True),
    ("decimals", pa.int32(), False),
    ("qualifier", pa.string(), False),
    ("status", pa.string(), False),
    ("period", pa.string(), False),
    ("period_start", pa.date32(), False),
    ("period_end", pa.date32(), False),
    ("base_period_start", pa.date32(), True),
    ("base_period_end", pa.date32(), True),
    ("conversion_of", pa.string(), True),
    ("data_source", pa.string(), True),
    ("doc_id", pa.string(), False),
    ("doc_sha256", pa.string(), False),
    ("char_start", pa.int64(), False),
    ("char_end", pa.int64(), False),
    ("value_text", pa.string(), False),
    ("subject", pa.string(), False),
    ("quote", pa.string(), False),
    ("published_date", pa.date32(), True),
    ("extractor", pa.string(), False),
]

# Vocabulary files: (columns that must be filled on every row, columns that make a row unique).
# A file not listed here is still checked with its first column as both.
VOCAB_SPEC = {
    "abbreviations": (("abbreviation",), ("abbreviation",)),
    "agencies": (("phrase", "name"), ("phrase",)),
    "balance_words": (("word", "from_indicator", "to_indicator"), ("word", "from_indicator")),
    "trade_verbs": (("phrase", "direction"), ("phrase",)),
    "changes": (("phrase", "sign", "position"), ("phrase", "position")),
    "default_rates": (
        ("ref_area", "period", "indicator", "measure"),
        ("ref_area", "period", "indicator"),
    ),
    "clause_breaks": (("phrase",), ("phrase",)),
    "comparisons": (("phrase", "measure"), ("phrase",)),
    "countries": (("phrase", "iso2"), ("phrase",)),
    "cues": (("phrase", "role"), ("phrase",)),
    "currencies": (("alias", "code", "position"), ("alias",)),
    "denominators": (("phrase",), ("phrase",)),
    "entity_stopwords": (("word",), ("word",)),
    "holidays": (("name", "rule"), ("name", "rule")),
    "languages": (("language", "ref_area"), ("language",)),
    "market_nouns": (("phrase",), ("phrase",)),
    "months": (("name", "month", "form", "language"), ("name",)),
    "numbers_words": (("word", "value", "kind", "language"), ("word",)),
    "period_leads": (("phrase", "role", "scope", "language"), ("phrase",)),
    "qualifiers": (("phrase", "qualifier", "in_value_text"), ("phrase",)),
    "rates": (("phrase", "reading", "sign"), ("phrase",)),
    "relative_years": (("phrase", "year_offset", "scope", "language"), ("phrase",)),
    "scales": (("word", "unit", "attached_only"), ("word",)),
    "statuses": (("phrase", "status"), ("phrase",)),
    "units": (("phrase", "unit", "canonical", "kind"), ("phrase",)),
}
# Known inconsistencies, reported; strict xfail so that the fix forces the entry out.
KNOWN_DUPLICATES: dict[str, str] = {}  # fixed: 'RMB'/'Rmb' became one case-free row 'rmb'


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of a CSV file; fails on a row with more fields than the header."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    for line, row in enumerate(rows, start=2):
        assert None not in row, f"{path.name} line {line}: more fields than the header"
    return list(reader.fieldnames or []), rows


def fold(text: str) -> str:
    """Case-insensitive comparison key: lower case, single spaces (as econstats.reader.lexicon.key)."""
    return " ".join(text.lower().split())


def spec(path: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    header, _ = read(path)
    name = path.name.removesuffix(".csv")
    return VOCAB_SPEC.get(name, ((header[0],), (header[0],)))


def column(name: str, field: str) -> list[str]:
    return [row[field] for row in read(VOCAB / f"{name}.csv")[1]]


def units_txt() -> list[list[str]]:
    """schema/units.txt definitions, each as [name, definition, symbol and aliases...]."""
    lines = (SCHEMA / "units.txt").read_text(encoding="utf-8").splitlines()
    return [
        [part.strip() for part in line.split("=")]
        for line in lines
        if line.strip() and not line.lstrip().startswith("#")
    ]


def indicators() -> dict[str, dict[str, str]]:
    return {row["code"]: row for row in read(SCHEMA / "indicators.csv")[1]}


def terms() -> list[tuple[str, dict[str, str]]]:
    return [(path.name, row) for path in TERMS_FILES for row in read(path)[1]]


@pytest.fixture(scope="module")
def registry():
    from econstats.core.units import build_registry

    return build_registry()


# --- vocabulary files ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", VOCAB_FILES + TERMS_FILES, ids=lambda path: path.name)
def test_file_has_a_note_column_and_snake_case_header(path):
    header, rows = read(path)
    assert rows, f"{path.name} is empty"
    assert "note" in header, f"{path.name}: no note column"
    assert all(name == name.lower() and name.isidentifier() for name in header), header


@pytest.mark.parametrize("path", VOCAB_FILES, ids=lambda path: path.name)
def test_vocab_required_columns_filled(path):
    header, rows = read(path)
    required, _ = spec(path)
    assert set(required) <= set(header), f"{path.name}: missing {set(required) - set(header)}"
    empty = [line for line, row in enumerate(rows, start=2) if any(not row[c] for c in required)]
    assert not empty, f"{path.name}: empty required field on lines {empty}"


def duplicate_params():
    for path in VOCAB_FILES:
        name = path.name.removesuffix(".csv")
        if name in KNOWN_DUPLICATES:
            mark = pytest.mark.xfail(strict=True, reason=KNOWN_DUPLICATES[name])
            yield pytest.param(path, marks=mark, id=path.name)
        else:
            yield pytest.param(path, id=path.name)


@pytest.mark.parametrize("path", list(duplicate_params()))
def test_vocab_no_duplicate_phrases(path):
    _, rows = read(path)
    _, unique = spec(path)
    seen: dict[tuple[str, ...], int] = {}
    duplicates = []
    for line, row in enumerate(rows, start=2):
        row_key = tuple(fold(row[name]) for name in unique)
        if row_key in seen:
            duplicates.append((row_key, seen[row_key], line))
        seen.setdefault(row_key, line)
    assert not duplicates, f"{path.name}: duplicates (key, first line, line): {duplicates}"


def test_holiday_aliases_unique_and_rules_are_dates():
    seen: dict[str, str] = {}
    for row in read(VOCAB / "holidays.csv")[1]:
        for alias in filter(None, row["aliases"].split("|")):
            assert seen.setdefault(fold(alias), row["name"]) == row["name"], alias
        first, last = row["rule"].split("/")
        assert len(first) == len(last) and len(first) in (5, 10), row["rule"]
        assert first <= last, row["rule"]


def test_vocab_enumerations_are_the_contract_values():
    assert set(column("qualifiers", "qualifier")) <= QUALIFIERS
    assert set(column("statuses", "status")) <= STATUSES
    assert set(column("comparisons", "measure")) <= MEASURES
    assert set(column("changes", "sign")) <= {"1", "-1"}
    assert set(column("changes", "position")) <= {"before", "adjacent", "after"}
    assert set(column("rates", "reading")) <= {"growth", "share"}
    assert set(column("rates", "sign")) <= {"1", "0", "-1"}
    assert set(column("qualifiers", "in_value_text")) <= {"yes", "no"}
    assert set(column("scales", "attached_only")) <= {"yes", "no"}
    positions = {part for value in column("currencies", "position") for part in value.split("|")}
    assert positions <= {"prefix", "suffix"}


def test_months_are_one_to_twelve():
    assert {int(month) for month in column("months", "month")} == set(range(1, 13))


@pytest.mark.parametrize(
    ("name", "field"),
    [("countries", "iso2"), ("agencies", "iso2"), ("languages", "ref_area")],
)
def test_country_codes_are_two_capital_letters(name, field):
    if not (VOCAB / f"{name}.csv").exists():
        pytest.skip(f"no {name}.csv")
    bad = [code for code in column(name, field) if code and not (len(code) == 2 and is_upper(code))]
    assert not bad, f"{name}.csv: bad ISO 3166-1 alpha-2 codes {bad}"


def is_upper(code: str) -> bool:
    return code.isascii() and code.isalpha() and code.isupper()


# --- currencies and units.txt -------------------------------------------------------------------


def currency_dimensions() -> dict[str, str]:
    """ISO code -> its dimension, from the `XXX = [currency_XXX]` lines of units.txt."""
    return {parts[0]: parts[1] for parts in units_txt() if parts[1].startswith("[currency_")}


def test_every_currency_code_is_its_own_dimension_in_units_txt(registry):
    defined = currency_dimensions()
    for code in sorted(set(column("currencies", "code"))):
        assert len(code) == 3 and is_upper(code), f"currencies.csv: {code!r} is no ISO 4217 code"
        assert defined.get(code) == f"[currency_{code}]", f"{code} is not [currency_{code}]"
        dimensionality = registry.Quantity(Decimal(1), code).dimensionality
        assert dict(dimensionality) == {f"[currency_{code}]": 1}, code


def test_every_currency_of_units_txt_has_an_alias():
    assert set(currency_dimensions()) <= set(column("currencies", "code"))


def scale_words_of_units_txt(registry) -> set[str]:
    """Names, symbols and aliases of the dimensionless units of units.txt (its scale words)."""
    words = set()
    for name, _, *aliases in units_txt():
        if registry.Quantity(Decimal(1), name).dimensionless:
            words |= {name, *(alias for alias in aliases if alias != "_")}
    return words


def test_scale_units_exist_in_the_registry_with_the_same_value(registry):
    from econstats.core.units import to_canonical

    for row in read(VOCAB / "scales.csv")[1]:
        assert row["unit"] in registry, f"scales.csv: unit {row['unit']!r} not in units.txt"
        if row["word"] in registry:
            word = to_canonical(Decimal(1), row["word"], "count", registry)
            assert word == to_canonical(Decimal(1), row["unit"], "count", registry), row


def test_parser_scale_words_are_in_units_txt(registry):
    parser = set(column("scales", "word")) | set(column("scales", "unit"))
    assert parser <= scale_words_of_units_txt(registry)


def test_units_txt_scale_words_are_known_to_the_parser(registry):
    parser = set(column("scales", "word")) | set(column("scales", "unit"))
    assert scale_words_of_units_txt(registry) <= parser


def test_vocab_units_exist_in_the_registry(registry):
    from econstats.core.units import same_dimension

    for row in read(VOCAB / "units.csv")[1]:
        assert row["unit"] in registry and row["canonical"] in registry, row
        assert same_dimension(row["unit"], row["canonical"], registry), row


# --- terms files and the codelist ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "row"), [pytest.param(*item, id=f"{item[0]}:{item[1]['phrase']}") for item in terms()]
)
def test_term_indicator_and_measures_are_known(name, row):
    topic = name.split(".")[0]
    assert row["phrase"].strip() == row["phrase"] and row["phrase"], row
    assert row["indicator"] in indicators(), f"{name}: unknown indicator {row['indicator']}"
    assert row["indicator"].split(".")[0] == topic, f"{name}: {row['indicator']} of another topic"
    assert set(row["measures"].split("|")) <= MEASURES, f"{name}: bad measures {row['measures']}"
    assert row.get("sign", "") in ("", "1", "-1"), row


def test_term_phrases_unique_within_and_across_topics():
    """A phrase is listed once, but for an indicator per unit kind in one file
    (econstats.reader.unit_terms: "销量" in tonnes and in vehicles)."""
    kinds = {row["code"]: row["unit_kind"] for row in read(SCHEMA / "indicators.csv")[1]}
    files: dict[str, list[tuple[str, str]]] = {}
    for name, row in terms():
        files.setdefault(fold(row["phrase"]), []).append((name, kinds[row["indicator"]]))
    duplicates = {
        phrase: rows
        for phrase, rows in files.items()
        if len(rows) > 1 and (len({name for name, _ in rows}) > 1 or len(set(rows)) < len(rows))
    }
    assert not duplicates, f"phrases listed twice (phrase: files and unit kinds): {duplicates}"


def test_every_terms_file_belongs_to_a_registered_extractor():
    from econstats.extractors import EXTRACTORS

    names = {extractor.NAME for extractor in EXTRACTORS}
    assert {path.name.split(".")[0] for path in TERMS_FILES} == names


def test_indicator_codes_unique_and_well_formed():
    rows = read(SCHEMA / "indicators.csv")[1]
    codes = [row["code"] for row in rows]
    assert len(codes) == len(set(codes)), "duplicate codes in indicators.csv"
    for code in codes:
        parts = code.split(".")
        assert all(part and part.replace("_", "a").isalnum() for part in parts), code
        assert code == code.lower() and code.isascii(), code


def test_contract_codelist_is_in_indicators_csv():
    missing = [code for code in CONTRACT_INDICATORS if code not in indicators()]
    assert not missing, missing


@pytest.mark.parametrize("code", list(indicators()))
def test_indicator_row(code):
    row = indicators()[code]
    assert row["label"] and row["description"], code
    assert row["unit_kind"] in UNIT_KINDS, f"{code}: unit_kind {row['unit_kind']!r}"
    assert float(row["plausible_min"]) <= float(row["plausible_max"]), code
    if row["part_of"]:
        parent = row["part_of"].split("#")[0]
        assert parent in indicators(), f"{code}: part_of {parent!r} is no code"
        assert parent != code, code
        assert indicators()[parent]["unit_kind"] == row["unit_kind"], f"{code}: parts add up?"


def test_every_indicator_has_a_term():
    used = {row["indicator"] for _, row in terms()}
    unused = sorted(set(indicators()) - used)
    assert not unused, f"indicators no terms file names: {unused}"


# --- the observations table ---------------------------------------------------------------------


def test_arrow_schema_is_the_contract():
    from econstats.dataset.arrow import observation_schema

    schema = observation_schema()
    assert schema.names == [name for name, _, _ in CONTRACT_COLUMNS]
    for name, arrow_type, nullable in CONTRACT_COLUMNS:
        field = schema.field(name)
        assert field.type == arrow_type, f"{name}: {field.type} != {arrow_type}"
        assert field.nullable == nullable, f"{name}: nullable {field.nullable}"


def test_table_schema_enums_are_the_contract():
    import json

    descriptor = json.loads((SCHEMA / "observations.schema.json").read_text(encoding="utf-8"))
    enums = {
        field["name"]: set(field["constraints"]["enum"])
        for field in descriptor["fields"]
        if "enum" in field.get("constraints", {})
    }
    assert enums == {"measure": MEASURES, "qualifier": QUALIFIERS, "status": STATUSES}
