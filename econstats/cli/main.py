"""Command line: econstats build | extract | release | verify | diff | cite | review.

Exit codes: 0 success (diff: the two are identical); 1 build finished with rejections under
--strict, verify found a problem, or diff found a difference (as diff(1) does); 2 usage error
or unreadable input (an OSError or UnicodeError included); 3 refused (an existing release with
other content, a wrong version bump, the data folder locked by another run, an output folder
that is not a previous build's); 4 build finished but some documents failed (listed under
"failed" in report.json); 130 interrupted (Ctrl-C); 143 terminated (SIGTERM, handled as Ctrl-C
is). An expected problem prints one line on stderr, never a traceback; --debug (before the
subcommand) shows the traceback.

Registering the commands imports no engine (no pandas, pyarrow, pint, trafilatura): each
command's handler imports what it needs, so `econstats --help` answers at once.
"""

from __future__ import annotations

import argparse
import functools
import logging
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from econstats.cli.arguments import HelpFormat, VersionAction
from econstats.core.errors import EconstatsError

USAGE_OR_INPUT = 2
INTERRUPTED = 130  # 128 + SIGINT, as shells report it
TERMINATED = 143  # 128 + SIGTERM


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: stop as after Ctrl-C (staging and scratch removed, the lock freed,
    the previous output left as it was)."""


def build_parser() -> argparse.ArgumentParser:
    """All subcommands, registered without importing the engine: build from
    econstats.cli.build_cli, extract from econstats.cli.extract_cli, release, verify, diff and cite
    from econstats.cli.release_cli, review from econstats.cli.review_cli."""
    parser = argparse.ArgumentParser(
        prog="econstats",
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n")[1],
        formatter_class=HelpFormat,
    )
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(
        dest="command",
        required=True,
        parser_class=functools.partial(argparse.ArgumentParser, formatter_class=HelpFormat),
    )
    from econstats.cli import build_cli, extract_cli, release_cli, review_cli

    build_cli.register(sub)
    extract_cli.register(sub)
    release_cli.register(sub)
    review_cli.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code.

    A usage error is argparse's: usage and message on stderr, SystemExit(2).
    """
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING)
    if not args.debug:  # trafilatura logs every page it finds no article in; the report says so
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        with sigterm_as_interrupt():
            return int(args.handler(args) or 0)
    except BrokenPipeError:
        return quiet_broken_pipe()
    except (EconstatsError, OSError, UnicodeError, KeyboardInterrupt) as err:
        if args.debug:
            raise
        print(f"econstats: error: {message(err)}", file=sys.stderr)
        return exit_code(err)


def message(err: BaseException) -> str:
    """One line saying what went wrong, naming the file when the error knows it.

    >>> message(FileNotFoundError(2, "No such file or directory", "seeds/a.txt"))
    'seeds/a.txt: No such file or directory'
    >>> message(KeyboardInterrupt())
    'interrupted'
    """
    if isinstance(err, Terminated):
        return "terminated"
    if isinstance(err, KeyboardInterrupt):
        return "interrupted"
    if isinstance(err, OSError) and err.filename is not None and err.strerror:
        return f"{err.filename}: {err.strerror}"
    if isinstance(err, UnicodeError):
        return f"cannot decode or encode text: {err}"
    return str(err) or type(err).__name__


def exit_code(err: BaseException) -> int:
    """The documented exit code of an expected problem."""
    if isinstance(err, EconstatsError):
        return err.exit_code
    if isinstance(err, Terminated):
        return TERMINATED
    if isinstance(err, KeyboardInterrupt):
        return INTERRUPTED
    return USAGE_OR_INPUT


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """While inside, SIGTERM raises Terminated (a KeyboardInterrupt) in the main thread; the
    handler before is put back on the way out. Elsewhere than in the main thread, nothing."""
    try:
        before = signal.signal(signal.SIGTERM, raise_terminated)
    except ValueError:  # signal only works in the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def raise_terminated(signum: int, frame: FrameType | None) -> None:
    """The SIGTERM handler."""
    raise Terminated()


def quiet_broken_pipe() -> int:
    """The reader of our output went away (`econstats extract ... | head`): stop quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # so that the interpreter's final flush cannot fail
    return 0


if __name__ == "__main__":
    sys.exit(main())
