"""Which subject a figure belongs to across sentences and after its amount (issue 13).

- A sentence that opens with an anaphor ("The figure fell 16 percent", "That was compared
  with a rise of 8.3 percent", "According to the bureau, the figure rose ...") and names no
  subject before its first figure takes the subject of the last figure of the sentence right
  before it, in the same story (vocab/anaphors.csv). A sentence without a figure, a non-blank
  line without one, or a headline in between ends it; a sentence-initial "It" is no anaphor.
- An amount followed by "in", "of" or "worth of" and a subject is about that subject
  ("made up of 17.497 trillion yuan in tax receipts and 4.473 trillion yuan in non-tax
  income"), unless it is broader than its clause's subject; a percent "of" a subject is a share
  of that whole, never its figure.
- "X and Y rose 3% and 4%, respectively", "X、Y分别增长3%、下降4%": each figure of a kind pairs
  with the listed subjects in order (respective_subjects).
- The report's unclaimed figures carry the subject phrase as written (written_subject).
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, doc_of, rows_of

from econstats.dataset.document import extract_document
from econstats.reader.written_subject import written_subject

ACCEPT = [
    Case(
        "China's fiscal revenue rose 3.2 percent in 2019.\n\n"
        "That was compared with a rise of 6.2 percent recorded in 2018.",
        published="2020-01-20",
        rows=[
            R("fiscal.revenue", "yoy_pct", 3.2, "percent", "exact", "2019", "3.2 percent"),
            R("fiscal.revenue", "yoy_pct", 6.2, "percent", "exact", "2018", "6.2 percent"),
        ],
        note="'That was' continues the subject of the sentence before, across a blank line",
    ),
    Case(
        "China's fiscal revenue dipped 0.6 percent year on year in the first 11 months of "
        "2024.\n\nThat fall was narrower than a 1.3 percent decline reported in the first 10 "
        "months.",
        published="2024-12-16",
        rows=[
            R(
                "fiscal.revenue",
                "yoy_pct",
                -0.6,
                "percent",
                "exact",
                "2024-01-01/P11M",
                "0.6 percent",
            ),
            R(
                "fiscal.revenue",
                "yoy_pct",
                -1.3,
                "percent",
                "exact",
                "2024-01-01/P10M",
                "1.3 percent",
            ),
        ],
    ),
    Case(
        "According to the bureau, China's exports rose 8 percent in March.\n"
        "According to the bureau, the figure rose 2 percent in February.",
        published="2025-04-10",
        rows=[
            R("trade.exports", "yoy_pct", 8.0, "percent", "exact", "2025-03", "8 percent"),
            R("trade.exports", "yoy_pct", 2.0, "percent", "exact", "2025-02", "2 percent"),
        ],
        note="the anaphor may follow the sentence's opening adverbial and a comma",
    ),
    Case(
        "China's total fiscal revenues in 2024 came to 21.97 trillion yuan, made up of 17.497 "
        "trillion yuan in tax receipts and 4.473 trillion yuan in non-tax income.",
        published="2025-01-20",
        rows=[
            R("fiscal.revenue", "level", 2.197e13, "CNY", "exact", "2024", "21.97 trillion yuan"),
            R(
                "fiscal.revenue.tax",
                "level",
                1.7497e13,
                "CNY",
                "exact",
                "2024",
                "17.497 trillion yuan",
            ),
            R(
                "fiscal.revenue.non_tax",
                "level",
                4.473e12,
                "CNY",
                "exact",
                "2024",
                "4.473 trillion yuan",
            ),
        ],
        note="each amount is about the subject named right after it",
    ),
]

RESPECTIVELY = [
    Case(
        "China's fiscal revenue and fiscal expenditure rose 3 percent and 4 percent, "
        "respectively, in March.",
        published="2025-04-10",
        rows=[
            R("fiscal.revenue", "yoy_pct", 3.0, "percent", "exact", "2025-03", "3 percent"),
            R("fiscal.expenditure", "yoy_pct", 4.0, "percent", "exact", "2025-03", "4 percent"),
        ],
    ),
    Case(
        "In March, China's fiscal revenue and fiscal expenditure reached 2.1 trillion yuan and "
        "1.6 trillion yuan, up 3 percent and 4 percent respectively.",
        published="2025-04-10",
        rows=[
            R("fiscal.revenue", "level", 2.1e12, "CNY", "exact", "2025-03", "2.1 trillion yuan"),
            R(
                "fiscal.expenditure",
                "level",
                1.6e12,
                "CNY",
                "exact",
                "2025-03",
                "1.6 trillion yuan",
            ),
            R("fiscal.revenue", "yoy_pct", 3.0, "percent", "exact", "2025-03", "3 percent"),
            R("fiscal.expenditure", "yoy_pct", 4.0, "percent", "exact", "2025-03", "4 percent"),
        ],
        note="each kind of figure (amounts, percents) pairs with the listed subjects in order",
    ),
    Case(
        "3月份,我国出口、进口分别增长3%、下降4%。",
        published="2025-04-10",
        rows=[
            R("trade.exports", "yoy_pct", 3.0, "percent", "exact", "2025-03", "3%"),
            R("trade.imports", "yoy_pct", -4.0, "percent", "exact", "2025-03", "4%"),
        ],
    ),
    Case(
        "China's fiscal revenue rose 3 percent and fiscal expenditure 4 percent in March, while "
        "12 and 15 pandas were born, respectively.",
        published="2025-04-10",
        rows=[
            R("fiscal.revenue", "yoy_pct", 3.0, "percent", "exact", "2025-03", "3 percent"),
            R("fiscal.expenditure", "yoy_pct", 4.0, "percent", "exact", "2025-03", "4 percent"),
        ],
        note="rejected: the pandas of a later list are no fiscal figures (no listed subjects)",
    ),
    Case(
        "China's fiscal revenue and fiscal expenditure rose 3 percent, 4 percent and 5 percent, "
        "respectively, in March.",
        published="2025-04-10",
        rows=[R("fiscal.expenditure", "yoy_pct", 3.0, "percent", "exact", "2025-03", "3 percent")],
        note="three figures for two subjects: no pairing (the clause rule; the rest are repeats)",
    ),
]

FISCAL_2019 = R("fiscal.revenue", "yoy_pct", 3.2, "percent", "exact", "2019", "3.2 percent")
NO_ROW = [
    Case(
        "China's fiscal revenue rose 3.2 percent in 2019.\n\nThe team won 16 medals in 2019.",
        published="2020-01-20",
        rows=[FISCAL_2019],
        note="no anaphor: medals are nobody's fiscal revenue",
    ),
    Case(
        "China's fiscal revenue rose 3.2 percent in 2019.\nMarkets were closed.\n"
        "The figure was 16 percent in 2018.",
        published="2020-01-20",
        rows=[FISCAL_2019],
        note="a sentence without a figure in between: the anaphor has nothing right before it",
    ),
    Case(
        "China's fiscal revenue rose 3.2 percent in 2019.\nIt rose 16 percent in 2018.",
        published="2020-01-20",
        rows=[FISCAL_2019],
        note="'It' is no anaphor (it names a company or a country as often as a figure)",
    ),
    Case(
        "China's fiscal revenue rose 3.2 percent in 2019.\n"
        "This was the 70th anniversary of the ministry, which has 1,200 staff.",
        published="2020-01-20",
        rows=[FISCAL_2019],
        note="anniversaries and head counts",
    ),
    Case(
        "China's fiscal revenue rose 3.2 percent in 2019.\n"
        "The figure for the panda count rose 20 percent.",
        published="2020-01-20",
        rows=[FISCAL_2019],
        note="'the figure for X' names its own subject",
    ),
    Case(
        "China's retail sales rose 3 percent in March.\n"
        "The figure was released at 10:00 on April 16, 2025.",
        published="2025-04-10",
        rows=[R("retail.sales", "yoy_pct", 3.0, "percent", "exact", "2025-03", "3 percent")],
        note="times and dates",
    ),
    Case(
        "China's CPI rose 2 percent in March.\n"
        "The central bank kept the policy rate at 3.1 percent in March.",
        published="2025-04-10",
        rows=[R("prices.cpi", "yoy_pct", 2.0, "percent", "exact", "2025-03", "2 percent")],
        note="a policy rate in the next sentence: no anaphor",
    ),
    Case(
        "China's retail sales rose 3 percent in March.\nEXPORTS SLOW\n"
        "The figure fell 2 percent in February.",
        published="2025-04-10",
        rows=[R("retail.sales", "yoy_pct", 3.0, "percent", "exact", "2025-03", "3 percent")],
        note="a headline starts another story",
    ),
    Case(
        "The company paid 300 million yuan in fines in 2019.",
        published="2020-01-20",
        note="an amount 'in' a noun that is no subject: nothing",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + RESPECTIVELY + NO_ROW, ids=case_id)
def test_subject_across_sentences_and_after_amounts(case):
    assert rows_of(case) == case.rows


WRITTEN = [
    ("Vehicle sales were RMB19.2 billion in the quarter.", "RMB19.2 billion", "Vehicle sales"),
    ("In 2024, the company exported 6,217 tons of rare earths.", "6,217 tons", "rare earths"),
    (
        "Customs said China brought in 12.02 million tonnes of soybeans.",
        "12.02 million tonnes",
        "soybeans",
    ),
    ("Non-GAAP Diluted EPS: RMB11.12.", "RMB11.12", "Non-GAAP Diluted EPS"),
    (
        "Catering services took in 334.3 billion yuan in July, up by 9.4 percent.",
        "9.4 percent",
        "Catering services",
    ),
    (
        "The trade gap amounted to 1.31 trillion yen in January.",
        "1.31 trillion yen",
        "The trade gap",
    ),
    ("其中,入境622.2万人次,同比增长9.51%", "622.2万人次", "入境"),
    ("二季度末,生猪存栏43911万头,同比增长29.2%", "29.2%", "生猪存栏"),
    ("限额以上单位中的超市、便利店零售额同比分别增长4.0%、4.7%", "4.7%", "便利店零售额"),
]


@pytest.mark.parametrize(("text", "value", "subject"), WRITTEN, ids=[w[0][:40] for w in WRITTEN])
def test_written_subject(text, value, subject):
    start = text.index(value)
    assert written_subject(text, 100, 100 + start, 100 + start + len(value)) == subject


def test_unclaimed_figures_carry_their_subject_phrase():
    case = Case(
        "Customs data showed the port brought in 12.02 million tonnes of river sand in May.",
        published="2025-06-10",
    )
    unclaimed = extract_document(doc_of(case))["unclaimed"]
    assert [(item["value_text"], item["subject"]) for item in unclaimed] == [
        ("12.02 million tonnes", "river sand")
    ]
