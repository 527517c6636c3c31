"""Time and peak memory of a client process, measured by the kernel, with a kill switch.

``run_measured(command)`` starts the command from a small launcher process (this
file run as a script), which samples its resident memory every 20 ms (to kill it
past ``kill_rss_mb``, or past ``kill_after_s``) and reaps it with ``os.wait4``,
whose ``ru_maxrss`` is the kernel's own peak for that process: nothing is
estimated. ``PeakMemory`` does the same for this process (Linux:
``/proc/self/clear_refs`` resets the peak, ``VmHWM`` reads it), for clients that
run inside the test (the desktop worker, the replayer).
"""

from __future__ import annotations

import json
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
    """Run ``command`` to its end (or kill it), with its wall time and peak memory.

    The command is started by this file run as a small launcher: Linux keeps the
    memory peak of the process that forks across ``exec`` (``ru_maxrss`` of a child
    of a 1.5 GB test process reads 1.5 GB), so the measured process must come from
    a small one. The launcher writes the figures as JSON to a file.
    """
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile() as figures,
    ):
        limits = ["--kill-rss-mb", str(kill_rss_mb), "--kill-after-s", str(kill_after_s)]
        launcher = [sys.executable, "-I", "-S", __file__, figures.name, *limits, "--", *command]
        subprocess.run(launcher, stdout=out, stderr=err, env=env, cwd=cwd, check=True)
        measured = json.loads(Path(figures.name).read_text())
        out.seek(0)
        err.seek(0)
        return Measured(
            **measured, stdout=out.read().decode(errors="replace"), stderr=err.read().decode(errors="replace")
        )


def _measure(command: list[str], kill_rss_mb: float, kill_after_s: float) -> dict[str, object]:
    """In the launcher: run ``command`` (its output is the launcher's), kill it past the limits."""
    start = time.monotonic()
    process = subprocess.Popen(command)
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
    peak = usage.ru_maxrss / (1024 if sys.platform != "darwin" else 1024 * 1024)
    seconds = time.monotonic() - start
    return {
        "seconds": seconds,
        "peak_mb": peak,
        "returncode": os.waitstatus_to_exitcode(status),
        "killed": killed,
    }


def _launch(argv: list[str]) -> None:
    figures, rest = argv[0], argv[1:]
    split = rest.index("--")
    options = dict(zip(rest[:split:2], rest[1:split:2], strict=True))
    measured = _measure(rest[split + 1 :], float(options["--kill-rss-mb"]), float(options["--kill-after-s"]))
    Path(figures).write_text(json.dumps(measured))


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


if __name__ == "__main__":
    _launch(sys.argv[1:])
