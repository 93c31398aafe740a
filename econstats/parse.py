"""Read a document once: sentences, figures, their subjects, periods, status and place.

The walk keeps per-story context: a sentence with no period of its own takes the period of the
nearest preceding sentence of the same story that stated one ("during this period"); a year-less
phrase ("the first 10 months") takes the story's year, else the publication year.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from econstats import periods
from econstats.context import agency_in, country_in, document_area
from econstats.cues import status_at, statuses_in
from econstats.figures import find_raw_figures
from econstats.measures import build_figures
from econstats.model import Document, Figure, Period, Sentence
from econstats.periods import PeriodMention
from econstats.prefilter import has_digit
from econstats.sentences import Line, lines_of
from econstats.subjects import Subject, Term, clause_starts, find_subjects, subject_of


@dataclass(frozen=True)
class Claim:
    """A figure whose clause names a topic's subject, with everything its row needs."""

    figure: Figure
    sentence: Sentence
    subject: Subject
    period: Period | None
    period_note: str
    base_period: Period | None
    status: str
    ref_area: str | None
    data_source: str | None
    restates: Claim | None = None


@dataclass(frozen=True)
class ParsedDocument:
    """Claims of a document, and the figures no subject claimed (for the report)."""

    doc: Document
    claims: tuple[Claim, ...]
    unclaimed: tuple[tuple[Sentence, Figure], ...]

    def claims_for(self, topic: str) -> Iterator[Claim]:
        """The claims whose subject is one of the topic's terms."""
        return (claim for claim in self.claims if claim.subject.term.topic == topic)


class Story:
    """Context carried from sentence to sentence within one story, resolved lazily (issue 7).

    Lines and sentences with no figure are only queued: the period they state matters only to a
    later figure of the story that states none (or no year), and the place they name only when
    nothing nearer names one. Reading `period`, `year` or `ref_area` first works through the
    queue in text order, as an eager walk would have done; setting `period` drops the queue, whose
    periods it overrides. So most figure-free text is never split into sentences nor scanned.
    """

    def __init__(self, number: int, doc: Document) -> None:
        self.number = number
        self.doc = doc
        self.data_source: str | None = None
        self._period: Period | None = None
        self._year: int | None = None
        self._ref_area: str | None = None
        self._for_period: list[Line | Sentence] = []
        self._for_area: list[Line | Sentence] = []

    def defer(self, item: Line | Sentence) -> None:
        """Queue a line or sentence holding no figure."""
        self._for_period.append(item)
        if self._ref_area is None:
            self._for_area.append(item)

    @property
    def period(self) -> Period | None:
        self._settle_periods()
        return self._period

    @property
    def year(self) -> int | None:
        self._settle_periods()
        return self._year

    def state(self, period: Period) -> None:
        """A figure sentence stated `period`: the story's period from here on."""
        self._for_period.clear()
        self._period, self._year = period, period.start.year

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
        sentences from there on are resolved, in text order, as an eager walk would."""
        if not self._for_period:
            return
        queue, self._for_period = self._for_period, []
        found: list[list[PeriodMention]] = []
        for sentence in reversed(list(sentences_in(queue, periods.may_state_period))):
            mentions = periods.find_periods(sentence.text, sentence.start)
            if not any(m.role == "period" and m.spec is not None for m in mentions):
                continue
            found.append(mentions)
            probe = YearProbe()
            if resolve_mentions(mentions, probe, self.doc).resolved and not probe.read:
                break  # resolved on its own: nothing before it can change the state
        for mentions in reversed(found):
            resolved = resolve_mentions(mentions, self, self.doc).resolved
            if resolved:
                self.state(resolved[0][1])


class YearProbe:
    """A story with no year that notes whether a sentence's periods asked for one."""

    read = False

    @property
    def year(self) -> None:
        self.read = True
        return None


def sentences_in(
    queue: Sequence[Line | Sentence], may_hold: Callable[[str], bool] | None = None
) -> Iterator[Sentence]:
    """The sentences of queued lines and sentences, in order; with `may_hold`, only those of
    lines for which it is true (a line that cannot hold what is looked for is not split)."""
    for item in queue:
        if isinstance(item, Sentence):
            yield item
        elif may_hold is None or may_hold(item.text[item.start : item.end]):
            yield from item.sentences()


@dataclass
class SentenceContext:
    """One sentence's resolved periods and place, shared by its figures."""

    mentions: list = field(default_factory=list)
    resolved: list[tuple[object, Period]] = field(default_factory=list)


