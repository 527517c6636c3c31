"""Signed packs, versions, updates and trusted publishers in the real window.

The update source is a real HTTP server on 127.0.0.1 serving a repository
python-tuf wrote; the one thing faked is what the operating system says about
the connection (a test cannot make this machine's network metered).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.controllers import packs as pack_controller
from desktop.remote import network
from inference.packs.keys import generate_keypair
from inference.packs.publish import publish_pack
from inference.packs.signing import sign_pack
from inference.packs.store import PackStore
from inference.packs.trust import TrustPolicy
from inference.packs.update import update_pack
from tests.desktop.conftest import SAMPLES
from tests.desktop.helpers import drop_paths
from tests.inference.packs.conftest import make_pack
from tests.inference.packs.http_repo import serve

TIMEOUT = 30_000


def _versions_menu(tepi) -> dict[str, bool]:
    return {a.text(): a.isChecked() for a in tepi.window.actions.versions_menu.actions() if a.isCheckable()}


def _banner(qtbot, tepi, start: str):
    qtbot.waitUntil(
        lambda: any(t.startswith(start) for t in tepi.window.notifications.texts()), timeout=TIMEOUT
    )
    return next(b for b in tepi.window.notifications.banners if b.text.startswith(start))


def test_the_result_badge_and_model_info_say_who_signed_the_model(qtbot, tepi) -> None:
    qtbot.waitUntil(lambda: tepi.window.status_line.toolTip() == "Signed by tepi-release", timeout=TIMEOUT)
    drop_paths(tepi.window, [SAMPLES / "digit-3.png"])
    badge = tepi.window.result_view.model_badge
    qtbot.waitUntil(lambda: "signed by" in badge.text(), timeout=TIMEOUT)
    assert badge.text() == "digits 1.0 · signed by tepi-release"
    tepi.window.actions.model_info.trigger()
    qtbot.waitUntil(lambda: getattr(tepi.models, "info_dialog", None) is not None, timeout=TIMEOUT)
    assert "signature:     signed by tepi-release (fingerprint " in tepi.models.info_dialog.text
    tepi.models.info_dialog.close()


def test_versions_menu_switches_and_rolls_back(qtbot, tepi_factory, tmp_path: Path) -> None:
    from inference.packs.install import install_pack

    install_pack(make_pack(tmp_path / "iris", version="1.1"))
    tepi = tepi_factory(model="iris")
    actions = tepi.window.actions
    qtbot.waitUntil(lambda: actions.versions_menu.title() == "&Version 1.1", timeout=TIMEOUT)
    assert _versions_menu(tepi) == {"1.1": True, "1.0 (bundled)": False}
    assert actions.roll_back.isEnabled() and actions.roll_back.text() == "Ro&ll Back to 1.0"
    assert not actions.check_updates.isEnabled()  # installed from a folder: no update source
    actions.roll_back.trigger()
    _banner(qtbot, tepi, "iris 1.0 is active again (was 1.1).")
    qtbot.waitUntil(lambda: tepi.engine.status.version == "1.0", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: _versions_menu(tepi) == {"1.1": False, "1.0 (bundled)": True}, timeout=TIMEOUT)
    next(a for a in actions.versions_menu.actions() if a.text() == "1.1").trigger()
    qtbot.waitUntil(lambda: tepi.engine.status.version == "1.1", timeout=TIMEOUT)
    assert tepi.window.status_line.text() == "Ready · iris 1.1 · local LiteRT"


@pytest.fixture
def update_source(tmp_path: Path):
    """iris 1.1 installed from a served repository that now offers 1.2, signed by a trusted key."""
    key = generate_keypair(tmp_path / "keys", "acme")
    repo = tmp_path / "repo"

    def publish(version: str) -> None:
        pack = make_pack(tmp_path / f"iris-{version}", version=version)
        sign_pack(pack, key.private_path)
        publish_pack(pack, repo, key.private_path)

    with serve(repo) as server:
        publish("1.1")
        update_pack("iris", server.url, trust=TrustPolicy.from_settings([key.public.path]))
        publish("1.2")
        yield server


def test_check_for_updates_installs_and_undo_rolls_back(
    qtbot, tepi_factory, update_source, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pack_controller, "AUTO_CHECK_S", 1e12)  # only the menu checks, in this test
    tepi = tepi_factory(model="iris")
    actions = tepi.window.actions
    qtbot.waitUntil(lambda: actions.check_updates.isEnabled(), timeout=TIMEOUT)
    assert actions.check_updates.toolTip() == f"Install a newer version from {update_source.url}"
    actions.check_updates.trigger()
    banner = _banner(qtbot, tepi, "iris 1.2 installed (was 1.1)")
    assert banner.level == "success" and [b.text() for b in banner.buttons] == ["Undo"]
    qtbot.waitUntil(lambda: tepi.engine.status.version == "1.2", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: actions.versions_menu.title() == "&Version 1.2", timeout=TIMEOUT)
    publisher = f"the publisher at {update_source.url.removeprefix('http://')}"  # acme is not trusted here
    assert f"1.2 · signed by {publisher}" in _versions_menu(tepi)
    banner.buttons[0].click()
    _banner(qtbot, tepi, "iris 1.1 is active again (was 1.2).")
    qtbot.waitUntil(lambda: tepi.engine.status.version == "1.1", timeout=TIMEOUT)
    assert PackStore().state("iris").active == "1.1"
    actions.check_updates.trigger()
    _banner(qtbot, tepi, "iris is up to date (1.2).")


def test_check_for_updates_chosen_during_the_automatic_check_is_answered(
    qtbot, tepi_factory, update_source, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trust = TrustPolicy.from_settings([tmp_path / "keys" / "acme.pub"])
    update_pack("iris", update_source.url, trust=trust)  # 1.2 is in: the automatic check finds nothing
    monkeypatch.setattr(pack_controller, "AUTO_CHECK_S", 0.0)  # the window checks as the model opens
    tepi = tepi_factory(model="iris")
    qtbot.waitUntil(lambda: tepi.packs.checking, timeout=TIMEOUT)
    tepi.window.actions.check_updates.trigger()  # while the automatic check is under way
    _banner(qtbot, tepi, "iris is up to date (1.2).")
    assert not tepi.packs.checking and not tepi.packs.asked


@pytest.mark.parametrize(
    ("state", "sentence"),
    [
        (network.METERED, "Not checking for updates: the system says this connection is metered."),
        (network.OFFLINE, "This computer is offline; check for updates when it is online."),
    ],
)
def test_no_update_check_on_a_metered_or_offline_connection(
    qtbot, tepi_factory, update_source, monkeypatch: pytest.MonkeyPatch, state: str, sentence: str
) -> None:
    monkeypatch.setattr(network, "connection_state", lambda: state)
    monkeypatch.setattr(pack_controller, "AUTO_CHECK_S", 0.0)  # due at once: held back too
    requests_before = len(update_source.requests)
    tepi = tepi_factory(model="iris")
    qtbot.waitUntil(lambda: tepi.window.actions.check_updates.isEnabled(), timeout=TIMEOUT)
    tepi.window.actions.check_updates.trigger()
    _banner(qtbot, tepi, sentence)
    assert len(update_source.requests) == requests_before
    assert PackStore().state("iris").active == "1.1"


def test_trusted_publishers_decide_what_opens(qtbot, tepi, tmp_path: Path) -> None:
    key = generate_keypair(tmp_path / "keys", "acme")
    tepi.preferences.show_settings()
    dialog = tepi.preferences.dialog
    page = next(p for p in dialog.pages if p.objectName() == "publishersPage")
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=TIMEOUT)
    assert page.keys.topLevelItemCount() == 0 and not page.release.isChecked()
    page.add_key_file(str(key.public.path))
    assert [page.keys.topLevelItem(0).text(0)] == ["acme"]
    dialog.accept()
    refused = _banner(qtbot, tepi, "Tepi could not open the model digits.")
    assert "only models signed by a trusted publisher (acme)" in refused.text
    assert (tmp_path / "keys" / "acme.pub").read_bytes() in [
        p.read_bytes() for p in (Path(_config()) / "trusted-keys").iterdir()
    ]
    tepi.preferences.show_settings()
    page = next(p for p in tepi.preferences.dialog.pages if p.objectName() == "publishersPage")
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=TIMEOUT)
    page.release.setChecked(True)
    tepi.preferences.dialog.accept()
    qtbot.waitUntil(lambda: tepi.engine.status.signed_by == "tepi-release", timeout=TIMEOUT)  # on load
    assert tepi.window.status_line.toolTip() == "Signed by tepi-release"


def _config() -> str:
    from inference.resources import config_dir

    return str(config_dir())


@pytest.mark.parametrize(
    ("state", "metered", "answer"),
    [(70, 4, "online"), (70, 2, "online"), (60, 1, "metered"), (70, 3, "metered"), (20, 0, "offline"),
     (10, 2, "offline"), (50, 0, "online")],
)  # fmt: skip
def test_networkmanager_states_and_metering(state: int, metered: int, answer: str) -> None:
    """NetworkManager's NMState and NMMetered values (its D-Bus API), as Tepi reads them."""
    assert network.from_networkmanager(state, metered) == answer


def test_the_connection_state_is_answered_with_or_without_networkmanager() -> None:
    """Here there is no NetworkManager (or no system bus): the system does not say, so Tepi may check."""
    assert network.connection_state() in (network.ONLINE, network.OFFLINE, network.METERED)
