"""The command line in the ecosystem's habits (issue 14, point 5): every option's help states
its default, --version names the latest release, a bad date is said in words, and registering
the commands imports no engine."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

from econstats import __version__
from econstats.cli.arguments import HelpFormat, version_text
from econstats.cli.main import build_parser, main

HEAVY = ("pandas", "pyarrow", "pint", "trafilatura", "numpy", "polars", "duckdb", "lxml", "rich")
ENGINE = (
    "econstats.build.run",
    "econstats.dataset.document",
    "econstats.extractors",
    "econstats.reader.parse",
    "econstats.publish.release",
)


def subcommands() -> dict[str, argparse.ArgumentParser]:
    """Every subcommand's parser by name, as `econstats --help` lists them."""
    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return {"econstats": parser, **sub.choices}


def options() -> list[tuple[str, argparse.Action]]:
    """(subcommand, action) of every option and argument but -h and the subcommand itself."""
    return [
        (name, action)
        for name, parser in subcommands().items()
        for action in parser._actions
        if not isinstance(action, argparse._HelpAction | argparse._SubParsersAction)
    ]


def option_id(item: tuple[str, argparse.Action]) -> str:
    name, action = item
    return f"{name} {'/'.join(action.option_strings) or action.dest}"


@pytest.mark.parametrize("item", options(), ids=option_id)
def test_every_option_has_help_stating_its_default(item):
    name, action = item
    assert action.help, f"{option_id(item)} has no help"
    shown = HelpFormat(name)._get_help_string(action) or ""
    if action.default not in (None, False, argparse.SUPPRESS):
        assert "default" in shown, f"{option_id(item)}: help does not state its default"


# (command line, a line its help must hold: the default stated where the option is listed)
HELP_LINES = [
    (["build", "--help"], "(default: seeds)"),
    (["build", "--help"], "(default: data/build)"),
    (["build", "--help"], "(default: local)"),
    (["extract", "--help"], "(default: table)"),
    (["diff", "--help"], "(default: data)"),
    (["cite", "--help"], "(default: cff)"),
]


@pytest.mark.parametrize(("argv", "line"), HELP_LINES, ids=lambda x: " ".join(x))
def test_help_shows_defaults(capsys, argv, line):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps lines at the width
    assert (stop.value.code, line in out) == (0, True)


def write_index(tmp_path, text):
    (tmp_path / "data" / "releases").mkdir(parents=True)
    (tmp_path / "data" / "releases" / "index.json").write_text(text, encoding="utf-8")


INDEX = {
    "dataset": "econstats",
    "latest": "1.0.2",
    "releases": [
        {"version": "1.0.1", "date": "2026-11-21", "path": "1.0.1/"},
        {"version": "1.0.2", "date": "2026-11-22", "path": "1.0.2/"},
    ],
}
# (what data/releases/index.json holds, None for no file; the second line --version prints)
VERSION_IDS = ["dated", "undated", "no-index", "not-json", "no-latest", "not-an-object"]
VERSIONS = [
    (json.dumps(INDEX), "latest release: 1.0.2, 2026-11-22 (data/releases/index.json)"),
    (
        json.dumps({**INDEX, "releases": []}),
        "latest release: 1.0.2 (data/releases/index.json)",
    ),
    (None, "latest release: none found (no data/releases/index.json)"),
    (
        "{not json",
        "latest release: unknown (data/releases/index.json: Expecting property name enclosed "
        "in double quotes: line 1 column 2 (char 1))",
    ),
    ('{"releases": []}', "latest release: none listed in data/releases/index.json"),
    ("[1, 2]", "latest release: none listed in data/releases/index.json"),
]


@pytest.mark.parametrize(("index", "second"), VERSIONS, ids=VERSION_IDS)
def test_version_names_the_latest_release(tmp_path, monkeypatch, capsys, index, second):
    monkeypatch.chdir(tmp_path)
    if index is not None:
        write_index(tmp_path, index)
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    captured = capsys.readouterr()
    assert (stop.value.code, captured.out, captured.err) == (
        0,
        f"econstats {__version__}\n{second}\n",
        "",
    )


def test_version_of_an_unreadable_index_says_why(tmp_path):
    (tmp_path / "releases" / "index.json").mkdir(parents=True)  # a folder where the file goes
    assert version_text(tmp_path).splitlines()[1] == (
        f"latest release: unknown ({tmp_path}/releases/index.json: "
        f"[Errno 21] Is a directory: '{tmp_path}/releases/index.json')"
    )


EXPECTED_FORM = "(expected YYYY-MM-DD, such as 2025-11-17)"
# (what --published-date is given; the last line on stderr: the option and the form, in words)
BAD_DATES = [
    ("2025-13-45", f"'2025-13-45' is no calendar date: month 13 does not exist {EXPECTED_FORM}"),
    ("2025-02-30", f"'2025-02-30' is no calendar date: day 30 does not exist in 2025-02 {EXPECTED_FORM}"),
    ("2025-00-10", f"'2025-00-10' is no calendar date: month 0 does not exist {EXPECTED_FORM}"),
    ("yesterday", "'yesterday' is not a date of the form YYYY-MM-DD, such as 2025-11-17"),
    ("17/11/2025", "'17/11/2025' is not a date of the form YYYY-MM-DD, such as 2025-11-17"),
    ("20251117", "'20251117' is not a date of the form YYYY-MM-DD, such as 2025-11-17"),
    ("", "'' is not a date of the form YYYY-MM-DD, such as 2025-11-17"),
]  # fmt: skip


@pytest.mark.parametrize(("value", "message"), BAD_DATES, ids=[case[0] for case in BAD_DATES])
def test_a_bad_published_date_is_said_in_words(capsys, value, message):
    with pytest.raises(SystemExit) as stop:
        main(["extract", "article.txt", "--published-date", value])
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert err.splitlines()[-1] == f"econstats extract: error: argument --published-date: {message}"
    assert "fromisoformat" not in err and "Traceback" not in err


# what registering the commands and answering them may not import (checked in a fresh process)
PROBE = """
import sys
from econstats.cli.main import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in {heavy} or m in {engine})))
"""
LIGHT_COMMANDS = [["--help"], ["--version"], ["build", "--help"], ["extract", "--help"]]
LIGHT_COMMANDS += [["release", "--help"], ["verify", "--help"], ["diff", "--help"]]
LIGHT_COMMANDS += [["cite", "--help"], ["extract", "x.txt", "--published-date", "yesterday"]]
LIGHT_COMMANDS += [["extract", "no-such-file.txt"]]  # the files are read before the engine


@pytest.mark.parametrize("argv", LIGHT_COMMANDS, ids=" ".join)
def test_help_imports_no_engine(argv):
    probe = PROBE.format(heavy=set(HEAVY), engine=set(ENGINE))
    done = subprocess.run(
        [sys.executable, "-c", probe, *argv], capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines()[-1] == ""  # no heavy module was imported
