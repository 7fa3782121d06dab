"""A hidden switch for checking a build: `BRANCHDESK_SMOKE_TEST=1 branchdesk` starts the GUI,
waits for the first window to paint (the main window, or the welcome dialog on a first
run), writes one line to stdout and quits. packaging/linux/smoke_test.sh uses it."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SMOKE_TEST_ENV = "BRANCHDESK_SMOKE_TEST"
# Set on a main window once its pages are listed: the shell painted before the records
# open does not count as a started application.
READY_PROPERTY = "branchdeskReady"


def wanted() -> bool:
    return os.environ.get(SMOKE_TEST_ENV, "") not in ("", "0")


class SmokeTest(QObject):
    """Installed on the application: quits after the first paint of any window."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.painted = ""
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.painted
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and (watched.inherits("QDialog") or watched.property(READY_PROPERTY))
        ):
            self.painted = watched.windowTitle() or watched.objectName()
            sys.stdout.write(f"smoke test: painted {self.painted}\n")
            sys.stdout.flush()
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        # Imported here: this module loads on every start, before the first paint.
        from PySide6.QtWidgets import QDialog

        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            modal.reject()  # a first run's welcome: leaves the data folder empty
        for window in QApplication.topLevelWidgets():
            window.close()
        self._app.quit()
