"""Pack versions, updates and trusted publishers in the window.

After each model load it reads the pack's versions (Model ▸ Version, Roll Back,
Check for Updates) and, when no trusted key vouched for the pack already, finds
out who signed it ("signed by acme" on the status line and the result badge).
Check for Updates runs only when the operating system says the computer is
online on an unmetered connection; an installed version becomes active at once
and the banner offers Undo. Everything that touches files or the network runs
on the ``tepi-updates`` worker.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer

from desktop.controllers.notifier import Notifier
from desktop.engine import packs
from desktop.engine.engine import Engine
from desktop.engine.events import ModelReady, ModelStatus
from desktop.engine.workers import SerialWorker, Task
from desktop.remote import network
from desktop.ui.dialogs.publishers_page import PublishersPage
from desktop.ui.status_line import StatusLine
from desktop.ui.versions_menu import VersionsMenu
from desktop.ui.window import MainWindow

__all__ = ["AUTO_CHECK_S", "PackController", "wire_packs"]

logger = logging.getLogger(__name__)
Change = tuple[str | None, str | None]
"""A switch of version: (was, now); None is the bundled pack."""
SIGNER_DELAY_MS = 1500
"""Checking a signature imports model_signing (about 0.3 s): after the first results, not with them."""
AUTO_CHECK_S = 24 * 3600
"""A pack with an update source is checked by itself at most this often (when the connection allows)."""


class PackController(QObject):
    """Versions, Roll Back, Check for Updates, "signed by" and Settings ▸ Models."""

    def __init__(
        self,
        engine: Engine,
        notifier: Notifier,
        status: StatusLine,
        menu: VersionsMenu,
        store: QSettings | None,
        show_signer: Callable[[str, str | None], None],
    ) -> None:
        super().__init__(menu)
        self.engine, self.notifier, self.status, self.menu, self.store = engine, notifier, status, menu, store
        self.show_signer = show_signer
        self.worker = SerialWorker("tepi-updates", self)
        self.checking = False
        self.asked = False  # someone chose Check for Updates: the check under way answers them
        self._closed = False
        engine.model_ready.connect(self._on_engine_model_ready)
        menu.version_chosen.connect(self.use)

    def run(self, fn: Callable[..., Any], *args: Any, **callbacks: Any) -> Task | None:
        if self._closed:
            return None
        return self.worker.run(fn, *args, **callbacks)

    # -- after a model loads ---------------------------------------------------------------
    def _on_engine_model_ready(self, event: ModelReady) -> None:
        status = event.status
        self.show_signer(status.model_ref, status.signed_by)
        if status.signed_by is None and status.source == "pack":  # later: not in the first result's way
            QTimer.singleShot(SIGNER_DELAY_MS, self, lambda: self._find_signer(status))
        if _named_pack(status):
            self.run(packs.read_versions, status.ref.partition("@")[0], on_result=self._versions_read)
        else:
            self.menu.show(None)

    def _find_signer(self, status: ModelStatus) -> None:
        if self.engine.status is status:
            self.run(packs.model_signer, status.root, status.source, on_result=self._signer_found(status))

    def _signer_found(self, status: ModelStatus) -> Callable[[str | None], None]:
        def found(signer: str | None) -> None:
            if signer:
                self.show_signer(status.model_ref, signer)

        return found

    def _versions_read(self, versions: packs.PackVersions | None) -> None:
        self.menu.show(versions)
        if versions is not None and versions.source and self._due(versions.name):
            self.check_for_updates(automatic=True)

    # -- versions ---------------------------------------------------------------------------
    def use(self, version: str) -> None:
        name = self._current_name()
        if name:
            switched = self._switched(name)
            self.run(packs.use_version, name, version, on_result=switched, on_error=self.notifier.error)

    def roll_back(self) -> None:
        name = self._current_name()
        if name:
            switched = self._switched(name, announce=True)
            self.run(packs.roll_back, name, on_result=switched, on_error=self.notifier.error)

    def _switched(self, name: str, *, announce: bool = False) -> Callable[[Change], None]:
        def switched(change: Change) -> None:
            self.engine.load_model(name)  # the name opens its active version
            if announce:
                was, now = (self._shown(v) for v in change)
                self.notifier.notify("info", fill(self.tr("%1 %2 is active again (was %3)."), name, now, was))

        return switched

    def _shown(self, version: str | None) -> str:
        if version is not None:
            return version
        versions = self.menu.versions
        bundled = next((e.version for e in versions.versions if e.bundled), "") if versions else ""
        return bundled or self.tr("none")

    # -- updates --------------------------------------------------------------------------------
    def check_for_updates(self, *, automatic: bool = False) -> None:
        """Ask the pack's update source, once the system says the connection is online and unmetered."""
        versions = self.menu.versions
        if versions is None or not versions.source:
            return
        self.asked = self.asked or not automatic
        if self.checking:  # the automatic check under way now answers whoever asked
            return
        self.checking = True
        if network.ON_WORKER:  # a D-Bus call: off the GUI thread
            self.run(network.connection_state, on_result=self._check_if)
        else:
            self._check_if(network.connection_state())

    def _check_if(self, state: str) -> None:
        versions = self.menu.versions
        if state != network.ONLINE or versions is None or not versions.source:
            asked = self._done_checking()
            if asked and state != network.ONLINE:
                self.notifier.notify("info", self._not_now(state))
            return
        self._remember_check(versions.name)
        self.status.setText(self.tr("Checking for updates to %1…").replace("%1", versions.name))
        self.run(
            packs.check_updates,
            versions.name,
            versions.source,
            on_result=self._checked,
            on_error=self._check_failed,
        )

    def _done_checking(self) -> bool:
        """End the check; whether someone asked for it (their answer is shown, an automatic one's not)."""
        asked, self.asked, self.checking = self.asked, False, False
        return asked

    def _not_now(self, state: str) -> str:
        if state == network.OFFLINE:
            return self.tr("This computer is offline; check for updates when it is online.")
        assert state == network.METERED
        return self.tr("Not checking for updates: the system says this connection is metered.")

    def _checked(self, result: Any) -> None:
        asked = self._done_checking()
        self._restore_status()
        done = result.installed
        if done is None:
            if asked:
                text = fill(self.tr("%1 is up to date (%2)."), result.name, result.newest)
                self.notifier.notify("info", text)
            self.run(packs.read_versions, result.name, on_result=self.menu.show)
            return
        was = self._shown(done.was)
        text = fill(self.tr("%1 %2 installed (was %3)"), done.name, done.version, was)
        self.notifier.notify("success", text, actions=[(self.tr("Undo"), self.roll_back)])
        self.engine.load_model(done.name)

    def _check_failed(self, exc: BaseException) -> None:
        asked = self._done_checking()
        self._restore_status()
        if asked:
            self.notifier.error(exc)
        else:
            logger.warning("automatic update check failed: %s", exc)

    def _restore_status(self) -> None:
        if self.engine.status is not None and not self.engine.busy and not self.engine.loading:
            self.status.show_ready(self.engine.status)

    def _due(self, name: str) -> bool:
        if self.store is None:
            return False
        last = float(self.store.value(f"updates/{name}/checked", 0.0) or 0.0)  # type: ignore[arg-type]
        return time.time() - last > AUTO_CHECK_S

    def _remember_check(self, name: str) -> None:
        if self.store is not None:
            self.store.setValue(f"updates/{name}/checked", time.time())

    def _current_name(self) -> str | None:
        versions = self.menu.versions
        return versions.name if versions is not None else None

    # -- Settings ▸ Models ------------------------------------------------------------------------
    def make_page(self, dialog: QObject) -> PublishersPage:
        page = PublishersPage(dialog)  # type: ignore[arg-type]
        page.apply_requested.connect(self.change_keys)
        self.run(packs.read_trusted_keys, on_result=page.show_keys, on_error=self.notifier.error)
        return page

    def change_keys(self, add: list[tuple[str, str]], remove: list[str], trust_release: bool) -> None:
        def changed(_keys: list[packs.KeyEntry]) -> None:
            if self.engine.status is not None:
                self.engine.load_model(self.engine.status.ref)  # what may open has changed

        change = packs.change_trusted_keys
        self.run(change, add, remove, trust_release, on_result=changed, on_error=self.notifier.error)

    def stop(self) -> None:
        if not self._closed:
            self._closed = True
            self.worker.stop()


def wire_packs(
    engine: Engine, notifier: Notifier, window: MainWindow, store: QSettings | None
) -> PackController:
    """The controller with Model ▸ Version, Roll Back and Check for Updates, and who signed the model shown
    on the status line's tooltip and the result's model badge."""
    actions = window.actions
    menu = VersionsMenu(actions.versions_menu, actions.roll_back, actions.check_updates)

    def show_signer(model: str, signer: str | None) -> None:
        window.status_line.set_signer(signer)
        window.result_view.set_signer(model, signer)

    packs = PackController(engine, notifier, window.status_line, menu, store, show_signer)
    actions.check_updates.triggered.connect(lambda: packs.check_for_updates())
    actions.roll_back.triggered.connect(packs.roll_back)
    return packs


def fill(template: str, *values: str) -> str:
    """Qt's ``%1``, ``%2``... placeholders filled in (translators may reorder them)."""
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template


def _named_pack(status: ModelStatus) -> bool:
    """Opened by name (``digits``, ``digits@1.0``): installed or bundled, so it has versions."""
    ref = status.ref
    return status.source == "pack" and "/" not in ref and "\\" not in ref
