"""The source revision of the running code: the git commit of its checkout, and a dirty flag.

Recorded in every release's manifest.json. It is best effort and never fails a release: no git
program, a folder that is not the top of a git checkout (an installed package, even one in a
virtualenv inside a checkout), or any git error gives None. git runs locally, without network
and without taking git's optional locks.
"""

from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)
CODE_ROOT = Path(__file__).resolve().parents[2]
GIT_TIMEOUT = 10  # seconds; a local rev-parse or status takes milliseconds
# changes here are not changes of the code (releases, builds)
NOT_CODE = ":(exclude)data"


def git_output(root: Path, *args: str) -> str | None:
    """Output of ``git args`` run in ``root``, or None when git is missing or fails."""
    environment = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0"}
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=GIT_TIMEOUT,
            env=environment,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as err:
        log.debug("%s: git %s: %s", root, " ".join(args), err)
        return None
    if done.returncode != 0:
        log.debug("%s: git %s: %s", root, " ".join(args), done.stderr.strip())
        return None
    return done.stdout


def source_revision(root: Path = CODE_ROOT) -> dict[str, object] | None:
    """{"commit": sha, "dirty": bool} when ``root`` is the top of a git checkout, else None.

    ``dirty`` is true when a tracked file outside data/ differs from the commit.
    """
    root = Path(root)
    if not root.is_dir():
        return None
    top = git_output(root, "rev-parse", "--show-toplevel")
    if top is None or Path(top.strip()).resolve() != root.resolve():
        return None
    commit = git_output(root, "rev-parse", "--verify", "HEAD")
    status = git_output(root, "status", "--porcelain", "--untracked-files=no", "--", ".", NOT_CODE)
    if commit is None or status is None:
        return None
    return {"commit": commit.strip(), "dirty": bool(status.strip())}
