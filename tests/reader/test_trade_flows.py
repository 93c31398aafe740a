"""Goods traded by value with a verb and a partner, as statistics offices write them (issue 13,
econstats.reader.trade_flows), and a percent printed with a minus alone in brackets
(rate_changes.bracketed_minus).

- "dispatched goods to the value of X to <partner>", "goods to the value of X were sent to
  <partner>", "shipped goods worth X to <partner>": the exports to the partner; "received goods
  ... from <partner>", "goods received from <partner> were worth X": the imports from it. The
  partner is a country or union of vocab/countries.csv (the euro area is ISO's reserved EZ);
  "the member states of the EU" and "the EU countries" are the EU.
- "those countries" is the partner named last before it in the sentence, else the sentence
  before's ("Exports to the EU rose 2.5%. Imports from those countries fell 1.2%").
- "EU countries outside the euro area": the EU's part, breakdown "outside the euro area".
- No goods, no partner country, or no money: no trade row (delegates, pandas, shares sold to
  investors, grants received, aid sent, a date after the partner).
- "€31.5bn (-1.4%)", "(-27%)" under an indicator of money: a fall on the year before; a rate's
  bracketed minus stays what it was.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, doc_of, rows_of

from econstats.dataset.document import extract_document

EUR = "EUR"


def _eur(indicator, value, period, text, partner, area, measure="level"):
    unit = EUR if measure in ("level", "abs_change") else "percent"
    return R(
        indicator,
        measure,
        value,
        unit,
        "exact",
        period,
        text,
        counterpart_area=partner,
        ref_area=area,
    )


def _jpy(indicator, value, text, partner, measure="level"):
    unit = "JPY" if measure == "level" else "percent"
    return R(
        indicator,
        measure,
        value,
        unit,
        "exact",
        "2020-01",
        text,
        counterpart_area=partner,
        ref_area="JP",
    )


ACCEPT = [
    Case(
        "In March 2024, Germany dispatched goods to the value of €55.1bn to the member states "
        "of the European Union, while it received goods to the value of €47.3bn from those "
        "countries.",
        published="2024-05-10",
        rows=[
            _eur("trade.exports", 55100000000.0, "2024-03", "€55.1bn", "EU", "DE"),
            _eur("trade.imports", 47300000000.0, "2024-03", "€47.3bn", "EU", "DE"),
        ],
        note="'from those countries': the partner named before in the sentence",
    ),
    Case(
        "In March 2024, French goods to the value of €6.2bn (+3.1%) were sent to the euro area "
        "countries, while goods received from those countries were worth €7.9bn (-1.4%).",
        published="2024-05-10",
        rows=[
            _eur("trade.exports", 6200000000.0, "2024-03", "€6.2bn", "EZ", "FR"),
            _eur("trade.exports", 3.1, "2024-03", "3.1%", "EZ", "FR", "yoy_pct"),
            _eur("trade.imports", 7900000000.0, "2024-03", "€7.9bn", "EZ", "FR"),
            _eur("trade.imports", -1.4, "2024-03", "-1.4%", "EZ", "FR", "yoy_pct"),
        ],
        note="passive verbs after the amount; a bracketed minus percent is a fall",
    ),
    Case(
        "In March 2024, Spain shipped goods worth €4.0bn to China.",
        published="2024-05-10",
        rows=[_eur("trade.exports", 4000000000.0, "2024-03", "€4.0bn", "CN", "ES")],
    ),
    Case(
        "In 2023, Poland exported goods worth €12.5 billion to Germany, up 4% from 2022, while "
        "goods imported from Germany were worth €10.1 billion.",
        published="2024-05-10",
        rows=[
            _eur("trade.exports", 12500000000.0, "2023", "€12.5 billion", "DE", "PL"),
            _eur("trade.exports", 4.0, "2023", "4%", "DE", "PL", "yoy_pct"),
            _eur("trade.imports", 10100000000.0, "2023", "€10.1 billion", "DE", "PL"),
        ],
    ),
    Case(
        "Italy's exports to the EU rose 2.5% in March 2024. Imports from those countries fell "
        "1.2%.",
        published="2024-05-10",
        rows=[
            _eur("trade.exports", 2.5, "2024-03", "2.5%", "EU", "IT", "yoy_pct"),
            _eur("trade.imports", -1.2, "2024-03", "1.2%", "EU", "IT", "yoy_pct"),
        ],
        note="'those countries' in the next sentence: the partner of the sentence before",
    ),
    Case(
        "In 2023, the EU's trade in goods deficit with China stood at €291 billion, a figure "
        "€106 billion lower when compared with 2022 (-27%).",
        published="2024-03-04",
        rows=[
            _eur("trade.deficit", 291000000000.0, "2023", "€291 billion", None, "EU"),
            _eur(
                "trade.deficit", -106000000000.0, "2023", "€106 billion", None, "EU", "abs_change"
            ),
            _eur("trade.deficit", -27.0, "2023", "-27%", None, "EU", "yoy_pct"),
        ],
        note="'(-27%)' under a money indicator: its change on the year before",
    ),
]

ACCEPT += [
    Case(
        "In January, Japan's exports to China slipped 6.4 percent to 896.57 billion yen, while "
        "imports from China fell 5.7 percent to 1.74 trillion yen, leaving a deficit of 838.53 "
        "billion yen, according to the ministry.",
        published="2020-02-20",
        rows=[
            _jpy("trade.exports", -6.4, "6.4 percent", "CN", "yoy_pct"),
            _jpy("trade.exports", 896570000000.0, "896.57 billion yen", "CN"),
            _jpy("trade.imports", -5.7, "5.7 percent", "CN", "yoy_pct"),
            _jpy("trade.imports", 1740000000000.0, "1.74 trillion yen", "CN"),
            _jpy("trade.deficit", 838530000000.0, "838.53 billion yen", "CN"),
        ],
        note="'leaving a deficit of': the balance of the flows before it, with their partner",
    ),
    Case(
        "In January, Japan's exports rose 2 percent to 6 trillion yen and imports fell 3 percent "
        "to 7.3 trillion yen, leaving a trade deficit of 1.3 trillion yen.",
        published="2020-02-20",
        rows=[
            _jpy("trade.exports", 2.0, "2 percent", None, "yoy_pct"),
            _jpy("trade.exports", 6000000000000.0, "6 trillion yen", None),
            _jpy("trade.imports", -3.0, "3 percent", None, "yoy_pct"),
            _jpy("trade.imports", 7300000000000.0, "7.3 trillion yen", None),
            _jpy("trade.deficit", 1300000000000.0, "1.3 trillion yen", None),
        ],
    ),
    Case(
        "China's exports to Russia in September surged by 15.7% year-on-year. China's imports "
        "from Russia, however, saw a 9.2% year-on-year decline, a much steeper slide than the "
        "1.1% decline in August.",
        published="2024-10-17",
        rows=[
            R(
                "trade.exports",
                "yoy_pct",
                15.7,
                "percent",
                "exact",
                "2024-09",
                "15.7%",
                counterpart_area="RU",
            ),
            R(
                "trade.imports",
                "yoy_pct",
                -9.2,
                "percent",
                "exact",
                "2024-09",
                "9.2%",
                counterpart_area="RU",
            ),
            R(
                "trade.imports",
                "yoy_pct",
                -1.1,
                "percent",
                "exact",
                "2024-08",
                "1.1%",
                counterpart_area="RU",
            ),
        ],
        note="'a steeper slide than the': an earlier value, its period not the figure's",
    ),
]


ACCEPT += [
    Case(
        "In 2023, the EU's trade in goods deficit with China stood at €291 billion. Looking at "
        "the goods the EU buys most from China, telecommunications equipment ranked first, "
        "although it went down from €63.1 billion in 2022 to €56.3 billion in 2023. Electrical "
        "machinery and apparatus (€36.5 billion) came second and automatic data processing "
        "machines (€36 billion) third.",
        published="2024-03-04",
        rows=[
            _eur("trade.deficit", 291000000000.0, "2023", "€291 billion", None, "EU"),
            _eur("trade.imports", 63100000000.0, "2022", "€63.1 billion", "CN", "EU"),
            _eur("trade.imports", 56300000000.0, "2023", "€56.3 billion", "CN", "EU"),
            _eur("trade.imports", 36500000000.0, "2023", "€36.5 billion", "CN", "EU"),
            _eur("trade.imports", 36000000000.0, "2023", "€36 billion", "CN", "EU"),
        ],
        note="ranked goods: each its own breakdown of the imports from the partner",
    ),
    Case(
        "Looking at the goods the EU buys most from China, telecommunications equipment ranked "
        "first, although it went down from €63.1 billion in 2022 to €56.3 billion in 2023. Motor "
        "cars and motor vehicles recorded the biggest rise in imports (€3.5 billion; 36.7% more "
        "than in 2022). Organo-inorganic and related compounds, which serve as catalysts in "
        "chemical reactions, showed the steepest fall (-€13 billion; 45.4% less than in 2022).",
        published="2024-03-04",
        rows=[
            _eur("trade.imports", 63100000000.0, "2022", "€63.1 billion", "CN", "EU"),
            _eur("trade.imports", 56300000000.0, "2023", "€56.3 billion", "CN", "EU"),
            _eur("trade.imports", 3500000000.0, "2023", "€3.5 billion", "CN", "EU", "abs_change"),
            _eur("trade.imports", 36.7, "2023", "36.7%", "CN", "EU", "yoy_pct"),
            _eur("trade.imports", -13000000000.0, "2023", "-€13 billion", "CN", "EU", "abs_change"),
            _eur("trade.imports", -45.4, "2023", "45.4%", "CN", "EU", "yoy_pct"),
        ],
        note="goods that moved most, after ranked goods: the same flow and partner",
    ),
]

REJECT = [
    Case(
        "In March 2024, Japan sent 1,200 delegates to China, and Tokyo received 3 giant pandas "
        "from China.",
        published="2024-05-10",
    ),
    Case(
        "On 12 March 2024, the bank sold shares worth €2bn to investors from Germany.",
        published="2024-05-10",
    ),
    Case(
        "In March 2024, the ministry received €3bn from Germany in grants.", published="2024-05-10"
    ),
    Case(
        "Goods sent to China on 12 March 2024 were checked by customs, which fined 15 firms.",
        published="2024-05-10",
    ),
    Case("In March 2024, Germany sent aid worth €40 million to Ukraine.", published="2024-05-10"),
    Case(
        "In the first quarter of 2024, Japan ranked first for the first time, and Korea came "
        "second with 12 medals.",
        published="2024-05-10",
    ),
    Case(
        "China's retail sales rose 3% in 2023. Car dealers recorded the biggest rise (€3.5 "
        "billion).",
        published="2024-03-04",
    ),
    Case(
        "In 2023, the company's revenue rose 5 percent to 3 billion yen, leaving a surplus of 20 "
        "million yen.",
        published="2024-05-10",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + REJECT, ids=case_id)
def test_goods_sent_and_received(case):
    assert [r for r in rows_of(case) if r.indicator.startswith("trade.")] == case.rows


def test_a_part_of_the_partner_is_its_breakdown():
    case = Case(
        "In March 2024, Italy dispatched goods to the value of €21.7bn to EU countries outside "
        "the euro area, while it dispatched goods to the value of €30.2bn to the euro area.",
        published="2024-05-10",
    )
    rows = extract_document(doc_of(case))["rows"]
    assert [(r["value_text"], r["counterpart_area"], r["breakdown"]) for r in rows] == [
        ("€21.7bn", "EU", "outside the euro area"),
        ("€30.2bn", "EZ", None),
    ]


def test_a_rate_keeps_its_bracketed_minus():
    case = Case(
        "In March 2024, Spain's unemployment rate was 11.7% (-0.2%).", published="2024-05-10"
    )
    rows = extract_document(doc_of(case))["rows"]
    assert all(r["measure"] != "yoy_pct" for r in rows)


def test_a_comparison_with_a_prediction_stays_the_forecast():
    case = Case(
        "China's retail sales fell by 11.1% in April from a year ago, a steeper drop than the "
        "6.1% decline predicted in a Reuters poll.",
        published="2022-05-17",
    )
    rows = extract_document(doc_of(case))["rows"]
    assert [(r["value_text"], r["value"], r["period"], r["status"]) for r in rows] == [
        ("11.1%", -11.1, "2022-04", "actual"),
        ("6.1%", -6.1, "2022-04", "forecast"),
    ]


def test_ranked_goods_are_breakdowns():
    case = ACCEPT[-2]
    rows = extract_document(doc_of(case))["rows"]
    assert [r["breakdown"] for r in rows if r["indicator"] == "trade.imports"] == [
        "telecommunications equipment",
        "telecommunications equipment",
        "electrical machinery and apparatus",
        "automatic data processing machines",
    ]


def test_a_country_ranked_first_is_no_good():
    case = Case(
        "China ranked first with exports of $3.4 trillion in 2023, and Germany came second with "
        "$1.7 trillion.",
        published="2024-03-04",
    )
    rows = extract_document(doc_of(case))["rows"]
    assert all(r["breakdown"] is None for r in rows)
