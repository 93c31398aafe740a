"""Periods listed for figures listed "respectively": each figure its own period.

"2023年及2024年經濟成長率分別修正為1.08%及5.27%", "预计2025-2026年EPS分别为15.03元、18.55元",
"Passenger trips in May and June jumped 53.2 percent and 82.2 percent, respectively": the n-th
figure is the n-th period's. A list is two or more periods of one shape joined by "及", "和",
"、", "and" or a dash, or one phrase naming two months ("in May and June"); the figures are
those of the part of the sentence holding the cue (up to a semicolon), of the first one's kind,
outside parentheses and no conversion; a figure in parentheses right after one
("1.08%(原統計為1.12%)") takes that one's period. With as many figures as periods, each takes its
own; else none does (the nearest-period rule decides). Found once per sentence, only when the
sentence has a cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from econstats.core.model import Figure, Period
from econstats.reader.period_labels import month_end, period_of

CUES = ("分别", "分別", "respectively", "依次")
JOINER = re.compile(r"\s*(?:及|和|与|與|、|,|，|and|&|-|–|至|到)\s*", re.IGNORECASE)
YEAR_BEFORE = re.compile(r"((?:19|20)\d\d)\s*[-–~～至到]\s*$")  # "2025-" of 2025-2026年
TWO_MONTHS = re.compile(r"\s(?:and|&)\s|[和及、]")
PART_END = re.compile(r"[;；。]")
# a list of quarters written once ("2025年第1、2季經濟成長率修正為5.54%及7.71%", "the first and
# second quarters"): it lists on its own, as a cue does ("第1、2季" is no single period)
LISTED_QUARTERS = re.compile(
    r"(?:[1-4]|[一二三四])\s*[、和及与與]\s*第?\s*(?:[1-4]|[一二三四])\s*季"
    r"|(?i:\b(?:first|second|third)\s+(?:and|&)\s+(?:second|third|fourth)\s+quarters\b)"
)


def has_cue(text: str) -> bool:
    if any(cue in text for cue in CUES):
        return True
    return ("季" in text or "quarters" in text) and LISTED_QUARTERS.search(text) is not None


def respective_periods(
    text: str, offset: int, items: Sequence[tuple], figures: Sequence[Figure]
) -> dict[int, tuple[Period, str]]:
    """{figure start: (period, note)} for figures listed against listed periods; `items` are the
    sentence's (mention, period or None, note), in text order."""
    if not has_cue(text):
        return {}
    lists = _period_lists(text, offset, items)
    found: dict[int, tuple[Period, str]] = {}
    for cue in _cue_positions(text):
        start, end = _part(text, cue)
        listed = next((lst for lst in lists if start <= lst[0] - offset < end), None)
        if listed is None:
            continue
        _, periods, phrase = listed
        chosen, tails = _figures(text, offset, figures, start, end)
        if len(chosen) == 1 and LISTED_QUARTERS.search(phrase):
            # "2025年第一、二季度GDP增长5.3%": one figure of the quarters together, not the last's
            whole = period_of(periods[0].start, periods[-1].end)
            note = f"quarters listed together: {phrase!r}"
            found[chosen[0].start] = (replace(whole, anchored=periods[0].anchored), note)
            continue
        if len(chosen) != len(periods):
            continue
        note = f"stated respectively: {phrase!r}"
        for figure, period in zip(chosen, periods, strict=True):
            found[figure.start] = (period, note)
            for tail in tails.get(figure.start, ()):
                found[tail] = (period, note)
    return found


def _cue_positions(text: str) -> list[int]:
    lowered = text.lower()
    listed = (
        [m.start() for m in LISTED_QUARTERS.finditer(text)]
        if "季" in text or "quarters" in text
        else []
    )
    return sorted([at for cue in CUES if (at := lowered.find(cue)) >= 0] + listed)


