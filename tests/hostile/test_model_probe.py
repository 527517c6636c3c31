"""Model files that crash, hang or exhaust LiteRT are opened in a child process first: one sentence each.

The files in tests/data are real: ``crash-litert.tflite`` is the digits model
with one tensor pointed at another's buffer (LiteRT 2.x dies with SIGSEGV in
``allocate_tensors``), ``memory-litert.tflite`` the digits model with an input
dimension of 2^30 (it allocates gigabytes), ``hang-litert.tflite`` a WHILE loop
whose condition never turns false, written by the TFLite converter.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from inference.backends.litert import LiteRTBackend
from inference.backends.litert_probe import CACHE_FILE, check_in_child
from inference.errors import ModelFormatError
from inference.resources import cache_dir
from tests.hostile.conftest import ROOT, SEVEN, tepi

DATA = ROOT / "tests" / "data"
TAIL = "it may be damaged or made to attack Tepi."


@pytest.mark.parametrize("model", sorted(DATA.glob("crash*.tflite")), ids=lambda p: p.name)
def test_a_model_that_crashes_litert_is_one_sentence_from_the_cli(tmp_path: Path, model: Path) -> None:
    """Every crash file here (``make fuzz``'s tflite target saves new ones) stays in the probe's child."""
    done = tepi("predict", str(SEVEN), "-m", str(model), home=tmp_path)
    assert done.returncode == 1
    assert done.stderr.strip() == f"error: {model.name} crashed the runtime while loading; {TAIL}"
    assert "Traceback" not in done.stderr + done.stdout


def test_the_crashing_file_would_take_down_the_process_that_opened_it(tmp_path: Path) -> None:
    """Without the child (``isolate=False``, as the probe's own child runs), the process dies."""
    import subprocess
    import sys

    code = "import sys; from pathlib import Path; from inference.backends.litert import LiteRTBackend; "
    code += "LiteRTBackend(Path(sys.argv[1]), isolate=False).load()"
    died = subprocess.run([sys.executable, "-c", code, str(DATA / "crash-litert.tflite")], cwd=ROOT)
    assert died.returncode < 0  # killed by a signal: this is what the probe keeps away


def test_a_model_that_never_finishes_loading_is_stopped() -> None:
    started = time.monotonic()
    with pytest.raises(ModelFormatError) as caught:
        check_in_child(DATA / "hang-litert.tflite", timeout_s=2.0)
    assert time.monotonic() - started < 2.0 + 2
    assert str(caught.value) == f"hang-litert.tflite did not finish loading within 2 s; {TAIL}"


def test_a_model_that_allocates_without_bound_is_stopped() -> None:
    with pytest.raises(ModelFormatError) as caught:
        check_in_child(DATA / "memory-litert.tflite", memory_mb=300)
    assert caught.value.code == "model.probe_memory"
    assert str(caught.value) == f"memory-litert.tflite needed more than 300 MB of memory to load; {TAIL}"


def test_a_good_model_pays_the_probe_once(tmp_path: Path) -> None:
    model = tmp_path / "mine.tflite"
    shutil.copy(ROOT / "resources" / "models" / "digits" / "digits.tflite", model)
    first = time.monotonic()
    LiteRTBackend(model).load()
    probed = time.monotonic() - first
    known = json.loads((cache_dir() / CACHE_FILE).read_text())
    assert len(known) == 1
    again = time.monotonic()
    LiteRTBackend(model).load()
    assert time.monotonic() - again < probed / 2  # no child the second time
    assert json.loads((cache_dir() / CACHE_FILE).read_text()) == known


def test_a_refused_file_keeps_its_usual_sentence(tmp_path: Path) -> None:
    junk = tmp_path / "junk.tflite"
    junk.write_bytes(b"TFL3" + bytes(200))
    with pytest.raises(ModelFormatError) as caught:
        LiteRTBackend(junk).load()
    assert caught.value.code == "model.tflite_unreadable"
