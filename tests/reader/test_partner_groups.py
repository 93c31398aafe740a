"""Trade partners that are no country: a world region or a group of economies ("exports to
Africa", "imports from Latin America", "the 10-member Association of Southeast Asian Nations")
is the partner of {partner} terms and the figure's breakdown (vocab/regions.csv); "those to X"
and "those from X" are exports and imports of a partner named after another's; "Latin America"
names no United States. A sentence that opens "In yuan terms," or "In dollar terms," restates the
month's figures in another currency: the basis is their breakdown, so they are no repeats of the
figures before (vocab/basis_openers.csv). A phrase that names no partner gives no breakdown."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

CASES = [
    (
        "BEIJING - China's exports to the 10-member Association of Southeast Asian Nations "
        "(ASEAN) jumped 16.6% in July and those to Africa soared 42.4%.",
        [
            ("trade.exports", "yoy_pct", 16.6, "asean", None, "CN"),
            ("trade.exports", "yoy_pct", 42.4, "africa", None, "CN"),
        ],
    ),
    (
        "TOKYO - Japan's imports from China fell 3% in May, while those from the United States "
        "rose 5.5% and imports from Latin America dropped 7.1%.",
        [
            ("trade.imports", "yoy_pct", -3.0, None, "CN", "JP"),
            ("trade.imports", "yoy_pct", 5.5, None, "US", "JP"),
            ("trade.imports", "yoy_pct", -7.1, "latin america", None, "JP"),
        ],
    ),
    (
        "BEIJING - Brazil's exports to the 27-member European Union rose 9.2% in July.",
        [("trade.exports", "yoy_pct", 9.2, None, "EU", "BR")],
    ),
    (
        "BEIJING - China's exports rose 7.2% in July. In yuan terms, exports rose 8.0% to "
        "2.32 trillion yuan, while imports grew 4.8%.",
        [
            ("trade.exports", "yoy_pct", 7.2, None, None, "CN"),
            ("trade.exports", "yoy_pct", 8.0, "yuan terms", None, "CN"),
            ("trade.exports", "level", 2.32e12, "yuan terms", None, "CN"),
            ("trade.imports", "yoy_pct", 4.8, "yuan terms", None, "CN"),
        ],
    ),
    (  # "other markets" is no region, "those terms" no basis: repeats stay repeats
        "BEIJING - China's exports rose 7.2% in July. Exports to other markets rose 7.2%. In "
        "those terms, exports rose 8.0%.",
        [("trade.exports", "yoy_pct", 7.2, None, None, "CN")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: str(v)[9:52])
def test_partner_groups(text: str, expected: list[tuple]) -> None:
    result = extract_document(doc_of(Case(text, "2025-08-07")))
    found = [
        (r["indicator"], r["measure"], r["value"], r["breakdown"], r["counterpart_area"])
        + (r["ref_area"],)
        for r in result["rows"]
    ]
    assert found == expected
