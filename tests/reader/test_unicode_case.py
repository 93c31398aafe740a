"""Letters a case-insensitive regex folds to ASCII (ſ, K, İ, ı) find their vocabulary rows.

Bug caught (issue 7's benchmark corpus): "ſpring Festival" matched the holiday rule but its
lookup by lower case found no row, and the build crashed.
"""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

CASES = [
    (
        "During the ſpring Festival holiday, China's retail ſales roſe 4.1 percent year on year.",
        [("retail.sales", 4.1, "2025-01-28/P8D")],
    ),
    ("China's İmports fell 3 PERCENT in 2024.", [("trade.imports", -3.0, "2024")]),
    ("In 2024, China's retail sales rose 5 \u212a percent.", []),  # Kelvin sign: no unit word
]


@pytest.mark.parametrize(("text", "rows"), CASES, ids=[c[0][:40] for c in CASES])
def test_folded_letters_never_crash(text, rows):
    result = extract_document(doc_of(Case(text, published="2025-02-05")))
    assert [(r["indicator"], r["value"], r["period"]) for r in result["rows"]] == rows
