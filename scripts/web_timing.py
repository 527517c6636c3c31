"""How long the web page takes: ``make web`` to the first answer, and per image beside the CLI.

    .venv/bin/python scripts/web_timing.py [--runs 20]

1. Starts ``make web`` (setup already done) on a free port, opens the page in
   Chromium, uploads a digit and stops the clock when the answer is on screen.
2. Uploads the bundled digit samples one at a time, ``--runs`` rounds, and reads
   two figures per answer: the latency the page prints (decode, preprocess,
   predict: the same clock as ``predict --json``'s ``latency_ms``) and the
   browser's round trip (upload chosen to answer drawn).
3. Runs ``python -m inference predict --json`` on the same files, ``--runs``
   times, for its ``latency_ms``.

Prints medians; Chromium is Debian's package (``/usr/bin/chromium``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "resources" / "samples").glob("digit-*"))
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
ANSWERED = re.compile(r"Answered by .+ in ([0-9.]+) ms")
_COUNT = 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def page_figures(runs: int) -> tuple[float, list[float], list[float]]:
    port = free_port()
    started = time.perf_counter()
    make = subprocess.Popen(
        ["make", "--no-print-directory", "web", f"WEB_PORT={port}"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        env={**os.environ, "STREAMLIT_SERVER_HEADLESS": "true"},
    )  # fmt: skip
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
            tab = browser.new_page(viewport={"width": 1280, "height": 900})
            while True:
                try:
                    tab.goto(f"http://127.0.0.1:{port}")
                    break
                except Exception:  # not listening yet
                    time.sleep(0.05)
            first = _answer(tab, SAMPLES[0])[1] - started
            printed, round_trips = [], []
            for _ in range(runs):
                for sample in SAMPLES:
                    shown, at, chosen = _answer(tab, sample)
                    printed.append(shown)
                    round_trips.append((at - chosen) * 1000)
            browser.close()
    finally:
        os.killpg(make.pid, signal.SIGTERM)
        make.wait(30)
    return first, printed, round_trips


def _answer(tab, sample: Path) -> tuple[float, float, float]:
    """Replace the upload with ``sample`` (a new name each time, as a new photo would have);
    (printed ms, when drawn, when chosen)."""
    global _COUNT
    _COUNT += 1
    payload = {"name": f"{_COUNT}-{sample.name}", "mimeType": "image/png", "buffer": sample.read_bytes()}
    box = tab.locator('[data-testid="stFileUploader"]').filter(has_text="Drop one or more images")
    box.wait_for()
    delete = box.locator('[data-testid="stFileChipDeleteBtn"] button')
    while delete.count():
        delete.first.click()
    tab.wait_for_selector('[data-testid="stMetricValue"]', state="detached")
    chosen = time.perf_counter()
    box.locator("input[type=file]").set_input_files(payload)
    tab.wait_for_selector('[data-testid="stMetricValue"]')
    text = tab.locator("text=Answered by").inner_text()
    at = time.perf_counter()
    match = ANSWERED.search(text)
    assert match, text
    return float(match[1]), at, chosen


def cli_figures(runs: int) -> tuple[list[float], list[float]]:
    """``latency_ms`` of one image per process (a cold model each time), and of the same images
    given to one process (batched: each image is charged its share of its batch)."""
    alone = []
    for _ in range(runs):
        for sample in SAMPLES:
            alone.append(_cli_latencies([sample])[0])
    together = _cli_latencies(SAMPLES * runs)
    return alone, together


def _cli_latencies(paths: list[Path]) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-m", "inference", "predict", *map(str, paths), "--json"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    return [json.loads(line)["latency_ms"] for line in out.stdout.splitlines()]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5, help="rounds over the digit samples (default 5)")
    args = parser.parse_args()
    first, printed, round_trips = page_figures(args.runs)
    cli_alone, cli_together = cli_figures(args.runs)
    load = os.getloadavg()[0]
    print(f"make web to the first answer on screen: {first:.2f} s (load average {load:.1f})")
    print(f"per image, {len(printed)} answers, median:")
    print(f"  page, latency it prints (decode + preprocess + predict): {statistics.median(printed):.2f} ms")
    print(
        f"  page, browser round trip (file chosen to answer drawn): {statistics.median(round_trips):.0f} ms"
    )
    print(f"  CLI, one image per process (cold model), latency_ms: {statistics.median(cli_alone):.2f} ms")
    print(f"  CLI, all {len(cli_together)} in one process (batched share), latency_ms: "
          f"{statistics.median(cli_together):.2f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
