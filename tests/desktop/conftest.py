"""Fixtures for the desktop tests: a real window on the offscreen platform, test images, no stray threads."""

from __future__ import annotations

import argparse
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from desktop.engine import workers

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
LOAD_TIMEOUT_MS = 30_000


def _python_threads() -> list[str]:
    """Running Python threads other than the main one (Qt's adopted threads excluded)."""
    return sorted(
        t.name
        for t in threading.enumerate()
        if t is not threading.main_thread() and not isinstance(t, threading._DummyThread) and t.is_alive()
    )


@pytest.fixture(autouse=True)
def no_thread_left_running() -> Iterator[None]:
    """Fail any test that leaves a worker or Python thread running behind it."""
    before = set(_python_threads())
    yield
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:
        leftover = workers.live_threads() + sorted(set(_python_threads()) - before)
        if not leftover:
            return
        time.sleep(0.02)
    pytest.fail(f"threads still running after the test: {leftover}")


def make_window(qtbot, *, language: str = "en", paths: list[str] | None = None, model: str | None = None):
    """The real window and its controllers (``desktop.app.Tepi``), built as ``tepi`` builds them."""
    from desktop.app import build, start

    args = argparse.Namespace(language=language, theme=None, verbose=False, paths=paths or [], model=model)
    tepi = build(args, hooks=False)
    qtbot.addWidget(tepi.window)
    tepi.window.show()
    start(tepi, args)
    qtbot.waitUntil(lambda: tepi.engine.status is not None, timeout=LOAD_TIMEOUT_MS)
    return tepi


def close_window(tepi) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.text.i18n import remove_translators

    tepi.window.close()
    remove_translators(QApplication.instance(), tepi.translators)


@pytest.fixture
def tepi(qtbot):
    made = make_window(qtbot)
    yield made
    close_window(made)


@pytest.fixture
def tepi_factory(qtbot) -> Iterator[Callable[..., object]]:
    made: list = []

    def factory(**kwargs):
        one = make_window(qtbot, **kwargs)
        made.append(one)
        return one

    yield factory
    for one in made:
        close_window(one)


@pytest.fixture
def indonesian(qapp) -> Iterator[None]:
    """Bahasa Indonesia installed on the application, without a window (for the sentence tests)."""
    from desktop.text.i18n import install_translators, remove_translators

    _, translators = install_translators(qapp, "id")
    yield
    remove_translators(qapp, translators)


def app_env(home: Path) -> dict[str, str]:
    """The environment for ``python -m desktop`` as a process: its own Tepi home, offscreen."""
    return dict(os.environ, TEPI_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))


def wait_idle(qtbot, tepi, timeout: int = 60_000) -> None:
    """Until no prediction job is queued or running."""
    qtbot.waitUntil(lambda: not tepi.engine.busy and not tepi.engine.loading, timeout=timeout)


def digit_image(path: Path, digit: int, size: int = 64) -> Path:
    """A dark digit drawn on light paper, like the bundled samples."""
    image = Image.new("L", (size, size), 235)
    draw = ImageDraw.Draw(image)
    draw.text((size * 0.3, size * 0.15), str(digit), fill=20, font_size=int(size * 0.6))
    image.save(path)
    return path


@pytest.fixture(scope="session")
def many_images(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of 200 images: copies of the samples, and drawn digits as 640 × 480 photos."""
    folder = tmp_path_factory.mktemp("many")
    samples = sorted(SAMPLES.glob("digit-*"))
    for i in range(200):
        if i % 2:
            source = samples[i % len(samples)]
            shutil.copy(source, folder / f"img-{i:03d}{source.suffix}")
        else:
            page = Image.new("RGB", (640, 480), (228, 226, 220))
            digit = digit_image(folder / "digit.png", i % 10, size=300).resolve()
            page.paste(Image.open(digit).convert("RGB"), (170, 90))
            page.save(folder / f"img-{i:03d}.jpg", quality=88)
    (folder / "digit.png").unlink()
    return folder


@pytest.fixture
def truncated_jpeg(tmp_path: Path) -> Path:
    data = (SAMPLES / "digit-2-photo.jpg").read_bytes()
    path = tmp_path / "foto.jpg"
    path.write_bytes(data[: len(data) // 2])
    return path
