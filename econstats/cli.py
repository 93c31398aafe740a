"""Command line: econstats build | extract | release | verify | diff | cite."""

from __future__ import annotations

import argparse
import logging
import sys

from econstats import __version__
from econstats.errors import EconstatsError


def build_parser() -> argparse.ArgumentParser:
    """All subcommands; release, verify, diff and cite come from econstats.release_cli."""
    parser = argparse.ArgumentParser(prog="econstats", description=__doc__)
    parser.add_argument("--version", action="version", version=f"econstats {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True)
    from econstats import build_cli, release_cli

    build_cli.register(sub)
    release_cli.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING)
    try:
        return int(args.handler(args) or 0)
    except EconstatsError as err:
        if args.debug:
            raise
        print(f"econstats: error: {err}", file=sys.stderr)
        return err.exit_code


if __name__ == "__main__":
    sys.exit(main())
