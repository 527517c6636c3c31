"""Throughput of ``predict --engine ray`` beside the plain ``predict``, on this machine.

    .venv/bin/python scripts/ray_throughput.py [--small 300] [--large 3000] [--side 28] [--repeat 2]

Draws held-out scikit-learn digits as dark ink on light paper (``--side`` pixels) into
a temporary folder, then runs, interleaved, each at two sizes:

  plain    python -m inference predict DIR --json > /dev/null
  ray x1   ... --engine ray, a local Ray started by the command, 1 actor of 1 CPU
  ray x2   ... --engine ray, 2 actors of 0.5 CPU (on 2 cores one CPU stays for reading/writing)

and prints, per configuration, the fastest of ``--repeat`` runs (the least disturbed by
other load; the load average is printed too): the command's wall time at both sizes,
Ray's start-up (``ray.init`` on this machine), the large run's rate over its job (rows /
seconds from the first batch to the last file, actor start-up included), the marginal
rate (extra rows / extra job seconds between the two sizes: the steady state; "–" when
noise made the large job no longer than the small one) and the fixed cost per run (what
the large run took beyond its rows at that rate). Ray runs with token auth off and its
files under a temporary folder (loopback only).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import train_demo_models as training  # noqa: E402

CONFIGS = {
    "plain": [],
    "ray x1": ["--engine", "ray", "--actors", "1", "--actor-cpus", "1"],
    "ray x2": ["--engine", "ray", "--actors", "2", "--actor-cpus", "0.5"],
}


def draw_digits(folder: Path, count: int, side: int) -> None:
    from sklearn.datasets import load_digits

    data = load_digits()
    _, test = training.split(len(data.target), np.random.default_rng(training.SEED))
    folder.mkdir(parents=True)
    for number, index in enumerate(np.resize(test, count)):
        picture = training.render_handwritten(data.images[index], side)
        picture.save(folder / f"{number:05d}-{data.target[index]}.png")


def run(config: str, folder: Path, work: Path, env: dict[str, str]) -> dict[str, float]:
    command = [sys.executable, "-m", "inference", "predict", str(folder), *CONFIGS[config]]
    if config == "plain":
        command.append("--json")
    else:
        command += ["--out", str(work / "out.parquet"), "--overwrite", "--batch-size", "64"]
    started = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{config} failed:\n{result.stderr[-3000:]}")
    figures = {"wall": wall}
    ready = re.search(r"Ray ready in ([\d.]+) s", result.stderr)
    if ready:
        figures["ray_start"] = float(ready.group(1))
    summary = re.search(r"summary: [\d,]+ rows?, [\d,]+ errors?, ([\d.]+) s", result.stderr)
    if summary is None:
        raise SystemExit(f"{config} printed no summary:\n{result.stderr[-3000:]}")
    figures["job"] = float(summary.group(1))  # predicting and writing, after start-up
    return figures


def print_table(figures: dict[tuple[str, str], dict[str, float]], small_rows: int, large_rows: int) -> None:
    print(
        f"\n{'':8} {'wall small':>10} {'wall large':>10} {'job large':>9} {'Ray start':>9} "
        f"{'job rows/s':>10} {'marginal':>8} {'fixed':>7}"
    )
    for config in CONFIGS:
        small, large = figures[config, "small"], figures[config, "large"]
        extra = large["job"] - small["job"]
        rate = (large_rows - small_rows) / extra if extra > 0 else None
        marginal = f"{rate:8.0f}" if rate else f"{'–':>8}"
        fixed = f"{large['wall'] - large_rows / rate:6.1f}s" if rate else f"{'–':>7}"
        start = f"{large['ray_start']:.1f} s" if "ray_start" in large else "–"
        print(
            f"{config:8} {small['wall']:9.1f}s {large['wall']:9.1f}s {large['job']:8.1f}s {start:>9} "
            f"{large_rows / large['job']:10.0f} {marginal} {fixed}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=300, help="images in the small run")
    parser.add_argument("--large", type=int, default=3000, help="images in the large run")
    parser.add_argument("--side", type=int, default=28, help="pixels per digit picture")
    parser.add_argument(
        "--repeat", type=int, default=2, help="runs of each configuration (the fastest counts)"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="tepi-ray-bench-", dir="/tmp"))
    env = {
        **os.environ,
        "TEPI_HOME": str(work / "home"),
        "RAY_TMPDIR": str(work),
        "RAY_AUTH_MODE": "disabled",
        "RAY_USAGE_STATS_ENABLED": "0",
    }
    try:
        sizes = {"small": args.small, "large": args.large}
        for name, count in sizes.items():
            draw_digits(work / name, count, args.side)
        print(
            f"{args.small} and {args.large} digits, {args.side} px PNG, {os.cpu_count()} CPUs, "
            f"load average {os.getloadavg()[0]:.1f}",
            flush=True,
        )
        figures: dict[tuple[str, str], dict[str, float]] = {}
        for _ in range(args.repeat):
            for name in sizes:  # interleaved: each size runs every configuration back to back
                for config in CONFIGS:
                    got = run(config, work / name, work, env)
                    print(f"  {config:7} {name:5} {got['wall']:6.1f} s", flush=True)
                    best = figures.get((config, name))
                    if best is None or got["wall"] < best["wall"]:
                        figures[config, name] = got
        print(f"load average at the end {os.getloadavg()[0]:.1f}")
        print_table(figures, args.small, args.large)
        print(
            "\njob rows/s: the large run's rows / its job seconds (first batch to last file written);"
            "\nmarginal: extra rows / extra job seconds between the two sizes (the steady state);"
            "\nfixed: the large run's wall time beyond its rows at that rate (start-up, model, actors)."
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