def _part(text: str, at: int) -> tuple[int, int]:
    """The part of the sentence holding position `at`, between semicolons."""
    start = max(text.rfind(";", 0, at), text.rfind("；", 0, at)) + 1
    found = PART_END.search(text, at)
    return start, found.start() if found else len(text)


def _period_lists(text: str, offset: int, items: Sequence[tuple]) -> list[tuple]:
    """(document start, [periods], phrase) of each list of two or more periods."""
    lists: list[tuple] = []
    run: list[tuple] = []
    for item in list(items) + [None]:
        if item is not None and item[1] is not None and run and _joined(text, offset, run, item):
            run.append(item)
            continue
        if len(run) >= 2:
            first, last = run[0][0], run[-1][0]
            lists.append(
                (
                    first.start,
                    [p for _, p, _ in run],
                    text[first.start - offset : last.end - offset],
                )
            )
        elif len(run) == 1:
            lists.extend(_one_phrase_list(text, offset, run[0]))
        run = [item] if item is not None and item[1] is not None else []
    return lists


def _joined(text: str, offset: int, run: list[tuple], item: tuple) -> bool:
    """Whether the item follows the run's last period, of its shape, with only a joiner between."""
    last_mention, last_period, _ = run[-1]
    gap = text[last_mention.end - offset : item[0].start - offset]
    if not gap.strip() and JOINER.search(last_mention.text[-1:]):  # "第1、" holds its 、
        gap = last_mention.text[-1:]
    return JOINER.fullmatch(gap) is not None and _shape(last_period) == _shape(item[1])


def _one_phrase_list(text: str, offset: int, item: tuple) -> list[tuple]:
    """A single phrase that lists: "2025-2026年" (a year after a year and a dash), "in May and
    June" (two months)."""
    mention, period, _ = item
    phrase = text[mention.start - offset : mention.end - offset]
    before = YEAR_BEFORE.search(text, 0, mention.start - offset)
    if before and _shape(period) == "year" and int(before.group(1)) == period.start.year - 1:
        earlier = period_of(date(period.start.year - 1, 1, 1), date(period.start.year - 1, 12, 31))
        return [
            (
                offset + before.start(),
                [earlier, period],
                text[before.start() : mention.end - offset],
            )
        ]
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month
    if months == 1 and period.start.day == 1 and TWO_MONTHS.search(phrase):
        first = period_of(period.start, month_end(period.start.year, period.start.month))
        second = period_of(date(period.end.year, period.end.month, 1), period.end)
        anchored = period.anchored
        return [
            (
                mention.start,
                [replace(first, anchored=anchored), replace(second, anchored=anchored)],
                phrase,
            )
        ]
    return []


def _shape(period: Period) -> str:
    label = period.label
    if re.fullmatch(r"\d{4}", label):
        return "year"
    if re.fullmatch(r"\d{4}-Q[1-4]", label):
        return "quarter"
    if re.fullmatch(r"\d{4}-\d\d", label):
        return "month"
    return label[4:] if label[:4].isdigit() and "/" not in label else ""


def _figures(
    text: str, offset: int, figures: Sequence[Figure], start: int, end: int
) -> tuple[list[Figure], dict[int, list[int]]]:
    """The listed figures of the part text[start:end] (of the first one's kind, outside
    parentheses, no conversion), and the parenthesized figures right after each."""
    chosen: list[Figure] = []
    tails: dict[int, list[int]] = {}
    for figure in figures:
        at = figure.start - offset
        if not start <= at < end or figure.restates is not None:
            continue
        if _in_parentheses(text, start, at):
            if chosen:
                tails.setdefault(chosen[-1].start, []).append(figure.start)
            continue
        if chosen and figure.unit_kind != chosen[0].unit_kind:
            continue
        chosen.append(figure)
    return chosen, tails


def _in_parentheses(text: str, start: int, at: int) -> bool:
    before = text[start:at]
    opened = before.count("(") + before.count("（")
    return opened > before.count(")") + before.count("）")
