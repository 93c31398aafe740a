"""Market prices: a share, a stock or a stock index named between a subject and a figure makes
the figure that market's ("Xiaomi sold 40,000 cars, and its shares closed at HK$45.2, up 3
percent", "出口增长5%,恒生指数下跌1%"), never a statistic of the company or economy before it
(the gold convention: share prices, index levels and daily moves are no figures)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

from econstats.reader.lexicon import alternation, load_vocab


@cache
def market_regex() -> re.Pattern[str]:
    """Any market noun of vocab/market_nouns.csv."""
    return re.compile(alternation(row["phrase"] for row in load_vocab("market_nouns", ("phrase",))))


def market_between(text: str, offset: int, start: int, end: int) -> bool:
    """Whether a market noun stands in the sentence `text` (at document offset `offset`) between
    the document offsets `start` and `end`.

    >>> text = "Xiaomi sold 40,000 cars, and its shares rose 3 percent."
    >>> market_between(text, 0, 11, 45), market_between(text, 0, 0, 12)
    (True, False)
    >>> market_between("Its market share and earnings per share rose 3%.", 0, 0, 44)
    False
    """
    if start >= end:
        return False
    spans = market_spans(text)  # found once per sentence, not searched again for each figure
    index = bisect_left(spans, (start - offset, -1))
    return index < len(spans) and spans[index][1] <= end - offset


@lru_cache(maxsize=64)
def market_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every market noun of the sentence `text`, in order."""
    return tuple(match.span() for match in market_regex().finditer(text))
