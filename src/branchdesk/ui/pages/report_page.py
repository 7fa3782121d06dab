"""年度报告: the annual duty report — its sections with their drafts, the year's figures, a
preview of the real PDF, print, and export to PDF or Word.

What the secretary writes in a section is saved for that year with 保存 (Ctrl+S), with the
draft it was written against, and kept when the figures are refreshed; another section,
another year, 刷新, export, print or Esc first ask about text typed and not saved
(ui/unsaved_changes.py); "Use the draft again" forgets it. When the records change the
figures under her text, the section is marked 数据已变化 with old and new figures side by
side: 采用新数据 changes exactly those numbers in her text, 保留我的文字 keeps it as written
until the next change. Before an export or a print the 送审前检查 lists what to look at
(ui/pages/report_checks.py). The PDF is built off the GUI thread through Operations.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QDesktopServices,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from branchdesk.core.report_figures import take_new_figures
from branchdesk.core.report_texts import ReportSection
from branchdesk.reports.facts import AnnualFacts
from branchdesk.reports.narrative import SectionText
from branchdesk.ui import tidy
from branchdesk.ui.field_errors import ERROR_STYLE
from branchdesk.ui.forms.ui_report_page import Ui_ReportPage
from branchdesk.ui.long_task import LongTask, Progress
from branchdesk.ui.operations import Operations, Work
from branchdesk.ui.pages.report_checks import CheckPanel
from branchdesk.ui.printing import prepare_printer, print_pdf
from branchdesk.ui.records_changed import RecordsChanged
from branchdesk.ui.splitter_memory import remember_splitter
from branchdesk.ui.unsaved_changes import escape_cancels, may_go_on
from branchdesk.ui.widgets.file_written import another_name
from branchdesk.workspace import Workspace

log = logging.getLogger(__name__)

SECTION_ROLE = Qt.ItemDataRole.UserRole
STALE_TABLE_MAX_HEIGHT = 220
STALE_COLOUR = QColor("#a93226")


class ReportPage(QWidget):
    def __init__(
        self,
        ws: Workspace,
        today: Callable[[], date] = date.today,
        ops: Operations | None = None,
        parent: QWidget | None = None,
        open_place: Callable[[str], None] | None = None,
    ) -> None:
        """*ops*: builds the PDF off the GUI thread (one is made for the data folder of
        *ws* when none is given). *open_place* opens a record or the 概览 for an entry of
        the 送审前检查 (`reports/check.py` locators); a section of the report opens here."""
        super().__init__(parent)
        self._ws = ws
        self._ops = ops or Operations(ws.data_dir, RecordsChanged(self))
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
        self.ui.splitter.setSizes([220, 420, 460])
        self.ui.staleBox.setStyleSheet("QGroupBox { color: #a93226; }")
        table = self.ui.figuresTable
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.ui.staleBox.hide()
        self.checks = CheckPanel(self, self.ui, ws, today, self._open_place, open_place)
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
        self.ui.takeFiguresButton.clicked.connect(self.take_new_figures)
        self.ui.keepTextButton.clicked.connect(self.keep_my_text)
        self.ui.exportPdfButton.clicked.connect(lambda: self.export("pdf"))
        self.ui.exportDocxButton.clicked.connect(lambda: self.export("docx"))
        self.ui.printButton.clicked.connect(self.print_report)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_section)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_report)

    @property
    def year(self) -> int:
        return int(self.ui.yearSpin.value())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.discard_preview()
        super().closeEvent(event)

    def discard_preview(self) -> None:
        """Delete the preview file (it holds members' names) once it is no longer shown."""
        self.pdf.close()  # Windows refuses to delete a file the viewer holds open
        tidy.discard(self.preview_path)
        self.preview_path = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # New fonts chosen in 设置 since the last build: rebuild, so the preview and the
        # font list show them.
        if not self._sections or (
            self._font_choice is not None and self._font_choice != self._ws.report_font_choice()
        ):
            self.refresh()

    # -- sections and figures ------------------------------------------------------------
    def refresh_from_records(self) -> None:
        """Another page changed the records: redraft, unless typing not saved is on screen
        (its 保存 redrafts; leaving it asks first)."""
        if not self.has_unsaved_changes():
            self.refresh()

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
            if part.stale:
                item.setForeground(STALE_COLOUR)
                item.setToolTip(item.text())
            self.ui.sectionList.addItem(item)
        self.ui.sectionList.blockSignals(False)
        sections = self.ui.sectionList  # every heading whole, on a 1024×700 screen too
        sections.setMinimumWidth(sections.sizeHintForColumn(0) + 2 * sections.frameWidth() + 6)
        order = list(self._sections)
        self.ui.sectionList.setCurrentRow(order.index(current) if current in order else 0)
        self._show_section()
        self.ui.figuresView.setPlainText(self._figures_text(facts))
        self.checks.show_saved(self.year)
        self.build_preview()
        return True

    def _section_title(self, part: SectionText) -> str:
        title = part.heading or self.tr("Signature")
        if part.stale:
            return title + self.tr(" (figures changed)")
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
        self._ws.report_texts.save_section(year, section, text, self._draft_of(section))
        self._shown = (year, section, text)
        self._saves += 1
        return True

    def _draft_of(self, section: ReportSection) -> str:
        part = self._sections.get(section)
        return part.draft if part is not None else ""

    def _discard_typing(self) -> None:
        if self._shown is not None:
            self.ui.sectionEdit.setPlainText(self._shown[2])

    def _show_section(self) -> None:
        section = self._current_section()
        part = self._sections.get(section) if section is not None else None
        self.ui.sectionEdit.setPlainText(part.text if part else "")
        self._shown = (self.year, part.section, part.text) if part else None
        self.ui.revertSectionButton.setEnabled(bool(part and part.edited))
        self._show_staleness(part)
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
        text = self.ui.sectionEdit.toPlainText()
        self._ws.report_texts.save_section(self.year, section, text, self._draft_of(section))
        self._shown = None  # saved: nothing left to keep
        self.refresh()

    # -- 数据已变化: figures under her text that the records no longer give --------------------
    def _show_staleness(self, part: SectionText | None) -> None:
        stale = part is not None and part.stale
        self.ui.staleBox.setVisible(stale)
        if part is None or not stale:
            return
        found = part.staleness()
        rows = [(c.where, c.old, c.new) for c in found.changes]
        rows += [(self.tr("Wording"), old, new) for old, new in found.reworded]
        table = self.ui.figuresTable
        table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeRowsToContents()
        # As tall as its rows (up to a limit): the editor below keeps the room.
        rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
        height = table.horizontalHeader().height() + rows_height + 2 * table.frameWidth() + 2
        table.setFixedHeight(min(height, STALE_TABLE_MAX_HEIGHT))
        if part.basis is None:
            message = self.tr(
                "This text was saved before BranchDesk kept the figures it was written with: "
                "check its numbers against the Figures tab, then keep it."
            )
        elif found.reworded:
            message = self.tr(
                "The records changed since you wrote this section. Using the new figures "
                "changes the numbers below in your text; the changed wording you edit yourself."
            )
        else:
            message = self.tr(
                "The records changed since you wrote this section: your text has the figures "
                "on the left, the records now give those on the right."
            )
        self.ui.staleLabel.setText(message)
        self.ui.staleLabel.setStyleSheet(ERROR_STYLE)
        self.ui.takeFiguresButton.setEnabled(bool(found.changes))

    def take_new_figures(self) -> None:
        """采用新数据: exactly the changed numbers in her text, nothing else she wrote."""
        part = self._current_part()
        if part is None or not part.stale or part.basis is None:
            return
        if not self.may_close():  # what she typed and did not save: asked about first
            return
        text = self._ws.report_texts.for_year(self.year).edited(part.section) or part.text
        updated, missed = take_new_figures(text, part.basis, part.draft)
        self._ws.report_texts.take_figures(self.year, part.section, updated, part.draft)
        self._shown = None
        self.refresh()
        if missed:
            self.ui.sectionStateLabel.setText(
                self.tr("{count} figures could not be found in your text: change them yourself.")
                .format(count=len(missed))
            )  # fmt: skip

    def keep_my_text(self) -> None:
        """保留我的文字: the flag goes until the records next change her figures."""
        part = self._current_part()
        if part is None or not part.edited:
            return
        if not self.may_close():
            return
        self._ws.report_texts.keep_text(self.year, part.section, part.draft)
        self._shown = None
        self.refresh()

    def _current_part(self) -> SectionText | None:
        section = self._current_section()
        return self._sections.get(section) if section is not None else None

    def select_section(self, section: ReportSection) -> None:
        """Show *section* in the editor (a 送审前检查 entry opens it)."""
        order = list(self._sections)
        if section in order:
            self.ui.sectionList.setCurrentRow(order.index(section))
            self.ui.sectionEdit.setFocus()

    def _open_place(self, where: str) -> None:
        kind, _, rest = where.partition(":")
        if kind == "section":
            self.select_section(ReportSection(rest))

    def revert_section(self) -> None:
        section = self._current_section()
        if section is None:
            return
        self._ws.report_texts.revert_section(self.year, section)
        self._shown = None  # the draft replaces what the editor holds
        self.refresh()

    def _figures_text(self, f: AnnualFacts) -> str:
        m = f.membership
        lines = []
        if f.tracking_from is not None:
            lines.append(
                self.tr("Judged from {day}, when the branch began keeping its records here").format(
                    day=f"{f.tracking_from.year}年{f.tracking_from.month}月{f.tracking_from.day}日"
                )
            )
        lines += [
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
    def _build_work(self, target: Path, fmt: str) -> Work[object]:
        year, today = self.year, self._today()
        return lambda ws, _progress: ws.build_report(year, target, fmt, today)

    def build_preview(self) -> None:
        # A file of its own in the temp folder: the page may close before the worker ends,
        # and the worker must not write into a folder that went away with it.
        target = tidy.new_preview_path(f"branchdesk-report-{self.year}-")
        year, today = self.year, self._today()

        def work(ws: Workspace, _progress: Progress) -> tuple[dict[str, str], list[str]]:
            # The fonts are found (and parsed, the first time: half a second) here, off the
            # GUI thread, and named beside the preview once it is built.
            choice = ws.report_font_choice()
            ws.build_report(year, target, "pdf", today, preview=True)
            return choice, ws.report_fonts().summary()

        self._ops.run(
            self,
            self.tr("Building the report…"),
            work,
            on_done=lambda built: self._preview_ready(target, *built),
        )

    def _preview_ready(self, target: Path, choice: dict[str, str], fonts: list[str]) -> None:
        self._font_choice = choice
        self.pdf.close()
        if self.preview_path is not None and self.preview_path != target:
            tidy.discard(self.preview_path)
        self.pdf.load(str(target))
        self.preview_path = target
        self.ui.fontsLabel.setText(self.tr("Fonts used: ") + "；".join(fonts))
        if self._print_when_built:
            self._print_when_built = False
            self.print_report()

    def export(self, fmt: str, suggested: Path | None = None) -> None:
        """Ask where, then write; *suggested* is the name offered by 另存为… after the first
        choice was held open by another program."""
        saves = self._saves
        if not self.may_close():  # the report is built from the saved texts
            return
        if self._saves != saves:
            self.refresh()
        # 另存为… after a held file: the check was already answered for this export.
        if suggested is None and not self.checks.may_go_on(self.year, self.tr("Export anyway")):
            return
        suffix = "Word (*.docx)" if fmt == "docx" else "PDF (*.pdf)"
        start = suggested or Path.home() / f"述职报告-{self.year}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the report"), str(start), suffix
        )
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, target: Path, fmt: str) -> LongTask:
        return self._ops.run(
            self,
            self.tr("Exporting the report…"),
            self._build_work(target, fmt),
            on_done=lambda _result: self._exported(target),
            save_as=lambda busy: self.export(fmt, another_name(busy)),
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
        if not self.checks.may_go_on(self.year, self.tr("Print anyway")):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.pdf)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        print_pdf(self.pdf, printer)
