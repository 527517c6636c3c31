"""Light and dark themes, and the few colours Tepi's own widgets paint with.

"System" keeps the platform's style and colours. "Light" and "Dark" use the
Fusion style with a full palette, so every standard widget follows. Custom
widgets (badges, confidence bars, notifications) ask ``colors()`` instead of
hard-coding, so they read well in both. Every style is wrapped in
``FocusStyle`` (a focus ring you can see), and a change applies to every
widget at once: those with a style sheet of their own (table headers) are
polished again, since Qt would keep their old colours until a restart.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyleFactory, QWidget

__all__ = ["ACCENT", "Colors", "apply_appearance", "apply_theme", "colors", "is_dark"]

ACCENT = "#0f766e"
"""Tepi's teal (the app icon's), readable on light backgrounds."""
ACCENT_ON_DARK = "#2dd4bf"


@dataclass(frozen=True)
class Colors:
    accent: QColor
    accent_soft: QColor
    good: QColor
    warn: QColor
    bad: QColor
    info: QColor
    muted: QColor
    track: QColor
    """Background of a confidence bar."""


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colors(palette: QPalette | None = None) -> Colors:
    palette = palette or QGuiApplication.palette()
    dark = is_dark(palette)
    accent = QColor(ACCENT_ON_DARK if dark else ACCENT)
    soft = QColor(accent)
    soft.setAlpha(40 if dark else 28)
    muted = _blend(
        palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window), 0.58
    )
    track = palette.color(QPalette.ColorRole.Text)
    track.setAlpha(34 if dark else 22)
    return Colors(
        accent=accent,
        accent_soft=soft,
        good=QColor("#4ade80" if dark else "#15803d"),
        warn=QColor("#fbbf24" if dark else "#b45309"),
        bad=QColor("#f87171" if dark else "#b91c1c"),
        info=QColor("#60a5fa" if dark else "#1d4ed8"),
        muted=muted,
        track=track,
    )


def _blend(front: QColor, back: QColor, amount: float) -> QColor:
    """``amount`` of ``front`` over ``back``, opaque (so ``name()`` keeps the look)."""
    return QColor(
        round(front.red() * amount + back.red() * (1 - amount)),
        round(front.green() * amount + back.green() * (1 - amount)),
        round(front.blue() * amount + back.blue() * (1 - amount)),
    )


def _palette(dark: bool) -> QPalette:
    if dark:
        window, base, alt, text, button = "#1f2326", "#16191b", "#23282b", "#e6e8e9", "#2a2f33"
        disabled, mid, highlight = "#7d8589", "#3a4044", "#115e59"
        highlighted_text = "#ffffff"
    else:
        window, base, alt, text, button = "#f4f5f6", "#ffffff", "#f7f8f8", "#1c2023", "#fbfbfc"
        disabled, mid, highlight = "#9aa1a6", "#c9ced2", ACCENT
        highlighted_text = "#ffffff"
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, value in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, alt),
        (role.ToolTipBase, base),
        (role.ToolTipText, text),
        (role.Text, text),
        (role.Button, button),
        (role.ButtonText, text),
        (role.BrightText, "#ffffff"),
        (role.Highlight, highlight),
        (role.HighlightedText, highlighted_text),
        (role.Link, highlight),
        (role.PlaceholderText, disabled),
        (role.Mid, mid),
        (role.Midlight, alt),
        (role.Dark, mid),
        (role.Light, base),
        (role.Shadow, "#000000"),
    ):
        palette.setColor(r, QColor(value))
    for r in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor(disabled))
    return palette


_system_style: str | None = None
"""The platform's style, remembered before Tepi first wraps it."""


def _ring_color(widget: QWidget | None) -> QColor:
    """The focus ring's colour: the accent of the palette the widget is drawn with."""
    return QColor(colors(widget.palette() if widget is not None else None).accent)


def apply_theme(app: QApplication, theme: str) -> None:
    """Apply ``system``, ``light`` or ``dark`` to the whole application, every open widget included."""
    from desktop.ui.focus_style import FocusStyle

    global _system_style
    current = app.style()
    if _system_style is None:
        base = current.baseStyle() if isinstance(current, QProxyStyle) else current
        _system_style = base.name()
    hints = app.styleHints()
    if theme == "system":
        hints.unsetColorScheme()
        app.setStyle(FocusStyle(QStyleFactory.create(_system_style), _ring_color))
        app.setPalette(app.style().standardPalette())
    else:
        dark = theme == "dark"
        hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        app.setStyle(FocusStyle(QStyleFactory.create("Fusion"), _ring_color))
        app.setPalette(_palette(dark))
    for widget in app.allWidgets():
        if widget.styleSheet():  # a widget with its own style sheet keeps its old colours otherwise
            widget.setStyleSheet(widget.styleSheet())


def apply_appearance(theme: str) -> None:
    """Apply ``theme`` to the running application and redraw every icon in its colours."""
    from desktop.ui.icons import reset_icons, retint

    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, theme)
        reset_icons()
        for widget in app.topLevelWidgets():
            retint(widget)
