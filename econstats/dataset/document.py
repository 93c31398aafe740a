"""One document -> its rows, rejections, repeats, unclaimed figures and currency checks.

The reader parses the document once (econstats.reader.parse), the steps after it refine the
claims, every topic extractor turns its claims into candidates, and the dataset's rules make
them rows: ids and repeats, validation, currencies and USD. A build (econstats.build), the
`extract` command and econstats.extract all read a document through extract_document.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from econstats.core.model import Document, Rejection
from econstats.dataset.fx import build_rates
from econstats.dataset.heading_repeats import drop_heading_repeats
from econstats.dataset.own_nouns import with_own_nouns
from econstats.dataset.rows import drop_repeats, to_rows
from econstats.dataset.usd import add_usd, check_conversions
from econstats.dataset.validate import validate_rows
from econstats.extractors import EXTRACTORS
from econstats.reader.default_rates import with_default_rates
from econstats.reader.distributive import with_distributed
from econstats.reader.lead_statuses import with_lead_statuses
from econstats.reader.listed_breakdowns import with_listed_breakdowns
from econstats.reader.parse import parse_document
from econstats.reader.part_periods import with_part_periods
from econstats.reader.section_heads import with_headings
from econstats.reader.trailing_years import with_trailing_years
from econstats.reader.twelve_months import with_twelve_month_rates
from econstats.reader.written_subject import written_subject


@cache
def all_terms() -> tuple:
    """The subject phrases of every registered extractor, in registration order (one tuple,
    made once: the parser's prefilter recognises it)."""
    return tuple(term for extractor in EXTRACTORS for term in extractor.TERMS)


def extract_document(doc: Document) -> dict[str, Any]:
    """Rows, rejections, repeats, unclaimed figures and currency checks of one document."""
    # a section heading names the segment of the bullets under it ("AI Cloud")
    # and a twelve-month figure ("Annual paying users") is the twelve months' to the period's end
    parsed = with_trailing_years(with_headings(parse_document(doc, all_terms())))
    parsed = with_lead_statuses(parsed)  # "the Company expects:" over bullets: forecasts
    parsed = with_twelve_month_rates(parsed)  # "rose 4.1% in the 12 months through January"
    parsed = with_default_rates(parsed)  # "Britain's economy grew 0.1% in the third quarter"
    parsed = with_part_periods(parsed)  # "其中，住宅待售面積減少307萬平方米": its whole's period
    parsed = with_distributed(parsed, all_terms())  # "A、B价格均上涨0.9%": A's and B's
    parsed = with_listed_breakdowns(parsed)  # "一二三线城市…分别收窄0.2、0.4和0.5个百分点"
    candidates, rejections = [], []
    for extractor in EXTRACTORS:
        for item in extractor.extract(doc, parsed):
            (rejections if isinstance(item, Rejection) else candidates).append(item)
    # a headline that the body states again goes first: the body's statement is the one kept
    rows, heads = drop_heading_repeats(to_rows(candidates, doc), doc.text)
    rows = with_own_nouns(rows, doc.text)  # "and the services sector (+5.5%)": no repeat
    rows, repeats = drop_repeats(rows)
    repeats = heads + repeats
    rows, invalid = validate_rows(rows, doc.text)
    rates = build_rates()
    rows, misread, conversions = check_conversions(rows, rates)
    fx_misses = add_usd(rows, rates)
    # with the subject phrase found (issue 13): the vocabulary to add is visible
    unclaimed = [
        {
            "doc_id": doc.doc_id,
            "char_start": f.start,
            "char_end": f.end,
            "value_text": f.value_text,
            "subject": written_subject(sentence.text, sentence.start, f.start, f.end),
        }
        for sentence, f in parsed.unclaimed
    ]
    return {
        "rows": rows,
        "rejections": rejections + invalid + misread,
        "repeats": repeats,
        "unclaimed": unclaimed,
        "conversions": conversions,
        "fx_misses": fx_misses,
    }
