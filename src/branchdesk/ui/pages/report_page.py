"""年度报告: the annual duty report — its sections with their drafts, the year's figures, a
preview of the real PDF, print, and export to PDF or Word.

What the secretary writes in a section is saved for that year with 保存 (Ctrl+S) and kept
when the figures are refreshed; another section, another year, 刷新, export, print or Esc
first ask about text typed and not saved (ui/unsaved_changes.py); "Use the draft again"
forgets it. The PDF is built off the GUI thread, by a worker
that opens its own Workspace on the same data folder (connections are not shared).
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter, QShortcut, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QWidget

from branchdesk.core.report_texts import ReportSection
from branchdesk.reports.facts import AnnualFacts
from branchdesk.reports.narrative import SectionText
from branchdesk.ui.forms.ui_report_page import Ui_ReportPage
from branchdesk.ui.long_task import Progress, run_long_task
from branchdesk.ui.splitter_memory import remember_splitter
from branchdesk.ui.unsaved_changes import escape_cancels, may_go_on
from branchdesk.workspace import Workspace

log = logging.getLogger(__name__)

SECTION_ROLE = Qt.ItemDataRole.UserRole
PRINT_DPI = 300


class ReportPage(QWidget):
    def __init__(
        self,
        ws: Workspace,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._today = today
        self._sections: dict[ReportSection, SectionText] = {}
        self._font_choice: dict[str, str] | None = None  # what the last preview was built with
        # The section in the editor as it was shown or saved (year, section, text): typing
        # over it is asked about before the secretary moves on (section, year, refresh).
        self._shown: tuple[int, ReportSection, str] | None = None
        self._saves = 0  # sections saved by answering 保存: the list and preview are stale
        self._print_when_built = False  # 打印 pressed while the preview was being rebuilt
        self.preview_path: Path | None = None
        self.ui = Ui_ReportPage()
        self.ui.setupUi(self)
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.previewLayout.addWidget(self.pdf_view)
        self.ui.splitter.setSizes([160, 420, 460])
        remember_splitter(self.ui.splitter, "splitters/ReportPage")  # the section list too
        self.ui.yearSpin.setValue(today().year - 1)  # the report is written for last year
        self._connect()

    def _connect(self) -> None:
        self.ui.yearSpin.valueChanged.connect(lambda _year: self._year_chosen())
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.sectionList.currentItemChanged.connect(
            lambda _now, before: self._section_chosen(before)
        )
        escape_cancels(self.ui.sectionEdit, self.cancel_typing)
        self.ui.saveSectionButton.clicked.connect(self.save_section)
        self.ui.revertSectionButton.clicked.connect(self.revert_section)
        self.ui.exportPdfButton.clicked.connect(lambda: self.export("pdf"))
        self.ui.exportDocxButton.clicked.connect(lambda: self.export("docx"))
        self.ui.printButton.clicked.connect(self.print_report)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_section)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_report)

    @property
    def year(self) -> int:
        return int(self.ui.yearSpin.value())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # New fonts chosen in 设置 since the last build: rebuild, so the preview and the
        # font list show them.
        if not self._sections or (
            self._font_choice is not None and self._font_choice != self._ws.report_font_choice()
        ):
            self.refresh()

    # -- sections and figures ------------------------------------------------------------
    def refresh(self) -> bool:
        """Redraft from the records (what the secretary saved stays), then rebuild the PDF.
        False when the user stayed with typing not saved (取消)."""
        if not self.may_close():
            return False
        facts = self._ws.annual_facts(self.year, self._today())
        current = self._current_section()
        self._sections = {s.section: s for s in self._ws.report_sections(self.year, facts)}
        self.ui.sectionList.blockSignals(True)
        self.ui.sectionList.clear()
        for part in self._sections.values():
            item = QListWidgetItem(self._section_title(part))
            item.setData(SECTION_ROLE, part.section.value)
            self.ui.sectionList.addItem(item)
        self.ui.sectionList.blockSignals(False)
        sections = self.ui.sectionList  # every heading whole, on a 1024×700 screen too
        sections.setMinimumWidth(sections.sizeHintForColumn(0) + 2 * sections.frameWidth() + 6)
        order = list(self._sections)
        self.ui.sectionList.setCurrentRow(order.index(current) if current in order else 0)
        self._show_section()
        self.ui.figuresView.setPlainText(self._figures_text(facts))
        self.build_preview()
        return True

    def _section_title(self, part: SectionText) -> str:
        title = part.heading or self.tr("Signature")
        return title + (self.tr(" (edited)") if part.edited else "")

    def _current_section(self) -> ReportSection | None:
        item = self.ui.sectionList.currentItem()
        return ReportSection(item.data(SECTION_ROLE)) if item is not None else None

    def _section_chosen(self, before: QListWidgetItem | None) -> None:
        saves = self._saves
        if not self.may_close() and before is not None:  # back to the section being typed
            self.ui.sectionList.blockSignals(True)
            self.ui.sectionList.setCurrentItem(before)
            self.ui.sectionList.blockSignals(False)
            return
        if self._saves != saves:
            self.refresh()  # the list marks the section edited; the preview shows the text
        else:
            self._show_section()

    def _year_chosen(self) -> None:
        if self._shown is not None and not self.refresh():
            self.ui.yearSpin.blockSignals(True)
            self.ui.yearSpin.setValue(self._shown[0])  # back to the year being typed
            self.ui.yearSpin.blockSignals(False)

    def has_unsaved_changes(self) -> bool:
        return self._shown is not None and self.ui.sectionEdit.toPlainText() != self._shown[2]

    def may_close(self) -> bool:
        """Asks 保存 / 不保存 / 取消 about typing over the section shown."""
        return may_go_on(
            self,
            self.has_unsaved_changes(),
            self.tr("The report section shown has changes that are not saved yet. Save them?"),
            self._save_shown,
            self._discard_typing,
        )

    def unsaved_content(self) -> dict[str, object] | None:
        """The section's typing not saved yet, as 未保存的内容 (ui/unsaved_keeper.py)."""
        if self._shown is None or not self.has_unsaved_changes():
            return None
        year, section, _ = self._shown
        return {"year": year, "section": section.value, "text": self.ui.sectionEdit.toPlainText()}

    def restore_unsaved(self, content: dict[str, object]) -> None:
        self.ui.yearSpin.setValue(int(str(content["year"])))
        rows = [self.ui.sectionList.item(i) for i in range(self.ui.sectionList.count())]
        for row, item in enumerate(rows):
            if item is not None and item.data(SECTION_ROLE) == content["section"]:
                self.ui.sectionList.setCurrentRow(row)
        self.ui.sectionEdit.setPlainText(str(content["text"]))

    def cancel_typing(self) -> None:
        """Esc in the editor: the section as saved, after asking."""
        saves = self._saves
        if self.may_close() and self._saves != saves:
            self.refresh()

    def _save_shown(self) -> bool:
        if self._shown is None:
            return False
        year, section, _ = self._shown
        text = self.ui.sectionEdit.toPlainText()
        self._ws.report_texts.save_section(year, section, text)
        self._shown = (year, section, text)
        self._saves += 1
        return True

    def _discard_typing(self) -> None:
        if self._shown is not None:
            self.ui.sectionEdit.setPlainText(self._shown[2])

    def _show_section(self) -> None:
        section = self._current_section()
        part = self._sections.get(section) if section is not None else None
        self.ui.sectionEdit.setPlainText(part.text if part else "")
        self._shown = (self.year, part.section, part.text) if part else None
        self.ui.revertSectionButton.setEnabled(bool(part and part.edited))
        if part is None:
            self.ui.sectionStateLabel.clear()
        elif part.edited:
            self.ui.sectionStateLabel.setText(
                self.tr("Your text, saved for this year. Refreshing the figures keeps it.")
            )
        else:
            self.ui.sectionStateLabel.setText(
                self.tr("Drafted from the records. Edit it and save to keep your wording.")
            )

    def save_section(self) -> None:
        section = self._current_section()
        if section is None:
            return
        self._ws.report_texts.save_section(self.year, section, self.ui.sectionEdit.toPlainText())
        self._shown = None  # saved: nothing left to keep
        self.refresh()

    def revert_section(self) -> None:
        section = self._current_section()
        if section is None:
            return
        self._ws.report_texts.revert_section(self.year, section)
        self._shown = None  # the draft replaces what the editor holds
        self.refresh()

    def _figures_text(self, f: AnnualFacts) -> str:
        m = f.membership
        lines = [
            self.tr("Members: {start} on 1 January, {end} at the end ({full} full)").format(
                start=m.start.total, end=m.end.total, full=m.end.full
            ),
            self.tr("Admitted {a}, converted {c}, transferred in {i}, out {o}").format(
                a=len(m.admitted),
                c=len(m.converted),
                i=len(m.transferred_in),
                o=len(m.transferred_out),
            ),
        ]
        if f.meetings is not None:
            for row in f.meetings.held_vs_due:
                lines.append(
                    self.tr("{name}: held {held:g} of {due} due").format(
                        name=row.name, held=row.held, due=row.due
                    )
                )
            if f.meetings.attendance_rate is not None:
                lines.append(
                    self.tr("Average attendance: {rate:.1f}%").format(
                        rate=f.meetings.attendance_rate * 100
                    )
                )
        else:
            lines.append(self.tr("Meetings: no compliance figures for this year"))
        if f.review is not None:
            lines.append(self.tr("Democratic review: {n} graded").format(n=f.review.summary.graded))
        lines.append(
            self.tr("Talks: {n}; members without a talk: {w}").format(
                n=f.talks.talks, w=len(f.talks.without_talk)
            )
        )
        lines.append(
            self.tr("Study hours: {avg:g} per member on average; {below} below {req:g}").format(
                avg=f.training.average, below=len(f.training.below), req=f.training.required
            )
        )
        v = f.volunteering
        lines.append(
            self.tr("Volunteer service: {n} activities, {p} participations, {h:g} hours").format(
                n=v.activities, p=v.participations, h=v.total_hours
            )
        )
        return "\n".join(lines)

    # -- building the PDF off the GUI thread ------------------------------------------------
    def _build_work(self, target: Path, fmt: str) -> Callable[[Progress], object]:
        data_dir, year, today = self._ws.data_dir, self.year, self._today()

        def work(_progress: Progress) -> object:
            with Workspace.open(data_dir) as ws:
                return ws.build_report(year, target, fmt, today)

        return work

    def build_preview(self) -> None:
        # A file of its own in the temp folder: the page may close before the worker ends,
        # and the worker must not write into a folder that went away with it.
        handle, name = tempfile.mkstemp(prefix=f"branchdesk-report-{self.year}-", suffix=".pdf")
        os.close(handle)
        target = Path(name)
        data_dir, year, today = self._ws.data_dir, self.year, self._today()

        def work(_progress: Progress) -> tuple[dict[str, str], list[str]]:
            # The fonts are found (and parsed, the first time: half a second) here, off the
            # GUI thread, and named beside the preview once it is built.
            with Workspace.open(data_dir) as ws:
                choice = ws.report_font_choice()
                ws.build_report(year, target, "pdf", today)
                return choice, ws.report_fonts().summary()

        run_long_task(
            self,
            self.tr("Building the report…"),
            work,
            on_done=lambda built: self._preview_ready(target, *built),
        )

    def _preview_ready(self, target: Path, choice: dict[str, str], fonts: list[str]) -> None:
        self._font_choice = choice
        self.pdf.close()
        if self.preview_path is not None and self.preview_path != target:
            self.preview_path.unlink(missing_ok=True)
        self.pdf.load(str(target))
        self.preview_path = target
        self.ui.fontsLabel.setText(self.tr("Fonts used: ") + "；".join(fonts))
        if self._print_when_built:
            self._print_when_built = False
            self.print_report()

    def export(self, fmt: str) -> None:
        saves = self._saves
        if not self.may_close():  # the report is built from the saved texts
            return
        if self._saves != saves:
            self.refresh()
        suffix = "Word (*.docx)" if fmt == "docx" else "PDF (*.pdf)"
        name = f"述职报告-{self.year}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the report"), str(Path.home() / name), suffix
        )
        if not path:
            return
        target = Path(path)
        run_long_task(
            self,
            self.tr("Exporting the report…"),
            self._build_work(target, fmt),
            on_done=lambda _result: self._exported(target),
        )

    def _exported(self, target: Path) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Export the report"))
        box.setText(self.tr("The report was written to {path}.").format(path=target))
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    # -- printing through the system dialog ------------------------------------------------
    def print_report(self) -> None:
        saves = self._saves
        if not self.may_close():
            return
        if self._saves != saves:  # print what was just saved: once the preview shows it
            self._print_when_built = True
            self.refresh()
            return
        if self.pdf.pageCount() == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        print_pdf(self.pdf, printer)


def print_pdf(pdf: QPdfDocument, printer: QPrinter) -> None:
    """Each page rendered at print resolution, at its real size (A4 stays A4, no scaling)."""
    painter = QPainter(printer)
    try:
        for index in range(pdf.pageCount()):
            if index:
                printer.newPage()
            points = pdf.pagePointSize(index)
            dpi = printer.resolution()
            size = (points * dpi / 72).toSize()
            image = pdf.render(index, size)
            painter.drawImage(QPointF(0, 0), image)
    finally:
        painter.end()
