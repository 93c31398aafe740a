"""A figure's period within its sentence: the nearest period its clause states, else the
sentence's first, else its story's (StatedPeriods indexes a sentence's periods once), and the
base period of a change against one."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from econstats.core.model import Document, Figure, Period
from econstats.reader import periods
from econstats.reader.item_periods import bulleted
from econstats.reader.respective_periods import respective_periods
from econstats.reader.revisions import revises
from econstats.reader.story import SentenceContext, Story
from econstats.reader.twelve_months import names_twelve_months


def stated_periods(context: SentenceContext, figures: Sequence[Figure]) -> StatedPeriods:
    """The sentence's stated periods, knowing its figures and which are earlier values."""
    # a conversion stands with what it restates: "fell by US$25.187 billion (RM106.2 billion)
    # in July": July is the US$ figure's, no other figure stands between them
    starts = [f.start for f in figures if f.restates is None]
    stated = StatedPeriods(
        context, starts, [f.start for f in figures if f.prior in ("value", "release")]
    )
    stated.figures = tuple(figures)
    # "2023年及2024年…分別為1.08%及5.27%": each listed figure its listed period
    stated.respective = respective_periods(context.text, context.offset, stated.items, figures)
    return stated


def clause_of(position: int, starts: Sequence[int]) -> tuple[int, float]:
    """(start, end) of the clause holding the position."""
    index = bisect_right(starts, position) - 1
    return starts[index], starts[index + 1] if index + 1 < len(starts) else float("inf")


POSSESSED = 2  # characters between a possessive period and its figure ("的", " ")
CLAUSE_MARK = re.compile(r"[,，;；]")  # a period after one of these opens the next clause
# a sentence that opens with "of which" states a part of the story's period, not the next one
PART_OPENING = re.compile(r"\s*+(?:其中|(?i:of\s+which|within\s+that))\s*+[,，:：]")


class StatedPeriods:
    """The periods a sentence states, resolved or not, in text order, with their starts."""

    def __init__(
        self,
        context: SentenceContext,
        figure_starts: Sequence[int] = (),
        prior_starts: Sequence[int] = (),
    ) -> None:
        self.figure_starts = sorted(figure_starts)  # a period after another figure is that one's
        self.prior_starts = frozenset(prior_starts)  # the figures that are earlier values
        stated = [(m, p, f"stated: {m.text!r}") for m, p in context.resolved]
        stated += [(m, None, note) for m, note in context.unresolved]
        stated.sort(key=lambda item: item[0].start)
        self.items = stated
        self.text, self.offset = context.text, context.offset
        self.starts = [item[0].start for item in stated]
        self.figures: tuple[Figure, ...] = ()  # the sentence's figures, when known
        self.respective: dict[int, tuple[Period, str]] = {}  # figure start -> its listed period

    def nearest(self, figure: Figure, clause: tuple[int, float]) -> tuple | None:
        """The stated period of the clause nearest the figure (the earlier on a tie), or None.

        The mentions do not overlap, so their distance to the figure falls to the last one
        starting before it and rises from the first starting at or after it: only those two
        can be the nearest."""
        low = bisect_left(self.starts, clause[0])
        high = bisect_left(self.starts, clause[1])
        at = bisect_left(self.starts, figure.start, low, high)
        near = self.items[max(low, at - 1) : min(high, at + 1)]
        near = [
            item
            for item in near
            if not self._beyond_another(figure, item[0])
            and not self._next_clause(figure, item[0])
            and not self._earlier_values(figure, item)
        ]
        if not near:
            return None
        if figure.start in self.prior_starts and near[-1][0].start >= figure.end:
            # an earlier value's own period follows it ("in January, following a revised 154.55
            # billion yen deficit in December"): the one before is the figure it is compared with
            return near[-1]
        return min(
            near, key=lambda item: max(item[0].start - figure.end, figure.start - item[0].end, 0)
        )

    def main(self, figure: Figure) -> tuple | None:
        """The sentence's first stated period that is no earlier value's own, or None: a period
        right after an earlier value belongs to it ("climbed 0.4 percent to $28.11, after an
        unrevised 0.3 percent in July": July is the 0.3's, never the 0.4's)."""
        return next(
            (
                item
                for item in self.items
                if self.owner(item) in (None, figure.start)
                and not self._of_another(figure, item[0])
            ),
            None,
        )

    def _earlier_values(self, figure: Figure, item: tuple) -> bool:
        """True when the period before the figure is an earlier value's own ("from $114.77
        billion in June, below the $105.0 billion predicted": June is the $114.77 billion's)."""
        return item[0].start < figure.start and self.owner(item) not in (None, figure.start)

    def owner(self, item: tuple) -> int | None:
        """The start of the earlier value the stated period stands right after, or None."""
        index = bisect_left(self.figure_starts, item[0].start) - 1
        owner = self.figure_starts[index] if index >= 0 else None
        return owner if owner in self.prior_starts else None

    def of_sentence(self) -> tuple[bool, Period | None]:
        """(whether the sentence states a period that is no earlier value's own, the first of
        those it resolves): the story's period from here on. "The rate ticked up to 63.2 percent
        from 63 percent in July" states none: July is the 63 percent's, never the next
        sentence's."""
        own = [item for item in self.items if self.owner(item) is None and not item[0].possessive]
        own = [item for item in own if not names_twelve_months(item[0].text)]  # a rate's span
        if own and PART_OPENING.match(self.text):  # "其中,二季度增长3.7%": a part of 上半年
            return False, None
        if own and revises(self.text):  # "Data for December was revised up": not the story's
            return False, None
        if own and bulleted(self.text):  # "• In October, ~70% of…": the item's own (item_periods)
            return False, None
        return bool(own), next((period for _, period, _ in own if period is not None), None)

    def _of_another(self, figure: Figure, mention) -> bool:
        """True when the period is possessive ("August's", "去年的") of a figure right after it
        that is not this one."""
        index = bisect_left(self.figure_starts, mention.end)
        if not mention.possessive or index == len(self.figure_starts):
            return False
        owner = self.figure_starts[index]
        return owner - mention.end <= POSSESSED and owner != figure.start

    def _next_clause(self, figure: Figure, mention) -> bool:
        """True when the period comes after the figure and a comma or semicolon: it opens the
        next clause ("10月出口增长5%,11月增长6%": 11月 is the 6%'s; "a decrease of US$25.187
        billion, August an increase of…")."""
        if mention.start < figure.end or not self.text:
            return False
        gap = self.text[figure.end - self.offset : mention.start - self.offset]
        return CLAUSE_MARK.search(gap) is not None

    def _beyond_another(self, figure: Figure, mention) -> bool:
        """True when the period is another figure's: one stands between the figure and a period
        stated after it ("rose 3.6% last year, down from 5.4% in 2023": 2023 is the 5.4%'s), or
        right after a possessive period ("more than last year's 30.7 billion", "较今年1至7月份的
        12%扩大;其中,住宅投资4.6382萬億元": 1-7月 is the 12%'s, never another figure's)."""
        if self._of_another(figure, mention):
            return True
        if mention.start < figure.end:
            return False
        index = bisect_right(self.figure_starts, figure.start)
        return index < len(self.figure_starts) and self.figure_starts[index] < mention.start


