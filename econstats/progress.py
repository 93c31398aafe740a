"""A progress bar for long builds: documents done, MB/s and an ETA, on a terminal only.

The bar goes to standard error and is drawn only when that is a terminal and --quiet is not
given; otherwise BuildProgress does nothing, so logs and pipes stay clean.
"""

from __future__ import annotations

import sys
import time
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


def wanted(quiet: bool, stream: TextIO | None = None) -> bool:
    """Show a bar? Only on a terminal, and not under --quiet.

    >>> import io
    >>> wanted(False, io.StringIO()), wanted(True, io.StringIO())
    (False, False)
    """
    stream = stream or sys.stderr
    return not quiet and stream.isatty()


class BuildProgress:
    """Counts documents and bytes; draws a rich bar when enabled."""

    def __init__(self, total_documents: int, enabled: bool, stream: TextIO | None = None) -> None:
        self.enabled = enabled
        self.documents = 0
        self.bytes = 0
        self.started = time.perf_counter()
        self.progress: Progress | None = None
        self.drawn = 0.0
        if enabled:
            self.progress = Progress(
                TextColumn("[bold]building"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("docs"),
                TextColumn("{task.fields[rate]:>6.1f} MB/s"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(file=stream or sys.stderr),
                transient=False,
                auto_refresh=False,  # no refresh thread: worker processes fork safely
            )
            self.task = self.progress.add_task("build", total=total_documents, rate=0.0)

    def advance(self, size: int, documents: int = 1) -> None:
        """`documents` more documents (skipped files included) of `size` bytes are done."""
        self.documents += documents
        self.bytes += size
        if self.progress is not None:
            now = time.perf_counter()
            elapsed = max(now - self.started, 1e-9)
            self.progress.update(self.task, advance=documents, rate=self.bytes / elapsed / 1e6)
            if now - self.drawn >= REFRESH_SECONDS:
                self.progress.refresh()
                self.drawn = now

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
