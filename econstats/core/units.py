"""The pint registry: built once from schema/units.txt; the only module that imports pint."""

from __future__ import annotations

from decimal import Decimal
from functools import cache, lru_cache
from importlib.resources import files

import pint

from econstats.core.errors import SchemaFileError

Registry = pint.UnitRegistry  # the type other modules annotate with, without importing pint

UNITS_FILE = files("econstats.schema").joinpath("units.txt")


@cache
def build_registry(path: str | None = None) -> pint.UnitRegistry:
    """A bare registry holding only our definitions, Decimal magnitudes, redefinition refused."""
    registry = pint.UnitRegistry(None, non_int_type=Decimal, on_redefinition="raise")
    source = path or str(UNITS_FILE)
    try:
        registry.load_definitions(source)
    except (pint.errors.DefinitionSyntaxError, pint.errors.RedefinitionError, ValueError) as err:
        raise SchemaFileError(f"{source}: bad unit definition: {err}") from err
    return registry


def to_canonical(
    magnitude: Decimal,
    scale: str | None,
    unit: str,
    registry: pint.UnitRegistry,
    canonical: str | None = None,
) -> Decimal:
    """Apply a scale word to `magnitude` `unit` and return it in `canonical` (default `unit`).

    pint does the arithmetic in Decimal; a conversion across dimensions (yuan to dollars,
    tonnes to metres) raises pint.DimensionalityError.

    >>> ureg = build_registry()
    >>> to_canonical(Decimal("4.35"), "trillion", "CNY", ureg)
    Decimal('4350000000000.00')
    >>> to_canonical(Decimal("784.7"), "亿", "CNY", ureg)
    Decimal('78470000000.0')
    >>> to_canonical(Decimal("3"), None, "count", ureg)
    Decimal('3')
    >>> to_canonical(Decimal("1.5"), "million", "tonne", ureg, "kg")
    Decimal('1500000000.0')
    >>> to_canonical(Decimal("1"), None, "CNY", ureg, "USD")
    Traceback (most recent call last):
    pint.errors.DimensionalityError: Cannot convert from 'CNY' ([currency_CNY]) to 'USD' ([currency_USD])
    """
    canonical = canonical or unit
    expression = f"{scale} * {unit}" if scale else unit
    factor = _factor(registry, expression, canonical)
    if factor is not None:
        return magnitude * factor
    return _convert(magnitude, registry, expression, canonical)


def _convert(
    magnitude: Decimal, registry: pint.UnitRegistry, expression: str, canonical: str
) -> Decimal:
    """pint's conversion of `magnitude` `expression` into `canonical`."""
    source, target = _units(registry, expression), _units(registry, canonical)
    quantity = registry.Quantity(magnitude, source).to(target)
    if not _same_dimensionality(registry, expression, canonical):
        raise pint.DimensionalityError(quantity.units, target)
    return quantity.magnitude


@lru_cache(maxsize=4096)
def _factor(registry: pint.UnitRegistry, expression: str, canonical: str) -> Decimal | None:
    """What pint converts one `expression` into, when multiplying by it is exact (a short
    decimal, as every scale word and unit of ours gives): a Quantity per figure costs ~100 us
    (issue 7). None for a long, rounded factor: such figures go through pint each time."""
    factor = _convert(Decimal(1), registry, expression, canonical)
    return factor if len(factor.as_tuple().digits) < 20 else None


@lru_cache(maxsize=4096)
def _units(registry: pint.UnitRegistry, expression: str) -> pint.Unit:
    """The parsed units of an expression ("trillion * CNY"), parsed once (issue 7)."""
    return registry.Unit(expression)


@lru_cache(maxsize=4096)
def _same_dimensionality(registry: pint.UnitRegistry, expression: str, canonical: str) -> bool:
    """Whether the expression and the canonical unit have one dimensionality."""
    return _units(registry, expression).dimensionality == _units(registry, canonical).dimensionality


def same_dimension(unit_a: str, unit_b: str, registry: pint.UnitRegistry) -> bool:
    """True when pint would convert between the two units (never across currencies)."""
    dim_a = registry.Quantity(Decimal(1), unit_a).dimensionality
    return dim_a == registry.Quantity(Decimal(1), unit_b).dimensionality
