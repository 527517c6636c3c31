"""The remote endpoint in the window: its settings, its secret, "Test connection", and the offline queue.

``install_remote(window, store)`` plugs both parts into a ``MainWindow``
through the hooks it offers (a Settings tab, a panel, a status widget, the
``closing`` signal) and hands the endpoint to the ``Engine`` with
``set_open_options`` before the first model loads. The endpoint is passed as a
callable, so the secret is read from the keyring on the inference worker at
each load, never on the GUI thread. Keyring writes and connection tests run
on the ``tepi-remote`` worker.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal

from desktop.remote_settings import (
    RemoteSettings,
    SecretOutcome,
    keyring_available,
    lookup_secret,
    read_remote,
    store_secret,
    write_remote,
)
from desktop.signals import emit
from desktop.workers import SerialWorker, Task

if TYPE_CHECKING:
    from desktop.main_window import MainWindow
    from desktop.offline_queue import QueueController

__all__ = ["RemoteController", "install_remote"]

logger = logging.getLogger(__name__)


def install_remote(window: MainWindow, store: QSettings | None, *, replay: bool = True) -> RemoteController:
    """Add the remote settings and (with ``replay``) the offline queue to ``window``."""
    controller = RemoteController(window, store)
    window.remote = controller  # type: ignore[attr-defined]
    if replay:
        from desktop.offline_queue import QueueController

        controller.queue = QueueController(window, controller)
    window.closing.connect(controller.stop)
    return controller


class RemoteController(QObject):
    """Holds the remote settings and this session's secrets; applies them to the engine."""

    changed = Signal(object)
    """The applied ``RemoteSettings``."""
    keyring_checked = Signal(bool)

    def __init__(self, window: MainWindow, store: QSettings | None) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.settings = read_remote(store) if store is not None else RemoteSettings()
        self.session_secrets: dict[str, str] = {}
        """Secrets the keyring could not keep, by endpoint key: forgotten when Tepi closes."""
        self.keyring_ok: bool | None = None
        self.queue: QueueController | None = None
        self.worker = SerialWorker("tepi-remote", self)
        self._closed = False
        self.submit(_check_keyring, on_result=self._on_keyring_result)
        self._push_options()
        window.add_settings_page(self._make_page)

    def submit(self, fn: Any, *args: Any, **callbacks: Any) -> Task | None:
        """Run ``fn(task, *args)`` on the remote worker (nothing once the window closes)."""
        if self._closed:
            return None
        return self.worker.submit(fn, *args, **callbacks)

    def _on_keyring_result(self, available: bool) -> None:
        self.keyring_ok = available
        emit(self.keyring_checked, available)

    def _make_page(self, dialog: QObject) -> QObject:
        from desktop.widgets.remote_page import RemotePage

        return RemotePage(self, dialog)  # type: ignore[arg-type]

    # -- applying -----------------------------------------------------------------------------
    def _push_options(self) -> None:
        settings = self.settings
        if settings.active:
            endpoint = partial(_endpoint, settings, self.session_secrets)
            self.window.engine.set_open_options(remote=endpoint, policy=settings.policy)
        else:
            self.window.engine.set_open_options()

    def apply(self, new: RemoteSettings, secret: str | None) -> None:
        """Save ``new`` (``secret`` None keeps the stored one) and re-open the model with it."""
        old = self.settings
        if new == old and secret is None:
            return
        self.settings = new
        if self.store is not None:
            write_remote(self.store, new)
        previous = old.key() if old.url.strip() else None
        if new.url.strip():
            key = new.key()
            if new.auth == "none":
                self.session_secrets.pop(key, None)
            elif secret:
                self.session_secrets.pop(key, None)  # the keyring's answer decides where it lives
            elif previous in self.session_secrets and previous != key:
                self.session_secrets[key] = self.session_secrets.pop(previous)
        self.submit(
            _store_secret,
            new,
            secret,
            previous,
            on_result=lambda outcome: self._on_secret_stored(new, secret, outcome),
            on_error=self._on_secret_error,
        )

    def _on_secret_stored(self, settings: RemoteSettings, secret: str | None, outcome: SecretOutcome) -> None:
        if not outcome.stored and secret:
            self.session_secrets[settings.key()] = secret
            self.window.notifications.notify(
                "warning",
                self.tr(
                    "No system keyring could keep the token, so Tepi keeps it only until it closes. "
                    "You will be asked again next time."
                ),
            )
        self._reload()

    def _on_secret_error(self, exc: BaseException) -> None:
        self.window.notify_error(exc)
        self._reload()

    def _reload(self) -> None:
        """Hand the settings to the engine, re-open the model, and let the queue try again."""
        self._push_options()
        engine = self.window.engine
        if engine.status is not None:
            engine.load_model(engine.status.ref)
        if self.queue is not None:
            self.queue.restart()
        emit(self.changed, self.settings)

    # -- test connection ------------------------------------------------------------------------
    def test_connection(self, settings: RemoteSettings, secret: str | None, on_result: Any) -> Task | None:
        """Check ``settings`` on the worker; ``on_result(ConnectionCheck)`` runs on the GUI thread."""
        from desktop.connection import check_connection

        status = self.window.engine.status
        model = status.remote_model if status is not None else ""
        version = status.remote_version if status is not None else ""
        return self.submit(
            check_connection,
            settings,
            secret,
            dict(self.session_secrets),
            model,
            version,
            on_result=on_result,
            on_error=lambda exc: self.window.notify_error(exc),
        )

    def has_secret(self, settings: RemoteSettings, on_result: Any) -> Task | None:
        """Whether a secret is stored for ``settings``' endpoint (answered on the GUI thread)."""
        return self.submit(_has_secret, settings, dict(self.session_secrets), on_result=on_result)

    def tokens(self, endpoint: Any) -> str | None:
        """The replayer's token lookup: this session's secret, else the environment's or the keyring's."""
        from inference.replay import token_from_environment

        return self.session_secrets.get(endpoint.key) or token_from_environment(endpoint)

    # -- closing --------------------------------------------------------------------------------
    def stop(self) -> None:
        """Stop the queue's replayer and the remote worker, and wait for them (once)."""
        if self._closed:
            return
        self._closed = True
        if self.queue is not None:
            self.queue.stop()
        self.worker.stop()
        if self.queue is not None:
            self.queue.close()


def _endpoint(settings: RemoteSettings, session: dict[str, str]) -> Any:
    """On the inference worker: the endpoint with its secret (from this session or the keyring)."""
    return settings.endpoint(lookup_secret(settings, session))


def _store_secret(task: Task, settings: RemoteSettings, secret: str | None, previous: str | None) -> Any:
    return store_secret(settings, secret, previous)


def _check_keyring(task: Task) -> bool:
    return keyring_available()


def _has_secret(task: Task, settings: RemoteSettings, session: dict[str, str]) -> bool:
    return lookup_secret(settings, session) is not None
