"""Subcommands release, verify, diff and cite; registered by econstats.cli."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from econstats import cite as citation
from econstats.diff import Version, diff_folders, render_json, render_table
from econstats.errors import EconstatsError, VerifyError
from econstats.release import release
from econstats.verify import verify_release


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add release, verify, diff and cite to the econstats command line."""
    command = subparsers.add_parser("release", help="freeze a build into data/releases/VERSION/")
    command.add_argument("version", help="semantic version, e.g. 1.0.0 (no 'v')")
    command.add_argument("--build", type=Path, default=Path("data/build"), help="build folder")
    command.add_argument("--data", type=Path, default=Path("data"), help="data folder")
    command.add_argument("--date", help="release date YYYY-MM-DD (default SOURCE_DATE_EPOCH/today)")
    command.set_defaults(handler=run_release)

    command = subparsers.add_parser("verify", help="check a release against its manifest")
    command.add_argument("release_dir", type=Path, help="e.g. data/releases/1.0.0")
    command.add_argument(
        "--digest",
        help="sha256 of manifest.json, as a citation states it "
        "(default: the one recorded in index.json beside the release)",
    )
    command.set_defaults(handler=run_verify)

    command = subparsers.add_parser("diff", help="observations added, removed and changed")
    command.add_argument("old", help="release folder, or a version in --data/releases")
    command.add_argument("new", help="release or build folder, or a version")
    command.add_argument("--format", choices=("table", "json"), default="table")
    command.add_argument("--data", type=Path, default=Path("data"), help="data folder")
    command.set_defaults(handler=run_diff)

    command = subparsers.add_parser("cite", help="print the citation of a release")
    command.add_argument("version", nargs="?", help="release version (default: the latest)")
    command.add_argument("--format", choices=citation.FORMATS, default="cff")
    command.add_argument("--data", type=Path, default=Path("data"), help="data folder")
    command.set_defaults(handler=run_cite)


def run_release(args: argparse.Namespace) -> int:
    """econstats release VERSION: create the release, or report that it already exists."""
    result = release(args.version, args.build, args.data, args.date)
    print(result.message)
    return 0


def run_verify(args: argparse.Namespace) -> int:
    """econstats verify RELEASE_DIR: exit 0 if the manifest's digest, every checksum and every
    schema hold; exit 1 listing every problem otherwise."""
    if not args.release_dir.is_dir():
        raise EconstatsError(f"{args.release_dir}: no such release folder")
    problems = verify_release(args.release_dir, args.digest)
    if problems:
        lines = "\n".join(f"  {args.release_dir / problem}" for problem in problems)
        raise VerifyError(f"{args.release_dir}: {len(problems)} problem(s):\n{lines}")
    print(f"{args.release_dir}: ok")
    return 0


def resolve_folder(text: str, data_dir: Path) -> Path:
    """A folder given as a path, or as a version under data_dir/releases."""
    path = Path(text)
    if path.is_dir():
        return path
    if Version.is_version(text) and (data_dir / "releases" / text).is_dir():
        return data_dir / "releases" / text
    raise EconstatsError(f"{text}: neither a folder nor a release in {data_dir / 'releases'}")


def run_diff(args: argparse.Namespace) -> int:
    """econstats diff OLD NEW: print the difference as a table or JSON."""
    old, new = resolve_folder(args.old, args.data), resolve_folder(args.new, args.data)
    diff = diff_folders(old, new, args.old, args.new)
    sys.stdout.write(render_json(diff) if args.format == "json" else render_table(diff))
    return 0


def run_cite(args: argparse.Namespace) -> int:
    """econstats cite [VERSION]: print the citation in the chosen format."""
    sys.stdout.write(citation.cite(args.data / "releases", args.version, args.format))
    return 0
