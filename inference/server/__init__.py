"""Tepi's reference server: every model pack in a folder on two standard protocols.

    python -m inference serve --models DIR [--host 127.0.0.1] [--port 8500] [--api-key KEY]

Open Inference Protocol (KServe V2) under ``/v2`` and TensorFlow Serving REST
under ``/v1``, so Tepi's remote backends (and any other client of those
protocols) can use it; Prometheus metrics at ``/metrics``. Clients send the
already-preprocessed input tensor, exactly what a local backend would get.

This package is the only place in ``inference`` that imports FastAPI and
uvicorn (an import-linter contract keeps it so); import it only to serve.
"""

from __future__ import annotations

from inference.server.app import make_app
from inference.server.config import ServerConfig
from inference.server.runner import serve

__all__ = ["ServerConfig", "make_app", "serve"]
