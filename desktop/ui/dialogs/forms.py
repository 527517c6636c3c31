"""The form every settings page is made of: titled groups of labelled rows, labels right-aligned."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

__all__ = ["form_group"]


def form_group(parent: QWidget, title: str) -> tuple[QGroupBox, QFormLayout]:
    """A titled group holding a form whose fields grow with the dialog."""
    group = QGroupBox(title, parent)
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return group, form
