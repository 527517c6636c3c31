"""Loopback remote latency against local, for one model: a quick look, not the benchmark.

    .venv/bin/python scripts/remote_latency.py [--model digits] [--runs 300]

Starts the reference server (``python -m inference serve``) on a free loopback
port, then times single-image predictions, end to end (decode, preprocess,
inference, postprocess) and backend-only (one preprocessed tensor), locally
with LiteRT and remotely over V2 and TF Serving REST. Calls are interleaved
round by round; prints p50 and p95 in ms.
The full study (throughput, concurrency, micro-batching) is ``python -m inference bench``.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inference import open_predictor  # noqa: E402
from inference.backends.endpoint import Endpoint  # noqa: E402
from inference.images import load_image  # noqa: E402


def start_server(home: Path) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "inference", "serve", "--models", str(ROOT / "resources" / "models"),
               "--port", "0"]
    env = {**os.environ, "TEPI_HOME": str(home), "PYTHONUNBUFFERED": "1", "TF_CPP_MIN_LOG_LEVEL": "2"}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    line = process.stdout.readline() if process.stdout else ""
    match = re.search(r"on (http://127\.0\.0\.1:\d+)", line)
    if match is None:
        process.kill()
        raise SystemExit(f"the server did not start: {line!r}")
    return process, match[1]


def interleaved(
    calls: dict[str, Callable[[], object]], runs: int, warmup: int = 20
) -> dict[str, list[float]]:
    """Time the calls in turn, round after round, so load from elsewhere hits them alike."""
    samples: dict[str, list[float]] = {name: [] for name in calls}
    for round_ in range(warmup + runs):
        for name, call in calls.items():
            start = time.perf_counter()
            call()
            if round_ >= warmup:
                samples[name].append((time.perf_counter() - start) * 1000)
    return samples


def percentile(samples: list[float], q: float) -> float:
    return statistics.quantiles(samples, n=100)[int(q) - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="digits")
    parser.add_argument("--image", default=str(ROOT / "resources" / "samples" / "digit-3.png"))
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    image = Path(args.image).read_bytes()
    with tempfile.TemporaryDirectory() as home:
        os.environ["TEPI_HOME"] = home
        process, url = start_server(Path(home))
        try:
            setups = [("local LiteRT", None, "local-only"), ("remote v2", "v2", "remote-only"),
                      ("remote tfserving", "tfserving", "remote-only")]
            whole: dict[str, Callable[[], object]] = {}
            only: dict[str, Callable[[], object]] = {}
            predictors = []
            for label, protocol, policy in setups:
                remote = Endpoint(url, protocol=protocol) if protocol else None
                predictor = open_predictor(args.model, remote=remote, policy=policy)
                predictors.append(predictor)
                tensor = load_image(image, predictor.pack.input).tensor[None]  # type: ignore[arg-type]
                backend = predictor.router.order()[0]
                whole[label] = lambda p=predictor: p.predict_image(image, name="x.png")
                only[label] = lambda b=backend, t=tensor: b.predict(t)
            end_to_end = interleaved(whole, args.runs)
            backend_only = interleaved(only, args.runs)
            for predictor in predictors:
                predictor.close()
        finally:
            process.terminate()
            process.wait(30)
    print(f"{args.model}: {args.runs} single-image predictions after 20 warm-up, loopback {url}")
    print(f"{'':<18} {'end-to-end p50':>15} {'p95':>8} {'backend p50':>12} {'p95':>8}   (ms)")
    for label in end_to_end:
        a, b = end_to_end[label], backend_only[label]
        print(f"{label:<18} {statistics.median(a):>15.2f} {percentile(a, 95):>8.2f} "
              f"{statistics.median(b):>12.2f} {percentile(b, 95):>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
