"""What the command line's options accept and how its help reads: argparse types, the help
format that states every default, and --version. Light on purpose: the command line imports
this module to register its options, before it knows which command will run."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from econstats import __version__
from econstats.core.dates import parse_iso_date

DATA_DIR = Path("data")  # --data of every command that reads releases
NO_DEFAULT = (None, False, argparse.SUPPRESS)


class HelpFormat(argparse.HelpFormatter):
    """Help that states each option's default: ' (default: X)' is added to an option's help
    unless the help already says what the default is, or there is none (None, or off)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        if action.default in NO_DEFAULT or "default" in text or action.nargs == 0:
            return text
        if isinstance(action.default, Sequence) and not isinstance(action.default, str):
            return text
        return f"{text} (default: %(default)s)"


def positive(text: str) -> int:
    """An argparse type: an integer of at least 1.

    >>> positive("2")
    2
    >>> positive("0")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: '0' is not a positive integer
    """
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive integer")
    return value


def iso_date(text: str) -> date:
    """An argparse type: a calendar date written YYYY-MM-DD, said in words when it is not.

    >>> iso_date("2025-11-17")
    datetime.date(2025, 11, 17)
    >>> iso_date("2025-13-45")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: '2025-13-45' is no calendar date: month 13 does not exist (expected YYYY-MM-DD, such as 2025-11-17)
    >>> iso_date("yesterday")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: 'yesterday' is not a date of the form YYYY-MM-DD, such as 2025-11-17
    """  # noqa: E501
    try:
        return parse_iso_date(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def version_text(data_dir: Path = DATA_DIR) -> str:
    """What --version prints: the package's version and the latest release in ``data_dir``
    (data/releases/index.json), or why none is known; never raises for a missing or bad index.
    """
    index_path = data_dir / "releases" / "index.json"
    try:
        index = json.loads(index_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return f"econstats {__version__}\nlatest release: none found (no {index_path})"
    except (OSError, ValueError) as err:
        return f"econstats {__version__}\nlatest release: unknown ({index_path}: {err})"
    latest = index.get("latest") if isinstance(index, dict) else None
    if not isinstance(latest, str):
        return f"econstats {__version__}\nlatest release: none listed in {index_path}"
    releases = index.get("releases")
    dates = {
        entry.get("version"): entry.get("date")
        for entry in (releases if isinstance(releases, list) else [])
        if isinstance(entry, dict)
    }
    when = f", {dates[latest]}" if isinstance(dates.get(latest), str) else ""
    return f"econstats {__version__}\nlatest release: {latest}{when} ({index_path})"


class VersionAction(argparse.Action):
    """--version: print version_text() and exit 0, reading the index only when asked."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "print the version, and the latest release in data/releases")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(version_text())
        parser.exit()
