"""The Model Info window: everything ``python -m inference info`` shows, as a summary and as text."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

__all__ = ["ModelInfoDialog"]


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
            row(self.tr("Signature"), escape(str(data.get("signature", "")))),
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
