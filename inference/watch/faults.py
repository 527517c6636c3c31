"""Deliberate ``kill -9`` at the watcher's exactly-once boundaries, for the crash tests.

``TEPI_WATCH_KILL_AT=POINT[:N]`` makes the watcher SIGKILL itself the Nth time
(default the first) it passes POINT:

    committed  outcomes and file state committed, nothing delivered yet
    torn       half of the owed output bytes written and synced, the rest not
    written    output lines synced, their state not yet committed
    recorded   history entries committed, their state not yet committed

Unset (always, outside the tests) it costs one dictionary lookup per point.
"""

from __future__ import annotations

import os
import signal

__all__ = ["crash_point"]

_passed: dict[str, int] = {}


def crash_point(name: str) -> None:
    wanted = os.environ.get("TEPI_WATCH_KILL_AT")
    if not wanted:
        return
    point, _, nth = wanted.partition(":")
    if point != name:
        return
    _passed[name] = _passed.get(name, 0) + 1
    if _passed[name] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
