"""The period vocabulary: month names, number words, relative years, leads and holidays.

Each table is a CSV of econstats/vocab/ (one concern per file, a `note` column for sources).
The files are read and checked once; `econstats.reader.periods` compiles them into its regexes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files

from econstats.core.data_files import load_csv
from econstats.core.errors import SchemaFileError
from econstats.reader.lexicon import key

VOCAB = files("econstats.vocab")
LEAD_ROLES = ("period", "base")
LEAD_SCOPES = ("bare", "phrase", "year", "date", "end")
YEAR_SCOPES = ("any", "same_period")
RELATIVE_UNITS = ("month", "quarter")


@dataclass(frozen=True)
class Holiday:
    """A public holiday: its aliases, a fixed rule (month, day) pair, and dated years."""

    name: str
    aliases: tuple[str, ...]
    fixed: tuple[tuple[int, int], tuple[int, int]] | None
    dated: tuple[tuple[int, date, date], ...]

    def dates(self, year: int) -> tuple[date, date] | None:
        """First and last day of the holiday in `year`; a dated row beats the fixed rule."""
        for dated_year, first, last in self.dated:
            if dated_year == year:
                return first, last
        if self.fixed is None:
            return None
        (m1, d1), (m2, d2) = self.fixed
        return date(year, m1, d1), date(year, m2, d2)


@dataclass(frozen=True)
class PeriodVocab:
    """Every word the period grammar knows, keyed by lexicon.key (lower case, single spaces)."""

    months: dict[str, tuple[int, str]]  # name -> (month, language)
    abbreviations: frozenset[str]  # month abbreviations, which may take a dot ("Sept.")
    numbers: dict[str, tuple[int, str, str]]  # word -> (value, kind, language)
    relative_years: dict[str, tuple[int, str, str]]  # phrase -> (offset, scope, language)
    relative_units: dict[str, tuple[str, int, str]]  # "last month" -> (unit, offset, language)
    leads: dict[str, tuple[str, str, str]]  # phrase -> (role, scope, language)
    holidays: tuple[Holiday, ...]  # in file order: the first one wins where two share dates

    def holiday(self, name: str) -> Holiday | None:
        """The holiday of that canonical name."""
        return next((h for h in self.holidays if h.name == name), None)

    def holiday_of_alias(self, alias: str) -> str:
        """Canonical name of a holiday alias (as matched in text)."""
        return next(h.name for h in self.holidays if key(alias) in map(key, h.aliases))


def _table(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    return load_csv(str(VOCAB.joinpath(f"{name}.csv")), columns)


def _check(ok: bool, name: str, row: dict[str, str], problem: str) -> None:
    if not ok:
        raise SchemaFileError(f"econstats/vocab/{name}.csv: {problem} in row {row}")


def _int(name: str, row: dict[str, str], column: str) -> int:
    _check(row[column].lstrip("-").isdigit(), name, row, f"{column} is not an integer")
    return int(row[column])


def _keyed(name: str, columns: tuple[str, ...], value, allowed: dict[str, tuple[str, ...]]):
    """key(first column) -> value(row); checks enumerated columns and duplicate keys."""
    table = {}
    for row in _table(name, columns):
        for column, choices in allowed.items():
            _check(row[column] in choices, name, row, f"{column} not in {choices}")
        _check(key(row[columns[0]]) not in table, name, row, "duplicate phrase")
        table[key(row[columns[0]])] = value(row)
    return table


def _rule(row: dict[str, str]) -> tuple[int | None, date, date]:
    """'10-01/10-07' (every year: year None, dates in 2000) or '2024-02-10/2024-02-17'."""
    try:
        first, last = row["rule"].split("/")
        if len(first) == 5:
            return None, date.fromisoformat(f"2000-{first}"), date.fromisoformat(f"2000-{last}")
        start, end = date.fromisoformat(first), date.fromisoformat(last)
    except ValueError as error:
        raise SchemaFileError(f"econstats/vocab/holidays.csv: bad rule in {row}: {error}") from None
    _check(start <= end and (end - start).days < 40, "holidays", row, "bad date range")
    return start.year, start, end


def _holidays() -> tuple[Holiday, ...]:
    names: dict[str, dict] = {}
    for row in _table("holidays", ("name", "rule", "note")):
        entry = names.setdefault(row["name"], {"aliases": [], "fixed": None, "dated": []})
        entry["aliases"] += [alias for alias in row["aliases"].split("|") if alias]
        year, start, end = _rule(row)
        if year is None:
            _check(entry["fixed"] is None, "holidays", row, "second fixed rule")
            entry["fixed"] = ((start.month, start.day), (end.month, end.day))
        else:
            _check(year not in [y for y, *_ in entry["dated"]], "holidays", row, "year repeated")
            entry["dated"].append((year, start, end))
    return tuple(
        Holiday(name, tuple(e["aliases"]), e["fixed"], tuple(e["dated"]))
        for name, e in names.items()
    )


@cache
def period_vocab() -> PeriodVocab:
    """The period vocabulary, read from econstats/vocab/ and checked (SchemaFileError if bad)."""
    months = _keyed(
        "months",
        ("name", "month", "form", "language"),
        lambda r: (_int("months", r, "month"), r["language"]),
        {"form": ("name", "abbreviation", "digits"), "language": ("en", "zh")},
    )
    abbreviations = frozenset(
        key(r["name"]) for r in _table("months", ("name", "form")) if r["form"] == "abbreviation"
    )
    numbers = _keyed(
        "numbers_words",
        ("word", "value", "kind", "language"),
        lambda r: (_int("numbers_words", r, "value"), r["kind"], r["language"]),
        {"kind": ("cardinal", "ordinal", "weekday"), "language": ("en", "zh")},
    )
    relative = _keyed(
        "relative_years",
        ("phrase", "year_offset", "scope", "language"),
        lambda r: (_int("relative_years", r, "year_offset"), r["scope"], r["language"]),
        {"scope": YEAR_SCOPES, "language": ("en", "zh")},
    )
    relative_units = _keyed(
        "relative_periods",
        ("phrase", "unit", "offset", "language"),
        lambda r: (r["unit"], _int("relative_periods", r, "offset"), r["language"]),
        {"unit": RELATIVE_UNITS, "language": ("en", "zh")},
    )
    leads = _keyed(
        "period_leads",
        ("phrase", "role", "scope", "language"),
        lambda r: (r["role"], r["scope"], r["language"]),
        {"role": LEAD_ROLES, "scope": LEAD_SCOPES, "language": ("en", "zh")},
    )
    holidays = _holidays()
    return PeriodVocab(months, abbreviations, numbers, relative, relative_units, leads, holidays)
