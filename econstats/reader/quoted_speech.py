"""Periods inside quoted speech: a person's words set no period for the story's figures. In
'"I was laughing in the first half and crying by the end," said a film lover' the first half
is the film's, and the box office figures that follow keep the holiday the story is about.
Only figure-free sentences are judged here (econstats.reader.story): a quote with a figure of its own
keeps its periods for that figure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from econstats.core.model import Sentence
from econstats.reader.periods import PeriodMention

# a quotation: curly or straight double quotes, or Chinese corner brackets, on one line
QUOTE = re.compile(r"“[^“”\n]{1,600}”|\"[^\"\n]{1,600}\"|「[^「」\n]{1,600}」")
SPEECH = re.compile(r"[,，.!?。！？]\s*[”\"」]$")  # speech ends in punctuation: not a title


def outside_quotes(
    mentions: Sequence[PeriodMention], sentence: Sentence
) -> Sequence[PeriodMention]:
    """The mentions not inside a quotation of speech in the sentence.

    >>> from econstats.reader.periods import find_periods
    >>> text = '"I was laughing in the first half and crying by the end," said Zhang.'
    >>> [m.text for m in outside_quotes(find_periods(text), Sentence(0, len(text), text))]
    []
    >>> text = 'Sales rose in the first half, and the "Q3 outlook" (a title, no speech) was cut.'
    >>> [m.text for m in outside_quotes(find_periods(text), Sentence(0, len(text), text))]
    ['in the first half', 'Q3']
    """
    text, offset = sentence.text, sentence.start
    if not mentions or not ('"' in text or "“" in text or "「" in text):
        return mentions
    spans = [
        (match.start() + offset, match.end() + offset)
        for match in QUOTE.finditer(text)
        if SPEECH.search(match.group())
    ]
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
