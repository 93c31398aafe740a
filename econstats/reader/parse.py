"""Read a document once: sentences, figures, their subjects, periods, status and place.

Only lines with a digit are split into sentences, and only sentences with a figure are parsed;
the rest is queued on the story (econstats.reader.story) for the context it may give to a later figure:
the period of "during this period", the year of "the first 10 months", the place.
"""

from __future__ import annotations

from collections.abc import Sequence

from econstats.core.model import Document, Figure, Period, Sentence
from econstats.reader import context, periods, tables
from econstats.reader.anaphora import continues, labelled
from econstats.reader.bare_figures import bare_terms, with_bare_figures
from econstats.reader.carried_steps import monthly_aside
from econstats.reader.clause_subjects import ClauseSubjects, clause_starts, respective_subjects
from econstats.reader.company_homes import with_company_homes
from econstats.reader.context import Countries, agency_in, country_in, currency_homes, document_area
from econstats.reader.cues import Statuses
from econstats.reader.earlier_values import compared_before, leads_to, months_before, prior_months
from econstats.reader.entities import Companies
from econstats.reader.figure_periods import (
    StatedPeriods,
    clause_of,
    measured_base,
    period_of,
    stated_periods,
)
from econstats.reader.figures import find_raw_figures
from econstats.reader.lead_comparisons import lead_comparison
from econstats.reader.market_nouns import market_between
from econstats.reader.measures import build_figures
from econstats.reader.of_which import of_which
from econstats.reader.parsed import Claim, ParsedDocument
from econstats.reader.part_subjects import part_subject
from econstats.reader.partitives import with_anaphor
from econstats.reader.partner_lists import partner_lists
from econstats.reader.partner_openers import with_partner
from econstats.reader.ranges import read_ranges, with_lower_ends
from econstats.reader.sentences import lines_of
from econstats.reader.story import Story, resolve_mentions
from econstats.reader.subjects import find_subjects
from econstats.reader.terms import Subject, Term
from econstats.reader.traded_goods import with_traded_goods


def parse_document(doc: Document, terms: Sequence[Term]) -> ParsedDocument:
    """Every figure of the document, claimed by a subject or listed as unclaimed.

    Only lines with a digit are split into sentences here, and only sentences with a figure are
    parsed; the rest is queued on the story for the context it may give (Story).
    """
    claims: list[Claim] = []
    unclaimed: list[tuple[Sentence, Figure]] = []
    story = Story(-1, doc)
    bare = bare_terms(tuple(terms))  # the PMI and payroll terms: once per document
    companies = Companies(doc.text)  # a company named in the lead holds for what follows
    homes: dict[str, str] = {}  # company -> the economy of the currency it reports in
    previous: Subject | None = None  # the subject of the last figure of the sentence before
    previous_story = -1
    # the rows of a text table (econstats.reader.tables): read as a table, not as sentences
    table = tables.document_cells(doc, terms, companies)
    table_rows = {cell.sentence.start for cell in table}
    for line in lines_of(doc.text):
        if line.story != story.number:
            story = Story(line.story, doc, before=story)
        if line.start in table_rows:
            continue
        if not line.has_digit:
            story.defer(line)
            if line.text[line.start : line.end].strip():  # a blank line parts no sentences
                previous = None
            continue
        for sentence in line.sentences():
            raws = find_raw_figures(sentence.text, sentence.start)
            # "the PMI came in at 49.8", "payrolls rose 130,000": bare numbers (bare_figures)
            raws = with_bare_figures(sentence.text, sentence.start, raws, bare)
            if not raws:
                story.defer(sentence)
                previous = continues(sentence.text, previous)  # "The surplus streak now stands"
                continue
            mentions = periods.find_periods(sentence.text, sentence.start)
            context = resolve_mentions(mentions, story, doc, sentence.text, sentence.start)
            story.ref_area = story.ref_area or country_in(sentence.text, sentence.start)
            raws = with_lower_ends(sentence.text, sentence.start, raws)  # "3 to 4 percent"
            figures = build_figures(sentence.text, sentence.start, raws, mentions)
            figures = read_ranges(sentence.text, sentence.start, figures)
            figures = lead_comparison(sentence.text, sentence.start, figures, line)  # "其中," too
            # a company concept ("gross margin") holds where the document names a company
            company = companies.at(sentence.start) or False  # its subsidiaries: breakdowns
            subjects = find_subjects(sentence.text, sentence.start, terms, company)
            if line.story != previous_story and not labelled(sentence.text):  # "• prior 3%"
                previous = None
            # "The figure fell 16 percent": the subject of the sentence right before; "Of these,
            # 96.12 million trips were by rail": a part of it (partitives)
            subjects = with_anaphor(sentence.text, sentence.start, figures, subjects, previous)
            subjects = with_traded_goods(
                sentence.text, sentence.start, figures, subjects, terms, previous
            )
            subjects = with_partner(sentence.text, subjects)  # "With the EU, Japan posted"
            subjects = of_which(sentence.text, sentence.start, subjects, previous, figures)
            stated = stated_periods(context, figures)  # indexed once: claims and story use it
            made = claim_figures(doc, sentence, figures, subjects, stated, story, companies, homes)
            claims.extend(claim for claim in made if claim is not None)
            unclaimed.extend((sentence, f) for f, c in zip(figures, made, strict=True) if c is None)
            kept = None if subjects else continues(sentence.text, previous)  # "The surplus streak"
            previous = next((c.subject for c in reversed(made) if c is not None), kept)
            previous_story = line.story
            # a period stated only for an earlier value ("from 63 percent in July") is not
            # the story's: figure_periods.StatedPeriods.of_sentence
            states, period = stated.of_sentence()
            # a sentence none of whose numbers is a statistic tells an event ("agreed in May to
            # cut tariffs for 90 days", "cut rates by 25 basis points in June"): its date is no
            # period of the story's figures once the story stated one
            # "从环比看，10月份…下降1.12%" in a January-October story: no new period (monthly_aside)
            if states and (any(made) or story.period is None):
                if not monthly_aside(made, period, story):
                    story.state(period)
    if table:
        made = tables.claims_of(doc, table, companies, homes)
        claims = sorted(claims + made, key=lambda claim: claim.figure.start)
    return ParsedDocument(doc, tuple(with_company_homes(claims, homes)), tuple(unclaimed))


