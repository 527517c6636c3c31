"""Remote over loopback: both protocols against the reference server, with and without micro-batching.

Two servers run at once, one with micro-batching (``--max-batch-size 32``)
and one without (``--max-batch-size 1``); the idle one costs nothing, and
alternating between them keeps their comparison side by side. Latency uses
Tepi's own remote backends (client encoding included); throughput uses a
load generator with pre-encoded bodies. The codec rows show where a
request's time goes: JSON, or the model.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import requests

from inference.backends.endpoint import Endpoint
from inference.backends.litert import LiteRTBackend
from inference.backends.remote import RemoteV2Backend, TFServingBackend
from inference.bench.loadgen import offered_load, serve
from inference.bench.local import BenchModel, raw_interpreter
from inference.bench.models import bench_dir
from inference.bench.procs import SOURCE_ROOT
from inference.bench.report import Report
from inference.bench.startup import SkipSection
from inference.bench.timing import interleaved
from inference.protocol import tfserving as tfs
from inference.protocol import v2
from inference.protocol.common import dumps

__all__ = ["run_remote"]

logger = logging.getLogger(__name__)
SERVERS = {
    "batching off": ["--max-batch-size", "1"],
    "batching on": ["--max-batch-size", "32", "--max-delay-ms", "5"],
}
LOCAL = "local LiteRT backend, same process"
RAW_ONE = "raw invoke, one input"
BINARY_EXTENSION = "binary_tensor_data"


def run_remote(report: Report, models: list[BenchModel], *, quick: bool, threads: int) -> None:
    if not (SOURCE_ROOT / "inference" / "server").is_dir():
        raise SkipSection("the reference server (inference/server) is not in this build")
    # Looked up, not imported: only inference.server may import the web framework.
    if any(importlib.util.find_spec(name) is None for name in ("fastapi", "uvicorn")):
        raise SkipSection("the server's extra (FastAPI, uvicorn) is not installed")
    folder = _serve_dir(models)
    logs = bench_dir("logs")
    common = ["--threads", str(threads)]
    with (
        serve(folder, logs / "server-unbatched.log", common + SERVERS["batching off"]) as off,
        serve(folder, logs / "server-batched.log", common + SERVERS["batching on"]) as on,
    ):
        urls = {"batching off": off.url, "batching on": on.url}
        for model in models:
            big = model.sample.size > 10_000
            runs = (5 if quick else 40) if big else (20 if quick else 200)
            _latency(report, model, urls, runs=runs, threads=threads, quick=quick)
        largest = models[-1]
        ceiling = _codec(report, largest, threads, runs=5 if quick else 30)
        _throughput(report, largest, urls, quick=quick, ceiling=ceiling)


def _serve_dir(models: list[BenchModel]) -> Path:
    """A folder with the benchmark's packs (links where the system allows, else copies)."""
    folder = bench_dir("serve")
    for model in models:
        link = folder / model.name
        if link.is_symlink() and link.resolve() == model.root.resolve():
            continue
        if link.is_symlink() or link.is_file():
            link.unlink()
        elif link.is_dir():
            shutil.rmtree(link)
        try:
            link.symlink_to(model.root, target_is_directory=True)
        except OSError:
            shutil.copytree(model.root, link)
    return folder


def _clients(url: str, model: str) -> dict[str, Any]:
    v2_backend = RemoteV2Backend(Endpoint(url, "v2"), model)
    tfs_backend = TFServingBackend(Endpoint(url, "tfserving"), model)
    v2_backend.load()
    tfs_backend.load()
    return {"v2": v2_backend, "tfserving": tfs_backend}


def _latency(
    report: Report, model: BenchModel, urls: dict[str, str], *, runs: int, threads: int, quick: bool
) -> None:
    x = model.sample
    local = LiteRTBackend(model.tflite, threads=threads)
    local.load()
    candidates: dict[str, Any] = {LOCAL: lambda: local.predict(x)}
    backends = []
    for setting, url in urls.items():
        for protocol, backend in _clients(url, model.name).items():
            backends.append(backend)
            candidates[f"remote {protocol}, {setting}"] = lambda b=backend: b.predict(x)
    found = interleaved(candidates, runs=runs, warmup=2 if quick else 5)
    subject = f"latency, {model.name} (ms)"
    for name, timing in found.items():
        report.add(
            "remote",
            subject,
            name,
            timing.p50,
            "ms",
            p95=timing.p95,
            reference=None if name == LOCAL else LOCAL,
        )
    for backend in backends:
        backend.close()
    local.close()


@dataclass(frozen=True)
class Payload:
    """One request, encoded once, as the load generator sends it."""

    path: str
    body: bytes
    headers: dict[str, str]


