"""``bench --peers``: Tepi's reference server beside MLServer, same model, same load, one run.

    python -m inference bench --peers [--seconds 3] [--blocks 4] [--clients 1,8,32]
        [--processes 1,2] [--markdown docs/bench/peers.md] [--json docs/bench/peers.json]

Both servers serve the same ``.tflite`` files (the bundled digits model and the
locally built MobileNetV2) with the same LiteRT threads per process, and both
stay up for the whole run. Each cell (model, clients, processes) is measured
in interleaved blocks, Tepi then MLServer then MLServer then Tepi..., by the
same load generator (``inference.bench.httpload``, a process of its own) with
the same V2 JSON body, so background load on a shared machine hits both
sides of every ratio alike. The machine's load average is kept beside every
cell. Then Tepi's own client, JSON against the binary tensor extension.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from inference.bench.local import BenchModel
from inference.bench.models import bench_dir, digits_pack, mobilenet_pack
from inference.bench.peer_servers import PeerProcess, start_mlserver, start_tepi
from inference.bench.procs import SOURCE_ROOT
from inference.bench.remote import _serve_dir
from inference.protocol import v2
from inference.protocol.common import dumps

__all__ = ["Cell", "PeerReport", "PeerSettings", "run_peers"]

SIDES = ("Tepi", "MLServer")
Progress = Callable[[str], None]


@dataclass(frozen=True)
class PeerSettings:
    seconds: float = 3.0
    """Measured seconds per block (after a half-second warm-up)."""
    blocks: int = 4
    """Blocks per server per cell, interleaved ABBA."""
    clients: tuple[int, ...] = (1, 8, 32)
    processes: tuple[int, ...] = (1, 2)
    models: tuple[str, ...] = ("digits", "mobilenetv2")
    threads: int = 1
    """LiteRT threads per process, the same for both servers. One: a server under concurrent load
    gets its parallelism from the requests, and on a small shared machine a second runtime thread
    mostly spins (MLServer, which runs the model on its event loop, lost 3.6x on digits with two)."""
    tepi_root: Path = SOURCE_ROOT
    """The checkout whose server is measured (another one measures a "before")."""
    client_binary: bool = True
    """Also measure Tepi's own client, JSON against the binary tensor extension."""
    cli: bool = True
    """Also measure the CLI's cost per image against a hand-written loop."""


