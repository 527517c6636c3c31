"""Screenshots of the real window under a virtual X server, for the README and for review.

    xvfb-run -s '-screen 0 1280x800x24' .venv/bin/python scripts/desktop_screenshots.py OUT_DIR
    (or start Xvfb yourself and set DISPLAY)

Builds the window as ``tepi`` does (``desktop.app.build``) in a private
TEPI_HOME, drives it with the same gestures the tests use (drops, menus,
settings), and takes each picture with ImageMagick's ``import -window root``,
so what is saved is what the X server shows. Each scene is its own process
(language and theme are chosen at start, as a person's settings would):

    empty-en       the drop zone with digits loaded
    single-en/id   one result (a bundled sample)
    batch-en/id    a folder with a damaged file, a file in a subfolder and a 6000 x 4000 photo
    iris-en        a CSV batch with iris: a file missing a column among good rows
    history-en/id  the History panel in front, an entry reopened
    queue-en       the Offline Queue after the server was switched off in Settings
    dark           the batch in the dark theme

Fixtures are made from the bundled samples only (nothing is downloaded).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
SCENES = ("empty-en", "single-en", "single-id", "batch-en", "batch-id", "iris-en", "history-en",
          "history-id", "queue-en", "dark")  # fmt: skip


def make_fixtures(folder: Path) -> dict[str, Path]:
    """meter-photos/ (natural-sort names, a damaged scan, nested/huge.jpg) and two iris CSV files."""
    from PIL import Image

    photos = folder / "meter-photos"
    (photos / "nested").mkdir(parents=True, exist_ok=True)
    digits = [SAMPLES / f"digit-{d}.png" for d in (0, 3, 5, 7, 8)]
    for number in range(1, 11):  # meter-1 ... meter-10: a natural sort puts meter-10 last
        source = Image.open(digits[(number - 1) % len(digits)]).convert("RGB")
        page = Image.new("RGB", (source.width + 40, source.height + 40), (236, 232, 226))
        page.paste(source, (20, 20))
        page.save(photos / f"meter-{number}.jpg", quality=90)
    photo = Image.open(SAMPLES / "digit-2-photo.jpg").convert("RGB")
    huge = Image.new("RGB", (6000, 4000), photo.getpixel((10, 10)))  # the photo, taken at 24 megapixels
    huge.paste(photo.resize((4000, 4000)), (1000, 0))
    huge.save(photos / "nested" / "huge.jpg", quality=85)
    broken = (SAMPLES / "digit-2-photo.jpg").read_bytes()
    (photos / "scan-broken.jpg").write_bytes(broken[: len(broken) // 3])
    flowers = folder / "flowers"
    flowers.mkdir(exist_ok=True)
    shutil.copy(SAMPLES / "iris.csv", flowers / "iris.csv")
    lines = (SAMPLES / "iris.csv").read_text().splitlines()
    header = lines[0].split(",")
    keep = [i for i, name in enumerate(header) if name != "petal_width"]
    cut = [",".join(line.split(",")[i] for i in keep) for line in lines]
    (flowers / "iris_missing_col.csv").write_text("\n".join(cut) + "\n")
    return {"photos": photos, "flowers": flowers}


class Scene:
    """One window, built as ``tepi`` builds it, and the means to wait on it."""

    def __init__(self, language: str, theme: str, model: str | None = None) -> None:
        from PySide6.QtWidgets import QApplication

        from desktop.app import build, start
        from desktop.settings.store import open_qsettings

        self.app = QApplication.instance() or QApplication([sys.argv[0]])
        self.app.setApplicationName("Tepi")
        args = argparse.Namespace(language=language, theme=theme, verbose=False, paths=[], model=model)
        self.tepi = build(args, open_qsettings())
        window = self.tepi.window
        window.setGeometry(0, 0, 1280, 800)
        window.show()
        start(self.tepi, args)
        self.wait(lambda: self.tepi.engine.status is not None and not self.tepi.engine.loading, 60)
        self.settle()

    def wait(self, condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the window did not get there in time")
            self.app.processEvents()
            time.sleep(0.02)

    def settle(self, seconds: float = 0.6) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.02)

    def idle(self) -> None:
        engine = self.tepi.engine
        self.wait(lambda: not engine.busy and not engine.loading, 180)
        self.settle(1.0)

    def drop(self, paths: list[Path]) -> None:
        sys.path.insert(0, str(ROOT))
        from tests.desktop.helpers import drop_paths

        drop_paths(self.tepi.window, [str(p) for p in paths])
        self.settle(0.3)
        self.idle()

    def shot(self, out: Path) -> None:
        self.settle(0.8)
        subprocess.run(["import", "-window", "root", str(out)], check=True)
        print(out)

    def close(self) -> None:
        self.tepi.window.close()
        self.settle(0.3)


def _history_front(scene: Scene) -> None:
    window = scene.tepi.window
    window.show_panel(window.history_dock, window.history_panel.table)


def run_scene(name: str, out: Path, fixtures: dict[str, Path]) -> None:
    language = name.rsplit("-", 1)[1] if name.endswith(("-en", "-id")) else "en"
    theme = "dark" if name == "dark" else "light"
    model = "iris" if name.startswith("iris") else "digits"
    scene = Scene(language, theme, model)
    window = scene.tepi.window
    if name.startswith("empty"):
        _history_front(scene)
    elif name.startswith("single"):
        scene.drop([SAMPLES / "digit-2-photo.jpg"])
    elif name.startswith(("batch", "dark")):
        scene.drop([fixtures["photos"]])
        _history_front(scene)
    elif name.startswith("iris"):
        scene.drop([fixtures["flowers"]])
    elif name.startswith("history"):
        scene.drop([fixtures["photos"]])
        scene.drop([SAMPLES / "digit-7.png"])
        _history_front(scene)
        panel = window.history_panel
        scene.settle(1.5)
        panel.search.setText("meter")
        scene.settle(1.5)
        panel.table.selectRow(2)
        panel.table.setFocus()
        index = panel.table.model().index(2, 1)
        panel.table.doubleClicked.emit(index)
    elif name.startswith("queue"):
        _queue_scene(scene, fixtures)
    scene.shot(out / f"{name}.png")
    scene.close()


def _queue_scene(scene: Scene, fixtures: dict[str, Path]) -> None:
    """Inputs queued for a server that is down, then the server switched off in Settings ▸ Remote."""
    import socket

    from desktop.ui.dialogs.remote_page import RemotePage

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    tepi = scene.tepi

    def settings(enabled: bool) -> None:
        tepi.preferences.show_settings()
        dialog = tepi.preferences.dialog
        page = next(p for p in dialog.pages if isinstance(p, RemotePage))
        page.endpoint_group.setChecked(enabled)
        if enabled:
            page.url.setText(f"http://127.0.0.1:{port}")
            page.policy.setCurrentIndex(page.policy.findData("remote-only"))
        dialog.accept()
        scene.settle(0.5)
        scene.idle()

    settings(True)
    from inference.predictor import natural_key

    photos = sorted(fixtures["photos"].glob("meter-*.jpg"), key=lambda p: natural_key(p.name))[:4]
    scene.drop(photos)
    scene.wait(lambda: tepi.queue.status_button.count == len(photos), 30)
    settings(False)
    scene.settle(2.0)
    tepi.window.show_panel(tepi.queue_dock, tepi.queue.panel.table)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scene", choices=SCENES, action="append", help="only these (default: all)")
    parser.add_argument("--fixtures", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.fixtures is not None:  # one scene, in a process of its own
        fixtures = {"photos": args.fixtures / "meter-photos", "flowers": args.fixtures / "flowers"}
        run_scene(args.scene[0], args.out, fixtures)
        return 0
    with tempfile.TemporaryDirectory(prefix="tepi-shots-") as tmp:
        base = Path(tmp)
        make_fixtures(base)
        for scene in args.scene or SCENES:
            env = {**os.environ, "TEPI_HOME": str(base / f"home-{scene}"), "QT_QPA_PLATFORM": "xcb"}
            command = [sys.executable, __file__, str(args.out), "--scene", scene, "--fixtures", str(base)]
            subprocess.run(command, env=env, check=True, cwd=base)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
