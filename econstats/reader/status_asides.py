"""A status phrase inside brackets governs the figures of its aside only: in "industrial output
+7.0% y/y (expected 5.0%), retail sales +5.5%" the 5.0% is a forecast and the 5.5% is not
(before, every figure after "expected" in the sentence was a forecast, and the headline's actual
5.5% absorbed the body's forecast 5.2% as its repeat). Where the aside closes, the status in
force before it comes back."""

from __future__ import annotations

OPENERS, CLOSERS = "(（", ")）"


def with_aside_ends(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`found` ((end offset, status) of a sentence's status phrases, in order) with, for each
    phrase inside brackets, the status in force before it restored where the brackets close.

    >>> text = "output +7.0% (expected 5.0%), sales +5.5%"
    >>> with_aside_ends(text, [(22, "forecast")])
    [(22, 'forecast'), (28, 'actual')]
    >>> with_aside_ends("sales are expected to rise 5% in 2025", [(18, "forecast")])
    [(18, 'forecast')]
    """
    out: list[tuple[int, str]] = []
    for end, name in found:
        before = out[-1][1] if out else "actual"
        out.append((end, name))
        opened = max(text.rfind(mark, 0, end) for mark in OPENERS)
        if opened < 0 or max(text.rfind(mark, opened, end) for mark in CLOSERS) >= 0:
            continue  # no aside open at the phrase
        closes = [at for at in (text.find(mark, end) for mark in CLOSERS) if at >= 0]
        if closes and name != before:
            out.append((min(closes) + 1, before))
    return sorted(out)
