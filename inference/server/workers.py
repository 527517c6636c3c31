"""``serve --workers N``: N server processes sharing one listening socket.

One Python process answers on one core at a time: the event loop, JSON and
the batcher's hand-offs all hold the GIL. Several processes, each with its own
app, runtime and batcher, take turns at ``accept`` on the socket the parent
bound (so ``--port 0`` still reports the real port, and "port in use" is still
one sentence). The parent only supervises:

* SIGTERM or Ctrl+C is passed to every worker, and each drains as one server
  does (in-flight requests finish within ``graceful_timeout_s``, then the
  model queues); the parent returns once all have exited.
* A worker that dies on its own is replaced, so the server keeps its size.
* ``/metrics`` stays one server's view: Prometheus' multiprocess mode keeps
  every worker's counters in files in a private folder, and whichever worker
  is scraped sums them (gauges over live workers only).

Workers are started with ``spawn``, never ``fork``: nothing of the parent's
state (threads, loaded runtimes) is copied half-way into them.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
import time
from multiprocessing.process import BaseProcess
from pathlib import Path

from inference.server.config import ServerConfig

__all__ = ["MULTIPROC_ENV", "run_workers"]

logger = logging.getLogger(__name__)
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
"""Read by prometheus_client when it is first imported: set before any worker starts."""
STARTUP_S = 5.0
"""A worker that exits by itself sooner than this after starting is not replaced (the server stops);
one killed by a signal (a crash, the OOM killer) is replaced whenever."""


def _worker(models_dir: Path, config: ServerConfig, sock: socket.socket) -> None:
    from inference.server.process import run_one

    _log_like_the_parent()
    if hasattr(os, "setpgrp"):  # Ctrl+C reaches the parent alone, which asks each worker once:
        os.setpgrp()  # a second signal would make uvicorn skip the drain
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    try:
        run_one(models_dir, config, sock)
    finally:
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(os.getpid())  # its gauges leave the sums


def _log_like_the_parent() -> None:
    """``serve``'s own lines on stderr (a spawned process starts with logging unconfigured)."""
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s[%(process)d]: %(message)s"))
    for name in ("inference.server", "uvicorn.error"):
        logging.getLogger(name).addHandler(console)
        logging.getLogger(name).setLevel(logging.INFO)


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed outright drains and stops rather than serve on, unsupervised."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os.kill(os.getpid(), signal.SIGTERM)


def _forget(process: BaseProcess, folder: str) -> None:
    """A worker's live gauges leave the sums however it ended (SIGKILL runs none of its own code)."""
    from prometheus_client import multiprocess

    if process.pid is not None:
        multiprocess.mark_process_dead(process.pid, folder)


def run_workers(models_dir: Path, config: ServerConfig, sock: socket.socket) -> None:
    """Run ``config.workers`` servers on ``sock`` until SIGTERM or Ctrl+C, then wait for them to drain."""
    folder = tempfile.mkdtemp(prefix="tepi-metrics-")
    os.environ[MULTIPROC_ENV] = folder
    context = multiprocessing.get_context("spawn")
    stopping = False

    workers: list[BaseProcess] = []
    started: dict[int, float] = {}

    def start() -> BaseProcess:
        process = context.Process(target=_worker, args=(models_dir, config, sock), daemon=False)
        process.start()
        started[id(process)] = time.monotonic()
        return process

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True
        for process in workers:
            if process.pid is not None and process.exitcode is None:
                os.kill(process.pid, signal.SIGTERM)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        workers.extend(start() for _ in range(config.workers))
        while not stopping:
            for index, process in enumerate(workers):
                if process.exitcode is None or stopping:
                    continue
                _forget(process, folder)
                quick = time.monotonic() - started[id(process)] < STARTUP_S
                if quick and process.exitcode >= 0:  # it failed on its own as it started: it would again
                    logger.error("server worker %s failed as it started; stopping", process.pid)
                    stop(signal.SIGTERM, None)
                    break
                logger.warning(
                    "server worker %s exited (%s); starting another", process.pid, process.exitcode
                )
                workers[index] = start()
            time.sleep(0.2)
        for process in workers:
            process.join(config.graceful_timeout_s + 30)
            if process.exitcode is None:
                process.kill()
                process.join()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        os.environ.pop(MULTIPROC_ENV, None)
        shutil.rmtree(folder, ignore_errors=True)
