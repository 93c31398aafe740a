"""Earlier values listed together: in "Gross margin was 15.3%, compared with negative 2.7% for
the same period of 2023 and 14.0% for the second quarter of 2024" the cue "compared with" leads
both 2.7% and 14.0%. The figure after "and" continues the list of earlier values, with its own
period; it is no new statement of the subject, and its period is never the sentence's or the
story's (figure_periods.StatedPeriods.owner), so the 15.3% keeps the story's quarter.

>>> from econstats.core.model import Figure
>>> text = "15.3%, compared with 2.7% for 2023 and 14.0% for Q2"
>>> f = [Figure(0, 5, "15.3%", 15.3, "percent", "percent", 1, measure="share_pct"),
...      Figure(21, 25, "2.7%", 2.7, "percent", "percent", 1, measure="share_pct", prior="value"),
...      Figure(39, 44, "14.0%", 14.0, "percent", "percent", 1)]
>>> [x.prior for x in with_listed_priors(text, 0, f, [Span(26, 34)])]
['', 'value', 'value']
>>> [x.prior for x in with_listed_priors(text.replace(" and ", ", up "), 0, f, [Span(26, 34)])]
['', 'value', '']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from econstats.core.model import Figure

# what may stand between two earlier values of one list, once its period phrases are taken out
JOIN = re.compile(r"\s*+,?\s*+(?:and|as\s++well\s++as|及|和|与|與)\s*+", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    """A period phrase's place in the document (what with_listed_priors reads of a mention)."""

    start: int
    end: int


def with_listed_priors(
    text: str, offset: int, figures: Sequence[Figure], mentions: Sequence[Any]
) -> list[Figure]:
    """The figures, each one that continues a list of earlier values marked as one too, with
    the measure of the value before it (`text` starts at document offset `offset`; `mentions`
    are the sentence's period phrases, with document offsets)."""
    out: list[Figure] = []
    previous: Figure | None = None  # the last figure that restates no other
    for figure in figures:
        if (
            previous is not None
            and previous.prior == "value"
            and not figure.prior
            and figure.restates is None
            and figure.unit_kind == previous.unit_kind
            and JOIN.fullmatch(gap_without(text, offset, previous.end, figure.start, mentions))
        ):
            figure = replace(figure, prior="value", measure=previous.measure)
        out.append(figure)
        previous = figure if figure.restates is None else previous
    return out


def gap_without(text: str, offset: int, start: int, end: int, mentions: Sequence[Any]) -> str:
    """The text between document offsets start and end, less the period phrases inside it."""
    pieces, at = [], start
    for mention in mentions:
        if mention.start >= at and mention.end <= end:
            pieces.append(text[at - offset : mention.start - offset])
            at = mention.end
    pieces.append(text[at - offset : end - offset])
    return "".join(pieces)
