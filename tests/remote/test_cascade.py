"""Policy ``cascade`` through the real CLI and the real reference server.

digits answers locally; the inputs it is unsure of go to the pack's ``[cascade]``
model (digits-large) on the server, which answers instead, and the local
answer is kept beside it with the reason.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.remote.conftest import API_KEY, ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from digit_renders import render_handwritten
from digit_sets import handwritten_splits, sklearn_digits


@pytest.fixture(scope="module")
def handwritten(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 359 held-out handwritten digits drawn dark on light at 64 px, named ``NNN-label.png``."""
    folder = tmp_path_factory.mktemp("handwritten")
    images, labels = sklearn_digits()
    for n, i in enumerate(handwritten_splits()["test"]):
        render_handwritten(images[i], 64).convert("RGB").save(folder / f"{n:03d}-{labels[i]}.png")
    return folder


def _predict(folder: Path, *args: str, home: Path) -> list[dict]:
    result = subprocess.run(
        [sys.executable, "-m", "inference", "predict", str(folder), "--json", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "TEPI_HOME": str(home), "TEPI_REMOTE_TOKEN": API_KEY},
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def _accuracy(answers: list[dict]) -> float:
    return sum(a["label"] == Path(a["input"]).stem.split("-")[1] for a in answers) / len(answers)


def test_cascade_asks_the_large_model_for_the_unsure_inputs_only(
    reference_server, handwritten: Path, tmp_path: Path
) -> None:
    local = _predict(handwritten, "--policy", "local-only", home=tmp_path)
    remote = {a["input"]: a for a in _predict(handwritten, "--remote", reference_server.url,
                                               "--remote-model", "digits-large", "--policy", "remote-only",
                                               home=tmp_path)}  # fmt: skip
    cascade = _predict(handwritten, "--remote", reference_server.url, "--policy", "cascade", home=tmp_path)
    host = reference_server.url.removeprefix("http://")
    unsure_locally = {a["input"] for a in local if a.get("unsure")}
    escalated = {a["input"] for a in cascade if "escalated" in a}
    assert escalated == unsure_locally and 0 < len(escalated) <= 0.15 * len(cascade)
    for answer in cascade:
        if answer["input"] in escalated:
            assert answer["backend"] == f"remote v2 {host}"
            assert answer["label"] == remote[answer["input"]]["label"]  # the large model's answer
            first = answer["escalated"]
            assert first["code"] == "route.escalated" and first["local"]["backend"] == "local LiteRT"
            assert first["reason"] == f"local confidence {first['local']['score']:.0%} < 90%"
        else:
            assert answer["backend"] == "local LiteRT" and not answer.get("unsure")
    assert _accuracy(cascade) >= _accuracy(list(remote.values())) - 0.003
    assert _accuracy(cascade) > _accuracy(local)


def test_cascade_without_a_server_keeps_the_local_answers_marked_unsure(
    handwritten: Path, tmp_path: Path
) -> None:
    answers = _predict(handwritten, "--policy", "cascade", home=tmp_path)
    assert {a["backend"] for a in answers} == {"local LiteRT"}
    assert any(a.get("unsure") for a in answers) and not any("escalated" in a for a in answers)
