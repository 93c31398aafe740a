"""The subject phrase of a figure no topic claimed, as written (a heuristic for the report's
`unclaimed`: the words before the verb of its clause, or after "of"/"in" for an amount), so
the vocabulary to add is visible."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from econstats.reader.clause_subjects import clause_starts
from econstats.reader.lexicon import alternation, load_vocab

CJK = "\u3400-\u9fff\uf900-\ufaff"
# words that end a Chinese subject before its figure: verbs, comparisons, qualifiers
CJK_TAIL = re.compile(
    "(?:同比|环比|環比|按年|按月|比上年|分别|分別|约|約|近|超过|超過|逾|达到|達到|达|達|为|為|实现|"
    "實現|录得|錄得|增长|增長|下降|增加|减少|減少|上升|上涨|上漲|下跌|跌|升|降|增|共|合计|合計|累计|"
    "累計|至|到|是|占|佔|了|的)$"
)
# a comma-parted aside before the verb is no subject: "Computer peripherals, however, fell"
ASIDES = frozenset(
    ["however", "by contrast", "in contrast", "meanwhile", "moreover", "though", "also", "instead"]
)
SUBJECT_WORDS = 8  # an unclaimed figure's subject is at most its last few words
LEADING_WORDS = frozenset(
    "with and or but while whereas following after representing including of these".split()
)


@cache
def subject_verb_regex() -> re.Pattern[str]:
    """A verb that ends the subject of an English clause: vocab/subject_verbs.csv with the
    change words of changes.csv and the level words of cues.csv (ASCII phrases only)."""
    phrases = [row["phrase"] for row in load_vocab("subject_verbs", ("phrase",))]
    phrases += [row["phrase"] for row in load_vocab("changes", ("phrase",))]
    phrases += [row["phrase"] for row in load_vocab("cues", ("phrase",))]
    phrases = [phrase for phrase in phrases if phrase.isascii() and phrase[:1].isalpha()]
    return re.compile(r"(?<![\w-])(?:" + alternation(phrases) + r")(?![\w-])")


PERCENT_TEXT = re.compile(r"%|percent|per\s+cent|pct|個?百分点|個百分點|个百分点", re.I)
NAMED_AFTER_PHRASE = re.compile(
    r"\s*(?:\([^()]{0,80}\)\s*)?(?:worth\s+of|of|in(?!\s+(?:the|this|that|its|last|"
    r"[A-Z]|\d)))\s+((?:the\s+)?[A-Za-z][\w'’&-]*"
    r"(?:\s+(?!(?:in|on|at|for|from|to|by|as|and|was|were|up|down|last|this)\b)[A-Za-z][\w'’&-]*){0,5})"
)


def written_subject(text: str, offset: int, start: int, end: int) -> str:
    """The noun phrase a figure is about, as written: for the report's unclaimed figures, so the
    vocabulary to add is visible. A heuristic, not a parse: in the figure's clause, the words
    before its verb ("Vehicle sales were RMB19.2 billion"); with no verb before the figure, the
    words right before it ("Non-GAAP Diluted EPS: RMB11.12"); but an amount followed by "of"
    or "in" and a noun is about that noun ("brought in 12.02 million tonnes of soybeans"); in
    Chinese, the words before the number less its verb ("销量分别为3.63万吨": "销量").

    >>> written_subject("Vehicle sales were RMB19.2 billion in the quarter.", 0, 19, 33)
    'Vehicle sales'
    >>> written_subject("In 2024, the company exported 6,217 tons of rare earths.", 0, 30, 40)
    'rare earths'
    >>> written_subject("Customs said China brought in 12.02 million tonnes of soybeans.", 0, 30, 50)
    'soybeans'
    >>> written_subject("Exports rose 5 percent in the period, to 3 billion yuan in June.", 0, 13, 22)
    'Exports'
    >>> written_subject("Animated feature Ne Zha 2 led, grossing 4.84 billion yuan of box office.", 0, 40, 57)
    'box office'
    >>> written_subject("其中,入境622.2万人次,同比增长9.51%", 0, 5, 12)
    '入境'
    >>> written_subject("销量分别为3.63万吨", 0, 5, 12)
    '销量'
    >>> written_subject("生猪存栏43911万头,同比增长29.2%", 0, 18, 23)
    '生猪存栏'
    >>> written_subject("超市、便利店零售额同比分别增长4.0%、4.7%", 0, 21, 25)
    '便利店零售额'
    >>> written_subject("Catering took in 33 billion yuan in July, up by 9.4 percent.", 0, 48, 59)
    'Catering'
    """
    starts = clause_starts(text, offset)
    clause = starts[bisect_right(starts, start) - 1] - offset
    before = text[clause : start - offset]
    after = text[end - offset :]
    if re.search(f"[{CJK}]", before[-12:]):
        runs = re.finditer(f"[{CJK}A-Za-z]+", before)
        for run in reversed(list(runs)):
            if before[run.start() - 1 : run.start()].isdigit():
                continue  # the unit of an earlier figure: "万吨"
            words = run.group()
            while words:  # "零售额同比分别增长" -> "零售额"
                trimmed = CJK_TAIL.sub("", words)
                if trimmed == words:
                    break
                words = trimmed
            if words:
                return words
        return ""
    named = NAMED_AFTER_PHRASE.match(after)
    if named and not PERCENT_TEXT.search(text[start - offset : end - offset]):
        return named.group(1)
    # the last comma-separated part that names something before its verb ("catering took in
    # 334.3 billion yuan in July, up by 9.4 percent": 'catering')
    for part in reversed(before.split(", ")):
        verb = subject_verb_regex().search(part)
        words = (part[: verb.start()] if verb else part).strip(" ,:;-–—•*(+~≈").split()
        while words and words[0].lower() in LEADING_WORDS:
            words.pop(0)
        if words and " ".join(words).lower() not in ASIDES:  # "New orders, by contrast, fell"
            return " ".join(words[-SUBJECT_WORDS:])
    return ""
