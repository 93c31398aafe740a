"""A pattern's parse tree with its grouped alternations written flat, each parsed once.

econstats.reader.needles reads needles from a pattern's flat twin (econstats.reader.lexicon.flat_twin): each
grouped alternation written as one flat group of whole phrases. The country alternation (5 kB)
stands in dozens of subject terms ({area}, {partner}); parsing it again in each was most of the
start-up's needle work (issue 13). parse_flat parses each alternation's flat twin once, parses
the rest of the pattern with a one-character stand-in group in its place, and puts the shared
node back; econstats.reader.needles reads a shared node's needles once (SHARED_IDS).

>>> import re
>>> from econstats.reader.lexicon import alternation, flat_twin
>>> source = "in " + alternation(["may", "June"])
>>> str(parse_flat(source, 0)) == str(re._parser.parse(flat_twin(source), 0))
True
"""

from __future__ import annotations

from re import _constants as sre  # the parse tree's opcodes (Python 3.11+)
from re import _parser as sre_parse
from typing import Any

from econstats.reader.lexicon import FLAT_TWINS, flat_twin

MARK = 0xF0000  # private use plane 15: a grouped alternation's stand-in while a pattern is parsed
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
# (grouped alternation, flags) -> its flat twin's parse tree node, parsed once
_NODES: dict[tuple[str, int], tuple[Any, Any]] = {}
SHARED_IDS: set[int] = set()  # ids of the nodes' values (held in _NODES: the ids stay theirs)


def parse_flat(source: str, flags: int) -> Any:
    """sre_parse.parse(flat_twin(source), flags), sharing each alternation's node."""
    marked, marks = _marked(source, flags)
    if not marks:
        return sre_parse.parse(flat_twin(source), flags)
    tree = sre_parse.parse(marked, flags)
    if _splice(tree.data, marks) != sum(
        map(marked.count, map(chr, marks))
    ):  # a stand-in left where no splice reached
        return sre_parse.parse(flat_twin(source), flags)
    return tree


def _marked(source: str, flags: int) -> tuple[str, dict[int, tuple[Any, Any]]]:
    """The pattern with each grouped alternation written as a stand-in group, and the flat
    twin's node of each stand-in; ({}) when some twin cannot be shared (it holds a group)."""
    marks: dict[int, tuple[Any, Any]] = {}
    for grouped in sorted((g for g in FLAT_TWINS if g in source), key=len, reverse=True):
        code = MARK + len(marks)
        if grouped not in source or chr(code) in source:
            continue
        node = _NODES.get((grouped, flags))
        if node is None:
            tree = sre_parse.parse(FLAT_TWINS[grouped], flags)
            if len(tree.data) != 1 or tree.data[0][0] is not sre.BRANCH:
                return source, {}  # one phrase: no alternation to share
            if tree.state.groups != 1:  # no capturing group: numbering stays the pattern's
                return source, {}
            node = _NODES[(grouped, flags)] = tree.data[0]
            SHARED_IDS.add(id(node[1]))
        source = source.replace(grouped, f"(?:{chr(code)})")
        marks[code] = node
    return source, marks


def _splice(items: Any, marks: dict[int, tuple[Any, Any]]) -> int:
    """Put each stand-in's node back in its place (the parser gives a group of one item as
    that item, the stand-in as a literal); the number put back."""
    done = 0
    for index, (op, value) in enumerate(items):
        if op is sre.LITERAL and value in marks:  # "(?:X)" is parsed as X: one item
            items[index] = marks[value]
            done += 1
            continue
        for child in _children(op, value):
            done += _splice(child.data if hasattr(child, "data") else child, marks)
    return done


def _children(op: Any, value: Any) -> list[Any]:
    """The item lists directly inside one item."""
    if op is sre.SUBPATTERN:
        return [value[3]]
    if op is sre.ATOMIC_GROUP:
        return [value]
    if op in REPEATS:
        return [value[2]]
    if op is sre.BRANCH:
        return list(value[1])
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [value[1]]
    return []
