"""Prometheus metrics for the reference server, in a registry of its own per app.

A private ``CollectorRegistry`` (not the process-wide default) lets tests and
embedders build several apps in one process. Labels are bounded: the endpoint
is a kind (``infer``, ``predict``, ``metadata``...), never the raw path, and
the model label is only ever a served model's name.

Under ``serve --workers N`` (``PROMETHEUS_MULTIPROC_DIR`` set before the
worker imported prometheus_client) every worker writes its values to files
in that folder and ``render`` sums them all: any worker answers for the whole
server. Gauges then say how they combine: requests in flight and queue
depths add up over live workers, a model is ready when every live worker has it.
"""

from __future__ import annotations

import os

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from inference.server.batching import BatchObserver

__all__ = ["CONTENT_TYPE_LATEST", "ServerMetrics", "endpoint_kind"]

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256)


def endpoint_kind(path: str) -> tuple[str, str]:
    """``(protocol, endpoint)`` labels for a request path, from a fixed small set."""
    if path.startswith("/v2"):
        if path.startswith("/v2/health/"):
            return "v2", "health"
        if path.endswith("/infer"):
            return "v2", "infer"
        if path.endswith("/ready"):
            return "v2", "ready"
        return "v2", "metadata"
    if path.startswith("/v1/"):
        if path.endswith(":predict"):
            return "v1", "predict"
        if path.endswith("/metadata"):
            return "v1", "metadata"
        return "v1", "status"
    if path.startswith("/tepi/"):
        return "tepi", "predict"
    if path == "/metrics":
        return "server", "metrics"
    return "server", "other"


class ServerMetrics:
    """Every metric the server exports, and the text Prometheus scrapes."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "tepi_server_requests",
            "HTTP requests answered, by protocol, endpoint kind and status code.",
            ["protocol", "endpoint", "code"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "tepi_server_request_duration_seconds",
            "Time from request start to the last byte of the response.",
            ["protocol", "endpoint"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.in_flight = Gauge(
            "tepi_server_requests_in_flight",
            "Requests being handled now.",
            registry=self.registry,
            multiprocess_mode="livesum",
        )
        self.batch_size = Histogram(
            "tepi_server_batch_size",
            "Rows per backend call (above 1 when micro-batching combined requests).",
            ["model"],
            buckets=BATCH_BUCKETS,
            registry=self.registry,
        )
        self.batch_requests = Histogram(
            "tepi_server_batch_requests",
            "Requests combined into one backend call.",
            ["model"],
            buckets=BATCH_BUCKETS,
            registry=self.registry,
        )
        self.inference_seconds = Histogram(
            "tepi_server_inference_duration_seconds",
            "Time the backend took for one batch.",
            ["model"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.queue_depth = Gauge(
            "tepi_server_queue_depth",
            "Requests waiting for their model's inference thread.",
            ["model"],
            registry=self.registry,
            multiprocess_mode="livesum",
        )
        self.model_ready = Gauge(
            "tepi_server_model_ready",
            "1 when the model is loaded and serving, 0 while loading or after a failed load.",
            ["model"],
            registry=self.registry,
            multiprocess_mode="livemin",
        )

    def observer(self, model: str) -> BatchObserver:
        """Callbacks through which a model's batcher reports queue depth and batches."""
        depth = self.queue_depth.labels(model)
        rows_hist = self.batch_size.labels(model)
        requests_hist = self.batch_requests.labels(model)
        seconds_hist = self.inference_seconds.labels(model)

        def batch(rows: int, requests: int, seconds: float) -> None:
            rows_hist.observe(rows)
            requests_hist.observe(requests)
            seconds_hist.observe(seconds)

        return BatchObserver(queued=depth.set, batch=batch)

    def observe_request(self, path: str, status: int, seconds: float) -> None:
        protocol, endpoint = endpoint_kind(path)
        self.requests.labels(protocol, endpoint, str(status)).inc()
        self.latency.labels(protocol, endpoint).observe(seconds)

    def render(self) -> bytes:
        folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
        if not folder:
            return generate_latest(self.registry)
        from prometheus_client import multiprocess

        every_worker = CollectorRegistry()
        multiprocess.MultiProcessCollector(every_worker, path=folder)
        return generate_latest(every_worker)
