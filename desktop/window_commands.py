"""What the window's actions do: open, paste, sample, export, copy, models, settings, help.

Split from ``main_window`` so the window module stays about layout and
signals. Each command either asks the ``Engine`` for work or changes what is
shown; file dialogs are separated from the action behind them
(``choose_export`` vs ``export_to``) so tests drive the real behaviour.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QMimeData, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.jobs import ModelStatus
from desktop.models import format_percent
from desktop.settings import AppSettings

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

__all__ = ["WindowCommands"]

logger = logging.getLogger(__name__)
MODEL_FILTER = "*.tflite *.keras *.h5 *.hdf5 *.zip model.toml"


class WindowCommands(QObject):
    """Behaviour behind the actions of one ``MainWindow``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._sample_index = 0
        a = window.actions
        for action, slot in (
            (a.open_files, self.choose_files),
            (a.open_folder, self.choose_folder),
            (a.paste, self.paste),
            (a.sample, self.try_sample),
            (a.export, self.choose_export),
            (a.copy, self.copy),
            (a.cancel, self.cancel),
            (a.close_result, self.close_result),
            (a.quit, window.close),
            (a.open_model, self.choose_model_file),
            (a.open_model_folder, self.choose_model_folder),
            (a.model_info, self.show_model_info),
            (a.settings, self.show_settings),
            (a.log_folder, self.open_log_folder),
            (a.about, self.show_about),
        ):
            action.triggered.connect(slot)
        window.drop_zone.open_files.connect(self.choose_files)
        window.drop_zone.open_folder.connect(self.choose_folder)
        window.drop_zone.try_sample.connect(self.try_sample)
        window.batch_view.cancel_requested.connect(self.cancel)
        window.batch_view.export_requested.connect(self.choose_export)
        window.batch_view.copy_requested.connect(self.copy_batch_rows)
        window.result_view.close_requested.connect(self.close_result)
        window.actions.models.triggered.connect(self._on_models_triggered)
        self.update_enabled()
        self.rebuild_recent()

    # -- inputs ------------------------------------------------------------------------------
    def open_paths(self, paths: list[str]) -> int | None:
        """Predict these paths (models among them are offered); the command line comes here too."""
        paths = [p for p in paths if p]
        if not paths:
            return None
        self.w.notifications.clear()
        return self.w.engine.open_paths(paths)

    def take_mime(self, mime: QMimeData) -> bool:
        """Use dropped or pasted data: file paths first, else image data."""
        from desktop.main_window import local_paths

        paths = local_paths(mime)
        if paths:
            self.open_paths(paths)
            return True
        if mime.hasImage() or mime.hasFormat("image/png"):
            self.w.notifications.clear()
            raw = bytes(mime.data("image/png").data()) if mime.hasFormat("image/png") else b""
            data = raw or mime.imageData()
            if data is None or (not raw and data.isNull()):
                return False
            self.w.engine.predict_image_data(data, self.tr("pasted image"))
            return True
        return False

    def choose_files(self) -> None:
        status = self.w.engine.status
        images = "*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff"
        filters = (
            [self.tr("CSV files (*.csv *.tsv *.txt)"), self.tr("All files (*)")]
            if status is not None and not status.is_image
            else [self.tr("Images and CSV files (%1 *.csv)").replace("%1", images), self.tr("All files (*)")]
        )
        paths, _ = QFileDialog.getOpenFileNames(self.w, self.tr("Open Files"), "", ";;".join(filters))
        self.open_paths(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.w, self.tr("Open Folder"))
        if folder:
            self.open_paths([folder])

    def paste(self) -> None:
        if not self.take_mime(QGuiApplication.clipboard().mimeData()):
            self.w.notifications.notify("info", self.tr("The clipboard holds no image and no file paths."))

    def try_sample(self) -> None:
        status = self.w.engine.status
        if status is None or not status.samples:
            self.w.notifications.notify(
                "info", self.tr("This model has no bundled sample; drop one of your own files.")
            )
            return
        sample = status.samples[self._sample_index % len(status.samples)]
        self._sample_index += 1
        self.open_paths([str(sample)])

    def cancel(self) -> None:
        if self.w.batch_view.running:
            self.w.engine.cancel(self.w.current_job)
            self.w.status_label.setText(self.tr("Stopping…"))

    def close_result(self) -> None:
        from desktop.main_window import EMPTY

        self.w.show_page(EMPTY)

    # -- results out ---------------------------------------------------------------------------
    def choose_export(self) -> None:
        view = self.w.batch_view
        if not view.model.rows:
            return
        job = view.job
        base = job.csv_source.stem + "-predictions" if job and job.csv_source else "tepi-results"
        suggested = str(Path.home() / f"{base}-{time.strftime('%Y-%m-%d')}.csv")
        path, _ = QFileDialog.getSaveFileName(
            self.w, self.tr("Export Results"), suggested, self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the current batch to ``path`` on a worker; a notification says when it is done."""
        from desktop.export import export_outcomes

        view = self.w.batch_view
        outcomes = [row.outcome for row in view.model.rows]
        source = view.job.csv_source if view.job else None

        def done(count: int) -> None:
            text = self.tr("Saved %n row(s) to %1.", "", count).replace("%1", path.name)
            self.w.notifications.notify(
                "success", text, actions=[(self.tr("Show in Folder"), lambda: _open(path.parent))]
            )

        self.w.engine.run_io(
            export_outcomes, path, outcomes, source, on_result=done, on_error=self.w.notify_error
        )

    def copy(self) -> None:
        from desktop.export import rows_as_tsv

        focus = QApplication.focusWidget()
        if focus is self.w.history_panel.table:
            entries = self.w.history_panel.selected_entries()
            rows = [
                [
                    e.input,
                    e.label or "",
                    format_percent(e.score) if e.score is not None else "",
                    e.model,
                    e.error or "",
                ]
                for e in entries
            ]
            header = [
                self.tr("File"),
                self.tr("Label"),
                self.tr("Confidence"),
                self.tr("Model"),
                self.tr("Error"),
            ]
            QGuiApplication.clipboard().setText(rows_as_tsv(header, rows))
        elif self.w.pages.currentWidget() is self.w.batch_view:
            self.copy_batch_rows()
        elif self.w.pages.currentWidget() is self.w.result_view:
            view = self.w.result_view
            QGuiApplication.clipboard().setText(
                f"{view.title.text()}\t{view.label.toolTip()}\t{view.confidence.text()}\n"
            )

    def copy_batch_rows(self) -> None:
        from desktop.export import rows_as_tsv

        view = self.w.batch_view
        model = view.model
        columns = range(1, model.columnCount())
        header = [model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
        rows = [[model._display(row, c) or "" for c in columns] for row in view.selected_rows()]
        QGuiApplication.clipboard().setText(rows_as_tsv(header, rows))
        self.w.status_label.setText(self.tr("Copied %n row(s).", "", len(rows)))

    # -- history -------------------------------------------------------------------------------
    def reopen_entry(self, entry, thumbnail) -> None:
        from desktop.main_window import SINGLE

        if not entry.ok:
            from desktop.messages import translate_sentence

            self.w.notifications.notify("error", translate_sentence(entry.error or ""))
            return
        moment = QDateTime.fromSecsSinceEpoch(int(entry.created))
        when = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        self.w.result_view.show_prediction(
            entry.outcome(), thumbnail, note=self.tr("from the history, %1").replace("%1", when)
        )
        self.w.show_page(SINGLE)

    # -- models --------------------------------------------------------------------------------
    def choose_model_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.w, self.tr("Open Model"), "", self.tr("Models (%1)").replace("%1", MODEL_FILTER)
        )
        if path:
            self.w.engine.load_model(path)

    def choose_model_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.w, self.tr("Open Model Folder"))
        if folder:
            self.w.engine.load_model(folder)

    def offer_model(self, path: str) -> None:
        name = Path(path).name
        self.w.notifications.notify(
            "info",
            self.tr("%1 is a model. Switch to it?").replace("%1", name),
            actions=[(self.tr("Switch Model"), lambda: self.w.engine.load_model(path))],
        )

    def _on_models_triggered(self, action: QAction) -> None:
        ref = action.data()
        if ref and (self.w.engine.status is None or ref != self.w.engine.status.ref):
            self.w.engine.load_model(str(ref))

    def model_changed(self, status: ModelStatus) -> None:
        menu, group = self.w.actions.bundled_menu, self.w.actions.models
        if not menu.actions():
            for number, name in enumerate(status.bundled, start=1):
                action = menu.addAction(name)
                action.setData(name)
                action.setCheckable(True)
                if number <= 9:
                    action.setShortcut(QKeySequence(f"Ctrl+{number}"))
                self.w.addAction(action)
                group.addAction(action)
        for action in group.actions():
            action.setChecked(action.data() == status.ref)
        self.rebuild_recent()
        self.update_enabled()

    def rebuild_recent(self) -> None:
        menu = self.w.actions.recent_menu
        menu.clear()
        recent = [r for r in self.w.settings.recent_models if "/" in r or "\\" in r]
        for number, ref in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {Path(ref).name}")
            action.setToolTip(ref)
            action.setData(ref)
            action.triggered.connect(lambda _checked=False, r=ref: self.w.engine.load_model(r))
        if not recent:
            menu.addAction(self.tr("No recent models")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear Menu"), self._clear_recent)

    def _clear_recent(self) -> None:
        from dataclasses import replace

        self.w.settings = replace(self.w.settings, recent_models=())
        self.rebuild_recent()

    def show_model_info(self) -> None:
        from desktop.widgets.dialogs import ModelInfoDialog

        def show(result: tuple[dict, str]) -> None:
            dialog = ModelInfoDialog(result[0], result[1], self.w)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            self.w.model_info_dialog = dialog

        self.w.status_label.setText(self.tr("Reading the model…"))
        self.w.engine.describe_model(
            on_result=lambda r: (show(r), self.w._restore_ready_status()), on_error=self.w.notify_error
        )

    # -- settings and help -----------------------------------------------------------------------
    def show_settings(self) -> None:
        from desktop.widgets.dialogs import SettingsDialog

        dialog = SettingsDialog(self.w.settings, self.w)
        for factory in self.w.settings_pages:
            dialog.add_page(factory(dialog))
        dialog.accepted.connect(lambda: self.apply_settings(dialog.settings()))
        dialog.accepted.connect(dialog.apply_pages)
        dialog.open()
        self.w.settings_dialog = dialog

    def apply_settings(self, new: AppSettings) -> None:
        from desktop.app import apply_appearance

        old, self.w.settings = self.w.settings, new
        engine = self.w.engine
        reload = engine.set_options(top_k=new.top_k, threads=new.threads, history_enabled=new.history_enabled)
        if reload and engine.status is not None:
            engine.load_model(engine.status.ref)
        if new.theme != old.theme:
            apply_appearance(new.theme)
        if new.retention_days:
            engine.history_call(_prune, new.retention_days)
        self.w.history_panel.enabled_in_settings = new.history_enabled
        self.w.history_panel.refresh()
        if new.language != old.language:
            self.w.notifications.notify(
                "info", self.tr("Tepi will use the new language from its next start.")
            )
        if self.w.store is not None:
            from desktop.settings import write_settings

            write_settings(self.w.store, new)

    def open_log_folder(self) -> None:
        from desktop.logs import log_file

        _open(log_file().parent)

    def show_about(self) -> None:
        from inference import __version__

        QMessageBox.about(
            self.w,
            self.tr("About Tepi"),
            self.tr(
                "<h3>Tepi %1</h3><p>Runs trained TensorFlow and LiteRT models on this computer, "
                "offline and fast, with a remote endpoint as a fallback.</p>"
                "<p>Licensed under the Apache License 2.0.</p>"
            ).replace("%1", __version__),
        )

    def update_enabled(self) -> None:
        from desktop.main_window import EMPTY

        w, a = self.w, self.w.actions
        status = w.engine.status
        a.model_info.setEnabled(status is not None)
        a.sample.setEnabled(bool(status and status.samples))
        a.cancel.setEnabled(w.batch_view.running)
        a.export.setEnabled(w.pages.currentWidget() is w.batch_view and bool(w.batch_view.model.rows))
        a.close_result.setEnabled(w.pages.currentIndex() != EMPTY)


def _prune(history, days: int) -> int:
    return history.prune(max_age_days=days)


def _open(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
