"""A rate said after an amount, behind an earlier-value cue, read by its own words.

"climbed to $28.11, after an unrevised 0.3 percent m-o-m increase in July": the cue "after" makes
the 0.3 percent an earlier value, but no level of the amount before it (a percent is no amount of
dollars): it is the month-on-month rise of July. "grew 5.9 percent from the previous year, 0.1
percentage points higher than the growth in the first half": a change of the growth rate in
points. "an increase of US$16.5 billion compared to the end of August, marking a 0.5% rise": the
rate restates the change before it, and its base is that change's ("the end of August").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from econstats.reader.cues import find_comparison

if TYPE_CHECKING:
    from econstats.core.model import Figure

RATES = frozenset({"percent", "pp"})  # the unit kinds of a rate


def rate_after_amount(
    figure: Figure,
    context: tuple[str, Any, str, Figure, Any, str],
    readers: tuple[Callable[..., Figure], Callable[..., Figure]],
) -> Figure | None:
    """The figure (a percent or points, after a figure of another unit kind and an earlier-value
    `cue` in `before`) read by the words after the cue and after the figure; None when it is no
    rate or the figure before it is a rate too. context: (before, cue, after, the figure before,
    the sentence's bases, the earlier-value mark the cue gives). readers: measures.with_measure
    and measures.percent_change (measures calls this module, so it may not import measures)."""
    before, cue, after, previous, bases, prior = context
    read, change = readers
    if figure.unit_kind not in RATES or previous.unit_kind == figure.unit_kind:
        return None
    own = read(figure, before[cue.end :], after, None, bases)
    base = bases.first_within(figure.start - len(before) + cue.end, figure.start)
    if own.measure == "yoy_pct" and base is not None and previous.measure == "abs_change":
        own = change(own, "", None, bases, base)
    # a base after the cue makes it the comparison of the figure before ("5.9 percent from the
    # previous year, 0.1 percentage points higher"), not the lead of an earlier value
    comparison = find_comparison(before)  # the cue inside it: "from the previous year"
    compared = base is not None or (comparison is not None and comparison[2] >= cue.end)
    return replace(own, prior="" if compared else prior)
