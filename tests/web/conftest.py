"""The web page under test: driven by Streamlit's ``AppTest``, or served for real and driven in Chromium.

Chromium is Debian's ``chromium`` package (``.ci/run`` installs it), launched by
Playwright's Python package with ``executable_path``: nothing is downloaded.
Outside CI a machine without it skips the browser tests, saying why; in CI a
missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "web" / "app.py"
SAMPLES = ROOT / "resources" / "samples"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these Chromium's own background connections are refused on an offline machine
    # and page loads stall behind them.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def new_app(secrets: dict[str, Any] | None = None) -> Any:
    """A fresh browser session of the page (``AppTest``), run once."""
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(APP), default_timeout=120)
    for key, value in (secrets or {}).items():
        app.secrets[key] = value
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def uploader(app: Any, key: str) -> Any:
    return next(w for w in app.file_uploader if w.key == key)


@dataclass
class PageServer:
    process: subprocess.Popen[bytes]
    url: str
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def wait_http(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as reply:
                if reply.status == 200:
                    return
        except OSError:
            pass
        assert process.poll() is None, f"exited:\n{log.read_text()}"
        time.sleep(0.2)
    raise AssertionError(f"{url} did not answer in {timeout} s:\n{log.read_text()}")


def start_page(
    home: Path, command: list[str] | None = None, env: dict[str, str] | None = None, cwd: Path = ROOT
) -> PageServer:
    """``streamlit run web/app.py`` (or ``command``) on a free loopback port, ready to browse."""
    port = free_port()
    command = command or [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.port", str(port), "--server.headless", "true",
    ]  # fmt: skip
    log = home / "page.log"
    full_env = {**os.environ, "TEPI_HOME": str(home), "PORT": str(port), **(env or {})}
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=cwd, env=full_env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_http(url + "/_stcore/health", process, log)
    return PageServer(process, url, log)


@pytest.fixture(scope="session")
def page_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PageServer]:
    server = start_page(tmp_path_factory.mktemp("page"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing in CI: .ci/run installs it with apt-get")
        pytest.skip("chromium is not installed (apt-get install chromium); .ci/run installs it in CI")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def tab(browser: Any) -> Iterator[Any]:
    """A fresh browser tab (its own Streamlit session), 1280 × 900."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


from tests.remote.conftest import fault, fault_server, reference_server  # noqa: E402, F401  (real servers)
