"""An expectation written before its figure's verb in Chinese: '比市場預期的跌12.5%更差' (worse than
the 12.5% fall the market expected), '市场预期为增长5.1%'. The noun of expectation (预期, 預期) and
的/为 stand right before the verb and the figure, so the figure is a forecast of the same period
(status forecast), not a repeat of the actual figure beside it. The cue '预期的' alone before the
figure ('高于预期的4.6%') is read by the measures already; '超预期增长30%' (grew 30%, beating
expectations) has no 的/为 and stays actual."""

from __future__ import annotations

import re
from dataclasses import replace

from econstats.reader.parsed import Claim

EXPECTED = re.compile(
    r"(?:预期|預期)(?:的|为|為)\s*+"
    r"(?:[上下]?[涨漲跌降升]|增长|增長|下降|下跌|增加|减少|減少|回落|下滑)了?\s*+(?:约|約)?$"
)
REACH = 16  # characters before the figure the noun, its particle and the verb may take


def expected_before(claim: Claim) -> Claim:
    """The claim as a forecast when an expectation's noun and verb stand right before it."""
    if claim.status != "actual" or claim.figure.unit_kind != "percent":
        return claim
    at = claim.figure.start - claim.sentence.start
    if EXPECTED.search(claim.sentence.text, max(0, at - REACH), at) is None:
        return claim
    return replace(claim, status="forecast")
