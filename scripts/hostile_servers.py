"""How long ``predict --remote`` takes, and how much memory it holds, against each hostile server.

    python scripts/hostile_servers.py [--modes huge_body,drip,...] [--kill-rss-mb 4096]
                                      [--kill-after-s 180] [-- extra predict flags]

Starts tests/remote/fault_server.py on a free loopback port (correct metadata,
then a hostile answer to ``infer``), runs ``python -m inference predict
resources/samples/digit-3.png --remote URL --policy remote-only --no-queue
--read-timeout 10 --json`` against it once per mode, and prints the wall time, the
kernel's peak resident memory of the CLI process (``ru_maxrss``), its growth
over the same command against a correct answer, and the CLI's first line of
output. A run is killed past ``--kill-rss-mb`` or ``--kill-after-s`` (then the
figures are "at least"). Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.remote.conftest import _stop, start_fault_server  # noqa: E402
from tests.remote.meter import Measured, run_measured  # noqa: E402

MODES = ("huge_body", "gzip_bomb", "drip", "endless", "endless_fast", "huge_headers")
OPTIONS = {"endless_fast": ("endless", {"interval": 0})}


def _said(measured: Measured) -> str:
    """The CLI's answer (``--json``): the error sentence or the label; else its first line of output."""
    for line in measured.stdout.splitlines():
        with contextlib.suppress(ValueError):
            answer = json.loads(line)
            return str(answer.get("error") or f"label {answer.get('label')}")
    lines = [line for line in (measured.stdout + measured.stderr).splitlines() if line.strip()]
    return lines[0].strip()[:150] if lines else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--kill-rss-mb", type=float, default=4096)
    parser.add_argument("--kill-after-s", type=float, default=180)
    parser.add_argument("extra", nargs="*", help="more predict flags (after --)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tepi-hostile-") as home:
        server = start_fault_server(Path(home))
        env = {**os.environ, "TEPI_HOME": home, "TF_CPP_MIN_LOG_LEVEL": "3"}
        sample = str(ROOT / "resources/samples/digit-3.png")
        command = [sys.executable, "-m", "inference", "predict", sample, "--remote", server.url,
                   "--policy", "remote-only", "--no-queue", "--read-timeout", "10", "--json",
                   *args.extra]  # fmt: skip
        try:
            server.set("ok")
            base = run_measured(command, env=env, cwd=ROOT)
            print(f"{'correct answer':<15} {base.seconds:7.1f} s {base.peak_mb:8.0f} MB peak   "
                  f"rc {base.returncode}  {_said(base)}", flush=True)  # fmt: skip
            for name in args.modes.split(","):
                mode, options = OPTIONS.get(name, (name, {}))
                server.set(mode, **options)
                got = run_measured(command, env=env, cwd=ROOT, kill_rss_mb=args.kill_rss_mb,
                                   kill_after_s=args.kill_after_s)  # fmt: skip
                at_least = ">=" if got.killed else "  "
                growth = got.peak_mb - base.peak_mb
                said = f"KILLED ({got.killed})" if got.killed else _said(got)
                print(f"{name:<15} {at_least}{got.seconds:6.1f} s {at_least}{got.peak_mb:6.0f} MB peak "
                      f"({growth:+.0f} MB)  rc {got.returncode}  {said}", flush=True)  # fmt: skip
                server.set("ok")
        finally:
            _stop(server.process)
    return 0


if __name__ == "__main__":
    sys.exit(main())
