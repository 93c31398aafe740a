"""A category written right before an English company concept with no marker word: 'Cloud
revenue rose 34%', 'Games & related VAS revenue was up by 12%', 'its online marketing services
revenue', '..., while international commerce revenue grew 10%'. Results announcements name their
segments, product lines and markets so; before, such a figure was read as the company total and
the repeats rule dropped it. The words must open the clause (the sentence, a bullet, or after a
comma, semicolon, colon, a determiner or an owner's 's), so a verb or a number between them and
the concept makes no category; words that qualify the whole or its basis ('Total', 'Net',
'Quarterly', 'Non-GAAP', 'Diluted': vocab/total_modifiers.csv) are none."""

from __future__ import annotations

import re
from functools import cache

from econstats.reader.breakdowns import breakdown_stopwords, normal_breakdown
from econstats.reader.entities import company_names
from econstats.reader.lexicon import key, load_vocab

WORDS = 4  # a category is a few words; a longer run is a clause
# what may open the clause before the category
LEAD = (
    r"(?P<lead>(?:^|[•·*:;,(–—]|\s-|\b(?:its|their|the|our|while|whereas|but|and|with|said"
    r"|reported)|['’]s)\s*+)"
)


@cache
def total_modifiers() -> frozenset[str]:
    """Words that qualify a company concept as a whole or its basis, no category of it."""
    return frozenset(key(row["word"]) for row in load_vocab("total_modifiers", ("word",)))


@cache
def premodifier_regex() -> re.Pattern[str]:
    """The category words ending the text before a company concept, after the clause's lead."""
    stop = "|".join(sorted(map(re.escape, breakdown_stopwords()), key=len, reverse=True))
    word = rf"(?!(?:{stop})(?![\w'’&-]))[A-Za-z][\w'’&-]*+"
    join = r"(?:[ ](?:&|and)[ ]|[ ])"
    return re.compile(
        rf"{LEAD}(?<![\w'’&-])(?P<words>{word}(?:{join}{word}){{0,{WORDS - 1}}})[ ]+$", re.I
    )


def premodifier(before: str, opening: bool, company: str | None = None) -> str | None:
    """The category written right before an English company concept, `before` being the text
    before it (`opening`: it starts the sentence, so its start opens the clause).

    >>> premodifier("Games & related VAS ", True), premodifier("Revenue rose 5%, while cloud ", False)
    ('games & related vas', 'cloud')
    >>> premodifier("Total ", True), premodifier("The company said its quarterly ", True)
    (None, None)
    >>> premodifier("Revenue rose 5% to 3 billion yuan and cloud ", False)
    'cloud'
    >>> premodifier("it posted record ", False), premodifier("Tencent ", True, "Tencent")
    (None, None)
    >>> premodifier(", Meituan held ", False, "Meituan"), premodifier(", the group held ", False)
    (None, None)
    >>> premodifier("the segment's ", False), premodifier("PDD said ", True, "PDD Holdings")
    (None, None)
    """
    found = premodifier_regex().search(before)
    if found is None or (not found.group("lead").strip() and found.start() == 0 and not opening):
        return None  # the window's cut, not the clause's opening
    words = found.group("words").split()
    owners = [at for at, word in enumerate(words) if word.endswith(("'s", "’s"))]
    if owners:  # "the segment's operating margin": the owner's words are no category
        words = words[owners[-1] + 1 :]
    totals = total_modifiers()
    while words and key(words[0]) in totals:
        words.pop(0)
    if not words or any(key(word) in totals for word in words):
        return None

    own = {word for word in key(company or "").split() if len(word) > 2}
    names = company_names() | own
    if any(key(word).removesuffix("'s") in names for word in words):
        return None  # a company's own name ("Meituan held"), no category of its figures
    if any(char.isdigit() for word in words for char in word):
        return None
    return normal_breakdown(" ".join(words))