def claim_figures(
    doc: Document,
    sentence: Sentence,
    figures: Sequence[Figure],
    subjects: Sequence[Subject],
    stated: StatedPeriods,
    story: Story,
    companies: Companies | None = None,
    homes: dict[str, str] | None = None,
) -> list[Claim | None]:
    """One Claim (or None: no subject) per figure of the sentence.

    What a figure looks up (its clause's subject, its nearest period, status and place) is
    indexed once per sentence, so each figure costs the same however long the sentence is
    (issue 12: a scan of the sentence per figure made a long line quadratic)."""
    starts = clause_starts(sentence.text, sentence.start)
    owners = ClauseSubjects(starts, subjects, sentence.text, sentence.start)
    # a trade partner ("imports from China", "对欧盟进出口") is never the sentence's place
    # "对A、B分别进出口…", "exports to the US and the EU rose 3% and 5%, respectively": each
    # listed partner a subject of its own, for the respectively rule only
    listed = partner_lists(sentence.text, sentence.start, subjects)
    partners = [(s.start, s.end) for s in listed if s.partner]
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
    respective = respective_subjects(sentence.text, sentence.start, listed, kinds)
    for index, figure in enumerate(figures):
        # an amount names its own subject right after it ("17.5 trillion yuan in tax receipts");
        # a percent before "of" is a share of that subject (its whole), never its figure
        after = owners.named_after(sentence.text, sentence.start, figure.end, figure.unit_kind)
        subject = respective.get(index)
        if figure.restates is not None:  # a conversion is about what it restates
            subject = respective.get(figure.restates, subject)
        if subject is None:
            subject = owners.subject_of(figure.start, after)
        if subject is not None and market_between(
            sentence.text, sentence.start, subject.end, figure.start
        ):
            subject = None  # "..., and its shares rose 3 percent": a market price (market_nouns)
        if subject is None:
            made.append(None)
            continue
        # "..., while rural areas recorded 434.5 billion yuan": a part of the subject's indicator
        since = clause_of(figure.start, starts)[0]
        subject = part_subject(
            subject, sentence.text, sentence.start, since, figure.start, subjects
        )
        period, note = period_of(figure, stated, story, clause_of(figure.start, starts))
        # a status phrase before the figure, or the verb of the clause it opens ("4.4 trillion
        # yuan of special bonds will be issued"): cues.Statuses.of_figure
        clause = clause_of(figure.start, starts)
        following = figures[index + 1].start if index + 1 < len(figures) else sentence.end
        status = statuses.of_figure(
            figure.start - sentence.start,
            figure.end - sentence.start,
            clause[0] - sentence.start,
            int(min(clause[1], following)) - sentence.start,
        )
        if figure.prior:  # an earlier or an expected value: never the figure it is compared with
            own = stated.nearest(figure, clause)
            if own is None or own[0].start < figure.end:  # "from 63 percent in July": its own
                prior = prior_reading(sentence, figures, index, made, subject, period, note)
                period, note = prior[:2]
            status = {"expected": "forecast", "release": "actual"}.get(figure.prior, status)
            published = doc.published_date
            if figure.prior == "value" and status == "forecast" and period and published:
                # "expects 33 million this year, down from 35.5 million in 2024": a past level
                status = "actual" if period.end < published else status
        # a country inside the subject names a partner or an origin ("內地旅客", "mainland
        # visitors"), not the place: {area} gives that
        here = countries.first((subject.start, subject.end), subject.partner)
        ref_area = subject.area or here or (agency or ("", None))[1]
        ref_area = ref_area or story.ref_area or context.money_home(figure.unit)  # "Rs 623 crore"
        ref_area = ref_area or document_area(doc.text, doc.language, doc.url)
        story.ref_area = ref_area or story.ref_area
        restates = made[figure.restates] if figure.restates is not None else None
        company = companies.at(figure.start) if companies else None
        if company is not None and homes is not None and subject.term.topic == "company":
            # a company's results are its home economy's, the one of the currency it reports
            # in (RMB: CN), whatever a dateline ("HONG KONG") or a ticker ("NTES US") names
            home = currency_homes().get(figure.unit) if restates is None else None
            ref_area = homes.setdefault(company, home) if home else homes.get(company, ref_area)
        figure, base = measured_base(figure, period, doc)
        figure = context.with_local_unit(figure, ref_area, doc.text)  # "337億元" of Hong Kong: HKD
        made.append(
            Claim(
                figure=figure,
                sentence=sentence,
                subject=subject,
                period=period,
                period_note=note,
                base_period=base,
                status=status,
                ref_area=ref_area,
                data_source=story.data_source,
                restates=restates,
                company=company,
            )
        )
    return made


