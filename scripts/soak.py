"""Soak the reference server on loopback: many clients, a fixed time, every answer checked.

    python scripts/soak.py [--clients 32] [--seconds 60] [--url URL] [--json OUT]

Without ``--url`` it starts ``python -m inference serve --models resources/models
--port 0`` itself (127.0.0.1, a free port) and stops it afterwards. Each client
thread keeps one connection and loops, in turn, over V2 requests to ``digits``
(1 to 4 digit pictures, preprocessed as Tepi does), TF Serving ``:predict``
requests to ``iris`` and V2 metadata reads, until the time is up. An answer is
an error unless it has status 200 and the same top label as the model run in
this process. Reported: requests served, errors, latency p50/p99/max, and the
server's memory after a warm-up and at the end. Exit status 1 when any request
failed or memory grew by more than ``--max-growth-mb``.
Only 127.0.0.1 is ever contacted; the run stops by itself.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import psutil
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inference.backends.litert import LiteRTBackend  # noqa: E402
from inference.formats import open_model  # noqa: E402
from inference.images import load_image  # noqa: E402
from inference.tables import read_csv  # noqa: E402

MODELS = ROOT / "resources" / "models"
SAMPLES = ROOT / "resources" / "samples"
WARM_UP_S = 3.0
QUANTILES = (("p50", 50), ("p99", 99), ("max", 100))


@dataclass(frozen=True)
class Call:
    """One request a client sends, and the top label per row the answer must give."""

    method: str
    path: str
    body: dict | None
    labels: tuple[int, ...] = ()


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _reference(pack_name: str, rows: np.ndarray) -> tuple[int, ...]:
    pack = open_model(pack_name)
    backend = LiteRTBackend(pack.model_files[0], threads=1)
    backend.load()
    try:
        return tuple(int(i) for i in backend.predict(rows).argmax(axis=1))
    finally:
        backend.close()


def make_calls() -> list[Call]:
    """The request mix, with expected labels from the same .tflite files run here."""
    spec = open_model("digits").input
    digits = np.stack([load_image(p, spec).tensor for p in sorted(SAMPLES.glob("digit-*"))])
    expected = _reference("digits", digits)
    iris = read_csv(SAMPLES / "iris.csv", open_model("iris").input.features).features
    iris_expected = _reference("iris", iris)
    calls = []
    for size in (1, 2, 4):
        for start in range(0, len(digits) - size + 1, 2):
            rows = digits[start : start + size]
            tensor = {
                "name": "image",
                "shape": list(rows.shape),
                "datatype": "FP32",
                "data": rows.ravel().tolist(),
            }
            calls.append(
                Call("POST", "/v2/models/digits/infer", {"inputs": [tensor]}, expected[start : start + size])
            )
    for start in range(0, len(iris), 3):
        rows = iris[start : start + 3]
        labels = iris_expected[start : start + 3]
        calls.append(Call("POST", "/v1/models/iris:predict", {"instances": rows.tolist()}, labels))
    calls.append(Call("GET", "/v2/models/digits", None))
    return calls


def _labels(call: Call, answer: dict) -> tuple[int, ...]:
    if call.path.startswith("/v2"):
        output = answer["outputs"][0]
        return tuple(int(i) for i in np.asarray(output["data"]).reshape(output["shape"]).argmax(axis=1))
    return tuple(int(i) for i in np.asarray(answer["predictions"]).argmax(axis=1))


def client(url: str, calls: list[Call], offset: int, until: float, warm_until: float, tally: Tally) -> None:
    session = requests.Session()
    index = offset
    while (now := time.perf_counter()) < until:
        call = calls[index % len(calls)]
        index += 1
        error = None
        try:
            response = session.request(call.method, url + call.path, json=call.body, timeout=30)
            if response.status_code != 200:
                error = f"{call.path}: HTTP {response.status_code} {response.text[:120]}"
            elif call.labels and _labels(call, response.json()) != call.labels:
                error = f"{call.path}: labels {_labels(call, response.json())}, expected {call.labels}"
        except (requests.RequestException, ValueError, KeyError) as exc:
            error = f"{call.path}: {type(exc).__name__}: {exc}"
        elapsed = time.perf_counter() - now
        if now >= warm_until:
            with tally.lock:
                tally.latencies.append(elapsed)
                if error:
                    tally.errors.append(error)
    session.close()


def start_server(home: Path) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "TEPI_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "inference", "serve", "--models", str(MODELS), "--port", "0"]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    line = process.stdout.readline() if process.stdout else ""
    match = re.search(r"on (http://127\.0\.0\.1:\d+)", line)
    if match is None:
        process.kill()
        raise SystemExit(f"the server did not start: {line!r}")
    url = match[1]
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if requests.get(url + "/v2/health/ready", timeout=2).status_code == 200:
                return process, url
        except requests.ConnectionError:
            pass
        time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not become ready within 90 s")


def soak(url: str, pid: int | None, clients: int, seconds: float) -> dict:
    calls = make_calls()
    server = psutil.Process(pid) if pid else None
    tally = Tally()
    start = time.perf_counter()
    warm_until, until = start + WARM_UP_S, start + WARM_UP_S + seconds
    threads = [
        threading.Thread(target=client, args=(url, calls, i * 7, until, warm_until, tally), daemon=True)
        for i in range(clients)
    ]
    for thread in threads:
        thread.start()
    time.sleep(WARM_UP_S)
    rss_before = server.memory_info().rss if server else 0
    peak = rss_before
    while any(t.is_alive() for t in threads):
        time.sleep(0.5)
        peak = max(peak, server.memory_info().rss if server else 0)
    rss_after = server.memory_info().rss if server else 0
    ms = np.asarray(tally.latencies) * 1000.0
    mb = 1024 * 1024
    return {
        "clients": clients,
        "seconds": seconds,
        "requests": len(ms),
        "requests_per_s": round(len(ms) / seconds, 1),
        "errors": len(tally.errors),
        "first_errors": tally.errors[:5],
        "latency_ms": {k: round(float(np.percentile(ms, q)), 2) for k, q in QUANTILES if len(ms)},
        "server_rss_mb": {"after_warm_up": round(rss_before / mb, 1), "peak": round(peak / mb, 1),
                          "end": round(rss_after / mb, 1), "growth": round((rss_after - rss_before) / mb, 1)},
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60.0, help="measured time, after a 3 s warm-up")
    parser.add_argument("--url", help="an already running server on 127.0.0.1 (default: start one)")
    parser.add_argument("--pid", type=int, help="with --url: the server's process id, to measure its memory")
    parser.add_argument("--max-growth-mb", type=float, default=64.0, help="memory growth that fails the run")
    parser.add_argument("--json", type=Path, help="also write the report here")
    args = parser.parse_args(argv)
    if args.url and not re.match(r"^http://(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$", args.url):
        parser.error("--url must be a loopback address: load tests never leave this machine")
    process = None
    if args.url:
        url, pid = args.url, args.pid
    else:
        import tempfile

        process, url = start_server(Path(tempfile.mkdtemp(prefix="tepi-soak-")))
        pid = process.pid
    try:
        report = soak(url, pid, args.clients, args.seconds)
    finally:
        if process is not None:
            process.terminate()
            process.wait(60)
    rss = report["server_rss_mb"]
    latency = report["latency_ms"]
    print(
        f"{report['clients']} clients, {report['seconds']:g} s: {report['requests']} requests "
        f"({report['requests_per_s']}/s), {report['errors']} errors; latency p50 {latency.get('p50')} ms, "
        f"p99 {latency.get('p99')} ms, max {latency.get('max')} ms; server memory {rss['after_warm_up']} MB "
        f"after warm-up, {rss['peak']} MB peak, {rss['end']} MB at the end ({rss['growth']:+} MB)"
    )
    for error in report["first_errors"]:
        print(f"  error: {error}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    grew = pid is not None and rss["growth"] > args.max_growth_mb
    return 1 if report["errors"] or grew or not report["requests"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
