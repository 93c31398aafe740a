"""A figure that names its own part of the subject it shares with a figure before it in the
same sentence: "retail sales rose 3.7 per cent, with a lift from online sales (+8.6 per cent)
and the services sector (+5.5 per cent)", "gains in health care (+24,000 jobs) and financial
(+15,000) activities, while mining (-6,000) shed jobs", "investment in manufacturing rose by
12.2% and in infrastructure by 6.5%", "Industrial output grew 5.9 per cent, and high-tech
manufacturing surged by 9.4 per cent", "fell by 3.8 per cent, held back by a 17.2 per cent
plunge in property development". Its noun is no subject term, so the figure took the subject of
the figure before, and the repeats rule dropped it as the same observation: the noun it names
is its breakdown instead.

A noun counts only where the figure's own words give it (in brackets right after it, "and in X
by", the subject of its own clause before its change verb, or "a 17.2 per cent plunge in X"),
is a few words with no verb, period or number (breakdowns.breakdown_regex), is not the shared
subject itself and stands for no earlier subject ("the figure", "it"); a figure of the same value
as the one before is a true repeat and keeps its subject."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import Any

from econstats.dataset.ids import obs_id, series_key
from econstats.reader.breakdowns import BREAKDOWN_WORDS, breakdown_regex, normal_breakdown
from econstats.reader.cues import after_change_regex, last_cue
from econstats.reader.lexicon import key, load_vocab

# "... and the services sector (+": the words before a bracket that holds the figure
IN_BRACKETS = re.compile(r"(?P<noun>[A-Za-z][A-Za-z'&\- ]{0,60}?)\s*[(（]\s*[+\-−]?\s*$")
# "... and in infrastructure by ": a second part of the subject, its verb left out
ELLIPTIC = re.compile(
    r"\b(?:and|while|whereas|but)\s+(?:in|for|of|on)\s+(?P<noun>[A-Za-z][A-Za-z'&\- ]{0,60}?)"
    r"\s+(?:by|at|to)\s*$",
    re.IGNORECASE,
)
# where the figure's own clause begins: "Industrial output grew 5.9 per cent, and high-tech"
OPENER = re.compile(r"(?:[,;]|\b(?:and|while|whereas|but)\b)\s*", re.IGNORECASE)
# "a sharp 17.2 per cent plunge in property development"
NOUN_AFTER = re.compile(r"\s+(?:in|of|for)\s+(?P<noun>[A-Za-z][A-Za-z'&\- ]{0,60})")
# "gains in health care", "investment in manufacturing": the part is the noun after it
PREPOSITION = re.compile(r"\s(?:in|of|for|on)\s", re.IGNORECASE)
# "(including Rs 29,555 crore collected on import of goods)": a part of the figure before
INCLUDED = re.compile(r"[(（]\s*(?:including|incl\.|of which)\s*$", re.IGNORECASE)
INCLUDED_TAIL = re.compile(
    r"^\s*(?:(?:collected|received|raised|paid|earned|spent|generated|coming)\s+)?"
    r"(?:(?:on|from|in|of|for|by)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# "300 billion yuan of ultra-long special bonds will go to support the 'old-for-new' scheme",
# "800 billion yuan raised from bonds will be allocated to major national strategies"
PURPOSE = re.compile(
    r"[^,;.()]{0,80}?\b(?:will|would|is|are|to)\s+(?:be\s+)?(?:go|used|allocated|earmarked|spent|"
    r"channell?ed|directed)\s+(?:to|for|towards?)\s+(?:(?:support|help|fund)(?:ing)?\s+)?"
    r"(?:the\s+)?(?P<noun>[^,;.()]{3,80})",
    re.IGNORECASE,
)
# where a purpose or an included part's words end
CUT = re.compile(r"[,;.()]|\s(?:and\s+)?(?:to|in|with|by|at|which|that)\s", re.IGNORECASE)
QUOTE_MARKS = str.maketrans("", "", '"“”「」‘’')
# the words that lead a part in its clause and stay out of it
LEADS = re.compile(r"^(?:(?:and|or|while|whereas|but|as well as|with|from|in)\s+)+", re.I)


@cache
def noun_pattern() -> re.Pattern[str]:
    """A breakdown of one to six words with no stop word, as a whole."""
    return re.compile(breakdown_regex(last=True))


@cache
def anaphors() -> frozenset[str]:
    """Words and phrases that stand for an earlier subject (vocab/anaphors.csv, heads)."""
    words = {key(row["phrase"]) for row in load_vocab("anaphors", ("phrase",))}
    words |= {key(row["word"]) for row in load_vocab("anaphor_heads", ("word",))}
    return frozenset(words | {"it", "they", "this", "that", "these", "those"})


def with_own_nouns(rows: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """The rows, each later row of a sentence that shares its obs_id with an earlier one of the
    same sentence (and differs in value) given the noun it names as (part of) its breakdown,
    its obs_id and series_key made again (and those of its conversion in brackets)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row["obs_id"], []).append(row)
    if all(len(group) == 1 for group in groups.values()):
        return rows  # the usual case: nothing shares a key
    ends: dict[str, list[int]] = {}  # the figures' ends of each sentence, in order
    for row in rows:
        ends.setdefault(row["quote"], []).append(row["char_end"])
    for found in ends.values():
        found.sort()
    conversions: dict[str, list[dict[str, Any]]] = {}  # obs_id -> the rows restating it
    for row in rows:
        if row["conversion_of"] is not None:
            conversions.setdefault(row["conversion_of"], []).append(row)
    for group in groups.values():
        first, *later = sorted(group, key=lambda row: row["char_start"])
        values, named = {first["value"]}, False
        for row in later:
            if row["quote"] == first["quote"] and row["value"] not in values:
                named = own_noun(row, text, ends[row["quote"]], conversions) or named
            elif row["value"] not in values:  # another sentence: only the words after it
                own_noun(row, text, [row["char_start"]], conversions)
            values.add(row["value"])
        if named:  # "gains in health care (+24,000 jobs) and financial (+15,000)": the first too
            own_noun(first, text, ends[first["quote"]], conversions)
    return rows


