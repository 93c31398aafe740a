"""A story's context, carried from sentence to sentence and resolved lazily (issue 7).

A sentence with no period of its own takes the period of the nearest preceding sentence of the
same story that stated one ("during this period"); a year-less phrase ("the first 10 months")
takes the story's year, else the publication year; a figure with no place takes the first
country the story named.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from econstats.core.model import Document, Period, Sentence
from econstats.reader import periods
from econstats.reader.context import country_in
from econstats.reader.period_wraps import EARLIER, wraps, year_of_period
from econstats.reader.periods import PeriodMention
from econstats.reader.quoted_speech import outside_quotes
from econstats.reader.sentences import Line
from econstats.reader.twelve_months import year_after


@dataclass
class SentenceContext:
    """One sentence's resolved periods and place, shared by its figures."""

    mentions: list = field(default_factory=list)
    resolved: list[tuple[object, Period]] = field(default_factory=list)
    unresolved: list[tuple[object, str]] = field(default_factory=list)  # (mention, why)
    text: str = ""  # the sentence, from document offset `offset`
    offset: int = 0


class Story:
    """Context carried from sentence to sentence within one story, resolved lazily (issue 7).

    Lines and sentences with no figure are only queued: the period they state matters only to a
    later figure of the story that states none (or no year), and the place they name only when
    nothing nearer names one. Reading `period`, `year` or `ref_area` first works through the
    queue in text order, as an eager walk would have done; setting `period` drops the queue, whose
    periods it overrides. So most figure-free text is never split into sentences nor scanned.
    """

    def __init__(self, number: int, doc: Document, before: Story | None = None) -> None:
        self.number = number
        self.doc = doc
        # the story before this one: a heading ("Key Points", "3Q 2025 highlights", a table's
        # title) starts a story but states no new period, so the period stated before it holds
        # for a figure that states none until a sentence of this story states one
        self._before = before
        self._stated = False  # whether a sentence of this story stated a period (or tried to)
        self.data_source: str | None = None
        self._period: Period | None = None
        self._span: Period | None = None  # the last period stated that is more than a day
        self._year: int | None = None
        self._ref_area: str | None = None
        self._for_period: list[Line | Sentence] = []
        self._for_area: list[Line | Sentence] = []
        self._named: dict[tuple, Period] = {}  # a year-less shape -> the period it last named

    def recall(self, spec: periods.PeriodSpec) -> Period | None:
        """The period a phrase of this shape named earlier in the story ("the first half" after
        "the first half of 2024"): a year-less phrase repeated names the same period, whatever
        year a background sentence ("the 2022 tax deferrals") or a base ("the same period of
        2019") stated in between."""
        self._settle_periods()
        return self._named.get(shape(spec))

    def remember(self, spec: periods.PeriodSpec, period: Period) -> None:
        """Note the period a phrase of this shape named, unless the story named a later one: a
        year-less phrase means the latest ("2025年第三季度…", then "2014年第三季度…曾出现负增长",
        then "第三季度…营收": 2025's; "去年上半年…今年上半年", then "上半年": this year's)."""
        earlier = self._named.get(shape(spec))
        if earlier is None or earlier.start <= period.start:
            self._named[shape(spec)] = period

    def defer(self, item: Line | Sentence) -> None:
        """Queue a line or sentence holding no figure."""
        self._for_period.append(item)
        if self._ref_area is None:
            self._for_area.append(item)

    @property
    def period(self) -> Period | None:
        return self._holder()._period

    @property
    def span(self) -> Period | None:
        """The story's period for a figure over a span (a flow): a day stated last ("as of
        September 30", a stock's) gives way to the span stated before it ("in Q3")."""
        holder = self._holder()
        period = holder._period
        if period is not None and period.start == period.end and holder._span is not None:
            return holder._span
        return period

    @property
    def year(self) -> int | None:
        return self._holder()._year

    @property
    def year_anchored(self) -> bool:
        """Whether the story's year came from the published date (Period.anchored)."""
        period = self._holder()._period
        return period is not None and period.anchored

    def _holder(self) -> Story:
        """This story once a sentence of it stated a period, else the nearest story before it
        that did (walked back without recursion; stories are settled only as reached)."""
        story: Story = self
        while True:
            story._settle_periods()
            if story._stated or story._before is None:
                break
            story = story._before
        if story is not self:
            self._before = story  # earlier stories take no more lines: a shortcut stays right
        return story

    def state(self, period: Period | None) -> None:
        """A figure sentence stated `period`: the story's period from here on; None when the
        sentence stated only periods that cannot be resolved ("next year" with no published
        date): a later sentence is not given an earlier period (it would be a guess)."""
        self._for_period.clear()
        if period is None or period.start != period.end:
            self._span = period
        else:  # a day ("cash of RMB296.4B as of Sept 30"): the span before it holds for flows
            self._span = self._holder()._span
        self._period, self._year = period, year_of_period(period)
        self._stated, self._before = True, None  # what came before no longer matters

    @property
    def ref_area(self) -> str | None:
        queue, self._for_area = self._for_area, []
        for sentence in sentences_in(queue):
            if self._ref_area is not None:
                break
            self._ref_area = country_in(sentence.text, sentence.start)
        return self._ref_area

    @ref_area.setter
    def ref_area(self, value: str | None) -> None:
        self._for_area.clear()
        self._ref_area = value

    def _settle_periods(self) -> None:
        """Work through the queue for its periods, from its end: the state after the queue is
        set by its last sentence whose periods resolve without the story's year; only the
        sentences from there on are resolved, in text order, as an eager walk would. A sentence
        with no figure whose period ends a year before the story's is background ("tax refunds
        returned to normal in the second half of 2022", "2014年第三季度…曾出现负增长"): the
        story keeps its period."""
        if not self._for_period:
            return
        queue, self._for_period = self._for_period, []
        current = self._period if self._stated else self._before.period if self._before else None
        found: list[tuple[list[PeriodMention], str, int]] = []
        for sentence in last_first(queue, periods.may_state_period):
            mentions = outside_quotes(periods.find_periods(sentence.text, sentence.start), sentence)
            if not any(m.role == "period" and m.spec is not None for m in mentions):
                continue
            found.append((mentions, sentence.text, sentence.start))
            probe = YearProbe()
            alone = resolve_mentions(mentions, probe, self.doc, sentence.text, sentence.start)
            if not probe.read and not background(alone, current):
                break  # (un)resolved on its own: nothing before it can change the state
        for mentions, text, start in reversed(found):
            context = resolve_mentions(mentions, self, self.doc, text, start)
            if (context.resolved or context.unresolved) and not background(context, current):
                current = context.resolved[0][1] if context.resolved else None
                self.state(current)


