"""未保存的内容: every few seconds the typing not yet saved on each page is written to the data
folder's `unsaved/` (branchdesk/unsaved_work.py); at the next start each is offered back into
its form. A page takes part with `unsaved_content()` (None when nothing is unsaved) and
`restore_unsaved(content)`; its file goes when its typing is saved or discarded."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from branchdesk.ui.main_window import MainWindow
from branchdesk.unsaved_work import UnsavedWork

log = logging.getLogger(__name__)

KEEP_EVERY_MS = 3000


class UnsavedKeeper(QObject):
    def __init__(self, window: MainWindow, data_dir: Path, every_ms: int = KEEP_EVERY_MS) -> None:
        super().__init__(window)
        self._window = window
        self.work = UnsavedWork(data_dir)
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self.keep_now)

    def start(self) -> None:
        self._timer.start()

    def keep_now(self) -> None:
        """Write each page's unsaved typing; remove the file of a page that has none."""
        for key, page in self._window.created_pages().items():
            content_of = getattr(page, "unsaved_content", None)
            if not callable(content_of):
                continue
            content: dict[str, Any] | None = content_of()
            try:
                if content is None:
                    self.work.drop(key)
                else:
                    self.work.keep(key, content)
            except OSError:  # a full disk must not stop the typing
                log.exception("未保存的内容 of %s could not be written", key)

    def offer_kept(self) -> None:
        """After a crash: each page's 未保存的内容, offered back into its form. 否 removes it."""
        titles = {spec.key: spec.title() for spec in self._window.page_specs()}
        for key, content in self.work.kept().items():
            if key not in titles:
                continue
            answer = QMessageBox.question(
                self._window,
                QCoreApplication.translate("UnsavedKeeper", "Unsaved content"),
                QCoreApplication.translate(
                    "UnsavedKeeper",
                    "When BranchDesk last stopped, “{page}” held typing that was not saved. "
                    "Put it back into its form?",
                ).format(page=titles[key]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.work.drop(key)
                continue
            page = self._window.show_page(key)
            restore = getattr(page, "restore_unsaved", None)
            if callable(restore):
                restore(content)
