"""Turn a sentence's raw figures into Figures: qualifier, sign, measure, base and restatement.

The nearest cue before a figure decides: a change word ("rose", "down", "an increase of")
makes a change, a level word ("to", "totaled", "came in at") a level, a share word
("accounted for", "proportion of") a share. A figure joined to a change by "and"/"," alone
("up 0.7 percent year-on-year and 19.4 percent compared with ...") shares its sign.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from econstats.core.model import Figure
from econstats.reader.continuations import inherits_sign
from econstats.reader.cues import (
    find_comparison,
    find_qualifier,
    has_share_cue,
    last_cue,
    rate_reading,
    sign_after,
)
from econstats.reader.earlier_values import expected_later, near, release_label
from econstats.reader.figures import RawFigure
from econstats.reader.list_comparisons import list_comparisons, own_segment
from econstats.reader.prior_lists import with_listed_priors
from econstats.reader.rates_after_amounts import rate_after_amount
from econstats.reader.sentences import clause_regex

SEGMENT = re.compile(r"[,，;；]")  # a comparison belongs to the figure of its own segment
RESTATEMENT = re.compile(
    r"""\s*+ (?: [(（]                    # "31.25 trillion yuan ($4.46 trillion)"
             | ,?\s*+ or                 # "250 million yuan, or about $35 million"
             | ,?\s*+ (?:equivalent|equal) \s++ to
             ) \s*+$""",
    re.VERBOSE | re.IGNORECASE,
)


def build_figures(
    text: str, offset: int, raws: Sequence[RawFigure], mentions: Sequence[Any] = ()
) -> list[Figure]:
    """Figures of one sentence (`text` starts at document offset `offset`)."""
    figures: list[Figure] = []
    bases = Bases(mentions, raws[0].start if raws else offset)
    previous_end = offset
    listed = list_comparisons(text, offset, raws)
    for index, raw in enumerate(raws):
        before = text[previous_end - offset : raw.start - offset]
        following = raws[index + 1].start if index + 1 < len(raws) else offset + len(text)
        after = text[raw.end - offset : following - offset]
        after = past_restatement(text, offset, raws, index, after)
        figure = with_qualifier(text, offset, raw, before)
        before = before[: len(before) - (raw.start - figure.start)]
        restated = restated_index(figures, figure, before)
        if restated is not None:
            original = figures[restated]
            signed = figure.value if original.value >= 0 else -abs(figure.value)
            figure = replace(figure, value=signed, measure=original.measure, restates=restated)
        else:
            previous = figures[-1] if figures else None
            figure = with_measure(figure, before, after, previous, bases, listed[index])
            figure = with_reading(figure, before, after, figures)
        figures.append(figure)
        previous_end = raw.end
    return with_listed_priors(text, offset, figures, mentions)  # "… and 14.0% for Q2 2024"


def past_restatement(
    text: str, offset: int, raws: Sequence[RawFigure], index: int, after: str
) -> str:
    """The words after a figure read past the conversion that restates it: in "230 billion yuan
    ($33.3 billion) more than last year" the change is said after the bracket."""
    if index + 1 >= len(raws) or not RESTATEMENT.match(after):
        return after
    end = raws[index + 2].start if index + 2 < len(raws) else offset + len(text)
    return text[raws[index + 1].end - offset : end - offset].lstrip(" )）")


def with_qualifier(text: str, offset: int, raw: RawFigure, before: str) -> Figure:
    """The figure with its qualifier, its span widened when the qualifier is part of it."""
    wide = text[max(0, raw.start - offset - 60) : raw.start - offset]  # "6.5 per cent over"
    qualifier, included = (find_qualifier(before) and find_qualifier(wide)) or ("exact", 0)
    return Figure(
        start=raw.start - included,
        end=raw.end,
        value_text=text[raw.start - included - offset : raw.end - offset],
        value=raw.value,
        unit=raw.unit,
        unit_kind=raw.unit_kind,
        decimals=raw.decimals,
        qualifier=qualifier,
    )


def restated_index(figures: list[Figure], figure: Figure, before: str) -> int | None:
    """Index of the money figure this one restates in another currency, or None."""
    if not figures or figure.unit_kind != "money":
        return None
    previous = figures[-1]
    if previous.unit_kind != "money" or previous.unit == figure.unit:
        return None
    return len(figures) - 1 if RESTATEMENT.fullmatch(before) else None


def with_measure(
    figure: Figure,
    before: str,
    after: str,
    previous: Figure | None,
    bases: Bases,
    listed: tuple[str, int, int] | None = None,
) -> Figure:
    """The figure with its sign, measure and base from the words around it.

    `before` is the text from the previous figure (or the sentence start) up to this figure and
    its qualifier; `after` runs to the next figure (or the sentence end); `listed` is the
    comparison said after the list of percents the figure opens or continues (list_comparisons).
    """
    cue = last_cue(before)
    if cue and cue.role == "change" and not reaches(cue, before):
        cue = None  # "Attendance rose strongly as well: 187 million moviegoers" is a level
    if cue and cue.role == "prior" and previous is None and near(cue, before):
        # the first figure of its sentence ("grew from 3.4 trillion yuan to 3.6 trillion", "swung
        # from a positive $4 billion a year ago"): parse.prior_reading gives its period or none
        if not before[cue.start : cue.end].isascii() or sign_after(after):  # "a 1.3% decline"
            figure = with_measure(figure, before[: cue.start], after, None, bases)
        return replace(figure, prior="release" if release_label(cue, before) else "value")
    if cue and cue.role == "expected" and previous is None and near(cue, before):
        # the first figure of its sentence ("That fell short of the 5.6 percent growth forecast
        # by a survey"): the expectation of the subject before (anaphora), read as a figure of
        # its own words; parse.prior_reading makes it a forecast of the same period
        return replace(with_measure(figure, "", after, None, bases), prior="expected")
    if cue and cue.role in ("prior", "expected") and previous is not None:
        # only a cue that leads the figure marks an earlier value of its own key (parse.py)
        prior = ("value" if cue.role == "prior" else "expected") if near(cue, before) else ""
        prior = "release" if prior == "value" and release_label(cue, before) else prior
        prior = "expected" if prior == "value" and expected_later(after) else prior  # "predicted"
        measure = prior_measure(previous, figure)
        after_amount = (before, cue, after, previous, bases, prior)
        if measure == "level" and (
            own := rate_after_amount(figure, after_amount, (with_measure, percent_change))
        ):
            return own  # "to $28.11, after a 0.3 percent m-o-m increase"
        sign = sign_after(after) if measure not in ("level", "share_pct") else 0  # "a 4% drop"
        if measure == "level" and (previous.measure == "abs_change" or not prior):
            # "after a revised 159,000 gain"; a cue that leads another figure ("up 9.6 percent
            # from a year earlier and $6.3 billion higher than August's"): the figure's own words
            measure, sign = ("abs_change", sign_after(after)) if sign_after(after) else (measure, 0)
        return replace(signed(figure, sign, measure), prior=prior)
    comparison = (
        find_comparison(own_segment(after)) or listed or find_comparison(SEGMENT.split(before)[-1])
    )
    sign = cue.sign if cue and cue.role == "change" else sign_after(after)
    if (
        not sign
        and not cue
        and inherits_sign(before, previous, comparison, figure.unit_kind, after)
    ):
        sign = 1 if previous.value >= 0 else -1
    if figure.unit_kind == "pp":
        return signed(figure, sign, "pp_change")
    if figure.unit_kind != "percent":
        return signed(figure, sign, "abs_change" if sign else "level")
    if not sign and cue and (cue.role == "share" or has_share_cue(before)):
        return replace(figure, measure="share_pct")
    if not sign and comparison is None:
        return figure
    own = None if comparison else bases.chinese_before(figure.start - len(before), figure.start)
    return percent_change(signed(figure, sign or 1, "yoy_pct"), after, comparison, bases, own)


def reaches(cue: Any, before: str) -> bool:
    """Whether a change word before a figure is the figure's own: not when a colon or another
    clause (vocab/clause_breaks.csv) opens between them ("kept growing strongly, and in October
    our customers passed 700 million": the change word is another clause's), nor when the figure
    is a noun's, after 的 ("跌幅更明顯,由2018年的7000元跌至…": 2018's 7000 yuan, a level).

    >>> from econstats.reader.cues import last_cue
    >>> [reaches(last_cue(g), g) for g in ("rose by ", "rose strongly: ", "grew, and then ")]
    [True, False, False]
    >>> [reaches(last_cue(g), g) for g in ("同比增长", "跌幅更明顯,由 2018 年的 ")]
    [True, False]
    """
    gap = before[cue.end :]
    if gap.rstrip().endswith("的"):
        return False
    return ":" not in gap and "\uff1a" not in gap and not clause_regex().search(gap)


def with_reading(figure: Figure, before: str, after: str, earlier: Sequence[Figure]) -> Figure:
    """A percent level with no change word or comparison of its own, read as a rate where the
    words say so (cues.rate_reading): "growth slowed to 3.8%" reads "growth", "the share rose to
    13.7%" and "87.2% of GDP" read "share"; with no such word it continues the sentence's last
    percent figure read as a rate or a share ("佔6%，去年急升至13.7%", "growth eased to 13% from
    13.3%"). The measure stays level: the indicator decides what a reading makes of it
    (extract.as_rate), so a rate indicator ("the unemployment rate was 5.1%") keeps its level."""
    if figure.unit_kind != "percent" or figure.measure != "level":
        return figure
    reading, sign = rate_reading(before, after)
    if not reading:
        last = next((f for f in reversed(earlier) if f.unit_kind == "percent"), None)
        if last is None or last.measure not in ("level", "share_pct"):
            return figure
        reading = "share" if last.measure == "share_pct" else last.reading
        sign = -1 if reading == "fall" else 1
    if reading == "growth" and sign < 0:
        reading = "fall"
    return replace(figure, reading=reading)


def prior_measure(previous: Figure, figure: Figure) -> str:
    """The measure of an earlier value ("down from 5.5 percent"): the previous figure's."""
    if previous.unit_kind != figure.unit_kind or previous.measure == "abs_change":
        return "level"
    return previous.measure


def signed(figure: Figure, sign: int, measure: str) -> Figure:
    """The figure with its measure and, for a fall, a negative value (a printed minus sign
    stays: "fell -2.5%" and "rose -2.5%" are both -2.5)."""
    if sign >= 0 and measure == figure.measure:
        return figure  # nothing to change: dataclasses.replace costs some 10 us a figure
    value = -abs(figure.value) if sign < 0 else figure.value
    return replace(figure, value=value, measure=measure)


class Bases:
    """The base-period mentions of a sentence ("compared with the same period in 2019"), in
    text order, found by position: each figure looks only at the text after it (issue 12: a
    scan of every mention for every figure made a long line quadratic)."""

    def __init__(self, mentions: Sequence[Any], first: int = -1) -> None:
        # a Chinese base ("与2023年四季度相比环比增长1.6%") is the next figure's: none after it
        self.mentions = [m for m in mentions if m.role == "base" and m.text.isascii()]
        self.starts = [mention.start for mention in self.mentions]
        # "Compared with July 2015, exports fell 5.2%, and imports 3.1%": a base said before
        # the sentence's first figure is the base of each figure with no comparison of its own
        self.lead = next((m for m in reversed(self.mentions) if m.end <= first), None)
        # "亦較今年五一黃金周高約13%": a Chinese base of this year before the figure is its own
        # (a base of another year is read by its comparison words: 比上年, 与2018年春节期间相比)
        self.chinese = [m for m in mentions if m.role == "base" and this_year(m)]
        self.chinese_ends = [mention.end for mention in self.chinese]

    def chinese_before(self, start: int, end: int) -> Any | None:
        """The last Chinese base mention within [start, end] (the words before a figure)."""
        index = bisect_right(self.chinese_ends, end) - 1
        found = self.chinese[index] if index >= 0 else None
        return found if found is not None and found.start >= start else None

    def first_within(self, start: int, end: int) -> Any | None:
        """The first base mention starting in [start, end], or None."""
        index = bisect_left(self.starts, start)
        if index < len(self.starts) and self.starts[index] <= end:
            return self.mentions[index]
        return None


def this_year(mention: Any) -> bool:
    """Whether a Chinese base names this year, a stated year's same period or a stock's base day."""
    spec, stated = mention.spec, mention.same_period and mention.spec.year is not None
    ours = stated or spec is not None and (spec.kind == "day" or spec.year_offset == 0)
    return not mention.text.isascii() and spec is not None and ours


def holds(comparison: tuple[str, int, int], after: str) -> bool:
    """Whether the comparison is the words right after the figure (not before it)."""
    return find_comparison(SEGMENT.split(after)[0]) == comparison


def percent_change(
    figure: Figure,
    after: str,
    comparison: tuple[str, int, int] | None,
    bases: Bases,
    own: Any | None = None,
) -> Figure:
    """A percent change: year on year unless the text names another comparison or a base
    (`own`: a Chinese base written before the figure)."""
    base = own or bases.first_within(figure.end, figure.end + len(after))
    base = base if base is not None or comparison else bases.lead
    # a comparison before the base, or one of the figure's own words holding it ("from last year")
    if comparison and (base is None or comparison[1] < base.start - figure.end):
        return replace(figure, measure=comparison[0])
    if comparison and comparison[1] == base.start - figure.end and holds(comparison, after):
        return replace(figure, measure=comparison[0])
    if base is None:
        return replace(figure, assumed=True)  # no comparison said: year on year by default
    spec = base.spec
    if base.same_period and spec is not None and spec.year is None and spec.year_offset == -1:
        return replace(figure, measure="yoy_pct")
    if base.same_period and spec is not None:
        return replace(
            figure, measure="pct_change", base_year=spec.year, base_year_offset=spec.year_offset
        )
    return replace(figure, measure="pct_change", base=base)