def background(context: SentenceContext, current: Period | None) -> bool:
    """Whether a figure-free sentence's first period ends in a year before the one the story's
    period (a span: a dateline's day is none) begins in ("As we move into the fourth quarter",
    then "3Q 2025 highlights": no background)."""
    first = context.resolved[0][1] if context.resolved else None
    if first is None or current is None or current.start == current.end:
        return False
    return first.end.year < current.start.year


def shape(spec: periods.PeriodSpec) -> tuple:
    """What a period phrase names but its year: the key of Story.recall."""
    return (spec.kind, spec.first, spec.last, spec.day, spec.holiday)


class YearProbe:
    """A story with no year that notes whether a sentence's periods asked for one."""

    read = False
    year_anchored = False

    @property
    def period(self) -> None:
        self.read = True
        return None

    def recall(self, spec: periods.PeriodSpec) -> None:
        self.read = True
        return None

    def remember(self, spec: periods.PeriodSpec, period: Period) -> None:
        return None

    @property
    def year(self) -> None:
        self.read = True
        return None


def last_first(
    queue: Sequence[Line | Sentence], may_hold: Callable[[str], bool]
) -> Iterator[Sentence]:
    """The sentences of queued lines and sentences, last first, skipping lines for which
    `may_hold` is false; lines are tested and split only as the reader gets to them."""
    for item in reversed(queue):
        if isinstance(item, Sentence):
            yield item
        elif may_hold(item.text[item.start : item.end]):
            yield from reversed(item.sentences())