def own_noun(
    row: dict[str, Any], text: str, ends: list[int], conversions: dict[str, list[dict[str, Any]]]
) -> bool:
    """Give the row the noun its own words name as breakdown (in place); whether it had one."""
    quote, at = row["quote"], row["char_start"]
    start = text.find(quote, max(0, at - len(quote)))
    if start < 0 or start > at:
        return False
    index = bisect_right(ends, at)  # the end of the figure right before it
    since = ends[index - 1] if index and ends[index - 1] >= start else start
    noun = noun_of(quote, since - start, at - start, row["char_end"] - start)
    subject = key(row["subject"] or "")
    if noun is None or noun in subject or subject in noun:  # the shared subject itself
        return False
    old = row["obs_id"]
    # a category the shared subject names ("investment in manufacturing rose by 12.2% and in
    # infrastructure by 6.5%") is the first figure's: the sibling's own noun replaces it
    shared = row["breakdown"] and key(row["breakdown"]) in subject
    breakdown = f"{row['breakdown']}, {noun}" if row["breakdown"] and not shared else noun
    for one in [row] + [r for r in conversions.get(old, ()) if restates(r, row, old)]:
        one["breakdown"] = breakdown
        one["obs_id"], one["series_key"] = obs_id(one), series_key(one)
        if one is not row:
            one["conversion_of"] = row["obs_id"]
    return True


def restates(one: dict[str, Any], row: dict[str, Any], old: str) -> bool:
    """Whether `one` is the conversion in brackets right after the row's figure."""
    return (
        one["conversion_of"] == old
        and one["quote"] == row["quote"]
        and 0 <= one["char_start"] - row["char_end"] <= 4
    )


def noun_of(text: str, since: int, start: int, end: int) -> str | None:
    """The part the figure at text[start:end] names itself, in the text since the figure before
    it (`since`) or right after it; None when its words name none.

    >>> noun_of("sales rose 3.7%, with online sales (+8.6%) and the services sector (+5.5%)",
    ...         41, 69, 73)
    'services sector'
    >>> noun_of("manufacturing rose by 12.2% and in infrastructure by 6.5%", 27, 53, 57)
    'infrastructure'
    >>> noun_of("output grew 5.9 per cent, and high-tech manufacturing surged by 9.4 per cent",
    ...         24, 64, 76)
    'high-tech manufacturing'
    >>> noun_of("investment fell 3.8%, held back by a 17.2% plunge in property development",
    ...         20, 37, 42)
    'property development'
    >>> noun_of("sales rose 3.7% in May and 3.5% in April", 15, 26, 30) is None
    True
    """
    gap = text[since:start]
    if INCLUDED.search(gap):  # "IGST is Rs 60,911 crore (including Rs 29,555 crore collected on
        return loose(INCLUDED_TAIL.sub("", text[end:].split(")")[0]))  # import of goods)"
    found = IN_BRACKETS.search(gap) or ELLIPTIC.search(gap)
    if found:
        return checked(found.group("noun").split(",")[-1])
    cue = last_cue(gap)
    if cue is not None and cue.role == "change":
        opener = OPENER.search(gap, 0, cue.start)  # its own clause's start
        if opener is not None:
            return checked(gap[opener.end() : cue.start])
    change = after_change_regex().match(text, end)
    if change is not None:
        after = NOUN_AFTER.match(text, change.end())
        if after is not None:
            return checked(re.split(r"[,;.]", after.group("noun"))[0])
    purpose = PURPOSE.match(text, end)  # "300 billion yuan of bonds will go to support X"
    return loose(purpose.group("noun")) if purpose else None


def loose(words: str) -> str | None:
    """A purpose or an included part as a breakdown: its first words up to a clause mark or a
    second preposition, at most six, letters only ("old-for-new" consumer goods trade-in scheme,
    import of goods, major national strategies)."""
    words = CUT.split(words.translate(QUOTE_MARKS).strip())[0].strip()
    if not words or not re.fullmatch(r"[A-Za-z][A-Za-z'\- ]*", words):
        return None
    noun = normal_breakdown(words)
    if noun is None or len(noun.split()) > BREAKDOWN_WORDS or noun in anaphors():
        return None
    return noun


def checked(words: str) -> str | None:
    """The words as a breakdown, or None: a few words, no stop word, no anaphor."""
    words = LEADS.sub("", words.strip())
    if words and not noun_pattern().fullmatch(words):
        words = PREPOSITION.split(words)[-1]  # "investment in manufacturing": manufacturing
    if not words or not noun_pattern().fullmatch(words):
        return None
    noun = normal_breakdown(words)
    return None if noun is None or noun in anaphors() else noun
