"""A quarter's GDP growth said with no comparison is quarter on quarter where the statistics
office states it so (vocab/default_rates.csv: the UK, the euro area, Japan, Korea ...), a month's US retail sales
month on month, and an earlier value in the sentence goes with it (econstats.reader.default_rates);
China's stays year on year, and a comparison the text says wins everywhere."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

CASES = [
    (
        "LONDON, Nov 13 (Reuters) - Britain's economy grew by just 0.1% in the third quarter, "
        "slowing from 0.3% growth in the April-June period. Compared with the same quarter last "
        "year, GDP was 1.3% higher. Household spending increased by 0.2%.",
        [
            ("macro.gdp", "qoq_pct", 0.1, "2025-Q3", "GB"),
            ("macro.gdp", "qoq_pct", 0.3, "2025-Q2", "GB"),
            ("macro.gdp", "yoy_pct", 1.3, "2025-Q3", "GB"),
            ("macro.gdp.household_consumption", "qoq_pct", 0.2, "2025-Q3", "GB"),
        ],
    ),
    (  # China states year on year: unchanged
        "BEIJING - China's economy grew 4.8% in the third quarter, slowing from 5.2% in the "
        "second quarter.",
        [
            ("macro.gdp", "yoy_pct", 4.8, "2025-Q3", "CN"),
            ("macro.gdp", "yoy_pct", 5.2, "2025-Q2", "CN"),
        ],
    ),
    (  # said year on year: kept
        "BERLIN - Germany's GDP grew 0.3% year on year in the third quarter.",
        [("macro.gdp", "yoy_pct", 0.3, "2025-Q3", "DE")],
    ),
    (
        "WASHINGTON - U.S. retail sales rose 0.6% in October, after a 0.1% gain in September. "
        "From a year earlier, retail sales were up 4.2%.",
        [
            ("retail.sales", "mom_pct", 0.6, "2025-10", "US"),
            ("retail.sales", "mom_pct", 0.1, "2025-09", "US"),
            ("retail.sales", "yoy_pct", 4.2, "2025-10", "US"),
        ],
    ),
    (  # said before it, over the year: year on year
        "WASHINGTON - Average hourly earnings in the U.S. rose 0.4% in October. Over the year, "
        "average hourly earnings have risen by 3.2%.",
        [
            ("macro.labour.average_hourly_earnings", "mom_pct", 0.4, "2025-10", "US"),
            ("macro.labour.average_hourly_earnings", "yoy_pct", 3.2, "2025-10", "US"),
        ],
    ),
    (  # a year, not a quarter: year on year
        "TOKYO - Japan's economy grew 0.1% in 2024.",
        [("macro.gdp", "yoy_pct", 0.1, "2024", "JP")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: str(v)[:40])
def test_default_rates(text: str, expected: list[tuple]) -> None:
    result = extract_document(doc_of(Case(text, "2025-11-13")))
    found = [
        (r["indicator"], r["measure"], r["value"], r["period"], r["ref_area"])
        for r in result["rows"]
    ]
    assert found == expected
