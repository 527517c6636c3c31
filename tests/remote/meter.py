"""Time and peak memory of a client process, measured by the kernel, with a kill switch.

``run_measured(command)`` starts the command, samples its resident memory every
20 ms (to kill it past ``kill_rss_mb``, or past ``kill_after_s``), and reaps it
with ``os.wait4``, whose ``ru_maxrss`` is the kernel's own peak for that process:
nothing is estimated. ``PeakMemory`` does the same for this process (Linux:
``/proc/self/clear_refs`` resets the peak, ``VmHWM`` reads it), for clients that
run inside the test (the desktop worker, the replayer).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Measured", "PeakMemory", "run_measured"]


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_mb: float
    """The kernel's peak resident set of the process (``ru_maxrss``)."""
    returncode: int
    stdout: str
    stderr: str
    killed: str | None
    """Why the meter killed it (``"memory"``, ``"time"``), or None when it ended by itself."""


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def run_measured(
    command: list[str],
    *,
    env: dict[str, str] | None = None,
    cwd: str | Path | None = None,
    kill_rss_mb: float = 4096,
    kill_after_s: float = 300,
) -> Measured:
    """Run ``command`` to its end (or kill it), with its wall time and peak memory."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=cwd)
        killed = None
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if killed is None and _rss_mb(process.pid) > kill_rss_mb:
                killed = "memory"
            elif killed is None and time.monotonic() - start > kill_after_s:
                killed = "time"
            if killed:
                os.kill(process.pid, signal.SIGKILL)
            time.sleep(0.02)
        seconds = time.monotonic() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        peak = usage.ru_maxrss / (1024 if sys.platform != "darwin" else 1024 * 1024)
        return Measured(
            seconds, peak, process.returncode, out.read().decode(errors="replace"),
            err.read().decode(errors="replace"), killed,
        )  # fmt: skip


class PeakMemory:
    """This process's peak resident memory over a ``with`` block, in MB above its size at the start.

    Linux only (the tests that use it are): writing 5 to ``/proc/self/clear_refs``
    resets ``VmHWM`` to the current resident size.
    """

    def __enter__(self) -> PeakMemory:
        Path("/proc/self/clear_refs").write_text("5")
        self.start_mb = self._field("VmRSS")
        self.growth_mb = 0.0
        return self

    def __exit__(self, *exc: object) -> None:
        self.growth_mb = self._field("VmHWM") - self.start_mb

    @staticmethod
    def _field(name: str) -> float:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1]) / 1024
        raise AssertionError(f"no {name} in /proc/self/status")
