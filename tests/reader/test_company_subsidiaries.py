"""A business group or subsidiary named as the company's name and more words ("JD Retail",
"Baidu Core", "Xiaomi Auto") in a document about that company gives the breakdown of the
company's indicator, so its figures are no repeat of the company total (issue 13, company
repeats). Sentences in, exact rows out; the company's own longer names make no breakdown."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document
from econstats.reader.subsidiaries import subsidiary_breakdown

Q3 = "2025-Q3"
JD = "JD.com, Inc. (NASDAQ: JD) today announced its results for the third quarter of 2025. "
BAIDU = "Baidu (BIDU) reported results for the quarter ended September 30, 2025. "
ALIBABA = "Alibaba Group Holding Ltd. (NYSE: BABA) reported results for the third quarter of 2025. "


def company_rows(case: Case) -> list[tuple]:
    """(indicator, breakdown, measure, value, period, entity) of the company rows."""
    rows = extract_document(doc_of(case))["rows"]
    return [
        (row["indicator"], row["breakdown"], row["measure"], row["value"], row["period"])
        + (row["entity"],)
        for row in rows
        if row["topic"] == "company"
    ]


ACCEPT = [
    Case(
        JD + "Net revenues were RMB299.1 billion for the third quarter of 2025. "
        "JD Retail posted net revenues of RMB250.6 billion for the third quarter of 2025.",
        published="2025-11-13",
        rows=[
            ("company.revenue", None, "level", 2.991e11, Q3, "JD.com"),
            ("company.revenue", "jd retail", "level", 2.506e11, Q3, "JD.com"),
        ],
    ),
    Case(
        BAIDU + "Revenue was RMB31.17B in the third quarter of 2025. "
        "Baidu Core revenue was RMB24.66B in the third quarter of 2025.",
        published="2025-11-18",
        rows=[
            ("company.revenue", None, "level", 3.117e10, Q3, "Baidu"),
            ("company.revenue", "baidu core", "level", 2.466e10, Q3, "Baidu"),
        ],
    ),
    Case(
        ALIBABA + "Revenue was RMB247.8 billion in the third quarter of 2025. "
        "Alibaba Cloud's revenue rose 34% to RMB39.8 billion in the third quarter of 2025.",
        published="2025-11-25",
        rows=[
            ("company.revenue", None, "level", 2.478e11, Q3, "Alibaba"),
            ("company.revenue", "alibaba cloud", "yoy_pct", 34.0, Q3, "Alibaba"),
            ("company.revenue", "alibaba cloud", "level", 3.98e10, Q3, "Alibaba"),
        ],
    ),
]

XIAOMI = "Xiaomi Corp. (1810.HK) reported results for the third quarter of 2025. "
ACCEPT += [
    Case(
        XIAOMI + "Revenue was CNY113.1 billion in the third quarter. "
        "Xiaomi Auto handed over 108,796 vehicles in the third quarter, and its revenue tripled "
        "to CNY28.3 billion.",
        published="2025-11-19",
        rows=[
            ("company.revenue", None, "level", 1.131e11, Q3, "Xiaomi"),
            ("company.deliveries", "xiaomi auto", "level", 108796.0, Q3, "Xiaomi"),
            ("company.revenue", "xiaomi auto", "level", 2.83e10, Q3, "Xiaomi"),
        ],
    ),
]

REJECT = [
    # a subsidiary named without a figure of a company concept: guests, a share price
    Case(JD + "JD Retail hosted 2,000 guests at its gala.", published="2025-11-13"),
    Case(JD + "JD Logistics shares closed at HK$13.5 on Friday.", published="2025-11-13"),
    Case(BAIDU + "Baidu Core employs 35,000 people.", published="2025-11-18"),
]


@pytest.mark.parametrize("case", ACCEPT + REJECT, ids=lambda case: case.text[-50:])
def test_company_subsidiaries(case):
    assert company_rows(case) == case.rows


@pytest.mark.parametrize(
    "before, company, breakdown",
    [
        ("• JD Retail posted ", "JD.com", "jd retail"),
        ("JD Retail's ", "JD Retail", "jd retail"),  # the alias names the parent's rows
        ("Baidu Core ", "Baidu", "baidu core"),
        ("Baidu AI Cloud ", "Baidu", "baidu ai cloud"),
        ("Xiaomi Auto reported ", "Xiaomi", "xiaomi auto"),
        # the company's own longer names, a period, another company, no company
        ("Alibaba Group's ", "Alibaba", None),
        ("Alibaba Group Holding ", "Alibaba", None),
        ("Tongcheng Travel Holdings' ", "Tongcheng Travel", None),
        ("Xiaomi Corp. ", "Xiaomi", None),
        ("Baidu Q3 ", "Baidu", None),
        ("Baidu September ", "Baidu", None),
        ("Xiaomi ", "Xiaomi", None),
        ("Tencent Music's ", "Baidu", None),
        ("Baidu Core ", None, None),
        # a results verb after a name that does not open the sentence: the name is no subject
        ("Analysts said JD Retail posted ", "JD.com", None),
        ("Baidu Core, and ", "Baidu", None),
        ("Baidu Core's share price of HK$120 and ", "Baidu", None),
    ],
)
def test_subsidiary_breakdown(before, company, breakdown):
    assert subsidiary_breakdown(before, company) == breakdown


MEITUAN = "Meituan (3690.HK) has published figures for the three months to September 30, 2025. "
SIGNED = [
    Case(
        MEITUAN + "Adjusted EBITDA swung from a positive RMB14.53 billion a year ago to negative "
        "RMB14.84 billion in the third quarter of 2025.",
        published="2025-11-28",
        rows=[
            ("company.ebitda", None, "level", 1.453e10, "2024-Q3", "Meituan"),
            ("company.ebitda", None, "level", -1.484e10, Q3, "Meituan"),
        ],
    ),
    Case(
        MEITUAN + "Operating profit turned to a loss of RMB19.76 billion (US$2.78 billion) in the "
        "third quarter of 2025.",
        published="2025-11-28",
        rows=[
            ("company.operating_profit", None, "level", -1.976e10, Q3, "Meituan"),
            ("company.operating_profit", None, "level", -2.78e9, Q3, "Meituan"),
        ],
    ),
    # a revenue is never a loss; a net loss is negative by its term once; a loss cut by an
    # amount is a change, no level
    Case(
        MEITUAN + "Revenue was RMB95.49 billion in the third quarter of 2025, despite a loss of "
        "market share.",
        published="2025-11-28",
        rows=[("company.revenue", None, "level", 9.549e10, Q3, "Meituan")],
    ),
    Case(
        MEITUAN + "Net loss came to RMB18.63 billion in the third quarter of 2025.",
        published="2025-11-28",
        rows=[("company.net_profit", None, "level", -1.863e10, Q3, "Meituan")],
    ),
]


@pytest.mark.parametrize("case", SIGNED, ids=lambda case: case.text[-50:])
def test_negative_levels(case):
    assert company_rows(case) == case.rows
