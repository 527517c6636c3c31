"""How long ago this process started, for the start-up figures ``--selftest`` prints.

Measured from the kernel's record of the process start where there is one
(Linux ``/proc``), so interpreter start-up and imports count; elsewhere from
the moment ``desktop`` was first imported.
"""

from __future__ import annotations

import os
import time

__all__ = ["ms_since_start"]

_IMPORTED = time.perf_counter()


def _process_age_s() -> float | None:
    """Seconds since the kernel started this process (Linux), or None."""
    try:
        with open(f"/proc/{os.getpid()}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        started_ticks = int(fields[19])  # field 22 of stat, counted after "pid (comm)"
        ticks = os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started_ticks / ticks
    except (OSError, ValueError, IndexError, AttributeError):
        return None


_age = _process_age_s()
_START = _IMPORTED - _age if _age is not None and 0 <= _age < 600 else _IMPORTED


def ms_since_start() -> float:
    """Milliseconds since the process started."""
    return (time.perf_counter() - _START) * 1000.0
