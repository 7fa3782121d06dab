"""送审前检查 on the 年度报告 page: the list of what to look at before the report leaves.

The detectors are in reports/check.py; `branchdesk.report_check` runs them and saves the
list with the year. Here the list fills the page's 送审前检查 tab, each entry opens the
place to fix it, and an export or a print asks first when the list is not empty — she may
go on anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget

from branchdesk.report_check import ReportCheck, check_report, saved_check
from branchdesk.ui.forms.ui_report_page import Ui_ReportPage
from branchdesk.workspace import Workspace

WHERE_ROLE = Qt.ItemDataRole.UserRole


def _kind_name(kind: str) -> str:
    # Translated when shown: the table above is built before the translator is installed.
    names = {
        "stale_text": QCoreApplication.translate("CheckPanel", "Figures changed"),
        "placeholder": QCoreApplication.translate("CheckPanel", "Still to fill in"),
        "review_unfinished": QCoreApplication.translate("CheckPanel", "Review unfinished"),
        "missing": QCoreApplication.translate("CheckPanel", "Not done"),
        "implausible": QCoreApplication.translate("CheckPanel", "Implausible figure"),
        "layout": QCoreApplication.translate("CheckPanel", "Layout"),
    }
    return names.get(kind, kind)


class CheckPanel(QObject):
    def __init__(
        self,
        page: QWidget,
        ui: Ui_ReportPage,
        ws: Workspace,
        today: Callable[[], date],
        open_here: Callable[[str], None],
        open_elsewhere: Callable[[str], None] | None,
    ) -> None:
        super().__init__(page)
        self._page = page
        self._ui = ui
        self._ws = ws
        self._today = today
        self._open_here = open_here
        self._open_elsewhere = open_elsewhere
        self.last: ReportCheck | None = None
        ui.runCheckButton.clicked.connect(lambda: self.run(int(ui.yearSpin.value())))
        ui.openProblemButton.clicked.connect(self.open_selected)
        ui.checkList.itemActivated.connect(lambda _item: self.open_selected())
        ui.checkList.currentItemChanged.connect(lambda *_: self._update_open_button())
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), ui.checkList, self.open_selected)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)

    def run(self, year: int) -> ReportCheck:
        """Check the year's report as it would leave today; the list is saved with the year."""
        check = check_report(self._ws, year, self._today())
        self.show(check)
        return check

    def show_saved(self, year: int) -> None:
        saved = saved_check(self._ws, year)
        if saved is None:
            self.last = None
            self._ui.checkList.clear()
            self._ui.checkSummaryLabel.setText(
                self.tr("Not checked yet: the check runs before every export and print.")
            )
            self._update_open_button()
        else:
            self.show(saved)

    def show(self, check: ReportCheck) -> None:
        self.last = check
        ui = self._ui
        ui.checkList.clear()
        for problem in check.problems:
            item = QListWidgetItem(f"【{_kind_name(problem.kind.value)}】{problem.message}")
            item.setData(WHERE_ROLE, problem.where)
            item.setToolTip(problem.where)
            ui.checkList.addItem(item)
        day = f"{check.checked_on.year}年{check.checked_on.month}月{check.checked_on.day}日"
        if check.problems:
            text = self.tr("Checked on {day}: {count} things to look at before it is signed.")
            ui.checkSummaryLabel.setText(text.format(day=day, count=len(check.problems)))
        else:
            ui.checkSummaryLabel.setText(
                self.tr("Checked on {day}: nothing to look at.").format(day=day)
            )
        if check.problems:
            ui.checkList.setCurrentRow(0)
        self._update_open_button()

    def _update_open_button(self) -> None:
        item = self._ui.checkList.currentItem()
        self._ui.openProblemButton.setEnabled(item is not None and self._can_open(item))

    def _can_open(self, item: QListWidgetItem) -> bool:
        where = str(item.data(WHERE_ROLE))
        return where.startswith("section:") or (
            self._open_elsewhere is not None and where != "report"
        )

    def open_selected(self) -> None:
        item = self._ui.checkList.currentItem()
        if item is None or not self._can_open(item):
            return
        where = str(item.data(WHERE_ROLE))
        if where.startswith("section:"):
            self._open_here(where)
        elif self._open_elsewhere is not None:
            self._open_elsewhere(where)

    def may_go_on(self, year: int, proceed: str) -> bool:
        """Before an export or a print: True when nothing is listed, or she goes on anyway."""
        check = self.run(year)
        if not check.problems:
            return True
        return self.ask_despite_problems(check, proceed)

    def ask_despite_problems(self, check: ReportCheck, proceed: str) -> bool:
        box = QMessageBox(self._page)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Check before submitting"))
        box.setText(
            self.tr("The check lists {count} things to look at before the report is signed.")
            .format(count=len(check.problems))
        )  # fmt: skip
        box.setDetailedText("\n".join(p.message for p in check.problems))
        go_on = box.addButton(proceed, QMessageBox.ButtonRole.AcceptRole)
        look = box.addButton(self.tr("Show the list"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(look)
        box.exec()
        if box.clickedButton() is go_on:
            return True
        self._ui.rightTabs.setCurrentWidget(self._ui.checkTab)
        self._ui.checkList.setFocus()
        return False
