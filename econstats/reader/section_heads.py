"""A results page's section heading names the segment of the bullets under it:

    AI Cloud
      • Revenue booked under "AI Cloud Infra" came to RMB4.2B, up 33% YoY.
    AI Applications
      • Revenue reached RMB2.6B, up 6% YoY.

Each "Revenue" is the segment's, not the company total's (before, the repeats rule dropped them
as repeats of the total stated in "Key Points"). A heading is a short line with no digit and
no sentence end, right before a bullet; a heading that names no category ("Key Points",
"Financial Highlights", "Third Quarter Results", "Outlook": vocab/heading_stopwords.csv) or a
company gives none. Only a company concept that opens its bullet with no category of its own
takes the heading's."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from econstats.reader.breakdowns import normal_breakdown
from econstats.reader.claim_changes import with_changed
from econstats.reader.entities import company_names
from econstats.reader.lexicon import key, load_vocab

if TYPE_CHECKING:
    from econstats.reader.parsed import Claim, ParsedDocument

# a heading line (a few words, no digit) followed by a bullet line; the bullets run on while
# lines open with a bullet mark
BULLET_RUN = r"(?P<bullets>(?:[ \t]*+[•·▪◦‣*-][^\n]*+(?:\n|$))++)"  # lines opening with a mark
HEADING = re.compile(
    r"(?m)^[ \t]*+(?P<head>[A-Za-z][^\n\d.!?。！？:：;,]{0,48}?)[ \t]*+\n" + BULLET_RUN
)
MAX_WORDS = 5
BULLET_OPENING = re.compile(r"[\s•·▪◦‣*-]*+$")  # only the bullet mark before the subject


@cache
def heading_stopwords() -> frozenset[str]:
    """Words of headings that name no category (vocab/heading_stopwords.csv)."""
    return frozenset(key(row["word"]) for row in load_vocab("heading_stopwords", ("word",)))


def heading_breakdown(head: str) -> str | None:
    """The category a heading names, or None.

    >>> heading_breakdown("AI Cloud"), heading_breakdown("Intelligent Driving (Apollo Go)")
    ('ai cloud', 'intelligent driving (apollo go)')
    >>> heading_breakdown("Key Points"), heading_breakdown("Quarter Highlights")
    (None, None)
    >>> heading_breakdown("CEO & Management Commentary (Fact-Based)"), heading_breakdown("Alibaba")
    (None, None)
    """

    words = re.findall(r"[A-Za-z][\w'’&-]*", head)
    if not words or len(words) > MAX_WORDS:
        return None
    stops = heading_stopwords()
    if any(key(word) in stops or key(word).rstrip("s") in stops for word in words):
        return None
    if key(head) in company_names():
        return None
    return normal_breakdown(head)


def sections(text: str) -> list[tuple[int, int, str]]:
    """(start, end, category) of the bullet runs under a heading that names a category."""
    found = []
    for match in HEADING.finditer(text):
        category = heading_breakdown(match.group("head"))
        if category:
            found.append((match.start("bullets"), match.end("bullets"), category))
    return found


def takes_heading(claim: Claim, text: str) -> bool:
    """Whether the claim's subject is a company concept with no category, opening its line."""
    subject = claim.subject
    if subject.term.topic != "company" or subject.term.context != "entity":
        return False
    if subject.breakdown or subject.term.breakdown or subject.entity:
        return False
    line_start = text.rfind("\n", 0, subject.start) + 1
    return bool(BULLET_OPENING.match(text, line_start, subject.start))


def with_headings(parsed: ParsedDocument) -> ParsedDocument:
    """The document's claims, those in bullets under a category heading with its breakdown."""
    text = parsed.doc.text
    if not any(claim.subject.term.topic == "company" for claim in parsed.claims):
        return parsed
    runs = sections(text)
    if not runs:
        return parsed
    starts = [start for start, _, _ in runs]

    def headed(claim: Claim) -> Claim:
        at = bisect_right(starts, claim.figure.start) - 1
        inside = at >= 0 and runs[at][0] <= claim.subject.start and claim.figure.start < runs[at][1]
        if inside and takes_heading(claim, text):
            return replace(claim, subject=replace(claim.subject, breakdown=runs[at][2]))
        return claim

    return with_changed(parsed, headed)
