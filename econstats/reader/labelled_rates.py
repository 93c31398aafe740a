"""An expected or earlier reading printed as a bare percent is a rate of the change it labels.

"Fixed asset investment y/y +4.2%, a beat" then "• expected 3.2%, prior +3.0%": the 3.2 percent
is no level of an amount of money (a percent cannot be one) but the expected year-on-year growth,
the measure of the reading it is set against. So are "Retail sales rose 5.5%. Economists had
forecast 5.2%" and "exports grew 8% (previous: 6.5%)". A reading marked expected or earlier
(Figure.prior, from the cue that leads it) whose percent has no change or rate words of its own
takes the measure of the last percent change of the same subject (indicator, breakdown, entity)
read before it in the document; with none before it, it stays a level (and is rejected as a
unit mismatch). A rate indicator's reading ("unemployment rate 5.3%, prior 5.1%") is its level.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from econstats.core.codelist import load_indicators
from econstats.reader.parsed import Claim

CHANGES = frozenset({"yoy_pct", "qoq_pct", "mom_pct"})  # a rate a reading can continue


def labelled_rates(claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims, an expected or earlier percent level of an indicator that is no percent given
    the measure of the last change of its subject before it (see the module)."""
    last: dict[tuple[str, str | None, str | None], str] = {}
    indicators = load_indicators()
    for claim in claims:
        figure, subject = claim.figure, claim.subject
        key = (subject.term.indicator, subject.breakdown or subject.term.breakdown, subject.entity)
        if figure.unit_kind == "percent" and figure.measure in CHANGES and not figure.prior:
            last[key] = figure.measure
        elif (
            figure.prior
            and figure.unit_kind == "percent"
            and figure.measure == "level"
            and not figure.reading
            and key in last
            and indicators[subject.term.indicator].unit_kind != "percent"
        ):
            claim = replace(claim, figure=replace(figure, measure=last[key]))
        yield claim
