"""A contribution in percentage points to a month-on-month change is another series than the
one to the year-on-year change: a statistics office's CPI release gives both for each category
('鲜菜价格上涨0.5%,影响CPI上涨约0.01个百分点' in the year-on-year part, '鲜菜价格下降2.4%,影响CPI下降
约0.05个百分点' in the month-on-month part; "pork prices fell 2.1 percent month on month, pulling
the CPI down by about 0.03 percentage points"). Both were read as the category's pp_change of the
same month, and the repeats rule dropped one. A pp_change right after its own subject's
month-on-month (quarter-on-quarter) change, in the same sentence, is a contribution to that
change when a verb of contribution (vocab/contribution_verbs.csv: 影响, 拉动, "pulling") stands
between the two ("its year-on-year rate rose 0.1 percentage points" is none): it takes the
breakdown 'month on month' ('quarter on quarter'), and the year-on-year one keeps its series (and
its id).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache

from econstats.reader.lexicon import alternation, load_vocab
from econstats.reader.parsed import Claim

BASES = {"mom_pct": "month on month", "qoq_pct": "quarter on quarter"}


@cache
def contribution_regex() -> re.Pattern[str]:
    """A verb of contribution (vocab/contribution_verbs.csv), a whole word in English ("影响CPI":
    a Chinese verb may touch a Latin letter)."""
    phrases = [row["phrase"] for row in load_vocab("contribution_verbs", ("phrase",))]
    return re.compile(alternation(phrases), re.IGNORECASE)


def contribution_bases(claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims (in document order), a pp_change after its subject's month-on-month or
    quarter-on-quarter change in the same sentence with that base as its breakdown."""
    last: Claim | None = None
    for claim in claims:
        yield on_base(claim, last)
        last = claim


def on_base(claim: Claim, last: Claim | None) -> Claim:
    """`claim` with the base of the change before it (`last`) as its breakdown, when it is a
    pp_change of the same subject right after that change, a verb of contribution between; else
    `claim`."""
    if last is None or claim.figure.measure != "pp_change":
        return claim
    base = BASES.get(last.figure.measure)
    subject = claim.subject
    if base is None or last.sentence.start != claim.sentence.start:
        return claim
    if last.subject.start != subject.start or last.subject.term != subject.term:
        return claim
    if subject.breakdown or subject.term.breakdown:
        return claim
    sentence = claim.sentence
    gap = sentence.text[last.figure.end - sentence.start : claim.figure.start - sentence.start]
    if contribution_regex().search(gap) is None:
        return claim
    return replace(claim, subject=replace(subject, breakdown=base))
