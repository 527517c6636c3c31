"""``predict``'s courtesy on a big folder: a progress bar on a terminal, a summary line at the end.

The bar (tqdm: count, rate, time left) goes to stderr only when stderr is a
terminal, so ``--json > results.jsonl`` in a script or a pipe gets no bar. The
summary line is printed in both cases, and ``--engine ray`` prints the same one.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from inference.tables import CSV_SUFFIXES

if TYPE_CHECKING:
    from tqdm import tqdm

__all__ = ["Progress", "estimate_total", "summary_line"]


def summary_line(rows: int, errors: int, seconds: float) -> str:
    """``summary: 359 rows, 1 error, 4.2 s, 85.5 rows/s``."""
    rate = rows / seconds if seconds > 0 else 0.0
    counted = f"{rows:,} {'row' if rows == 1 else 'rows'}, {errors:,} {'error' if errors == 1 else 'errors'}"
    return f"summary: {counted}, {seconds:.1f} s, {rate:,.1f} rows/s"


def estimate_total(files: Sequence[Path], *, tabular: bool) -> int:
    """How many results the files will give: one per image, one per CSV data line (blank lines aside)."""
    if not tabular:
        return len(files)
    total = 0
    for path in files:
        if path.suffix.lower() not in CSV_SUFFIXES:
            total += 1
            continue
        try:
            lines = sum(1 for line in path.read_bytes().splitlines() if line.strip(b" \t\r\x00,;"))
        except OSError:
            lines = 1  # unreadable: one failure row
        total += max(1, lines - 1)
    return total


class Progress:
    """Counts results as they are printed; draws a bar when ``stream`` is a terminal."""

    def __init__(
        self, total: int | None, *, unit: str, stream: TextIO | None = None, results: TextIO | None = None
    ) -> None:
        self.stream = stream or sys.stderr
        self.shared_terminal = _is_terminal(results or sys.stdout)
        """Results print to a terminal too: the bar is lifted around each line."""
        self.rows = self.errors = self.unsure = 0
        self.started = time.perf_counter()
        self.bar: tqdm | None = None
        if _is_terminal(self.stream):
            from tqdm import tqdm

            # leave=True: the finished bar (count, elapsed, rate) stays above the summary line. A
            # terminal that reports no size (0x0: some ptys, editors' shells) gets 80x24, where tqdm
            # would draw nothing.
            sized = _columns(self.stream) > 0
            self.bar = tqdm(
                total=total,
                unit=unit,
                file=self.stream,
                dynamic_ncols=sized,
                ncols=None if sized else 80,
                nrows=None if sized else 24,  # tqdm hides a bar below a terminal's last row
                leave=True,
            )

    @property
    def drawing(self) -> bool:
        return self.bar is not None

    def add(self, *, failed: bool, unsure: bool = False) -> None:
        self.rows += 1
        self.errors += failed
        self.unsure += unsure
        if self.bar is not None:
            if self.bar.total is not None and self.rows > self.bar.total:
                self.bar.total = self.rows  # the estimate was short (quoted line breaks in a CSV)
            self.bar.update(1)

    @contextlib.contextmanager
    def printing(self) -> Iterator[None]:
        """Lift the bar while a result line goes to the same terminal, then draw it again."""
        if self.bar is None or not self.shared_terminal:
            yield
            return
        from tqdm import tqdm

        with tqdm.external_write_mode(file=self.stream):
            yield

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        seconds = time.perf_counter() - self.started
        unsure = f"; {self.unsure:,} not sure" if self.unsure else ""  # counted apart from the errors
        print(summary_line(self.rows, self.errors, seconds) + unsure, file=self.stream, flush=True)


def _columns(stream: TextIO) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):
        return 0


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed, or not a real file
        return False
