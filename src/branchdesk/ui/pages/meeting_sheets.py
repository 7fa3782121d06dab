"""Printing a meeting's paper sheets: its record sheet (会议记录) after the meeting, and the
sign-in sheet (签到表) of the expected attendees before it. Both are PDFs built off the GUI
thread and opened in the system viewer, which prints them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from branchdesk.core.meetings import Meeting
from branchdesk.ui.long_task import LongTask, Progress, run_long_task
from branchdesk.ui.widgets.file_written import another_name, offer_to_open

RECORD_SHEET = "record"
SIGN_IN_SHEET = "sign_in"

# (kind, meeting id, target) -> pages written; opens its own connection (a worker thread).
SheetBuilder = Callable[[str, int, Path], int]


class MeetingSheetsButton(QToolButton):
    def __init__(
        self,
        current: Callable[[], Meeting | None],
        build: SheetBuilder,
        parent: QWidget | None = None,
        ready: Callable[[], bool] = lambda: True,
    ) -> None:
        """*ready* is asked before printing (unsaved changes in the form: save them?) and
        False stops it, for a sheet is built from the saved meeting."""
        super().__init__(parent)
        self._current = current
        self._build = build
        self._ready = ready
        self.setText(self.tr("Print"))
        self.setToolTip(self.tr("Print the selected meeting's record sheet or sign-in sheet"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.record_action = menu.addAction(self.tr("Record sheet (会议记录)…"))
        self.sign_in_action = menu.addAction(self.tr("Sign-in sheet (签到表)…"))
        self.record_action.triggered.connect(lambda: self.ask_and_print(RECORD_SHEET))
        self.sign_in_action.triggered.connect(lambda: self.ask_and_print(SIGN_IN_SHEET))
        self.setMenu(menu)

    def refresh(self) -> None:
        meeting = self._current()
        self.setEnabled(meeting is not None and meeting.id is not None)

    def ask_and_print(self, kind: str, suggested: Path | None = None) -> None:
        if not self._ready():
            return
        meeting = self._current()
        if meeting is None or meeting.id is None:
            return
        sheet = self.tr("record sheet") if kind == RECORD_SHEET else self.tr("sign-in sheet")
        name = f"{meeting.held_on.isoformat()} {meeting.display_title} {sheet}.pdf"
        start = suggested or Path.home() / name
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the sheet"), str(start), "PDF (*.pdf)"
        )
        if path:
            self.print_to(kind, meeting.id, Path(path))

    def print_to(
        self, kind: str, meeting_id: int, target: Path, *, notify: bool = True
    ) -> LongTask:
        def work(_progress: Progress) -> int:
            return self._build(kind, meeting_id, target)

        task = run_long_task(
            self,
            self.tr("Building the sheet…"),
            work,
            save_as=lambda busy: self.ask_and_print(kind, another_name(busy)),
        )
        if notify:
            task.done.connect(lambda _pages: offer_to_open(self, self.tr("Print"), target))
        return task
