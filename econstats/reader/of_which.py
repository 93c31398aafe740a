"""The parts listed after 'of which' (其中) are breakdowns of the figure before it: in
'民营企业进出口2.78万亿元。其中,出口1.71万亿元,进口1.07万亿元' the exports and imports are those
of private enterprises, and in '住户贷款增加1.46万亿元,其中,短期贷款增加2764亿元' the short-term
loans are the households'. A subject after the opener (vocab/of_which.csv), up to the sentence's
end, that names no category or partner of its own takes those of the subject before the opener
(in the sentence, else the subject of the sentence before); before, it was read as the total
series and the repeats rule dropped one of the two same-named parts of two parents."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from econstats.core.model import Figure
from econstats.reader.bare_parts import bare_parts, sibling_parts
from econstats.reader.company_parts import company_parts
from econstats.reader.leading_parts import leading_part
from econstats.reader.lexicon import alternation, load_vocab
from econstats.reader.list_siblings import list_siblings
from econstats.reader.segment_anaphora import with_segment_anaphor
from econstats.reader.terms import Subject


@cache
def of_which_regex() -> re.Pattern[str]:
    """An 'of which' opener (vocab/of_which.csv) that opens its clause."""
    phrases = [row["phrase"] for row in load_vocab("of_which", ("phrase",))]
    return re.compile(rf"(?:^|(?<=[,，;；:：。]))\s*(?:{alternation(phrases)})")


def category(subject: Subject) -> str | None:
    """The category a subject names: its own, its term's, or that of a sub-series indicator
    (trade.total.private_enterprises, part of trade.total: 'private enterprises')."""
    from econstats.core.codelist import load_indicators

    own = subject.breakdown or subject.term.breakdown
    row = load_indicators().get(subject.term.indicator)
    if own or row is None or not row.part_of:
        return own
    whole = row.part_of.partition("#")[0]
    part = subject.term.indicator.removeprefix(whole + ".")
    return part.replace("_", " ") if part != subject.term.indicator else None


def of_which(
    text: str,
    offset: int,
    subjects: Sequence[Subject],
    previous: Subject | None,
    figures: Sequence[Figure] = (),
) -> list[Subject]:
    """`subjects` of the sentence `text` (at `offset`), those after an 'of which' opener with
    the category and partner of the subject before it (`previous`: that of the sentence before).

    A part with a category of its own is a part of the parent's category ('households,
    short-term'); after a semicolon, a subject with a category of its own is the next parent's
    sibling ('；企(事)业单位贷款增加11万亿元'), and ends the parts.
    """
    found = with_segment_anaphor(text, offset, subjects, previous)  # "the unit's result"
    for opener in of_which_regex().finditer(text):
        at = opener.start() + offset
        before = [s for s in found if s.end <= at]
        parent = before[-1] if before else previous
        if parent is not None and parent.term.topic == "company":  # '其中博士53人': a part
            found = company_parts(text, offset, found, opener.end() + offset, parent, figures)
        if parent is not None:  # '其中以美洲市場增幅最大，淨增19間': the Americas' (leading_parts)
            # a company's part keeps the whole's category here; another's is given it below
            company = parent.term.topic == "company"
            whole = (parent.breakdown or parent.term.breakdown) if company else None
            found = leading_part(text, offset, found, opener.end() + offset, parent, whole)
            # '全国居民消费价格上涨0.1%。其中,城市上涨0.1%': urban consumer prices (bare_parts)
            found = bare_parts(text, offset, found, opener.end() + offset, parent)
        if parent is None or parent.term.topic == "company":
            continue  # a company's IPs, segments and markets are dimensions side by side: in
            # '...SKULLPANDA收入12.21億元。其中美洲市場收入...' the market is not SKULLPANDA's
        whole, partner = category(parent), parent.partner
        if whole is None and partner is None:
            continue
        for index, subject in enumerate(found):
            if subject.start < opener.end() + offset:
                continue
            own = subject.breakdown or subject.term.breakdown
            after_stop = any(mark in text[opener.end() : subject.start - offset] for mark in ";；")
            if subject.term.topic != parent.term.topic or (after_stop and own or subject.partner):
                break
            if subject.term.indicator == parent.term.indicator and not own:
                break  # the parent's own series again, not a part
            if subject.term.indicator.startswith(parent.term.indicator + "."):
                continue  # a sub-series of the parent's own code: named by it already
            # a part of the parent's own series ("of which CGST is"): its code names no whole
            named = parent.breakdown or parent.term.breakdown
            outer = whole if named or subject.term.indicator != parent.term.indicator else None
            name = f"{outer}, {own}" if outer and own and own != outer else outer or own
            found[index] = replace(subject, breakdown=name, partner=subject.partner or partner)
    found = sibling_parts(text, offset, found)  # "一线城市…下降1.0%,二线城市下降0.6%" (bare_parts)
    return list_siblings(text, offset, found, figures)  # "and housing as well as transport and"
