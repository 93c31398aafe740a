"""A comparison said once after a list of percents holds for each of them: "Passenger trips in
May and June jumped 53.2 percent and 82.2 percent, respectively, month-on-month" (both mom),
"rose 3.1% and 2.4% from the previous month". A figure with a comparison of its own keeps it
("3.1% year on year and 2.4% month on month")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from econstats.reader.cues import find_comparison
from econstats.reader.figures import RawFigure

SEGMENT = re.compile(r"[,，;；]")  # a comparison belongs to the figure of its own segment
# the comparison said after "respectively" is the listed figures' own
RESPECTIVELY_LEAD = re.compile(r"\s*+,\s*+respectively\s*+,", re.IGNORECASE)
# what joins two percents of one list
LIST_JOIN = re.compile(r"\s*+(?:,\s*+(?:and\s++)?|and\s++|、|和|及)\s*+", re.IGNORECASE)


def own_segment(after: str) -> str:
    """The words after a figure up to the next comma, read past a ", respectively," (blanked,
    so positions in it stay those of `after`).

    >>> own_segment(", respectively, month-on-month, and more").strip(), own_segment(" yoy, and")
    ('month-on-month', ' yoy')
    """
    lead = RESPECTIVELY_LEAD.match(after)
    if lead:
        after = " " * lead.end() + after[lead.end() :]
    return SEGMENT.split(after, maxsplit=1)[0]


def list_comparisons(
    text: str, offset: int, raws: Sequence[RawFigure]
) -> list[tuple[str, int, int] | None]:
    """For each figure, the comparison said after the last of the percents listed with it
    ("jumped 53.2 percent and 82.2 percent, respectively, month-on-month": mom for both), or
    None where it is no list's; worked out from the last figure back, once per sentence."""
    found: list[tuple[str, int, int] | None] = [None] * len(raws)
    tail: tuple[str, int, int] | None = None
    for index in range(len(raws) - 1, -1, -1):
        raw = raws[index]
        end = raws[index + 1].start if index + 1 < len(raws) else offset + len(text)
        gap = text[raw.end - offset : end - offset]
        joined = (
            index + 1 < len(raws)
            and raw.unit_kind == "percent" == raws[index + 1].unit_kind
            and LIST_JOIN.fullmatch(gap) is not None
        )
        if joined:
            found[index] = tail
        else:
            tail = find_comparison(own_segment(gap)) if raw.unit_kind == "percent" else None
    return found