def period_of(
    figure: Figure, stated: StatedPeriods, story: Story, clause: tuple[int, float]
) -> tuple[Period | None, str]:
    """The figure's period: the nearest stated in its clause, else the sentence's first (its
    main statement) that is no earlier value's own, else the story's; with how it was found. A stated period that cannot be
    resolved ("next year" with no published date) gives None: never another period. A
    conversion's is the one of the figure it restates ("July saw a decrease of US$25.187
    billion (RM106.2 billion), August an increase of…": July's)."""
    if figure.restates is not None and figure.restates < len(stated.figures):
        figure = stated.figures[figure.restates]
    if figure.start in stated.respective:
        return stated.respective[figure.start]
    nearest = stated.nearest(figure, clause)
    if nearest is not None:
        _, period, note = nearest
        return period, note
    main = stated.main(figure)
    if main is not None:
        _, period, note = main
        return period, note.replace("stated:", "stated in the sentence:")
    if story.span is not None:  # a stock's day stated last gives way to the span before it
        return story.span, "carried from an earlier sentence of the story"
    return None, "no period in the sentence or earlier in the story"


def measured_base(
    figure: Figure, period: Period | None, doc: Document
) -> tuple[Figure, Period | None]:
    """(the figure, its base period): a change against the same period a year before is year
    on year ("exports were up 3.5% on August 2014" in August 2015: yoy_pct, no base)."""
    base = base_of(figure, period, doc)
    if base is None or period is None or period.start.year < 2:
        return figure, base
    year_before = periods.move_to_year(period, period.start.year - 1)
    if (base.start, base.end) == (year_before.start, year_before.end):
        return replace(figure, measure="yoy_pct"), None
    step = STEPS.get(_shape(period.label))  # "43.5 percent lower than in the fourth quarter"
    if step and _shape(base.label) == _shape(period.label):
        if base.end == period.start - timedelta(days=1):
            return replace(figure, measure=step), None
    return figure, base


# a change against the period right before, by the shape of the period's label
STEPS = {"quarter": "qoq_pct", "month": "mom_pct"}


def _shape(label: str) -> str:
    """ "quarter" for a quarter's label (2023-Q1), "month" for a month's (2023-03), else ""."""
    if re.fullmatch(r"\d{4}-Q[1-4]", label):
        return "quarter"
    return "month" if re.fullmatch(r"\d{4}-\d\d", label) else ""


def base_of(figure: Figure, period: Period | None, doc: Document) -> Period | None:
    """The base period of a pct_change figure."""
    if figure.measure != "pct_change" or period is None:
        return None
    if figure.base_year is not None:
        return periods.move_to_year(period, figure.base_year)
    if figure.base_year_offset is not None:
        return periods.move_to_year(period, period.start.year + figure.base_year_offset)
    if figure.base is not None:
        return periods.resolve(figure.base.spec, period.start.year, doc.published_date)
    return None
