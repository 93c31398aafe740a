"""A period stated in a bulleted list item is that item's own: in a results report's highlights

  • In October, ~70% of mobile search result pages carried AI-generated content.
  • Baidu App MAUs reached 708M, up 1% YoY.

the 708M are the quarter's (the period stated before the list), not October's. Before, the next
item took October as the story's period. Only an item opened by a bullet mark counts (a numbered
item, '1、2025年前三季度…', often states the period the items after it share); the item's own
figures keep its period (figure_periods.period_of)."""

from __future__ import annotations

import re

# a mark, or a hyphen, asterisk or dash and a space: "- Early estimates for April 2025 indicate…"
BULLET = re.compile(r"\s*+(?:[•·▪◦‣●○■□►▸✓✔]|[-*–—][ \t])")


def bulleted(text: str) -> bool:
    """Whether a sentence opens a bulleted list item.

    >>> bulleted("  • In October, ~70% of pages"), bulleted("In October, 70%"), bulleted("1、前三季度")
    (True, False, False)
    >>> bulleted("- There were 21,000 working days lost in March 2025"), bulleted("-2.5% in March")
    (True, False)
    """
    return BULLET.match(text) is not None
