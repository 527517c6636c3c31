"""The Settings dialog and the Model Info window."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import LANGUAGE_NAMES
from desktop.settings import AppSettings

__all__ = ["ModelInfoDialog", "SettingsDialog"]


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
        """A tab titled with the page's ``windowTitle``; see ``MainWindow.add_settings_page``."""
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
        group = QGroupBox(title, self)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return group, form

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


class ModelInfoDialog(QDialog):
    """Everything ``python -m inference info`` shows: a readable summary and the same text."""

    def __init__(self, data: dict[str, Any], text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelInfoDialog")
        self.setWindowTitle(self.tr("Model Info: %1").replace("%1", str(data.get("model", ""))))
        self.text = text
        layout = QVBoxLayout(self)
        tabs = QTabWidget(self)
        summary = QTextBrowser(tabs)
        summary.setOpenLinks(False)
        summary.setHtml(self._html(data))
        summary.setAccessibleName(self.tr("Model summary"))
        tabs.addTab(summary, self.tr("Summary"))
        raw = QPlainTextEdit(text, tabs)
        raw.setReadOnly(True)
        raw.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        raw.setAccessibleName(self.tr("Model details as text"))
        tabs.addTab(raw, self.tr("Details"))
        layout.addWidget(tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy Details"), buttons)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def _html(self, data: dict[str, Any]) -> str:
        from html import escape

        def row(name: str, value: Any) -> str:
            return (
                f"<tr><th align='right' style='padding-right:12px'>{escape(name)}</th><td>{value}</td></tr>"
            )

        runtime = data.get("runtime") or {}
        rows = [
            row(self.tr("Model"), escape(str(data.get("model", "")))),
            row(self.tr("Task"), escape(str(data.get("task", "")))),
            row(self.tr("Found as"), escape(str(data.get("source", "")))),
        ]
        if data.get("description"):
            rows.append(row(self.tr("Description"), escape(data["description"])))
        if runtime:
            rows.append(row(self.tr("Runs on"), escape(f"{runtime['backend']} ({runtime['runtime']})")))
            for tensor in runtime.get("inputs", []):
                rows.append(
                    row(self.tr("Input"), escape(f"{tensor['name']} {tensor['shape']} {tensor['dtype']}"))
                )
            for tensor in runtime.get("outputs", []):
                rows.append(
                    row(self.tr("Output"), escape(f"{tensor['name']} {tensor['shape']} {tensor['dtype']}"))
                )
            if runtime.get("parameters"):
                rows.append(row(self.tr("Parameters"), f"{runtime['parameters']:,}"))
        for file in data.get("files", []):
            detail = f"{escape(file['path'])}<br><small>{escape(file['format'])}, {file['bytes']:,} B<br>"
            rows.append(row(self.tr("File"), detail + f"SHA-256 {escape(file['sha256'])}</small>"))
        rows.append(row(self.tr("Placement"), escape(str(data.get("placement", "")))))
        labels = data.get("labels") or []
        rows.append(
            row(self.tr("Labels"), escape(", ".join(labels)) or self.tr("(none: class numbers are shown)"))
        )
        prep = data.get("preprocessing") or {}
        shown = ", ".join(f"{k}={v}" for k, v in prep.items() if v not in (None, False))
        rows.append(row(self.tr("Preprocessing"), escape(shown)))
        rows.append(row(self.tr("Output kind"), escape(str(data.get("output", "")))))
        font = QFont(self.font())
        return f"<table style='font-size:{font.pointSize()}pt' cellspacing='4'>{''.join(rows)}</table>"
