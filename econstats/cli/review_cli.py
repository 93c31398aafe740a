"""The review subcommand: a build -> one HTML page to check every figure by eye.

Its imports are light: the build's modules are imported when the command runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    """Add `review` to the command line."""
    parser = sub.add_parser(
        "review",
        help="write one HTML page marking every figure of a build in its document's text",
        description=(
            "Write one self-contained HTML page (no network needed) showing each document of "
            "a build with every figure marked where it stands: published (with its row), "
            "repeat, rejected (with the reason) or unclaimed (with the subject found)."
        ),
    )
    parser.add_argument(
        "build",
        nargs="?",
        type=Path,
        default=Path("data/build"),
        help="the build folder to review (default: data/build)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="the HTML file to write (default: <build>/review.html); "
        "an existing file is replaced only if it is a review page",
    )
    parser.add_argument(
        "--corpus",
        default=None,
        help="folder to read the documents from when the build kept no copy of their text "
        "(default: the corpus named in the build's report.json)",
    )
    parser.add_argument(
        "--doc",
        action="append",
        default=None,
        metavar="DOC_ID",
        help="show only this document; repeat for more (default: every document of the build)",
    )
    parser.set_defaults(handler=run_review)


def run_review(args: argparse.Namespace) -> int:
    """econstats review: write the page and say where it is."""
    from econstats.publish.review import review

    out = review(args.build, args.out, args.corpus, args.doc or ())
    print(f"wrote {out}: open it in a browser (file://{out.resolve()})")
    return 0
