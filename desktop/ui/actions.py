"""Every command of the window as a ``QAction`` with a shortcut and an icon, and the menus.

Keeping them here lets the main window read as behaviour only, and lets a
test check that no action lacks a shortcut (About aside: F1 lists them all,
in Help ▸ Keyboard Shortcuts).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.ui.icons import set_icon

__all__ = ["Actions", "build_actions"]

Key = QKeySequence.StandardKey
translate = QCoreApplication.translate


@dataclass
class Actions:
    open_files: QAction
    open_folder: QAction
    watch_folder: QAction
    paste: QAction
    sample: QAction
    export: QAction
    copy: QAction
    cancel: QAction
    close_result: QAction
    explain: QAction
    quit: QAction
    open_model: QAction
    open_model_folder: QAction
    model_info: QAction
    check_updates: QAction
    roll_back: QAction
    show_history: QAction
    settings: QAction
    log_folder: QAction
    shortcuts: QAction
    about: QAction
    models: QActionGroup
    recent_menu: QMenu
    bundled_menu: QMenu
    versions_menu: QMenu
    view_menu: QMenu

    def all(self) -> list[QAction]:
        return [value for value in vars(self).values() if isinstance(value, QAction)]


def build_actions(window: QMainWindow) -> Actions:
    def act(text: str, glyph: str | None, shortcut, tip: str = "") -> QAction:
        action = QAction(text, window)
        if glyph:
            set_icon(action, glyph)
        keys = QKeySequence(shortcut) if isinstance(shortcut, (str, Key)) else shortcut
        action.setShortcut(keys)
        if tip:
            action.setStatusTip(tip)
        shortcut_text = keys.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut_text})" if shortcut_text else text)
        window.addAction(action)
        return action

    actions = Actions(
        open_files=act(
            translate("Actions", "&Open Files…"),
            "open-file",
            Key.Open,
            translate("Actions", "Predict images or CSV files"),
        ),
        open_folder=act(
            translate("Actions", "Open &Folder…"),
            "open-folder",
            "Ctrl+Shift+O",
            translate("Actions", "Predict every image in a folder"),
        ),
        watch_folder=act(
            translate("Actions", "&Watch Folder…"),
            "open-folder",
            "Ctrl+Shift+W",
            translate("Actions", "Predict images and CSV rows as they arrive in a folder, until you stop"),
        ),
        paste=act(
            translate("Actions", "&Paste"),
            "paste",
            Key.Paste,
            translate("Actions", "Predict the image or files on the clipboard"),
        ),
        sample=act(
            translate("Actions", "Try a &Sample"),
            "sample",
            "Ctrl+T",
            translate("Actions", "Predict one of the bundled samples"),
        ),
        export=act(
            translate("Actions", "&Export Results…"),
            "export",
            "Ctrl+E",
            translate("Actions", "Save the batch results as CSV"),
        ),
        copy=act(
            translate("Actions", "&Copy"), "copy", Key.Copy, translate("Actions", "Copy the selected results")
        ),
        cancel=act(
            translate("Actions", "Cancel &Batch"),
            "cancel",
            "Esc",
            translate("Actions", "Stop the running batch"),
        ),
        close_result=act(
            translate("Actions", "&Close Result"),
            "close",
            Key.Close,
            translate("Actions", "Go back to the drop area"),
        ),
        explain=act(
            translate("Actions", "E&xplain"),
            "explain",
            "Ctrl+Shift+X",
            translate("Actions", "Show where in the picture the model found its answer"),
        ),
        quit=act(translate("Actions", "&Quit"), "quit", "Ctrl+Q"),
        open_model=act(
            translate("Actions", "Open &Model…"),
            "model",
            "Ctrl+M",
            translate("Actions", "Use a .tflite, .keras, .h5, .onnx or .zip model"),
        ),
        open_model_folder=act(
            translate("Actions", "Open Model F&older…"),
            "open-folder",
            "Ctrl+Shift+M",
            translate("Actions", "Use a model pack, SavedModel or Teachable Machine folder"),
        ),
        model_info=act(
            translate("Actions", "Model &Info"),
            "info",
            "Ctrl+I",
            translate("Actions", "Everything Tepi knows about the model"),
        ),
        check_updates=act(
            translate("Actions", "Check for &Updates"),
            "refresh",
            "Ctrl+U",
            translate("Actions", "Install a newer version of this model from its update source"),
        ),
        roll_back=act(
            translate("Actions", "Ro&ll Back"),
            "back",
            "Ctrl+Shift+R",
            translate("Actions", "Return to the version used before"),
        ),
        show_history=act(
            translate("Actions", "&History"),
            "history",
            "Ctrl+H",
            translate("Actions", "Show or hide the history panel"),
        ),
        settings=act(
            translate("Actions", "&Settings…"),
            "settings",
            "Ctrl+,",
            translate("Actions", "Top-k, threads, theme, language, history"),
        ),
        log_folder=act(
            translate("Actions", "Open &Log Folder"),
            "log",
            "Ctrl+Shift+L",
            translate("Actions", "Where Tepi writes error details"),
        ),
        shortcuts=act(
            translate("Actions", "&Keyboard Shortcuts"),
            "keyboard",
            Key.HelpContents,
            translate("Actions", "Every shortcut of the window"),
        ),
        about=act(translate("Actions", "&About Tepi"), "help", ""),
        models=QActionGroup(window),
        recent_menu=QMenu(translate("Actions", "Open &Recent"), window),
        bundled_menu=QMenu(translate("Actions", "&Bundled Models"), window),
        versions_menu=QMenu(translate("Actions", "&Version"), window),
        view_menu=QMenu(translate("Actions", "&View"), window),
    )
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.show_history.setCheckable(True)
    actions.explain.setCheckable(True)
    actions.models.setExclusive(True)
    _menus(window, actions)
    return actions


def _menus(window: QMainWindow, a: Actions) -> None:
    bar = window.menuBar()
    file = bar.addMenu(translate("Actions", "&File"))
    file.addActions([a.open_files, a.open_folder, a.watch_folder, a.sample])
    file.addSeparator()
    file.addActions([a.export, a.close_result])
    file.addSeparator()
    file.addAction(a.quit)
    edit = bar.addMenu(translate("Actions", "&Edit"))
    edit.addActions([a.paste, a.copy, a.cancel])
    edit.addSeparator()
    edit.addAction(a.settings)
    model = bar.addMenu(translate("Actions", "&Model"))
    model.addMenu(a.bundled_menu)
    model.addActions([a.open_model, a.open_model_folder])
    model.addMenu(a.recent_menu)
    model.addSeparator()
    model.addMenu(a.versions_menu)
    model.addActions([a.roll_back, a.check_updates])
    model.addSeparator()
    model.addAction(a.model_info)
    bar.addMenu(a.view_menu)
    a.view_menu.addAction(a.explain)
    a.view_menu.addSeparator()
    a.view_menu.addAction(a.show_history)
    help_menu = bar.addMenu(translate("Actions", "&Help"))
    help_menu.addActions([a.shortcuts, a.log_folder])
    help_menu.addSeparator()
    help_menu.addAction(a.about)
