"""The Settings dialog: General (top-k, threads, theme, language, history) and the pages others add."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.settings.app_settings import AppSettings
from desktop.text.i18n import LANGUAGE_NAMES
from desktop.ui.dialogs.forms import form_group

__all__ = ["SettingsDialog"]


class SettingsDialog(QDialog):
    """Top-k, threads, theme, language and history; ``settings()`` gives the edited copy.

    Other parts of the window add their own tabs with ``add_page`` (the remote endpoint).
    """

    def __init__(self, current: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self._current = current
        self.pages: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        general = QWidget(self.tabs)
        general_layout = QVBoxLayout(general)
        general_layout.setContentsMargins(4, 12, 4, 4)
        general_layout.setSpacing(12)
        general_layout.addWidget(self._predictions_group())
        general_layout.addWidget(self._appearance_group())
        general_layout.addWidget(self._history_group())
        general_layout.addStretch(1)
        self.tabs.addTab(general, self.tr("General"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def add_page(self, page: QWidget) -> None:
        """A tab titled with the page's ``windowTitle``, with ``apply()`` and optionally ``validate()``."""
        self.pages.append(page)
        self.tabs.addTab(page, page.windowTitle())

    def accept(self) -> None:
        for page in self.pages:
            validate = getattr(page, "validate", None)
            if validate is not None and not validate():
                self.tabs.setCurrentWidget(page)
                return
        super().accept()

    def apply_pages(self) -> None:
        for page in self.pages:
            page.apply()  # type: ignore[attr-defined]

    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        return form_group(self, title)

    def _predictions_group(self) -> QGroupBox:
        group, form = self._form(self.tr("Predictions"))
        self.top_k = QSpinBox(group)
        self.top_k.setRange(1, 10)
        self.top_k.setValue(self._current.top_k)
        self.top_k.setAccessibleName(self.tr("Labels to show"))
        form.addRow(self.tr("&Labels to show:"), self.top_k)
        self.threads = QSpinBox(group)
        self.threads.setRange(0, 64)
        self.threads.setSpecialValueText(self.tr("Automatic"))
        self.threads.setValue(self._current.threads)
        self.threads.setAccessibleName(self.tr("CPU threads"))
        form.addRow(self.tr("CPU &threads:"), self.threads)
        return group

    def _appearance_group(self) -> QGroupBox:
        group, form = self._form(self.tr("Appearance"))
        self.theme = QComboBox(group)
        for value, text in (
            ("system", self.tr("Same as the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self._current.theme)))
        self.theme.setAccessibleName(self.tr("Theme"))
        form.addRow(self.tr("T&heme:"), self.theme)
        self.language = QComboBox(group)
        self.language.addItem(self.tr("Same as the system"), "system")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._current.language)))
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("Lan&guage:"), self.language)
        note = QLabel(self.tr("A new language is used from the next start of Tepi."), group)
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow("", note)
        return group

    def _history_group(self) -> QGroupBox:
        group, form = self._form(self.tr("History"))
        self.history_enabled = QCheckBox(self.tr("&Keep a history of predictions"), group)
        self.history_enabled.setChecked(self._current.history_enabled)
        form.addRow(self.history_enabled)
        self.retention = QSpinBox(group)
        self.retention.setRange(0, 3650)
        self.retention.setSingleStep(30)
        self.retention.setSpecialValueText(self.tr("Forever"))
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setValue(self._current.retention_days)
        self.retention.setAccessibleName(self.tr("Keep entries for"))
        self.history_enabled.toggled.connect(self.retention.setEnabled)
        self.retention.setEnabled(self._current.history_enabled)
        form.addRow(self.tr("Keep &entries for:"), self.retention)
        return group

    def settings(self) -> AppSettings:
        return replace(
            self._current,
            top_k=self.top_k.value(),
            threads=self.threads.value(),
            theme=str(self.theme.currentData()),
            language=str(self.language.currentData()),
            history_enabled=self.history_enabled.isChecked(),
            retention_days=self.retention.value(),
        )
