"""A sentence whose subject is the head noun of the subject before, with a period between the
noun and its verb ('The revenue for September 2020 had itself grown 4% over the revenue of
September 2019 of Rs 91,916 crore', after the GST revenue), continues that subject
(econstats.reader.anaphora.head_anaphor): a month or a year after 'for' names no subject of its own,
and the noun may be the singular of a plural head ('revenues'). A month is no company either
('the revenue of September 2019': vocab/entity_stopwords.csv); a noun for another subject ('The
figure for imports') or a holder that is no period stays no continuation."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

GST = "The gross GST revenue collected in the month of September 2021 is Rs 1,17,010 crore. "
TAX = "fiscal.revenue.tax.gst"

CASES = [
    (
        GST + "The revenue for September 2020 had itself grown 4% over the revenue of September "
        "2019 of Rs 91,916 crore.",
        [
            (TAX, None, "level", 1.1701e12, "2021-09", "Rs 1,17,010 crore"),
            (TAX, None, "yoy_pct", 4.0, "2020-09", "4%"),
            (TAX, None, "level", 9.1916e11, "2019-09", "Rs 91,916 crore"),
        ],
    ),
    (
        GST + "Revenues in September 2021 were 23% higher than the GST revenues in the same month "
        "last year. The revenue for September 2020 grew 4%.",
        [
            (TAX, None, "level", 1.1701e12, "2021-09", "Rs 1,17,010 crore"),
            (TAX, None, "yoy_pct", 23.0, "2021-09", "23%"),
            (TAX, None, "yoy_pct", 4.0, "2020-09", "4%"),
        ],
    ),
    (  # another subject after 'for', or another noun altogether: no continuation
        GST + "The figure for Maharashtra was 12% higher. The medals for 2020 numbered 40.",
        [(TAX, None, "level", 1.1701e12, "2021-09", "Rs 1,17,010 crore")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: str(v)[85:125])
def test_period_holders(text: str, expected: list[tuple]) -> None:
    result = extract_document(doc_of(Case(text, "2021-10-01")))
    found = [
        (r["indicator"], r["entity"], r["measure"], r["value"], r["period"], r["value_text"])
        for r in result["rows"]
    ]
    assert found == expected
