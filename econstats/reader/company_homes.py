"""A company's home economy for its figures read before its currency is.

A results release often opens with counts and rates ("Vehicle deliveries were 87,071 ..., an
increase of 40.8%", "Vehicle margin was 14.7%") and names its reporting currency only later
("Total revenues were RMB21,793.9 million"). A company's results are its home economy's, the
economy of the currency it reports in (vocab/currency_homes.csv): once the whole document is
read, a company claim that found no place takes its company's home from anywhere in it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from econstats.reader.claim_changes import changed_claims
from econstats.reader.compared_years import with_compared_years
from econstats.reader.unit_siblings import with_siblings

if TYPE_CHECKING:
    from econstats.reader.parsed import Claim


def with_company_homes(claims: Sequence[Claim], homes: Mapping[str, str]) -> list[Claim]:
    """The claims, a company claim with no place given its company's home (if one is known).

    Only claims with no place: a place the sentence or its story names is kept; a company whose
    currency is never a one-economy currency (USD, EUR) has no home and its claims stay unplaced.
    """
    claims = with_siblings(claims)  # 'Vehicle sales were RMB19.2 billion': the maker's revenue
    claims = with_compared_years(claims)  # 'up from HK$4.36 last year': last year's first half
    if not homes:
        return claims

    def at_home(claim: Claim) -> Claim:
        if (
            claim.ref_area is None
            and claim.company is not None
            and claim.company in homes
            and claim.subject.term.topic == "company"
        ):
            return replace(claim, ref_area=homes[claim.company])
        return claim

    return changed_claims(claims, at_home)  # a conversion points at its original as changed
