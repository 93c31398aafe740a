"""Read a document once: sentences, figures, their subjects, periods, status and place.

Only lines with a digit are split into sentences, and only sentences with a figure are parsed;
the rest is queued on the story (econstats.story) for the context it may give to a later figure:
the period of "during this period", the year of "the first 10 months", the place.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from econstats import periods
from econstats.context import Countries, agency_in, country_in, document_area
from econstats.cues import Statuses
from econstats.entities import Companies
from econstats.figures import find_raw_figures
from econstats.measures import build_figures
from econstats.model import Document, Figure, Period, Sentence
from econstats.sentences import lines_of
from econstats.story import SentenceContext, Story, resolve_mentions
from econstats.subjects import ClauseSubjects, Subject, Term, clause_starts, find_subjects


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
    company: str | None = None  # the company the document names last before the figure


@dataclass(frozen=True)
class ParsedDocument:
    """Claims of a document, and the figures no subject claimed (for the report)."""

    doc: Document
    claims: tuple[Claim, ...]
    unclaimed: tuple[tuple[Sentence, Figure], ...]

    def claims_for(self, topic: str) -> Iterator[Claim]:
        """The claims whose subject is one of the topic's terms."""
        return (claim for claim in self.claims if claim.subject.term.topic == topic)


def parse_document(doc: Document, terms: Sequence[Term]) -> ParsedDocument:
    """Every figure of the document, claimed by a subject or listed as unclaimed.

    Only lines with a digit are split into sentences here, and only sentences with a figure are
    parsed; the rest is queued on the story for the context it may give (Story).
    """
    claims: list[Claim] = []
    unclaimed: list[tuple[Sentence, Figure]] = []
    story = Story(-1, doc)
    companies = Companies(doc.text)  # a company named in the lead holds for what follows
    for line in lines_of(doc.text):
        if line.story != story.number:
            story = Story(line.story, doc)
        if not line.has_digit:
            story.defer(line)
            continue
        for sentence in line.sentences():
            raws = find_raw_figures(sentence.text, sentence.start)
            if not raws:
                story.defer(sentence)
                continue
            mentions = periods.find_periods(sentence.text, sentence.start)
            context = resolve_mentions(mentions, story, doc, sentence.text)
            story.ref_area = story.ref_area or country_in(sentence.text, sentence.start)
            figures = build_figures(sentence.text, sentence.start, raws, mentions)
            # a company concept ("gross margin") holds where the document names a company
            subjects = find_subjects(sentence.text, sentence.start, terms, bool(companies.mentions))
            made = claim_figures(doc, sentence, figures, subjects, context, story, companies)
            claims.extend(claim for claim in made if claim is not None)
            unclaimed.extend((sentence, f) for f, c in zip(figures, made, strict=True) if c is None)
            if context.resolved or context.unresolved:
                story.state(context.resolved[0][1] if context.resolved else None)
    return ParsedDocument(doc, tuple(claims), tuple(unclaimed))


def claim_figures(
    doc: Document,
    sentence: Sentence,
    figures: Sequence[Figure],
    subjects: Sequence[Subject],
    context: SentenceContext,
    story: Story,
    companies: Companies | None = None,
) -> list[Claim | None]:
    """One Claim (or None: no subject) per figure of the sentence.

    What a figure looks up (its clause's subject, its nearest period, status and place) is
    indexed once per sentence, so each figure costs the same however long the sentence is
    (issue 12: a scan of the sentence per figure made a long line quadratic)."""
    starts = clause_starts(sentence.text, sentence.start)
    owners = ClauseSubjects(starts, subjects)
    stated = StatedPeriods(context, [f.start for f in figures])
    # a trade partner ("imports from China", "对欧盟进出口") is never the sentence's place
    partners = [(s.start, s.end) for s in subjects if s.partner]
    spans = [(f.start, f.end) for f in figures] + partners
    countries = Countries(sentence.text, sentence.start, spans)
    statuses = Statuses(sentence.text)
    agency = agency_in(sentence.text)
    if agency:
        story.data_source = agency[0]
    made: list[Claim | None] = []
    for figure in figures:
        subject = owners.subject_of(figure.start)
        if subject is None:
            made.append(None)
            continue
        period, note = period_of(figure, stated, story, clause_of(figure.start, starts))
        # a country inside the subject names a partner or an origin ("內地旅客", "mainland
        # visitors"), not the place: {area} gives that
        here = countries.first(outside=(subject.start, subject.end))
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
                status=statuses.at(figure.start - sentence.start),
                ref_area=ref_area,
                data_source=story.data_source,
                restates=restates,
                company=companies.at(figure.start) if companies else None,
            )
        )
    return made


def clause_of(position: int, starts: Sequence[int]) -> tuple[int, float]:
    """(start, end) of the clause holding the position."""
    index = bisect_right(starts, position) - 1
    return starts[index], starts[index + 1] if index + 1 < len(starts) else float("inf")


class StatedPeriods:
    """The periods a sentence states, resolved or not, in text order, with their starts."""

    def __init__(self, context: SentenceContext, figure_starts: Sequence[int] = ()) -> None:
        self.figure_starts = sorted(figure_starts)  # a period after another figure is that one's
        stated = [(m, p, f"stated: {m.text!r}") for m, p in context.resolved]
        stated += [(m, None, note) for m, note in context.unresolved]
        stated.sort(key=lambda item: item[0].start)
        self.items = stated
        self.starts = [item[0].start for item in stated]

    def nearest(self, figure: Figure, clause: tuple[int, float]) -> tuple | None:
        """The stated period of the clause nearest the figure (the earlier on a tie), or None.

        The mentions do not overlap, so their distance to the figure falls to the last one
        starting before it and rises from the first starting at or after it: only those two
        can be the nearest."""
        low = bisect_left(self.starts, clause[0])
        high = bisect_left(self.starts, clause[1])
        at = bisect_left(self.starts, figure.start, low, high)
        near = self.items[max(low, at - 1) : min(high, at + 1)]
        near = [item for item in near if not self._beyond_another(figure, item[0].start)]
        if not near:
            return None
        return min(
            near, key=lambda item: max(item[0].start - figure.end, figure.start - item[0].end, 0)
        )

    def _beyond_another(self, figure: Figure, start: int) -> bool:
        """True when another figure stands between the figure and a period stated after it
        ("rose 3.6% last year, down from 5.4% in 2023": 2023 is the 5.4%'s)."""
        if start < figure.end:
            return False
        index = bisect_right(self.figure_starts, figure.start)
        return index < len(self.figure_starts) and self.figure_starts[index] < start


def period_of(
    figure: Figure, stated: StatedPeriods, story: Story, clause: tuple[int, float]
) -> tuple[Period | None, str]:
    """The figure's period: the nearest stated in its clause, else the sentence's first (its
    main statement), else the story's; with how it was found. A stated period that cannot be
    resolved ("next year" with no published date) gives None: never another period."""
    nearest = stated.nearest(figure, clause)
    if nearest is not None:
        _, period, note = nearest
        return period, note
    if stated.items:
        _, period, note = stated.items[0]
        return period, note.replace("stated:", "stated in the sentence:")
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
