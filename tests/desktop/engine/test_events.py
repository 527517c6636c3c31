"""Worker news reaches the GUI as frozen events, each on the one signal of its type.

The first test checks the table itself (``SIGNALS``): every event type has a
signal, ``Engine.deliver`` emits it there and nowhere else. The others run
the real engine (a real model on the real inference worker) and check which
events a load, a single image, a batch, a dropped model and a broken file
produce, in which order, on which signal.
"""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path

import pytest
from PySide6.QtCore import SignalInstance

from desktop.engine import events
from desktop.engine.engine import SIGNALS, Engine
from desktop.engine.events import (
    JobFailed,
    JobFinished,
    ModelFailed,
    ModelOffered,
    ModelReady,
    RowsReady,
)
from tests.desktop.conftest import LOAD_TIMEOUT_MS, SAMPLES

VALUES = {events.ModelStatus, events.BatchRow}
"""Types the events carry, not events themselves."""


def _event_types() -> list[type]:
    return [
        cls
        for name, cls in inspect.getmembers(events, inspect.isclass)
        if name in events.__all__ and cls not in VALUES
    ]


def _example(cls: type) -> object:
    """An instance of ``cls`` with placeholder values (the mapping looks at the type only)."""
    fields = [f for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING]
    fields = [f for f in fields if f.default_factory is dataclasses.MISSING]
    return cls(*(None for _ in fields))


class Recorder:
    """Every event the engine emits, in order, with the signal that carried it."""

    def __init__(self, engine: Engine) -> None:
        self.seen: list[tuple[str, object]] = []
        for name in SIGNALS.values():
            getattr(engine, name).connect(lambda event, name=name: self.seen.append((name, event)))

    def kinds(self) -> list[str]:
        return [type(event).__name__ for _, event in self.seen]

    def clear(self) -> None:
        self.seen.clear()


@pytest.fixture
def engine(qtbot):
    made = Engine()
    yield made
    made.shutdown()


def test_each_event_type_has_its_own_signal_and_arrives_only_there(qtbot, engine: Engine) -> None:
    types = _event_types()
    assert set(SIGNALS) == set(types), "an event type without a signal, or a signal for a non-event"
    assert len(set(SIGNALS.values())) == len(SIGNALS), "two event types share a signal"
    recorder = Recorder(engine)
    for cls in types:
        assert dataclasses.is_dataclass(cls), cls
        assert cls.__dataclass_params__.frozen, f"{cls.__name__} is not frozen"  # type: ignore[attr-defined]
        assert isinstance(getattr(engine, SIGNALS[cls]), SignalInstance)
        event = _example(cls)
        with pytest.raises(dataclasses.FrozenInstanceError):
            event.job_id = 7  # type: ignore[attr-defined]
        recorder.clear()
        engine.deliver(event)
        assert recorder.seen == [(SIGNALS[cls], event)]
        assert recorder.seen[0][1] is event


def _wait_for(qtbot, recorder: Recorder, last: type, timeout: int = LOAD_TIMEOUT_MS) -> None:
    qtbot.waitUntil(lambda: any(isinstance(event, last) for _, event in recorder.seen), timeout=timeout)


def test_a_load_then_one_image_then_a_batch(qtbot, engine: Engine, tmp_path: Path) -> None:
    recorder = Recorder(engine)
    engine.load_model("digits")
    _wait_for(qtbot, recorder, ModelReady)
    assert recorder.kinds() == ["ModelReady"] and recorder.seen[0][0] == "model_ready"
    assert recorder.seen[0][1].status is engine.status and engine.status.name == "digits"

    recorder.clear()
    job = engine.open_paths([str(SAMPLES / "digit-3.png")])
    _wait_for(qtbot, recorder, JobFinished)
    assert recorder.kinds() == ["JobStarted", "SingleReady", "JobFinished"]
    started, single, finished = (event for _, event in recorder.seen)
    assert (started.job_id, single.job_id, finished.job_id) == (job, job, job)
    assert started.kind == finished.kind == "single" and finished.done == 1
    assert single.prediction.label == "3"
    assert [name for name, _ in recorder.seen] == ["job_started", "single_ready", "job_finished"]

    recorder.clear()
    job = engine.open_paths([str(p) for p in sorted(SAMPLES.glob("digit-*"))])
    _wait_for(qtbot, recorder, JobFinished)
    kinds = recorder.kinds()
    assert kinds[0] == "JobStarted" and kinds[-1] == "JobFinished"
    assert set(kinds[1:-1]) == {"RowsReady"}
    rows = [row for _, event in recorder.seen if isinstance(event, RowsReady) for row in event.rows]
    started, finished = recorder.seen[0][1], recorder.seen[-1][1]
    assert started.kind == "batch" and len(rows) == started.total == finished.done
    assert [row.index for row in rows] == list(range(len(rows)))
    assert all(event.job_id == job for _, event in recorder.seen)


def test_a_dropped_model_is_offered_and_a_broken_file_fails(
    qtbot, engine: Engine, tmp_path: Path, truncated_jpeg: Path
) -> None:
    recorder = Recorder(engine)
    engine.load_model("digits")
    _wait_for(qtbot, recorder, ModelReady)

    recorder.clear()
    pack = SAMPLES.parent / "models" / "digits"
    engine.open_paths([str(pack)])
    _wait_for(qtbot, recorder, JobFinished)
    assert recorder.kinds() == ["ModelOffered", "JobFinished"]
    offered, finished = (event for _, event in recorder.seen)
    assert isinstance(offered, ModelOffered) and Path(offered.path) == pack
    assert finished.kind == "none"

    recorder.clear()
    engine.open_paths([str(truncated_jpeg)])
    _wait_for(qtbot, recorder, JobFailed)
    assert recorder.kinds() == ["JobStarted", "JobFailed"]
    assert [name for name, _ in recorder.seen] == ["job_started", "job_failed"]
    assert "foto.jpg" in str(recorder.seen[-1][1].error)

    recorder.clear()
    engine.load_model(str(tmp_path / "no-such-model.tflite"))
    _wait_for(qtbot, recorder, ModelFailed)
    assert recorder.seen[0][0] == "model_failed" and len(recorder.seen) == 1
    assert recorder.seen[0][1].ref.endswith("no-such-model.tflite")
    assert engine.status is not None and engine.status.name == "digits", "the loaded model stays"