def sentences_in(queue: Sequence[Line | Sentence]) -> Iterator[Sentence]:
    """The sentences of queued lines and sentences, in order."""
    for item in queue:
        yield from item.sentences() if isinstance(item, Line) else (item,)


def resolve_mentions(
    mentions: Sequence[PeriodMention],
    story: Story | YearProbe,
    doc: Document,
    text: str = "",
    start: int = 0,
) -> SentenceContext:
    """Resolve the sentence's reference periods in text order; a year-less one takes the year
    of the one before it in the sentence, else the story's year, else the publication year
    (periods.resolve: the latest such period begun by then unless the sentence `text` looks
    forward). The story's year is read only when a mention needs it (reading it settles the
    story). A mention that cannot be resolved is listed with why: never guessed."""
    context = SentenceContext(mentions=list(mentions), text=text, offset=start)
    year: int | None = None
    known = False  # whether `year` holds the year a year-less mention would take
    anchored = False  # whether that year came from the published date
    forward: bool | None = None  # whether the sentence states a forecast or target, once asked
    last: Period | None = None  # the period resolved last in the sentence
    after = 0  # where the phrase of `last` ends in `text`
    recall = getattr(story, "recall", None)  # a story without a memory of its phrases: none
    remember = getattr(story, "remember", None)
    for mention in mentions:
        if mention.role != "period" or mention.spec is None:
            continue
        spec = mention.spec
        if mention.same_period:  # "down from 917.7 billion in the same period of 2017"
            same_as(mention, context, story)
            continue
        recalled = recall(spec) if recall and spec.yearless and not known else None
        if spec.yearless and recalled is None:  # "今年第4季及明年第1季,對第4季GDP": this year's
            recalled = next((p for m, p in context.resolved if shape(m.spec) == shape(spec)), None)
        if recalled is not None:
            context.resolved.append((mention, recalled))
            year, known, anchored = recalled.start.year, True, recalled.anchored
            continue
        if not known and spec.yearless:
            year, known = story.year, True
            anchored = year is not None and story.year_anchored
        if spec.yearless and (year is None or anchored or last) and forward is None:
            forward = periods.looks_forward(text)
        gap = text[after : mention.start - start]
        if spec.yearless and last and not forward and wraps(spec, last) and EARLIER.search(gap):
            year, anchored = last.start.year - 1, False  # "in January 2021 from ... in December"
        period = periods.resolve(
            spec, year, doc.published_date, context_anchored=anchored, forward=forward is not False
        )
        if period is not None:
            if remember:
                remember(spec, period)
            context.resolved.append((mention, period))
            year, known, anchored = year_after(mention.text, period), True, period.anchored
            last, after = period, mention.end - start
        else:
            context.unresolved.append((mention, periods.unresolved_note(mention, doc)))
    return context


def same_as(mention: PeriodMention, context: SentenceContext, story: Story | YearProbe) -> None:
    """Resolve a same-period phrase that states a period ("in the same period of 2017" after "In
    H1 2018": H1 2017): the period stated before it in the sentence, else the story's, moved to
    its year; with none, it is unresolved (never the whole year)."""
    reference = context.resolved[-1][1] if context.resolved else story.period
    period = periods.move_to_year(reference, mention.spec) if reference is not None else None
    if period is None:
        context.unresolved.append(
            (mention, f"{mention.text!r}: no period before it to be the same as")
        )
    else:
        context.resolved.append((mention, period))