def parse_document(doc: Document, terms: Sequence[Term]) -> ParsedDocument:
    """Every figure of the document, claimed by a subject or listed as unclaimed.

    Only lines with a digit are split into sentences here, and only sentences with a figure are
    parsed; the rest is queued on the story for the context it may give (Story).
    """
    claims: list[Claim] = []
    unclaimed: list[tuple[Sentence, Figure]] = []
    story = Story(-1, doc)
    for line in lines_of(doc.text):
        if line.story != story.number:
            story = Story(line.story, doc)
        if not has_digit(doc.text[line.start : line.end]):
            story.defer(line)
            continue
        for sentence in line.sentences():
            raws = find_raw_figures(sentence.text, sentence.start)
            if not raws:
                story.defer(sentence)
                continue
            mentions = periods.find_periods(sentence.text, sentence.start)
            context = resolve_mentions(mentions, story, doc)
            story.ref_area = story.ref_area or country_in(sentence.text, sentence.start)
            figures = build_figures(sentence.text, sentence.start, raws, mentions)
            subjects = find_subjects(sentence.text, sentence.start, terms)
            made = claim_figures(doc, sentence, figures, subjects, context, story)
            claims.extend(claim for claim in made if claim is not None)
            unclaimed.extend((sentence, f) for f, c in zip(figures, made, strict=True) if c is None)
            if context.resolved:
                story.state(context.resolved[0][1])
    return ParsedDocument(doc, tuple(claims), tuple(unclaimed))


def resolve_mentions(
    mentions: Sequence[PeriodMention], story: Story | YearProbe, doc: Document
) -> SentenceContext:
    """Resolve the sentence's reference periods in text order; a year-less one takes the year
    of the one before it in the sentence, else the story's year, else the publication year.
    The story's year is read only when a mention needs it (reading it settles the story)."""
    context = SentenceContext(mentions=list(mentions))
    year: int | None = None
    known = False  # whether `year` holds the year a year-less mention would take
    for mention in mentions:
        if mention.role != "period" or mention.spec is None:
            continue
        spec = mention.spec
        if not known and spec.year is None and spec.year_offset is None:
            year, known = story.year, True
        period = periods.resolve(spec, year, doc.published_date)
        if period is not None:
            context.resolved.append((mention, period))
            year, known = period.start.year, True
    return context


def claim_figures(
    doc: Document,
    sentence: Sentence,
    figures: Sequence[Figure],
    subjects: Sequence[Subject],
    context: SentenceContext,
    story: Story,
) -> list[Claim | None]:
    """One Claim (or None: no subject) per figure of the sentence."""
    starts = clause_starts(sentence.text, sentence.start)
    spans = [(f.start, f.end) for f in figures]
    place = country_in(sentence.text, sentence.start, spans)
    statuses = statuses_in(sentence.text)
    agency = agency_in(sentence.text)
    if agency:
        story.data_source = agency[0]
    made: list[Claim | None] = []
    for figure in figures:
        subject = subject_of(figure.start, starts, subjects)
        if subject is None:
            made.append(None)
            continue
        period, note = period_of(figure, context, story, clause_of(figure.start, starts))
        here = place_of(sentence, subject, spans) if subject.partner else place
        ref_area = subject.area or here or (agency or ("", None))[1]
        ref_area = ref_area or story.ref_area or document_area(doc.text, doc.language)
        story.ref_area = ref_area or story.ref_area
        restates = made[figure.restates] if figure.restates is not None else None
        made.append(
            Claim(
                figure=figure,
                sentence=sentence,
                subject=subject,
                period=period,
                period_note=note,
                base_period=base_of(figure, period, doc),
                status=status_at(statuses, figure.start - sentence.start),
                ref_area=ref_area,
                data_source=story.data_source,
                restates=restates,
            )
        )
    return made


def clause_of(position: int, starts: Sequence[int]) -> tuple[int, float]:
    """(start, end) of the clause holding the position."""
    index = max(i for i, start in enumerate(starts) if start <= position)
    return starts[index], starts[index + 1] if index + 1 < len(starts) else float("inf")


def place_of(sentence: Sentence, subject: Subject, spans: Sequence[tuple[int, int]]) -> str | None:
    """The country the sentence names outside its figures and the subject's partner."""
    excluded = list(spans) + ([(subject.start, subject.end)] if subject.partner else [])
    return country_in(sentence.text, sentence.start, excluded)


def period_of(
    figure: Figure, context: SentenceContext, story: Story, clause: tuple[int, float]
) -> tuple[Period | None, str]:
    """The figure's period: the nearest stated in its clause, else the sentence's first (its
    main statement), else the story's; with how it was found."""
    inside = [item for item in context.resolved if clause[0] <= item[0].start < clause[1]]
    if inside:
        mention, period = min(
            inside,
            key=lambda item: max(item[0].start - figure.end, figure.start - item[0].end, 0),
        )
        return period, f"stated: {mention.text!r}"
    if context.resolved:
        mention, period = context.resolved[0]
        return period, f"stated in the sentence: {mention.text!r}"
    if story.period is not None:
        return story.period, "carried from an earlier sentence of the story"
    return None, "no period in the sentence or earlier in the story"


def base_of(figure: Figure, period: Period | None, doc: Document) -> Period | None:
    """The base period of a pct_change figure."""
    if figure.measure != "pct_change" or period is None:
        return None
    if figure.base_year is not None:
        return periods.move_to_year(period, figure.base_year)
    if figure.base_year_offset is not None:
        return periods.move_to_year(period, period.start.year + figure.base_year_offset)
    if figure.base is not None:
        return periods.resolve(figure.base.spec, period.start.year, doc.published_date)
    return None