def prior_reading(
    sentence: Sentence,
    figures: Sequence[Figure],
    index: int,
    made: Sequence[Claim | None],
    subject: Subject,
    period: Period | None,
    note: str,
) -> tuple[Period | None, str, str]:
    """(period, note, status or "") of an earlier or expected value ("up 5 percent from 43.9
    billion yuan a year ago", "below a Bloomberg prediction of 3.8 percent"). An expected value
    is a forecast of the same period. An earlier value with no period of its own (the one of
    the figure it is compared with) lies a year, a quarter or a month before it when the words
    say so (earlier_values.prior_months); else it keeps the period, and the repeats rule drops
    it. One that opens its sentence ("swung from RMB14.53 billion a year ago to") has a period
    only when the words after it say it; none is guessed."""
    figure = figures[index]
    if figure.prior == "expected":
        return period, note, "forecast"
    compared = compared_before(sentence.text, sentence.start, made, figure.start)
    following = figures[index + 1].start if index + 1 < len(figures) else sentence.end
    after = sentence.text[figure.end - sentence.start : following - sentence.start]
    if period is None or (compared is not None and compared.period != period):
        return period, note, ""
    months = prior_months(figures, index, after)
    earlier = months_before(period, months) if months else None
    if earlier is not None:
        return earlier, f"{note}; an earlier value, {months} months before", ""
    if compared is None or same_concept(subject, compared.subject) or leads_to(after):
        # the same indicator's earlier value in the same period is no fact: not guessed
        return None, "an earlier value ('up from', 'compared with') whose period is not said", ""
    return period, note, ""


def same_concept(one: Subject, other: Subject) -> bool:
    """True when two subjects name the same indicator and breakdown (and company)."""
    return (one.term.indicator, one.breakdown or one.term.breakdown, one.entity) == (
        other.term.indicator,
        other.breakdown or other.term.breakdown,
        other.entity,
    )
