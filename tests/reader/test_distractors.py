"""Numbers that are no economic statistic never become a row, in any topic."""

from __future__ import annotations

import pytest
from cases import Case, case_id, rows_of

DISTRACTORS = [
    # years, dates and ages
    "China is celebrating the 75th anniversary of the founding of the PRC on October 1, 2024.",
    "Huang Zongde, 93, said that the honor belongs to every member of the people's armed forces.",
    "Born in Paris in 1840, Rodin is hailed as the father of modern sculpture.",
    "The exhibition features terracotta figurines from the Sui and Tang dynasties (581-907).",
    "The meeting was held on 2025-09-15 at 17:52, Beijing time.",
    "The retail sales manager, aged 45, joined the company in 2003.",
    # ordinal editions and numbered things
    "The 28th Shanghai International Film Festival kicked off today.",
    "The 2nd Microshort Drama Conference was held during November 5-7, 2024.",
    "The Article 36 and Article 37 of China's Foreign Trade Law apply to the probe.",
    "Stakeholders can submit comments within 30 days, and a hearing request within 20 days.",
    "The exports section of the report runs to 300 pages in 12 chapters.",
    # counts of people, films, cities, experts
    "Keynote speeches on the box office were delivered by nine experts and 12 officials.",
    "Bookings covered nearly 1,600 cities in 144 countries and regions.",
    "Four people, including veteran war hero Huang Zongde, were awarded the medal.",
    "The studio has released 10 films about retail sales since 2019.",
    "The exhibition showcases more than 100 authentic artworks, including 16 Chinese artworks.",
    # phone numbers, codes, versions
    "For details on fiscal revenue data, call 021-12345678 or 400-820-8820.",
    "The tax revenue app version 3.5.1 was released, with build 2024.10.1.",
    # prices in adverts and headlines of popular reads
    "Limited offer: HK$3,980 robot vacuum, 30% off today only!",
    "Frugal Shanghai Couple Leaves US$690,000 to Save 455 Children With Heart Disease",
    "Subscribe for $3.99 a month to read our coverage of retail sales.",
    "Win prize money of 300,000 yuan in the festival's short film contest!",
    # multipliers and scores
    "Searches had surged 27 times year-on-year on domestic service apps.",
    "The team won 3-1 in the final, and the score was 98 out of 100.",
    # no period: a statistic that cannot be dated is rejected, never guessed
    "China's tax revenue totaled 15.34 trillion yuan.",
    "China's retail sales rose 3 percent.",
    # a share of GDP is no GDP figure
    "China aims to keep its deficit at around 4 percent of GDP in 2025.",
]


@pytest.mark.parametrize("text", DISTRACTORS, ids=lambda text: text[:60])
def test_no_row(text):
    assert rows_of(Case(text, published="2025-11-17")) == []


def test_cases_are_unique():
    assert len(set(DISTRACTORS)) == len(DISTRACTORS)
    assert case_id(Case(DISTRACTORS[0]))
