"""A Chinese sentence that names no subject before its figure, only a period and a change
("分季度看,一季度同比增长18.3%", "二季度增长7.9%", "1-8月份同比下降4.7%"), continues the subject
of the sentence before: Chinese statistical releases leave it out (a zero anaphor). The words
before the figure must be that and nothing else: an opener ("分季度看,"), a period, a comparison
and a change verb; a sentence about anything else names its own subject first."""

from __future__ import annotations

import re

NUMERAL = "[一二三四五六七八九十]"
# "分季度看," (by quarter); "其中," (of which: a part of the period before, "上半年…增长3.6%。
# 其中,二季度增长3.7%")
OPENER = r"(?:(?:分|从|從)[\u4e00-\u9fff]{1,6}看[,，]\s*|其中[,，:：]?\s*)?"
PERIOD = (
    rf"(?:(?:第?{NUMERAL}|[1-4])季度|[上下]半年|前{NUMERAL}{{1,2}}(?:个|個)?(?:季度|月)"
    r"|\d{1,2}\s*(?:[-—至到]\s*\d{1,2}\s*)?月份?|全年|今年|去年|上年|当月|當月|本月)"
)
COMPARISON = r"(?:同比|环比|環比|按年|按月|比上年同期|比上年|比上月|与上年同期相比)"
VERB = (
    r"(?:分别|分別)?(?:增长|增長|下降|增加|减少|減少|上升|上涨|上漲|下跌|回落|提高|降低|增|降|升)"
    r"了?(?:约|約|近)?"
)
ELIDED = re.compile(rf"[\s,，]*({OPENER}{PERIOD}[\s,，]*{COMPARISON}?{VERB})\s*$")


def elided_subject(text: str, end: int) -> re.Match[str] | None:
    """The words before the first figure (at index `end` of `text`) of a Chinese sentence that
    leaves its subject out: only an opener, a period, a comparison and a change (group 1).

    >>> elided_subject("二季度增长7.9%", 5).group(1), elided_subject("分季度看,一季度同比增长18.3%", 12).group(1)
    ('二季度增长', '分季度看,一季度同比增长')
    >>> elided_subject("其中,二季度增长3.7%", 8).group(1)
    '其中,二季度增长'
    >>> elided_subject("出口增长7.9%", 4) is None, elided_subject("今年金牌增加5枚", 6) is None
    (True, True)
    """
    return ELIDED.fullmatch(text, 0, end)
