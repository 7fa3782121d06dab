"""公示（PDF）… and 公示（DOCX）… of the 发展党员 page: offered for a 发展对象 (or a person
whose 公示 is on record), written off the GUI thread, with 另存为… when the file is held
open by another program (the last notice in WPS)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from branchdesk.core.labels import label
from branchdesk.core.recruiting import Stage, StepKind
from branchdesk.core.recruiting_status import RecruitStatus
from branchdesk.ui.i18n import label_language
from branchdesk.ui.long_task import LongTask, run_long_task
from branchdesk.ui.widgets.file_written import another_name, offer_to_open

# build(recruit_id, target, "pdf" or "docx"), on a worker thread (ui/navigation.py)
NoticeBuilder = Callable[[int, Path, str], object]


class NoticeButtons:
    def __init__(
        self, page: QWidget, pdf: QPushButton, docx: QPushButton, build: NoticeBuilder | None
    ) -> None:
        self._page, self._buttons, self._build = page, (pdf, docx), build
        self._status: RecruitStatus | None = None
        pdf.clicked.connect(lambda: self.ask_and_write("pdf"))
        docx.clicked.connect(lambda: self.ask_and_write("docx"))

    def show_for(self, status: RecruitStatus | None) -> None:
        self._status = status
        why_not = self.no_notice_because(status)
        saved = status is not None and status.recruit.id is not None
        for button in self._buttons:
            button.setEnabled(saved and self._build is not None and not why_not)
            button.setToolTip(why_not)

    @staticmethod
    def no_notice_because(status: RecruitStatus | None) -> str:
        """Why the person has no 公示 to print: it announces a 发展对象 about to be
        admitted (or one whose notice is on record); empty when it can be printed."""
        if status is None:
            return ""
        if status.stage == Stage.CANDIDATE or status.recruit.last(StepKind.NOTICE) is not None:
            return ""
        return QCoreApplication.translate(
            "RecruitingPage",
            "The public notice is made for a 发展对象 before the 支部党员大会 votes on "
            "admission; {name} is at the stage {stage}.",
        ).format(name=status.recruit.name, stage=label(status.stage, label_language()))

    def ask_and_write(self, fmt: str, suggested: Path | None = None) -> None:
        status = self._status
        if status is None or status.recruit.id is None or self.no_notice_because(status):
            return
        start = suggested or Path.home() / f"{status.recruit.name}公示.{fmt}"
        kind = "Word (*.docx)" if fmt == "docx" else "PDF (*.pdf)"
        target, _ = QFileDialog.getSaveFileName(
            self._page,
            QCoreApplication.translate("RecruitingPage", "Save the public notice"),
            str(start),
            kind,
        )
        if target:
            self.write_to(status.recruit.id, Path(target), fmt)

    def write_to(self, recruit_id: int, target: Path, fmt: str) -> LongTask | None:
        build = self._build
        if build is None:
            return None
        task = run_long_task(
            self._page,
            QCoreApplication.translate("RecruitingPage", "Building the public notice…"),
            lambda _progress: build(recruit_id, target, fmt),
            save_as=lambda busy: self.ask_and_write(fmt, another_name(busy)),
        )
        task.done.connect(lambda _result: self.written(target))
        return task

    def written(self, target: Path) -> None:
        offer_to_open(
            self._page, QCoreApplication.translate("RecruitingPage", "Public notice"), target
        )
