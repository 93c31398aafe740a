"""Read a document once: sentences, figures, their subjects, periods, status and place.

Only lines with a digit are split into sentences, and only sentences with a figure are parsed;
the rest is queued on the story (econstats.story) for the context it may give to a later figure:
the period of "during this period", the year of "the first 10 months", the place.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from econstats import periods
from econstats.context import agency_in, country_in, document_area
from econstats.cues import status_at, statuses_in
from econstats.figures import find_raw_figures
from econstats.measures import build_figures
from econstats.model import Document, Figure, Period, Sentence
from econstats.sentences import lines_of
from econstats.story import SentenceContext, Story, resolve_mentions
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
            subjects = find_subjects(sentence.text, sentence.start, terms)
            made = claim_figures(doc, sentence, figures, subjects, context, story)
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
    main statement), else the story's; with how it was found. A stated period that cannot be
    resolved ("next year" with no published date) gives None: never another period."""
    stated = [(m, p, f"stated: {m.text!r}") for m, p in context.resolved]
    stated += [(m, None, note) for m, note in context.unresolved]
    stated.sort(key=lambda item: item[0].start)
    inside = [item for item in stated if clause[0] <= item[0].start < clause[1]]
    if inside:
        _, period, note = min(
            inside,
            key=lambda item: max(item[0].start - figure.end, figure.start - item[0].end, 0),
        )
        return period, note
    if stated:
        _, period, note = stated[0]
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
