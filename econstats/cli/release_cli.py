"""Subcommands release, verify, diff and cite; registered by econstats.cli.main.

Registering them imports nothing heavy; each handler imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from econstats.cli.arguments import DATA_DIR
from econstats.core.errors import EconstatsError, VerifyError
from econstats.dataset import cite as citation


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add release, verify, diff and cite to the econstats command line."""
    command = subparsers.add_parser("release", help="freeze a build into data/releases/VERSION/")
    command.add_argument("version", help="semantic version, e.g. 1.0.0 (no 'v')")
    command.add_argument(
        "--build", type=Path, default=Path("data/build"), help="the build folder to release"
    )
    add_data_option(command)
    command.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="release date (default: SOURCE_DATE_EPOCH if set, else today)",
    )
    command.set_defaults(handler=run_release)

    command = subparsers.add_parser("verify", help="check a release against its manifest")
    command.add_argument(
        "release", help="release folder (data/releases/1.0.0), or a version in --data/releases"
    )
    command.add_argument(
        "--digest",
        help="sha256 of manifest.json, as a citation states it "
        "(default: the one recorded in index.json beside the release)",
    )
    add_data_option(command)
    command.set_defaults(handler=run_verify)

    command = subparsers.add_parser(
        "diff", help="observations added, removed and changed (exit 1 when they differ)"
    )
    command.add_argument("old", help="release folder, or a version in --data/releases")
    command.add_argument("new", help="release or build folder, or a version")
    command.add_argument(
        "--format", choices=("table", "json"), default="table", help="text for people, or JSON"
    )
    add_data_option(command)
    command.set_defaults(handler=run_diff)

    command = subparsers.add_parser("cite", help="print the citation of a release")
    command.add_argument("version", nargs="?", help="release version (default: the latest)")
    command.add_argument(
        "--format", choices=citation.FORMATS, default="cff", help="citation format"
    )
    add_data_option(command)
    command.set_defaults(handler=run_cite)


def add_data_option(command: argparse.ArgumentParser) -> None:
    """--data: the data folder whose releases/ holds the releases."""
    command.add_argument(
        "--data", type=Path, default=DATA_DIR, help="data folder, holding releases/"
    )


def run_release(args: argparse.Namespace) -> int:
    """econstats release VERSION: create the release, or report that it already exists."""
    from econstats.publish.release import release

    result = release(args.version, args.build, args.data, args.date)
    print(result.message)
    return 0


def run_verify(args: argparse.Namespace) -> int:
    """econstats verify RELEASE (a folder, or a version in --data/releases): exit 0 if the
    manifest's digest, every checksum and every schema hold; exit 1 listing every problem."""
    from econstats.publish.verify import verify_release

    folder = resolve_folder(args.release, args.data, what="release folder")
    problems = verify_release(folder, args.digest)
    if problems:
        lines = "\n".join(f"  {folder / problem}" for problem in problems)
        raise VerifyError(f"{folder}: {len(problems)} problem(s):\n{lines}")
    print(f"{folder}: ok")
    return 0


def resolve_folder(text: str, data_dir: Path, what: str = "folder") -> Path:
    """A folder given as a path, or as a version under data_dir/releases; EconstatsError
    naming both places when it is neither."""
    from econstats.publish.diff import Version

    path = Path(text)
    if path.is_dir():
        return path
    if Version.is_version(text) and (data_dir / "releases" / text).is_dir():
        return data_dir / "releases" / text
    raise EconstatsError(f"{text}: neither a {what} nor a release in {data_dir / 'releases'}")


def run_diff(args: argparse.Namespace) -> int:
    """econstats diff OLD NEW: print the difference as a table or JSON; exit 1 when the two
    differ, 0 when they are identical (as diff(1) does)."""
    from econstats.cli.diff_text import exit_status, render_json, render_table
    from econstats.publish.diff import diff_folders

    old, new = resolve_folder(args.old, args.data), resolve_folder(args.new, args.data)
    diff = diff_folders(old, new, args.old, args.new)
    sys.stdout.write(render_json(diff) if args.format == "json" else render_table(diff))
    return exit_status(diff)


def run_cite(args: argparse.Namespace) -> int:
    """econstats cite [VERSION]: print the citation in the chosen format."""
    sys.stdout.write(citation.cite(args.data / "releases", args.version, args.format))
    return 0
