"""A hidden switch for checking a build: `BRANCHDESK_SMOKE_TEST=1 branchdesk` starts the GUI,
waits for the first window to paint (the main window, or the welcome dialog on a first
run), writes one line to stdout and quits. packaging/linux/smoke_test.sh uses it.

It never hangs a build: an unexpected-error box ends it with status 3, and so does nothing
painted within `DEADLINE_MS`. The line is written whatever stdout's encoding (a Windows
runner's pipe is cp1252, and the title is Chinese).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SMOKE_TEST_ENV = "BRANCHDESK_SMOKE_TEST"
# Set on a main window once its pages are listed: the shell painted before the records
# open does not count as a started application.
READY_PROPERTY = "branchdeskReady"
# Set on the box that says an unexpected error happened (ui/crash.py).
CRASH_PROPERTY = "branchdeskCrash"
DEADLINE_MS = int(os.environ.get("BRANCHDESK_SMOKE_TEST_DEADLINE_MS", "90000"))
FAILED = 3


def wanted() -> bool:
    return os.environ.get(SMOKE_TEST_ENV, "") not in ("", "0")


def say(line: str) -> None:
    """One line on stdout that no code page can refuse."""
    stream = sys.stdout
    if stream is None:  # a windowed build started without a console
        return
    encoding = getattr(stream, "encoding", None) or "utf-8"
    stream.write(line.encode(encoding, "backslashreplace").decode(encoding) + "\n")
    stream.flush()


class SmokeTest(QObject):
    """Installed on the application: quits after the first paint of any window."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.painted = ""
        app.installEventFilter(self)
        QTimer.singleShot(DEADLINE_MS, self._too_late)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.painted
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            if watched.property(CRASH_PROPERTY):
                self.painted = "error"
                say("smoke test: unexpected error (see the log file)")
                QTimer.singleShot(0, lambda: self._finish(FAILED))
            elif watched.inherits("QDialog") or watched.property(READY_PROPERTY):
                self.painted = watched.windowTitle() or watched.objectName()
                say(f"smoke test: painted {self.painted}")
                QTimer.singleShot(0, lambda: self._finish(0))
        return False

    def _too_late(self) -> None:
        if not self.painted:
            self.painted = "nothing"
            say(f"smoke test: nothing painted within {DEADLINE_MS} ms")
            self._finish(FAILED)

    def _finish(self, status: int) -> None:
        # Imported here: this module loads on every start, before the first paint.
        from PySide6.QtWidgets import QDialog

        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            modal.reject()  # a first run's welcome: leaves the data folder empty
        for window in QApplication.topLevelWidgets():
            window.close()
        self._app.exit(status)
