"""The agency and status scans skip a sentence only when the prefilter proves that the scan
would find nothing (issue 13, speed): agency_in and statuses_in give what the plain scan gives,
on sentences that name an agency or a status and on ones that do not."""

from __future__ import annotations

import pytest
from test_prefilter import SENTENCES, TRICKY

from econstats.reader.context import agency_in, agency_regex, agency_table
from econstats.reader.cues import status_regex, status_table, statuses_in
from econstats.reader.lexicon import key
from econstats.reader.prefilter import may_match, text_of
from econstats.reader.sentences import split_sentences

TABLE = [
    # (sentence, names an agency, names a status)
    ("Retail sales rose 3.2%, according to the National Bureau of Statistics (NBS).", True, False),
    ("国家统计局数据显示，前三季度社会消费品零售总额增长4.7%。", True, True),  # 显示: actual
    ("Exports are expected to grow 5% in December, the ministry said.", False, True),
    ("The government targets growth of around 5 percent this year.", False, True),
    ("China won 40 gold medals and 91 medals in all at the Games.", False, False),
    ("The zoo's 3 pandas were born on August 15, 2021.", False, False),
    ("Shares of the company closed up 2.1% at HK$310.", False, False),
    ("The central bank kept its policy rate at 3.45 percent.", False, False),
    ("Some 2,300 delegates, aged 25 to 70, attended the congress.", False, False),
    ("", False, False),
]


def plain_agency(text: str) -> tuple[str, str | None] | None:
    match = agency_regex().search(text)
    if not match:
        return None
    row = agency_table()[key(match.group())]
    return row["name"], row.get("iso2") or None


def plain_statuses(text: str) -> list[tuple[int, str]]:
    return [(m.end(), status_table()[key(m.group())]) for m in status_regex().finditer(text)]


@pytest.mark.parametrize("sentence,agency,status", TABLE)
def test_gated_scans_find_what_the_plain_scans_find(sentence, agency, status):
    assert agency_in(sentence) == plain_agency(sentence)
    assert (agency_in(sentence) is not None) is agency
    assert statuses_in(sentence) == plain_statuses(sentence)
    assert bool(statuses_in(sentence)) is status


def test_gates_never_skip_a_sentence_the_scan_would_read():
    texts = [s.text for text in SENTENCES + TRICKY for s in split_sentences(text)]
    for text in texts + SENTENCES:
        assert agency_in(text) == plain_agency(text)
        assert statuses_in(text) == plain_statuses(text)
        if agency_regex().search(text):
            assert may_match(agency_regex(), text_of(text))
        if status_regex().search(text):
            assert may_match(status_regex(), text_of(text))