@dataclass
class Cell:
    model: str
    processes: int
    clients: int
    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Per side: rate (req/s), p50_ms, p99_ms, count, cpu_ms (server CPU time per answer)."""
    load: tuple[float, float] = (0.0, 0.0)
    """The 1-minute load average when the cell started and when it ended."""

    @property
    def ratio(self) -> float | None:
        tepi, peer = self.results.get("Tepi"), self.results.get("MLServer")
        if not tepi or not peer or not peer["rate"]:
            return None
        return tepi["rate"] / peer["rate"]


@dataclass
class PeerReport:
    machine: dict[str, Any]
    settings: dict[str, Any]
    cells: list[Cell] = field(default_factory=list)
    client_rows: list[dict[str, Any]] = field(default_factory=list)
    cli_rows: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        cells = [{**c.__dict__, "ratio": c.ratio} for c in self.cells]
        return {"machine": self.machine, "settings": self.settings, "cells": cells,
                "client": self.client_rows, "cli": self.cli_rows, "notes": self.notes}  # fmt: skip


def _request_body(model: BenchModel, input_name: str) -> bytes:
    """The V2 JSON body every client sends: one preprocessed input, as a client library writes it."""
    return dumps(v2.encode_infer_request({input_name: model.sample}))


def _input_name(servers: dict[str, PeerProcess], model: str) -> str:
    """The input's name as Tepi's server declares it (MLServer's runtime takes any name)."""
    import requests

    if "Tepi" not in servers:
        return "input"
    url = servers["Tepi"].url
    return str(requests.get(f"{url}/v2/models/{model}", timeout=10).json()["inputs"][0]["name"])


def _load_once(url: str, body_file: Path, clients: int, seconds: float) -> dict[str, float]:
    command = [sys.executable, "-m", "inference.bench.httpload", "--url", url, "--body", str(body_file),
               "--header", "Content-Type: application/json", "--clients", str(clients),
               "--seconds", str(seconds)]  # fmt: skip
    done = subprocess.run(command, cwd=SOURCE_ROOT, capture_output=True, text=True, timeout=seconds + 300)
    result = json.loads(done.stdout.strip().splitlines()[-1]) if done.stdout.strip() else {}
    if done.returncode != 0 or "error" in result:
        raise RuntimeError(f"load on {url} failed: {result.get('error') or done.stderr[-400:]}")
    return dict(result)


def _interleaved(
    targets: dict[str, str], servers: dict[str, PeerProcess], body_file: Path, clients: int,
    settings: PeerSettings,
) -> dict[str, dict[str, Any]]:  # fmt: skip
    """ABBA blocks; each side's rate is its answers over its measured time, its quantiles pooled,
    and its CPU time per answer (all its processes), which a busy machine does not inflate."""
    blocks: dict[str, list[dict[str, float]]] = {side: [] for side in targets}
    order = list(targets)
    for block in range(settings.blocks):
        for side in order if block % 2 == 0 else reversed(order):
            cpu = servers[side].cpu_seconds()
            run = _load_once(targets[side], body_file, clients, settings.seconds)
            run["cpu_s"] = servers[side].cpu_seconds() - cpu
            blocks[side].append(run)
    merged = {}
    for side, runs in blocks.items():
        count = sum(r["count"] for r in runs)
        merged[side] = {
            "rate": count / sum(r["seconds"] for r in runs),
            "count": count,
            "p50_ms": float(np.median([r["p50_ms"] for r in runs])),
            "p99_ms": float(np.median([r["p99_ms"] for r in runs])),
            "rates": [round(r["rate"], 1) for r in runs],
            "cpu_ms": 1000.0 * sum(r["cpu_s"] for r in runs) / max(1, sum(r["total"] for r in runs)),
        }
    return merged


@contextmanager
def _servers(
    models: dict[str, BenchModel], processes: int, settings: PeerSettings, logs: Path, notes: list[str]
) -> Iterator[dict[str, PeerProcess]]:
    threads = settings.threads
    serve_dir = _serve_dir(list(models.values()))
    started: dict[str, PeerProcess] = {}
    try:
        try:
            started["Tepi"] = start_tepi(serve_dir, logs / f"tepi-{processes}.log", workers=processes,
                                         threads=threads, root=settings.tepi_root)  # fmt: skip
        except RuntimeError as exc:  # an older checkout without --workers: measure the peer alone
            notes.append(f"Tepi with {processes} process(es) did not start: {exc}")
        files = {name: model.tflite for name, model in models.items()}
        started["MLServer"] = start_mlserver(files, logs, workers=processes, threads=threads)
        yield started
    finally:
        for server in started.values():
            server.stop()


def run_peers(settings: PeerSettings, report: PeerReport, progress: Progress) -> PeerReport:
    """Every cell of the matrix into ``report`` (which also keeps what finished if a later cell fails)."""
    packs = {"digits": digits_pack, "mobilenetv2": mobilenet_pack}
    models = {name: BenchModel.from_pack(packs[name]()) for name in settings.models}
    logs = bench_dir("peers")
    with tempfile.TemporaryDirectory(prefix="tepi-peers-") as scratch:
        for processes in settings.processes:
            progress(f"starting both servers, {processes} process(es) each")
            with _servers(models, processes, settings, logs, report.notes) as servers:
                for name, model in models.items():
                    body_file = Path(scratch) / f"{name}.json"
                    body_file.write_bytes(_request_body(model, _input_name(servers, name)))
                    path = v2.infer_path(name)
                    targets = {side: servers[side].url + path for side in SIDES if side in servers}
                    for clients in settings.clients:
                        cell = Cell(name, processes, clients)
                        before = os.getloadavg()[0]
                        cell.results = _interleaved(targets, servers, body_file, clients, settings)
                        cell.load = (before, os.getloadavg()[0])
                        report.cells.append(cell)
                        progress(_cell_line(cell))
    if settings.client_binary and "mobilenetv2" in models:
        from inference.bench.peer_client import run_client_binary

        progress("Tepi's client: JSON against binary tensors")
        report.client_rows = run_client_binary(models["mobilenetv2"], settings, logs)
    if settings.cli:
        from inference.bench.cli_cost import run_cli_cost

        progress("the CLI per image against a hand-written loop")
        report.cli_rows = run_cli_cost(models, settings.threads, settings.tepi_root, progress)
    return report


def _cell_line(cell: Cell) -> str:
    parts = [
        f"{side} {r['rate']:.1f} req/s ({r['cpu_ms']:.2f} CPU-ms each)" for side, r in cell.results.items()
    ]
    ratio = f"{cell.ratio:.2f}x" if cell.ratio else "-"
    where = f"{cell.model}, {cell.processes} proc, {cell.clients} clients"
    return f"{where}: {', '.join(parts)} ({ratio}, load {cell.load[0]:.1f})"
