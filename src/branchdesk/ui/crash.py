"""Unexpected errors in the window: logged with their traceback, shown once in Chinese.

A windowed build has no console: an exception in a slot, a worker thread or the start-up
would otherwise vanish (or leave 正在打开… on screen for ever). `install()` sets
`sys.excepthook` and `threading.excepthook`; each error is written to the log file and, on
the GUI thread, said in a box naming that file. While a box is open, further errors are
only logged: a failing timer must not bury the window under boxes.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from branchdesk.logging_setup import ExcInfo, log_unexpected
from branchdesk.ui.smoke_test import CRASH_PROPERTY

if TYPE_CHECKING:  # named only when a box is shown: see ui/app.py on QMessageBox's cost
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)


class _Reporter(QObject):
    """Lives on the GUI thread; a signal brings a worker's error there."""

    report = Signal(str)  # the log file's path ("" if none)

    def __init__(self) -> None:
        super().__init__()
        self.box: QMessageBox | None = None
        self.then: Callable[[], None] | None = None
        self.shown = 0
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _show(self, log_path: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.box is not None:
            return  # one box at a time; the error is in the log
        parent = QApplication.activeWindow()
        self.box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Crash", "BranchDesk"),
            unexpected_text(log_path),
            QMessageBox.StandardButton.Close,
            parent if isinstance(parent, QWidget) else None,
        )
        self.box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.box.setProperty(CRASH_PROPERTY, True)
        self.box.finished.connect(self._closed)
        self.shown += 1
        self.box.open()  # never exec(): no nested event loop inside an excepthook

    def _closed(self) -> None:
        self.box = None
        then, self.then = self.then, None
        if then is not None:
            then()


_reporter: _Reporter | None = None


def unexpected_text(log_path: str) -> str:
    if not log_path:
        return QCoreApplication.translate(
            "Crash", "Something went wrong that BranchDesk did not expect."
        )
    return QCoreApplication.translate(
        "Crash",
        "Something went wrong that BranchDesk did not expect. What happened is written in "
        "the log file:\n{path}\nYour saved records are not affected.",
    ).format(path=log_path)


def install() -> None:
    """Route every uncaught exception (GUI thread or not) to `report`. Call once the
    QApplication exists."""
    global _reporter
    if _reporter is None:
        _reporter = _Reporter()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook


def reporter() -> _Reporter | None:
    return _reporter


def report(exc_info: ExcInfo, then: Callable[[], None] | None = None) -> Path | None:
    """Log *exc_info* and show the box (from any thread); *then* runs once the box is
    closed (start-up: quit instead of hanging at 正在打开…)."""
    path = log_unexpected("unexpected error", exc_info)
    if _reporter is None:
        if then is not None:
            then()
        return path
    if then is not None:
        _reporter.then = then
    _reporter.report.emit(str(path or ""))
    return path


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report((exc_type, exc, tb))


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    report((args.exc_type, args.exc_value, args.exc_traceback))


def report_now(exc_info: ExcInfo) -> Path | None:
    """Log and show, waiting for the box to be closed: for errors outside the event loop
    (before it started or after it ended), where a box left open would never be seen."""
    from PySide6.QtWidgets import QMessageBox

    path = log_unexpected("unexpected error", exc_info)
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Crash", "BranchDesk"),
            unexpected_text(str(path or "")),
        )
    return path
