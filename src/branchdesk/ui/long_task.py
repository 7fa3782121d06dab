"""The one way to run long work (reports, imports, backups, exports) off the GUI thread.

    task = run_long_task(self, self.tr("Backing up…"), work, on_done=self._backed_up)

`work(progress)` runs on a worker thread and may call `progress(done, total, text)`; the
dialog shows it and offers Cancel (the next `progress` call then raises `CancelledError`). The
result reaches `on_done` on the GUI thread. Every failure takes one path: a `UserError`
shows its message; anything else is logged with its traceback and shown as a short notice.
A file held by another program (`fileops.FileBusy`: the old report open in WPS) is said as
such, and when the caller gives `save_as`, the box offers 另存为… which calls it with the
busy path (the caller asks for another name and runs the work again).

A failure that arrives after the task's window was closed is logged, not shown.

The work must not use the GUI thread's database connection: give it the data folder and let
it open its own `Workspace` (SQLite connections are not shared across threads here).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from branchdesk.core.errors import UserError
from branchdesk.fileops import FileBusy
from branchdesk.ui.i18n import user_error_text

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
SHOW_AFTER_MS = 400  # quick work finishes without a dialog flashing up


class CancelledError(Exception):
    """Raised inside the work when the user pressed Cancel."""


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str, bool)  # message, whether it is the user's to fix
    busy = Signal(str, str)  # message, the path another program holds


class LongTask(QObject):
    """A running task; `done` or `failed` is emitted once, on the GUI thread."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        show_errors: bool = True,
        save_as: Callable[[Path], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._save_as = save_as
        self.busy_box: QMessageBox | None = None  # the 另存为… question, while it is open
        self._cancel = threading.Event()
        self._show_errors = show_errors
        self._parent = parent
        self.signals = _Signals()
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel.set)
        self.signals.progressed.connect(self._progressed)
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self.signals.busy.connect(self._busy)

    def report(self, done: int, total: int, text: str = "") -> None:
        """The `progress` callable given to the work (called on the worker thread)."""
        if self._cancel.is_set():
            raise CancelledError
        self.signals.progressed.emit(done, total, text)

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            self.dialog.setLabelText(text)

    def _succeeded(self, result: object) -> None:
        self.dialog.close()
        self.done.emit(result)

    def _failed(self, message: str, users: bool) -> None:
        self.dialog.close()
        if self._show_errors and message:
            if self._window_open():
                box = QMessageBox.warning if users else QMessageBox.critical
                box(self._parent, self.dialog.windowTitle(), message)
            else:  # a box over a window being closed and deleted would outlive its parent
                log.warning(
                    "%s failed after its window closed: %s", self.dialog.windowTitle(), message
                )
        self.failed.emit(message)

    def _busy(self, message: str, path: str) -> None:
        if self._save_as is None or not self._show_errors or not self._window_open():
            self._failed(message, True)
            return
        self.dialog.close()
        box = QMessageBox(QMessageBox.Icon.Warning, self.dialog.windowTitle(), message)
        box.setParent(self._parent, box.windowFlags())
        save_as = box.addButton(self.tr("Save as…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        save_as_callback = self._save_as

        def answered(button: object) -> None:
            self.busy_box = None
            if button is save_as:
                save_as_callback(Path(path))

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.busy_box = box
        box.open()  # not exec(): the answer arrives through buttonClicked
        self.failed.emit(message)

    def _window_open(self) -> bool:
        return self._parent is None or self._parent.window().isVisible()


class _Runner(QRunnable):
    def __init__(self, task: LongTask, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._task = task
        self._work = work
        self._signals = task.signals  # keep a reference: the task may be collected first

    def run(self) -> None:
        try:
            result = self._work(self._task.report)
        except CancelledError:
            self._emit(self._signals.failed, "", True)
        except FileBusy as exc:
            self._emit(self._signals.busy, user_error_text(exc), str(exc.path))
        except UserError as exc:
            self._emit(self._signals.failed, user_error_text(exc), True)
        except Exception:
            log.exception("long task failed")
            self._emit(
                self._signals.failed,
                QCoreApplication.translate(
                    "LongTask", "Something went wrong; the details are in the log file."
                ),
                False,
            )
        else:
            self._emit(self._signals.succeeded, result)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the application quit (or the receiver went) while it worked
            log.info("long task finished after its window closed; result dropped")


def run_long_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    *,
    show_errors: bool = True,
    save_as: Callable[[Path], None] | None = None,
) -> LongTask:
    task = LongTask(parent, title, show_errors, save_as)
    if on_done is not None:
        task.done.connect(on_done)
    QThreadPool.globalInstance().start(_Runner(task, work))
    return task
