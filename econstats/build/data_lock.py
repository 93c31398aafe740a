"""The data folder's lock: one build or release run at a time writes into a data folder.

A lock file (O_CREAT|O_EXCL) holds the running process's pid; a lock left by a dead process is
taken over, a live holder refused (LockedError, exit 3).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from econstats.core.errors import LockedError

log = logging.getLogger(__name__)
LOCK_NAME = ".lock"


def lock_holder(lock: Path) -> int | None:
    """The pid written in a lock file, or None if it holds no pid (yet)."""
    try:
        text = lock.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    return int(text) if text.isdigit() else None


def pid_alive(pid: int) -> bool:
    """Whether a process with ``pid`` exists (a pid we may not signal exists too)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def data_lock(data_dir: Path) -> Iterator[Path]:
    """Hold ``data_dir``/.lock (O_CREAT|O_EXCL, holding our pid) for the duration of a run.

    A lock left by a dead process is taken over; a live holder raises LockedError.
    """
    lock = Path(data_dir) / LOCK_NAME
    for attempt in range(2):
        try:
            handle = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = lock_holder(lock)
            if attempt or holder is None or pid_alive(holder):
                raise LockedError(
                    f"{lock}: held by pid {holder}; wait for it, or delete the file "
                    "if no econstats build or release is running"
                ) from None
            log.warning("%s: taking over the lock of dead pid %s", lock, holder)
            lock.unlink(missing_ok=True)
            continue
        with os.fdopen(handle, "w", encoding="ascii") as out:
            out.write(f"{os.getpid()}\n")
        break
    try:
        yield lock
    finally:
        lock.unlink(missing_ok=True)
