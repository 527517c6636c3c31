"""The remote endpoint in the window: its settings, its secret, Test Connection, the Remote page.

The controller hands the endpoint to the ``Engine`` with
``set_open_options`` before the first model loads. The endpoint is passed as a
callable, so the secret is read from the keyring on the inference worker at
each load, never on the GUI thread. Keyring writes and connection tests run
on the ``tepi-remote`` worker, which the offline queue shares for its lists.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from desktop.controllers.notifier import Notifier
from desktop.engine.engine import Engine
from desktop.engine.workers import SerialWorker, Task
from desktop.remote.secrets import (
    SecretOutcome,
    endpoint_options,
    keyring_available,
    lookup_secret,
    store_secret,
)
from desktop.settings.remote_settings import RemoteSettings, read_remote, write_remote
from desktop.signals import emit
from desktop.ui.dialogs.remote_page import RemotePage

__all__ = ["RemoteController"]

logger = logging.getLogger(__name__)


class RemoteController(QObject):
    """Holds the remote settings and this session's secrets; applies them to the engine."""

    changed = Signal(object)
    """The applied ``RemoteSettings``."""
    keyring_checked = Signal(bool)

    def __init__(self, engine: Engine, notifier: Notifier, store: QSettings | None, parent: QObject) -> None:
        super().__init__(parent)
        self.engine, self.notifier, self.store = engine, notifier, store
        self.settings = read_remote(store) if store is not None else RemoteSettings()
        self.session_secrets: dict[str, str] = {}
        """Secrets the keyring could not keep, by endpoint key: forgotten when Tepi closes."""
        self.keyring_ok: bool | None = None
        self.worker = SerialWorker("tepi-remote", self)
        self._closed = False
        self.run(keyring_available, on_result=self._on_keyring_result)
        self._push_options()

    def run(self, fn: Any, *args: Any, **callbacks: Any) -> Task | None:
        """Run ``fn(*args)`` on the remote worker (nothing once the window closes)."""
        if self._closed:
            return None
        return self.worker.run(fn, *args, **callbacks)

    def _on_keyring_result(self, available: bool) -> None:
        self.keyring_ok = available
        emit(self.keyring_checked, available)

    def make_page(self, dialog: QObject) -> RemotePage:
        """Settings ▸ Remote, showing these settings and wired to this controller."""
        status = self.engine.status
        model = status.remote_model if status is not None else ""
        version = status.remote_version if status is not None else ""
        page = RemotePage(self.settings, model, version, dialog)  # type: ignore[arg-type]
        page.apply_requested.connect(self.apply)
        page.test_requested.connect(
            lambda settings, secret: self.test_connection(settings, secret, page.show_check)
        )
        if self.settings.auth != "none" and self.settings.url:
            self.has_secret(self.settings, page.set_secret_stored)
        self.keyring_checked.connect(page.set_keyring_available)
        page.set_keyring_available(self.keyring_ok)
        return page

    # -- applying -----------------------------------------------------------------------------
    def _push_options(self) -> None:
        settings = self.settings
        if settings.active:
            self.engine.set_open_options(remote=partial(endpoint_options, settings, self.session_secrets))
        else:
            self.engine.set_open_options()

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
        self.run(
            store_secret,
            new,
            secret,
            previous,
            on_result=lambda outcome: self._on_secret_stored(new, secret, outcome),
            on_error=self._on_secret_error,
        )

    def _on_secret_stored(self, settings: RemoteSettings, secret: str | None, outcome: SecretOutcome) -> None:
        if not outcome.stored and secret:
            self.session_secrets[settings.key()] = secret
            self.notifier.notify(
                "warning",
                self.tr(
                    "No system keyring could keep the token, so Tepi keeps it only until it closes. "
                    "You will be asked again next time."
                ),
            )
        self._reload()

    def _on_secret_error(self, exc: BaseException) -> None:
        self.notifier.error(exc)
        self._reload()

    def _reload(self) -> None:
        """Hand the settings to the engine and re-open the model; ``changed`` lets the queue try again."""
        self._push_options()
        if self.engine.status is not None:
            self.engine.load_model(self.engine.status.ref)
        emit(self.changed, self.settings)

    # -- test connection ------------------------------------------------------------------------
    def test_connection(self, settings: RemoteSettings, secret: str | None, on_result: Any) -> Task | None:
        """Check ``settings`` on the worker; ``on_result(ConnectionCheck)`` runs on the GUI thread."""
        from desktop.remote.connection import check_connection

        status = self.engine.status
        model = status.remote_model if status is not None else ""
        version = status.remote_version if status is not None else ""
        return self.run(
            check_connection,
            settings,
            secret,
            dict(self.session_secrets),
            model,
            version,
            on_result=on_result,
            on_error=self.notifier.error,
        )

    def has_secret(self, settings: RemoteSettings, on_result: Any) -> Task | None:
        """Whether a secret is stored for ``settings``' endpoint (answered on the GUI thread)."""
        return self.run(_has_secret, settings, dict(self.session_secrets), on_result=on_result)

    def tokens(self, endpoint: Any) -> str | None:
        """The replayer's token lookup: this session's secret, else the environment's or the keyring's."""
        from inference.offline import token_from_environment

        return self.session_secrets.get(endpoint.key) or token_from_environment(endpoint)

    # -- closing --------------------------------------------------------------------------------
    def stop(self) -> None:
        """Stop the remote worker and wait for it (once; the queue's replayer stops first)."""
        if self._closed:
            return
        self._closed = True
        self.worker.stop()


def _has_secret(settings: RemoteSettings, session: dict[str, str]) -> bool:
    return lookup_secret(settings, session) is not None
