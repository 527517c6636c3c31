"""A misbehaving inference server for tests, run as its own process: stdlib HTTP + LiteRT.

    python tests/remote/fault_server.py --model resources/models/digits/digits.tflite --name digits

Prints ``PORT <n>`` when it listens on 127.0.0.1. Answers the Open Inference
Protocol (``/v2/...``), TF Serving REST (``/v1/...``) and SageMaker
(``/invocations``) with the real model, unless a fault is switched on with
``POST /_control {"mode": ..., ...}``:

    ok           correct answers
    slow         every answer after ``delay`` seconds
    error500     HTTP 500 with an ``{"error"}``, ``{"detail"}`` or HTML body (``body``)
    cold         HTTP 503 "model is loading" for ``seconds`` after the switch, then ok
    throttle     HTTP 429 with ``Retry-After: 1`` for the first ``count`` requests, then ok
    malformed    HTTP 200 whose body is not JSON
    reset        headers, half a body, then a TCP reset
    wrong_shape  metadata declares 28×28×1 input
    wrong_rows   predictions with one row fewer than inputs
    auth         HTTP 401 ``{"detail"}`` unless the ``token`` arrives in ``header``

Hostile answers (tests/remote/hostile.py), to the predict calls only unless ``paths`` is ``all``:

    huge_body    HTTP 200, a JSON start, then ``size`` bytes (default 2 GB) as fast as they are read
    gzip_bomb    HTTP 200, ``Content-Encoding: gzip``, a body inflating to ``size`` bytes (default 8 GB)
    drip         HTTP 200 with a Content-Length, then one byte every ``interval`` seconds (default 1)
    endless      HTTP 200, chunked, a chunk every ``interval`` seconds (0: as fast as read), never ending
    huge_headers HTTP 200 and ``count`` headers of ``length`` bytes (default 10,000 × 1 KB), no body

``GET /_stats`` tells how many requests each path got since the last switch. The JSON here is written
by hand, not with Tepi's codecs, so a codec mistake cannot hide behind itself.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import socket
import struct
import sys
import threading
import time
import zlib
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import numpy as np


class Model:
    """The digits .tflite under a lock (one interpreter, resized per batch)."""

    def __init__(self, path: str) -> None:
        from ai_edge_litert import interpreter as litert

        self.interpreter = litert.Interpreter(model_path=path, num_threads=1)
        self.interpreter.allocate_tensors()
        self.input = self.interpreter.get_input_details()[0]
        self.output = self.interpreter.get_output_details()[0]
        self.lock = threading.Lock()

    def run(self, batch: np.ndarray) -> np.ndarray:
        with self.lock:
            shape = [batch.shape[0], *self.input["shape"][1:]]
            self.interpreter.resize_tensor_input(self.input["index"], shape)
            self.interpreter.allocate_tensors()
            self.interpreter.set_tensor(self.input["index"], batch.astype(np.float32))
            self.interpreter.invoke()
            return self.interpreter.get_tensor(self.output["index"]).copy()


class State:
    def __init__(self, model: Model, name: str) -> None:
        self.model = model
        self.name = name
        self.mode = "ok"
        self.options: dict[str, Any] = {}
        self.since = time.monotonic()
        self.count = 0
        self.stats: Counter[str] = Counter()
        self.lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    server: Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    # -- plumbing --------------------------------------------------------------------------------
    def _send(self, status: int, body: Any, *, headers: dict[str, str] | None = None) -> None:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if not isinstance(body, bytes) else "text/html")
        self.send_header("Content-Length", str(len(raw)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(raw)

    def _body(self) -> Any:
        length = int(self.headers.get("Content-Length", 0))
        raw = self.rfile.read(length) if length else b""
        return json.loads(raw) if raw else None

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _handle(self, method: str) -> None:
        state = self.server.state
        path = self.path.split("?")[0]
        body = self._body() if method == "POST" else None
        if path == "/_control":
            with state.lock:
                state.mode = body.get("mode", "ok")
                state.options = body
                state.since = time.monotonic()
                state.count = 0
                state.stats.clear()
            return self._send(200, {"mode": state.mode})
        if path == "/_stats":
            return self._send(200, dict(state.stats))
        with state.lock:
            state.stats[f"{method} {path}"] += 1
            state.count += 1
            count = state.count
        if self._hostile(state, method, path):
            return
        if self._fault(state, count):
            return
        self._route(method, path, body)

    # -- faults ----------------------------------------------------------------------------------
    def _fault(self, state: State, count: int) -> bool:
        mode, options = state.mode, state.options
        if mode == "slow":
            time.sleep(float(options.get("delay", 5)))
        elif mode == "error500":
            kind = options.get("body", "error")
            if kind == "html":
                self._send(500, b"<html><body><h1>Internal Server Error</h1><p>boom</p></body></html>")
            else:
                self._send(500, {kind: "the model crashed"})
            return True
        elif mode == "cold" and time.monotonic() - state.since < float(options.get("seconds", 1)):
            self._send(503, {"error": "model digits is loading"})
            return True
        elif mode == "throttle" and count <= int(options.get("count", 1)):
            self._send(429, {"error": "too many requests"}, headers={"Retry-After": "1"})
            return True
        elif mode == "malformed" and not self.path.endswith(("/ready", "/live")):
            self._send(200, b'{"outputs": [{"name": "probs", "data": [0.1,')
            return True
        elif mode == "reset":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b'{"model_name": "digits", "outputs": [')
            self.wfile.flush()
            sock = self.connection
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            sock.close()
            self.close_connection = True
            return True
        elif mode == "auth":
            header = options.get("header", "Authorization")
            want = options.get("token", "secret")
            want = f"Bearer {want}" if header.lower() == "authorization" else want
            if self.headers.get(header) != want:
                self._send(401, {"detail": "Not authenticated"})
                return True
        return False

    # -- hostile answers -------------------------------------------------------------------------
    def _hostile(self, state: State, method: str, path: str) -> bool:
        mode, options = state.mode, state.options
        if mode not in HOSTILE:
            return False
        predicting = method == "POST" and path.endswith(("/infer", ":predict", "/invocations"))
        if not predicting and options.get("paths") != "all":
            return False
        self.close_connection = True
        with contextlib.suppress(OSError):  # the client hung up: that is what it should do
            HOSTILE[mode](self, options)
        return True

    def _head(self, headers: dict[str, str]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.flush()

    def _huge_body(self, options: dict[str, Any]) -> None:
        size = int(options.get("size", 2 * 1024**3))
        self._head({"Content-Length": str(len(JSON_START) + size)})
        self.wfile.write(JSON_START)
        block = b"0.0, " * (1 << 16)
        sent = 0
        while sent < size:
            piece = block[: size - sent]
            self.wfile.write(piece)
            sent += len(piece)

    def _gzip_bomb(self, options: dict[str, Any]) -> None:
        size = int(options.get("size", 8 * 1024**3))
        self._head({"Content-Encoding": "gzip"})  # no length: the connection's end is the body's
        compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        self.wfile.write(compressor.compress(JSON_START) + compressor.flush(zlib.Z_FULL_FLUSH))
        block = b" " * (1 << 20)
        flushed = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)  # ~1 KB
        for _ in range(size >> 20):  # a full flush makes each block's bytes the same: send them again
            self.wfile.write(flushed)

    def _drip(self, options: dict[str, Any]) -> None:
        interval = float(options.get("interval", 1.0))
        body = JSON_START + b"0.0, " * 10_000
        self._head({"Content-Length": str(len(body))})
        for byte in body:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(interval)

    def _endless(self, options: dict[str, Any]) -> None:
        interval = float(options.get("interval", 0.2))
        self._head({"Transfer-Encoding": "chunked"})
        chunk = b"0.0, " * (1 if interval else 4096)
        self.wfile.write(b"%x\r\n%s\r\n" % (len(JSON_START), JSON_START))
        while True:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.flush()
            if interval:
                time.sleep(interval)

    def _huge_headers(self, options: dict[str, Any]) -> None:
        count, length = int(options.get("count", 10_000)), int(options.get("length", 1024))
        self.send_response(200)
        for number in range(count):
            self.send_header(f"X-Padding-{number}", "x" * length)
        self.end_headers()
        self.wfile.flush()
        time.sleep(float(options.get("hold", 5)))

    # -- the protocols ---------------------------------------------------------------------------
    def _route(self, method: str, path: str, body: Any) -> None:
        state = self.server.state
        parts = path.strip("/").split("/")
        if path in ("/v2/health/live", "/v2/health/ready", "/ping"):
            return self._send(200, {"live": True} if path.endswith("live") else {"ready": True})
        if path == "/invocations" and method == "POST":
            return self._v1_predict(body)
        if parts[:2] == ["v2", "models"] and len(parts) >= 3:
            if parts[2] != state.name:
                return self._send(404, {"error": f"Model {parts[2]} not found."})
            tail = parts[5:] if len(parts) > 4 and parts[3] == "versions" else parts[3:]
            if not tail and method == "GET":
                return self._send(200, self._v2_metadata())
            if tail == ["ready"]:
                return self._send(200, {"name": state.name, "ready": True})
            if tail == ["infer"] and method == "POST":
                return self._v2_infer(body)
        if parts[:2] == ["v1", "models"] and len(parts) >= 3:
            name, _, verb = parts[2].partition(":")
            if len(parts) > 4 and parts[3] == "versions":
                _, _, verb = parts[4].partition(":")
            if name != state.name:
                return self._send(404, {"error": f"Servable not found for request: Latest({name})"})
            if verb == "predict" and method == "POST":
                return self._v1_predict(body)
            if parts[-1] == "metadata":
                return self._send(200, self._v1_metadata())
            return self._send(200, {"model_version_status": [
                {"version": "1", "state": "AVAILABLE", "status": {"error_code": "OK", "error_message": ""}}
            ]})
        self._send(404, {"error": f"no route {method} {path}"})

    def _input_shape(self) -> list[int]:
        return [-1, 28, 28, 1] if self.server.state.mode == "wrong_shape" else [-1, 8, 8, 1]

    def _v2_metadata(self) -> dict[str, Any]:
        return {
            "name": self.server.state.name,
            "versions": ["1"],
            "platform": "tflite",
            "inputs": [{"name": "image", "datatype": "FP32", "shape": self._input_shape()}],
            "outputs": [{"name": "probs", "datatype": "FP32", "shape": [-1, 10]}],
        }

    def _v1_metadata(self) -> dict[str, Any]:
        def info(shape: list[int]) -> dict[str, Any]:
            dims = [{"size": str(d), "name": ""} for d in shape]
            return {"dtype": "DT_FLOAT", "tensor_shape": {"dim": dims, "unknown_rank": False}, "name": "x:0"}

        signature = {
            "inputs": {"image": info(self._input_shape())},
            "outputs": {"probs": info([-1, 10])},
            "method_name": "tensorflow/serving/predict",
        }
        return {
            "model_spec": {"name": self.server.state.name, "signature_name": "", "version": "1"},
            "metadata": {"signature_def": {"signature_def": {"serving_default": signature}}},
        }

    def _scores(self, batch: np.ndarray) -> list[Any]:
        scores = self.server.state.model.run(batch).tolist()
        return scores[:-1] if self.server.state.mode == "wrong_rows" else scores

    def _v2_infer(self, body: Any) -> None:
        try:
            tensor = body["inputs"][0]
            batch = np.asarray(tensor["data"], dtype=np.float32).reshape(tensor["shape"])
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            return self._send(400, {"error": f"bad request: {exc}"})
        scores = self._scores(batch)
        answer = {
            "model_name": self.server.state.name,
            "model_version": "1",
            "outputs": [{"name": "probs", "datatype": "FP32", "shape": [len(scores), 10],
                         "data": [x for row in scores for x in row]}],
        }
        if "id" in body:
            answer["id"] = body["id"]
        self._send(200, answer)

    def _v1_predict(self, body: Any) -> None:
        key = "instances" if "instances" in body else "inputs"
        value = body.get(key)
        if isinstance(value, dict):
            value = value["image"]
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            value = [row["image"] for row in value]
        batch = np.asarray(value, dtype=np.float32)
        self._send(200, {"predictions" if key == "instances" else "outputs": self._scores(batch)})


JSON_START = b'{"model_name": "digits", "outputs": [{"name": "probs", "datatype": "FP32", "data": ['
HOSTILE = {
    "huge_body": Handler._huge_body,
    "gzip_bomb": Handler._gzip_bomb,
    "drip": Handler._drip,
    "endless": Handler._endless,
    "huge_headers": Handler._huge_headers,
}


class Server(ThreadingHTTPServer):
    daemon_threads = True
    state: State


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--name", default="digits")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--mode", default="ok")
    args = parser.parse_args()
    server = Server(("127.0.0.1", args.port), Handler)
    server.state = State(Model(args.model), args.name)
    server.state.mode = args.mode
    print(f"PORT {server.server_address[1]}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever(poll_interval=0.1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
