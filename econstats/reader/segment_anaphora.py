"""A company concept that a segment anaphor owns ('the unit's result', 'the segment's operating
profit', '该业务营收') is the segment's that the sentence before was about: in 'Revenue at the Core
Local Commerce segment fell 2.8%. Competition turned the unit's result from an operating profit of
RMB14.58 billion to a loss of RMB14.07 billion.' the loss is Core Local Commerce's. Before, it was
read as the company's and the repeats rule dropped it (or the company's own figure). Only a
subject with no segment, company or place of its own takes it, with the anaphor right before it
and no other subject between; 'its' and 'the company's' stay the company's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from econstats.reader.terms import Subject

ANAPHOR = re.compile(
    r"\b(?:the|this|that)\s++(?:unit|segment|division|business|arm)['’]s\b"
    r"|\b(?:of|at|for|in)\s++(?:the|this|that)\s++(?:unit|segment|division)\b"
    r"|(?:该|該|这一|這一)(?:业务|業務|板块|板塊|分部|部门|部門)",
    re.IGNORECASE,
)
# right after its concept: "operating profit at the segment", "the loss of the unit"
ANAPHOR_AFTER = re.compile(
    r"\s*+(?:of|at|for|in)\s++(?:the|this|that)\s++(?:unit|segment|division)\b", re.IGNORECASE
)
LOOK_BACK = 60  # the anaphor stands a few words before its concept: "the unit's result from an"


def segment_of(subject: Subject) -> str | None:
    """The segment a company subject is about: a breakdown of its own, not its term's."""
    if subject.term.topic != "company" or not subject.breakdown:
        return None
    return subject.breakdown if subject.breakdown != subject.term.breakdown else None


def with_segment_anaphor(
    text: str, offset: int, subjects: Sequence[Subject], previous: Subject | None
) -> list[Subject]:
    """`subjects` of the sentence `text` (at `offset`), a company concept owned by a segment
    anaphor (before it, or right after it: 'operating profit at the segment') given the segment of
    `previous` (the subject of the sentence before)."""
    segment = segment_of(previous) if previous is not None else None
    if segment is None:
        return list(subjects)
    found = list(subjects)
    floor = 0
    for index, subject in enumerate(found):
        start = subject.start - offset
        term = subject.term
        plain = term.topic == "company" and term.context == "entity" and not term.breakdown
        if plain and not (subject.breakdown or subject.entity or subject.area):
            before = ANAPHOR.search(text, max(floor, start - LOOK_BACK), start)
            if before or ANAPHOR_AFTER.match(text, subject.end - offset):
                found[index] = replace(subject, breakdown=segment)
        floor = subject.end - offset
    return found
