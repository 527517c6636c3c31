"""``predict``'s progress bar: on a terminal only (a real pty here), and a summary line in both cases."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUMMARY = re.compile(r"summary: (\d+) rows?, (\d+) errors?, \d+\.\d s, [\d,]+\.\d rows/s")


def run_on_a_terminal(
    *args: str, home: Path, columns: int = 100
) -> tuple[subprocess.CompletedProcess[str], str]:
    """Run predict with stderr on a pseudo-terminal and stdout piped (``--json > file``)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24 if columns else 0, columns, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "inference", "predict", *args],
        stdout=subprocess.PIPE,
        stderr=slave,
        text=True,
        cwd=ROOT,
        env={**os.environ, "TEPI_HOME": str(home)},
    )
    os.close(slave)
    terminal = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        terminal += chunk
    os.close(master)
    stdout = process.stdout.read() if process.stdout else ""
    process.wait(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, ""), terminal.decode()


def test_a_terminal_gets_a_bar_with_count_rate_and_time_left(samples_dir, tepi_home) -> None:
    result, terminal = run_on_a_terminal(str(samples_dir), "--json", home=tepi_home)
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 7  # the results themselves are untouched
    assert all(json.loads(line)["label"] for line in result.stdout.splitlines())
    assert "\r" in terminal and "/7 [" in terminal  # redrawn in place, out of 7 pictures
    assert re.search(r"\d+/7 \[\d\d:\d\d<\d\d:\d\d, +[\d.?]+ ?input/s\]", terminal)  # elapsed<left, rate
    assert SUMMARY.search(terminal).groups() == ("7", "0")


def test_a_terminal_that_reports_no_size_gets_an_80_column_bar(samples_dir, tepi_home) -> None:
    result, terminal = run_on_a_terminal(str(samples_dir), "--json", home=tepi_home, columns=0)
    assert result.returncode == 0
    finished = next(line for line in terminal.split("\r") if "7/7 [" in line)
    assert len(finished.rstrip("\n")) == 80
    assert SUMMARY.search(terminal).groups() == ("7", "0")


def test_csv_rows_are_counted_ahead_on_a_terminal(samples_dir, tepi_home) -> None:
    result, terminal = run_on_a_terminal(
        "-m", "iris", str(samples_dir / "iris.csv"), "--json", home=tepi_home
    )
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 12
    assert "/12 [" in terminal and "row/s" in terminal
    assert SUMMARY.search(terminal).groups() == ("12", "0")


def test_no_bar_when_stderr_is_not_a_terminal(samples_dir, tmp_path, tepi_home) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes((samples_dir / "digit-3.png").read_bytes()[:40])
    result = subprocess.run(
        [sys.executable, "-m", "inference", "predict", str(samples_dir), str(broken), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "TEPI_HOME": str(tepi_home)},
        timeout=120,
    )
    assert result.returncode == 1
    assert "\r" not in result.stderr and "input/s" not in result.stderr
    assert result.stderr.splitlines()[-1] == SUMMARY.search(result.stderr).group(0)
    assert SUMMARY.search(result.stderr).groups() == ("8", "1")
