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


# a verb whose particle is the "up" of "up to": "revised up to 0.6%" is no "up to 0.6%" (at most)
PHRASAL_UP = re.compile(r"(?i)(?:\b[a-z]+ed|\bwent|\bsped|\bcame|\bshot)\s+$")


# a percent right before "over" or "above": "a growth of 6.5 per cent over ₹1,74,962 crore"
PERCENT_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpercent|\bpct\.?)\s+$", re.IGNORECASE)


def percent_over(before: str, qualifier: re.Match[str]) -> bool:
    """True when the qualifier phrase "over" or "above" follows a percent: it compares the
    percent with the level after it ("rose 12% over $5.1 billion"), no bound of that level.

    >>> import re
    >>> [percent_over(t, re.search(r"over $", t)) for t in ("up 6.5 per cent over ", "of over ")]
    [True, False]
    """
    if " ".join(qualifier.group().lower().split()) not in ("over", "above"):
        return False
    return PERCENT_BEFORE.search(before, 0, qualifier.start()) is not None


def particle_up(before: str, qualifier: re.Match[str]) -> bool:
    """True when the qualifier phrase matched at the end of `before` is "up to" after a verb
    whose particle its "up" is ("growth was revised up to 0.6%", "ticked up to 4.1%"), not the
    "up to" of a ceiling ("sales of up to 5 billion").

    >>> import re
    >>> [particle_up(t, re.search(r"up to $", t)) for t in ("revised up to ", "sales of up to ")]
    [True, False]
    """
    if " ".join(qualifier.group().lower().split()) != "up to":
        return False
    return PHRASAL_UP.search(before, 0, qualifier.start()) is not None
