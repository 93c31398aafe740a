"""Currency aliases (vocab/currencies.csv) -> ISO 4217 codes, as prefix or suffix of a number."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from econstats.reader.lexicon import alternation, key, load_vocab


@cache
def currency_table() -> dict[str, str]:
    """key(alias) -> ISO code.

    >>> table = currency_table()
    >>> table["us$"], table["u.s. dollars"], table["rmb"], table["hk$"], table["亿元"[1:]]
    ('USD', 'USD', 'CNY', 'HKD', 'CNY')
    """
    return {key(row["alias"]): row["code"] for row in load_vocab("currencies", ("alias", "code"))}


def currency_pattern(position: str) -> str:
    """Alternation of the aliases written before ("prefix") or after ("suffix") a number."""
    rows = load_vocab("currencies", ("alias", "code", "position"))
    aliases = [row["alias"] for row in rows if position in row["position"].split("|")]
    return alternation(aliases, before_digits=position == "prefix")


def to_currency(alias: str | None) -> str | None:
    """ISO code of a matched alias, or None.

    >>> to_currency("U.S. dollars"), to_currency("yuan"), to_currency("$"), to_currency(None)
    ('USD', 'CNY', 'USD', None)
    """
    if not alias:
        return None
    return currency_table().get(key(alias))


@cache
def minor_units() -> dict[str, Decimal]:
    """key(alias) -> the part of the currency unit a minor unit is (vocab/minor_units.csv).

    >>> minor_units()["cents"]
    Decimal('0.01')
    """
    rows = load_vocab("minor_units", ("alias", "factor"))
    return {key(row["alias"]): Decimal(row["factor"]) for row in rows}
