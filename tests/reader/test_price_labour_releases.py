"""Price and labour releases as the US, UK and Hong Kong write them: a month's US consumer and
producer prices said with no comparison are month on month (vocab/default_rates.csv); an
earlier state with no figure ("after being unchanged in February") keeps its period to itself
(vocab/period_comparisons.csv, background); a year-less month after "the 12 months through
March" is of March's year (twelve_months.year_after); CPI components (energy, shelter, fares,
Hong Kong's Composite CPI and its sections) and labour concepts (employment and inactivity
rates, payrolled employees, vacancies, jobless claims, regular and total pay) are concepts of the
codelist; a hyphen-led list item states its own period (item_periods.bulleted)."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

CASES = [
    (  # a month's US prices: on the month before; a twelve months' change: year on year
        "WASHINGTON, July 15 (Reuters) - U.S. consumer prices rose 0.3% in June after edging up "
        "0.1% in May. In the 12 months through June, the CPI climbed 2.7% after rising 2.4% in "
        "May.",
        [
            ("prices.cpi", None, "mom_pct", 0.3, "2025-06", "US"),
            ("prices.cpi", None, "mom_pct", 0.1, "2025-05", "US"),
            ("prices.cpi", None, "yoy_pct", 2.7, "2025-06", "US"),
            ("prices.cpi", None, "yoy_pct", 2.4, "2025-05", "US"),
        ],
    ),
    (  # an annual rate said as a level stays year on year in the US
        "WASHINGTON - U.S. inflation slowed to 2.9% in July.",
        [("prices.cpi", None, "yoy_pct", 2.9, "2025-07", "US")],
    ),
    (  # an earlier state with no figure: its month is not the figure's
        "WASHINGTON - The producer price index for final demand rose 0.4% in July. Energy prices "
        "fell 1.1% after being unchanged in June, while airline fares jumped 4.0% and prices of "
        "used cars and trucks slipped 0.5%.",
        [
            ("prices.ppi", None, "mom_pct", 0.4, "2025-07", "US"),
            ("prices.cpi.energy", None, "mom_pct", -1.1, "2025-07", "US"),
            ("prices.cpi.transport", "airline fares", "mom_pct", 4.0, "2025-07", "US"),
            ("prices.cpi.transport", "used cars and trucks", "mom_pct", -0.5, "2025-07", "US"),
        ],
    ),
    (  # elsewhere a month's price change stays year on year
        "TOKYO - Japan's consumer prices rose 3.1% in July. Energy costs fell 0.4% after rising in "
        "June.",
        [
            ("prices.cpi", None, "yoy_pct", 3.1, "2025-07", "JP"),
            ("prices.cpi.energy", None, "yoy_pct", -0.4, "2025-07", "JP"),
        ],
    ),
    (  # Hong Kong's Composite CPI, its underlying rate and sections, in traditional Chinese
        "香港政府統計處今日發表的數字顯示，七月份綜合消費物價指數按年上升1.9%。基本綜合消費物價"
        "指數按年上升1.1%。衣履的價格下跌1.6%。",
        [
            ("prices.cpi", None, "yoy_pct", 1.9, "2025-07", "HK"),
            ("prices.cpi.underlying", None, "yoy_pct", 1.1, "2025-07", "HK"),
            ("prices.cpi.clothing", None, "yoy_pct", -1.6, "2025-07", "HK"),
        ],
    ),
    (  # UK labour market: rates, payrolled employees against a revised month, vacancies
        "LONDON - The UK employment rate was estimated at 74.9% in April to June 2025. Early "
        "estimates for July 2025 indicate that the number of payrolled employees fell by 8,000 "
        "on the revised June 2025 figure, to 30.3 million.",
        [
            ("macro.labour.employment_rate", None, "level", 74.9, "2025-Q2", "GB"),
            (
                "macro.labour.employment",
                "payrolled employees",
                "abs_change",
                -8000,
                "2025-07",
                "GB",
            ),
            ("macro.labour.employment", "payrolled employees", "level", 30300000, "2025-07", "GB"),
        ],
    ),
    (  # pay growth by kind
        "LONDON - Annual growth in regular pay was 5.0% in April to June 2025.",
        [("macro.labour.earnings", "regular pay", "yoy_pct", 5.0, "2025-Q2", "GB")],
    ),
    (  # a hyphen-led list item's month is its own, not the next paragraph's
        "Labour market overview, UK: August 2025\n\n"
        "- The UK unemployment rate was 4.7% in April to June 2025.\n"
        "- Payrolled employees fell by 8,000 in July 2025.\n\n"
        "The employment rate was 74.9%, estimated for April to June 2025.\n",
        [
            ("macro.labour.unemployment_rate", None, "level", 4.7, "2025-Q2", "GB"),
            (
                "macro.labour.employment",
                "payrolled employees",
                "abs_change",
                -8000,
                "2025-07",
                "GB",
            ),
            ("macro.labour.employment_rate", None, "level", 74.9, "2025-Q2", "GB"),
        ],
    ),
    (  # weekly claims: the week ended a day; a count in full before a scaled one is a change
        # and the level it reached, never a range
        "WASHINGTON, Aug 14 (Reuters) - Initial claims for state unemployment benefits fell "
        "3,000 to 224,000 for the week ended Aug. 9. Continuing claims rose 15,000 to 1.97 "
        "million during the week ending Aug. 2.",
        [
            ("macro.labour.jobless_claims", None, "abs_change", -3000, "2025-08-03/P7D", "US"),
            ("macro.labour.jobless_claims", None, "level", 224000, "2025-08-03/P7D", "US"),
            (
                "macro.labour.jobless_claims",
                "continuing",
                "abs_change",
                15000,
                "2025-07-27/P7D",
                "US",
            ),
            ("macro.labour.jobless_claims", "continuing", "level", 1970000, "2025-07-27/P7D", "US"),
        ],
    ),
    (  # a forecast said with a verb's base form ("would advance", "to climb") is a change
        "WASHINGTON - Economists polled by Reuters had forecast the CPI would advance 0.2% in "
        "July. The core CPI was forecast to climb 0.3%.",
        [
            ("prices.cpi", None, "mom_pct", 0.2, "2025-07", "US"),
            ("prices.cpi.core", None, "mom_pct", 0.3, "2025-07", "US"),
        ],
    ),
    (  # the core index said in full; a comparison said after a later figure is that one's
        "WASHINGTON - Excluding the volatile food and energy components, the CPI rose 0.3% in "
        "July. Egg prices fell 3.9% in July and were up 16.4% from a year earlier.",
        [
            ("prices.cpi.core", None, "mom_pct", 0.3, "2025-07", "US"),
            ("prices.cpi.food", "eggs", "mom_pct", -3.9, "2025-07", "US"),
            ("prices.cpi.food", "eggs", "yoy_pct", 16.4, "2025-07", "US"),
        ],
    ),
    (  # Eurostat's HICP aggregates; core inflation named before what it excludes
        "FRANKFURT, June 3 (Reuters) - Euro zone inflation eased to 1.9% in May. Core inflation, "
        "which excludes energy, food, alcohol and tobacco, slowed to 2.3%. Prices of non-energy "
        "industrial goods rose 0.6% while unprocessed food prices climbed 3.2%.",
        [
            ("prices.cpi", None, "yoy_pct", 1.9, "2025-05", "EZ"),
            ("prices.cpi.core", None, "yoy_pct", 2.3, "2025-05", "EZ"),
            (
                "prices.cpi.consumer_goods",
                "non-energy industrial goods",
                "yoy_pct",
                0.6,
                "2025-05",
                "EZ",
            ),
            ("prices.cpi.food", "unprocessed food", "yoy_pct", 3.2, "2025-05", "EZ"),
        ],
    ),
    (  # UK house prices: a month's change on the month before, the annual rate said so
        "LONDON - UK house prices rose 0.5% in May, Nationwide said, taking annual house price "
        "growth to 3.5%. The average house price was £273,427.",
        [
            ("prices.house", None, "mom_pct", 0.5, "2025-05", "GB"),
            ("prices.house", None, "yoy_pct", 3.5, "2025-05", "GB"),
            ("prices.house", None, "level", 273427, "2025-05", "GB"),
        ],
    ),
    (  # India's retail and wholesale inflation; Japan's real and nominal wages
        "NEW DELHI - India's retail inflation eased to 3.16% in April, while wholesale inflation "
        "fell to 0.85%.",
        [
            ("prices.cpi", None, "yoy_pct", 3.16, "2025-04", "IN"),
            ("prices.wpi", None, "yoy_pct", 0.85, "2025-04", "IN"),
        ],
    ),
    (
        "TOKYO - Japan's real wages fell 1.8% in April from a year earlier, while nominal wages "
        "rose 2.3%.",
        [
            ("macro.labour.earnings", "real", "yoy_pct", -1.8, "2025-04", "JP"),
            ("macro.labour.earnings", "nominal", "yoy_pct", 2.3, "2025-04", "JP"),
        ],
    ),
    (  # averages and head counts over "the 12 months to": the last month's year on year
        "WASHINGTON - Retail trade payrolls rose by 34,000 in January. Wages increased 4.1% in "
        "the 12 months through January.",
        [
            ("macro.labour.nonfarm_payrolls", "retail trade", "abs_change", 34000, "2025-01", "US"),
            ("macro.labour.earnings", None, "yoy_pct", 4.1, "2025-01", "US"),
        ],
    ),
    (
        "LONDON - Average UK house prices increased by 6.4% in the 12 months to March 2025.",
        [("prices.house", None, "yoy_pct", 6.4, "2025-03", "GB")],
    ),
    (  # rejected: a policy rate, an index level, ages and a sample size are no figures
        "WASHINGTON - The Fed kept its policy rate in the 4.25%-4.50% range. The S&P 500 closed "
        "at 6,300. The survey covers people aged 16 to 64 and a sample of 46,000 households.",
        [],
    ),
    (  # rejected: the CPIH named in passing is not the subject of a pay figure
        "LONDON - Pay adjusted for inflation using the Consumer Prices Index including owner "
        "occupiers' housing costs is the measure the Bank watches.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: str(v)[:40])
def test_price_labour_releases(text: str, expected: list[tuple]) -> None:
    result = extract_document(doc_of(Case(text, "2025-08-15")))
    found = [
        (r["indicator"], r["breakdown"], r["measure"], r["value"], r["period"], r["ref_area"])
        for r in result["rows"]
    ]
    assert found == expected