@dataclass(frozen=True)
class Ceiling:
    """What the model and the codec allow micro-batching to gain on this machine."""

    parse_ms: float
    invoke_ms: float
    batch_gain: float

    def note(self, payload: str) -> str:
        parse = 0.0 if "binary" in payload else self.parse_ms
        bound = (parse + self.invoke_ms) / (parse + self.invoke_ms / self.batch_gain)
        codec = (
            "binary tensors need no parsing"
            if parse == 0.0
            else f"parsing a request's JSON takes {parse:.0f} ms against {self.invoke_ms:.1f} ms of inference"
        )
        return (
            f"a batch of 32 runs {self.batch_gain:.2f}x as fast per image as one on this CPU, and {codec}: "
            f"about {bound:.2f}x at most"
        )


def _json_loads() -> tuple[Callable[[bytes], Any], str]:
    """The parser the server uses: orjson when installed (the server extra), else json."""
    try:
        import orjson

        return orjson.loads, "orjson"
    except ImportError:
        return json.loads, "json"


def _payloads(model: BenchModel, url: str) -> dict[str, Payload]:
    """V2 and TF Serving JSON bodies, and V2 binary tensors when the server offers the extension."""
    backend = RemoteV2Backend(Endpoint(url, "v2"), model.name)
    try:
        name = backend.info().inputs[0].name
    finally:
        backend.close()
    x = model.sample
    plain = {"Content-Type": "application/json"}
    found = {
        "v2 JSON": Payload(v2.infer_path(model.name), dumps(v2.encode_infer_request({name: x})), plain),
        "tfserving JSON": Payload(
            tfs.predict_path(model.name), dumps(tfs.encode_predict_request({name: x})), plain
        ),
    }
    extensions = requests.get(url + "/v2", timeout=10).json().get("extensions", [])
    if BINARY_EXTENSION in extensions:
        tensor: dict[str, Any] = {"name": name, "shape": list(x.shape), "datatype": "FP32"}
        tensor["parameters"] = {"binary_data_size": x.nbytes}
        head = json.dumps({"inputs": [tensor]}).encode()
        headers = {
            "Inference-Header-Content-Length": str(len(head)),
            "Content-Type": "application/octet-stream",
        }
        found["v2 binary"] = Payload(v2.infer_path(model.name), head + x.astype("<f4").tobytes(), headers)
    return found


def _codec(report: Report, model: BenchModel, threads: int, *, runs: int) -> Ceiling:
    """What one request costs besides the model (JSON encode on the client, parse on the server),
    and how much batching speeds the model itself up."""
    x = model.sample
    raw = raw_interpreter(model.tflite, threads)
    body = dumps(v2.encode_infer_request({"input": x}))
    loads, parser = _json_loads()
    parse_name = f"V2 JSON parse + decode (server side, {parser})"
    found = interleaved(
        {
            RAW_ONE: lambda: raw(x),
            parse_name: lambda: v2.decode_infer_request(loads(body)),
            "V2 encode + JSON dump (Tepi client)": lambda: dumps(v2.encode_infer_request({"input": x})),
        },
        runs=runs,
        warmup=2,
    )
    subject = f"one request, {model.name}, {len(body) / 2**20:.1f} MB JSON (ms)"
    for name, timing in found.items():
        reference = None if name == RAW_ONE else RAW_ONE
        report.add("remote", subject, name, timing.p50, "ms", p95=timing.p95, reference=reference)
    one = raw_interpreter(model.tflite, threads)
    batched = raw_interpreter(model.tflite, threads, batch=32)
    stack = np.repeat(x, 32, axis=0)
    times = interleaved({"1": lambda: one(x), "32": lambda: batched(stack)}, runs=max(3, runs // 3), warmup=1)
    subject = f"raw invoke throughput, {model.name} (images/s)"
    report.add("remote", subject, "batch 1", 1000.0 / times["1"].p50, "images/s")
    gain = report.add(
        "remote", subject, "batch 32", 32_000.0 / times["32"].p50, "images/s", reference="batch 1"
    )
    return Ceiling(found[parse_name].p50, found[RAW_ONE].p50, gain.ratio or 1.0)


def _throughput(
    report: Report, model: BenchModel, urls: dict[str, str], *, quick: bool, ceiling: Ceiling
) -> None:
    payloads = _payloads(model, urls["batching off"])
    total = 24 if quick else 160
    for clients in (1, 8, 32):
        subject = f"{clients} clients, {model.name} (req/s)"
        for kind, payload in payloads.items():
            for setting in ("batching off", "batching on"):
                rate = offered_load(
                    urls[setting] + payload.path,
                    payload.body,
                    headers=payload.headers,
                    clients=clients,
                    per_client=-(-total // clients),
                )
                reference = f"{kind}, batching off" if setting == "batching on" else None
                report.add("remote", subject, f"{kind}, {setting}", rate, "req/s", reference=reference)
    for kind in payloads:
        row = report.find("remote", f"32 clients, {model.name} (req/s)", f"{kind}, batching on")
        report.target(
            "remote",
            f"{kind} micro-batching >= 2.50x no batching at 32 clients ({model.name})",
            row.ratio if row else None,
            2.5,
            at_least=True,
            note=ceiling.note(kind),
        )
