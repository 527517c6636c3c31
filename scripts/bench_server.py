"""Measure the reference server: throughput with and without micro-batching, and loopback latency.

    python scripts/bench_server.py [--clients 1 8 32] [--seconds 10] [--runtimes litert tensorflow]
        [--payloads json binary] [--max-batch-size 32] [--skip-latency] [--skip-mobilenet] [--json FILE]

1. Throughput: a MobileNetV2-size model (``keras.applications.MobileNetV2(weights=None)``,
   random weights, never downloaded) as a .tflite pack (LiteRT) and a .keras pack
   (TensorFlow), served by ``python -m inference serve`` once with ``--max-batch-size 1``
   (batching off) and once with batching on; 1, 8 and 32 concurrent clients post one
   224 × 224 × 3 image each
   for a fixed time, as Open Inference Protocol JSON and with its binary tensor extension
   (bodies encoded once, so the clients spend little CPU).
2. Latency: the bundled ``digits`` model, one preprocessed sample, local LiteRT call
   against a loopback round trip (V2 and TF Serving), p50 over many calls.

Client threads share the machine with the server, so on a small machine the figures are
a floor. Results print as a table (and JSON with ``--json``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

MOBILENET_TOML = """name = "{name}"
version = "1"
task = "image-classification"
labels_file = "labels.txt"
placement = "remote"

[model]
files = ["{file}"]

[model.sha256]
"{file}" = "{digest}"

