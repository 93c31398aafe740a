"""A change said with no comparison takes the comparison the economy's statistics office states
such a change on (vocab/default_rates.csv): a quarter's GDP growth in the UK, the euro area,
Japan or Korea is quarter on quarter ("Britain's economy grew by 0.1% in the third quarter"), a
month's US retail sales or hourly earnings month on month ("U.S. retail sales rose 0.6% in
May"). Elsewhere, and for other periods and indicators, it stays year on year (the reader's
default, as China's releases state it); a comparison the text says always wins, and an earlier
value of the sentence goes with the figure it is compared with."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from econstats.reader.claim_changes import with_changed
from econstats.reader.cues import find_comparison
from econstats.reader.lexicon import load_vocab

if TYPE_CHECKING:
    from econstats.reader.parsed import Claim, ParsedDocument

SHAPES = {"quarter": re.compile(r"\d{4}-Q[1-4]"), "month": re.compile(r"\d{4}-\d\d")}


@cache
def default_rates() -> tuple[tuple[str, str, str, str], ...]:
    """(ref_area, period shape, indicator, measure) rows of vocab/default_rates.csv."""
    rows = load_vocab("default_rates", ("ref_area", "period", "indicator", "measure"))
    return tuple((r["ref_area"], r["period"], r["indicator"], r["measure"]) for r in rows)


def default_rate(ref_area: str | None, label: str, indicator: str) -> str | None:
    """The measure a change of the indicator with no comparison said takes, or None.

    >>> default_rate("GB", "2025-Q3", "macro.gdp.household_consumption"), default_rate("CN", "2025-Q3", "macro.gdp")
    ('qoq_pct', None)
    >>> default_rate("US", "2025-05", "retail.sales.online"), default_rate("US", "2025", "retail.sales")
    ('mom_pct', None)
    """
    for area, shape, code, measure in default_rates():
        same = indicator == code or indicator.startswith(code + ".")
        if area == ref_area and same and SHAPES[shape].fullmatch(label):
            return measure
    return None


def with_default_rates(parsed: ParsedDocument) -> ParsedDocument:
    """The claims, a change with no comparison said given its economy's default comparison."""
    turned: dict[tuple[int, str], str] = {}  # (sentence start, indicator) -> measure given

    def defaulted(claim: Claim) -> Claim:
        figure, indicator = claim.figure, claim.subject.term.indicator
        if figure.measure != "yoy_pct" or claim.period is None:
            return claim
        key = (claim.sentence.start, indicator)
        if figure.assumed:
            measure = default_rate(claim.ref_area, claim.period.label, indicator)
        else:  # its earlier value ("slowing from 0.3% growth in the April-June period") goes along,
            # as does what was expected of it ("beating economists' median forecast of a 0.3% rise")
            measure = turned.get(key) if figure.prior in ("value", "expected") else None
        said_before = claim.sentence.text[: figure.start - claim.sentence.start]
        if measure is not None and find_comparison(said_before) is not None:
            # "From a year earlier, retail sales were up 4.2%": said, before it; one said after
            # a later figure is that one's ("rose 5.9% in March and were up 60.4% from a year
            # earlier": the 60.4%'s)
            measure = None
        if measure is None or measure not in claim.subject.term.measures:
            return claim
        turned[key] = measure
        return replace(claim, figure=replace(figure, measure=measure))

    return with_changed(parsed, defaulted)
