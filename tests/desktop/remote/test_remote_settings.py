"""Settings ▸ Remote against real servers on loopback: round trip, the keyring, Test Connection, the badge."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox

from desktop.ui.dialogs.remote_page import RemotePage
from inference.secrets import SERVICE, endpoint_key
from tests.desktop.conftest import SAMPLES, wait_idle
from tests.desktop.helpers import drop_paths
from tests.desktop.remote.conftest import API_KEY, free_port


def open_remote_page(tepi) -> tuple:
    tepi.preferences.show_settings()
    dialog = tepi.preferences.dialog
    page = next(p for p in dialog.pages if isinstance(p, RemotePage))
    dialog.tabs.setCurrentWidget(page)
    return dialog, page


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def fill(page: RemotePage, url: str, *, policy: str = "prefer-local", auth: str = "none", secret: str = "",
         model: str = "", header: str = "X-API-Key") -> None:  # fmt: skip
    page.endpoint_group.setChecked(True)
    page.url.setText(url)
    choose(page.protocol, "v2")
    choose(page.policy, policy)
    choose(page.auth, auth)
    page.header_name.setText(header)
    page.secret_edit.setText(secret)
    page.model.setText(model)


def apply(qtbot, tepi, url: str, **fields) -> None:
    """Fill Settings ▸ Remote, press OK, and wait until the model is open again with it."""
    dialog, page = open_remote_page(tepi)
    fill(page, url, **fields)
    with qtbot.waitSignal(tepi.remote.changed, timeout=15_000):
        dialog.accept()
    wait_idle(qtbot, tepi)


def run_check(qtbot, page: RemotePage) -> str:
    page.test_connection()
    qtbot.waitUntil(lambda: page.tester.button.isEnabled(), timeout=20_000)
    return page.tester.result.text()


def host(url: str) -> str:
    return url.removeprefix("http://")


def test_settings_round_trip_with_the_token_in_the_keyring(
    qtbot, tepi_factory, memory_keyring, reference_server, tepi_home: Path
) -> None:
    tepi = tepi_factory()
    dialog, page = open_remote_page(tepi)
    assert not page.endpoint_group.isChecked() and page.policy.currentData() == "prefer-local"
    assert page.model.placeholderText() == "digits (from the model pack)"
    assert page.version.placeholderText() == "1"
    fill(page, reference_server.url, policy="prefer-remote", auth="bearer", secret=API_KEY)
    page.read_timeout.setValue(12.5)
    with qtbot.waitSignal(tepi.remote.changed, timeout=15_000):
        dialog.accept()
    wait_idle(qtbot, tepi)
    assert tepi.engine.status.backend == f"remote v2 {host(reference_server.url)}"
    assert memory_keyring.store[(SERVICE, endpoint_key(reference_server.url))] == API_KEY
    ini = (tepi_home / "settings.ini").read_text()
    assert API_KEY not in ini
    assert "read_timeout=12.5" in ini and "policy=prefer-remote" in ini and "auth=bearer" in ini

    second = tepi_factory()
    _, again = open_remote_page(second)
    assert again.endpoint_group.isChecked() and again.url.text() == reference_server.url
    assert (again.policy.currentData(), again.auth.currentData(), again.read_timeout.value()) == (
        "prefer-remote", "bearer", 12.5
    )  # fmt: skip
    assert again.secret_edit.text() == ""
    qtbot.waitUntil(lambda: again.secret_edit.placeholderText() == "Stored; type to replace it")
    ready = f"Ready: the server at {host(reference_server.url)} runs digits version 1."
    assert run_check(qtbot, again) == ready

    drop_paths(second.window, [SAMPLES / "digit-7.png"])  # the stored token carries a real prediction
    qtbot.waitUntil(lambda: second.window.result_view.label.text() == "7", timeout=30_000)
    assert second.window.result_view.backend_badge.text() == f"remote v2 {host(reference_server.url)}"
    assert second.window.result_view.fallback.isHidden()

    _, last = open_remote_page(second)
    choose(last.auth, "none")
    with qtbot.waitSignal(second.remote.changed, timeout=15_000):
        last.window().accept()
    assert (SERVICE, endpoint_key(reference_server.url)) not in memory_keyring.store


def test_without_a_keyring_the_token_lasts_for_the_session(
    qtbot, tepi_factory, no_keyring, reference_server, tepi_home: Path
) -> None:
    tepi = tepi_factory()
    qtbot.waitUntil(lambda: tepi.remote.keyring_ok is False)
    dialog, page = open_remote_page(tepi)
    assert not page.keyring_note.isHidden()
    assert page.keyring_note.text() == (
        "No system keyring is available, so the token is kept only until Tepi closes."
    )
    fill(page, reference_server.url, auth="header", secret=API_KEY, header="X-API-Key")
    with qtbot.waitSignal(tepi.remote.changed, timeout=15_000):
        dialog.accept()
    assert any("keeps it only until it closes" in text for text in tepi.window.notifications.texts())
    assert tepi.remote.session_secrets == {endpoint_key(reference_server.url): API_KEY}
    assert API_KEY not in (tepi_home / "settings.ini").read_text()
    _, page = open_remote_page(tepi)
    assert run_check(qtbot, page).startswith("Ready:"), "the session's secret is used"


def test_connection_outcomes(qtbot, tepi, memory_keyring, reference_server, fault_server) -> None:
    _, page = open_remote_page(tepi)
    where = host(reference_server.url)
    fill(page, reference_server.url, auth="bearer", secret=API_KEY)
    assert run_check(qtbot, page) == f"Ready: the server at {where} runs digits version 1."
    fill(page, reference_server.url, auth="header", secret=API_KEY, header="X-API-Key")
    assert run_check(qtbot, page).startswith("Ready:")
    fill(page, reference_server.url, auth="bearer", secret="wrong")
    assert run_check(qtbot, page) == (
        f"Refused (HTTP 401): the server at {where} does not accept the token or header."
    )
    assert "401" in page.tester.result.toolTip()
    fill(page, reference_server.url, auth="bearer", secret=API_KEY, model="nope")
    assert run_check(qtbot, page) == f"The server at {where} answers, but does not serve the model nope."
    closed = f"http://127.0.0.1:{free_port()}"
    fill(page, closed)
    assert run_check(qtbot, page) == (
        f"Unreachable: nothing answers at {host(closed)}. Check the URL and the network."
    )
    fault_server.set("cold", seconds=60)
    try:
        fill(page, fault_server.url)
        assert run_check(qtbot, page) == (
            f"Not ready: the server at {host(fault_server.url)} answers, but digits version 1 is still "
            "starting up."
        )
    finally:
        fault_server.set("ok")
    fill(page, "ftp://example.org")
    page.test_connection()
    assert page.tester.button.isEnabled() and not page.url_error.isHidden()
    assert page.url_error.text() == "The address must start with http:// or https:// and name a host."
    assert not page.window().accept() and page.window().isVisible(), "OK refuses the bad address"


def test_a_fallback_shows_on_the_badge(qtbot, tepi, memory_keyring) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    apply(qtbot, tepi, closed, policy="prefer-remote")
    drop_paths(tepi.window, [SAMPLES / "digit-7.png"])
    qtbot.waitUntil(lambda: tepi.window.result_view.label.text() == "7", timeout=30_000)
    badge = tepi.window.result_view.backend_badge
    assert badge.text() == "local LiteRT"
    assert "cannot be reached" in badge.toolTip() and badge.toolTip().startswith("Answered on this computer")
    assert not tepi.window.result_view.fallback.isHidden()
    assert tepi.window.result_view.fallback.text().startswith(f"Fallback: The remote endpoint {host(closed)}")
