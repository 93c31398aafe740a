"""A lead line that states a forecast or a target and ends with a colon gives that status to
the bullets under it:

    For the fourth quarter of 2024, the Company expects:
    - Deliveries of vehicles to be between 87,000 and 91,000 ...
    - Total revenues to be between RMB15.7 billion and RMB16.5 billion ...

Each bullet is guidance (status forecast), though no status word stands in it; before, the
bullets were read as actual figures. The lead's status is its last status phrase (vocab/
statuses.csv: "expects", "targets", "plans"); blank lines may stand between it and the first
bullet, and the bullets run on while lines open with a bullet mark. A status a bullet states
itself stays."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from econstats.reader.claim_changes import with_changed
from econstats.reader.cues import statuses_in
from econstats.reader.section_heads import BULLET_RUN

if TYPE_CHECKING:
    from econstats.reader.parsed import Claim, ParsedDocument

LEAD = re.compile(r"(?m)^(?P<lead>[^\n]{3,200}?)[:：][ \t]*+\n(?:[ \t]*+\n)*+" + BULLET_RUN)


def lead_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, status) of the bullet runs under a lead line that states a forecast or a
    target.

    >>> text = "For 2025, the Company expects:\\n\\n- Revenue to be RMB5 billion.\\n- Margin 20%.\\n"
    >>> [(text[s:e].count("\\n"), status) for s, e, status in lead_runs(text)]
    [(2, 'forecast')]
    >>> lead_runs("Highlights for the quarter:\\n- Revenue was RMB5 billion.\\n")
    []
    """
    runs = []
    for match in LEAD.finditer(text):
        statuses = [status for _, status in statuses_in(match.group("lead"))]
        if statuses and statuses[-1] != "actual":
            runs.append((match.start("bullets"), match.end("bullets"), statuses[-1]))
    return runs


def with_lead_statuses(parsed: ParsedDocument) -> ParsedDocument:
    """The document's claims, the actual ones in bullets under a forecasting lead line with its
    status."""
    text = parsed.doc.text
    if ":" not in text and "：" not in text:
        return parsed
    runs = lead_runs(text)
    if not runs:
        return parsed
    starts = [start for start, _, _ in runs]

    def led(claim: Claim) -> Claim:
        at = bisect_right(starts, claim.figure.start) - 1
        if at >= 0 and claim.figure.start < runs[at][1] and claim.status == "actual":
            if not claim.figure.prior:  # an earlier value in guidance stays what it was
                return replace(claim, status=runs[at][2])
        return claim

    return with_changed(parsed, led)
