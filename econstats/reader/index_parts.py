"""Sub-indices of a purchasing managers' index named bare: "Among the sub-indices, production went
up by 0.3 points to 53.3 in August. New orders, by contrast, went down by 0.1 points from the
previous month, standing at 52.2". A term of context "index" in a terms file (macro.terms.csv:
"production", "new orders", "生产指数" with the PMI's indicator and the sub-index as breakdown)
holds only where an index reading follows it in its sentence part: a change in points ("0.3
points", never "percentage points"), or an index level ("stood at 52.2", "为50.8%") where the
name itself says index ("new orders index", "生产指数"). Elsewhere "production rose 5%" or "new orders worth $3 billion" are no
sub-index; and only then are the sentence's bare decimals read as index levels
(bare_figures: index terms). One bounded search after the term, not of the whole sentence."""

from __future__ import annotations

import re

WINDOW = 100  # characters after the sub-index name its reading may take
# a change in points (not percentage points) or a level after a verb or preposition
POINTS = re.compile(
    r"(?<![\w.])\d{1,3}(?:\.\d{1,2})?\s*+(?:index\s+)?points?(?![\w-])", re.IGNORECASE
)
# a level after a verb or preposition, read only after a name that says index ("the new orders
# index stood at 52.2", "生产指数为52.0%"): "Production at the plant stood at 45.6" is none
LEVEL = re.compile(
    r"(?:\bto|\bat|\bof|\bwas|\bstood|\bcame\s+in)\s++(?:about\s+)?\d{2}\.\d{1,2}(?![\d%.,])"
    r"(?!\s*+(?:[%％]|percent|per\s+cent|pct|million|billion|trillion|thousand|mn|bn|tonnes"
    r"|tons|yuan|dollars|units|barrels|kilowatt|[kgt]wh|square|cubic))"
    r"|^[^，,;；。]{0,6}?(?:为|為|是|录得|錄得|升至|降至|回落至|回升至)\s*+\d{2}(?:\.\d{1,2})?\s*+[%％]",
    re.IGNORECASE,
)
INDEX_WORDS = ("index", "指数", "指數")
PART_END = re.compile(r"[;；。]|\.(?!\d)")


def index_reading(text: str, end: int, name: str = "") -> bool:
    """True when an index reading follows a sub-index name ending at text[end], in its part of
    the sentence: a change in points, or a level where the name says index (`name`).

    >>> text = "Among the sub-indices, production went up by 0.3 points to 53.3 in August."
    >>> index_reading(text, text.index("production") + 10)
    True
    >>> text = "New orders, by contrast, went down from the previous month, standing at 52.2."
    >>> index_reading(text, 10), index_reading("The new orders index stood at 52.2", 20, "index")
    (False, True)
    >>> index_reading("Production rose 5.2% in 2024.", 10)
    False
    >>> index_reading("New orders rose 0.5 percentage points.", 10)
    False
    >>> index_reading("production rose 0.5 percentage points to 12.5 percent", 10)
    False
    >>> index_reading("Production of crude steel was 12.34 million tonnes", 10, "index")
    False
    >>> index_reading("New orders worth 3.5 billion yuan; the index rose 2 points", 10)
    False
    >>> index_reading("生产指数为52.0%,比上月上升0.3个百分点", 4, "生产指数")
    True
    """
    window = text[end : end + WINDOW]
    stop = PART_END.search(window)
    window = window[: stop.start()] if stop else window
    if POINTS.search(window) is not None:
        return True
    return any(word in name for word in INDEX_WORDS) and LEVEL.search(window) is not None
