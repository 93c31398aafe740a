"""An earlier value written with a scale word alone is in the unit of the figure it is compared
with: in "the holdings rose to 62.64 million ounces from 62.45 million in August" and "exports
rose to $3.2 billion from 2.9 billion a year earlier" the earlier values are ounces of gold and
dollars, though their own words name no unit (they were read as counts, and rejected as a
unit mismatch). Only an earlier value (Figure.prior "value": "from", "compared with") printed as
a number and a scale word, right after a figure of the same subject in the same sentence whose
unit is a currency (or troy ounces, unit kind money: the value needs no conversion); a count
("1.2 million units from 1.1 million") keeps its unit."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from econstats.reader.parsed import Claim

# a number and a scale word, nothing else: "62.45 million", "2.9 billion", "1,234.5亿"
BARE_SCALE = re.compile(
    r"[\d.,]+\s*(?:thousand|million|billion|trillion|mn|bn|tn|m|b|万|萬|亿|億)", re.IGNORECASE
)


def prior_units(claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims, an earlier value with a scale word alone given the currency of the figure of
    its subject right before it in its sentence (see the module)."""
    before: Claim | None = None
    for claim in claims:
        figure = claim.figure
        if (
            before is not None
            and figure.prior == "value"
            and figure.unit_kind == "count"
            and before.sentence is claim.sentence
            and before.figure.unit_kind == "money"
            and before.subject.term.indicator == claim.subject.term.indicator
            and BARE_SCALE.fullmatch(figure.value_text.strip())
        ):
            unit = before.figure.unit
            claim = replace(claim, figure=replace(figure, unit=unit, unit_kind="money"))
        before = claim
        yield claim
