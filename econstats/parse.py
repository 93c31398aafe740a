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
from econstats.anaphora import anaphor_subject
from econstats.clause_subjects import ClauseSubjects, clause_starts, respective_subjects
from econstats.context import Countries, agency_in, country_in, document_area
from econstats.cues import Statuses
from econstats.entities import Companies
from econstats.figures import find_index_levels, find_raw_figures
from econstats.measures import build_figures
from econstats.model import Document, Figure, Period, Sentence
from econstats.sentences import lines_of
from econstats.story import SentenceContext, Story, resolve_mentions
from econstats.subjects import Subject, Term, find_subjects, index_terms, names_index


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
    indexes = index_terms(tuple(terms))  # the PMI terms: once per document
    companies = Companies(doc.text)  # a company named in the lead holds for what follows
    homes: dict[str, str] = {}  # company -> the economy of the currency it reports in
    previous: Subject | None = None  # the subject of the last figure of the sentence before
    previous_story = -1
    for line in lines_of(doc.text):
        if line.story != story.number:
            story = Story(line.story, doc, before=story)
        if not line.has_digit:
            story.defer(line)
            if line.text[line.start : line.end].strip():  # a blank line parts no sentences
                previous = None
            continue
        for sentence in line.sentences():
            raws = find_raw_figures(sentence.text, sentence.start)
            if names_index(sentence.text, indexes):  # "the PMI came in at 49.8": a bare level
                raws = sorted(
                    raws + find_index_levels(sentence.text, sentence.start, raws),
                    key=lambda raw: raw.start,
                )
            if not raws:
                story.defer(sentence)
                previous = None
                continue
            mentions = periods.find_periods(sentence.text, sentence.start)
            context = resolve_mentions(mentions, story, doc, sentence.text)
            story.ref_area = story.ref_area or country_in(sentence.text, sentence.start)
            figures = build_figures(sentence.text, sentence.start, raws, mentions)
            # a company concept ("gross margin") holds where the document names a company
            subjects = find_subjects(sentence.text, sentence.start, terms, bool(companies.mentions))
            if line.story != previous_story:
                previous = None
            # "The figure fell 16 percent": the subject of the sentence right before
            first = min(figure.start for figure in figures) if figures else sentence.end
            anaphor = anaphor_subject(sentence.text, sentence.start, first, subjects, previous)
            if anaphor is not None:
                subjects = [anaphor, *subjects]
            made = claim_figures(doc, sentence, figures, subjects, context, story, companies, homes)
            claims.extend(claim for claim in made if claim is not None)
            unclaimed.extend((sentence, f) for f, c in zip(figures, made, strict=True) if c is None)
            previous = next((c.subject for c in reversed(made) if c is not None), None)
            previous_story = line.story
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
    homes: dict[str, str] | None = None,
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
    # "exports and imports rose 3% and 4%, respectively": each figure its own listed subject
    # (by unit: "rose 3% and 4%" may read the 4% without its change word; a conversion stands
    # alone and takes the subject of what it restates)
    kinds = [
        (f.start, f"restates {f.restates}" if f.restates is not None else f.unit_kind)
        for f in figures
    ]
    respective = respective_subjects(sentence.text, sentence.start, subjects, kinds)
    for index, figure in enumerate(figures):
        # an amount names its own subject right after it ("17.5 trillion yuan in tax receipts");
        # a percent before "of" is a share of that subject (its whole), never its figure
        after = None
        if figure.unit_kind != "percent":
            after = owners.named_after(sentence.text, sentence.start, figure.end)
        subject = respective.get(index)
        if figure.restates is not None:  # a conversion is about what it restates
            subject = respective.get(figure.restates, subject)
        if subject is None:
            subject = owners.subject_of(figure.start, after)
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
        company = companies.at(figure.start) if companies else None
        if company is not None and homes is not None and subject.term.topic == "company":
            # a company's results are its home economy's, the one of the currency it reports
            # in (RMB: CN), whatever a dateline ("HONG KONG") or a ticker ("NTES US") names
            home = CURRENCY_HOMES.get(figure.unit) if restates is None else None
            ref_area = homes.setdefault(company, home) if home else homes.get(company, ref_area)
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
                company=company,
            )
        )
    return made


# the economy whose currency a company reports in (a currency of one economy only; not EUR)
CURRENCY_HOMES = {"CNY": "CN", "HKD": "HK", "TWD": "TW", "JPY": "JP", "KRW": "KR", "INR": "IN"}


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
