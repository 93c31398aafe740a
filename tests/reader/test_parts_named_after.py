"""India's GST in its parts: CGST, SGST, IGST and UTGST are subjects of their own
(extractors/fiscal.terms.csv: GST revenue with a fixed breakdown), named before their figure
("of which CGST is Rs 20,578 crore") or after it by "for" ("Rs 49,390 crore for CGST and
Rs 50,907 crore for the SGST": clause_subjects.PART_AFTER, only for a term of a fixed breakdown,
so "20 billion yuan for infrastructure investment" names no level of investment). A part noun
after a part is the next part ("IGST is Rs 60,911 crore and Cess is Rs 8,754 crore":
part_subjects), so the two never collide as repeats, and a sentence that opens with its basis
("As regular settlement, ...", "After regular settlements, ...": vocab/basis_openers.csv) adds
it to the breakdown. Counts of medals and members give none."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, doc_of, rows_of

from econstats.dataset.document import extract_document


def gst(value: float, period: str, text: str, measure: str = "level") -> R:
    unit = "percent" if measure != "level" else "INR"
    return R("fiscal.revenue.tax.gst", measure, value, unit, "exact", period, text, ref_area="IN")


CASES = [
    (
        Case(
            "India's gross GST revenue in September 2021 stood at Rs 1,17,010 crore, of which "
            "CGST is Rs 20,578 crore, SGST is Rs 26,767 crore, IGST is Rs 60,911 crore and Cess "
            "is Rs 8,754 crore.",
            published="2021-10-01",
            rows=[
                gst(1.1701e12, "2021-09", "Rs 1,17,010 crore"),
                gst(2.0578e11, "2021-09", "Rs 20,578 crore"),
                gst(2.6767e11, "2021-09", "Rs 26,767 crore"),
                gst(6.0911e11, "2021-09", "Rs 60,911 crore"),
                gst(8.754e10, "2021-09", "Rs 8,754 crore"),
            ],
        ),
        [None, "central gst", "state gst", "integrated gst", "cess"],
    ),
    (
        Case(
            "After regular settlements, the total revenue of the Centre and the States in April "
            "2023 is Rs 68,228 crore for CGST and Rs 69,895 crore for the SGST.",
            published="2023-05-01",
            rows=[
                gst(6.8228e11, "2023-04", "Rs 68,228 crore"),
                gst(6.9895e11, "2023-04", "Rs 69,895 crore"),
            ],
        ),
        ["central gst, after settlement", "state gst, after settlement"],
    ),
    (
        Case(
            "India's CGST collection in April 2023 rose 12 percent from a year earlier.",
            published="2023-05-01",
            rows=[gst(12.0, "2023-04", "12 percent", "yoy_pct")],
        ),
        ["central gst"],
    ),
    (
        Case(
            "India's gross GST revenue in April 2023 was Rs 1,87,035 crore, of which CGST is "
            "Rs 38,440 crore and SGST is Rs 47,412 crore. As regular settlement, the government "
            "has settled Rs 45,864 crore to CGST and Rs 37,959 crore to SGST from IGST. After "
            "regular settlements, the total revenue of the Centre and the States in April 2023 "
            "is Rs 84,304 crore for CGST and Rs 85,371 crore for the SGST.",
            published="2023-05-01",
            rows=[
                gst(1.87035e12, "2023-04", "Rs 1,87,035 crore"),
                gst(3.844e11, "2023-04", "Rs 38,440 crore"),
                gst(4.7412e11, "2023-04", "Rs 47,412 crore"),
                gst(4.5864e11, "2023-04", "Rs 45,864 crore"),
                gst(3.7959e11, "2023-04", "Rs 37,959 crore"),
                gst(8.4304e11, "2023-04", "Rs 84,304 crore"),
                gst(8.5371e11, "2023-04", "Rs 85,371 crore"),
            ],
            note="three CGST figures of one month: gross, settled to it, after settlement",
        ),
        [
            None,
            "central gst",
            "state gst",
            "central gst, settlement",
            "state gst, settlement",
            "central gst, after settlement",
            "state gst, after settlement",
        ],
    ),
    (
        Case(
            "After settlement of the dispute, China's exports rose 5 percent in May from a year "
            "earlier.",
            published="2025-06-09",
            rows=[R("trade.exports", "yoy_pct", 5.0, "percent", "exact", "2025-05", "5 percent")],
        ),
        [None],
    ),
    (Case("Britain won 65 medals in Paris, 20 for cycling and 15 for rowing."), []),
    (
        Case(
            "As regular settlement, the panel gave 20 medals to athletes and 15 to coaches.",
            published="2023-05-01",
        ),
        [],
    ),
    (
        Case(
            "The GST Council met for the 49th time on Saturday, with 32 members for the states.",
            published="2023-05-01",
        ),
        [],
    ),
    (
        Case(
            "China's state budget set aside 20 billion yuan for the central government in the "
            "first quarter.",
            published="2025-04-20",
        ),
        [],
    ),
]


@pytest.mark.parametrize(("case", "breakdowns"), CASES, ids=[case_id(c) for c, _ in CASES])
def test_rows(case: Case, breakdowns: list[str | None]) -> None:
    assert rows_of(case) == case.rows
    rows = sorted(extract_document(doc_of(case))["rows"], key=lambda row: row["char_start"])
    assert [row["breakdown"] for row in rows] == breakdowns
