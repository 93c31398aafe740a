"""A share of an earlier period's level may pass 100: "domestic tourism spending recovered to
107.7 percent of the 2019 level", "trips hit 119 percent of pre-pandemic levels". A share of a
whole ("accounted for 130 percent of revenue") cannot; before, every share above 100 was
rejected as implausible. Not
"of the number recorded in the same period in 2019": that phrase may be read as the figure's
own period (a share above 100 of it stays rejected). Asked only of a share above 100
(validate.plausibility), so it costs nothing on the rest.
"""

from __future__ import annotations

import re

YEAR = r"(?:19[5-9]\d|20\d\d)"
NOUN = r"(?:levels?|numbers?|figures?|volumes?|totals?|peaks?|tallies|tally)"
# what a share of an earlier level says right after its figure
EARLIER_AFTER = re.compile(
    rf"\s*+of\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?: {YEAR}(?:['’]s)?\s+{NOUN}"  # of the 2019 level, of 2019's levels
    rf"| pre-?(?:pandemic|covid(?:-19)?|crisis)\s+{NOUN} )",  # of pre-pandemic levels
    re.IGNORECASE | re.VERBOSE,
)
# "恢复至2019年同期的107.7%", "恢復到疫情前水平的九成": recovered to a share of an earlier level
# (cues.rate_reading: the percent is a share); and what says so before a Chinese figure
RECOVERED_TO = re.compile(r"(?:恢复|恢復)(?:至|到)[^，,。；;：:]{0,24}?的\s*+(?:约|約|近)?\s*+$")
EARLIER_BEFORE = re.compile(rf"(?:{YEAR}\s*年|疫情前)[^，,。；;]{{0,8}}?的\s*+(?:约|約|近)?\s*+$")
# right before a period phrase: "恢复至2019年同期的107.7%" is a share of that period's level, not
# the value of 2019 (period_bases.possessive)
RECOVERING = re.compile(r"(?:恢复|恢復)(?:至|到)\s*+$")
MOST = 1000.0  # a share of an earlier level: up to ten times it


def of_earlier_level(text: str, end: int, start: int | None = None) -> bool:
    """Whether the share figure ending at `end` of `text` (starting at `start`) is a share of an
    earlier level.

    >>> of_earlier_level("recovered to 107.7 percent of the 2019 level.", 26)
    True
    >>> of_earlier_level("reached 119 percent of pre-pandemic levels", 19)
    True
    >>> of_earlier_level("was 146.2 percent of the number recorded in the same period in 2019", 17)
    False
    >>> of_earlier_level("accounted for 130 percent of total revenue in 2019", 25)
    False
    >>> of_earlier_level("总花费恢复至2019年同期的107.7%", 20, 14)
    True
    """
    if EARLIER_AFTER.match(text, end, end + 100) is not None:
        return True
    return start is not None and EARLIER_BEFORE.search(text, max(0, start - 30), start) is not None
