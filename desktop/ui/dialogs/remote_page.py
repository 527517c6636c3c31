"""The Remote tab of the Settings dialog: endpoint, model, policy, sign-in, timeouts, TLS, Test Connection.

The page edits a ``RemoteSettings`` copy; OK calls ``apply()``, which emits
it with a newly typed secret (if any) for the ``RemoteController``; Test
Connection (``ConnectionTest``, below the forms) emits ``test_requested`` and
shows the ``ConnectionCheck`` it is handed. The secret field never shows a
stored secret: it says whether one is stored, and typing replaces it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.remote.connection import ConnectionCheck
from desktop.settings.remote_settings import RemoteSettings
from desktop.signals import emit
from desktop.ui.dialogs.connection_test import ConnectionTest
from desktop.ui.dialogs.forms import form_group
from desktop.ui.theme import colors

__all__ = ["RemotePage"]


class RemotePage(QWidget):
    """Settings ▸ Remote."""

    test_requested = Signal(object, object)
    """``RemoteSettings`` to try and the secret typed (None: the stored one)."""
    apply_requested = Signal(object, object)
    """OK: the edited ``RemoteSettings`` and a newly typed secret (None keeps the stored one)."""

    def __init__(
        self,
        current: RemoteSettings,
        pack_model: str = "",
        pack_version: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.current = current
        self.setWindowTitle(self.tr("Remote"))
        self.setObjectName("remotePage")
        self._labels: list[QLabel] = []
        self._pack_model, self._pack_version = pack_model, pack_version
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(12)
        layout.addWidget(self._endpoint_group())
        layout.addWidget(self._auth_group())
        layout.addWidget(self._connection_group())
        self.tester = ConnectionTest(self)
        self.tester.test_requested.connect(self.test_connection)
        layout.addWidget(self.tester)
        layout.addStretch(1)
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:  # one label column across the three groups
            label.setMinimumWidth(width)
        self._load(self.current)

    # -- building -----------------------------------------------------------------------
    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        return form_group(self, title)

    def _row(self, form: QFormLayout, text: str, field: QWidget | QHBoxLayout, buddy: QWidget) -> QLabel:
        """A labelled row whose label's accelerator focuses ``buddy`` (also for a row of several fields)."""
        label = QLabel(text, form.parentWidget())
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setBuddy(buddy)
        self._labels.append(label)
        form.addRow(label, field)
        return label

    @staticmethod
    def _wide(combo: QComboBox) -> QComboBox:
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return combo

    def _endpoint_group(self) -> QGroupBox:
        group, form = self._form(self.tr("Use a remote &endpoint"))
        group.setCheckable(True)
        self.endpoint_group = group
        self.url = QLineEdit(group)
        self.url.setPlaceholderText("http://127.0.0.1:8500")
        self.url.setAccessibleName(self.tr("Server URL"))
        self._row(form, self.tr("Server &URL:"), self.url, self.url)
        self.url_error = self._note(group, error=True)
        form.addRow("", self.url_error)
        self.protocol = self._wide(QComboBox(group))
        self.protocol.addItem(self.tr("Open Inference Protocol v2 (KServe, Triton)"), "v2")
        self.protocol.addItem(self.tr("TensorFlow Serving REST"), "tfserving")
        self.protocol.setAccessibleName(self.tr("Protocol"))
        self._row(form, self.tr("&Protocol:"), self.protocol, self.protocol)
        model_row = QHBoxLayout()
        self.model = QLineEdit(group)
        self.model.setAccessibleName(self.tr("Model name on the server"))
        model_row.addWidget(self.model, 3)
        version_label = QLabel(self.tr("&Version:"), group)
        model_row.addWidget(version_label)
        self.version = QLineEdit(group)
        self.version.setAccessibleName(self.tr("Model version on the server"))
        version_label.setBuddy(self.version)
        model_row.addWidget(self.version, 1)
        self._row(form, self.tr("&Model name:"), model_row, self.model)
        self.policy = self._wide(QComboBox(group))
        for value, text in self._policies().items():
            self.policy.addItem(text, value)
        self.policy.setAccessibleName(self.tr("Where models run"))
        self._row(form, self.tr("&Run models:"), self.policy, self.policy)
        return group

    def _policies(self) -> dict[str, str]:
        """The core's policies, each said in words (in the core's order)."""
        from inference.routing import POLICIES

        words = {
            "local-only": self.tr("Only on this computer"),
            "prefer-local": self.tr("This computer first, the server if that fails"),
            "prefer-remote": self.tr("The server first, this computer if it fails"),
            "remote-only": self.tr("Only on the server (wait in the queue while it is away)"),
            "cascade": self.tr("This computer, and the server when unsure"),
        }
        return {policy: words.get(policy, policy) for policy in POLICIES}

    def _auth_group(self) -> QGroupBox:
        group, form = self._form(self.tr("Sign-in"))
        self.auth_group = group
        self.auth = self._wide(QComboBox(group))
        self.auth.addItem(self.tr("None"), "none")
        self.auth.addItem(self.tr("Bearer token"), "bearer")
        self.auth.addItem(self.tr("Custom header"), "header")
        self.auth.setAccessibleName(self.tr("Sign-in method"))
        self.auth.currentIndexChanged.connect(self._update_enabled)
        self._row(form, self.tr("&Sign in with:"), self.auth, self.auth)
        self.header_name = QLineEdit(group)
        self.header_name.setAccessibleName(self.tr("Header name"))
        self.header_label = self._row(form, self.tr("&Header name:"), self.header_name, self.header_name)
        self.secret_edit = QLineEdit(group)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("Token or header value"))
        self.secret_label = self._row(form, self.tr("&Token:"), self.secret_edit, self.secret_edit)
        self.keyring_note = self._note(group)
        form.addRow("", self.keyring_note)
        return group

    def _connection_group(self) -> QGroupBox:
        group, form = self._form(self.tr("Connection"))
        self.connection_group = group
        times = QHBoxLayout()
        self.connect_timeout = self._seconds(group, 0.1, 600.0, self.tr("Connect timeout"))
        times.addWidget(self.connect_timeout)
        read_label = QLabel(self.tr("&Answer within:"), group)
        times.addSpacing(12)
        times.addWidget(read_label)
        self.read_timeout = self._seconds(group, 0.1, 3600.0, self.tr("Read timeout"))
        read_label.setBuddy(self.read_timeout)
        times.addWidget(self.read_timeout)
        times.addStretch(1)
        self._row(form, self.tr("C&onnect within:"), times, self.connect_timeout)
        self.verify_tls = QCheckBox(self.tr("Verify the server's TLS &certificate"), group)
        self.verify_tls.toggled.connect(self._update_enabled)
        form.addRow("", self.verify_tls)
        bundle = QHBoxLayout()
        self.ca_bundle = QLineEdit(group)
        self.ca_bundle.setPlaceholderText(self.tr("The system's certificates"))
        self.ca_bundle.setAccessibleName(self.tr("CA bundle file"))
        bundle.addWidget(self.ca_bundle, 1)
        self.browse = QPushButton(self.tr("Bro&wse…"), group)
        self.browse.clicked.connect(self.choose_ca_bundle)
        bundle.addWidget(self.browse)
        self._row(form, self.tr("CA &bundle:"), bundle, self.ca_bundle)
        self.ca_error = self._note(group, error=True)
        form.addRow("", self.ca_error)
        return group

    def _seconds(self, parent: QWidget, low: float, high: float, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(parent)
        box.setRange(low, high)
        box.setDecimals(1)
        box.setSingleStep(1.0)
        box.setSuffix(self.tr(" s"))
        box.setAccessibleName(name)
        return box

    def _note(self, parent: QWidget, *, error: bool = False) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        if error:
            label.setStyleSheet(f"color: {colors(self.palette()).bad.name()};")
        else:
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        label.setVisible(False)
        return label

    # -- values -----------------------------------------------------------------------------
    def _load(self, s: RemoteSettings) -> None:
        self.endpoint_group.setChecked(s.enabled)
        self.url.setText(s.url)
        self.protocol.setCurrentIndex(max(0, self.protocol.findData(s.protocol)))
        self.model.setText(s.model)
        self.version.setText(s.version)
        if self._pack_model:
            self.model.setPlaceholderText(self.tr("%1 (from the model pack)").replace("%1", self._pack_model))
        self.version.setPlaceholderText(self._pack_version or self.tr("latest"))
        policy = self.policy.findData(s.policy)
        self.policy.setCurrentIndex(policy if policy >= 0 else self.policy.findData(RemoteSettings.policy))
        self.auth.setCurrentIndex(max(0, self.auth.findData(s.auth)))
        self.header_name.setText(s.header_name)
        self.connect_timeout.setValue(s.connect_timeout)
        self.read_timeout.setValue(s.read_timeout)
        self.verify_tls.setChecked(s.verify_tls)
        self.ca_bundle.setText(s.ca_bundle)
        self.endpoint_group.toggled.connect(self._update_enabled)
        self._update_enabled()

    def settings(self) -> RemoteSettings:
        """The edited settings (the secret is separate: ``secret()``)."""
        return replace(
            self.current,
            enabled=self.endpoint_group.isChecked(),
            url=self.url.text().strip(),
            protocol=str(self.protocol.currentData()),
            model=self.model.text().strip(),
            version=self.version.text().strip(),
            policy=str(self.policy.currentData()),
            auth=str(self.auth.currentData()),
            header_name=self.header_name.text().strip() or self.current.header_name,
            connect_timeout=self.connect_timeout.value(),
            read_timeout=self.read_timeout.value(),
            verify_tls=self.verify_tls.isChecked(),
            ca_bundle=self.ca_bundle.text().strip(),
        )

    def secret(self) -> str | None:
        """A newly typed secret, or None to keep the stored one."""
        if self.auth.currentData() == "none":
            return None
        return self.secret_edit.text() or None

    def _update_enabled(self) -> None:
        on = self.endpoint_group.isChecked()
        auth = str(self.auth.currentData())
        self.auth_group.setEnabled(on)
        self.connection_group.setEnabled(on)
        self.tester.setEnabled(on)
        self.header_name.setVisible(auth == "header")
        self.header_label.setVisible(auth == "header")
        self.secret_edit.setEnabled(auth != "none")
        self.secret_label.setText(self.tr("Va&lue:") if auth == "header" else self.tr("&Token:"))
        self.ca_bundle.setEnabled(self.verify_tls.isChecked())
        self.browse.setEnabled(self.verify_tls.isChecked())

    def set_secret_stored(self, stored: bool) -> None:
        """Say in the empty secret field that one is stored (typing replaces it)."""
        if shiboken6.isValid(self) and stored and not self.secret_edit.text():
            self.secret_edit.setPlaceholderText(self.tr("Stored; type to replace it"))

    def set_keyring_available(self, available: bool | None) -> None:
        if not shiboken6.isValid(self):
            return
        missing = available is False
        self.keyring_note.setText(
            self.tr("No system keyring is available, so the token is kept only until Tepi closes.")
            if missing
            else ""
        )
        self.keyring_note.setVisible(missing)

    # -- checking and applying ---------------------------------------------------------------
    def validate(self) -> bool:
        """Refuse OK for a URL or CA bundle that cannot work, saying why under the field."""
        s = self.settings()
        url_error = ca_error = ""
        if s.enabled:
            parts = urlsplit(s.url)
            if not s.url:
                url_error = self.tr("Type the server's address, e.g. http://127.0.0.1:8500.")
            elif parts.scheme not in ("http", "https") or not parts.hostname:
                url_error = self.tr("The address must start with http:// or https:// and name a host.")
            if s.verify_tls and s.ca_bundle and not Path(s.ca_bundle).expanduser().is_file():
                ca_error = self.tr("This file does not exist.")
        for label, text in ((self.url_error, url_error), (self.ca_error, ca_error)):
            label.setText(text)
            label.setVisible(bool(text))
        if url_error:
            self.url.setFocus()
        return not (url_error or ca_error)

    def apply(self) -> None:
        emit(self.apply_requested, self.settings(), self.secret())

    def test_connection(self) -> None:
        if not self.validate():
            return
        self.tester.show_trying(self.url.text().strip())
        emit(self.test_requested, self.settings(), self.secret())

    def show_check(self, check: ConnectionCheck) -> None:
        if shiboken6.isValid(self):
            self.tester.show_check(check)

    def choose_ca_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("CA Bundle"),
            self.ca_bundle.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_bundle.setText(path)
