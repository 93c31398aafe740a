"""Progress off a terminal (issue 14, point 5): a build whose standard error is a log file or a
pipe writes a plain line every LINE_SECONDS, none for a short build; a fake clock decides."""

from __future__ import annotations

import io

import pytest

from econstats.build.progress import LINE_SECONDS, BuildProgress


class FakeClock:
    """time.monotonic for a test: each call gives the next of the given readings."""

    def __init__(self, *readings: float) -> None:
        self.readings = list(readings)

    def __call__(self) -> float:
        return self.readings.pop(0)


MB = 1_000_000
# (clock readings: the start, one per advance, then the end; what standard error shows)
RUNS = [
    ("short build", [0.0, 1.0, 2.0, 3.0, 4.0], ""),
    (
        "a line past every LINE_SECONDS, and one at the end",
        [0.0, 2.0, 5.0, 7.0, 10.5, 11.0],
        "building: 2/4 documents (50%), 2.0 MB at 0.40 MB/s, 0:00:05 elapsed, ETA 0:00:05\n"
        "building: 4/4 documents (100%), 4.0 MB at 0.38 MB/s, 0:00:10 elapsed, ETA 0:00:00\n"
        "building: 4/4 documents (100%), 4.0 MB at 0.36 MB/s, 0:00:11 elapsed, ETA 0:00:00\n",
    ),
    (
        "a slow first document",
        [100.0, 160.0, 161.0, 162.0, 163.0, 170.0],
        "building: 1/4 documents (25%), 1.0 MB at 0.02 MB/s, 0:01:00 elapsed, ETA 0:03:00\n"
        "building: 4/4 documents (100%), 4.0 MB at 0.06 MB/s, 0:01:10 elapsed, ETA 0:00:00\n",
    ),
]


@pytest.mark.parametrize(("readings", "said"), [run[1:] for run in RUNS], ids=[r[0] for r in RUNS])
def test_a_line_of_progress_every_few_seconds_off_a_terminal(readings, said):
    log = io.StringIO()
    with BuildProgress(4, enabled=True, stream=log, clock=FakeClock(*readings)) as bar:
        for _ in range(4):
            bar.advance(MB)
    assert log.getvalue() == said
    assert LINE_SECONDS == 5.0  # the readings above are spaced for it


def test_quiet_writes_nothing_however_long():
    log = io.StringIO()
    with BuildProgress(2, enabled=False, stream=log, clock=FakeClock(0, 60, 120, 180)) as bar:
        bar.advance(MB)
        bar.advance(MB)
    assert (log.getvalue(), bar.documents, bar.bytes) == ("", 2, 2 * MB)


def test_an_interrupted_build_writes_no_last_line():
    log = io.StringIO()
    with pytest.raises(KeyboardInterrupt):
        with BuildProgress(4, enabled=True, stream=log, clock=FakeClock(0, 6, 7)) as bar:
            bar.advance(MB)
            raise KeyboardInterrupt
    assert log.getvalue() == (
        "building: 1/4 documents (25%), 1.0 MB at 0.17 MB/s, 0:00:06 elapsed, ETA 0:00:18\n"
    )