[input]
size = [224, 224]
color_mode = "rgb"
scale = 0.00784313725490196
offset = -1.0
"""
PACKS = {"litert": "mobilenetv2", "tensorflow": "mobilenetv2-tf"}


def build_mobilenet_packs(folder: Path) -> None:
    """MobileNetV2 with random weights (nothing downloaded): a .tflite pack and a .keras pack."""
    import keras
    import tensorflow as tf

    from inference.modelpack import sha256_file

    keras.utils.set_random_seed(0)
    model = keras.applications.MobileNetV2(weights=None, input_shape=(224, 224, 3), classes=1000)
    labels = "\n".join(f"class-{i}" for i in range(1000)) + "\n"
    for runtime, name in PACKS.items():
        pack = folder / name
        pack.mkdir(parents=True, exist_ok=True)
        file = pack / ("mobilenetv2.tflite" if runtime == "litert" else "mobilenetv2.keras")
        if runtime == "litert":
            file.write_bytes(tf.lite.TFLiteConverter.from_keras_model(model).convert())
        else:
            model.save(file)
        (pack / "labels.txt").write_text(labels)
        manifest = MOBILENET_TOML.format(name=name, file=file.name, digest=sha256_file(file))
        (pack / "model.toml").write_text(manifest)


class ServerProcess:
    def __init__(self, models: Path, *args: str) -> None:
        self.log = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)  # noqa: SIM115
        command = [sys.executable, "-m", "inference", "serve", "--models", str(models), "--port", "0", *args]
        self.process = subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.PIPE, stderr=self.log, text=True, env=os.environ.copy()
        )
        line = self.process.stdout.readline() if self.process.stdout else ""
        match = re.search(r"on (http://[\d.]+:\d+)", line)
        if match is None:
            self.process.kill()
            raise SystemExit(f"server did not start: {line}{Path(self.log.name).read_text()}")
        self.url = match[1]
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/v2/health/ready", timeout=5).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.2)
        raise SystemExit("server never became ready")

    def batch_sizes(self, model: str) -> tuple[float, float]:
        """(backend calls, requests they carried) so far, from /metrics."""
        text = requests.get(self.url + "/metrics", timeout=10).text
        count = _sample(text, "tepi_server_batch_requests_count", model)
        total = _sample(text, "tepi_server_batch_requests_sum", model)
        return count, total

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(60)
        Path(self.log.name).unlink(missing_ok=True)


def _sample(text: str, name: str, model: str) -> float:
    match = re.search(rf'^{name}{{model="{re.escape(model)}"}} ([0-9.e+]+)$', text, re.MULTILINE)
    return float(match[1]) if match else 0.0


def load_test(
    url: str, body: bytes, clients: int, seconds: float, headers: dict[str, str] | None = None
) -> dict[str, float]:
    """``clients`` threads post ``body`` back to back for ``seconds``; throughput and latency."""
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients
    start = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def client(index: int) -> None:
        session = requests.Session()
        session.headers.update(headers or {"Content-Type": "application/json"})
        session.post(url, data=body, timeout=120)  # warm the connection
        start.wait()
        while time.perf_counter() < stop_at[0]:
            began = time.perf_counter()
            response = session.post(url, data=body, timeout=120)
            if response.status_code == 200:
                latencies[index].append(time.perf_counter() - began)
            else:
                errors[index] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    stop_at[0] = time.perf_counter() + seconds + 1e9  # released below, after every client is warm
    start.wait()
    began = time.perf_counter()
    stop_at[0] = began + seconds
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    flat = sorted(x for chunk in latencies for x in chunk)
    return {
        "clients": clients,
        "requests": len(flat),
        "errors": sum(errors),
        "throughput_rps": len(flat) / elapsed,
        "p50_ms": 1000 * statistics.median(flat) if flat else float("nan"),
        "p95_ms": 1000 * flat[int(0.95 * (len(flat) - 1))] if flat else float("nan"),
    }


def v2_body(name: str, array: np.ndarray) -> bytes:
    tensor = {"name": name, "shape": list(array.shape), "datatype": "FP32", "data": array.ravel().tolist()}
    return json.dumps({"inputs": [tensor]}).encode()


def v2_binary_body(name: str, array: np.ndarray) -> tuple[bytes, dict[str, str]]:
    """The binary tensor data extension: a JSON header, then the raw float32 values."""
    tensor = {
        "name": name,
        "shape": list(array.shape),
        "datatype": "FP32",
        "parameters": {"binary_data_size": array.nbytes},
    }
    head = json.dumps({"inputs": [tensor]}).encode()
    headers = {"Inference-Header-Content-Length": str(len(head)), "Content-Type": "application/octet-stream"}
    return head + array.astype("<f4").tobytes(), headers


def throughput(
    models: Path,
    clients: list[int],
    seconds: float,
    max_batch: int = 32,
    payload_kinds: tuple[str, ...] = (),
    runtimes: tuple[str, ...] = tuple(PACKS),
) -> list[dict[str, float | str]]:
    image = np.random.default_rng(0).uniform(-1, 1, (1, 224, 224, 3)).astype(np.float32)
    rows: list[dict[str, float | str]] = []
    modes = [
        ("off", ["--max-batch-size", "1"]),
        ("on", ["--max-batch-size", str(max_batch), "--max-delay-ms", "5"]),
    ]
    for mode, args in modes:
        server = ServerProcess(models, *args)
        try:
            for runtime in runtimes:
                rows += run_model(
                    server, PACKS[runtime], runtime, mode, image, clients, seconds, payload_kinds
                )
        finally:
            server.stop()
    return rows


def run_model(
    server: ServerProcess,
    model: str,
    runtime: str,
    mode: str,
    image: np.ndarray,
    clients: list[int],
    seconds: float,
    payload_kinds: tuple[str, ...],
) -> list[dict[str, float | str]]:
    meta = requests.get(f"{server.url}/v2/models/{model}", timeout=10).json()
    name = meta["inputs"][0]["name"]
    payloads = {"json": (v2_body(name, image), None), "binary": v2_binary_body(name, image)}
    url = f"{server.url}/v2/models/{model}/infer"
    rows: list[dict[str, float | str]] = []
    for payload, (body, headers) in payloads.items():
        if payload_kinds and payload not in payload_kinds:
            continue
        for count in clients:
            calls_before, requests_before = server.batch_sizes(model)
            result = load_test(url, body, count, seconds, headers)
            calls, requests_after = server.batch_sizes(model)
            mean = (requests_after - requests_before) / max(1.0, calls - calls_before)
            row: dict[str, float | str] = {"runtime": runtime, "batching": mode, "payload": payload, **result}
            row["mean_requests_per_batch"] = mean
            rows.append(row)
            rate = result["throughput_rps"]
            print(
                f"{runtime:10} batching {mode:3} {payload:6} clients {count:2}: {rate:6.1f} req/s  "
                f"p50 {result['p50_ms']:7.1f} ms  p95 {result['p95_ms']:7.1f} ms  "
                f"mean batch {mean:4.1f}  (errors {result['errors']})",
                flush=True,
            )
    return rows


def latency(count: int = 300) -> dict[str, float]:
    from inference.backends.litert import LiteRTBackend
    from inference.formats import open_model
    from inference.images import load_image

    pack = open_model("digits")
    sample = load_image(ROOT / "resources" / "samples" / "digit-3.png", pack.input).tensor[None]
    local = LiteRTBackend(pack.model_files[0])
    local.load()
    local_times = []
    for _ in range(count):
        began = time.perf_counter()
        local.predict(sample)
        local_times.append(time.perf_counter() - began)
    server = ServerProcess(ROOT / "resources" / "models" / "digits")
    session = requests.Session()
    results = {"local_litert_p50_ms": 1000 * statistics.median(local_times)}
    try:
        calls = {
            "remote_v2_p50_ms": ("/v2/models/digits/infer", lambda: v2_body("image", sample)),
            "remote_tfserving_p50_ms": (
                "/v1/models/digits:predict",
                lambda: json.dumps({"instances": sample.tolist()}).encode(),
            ),
        }
        for key, (path, encode) in calls.items():
            times = []
            for _ in range(count):
                began = time.perf_counter()
                response = session.post(server.url + path, data=encode(), timeout=10)
                response.json()
                times.append(time.perf_counter() - began)
            results[key] = 1000 * statistics.median(times[20:])
    finally:
        server.stop()
    for key, value in results.items():
        print(f"digits {key}: {value:.3f} ms", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--skip-mobilenet", action="store_true")
    parser.add_argument("--skip-latency", action="store_true")
    parser.add_argument("--max-batch-size", type=int, default=32, help="for the batching-on runs")
    parser.add_argument("--payloads", nargs="+", choices=["json", "binary"], default=["json", "binary"])
    parser.add_argument("--mobilenet-dir", type=Path, help="build the packs here once and reuse them")
    parser.add_argument("--runtimes", nargs="+", choices=list(PACKS), default=list(PACKS))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    os.environ["TEPI_HOME"] = os.environ.get("TEPI_HOME") or tempfile.mkdtemp(prefix="tepi-bench-")
    report: dict[str, object] = {"cpus": os.cpu_count()}
    if not args.skip_latency:
        report["latency"] = latency()
    if not args.skip_mobilenet:
        with tempfile.TemporaryDirectory() as scratch:
            folder = args.mobilenet_dir or Path(scratch)
            if not all((folder / name / "model.toml").is_file() for name in PACKS.values()):
                build_mobilenet_packs(folder)
            runs = throughput(
                folder,
                args.clients,
                args.seconds,
                args.max_batch_size,
                tuple(args.payloads),
                tuple(args.runtimes),
            )
            report["throughput"] = runs
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
