"""An earlier value whose relative period names the very period of the figure it is compared with:
in a story published in December about November, "non-food items cost 2.1 percent more than a
year before, a slower rise than the 2.4 percent seen last month" reads "last month" from the
publication date (November), the figure's own month; the writer counts it from the figure's
period: October. Such an earlier value (Figure.prior "value", a period stated by a relative
phrase of vocab/relative_periods.csv or vocab/relative_years.csv that looks back) of the same
indicator, in the same sentence, lies that many months before the figure's period. Before, it
took the figure's period and the repeats rule dropped it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache

from econstats.reader.earlier_values import months_before
from econstats.reader.lexicon import key, load_vocab
from econstats.reader.parsed import Claim

MONTHS = {"month": 1, "quarter": 3}
REACH = 25  # characters between the earlier value and its relative phrase, at most
OTHER_NOUN = re.compile(r"\b(?:of|for|in)\b|\d", re.IGNORECASE)  # "the 1.8 percent of GDP growth"
STATED = "stated: '"


@cache
def looking_back() -> dict[str, int]:
    """key(phrase) -> months back, of the relative phrases that look back ('last month': 1)."""
    found = {}
    for row in load_vocab("relative_periods", ("phrase", "unit", "offset")):
        if int(row["offset"]) < 0 and row["unit"] in MONTHS:
            found[key(row["phrase"])] = -int(row["offset"]) * MONTHS[row["unit"]]
    for row in load_vocab("relative_years", ("phrase", "year_offset")):
        if int(row["year_offset"]) < 0:
            found[key(row["phrase"])] = -12 * int(row["year_offset"])
    return found


def relative_priors(claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims (in document order), each earlier value that a relative phrase put in the
    period of the figure it is compared with moved back (module)."""
    compared: Claim | None = None
    for claim in claims:
        if claim.figure.prior != "value":
            compared = claim
            yield claim
            continue
        yield moved_back(claim, compared)


def moved_back(claim: Claim, compared: Claim | None) -> Claim:
    """`claim` (an earlier value) moved back when its relative phrase gave it the period of
    `compared` (the figure before it), of the same indicator and sentence; else `claim`."""
    if compared is None or claim.period is None or claim.period != compared.period:
        return claim
    if compared.sentence.start != claim.sentence.start:
        return claim
    if compared.subject.term.indicator != claim.subject.term.indicator:
        return claim
    note = claim.period_note
    if not note.startswith(STATED):
        return claim
    phrase = note[len(STATED) :].partition("'")[0]
    months = looking_back().get(key(phrase))
    if not months or not beside(claim, phrase):
        return claim
    earlier = months_before(claim.period, months)
    if earlier is None:
        return claim
    return replace(claim, period=earlier, period_note=f"{note}; counted from the compared figure")


def beside(claim: Claim, phrase: str) -> bool:
    """Whether the relative phrase stands beside the earlier value, no other noun between: "the
    2.4 percent seen last month", "上月的2.4%"; not "the 1.8 percent of GDP growth seen last
    month" (another indicator's value, whatever subject the clause gave it)."""
    text, at, figure = claim.sentence.text, claim.sentence.start, claim.figure
    after = text.find(phrase, figure.end - at, figure.end - at + REACH)
    if after >= 0:
        return not OTHER_NOUN.search(text[figure.end - at : after])
    before = text.rfind(phrase, max(0, figure.start - at - REACH), figure.start - at)
    return before >= 0 and not OTHER_NOUN.search(text[before + len(phrase) : figure.start - at])
