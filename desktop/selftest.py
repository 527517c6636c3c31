"""``tepi --selftest``: the real window, offscreen, predicting the bundled samples.

It goes through the same path as a person: the window is built and shown,
the default model loads on the inference worker, the samples are opened as
if dropped (one image alone, then the rest as a batch), then the iris pack
and its CSV. Every outcome is printed as one JSON line (the fields of the
CLI's ``--json``); a last line ``{"event": "selftest", ...}`` gives the
verdict and the start-up figures (milliseconds since the process started).
Bundled samples name their answer (``digit-7.png``, the CSV's ``species``):
any wrong answer, digit or CSV row, fails the test. Settings and history go
to a temporary folder, so the person's own are never touched.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop import startup

__all__ = ["run_selftest"]

TIMEOUT_MS = 180_000


class _SelfTest(QObject):
    def __init__(self, app: QApplication, tepi, samples: Path) -> None:
        super().__init__(app)
        self.app, self.tepi, self.engine = app, tepi, tepi.engine
        images = sorted(p for p in samples.glob("digit-*") if p.is_file())
        csvs = sorted(samples.glob("iris*.csv"))
        self.steps: list[tuple[str, list[str]]] = []
        if images:
            self.steps.append(("digits", [str(images[0])]))
            if len(images) > 1:
                self.steps.append(("digits", [str(p) for p in images[1:]]))
        if csvs:
            self.steps.append(("iris", [str(csvs[0])]))
        self.figures: dict[str, float] = {}
        self.outcomes = 0
        self.failures = 0
        self.wrong: list[str] = []
        self.csv_rows = 0
        self.csv_wrong: list[str] = []
        self.code = 1
        self.engine.model_ready.connect(self._on_engine_model_ready)
        self.engine.model_failed.connect(self._on_engine_model_failed)
        self.engine.job_finished.connect(self._on_engine_job_finished)
        self.engine.job_failed.connect(lambda _event: self._next())
        tepi.results.shown.connect(self._on_results_shown)

    def start(self) -> None:
        self.figures["window_shown_ms"] = startup.ms_since_start()
        self.engine.load_model(self.steps[0][0] if self.steps else "digits")
        QTimer.singleShot(TIMEOUT_MS, self._on_timeout)

    def _on_engine_model_ready(self, _event) -> None:
        self.figures.setdefault("model_ready_ms", startup.ms_since_start())
        self._run_step()

    def _on_engine_model_failed(self, event) -> None:
        print(json.dumps({"event": "model-error", "model": event.ref, "error": str(event.error)}), flush=True)
        self._finish(1)

    def _on_results_shown(self, outcome) -> None:
        self.figures.setdefault("first_result_ms", startup.ms_since_start())
        print(json.dumps(outcome.to_json(), ensure_ascii=False), flush=True)
        from inference.results import Prediction

        self.outcomes += 1
        if not isinstance(outcome, Prediction):
            self.failures += 1
            return
        expected = _expected_label(outcome)
        where = f"{Path(outcome.input).name}{f' row {outcome.row}' if outcome.row else ''}"
        if outcome.row is not None:
            self.csv_rows += 1
            if expected is not None and expected != outcome.label:
                self.csv_wrong.append(where)
        elif expected is not None and expected != outcome.label:
            self.wrong.append(where)

    def _run_step(self) -> None:
        if not self.steps:
            right = not self.failures and not self.wrong and not self.csv_wrong
            self._finish(0 if self.outcomes and right else 1)
            return
        model, paths = self.steps[0]
        status = self.engine.status
        if status is None or status.ref != model:
            self.engine.load_model(model)
            return
        self.steps.pop(0)
        self.tepi.inputs.open_paths(paths)

    def _on_engine_job_finished(self, summary) -> None:
        self._next()

    def _next(self) -> None:
        QTimer.singleShot(0, self._run_step)

    def _on_timeout(self) -> None:
        print(json.dumps({"event": "timeout", "after_ms": TIMEOUT_MS}), flush=True)
        self._finish(3)

    def _finish(self, code: int) -> None:
        self.code = code
        verdict = {
            "event": "selftest",
            "ok": code == 0,
            "predictions": self.outcomes - self.failures,
            "failures": self.failures,
            "wrong": self.wrong,
            "csv_rows": self.csv_rows,
            "csv_wrong": self.csv_wrong,
            **{k: round(v, 1) for k, v in self.figures.items()},
        }
        print(json.dumps(verdict), flush=True)
        self.tepi.window.close()
        self.app.exit(code)


def _expected_label(outcome) -> str | None:
    match = re.match(r"digit-(\d)", Path(outcome.input).name)
    if match:
        return match[1]
    return outcome.extras.get("species") if outcome.row is not None else None


def run_selftest(app: QApplication, args: argparse.Namespace, build: Callable[..., Any]) -> int:
    """Build the window with ``build`` (``desktop.app.build``) on a private folder and run the samples."""
    from desktop.paths import resource_path

    with tempfile.TemporaryDirectory(prefix="tepi-selftest-") as home:
        store = QSettings(str(Path(home) / "settings.ini"), QSettings.Format.IniFormat)
        store.setValue("history/enabled", False)
        options = argparse.Namespace(**{**vars(args), "language": args.language or "en"})
        tepi = build(options, store, history_path=Path(home) / "history.sqlite3", replay=False)
        tepi.window.show()
        test = _SelfTest(app, tepi, resource_path("samples"))
        QTimer.singleShot(0, test.start)
        app.exec()
        code = test.code
        tepi.window.deleteLater()
    if code:
        print(f"selftest failed (exit {code}); details are in the log.", file=sys.stderr)
    return code
