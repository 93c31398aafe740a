"""The indicator codelist (schema/indicators.csv), loaded and checked once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from econstats.core.data_files import load_csv
from econstats.core.errors import SchemaFileError

INDICATORS_FILE = files("econstats.schema").joinpath("indicators.csv")
UNIT_KINDS = frozenset(["money", "count", "percent", "physical", "index"])


@dataclass(frozen=True)
class Indicator:
    """One code of the codelist."""

    code: str
    label: str
    unit_kind: str
    description: str
    plausible_min: float
    plausible_max: float
    part_of: str | None


@cache
def load_indicators() -> dict[str, Indicator]:
    """code -> Indicator; raises SchemaFileError naming the line of a bad row."""
    required = ("code", "label", "unit_kind", "description", "plausible_min", "plausible_max")
    table: dict[str, Indicator] = {}
    for line, row in enumerate(load_csv(str(INDICATORS_FILE), required), start=2):
        if row["code"] in table or row["unit_kind"] not in UNIT_KINDS:
            raise SchemaFileError(f"{INDICATORS_FILE} line {line}: duplicate code or bad unit_kind")
        try:
            low, high = float(row["plausible_min"]), float(row["plausible_max"])
        except ValueError as err:
            raise SchemaFileError(f"{INDICATORS_FILE} line {line}: {err}") from err
        part_of = row.get("part_of") or None
        table[row["code"]] = Indicator(
            row["code"], row["label"], row["unit_kind"], row["description"], low, high, part_of
        )
    return table
