"""The prefilters skip only scans that would find nothing (issue 7): on every sentence of the
seeds and of the extractor tables, and on tricky strings, each period rule, subject term and
the country pattern that matches is selected, with its needles inside the match; and
find_periods / find_subjects give what they give without prefilter."""

from __future__ import annotations

import ast
import re
import string
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from econstats.dataset.document import all_terms
from econstats.reader import periods, prefilter, subjects
from econstats.reader.context import country_regex
from econstats.reader.period_grammar import period_rules
from econstats.reader.prefilter import FOLD_FIXES, Text, fold, may_match, select
from econstats.reader.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1].parent
TRICKY = [
    "In Q3 2025, H1 revenue rose; the \u212aelvin-scale test; \u0130N MAY",
    "revenue in the first\u00a0half, the first\n\n10 months, the first  three quarters of 2024",
    "前三季度，全国一般公共预算收入比去年同期增长；10月份社会消费品零售总额",
    "From January to October, Jan-Oct, as of Sept. 30, at end-June 2025, FY2024, fiscal 2025",
    "during the Spring Festival holiday, the National Day golden week, the May Day holidays",
    "the mayor of Marseille; a decade of innovation; novel octopus; separate mayhem",
]


def table_texts() -> list[str]:
    """The Case texts of tests/extractors/test_*.py."""
    texts = []
    for path in sorted((ROOT / "tests" / "extractors").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Case":
                if node.args and isinstance(node.args[0], ast.Constant):
                    texts.append(node.args[0].value)
    return texts


def sentences() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    found = [s.text for text in texts + table_texts() for s in split_sentences(text)]
    return found + TRICKY


SENTENCES = sentences()


def patterns() -> list[tuple[str, re.Pattern[str]]]:
    named = [(f"period:{rule.name}", rule.regex) for rule in period_rules()]
    named += [(f"term:{term.phrase}", term.pattern) for term in all_terms()]
    return named + [("countries", country_regex())]


def test_fold_equates_what_ignorecase_equates_with_ascii_letters():
    letters = re.compile("[a-z]", re.IGNORECASE)
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        if letters.fullmatch(char):
            assert fold(char) in string.ascii_lowercase, f"U+{code:04X}"
            assert re.fullmatch(fold(char), char, re.IGNORECASE), f"U+{code:04X}"
    assert len(FOLD_FIXES) == 4


@pytest.mark.parametrize("name, pattern", patterns(), ids=lambda value: str(value)[:40])
def test_every_match_is_selected_with_its_needles_inside(name, pattern):
    for sentence in SENTENCES:
        matches = list(pattern.finditer(sentence))
        assert may_match(pattern, Text(sentence)) or not matches, (name, sentence)
        for match in matches:
            if match.end() > match.start():
                assert may_match(pattern, Text(match.group())), (name, match.group())


def test_select_keeps_order_and_every_rule_that_matches():
    rules = period_rules()
    for sentence in SENTENCES:
        chosen = [index for index, _ in select(rules, sentence, lambda rule: rule.regex)]
        assert chosen == sorted(chosen)
        matching = [i for i, rule in enumerate(rules) if rule.regex.search(sentence)]
        assert set(matching) <= set(chosen), sentence


def test_parser_gives_the_same_with_and_without_prefilter(monkeypatch):
    terms = all_terms()
    with_filter = [
        (periods.find_periods(s, 7), subjects.find_subjects(s, 7, terms)) for s in SENTENCES
    ]

    def everything(items, text, pattern):
        return enumerate(items)

    monkeypatch.setattr(periods, "select", everything)
    monkeypatch.setattr(subjects, "select", everything)
    without = [(periods.find_periods(s, 7), subjects.find_subjects(s, 7, terms)) for s in SENTENCES]
    assert with_filter == without


def test_patterns_without_needles_are_always_scanned():
    digits = re.compile(r"\d+")
    assert may_match(digits, Text("no digits")) is True
    assert [i for i, _ in select([digits], "x", lambda p: p)] == [0]
    assert prefilter.has_digit("Q3") and not prefilter.has_digit("Q")


def looked_up_one_by_one(group: prefilter.Group, text: Text) -> list[int]:
    """What Group.selected must give: each needle looked for with ``in`` in its own text form
    (the exact form, not the raw text, for an exact needle)."""
    marks: dict[int, int] = {}
    for (needle, form), postings in group.postings.items():
        if needle in text.form(form):
            for index, bit in postings:
                marks[index] = marks.get(index, 0) | bit
    chosen = [index for index, bits in marks.items() if bits == group.full[index]]
    return sorted(chosen + group.always)


GROUPS = {
    "period rules": [rule.regex for rule in period_rules()],
    "subject terms": [term.pattern for term in all_terms()],
    "countries": [country_regex()],
}
NEWSY = st.lists(
    st.sampled_from(
        [
            " ",
            "  ",
            "\n",
            "\u00a0",
            ".",
            ",",
            "'",
            "-",
            "Q3",
            "H1",
            "2025",
            "10",
            "月",
            "前三季度",
            "first",
            "half",
            "the",
            "year",
            "end",
            "of",
            "May",
            "may",
            "China",
            "U.S.",
            "trade",
            "retail sales",
            "revenue",
            "fiscal",
            "\u212a",
            "\u0130",
            "ſ",
            "Jan.",
            "Sept",
            "between",
        ]
    )
    | st.text(max_size=4),
    max_size=40,
).map("".join)


@pytest.mark.parametrize("name", sorted(GROUPS))
def test_automata_find_what_in_finds(name):
    group = prefilter.group_of(GROUPS[name])
    for sentence in SENTENCES + TRICKY:
        assert group.selected(Text(sentence)) == looked_up_one_by_one(group, Text(sentence))


@pytest.mark.parametrize("name", sorted(GROUPS))
@settings(max_examples=300, deadline=None)
@given(text=NEWSY)
def test_automata_find_what_in_finds_on_any_text(name, text):
    group = prefilter.group_of(GROUPS[name])
    assert group.selected(Text(text)) == looked_up_one_by_one(group, Text(text))
