"""Sentences about revisions: "Data for December was revised up to show 307,000 jobs added
instead of the previously reported 256,000." Such a sentence restates an earlier release's
figures for their own periods; the period it names is not the story's (the next sentence,
"Average hourly earnings rose 0.5%", is still about the month of the story), so it states none
for the story (figure_periods.StatedPeriods.of_sentence). Its figures keep their periods."""

from __future__ import annotations

import re
from functools import cache

from econstats.reader.lexicon import alternation, load_vocab


@cache
def revision_regex() -> re.Pattern[str]:
    """Any phrase of vocab/revisions.csv."""
    return re.compile(alternation(row["phrase"] for row in load_vocab("revisions", ("phrase",))))


def revises(text: str) -> bool:
    """True when the sentence says figures were revised.

    >>> revises("Data for December was revised up to show 307,000 jobs added.")
    True
    >>> revises("Payrolls rose 143,000 in January."), revises("明年經濟成長率上修至3.54%")
    (False, True)
    """
    return revision_regex().search(text) is not None
