"""Worker processes that end with the build that started them.

A worker inherits the build's standard output and error. Were it to outlive a build killed
with `kill -9`, a script reading the build's output would wait for an end of file that never
comes. So every worker of `--jobs N`:

- asks the Linux kernel to send it SIGKILL when its parent dies (prctl PR_SET_PDEATHSIG), and
  checks the parent is still the one it was started by, in case it died before that request;
- watches its parent from a thread as well (os.getppid() changes when the parent is gone), the
  way to notice on a system without prctl;
- ignores SIGINT (Ctrl-C reaches every process of the terminal's group: the build handles it
  and stops its workers) and takes SIGTERM's default action (the build's SIGTERM handler,
  copied by fork, is not the worker's).

The build itself stops its workers when it is interrupted (stop()), rather than waiting for
their chunks to finish.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
WATCH_SECONDS = 0.5  # how often a worker checks that its parent is alive
ORPHANED = 70  # a worker's exit status when it found its parent gone


def start_worker(parent: int) -> None:
    """ProcessPoolExecutor initializer: tie this worker's life to the build process `parent`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent()
    if os.getppid() != parent:  # the parent died before the request above took effect
        os._exit(ORPHANED)
    watcher = threading.Thread(target=watch, args=(parent,), name="parent-watch", daemon=True)
    watcher.start()


def die_with_parent() -> bool:
    """Ask the kernel for SIGKILL when the parent dies; False where that cannot be asked."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        done = libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError) as err:
        log.debug("prctl(PR_SET_PDEATHSIG) unavailable: %s", err)
        return False
    if not done:
        log.debug("prctl(PR_SET_PDEATHSIG) failed: errno %d", ctypes.get_errno())
    return done


def watch(parent: int) -> None:
    """End this process as soon as `parent` is no longer its parent (it died)."""
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(ORPHANED)


def stop(pool: ProcessPoolExecutor) -> None:
    """Kill the pool's workers and wait for them: the build was interrupted, so nothing they
    are working on will be used. (`_processes` is the executor's own map of its workers.)"""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.kill()
    for process in processes:
        process.join()
    pool.shutdown(wait=True, cancel_futures=True)
