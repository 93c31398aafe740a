"""A change on the period before carries to the bare changes after it in its Chinese sentence: in
'一线城市二手住宅销售价格环比下降1.0%,二线城市下降0.6%,三线城市下降0.7%' and '食品价格环比下降0.6%,
非食品价格上涨0.1%' the later figures are month on month too (the statistics office says 环比 once
for the list). Before, a change word with no comparison of its own read as year on year. Only a
figure with no comparison word in its own clause, of a month (a quarter for 按季/环比 of a
quarter) like the one it follows: a year-to-date figure after a month's ('1-8月份…下降3%') stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from econstats.core.model import Period
from econstats.reader.cues import find_comparison
from econstats.reader.parsed import Claim
from econstats.reader.rate_changes import allows

STEPS = frozenset({"mom_pct", "qoq_pct"})
SEGMENT = re.compile(r"[,，;；:：]")
CJK = re.compile(r"[\u4e00-\u9fff]")
REACH = 30  # characters of the figure's own clause read on each side


def carried_steps(claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims (in document order), each bare change after a change on the period before, in
    the same Chinese sentence and of the same kind of period, read as that change (module)."""
    step: Claim | None = None
    for claim in claims:
        if step is not None and step.sentence.start != claim.sentence.start:
            step = None
        if claim.figure.measure in STEPS:
            step = claim
        elif step is not None and carries(claim, step):
            claim = replace(claim, figure=replace(claim.figure, measure=step.figure.measure))
        yield claim


def carries(claim: Claim, step: Claim) -> bool:
    """Whether `claim`, a year-on-year change by default, is a change like `step`'s."""
    figure = claim.figure
    if figure.measure != "yoy_pct" or figure.unit_kind != "percent" or figure.base is not None:
        return False
    if not allows(claim.subject.term, step.figure.measure):
        return False  # "出口增长5%" after a month's industrial output: exports' own rate
    if claim.period is None or step.period is None or not same_shape(claim.period, step.period):
        return False
    text, at = claim.sentence.text, claim.sentence.start
    before = SEGMENT.split(text[max(0, figure.start - at - REACH) : figure.start - at])[-1]
    after = SEGMENT.split(text[figure.end - at : figure.end - at + REACH])[0]
    if not CJK.search(before):
        return False
    return find_comparison(before) is None and find_comparison(after) is None


def same_shape(one: Period, other: Period) -> bool:
    """Whether two periods are the same month or the same quarter (a month's change carries to
    a month, never to a year to date)."""
    months = (one.end.year - one.start.year) * 12 + one.end.month - one.start.month + 1
    return (one.start, one.end) == (other.start, other.end) and months in (1, 3)


# A month-on-month aside does not end a cumulative period ("1—10月份，固定资产投资下降1.7%。从环比看，
# 10月份固定资产投资下降1.12%。分产业看，第一产业投资7662亿元": January-October): a statistics office
# reports a cumulative period and, as an aside, the change of its last month on the month before.
# A month-on-month rate is monthly by nature, so the month it names is no new period for the story
# (econstats.reader.parse); a sentence with any other figure states its month as usual.
ASIDE_MEASURES = frozenset({"mom_pct"})


def monthly_aside(made: Sequence[Claim | None], period: Period | None, story: Any) -> bool:
    """Whether a sentence whose claims are `made` and which states `period` is a month-on-month
    aside inside the story's cumulative period (same last day, later first day). The story's
    period is read last, only for such a sentence: reading it settles the story's queued
    sentences (econstats.reader.story), which must not happen earlier than it did before.

    >>> from datetime import date
    >>> from types import SimpleNamespace
    >>> jan_oct = SimpleNamespace(period=Period("Jan-Oct", date(2025, 1, 1), date(2025, 10, 31)))
    >>> october = Period("2025-10", date(2025, 10, 1), date(2025, 10, 31))
    >>> monthly_aside([], october, jan_oct)
    False
    """
    claims = [claim for claim in made if claim is not None]
    if not claims or period is None:
        return False
    if any(claim.figure.measure not in ASIDE_MEASURES for claim in claims):
        return False
    current = story.period
    return current is not None and current.start < period.start and period.end == current.end
