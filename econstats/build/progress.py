"""Progress of long builds: documents done, MB/s and an ETA, on standard error.

On a terminal it is a bar (rich); elsewhere (a log file, a CI job, a pipe) it is a plain line
every LINE_SECONDS, the first after LINE_SECONDS, so a short build prints none and a long one
shows it is alive; --quiet gives neither.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import timedelta
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

REFRESH_SECONDS = 0.1
LINE_SECONDS = 5.0  # off a terminal: a line of progress this often, the first after as long


def wanted(quiet: bool) -> bool:
    """Show progress? Unless --quiet: a bar on a terminal, a line now and then elsewhere.

    >>> wanted(False), wanted(True)
    (True, False)
    """
    return not quiet


def clock_text(seconds: float) -> str:
    """Elapsed or remaining time as H:MM:SS.

    >>> clock_text(75.4), clock_text(3725)
    ('0:01:15', '1:02:05')
    """
    return str(timedelta(seconds=round(seconds)))


class BuildProgress:
    """Counts documents and bytes; when enabled, draws a rich bar on a terminal, else writes a
    line every LINE_SECONDS. ``clock`` (seconds) is time.monotonic but for tests."""

    def __init__(
        self,
        total_documents: int,
        enabled: bool,
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.enabled = enabled
        self.total = total_documents
        self.documents = 0
        self.bytes = 0
        self.clock = clock
        self.started = clock()
        self.progress: Progress | None = None
        self.drawn = 0.0
        self.stream = stream or sys.stderr
        self.lines = enabled and not self.stream.isatty()
        self.last_line = self.started
        self.lines_written = 0
        if enabled and not self.lines:
            self.progress = Progress(
                TextColumn("[bold]building"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("docs"),
                TextColumn("{task.fields[rate]:>6.1f} MB/s"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
                transient=False,
                auto_refresh=False,  # no refresh thread: worker processes fork safely
            )
            self.task = self.progress.add_task("build", total=total_documents, rate=0.0)

    def advance(self, size: int, documents: int = 1) -> None:
        """`documents` more documents (skipped files included) of `size` bytes are done."""
        self.documents += documents
        self.bytes += size
        now = self.clock()
        if self.lines and now - self.last_line >= LINE_SECONDS:
            self.write_line(now)
        if self.progress is not None:
            elapsed = max(now - self.started, 1e-9)
            self.progress.update(self.task, advance=documents, rate=self.bytes / elapsed / 1e6)
            if now - self.drawn >= REFRESH_SECONDS:
                self.progress.refresh()
                self.drawn = now

    def line(self, now: float) -> str:
        """The progress at ``now`` as one line: documents done of all, MB, MB/s, elapsed, ETA."""
        elapsed = max(now - self.started, 1e-9)
        share = self.documents / self.total if self.total else 1.0
        left = elapsed * (1 - share) / share if share else None
        return (
            f"building: {self.documents:,}/{self.total:,} documents ({share:.0%}), "
            f"{self.bytes / 1e6:,.1f} MB at {self.bytes / elapsed / 1e6:,.2f} MB/s, "
            f"{clock_text(elapsed)} elapsed, ETA {'?' if left is None else clock_text(left)}"
        )

    def write_line(self, now: float) -> None:
        """Write the line and flush it (a log file sees it at once)."""
        self.stream.write(self.line(now) + "\n")
        self.stream.flush()
        self.last_line = now
        self.lines_written += 1

    def __enter__(self) -> BuildProgress:
        if self.progress is not None:
            self.progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self.progress is not None:
            self.progress.refresh()
            self.progress.stop()
        if self.lines_written and error is None:  # a long run's last line says it is done
            self.write_line(self.clock())
