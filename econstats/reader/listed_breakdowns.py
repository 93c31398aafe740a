"""Categories listed in the modifier of one Chinese subject: "一线、二线和三线城市新建商品住宅销售价格
分别下降1.2%、2.3%和3.1%", "一二三线城市…分别收窄0.2、0.4和0.5个百分点" (first-, second- and
third-tier cities), "东部、中部和西部地区投资分别增长3%、4%和5%", "二三线城市二手住宅销售价格同比降幅均
收窄0.4个百分点". The modifier (econstats.reader.modifiers) read the list as one category ("二线和三线城市"),
and the repeats rule kept one figure of three. Here the list is split into its items, each earlier
item completed with the head of the last ("一线" + "城市", "东部" + "地区"; numerals run together
before a tier, "一二三线城市", are one item each): with 分别 (or "respectively") the subject's figures
after it pair with the items in order when there are as many of one unit; with 均 ("each") right
before a figure, that figure is each item's. Anything else is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from econstats.reader.breakdowns import normal_breakdown
from econstats.reader.modifiers import modifier_words

if TYPE_CHECKING:
    from econstats.reader.parsed import Claim, ParsedDocument

SEPARATOR = r"(?:、|以及|和|及|与|與)"
# the modifier run right before the subject: Chinese items joined by a separator
RUN = re.compile(rf"[\u4e00-\u9fff]+(?:{SEPARATOR}[\u4e00-\u9fff]+)*$")
SPLIT = re.compile(SEPARATOR)
TIERS = re.compile(r"([一二三四五六]{2,})([线線].+)")  # "一二三线城市": one tier per numeral
RESPECTIVELY = re.compile(r"分别|分別|respectively", re.IGNORECASE)
EACH = re.compile(r"(?<!平)均[\u4e00-\u9fff]{0,4}$")  # "均收窄", "均上涨"; never "平均"
LOOK_BACK = 40  # characters the modifier may take before the subject


def listed_items(text: str, at: int) -> list[str]:
    """The categories listed right before text[at] (two or more, normalised), else [].

    >>> listed_items("8月份,一二三线城市新建商品住宅", 10)
    ['first-tier cities', 'second-tier cities', 'third-tier cities']
    >>> listed_items("其中一线、二线和三线城市新建", 12)
    ['first-tier cities', 'second-tier cities', 'third-tier cities']
    >>> listed_items("东部、中部和西部地区投资", 10)
    ['eastern region', 'central region', 'western region']
    >>> listed_items("民营企业进出口", 4), listed_items("化妆品、衣着价格", 6)
    ([], [])
    """
    match = RUN.search(text, max(0, at - LOOK_BACK), at)
    if match is None:
        return []
    words = modifier_words()
    items = SPLIT.split(match.group())
    first = items[0]
    for cut in words["cut"]:
        first = first.rpartition(cut)[2]
    for lead in words["lead"]:
        if first.startswith(lead):
            first = first[len(lead) :]
            break
    items[0] = first
    last = items[-1]
    if not last.endswith(words["head"]) or not all(items):
        return []
    if len(items) == 1:
        tiers = TIERS.fullmatch(last)
        items = [number + tiers.group(2) for number in tiers.group(1)] if tiers else []
    else:
        items = [complete(item, last) for item in items]
    if len(items) < 2:
        return []
    return [name for name in map(normal_breakdown, items) if name]


def complete(item: str, last: str) -> str:
    """An earlier item of a list completed with the head of the `last` one: "一线" and "三线城市"
    -> "一线城市"; an item that ends in a head already stays."""
    if item.endswith(modifier_words()["head"]) or item == last:
        return item
    at = last.find(item[-1])
    return item + last[at + 1 :] if at >= 0 else item


def with_listed_breakdowns(parsed: ParsedDocument) -> ParsedDocument:
    """The document's claims, a subject's listed categories paired with its figures (module)."""
    if (
        "、" not in parsed.doc.text
        and "线城市" not in parsed.doc.text
        and "線城市" not in (parsed.doc.text)
    ):
        return parsed
    claims: list[Claim] = []
    changed = False
    index = 0
    found = parsed.claims
    while index < len(found):
        subject = found[index].subject
        group = [found[index]]
        while index + len(group) < len(found):
            nxt = found[index + len(group)]
            if nxt.sentence.start != group[0].sentence.start or nxt.subject != subject:
                break
            group.append(nxt)
        index += len(group)
        read = listed(group)
        changed = changed or read is not group
        claims.extend(read)
    return replace(parsed, claims=tuple(claims)) if changed else parsed


def listed(group: Sequence[Claim]) -> Sequence[Claim]:
    """The claims of one subject in one sentence, with its listed categories (module)."""
    first = group[0]
    subject, sentence = first.subject, first.sentence
    if subject.term.breakdown or not subject.breakdown or subject.term.topic == "company":
        return group
    text = sentence.text
    items = listed_items(text, subject.start - sentence.start)
    if not items:
        return group
    marker = RESPECTIVELY.search(text, subject.end - sentence.start)
    if marker is not None:
        after = [c for c in group if c.figure.start - sentence.start > marker.start()]
        by_unit: dict[str, list[Claim]] = {}
        for claim in after:
            by_unit.setdefault(claim.figure.unit, []).append(claim)
        pairs = {
            id(claim): item
            for claims in by_unit.values()
            if len(claims) == len(items)
            for claim, item in zip(claims, items, strict=True)
        }
        if pairs:
            return [
                named(claim, pairs[id(claim)]) if id(claim) in pairs else claim for claim in group
            ]
    out: list[Claim] = []
    for claim in group:
        at = claim.figure.start - sentence.start
        if EACH.search(text, max(0, at - 8), at):
            out.extend(named(claim, item) for item in items)
        else:
            out.append(claim)
    return out if len(out) != len(group) else group


def named(claim: Claim, item: str) -> Claim:
    """The claim with `item` as its subject's breakdown."""
    return replace(claim, subject=replace(claim.subject, breakdown=item))
