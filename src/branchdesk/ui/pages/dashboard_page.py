"""概览: the first page — what is overdue and still due this month, quarter and year,
headline figures and two charts. A missing meeting, talk or secretary's training has an
action that opens a new record of that kind, prefilled (core.compliance.drafts).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from branchdesk.core.backup_places import SecondPlace
from branchdesk.core.compliance import ComplianceResult, Obligation, ObligationStatus
from branchdesk.core.compliance.dashboard import Dashboard, Headline
from branchdesk.core.compliance.drafts import RecordDraft
from branchdesk.ui.forms.ui_dashboard_page import Ui_DashboardPage
from branchdesk.ui.i18n import label_language
from branchdesk.ui.models.obligation_table import (
    ObligationFilterProxy,
    ObligationRow,
    ObligationTableModel,
)
from branchdesk.ui.models.record_table import RECORD_ROLE
from branchdesk.ui.table_columns import fit_columns_to_content

log = logging.getLogger(__name__)

NOTICE_ALERT = "QLabel { background: #fdecea; color: #a93226; padding: 8px; border-radius: 4px; }"
NOTICE_OK = "QLabel { background: #eafaf1; color: #1e8449; padding: 8px; border-radius: 4px; }"
NOTICE_WARN = "QLabel { background: #fef5e7; color: #9c640c; padding: 8px; border-radius: 4px; }"
FIGURE_STYLE = "QLabel { background: #f6f7f9; border-radius: 6px; padding: 8px; }"
PERIODS = ("month", "quarter", "year", "lastYear")  # the tabs, in order
LAST_YEAR_NOTICE_MONTHS = 3  # January to March: the annual report is being written
_OPEN = (ObligationStatus.MISSING, ObligationStatus.PARTLY_MET, ObligationStatus.NOT_YET_DUE)


class DashboardPage(QWidget):
    def __init__(
        self,
        dashboard: Callable[[date], Dashboard],
        record_draft: Callable[[Obligation, date], RecordDraft | None],
        today: Callable[[], date] = date.today,
        open_record: Callable[[RecordDraft], None] | None = None,
        parent: QWidget | None = None,
        *,
        second_place: Callable[[], SecondPlace] | None = None,
    ) -> None:
        """*open_record* shows a prefilled new record in its page's form; without it the
        action is hidden rather than dead."""
        super().__init__(parent)
        self._dashboard = dashboard
        self._record_draft = record_draft
        self._open_record = open_record
        self._today = today
        self._second_place = second_place
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.tables: dict[str, tuple[QTableView, ObligationTableModel, ObligationFilterProxy]] = {}
        for key, view in (
            ("month", self.ui.monthTable),
            ("quarter", self.ui.quarterTable),
            ("year", self.ui.yearTable),
            ("lastYear", self.ui.lastYearTable),
        ):
            model = ObligationTableModel(self)
            proxy = ObligationFilterProxy(self)
            proxy.setSourceModel(model)
            view.setModel(proxy)
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
            view.setSortingEnabled(True)
            view.setAlternatingRowColors(True)
            view.verticalHeader().hide()
            fit_columns_to_content(view)
            self.tables[key] = (view, model, proxy)
        for label in self._figure_labels():
            label.setStyleSheet(FIGURE_STYLE)
            label.setTextFormat(Qt.TextFormat.RichText)
        self.ui.meetingsChart.title = self.tr("Meetings held and due, by month")
        self.ui.meetingsChart.legend = (self.tr("Held"), self.tr("Due"))
        self.ui.attendanceChart.title = self.tr("Attendance rate, by month")
        self.board: Dashboard | None = None
        self.ui.recordButton.setVisible(open_record is not None)
        self._shown_before = False
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        self.ui.showAllCheck.toggled.connect(self._show_all_toggled)
        self.ui.recordButton.clicked.connect(self.record_selected)
        self.ui.periodTabs.currentChanged.connect(lambda _: self._update_action())
        for view, _, _ in self.tables.values():
            view.selectionModel().selectionChanged.connect(lambda *_: self._update_action())
            view.doubleClicked.connect(lambda _index: self.record_selected())
            enter = QShortcut(QKeySequence(Qt.Key.Key_Return), view, self.record_selected)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)

    # -- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        board = self._dashboard(self._today())
        self.board = board
        language = label_language()
        for key, result in (("month", board.month), ("quarter", board.quarter),
                            ("year", board.year), ("lastYear", board.last_year)):  # fmt: skip
            _view, model, proxy = self.tables[key]
            rules = {r.id: r for r in result.rules}
            model.set_records(
                [ObligationRow(o, rules[o.rule_id], language) for o in result.obligations]
            )
            proxy.sort(model.column_of("status"), Qt.SortOrder.AscendingOrder)
            self._set_tab_title(key, result)
        self._show_headline(board.headline)
        self.ui.meetingsChart.set_data(
            [m.meetings_held for m in board.months], [m.meetings_due for m in board.months]
        )
        self.ui.attendanceChart.set_data([m.attendance_rate for m in board.months])
        self._show_notice(board)
        self._show_tracking(board.tracking_from)
        self._show_backup_notice()
        self._update_action()

    def _show_tracking(self, start: date | None) -> None:
        """From when the rules judge: months before the branch kept its records here owe
        nothing, and the page says so rather than leaving her to wonder."""
        self.ui.trackingLabel.setVisible(start is not None)
        if start is not None:
            self.ui.trackingLabel.setText(
                self.tr(
                    "Judged from {day}, when the branch began keeping its records in "
                    "BranchDesk; earlier months are not judged."
                ).format(day=f"{start.year}年{start.month}月{start.day}日")
            )

    def _show_backup_notice(self) -> None:
        """Says when the last copy in the second backup place is older than a month."""
        place = self._second_place() if self._second_place is not None else None
        now = datetime.combine(self._today(), datetime.now().time())
        label = self.ui.backupNotice
        label.setVisible(place is not None and place.stale(now))
        if place is None or not place.stale(now):
            return
        label.setStyleSheet(NOTICE_WARN)
        if place.last_copy is None:
            text = self.tr(
                "No backup has been copied to the second backup place ({folder}) yet: connect "
                "it and back up (Settings → Data and backups)."
            )
        else:
            text = self.tr(
                "The last backup copied to the second backup place ({folder}) is from {date}, "
                "more than a month ago: connect it and back up (Settings → Data and backups)."
            )
        date_text = f"{place.last_copy:%Y-%m-%d}" if place.last_copy else ""
        label.setText(text.format(folder=place.folder, date=date_text))

    def showEvent(self, event: QShowEvent) -> None:
        # Records may have been added on another page since this one was last shown; the
        # first show follows the refresh in __init__ (twice was half a second on ten years).
        if self.board is not None and self._shown_before:
            self.refresh()
        self._shown_before = True
        super().showEvent(event)

    def _set_tab_title(self, key: str, result: ComplianceResult) -> None:
        titles = {
            "month": self.tr("This month"),
            "quarter": self.tr("This quarter"),
            "year": self.tr("This year"),
            "lastYear": self.tr("Last year"),
        }
        open_items = sum(1 for o in result if o.status in _OPEN or o.due_soon)
        if key == "lastYear":  # a year that has ended has only what was left undone
            open_items = len(result.overdue())
        index = self.ui.periodTabs.indexOf(getattr(self.ui, f"{key}Tab"))
        self.ui.periodTabs.setTabText(index, f"{titles[key]} ({open_items})")

    def _figure_labels(self) -> list[QLabel]:
        ui = self.ui
        return [ui.membersFigure, ui.meetingsFigure, ui.attendanceFigure, ui.studyFigure,
                ui.volunteerFigure]  # fmt: skip

    def _show_headline(self, h: Headline) -> None:
        def figure(value: str, caption: str) -> str:
            return f"<div style='font-size:20pt;font-weight:600'>{value}</div><div>{caption}</div>"

        rate = "—" if h.attendance_rate is None else f"{h.attendance_rate:.0%}"
        ui = self.ui
        ui.membersFigure.setText(figure(str(h.members), self.tr("Members today")))
        ui.meetingsFigure.setText(
            figure(
                f"{h.meetings_held} / {h.meetings_due}", self.tr("Meetings held / due this year")
            )
        )
        ui.attendanceFigure.setText(figure(rate, self.tr("Attendance this year")))
        ui.studyFigure.setText(figure(f"{h.study_hours:g}", self.tr("Study hours this year")))
        ui.volunteerFigure.setText(
            figure(f"{h.volunteer_hours:g}", self.tr("Volunteer hours this year"))
        )

    def _show_notice(self, board: Dashboard) -> None:
        overdue = len(board.year.overdue())
        soon = sum(1 for o in board.year if o.due_soon)
        if overdue:
            text = self.tr("Overdue this year: %n", "", overdue)
            if soon:
                text += self.tr("; due soon: %n", "", soon)
            self.ui.noticeLabel.setStyleSheet(NOTICE_ALERT)
        elif soon:
            text = self.tr("Nothing overdue; due soon: %n", "", soon)
            self.ui.noticeLabel.setStyleSheet(NOTICE_WARN)
        else:
            text = self.tr("Nothing overdue this year")
            self.ui.noticeLabel.setStyleSheet(NOTICE_OK)
        left = len(board.last_year.overdue())
        if left and board.today.month <= LAST_YEAR_NOTICE_MONTHS:
            # Early in the year the secretary reports on the last one: say what it left.
            text += self.tr("; last year left %n undone", "", left)
            self.ui.noticeLabel.setStyleSheet(NOTICE_ALERT)
        self.ui.noticeLabel.setText(text)

    # -- actions -----------------------------------------------------------------------
    def _show_all_toggled(self, show_all: bool) -> None:
        for _, _, proxy in self.tables.values():
            proxy.set_show_all(show_all)

    def current_table(self) -> QTableView:
        key = PERIODS[self.ui.periodTabs.currentIndex()]
        return self.tables[key][0]

    def selected_obligation(self) -> Obligation | None:
        index: QModelIndex = self.current_table().currentIndex()
        if not index.isValid():
            return None
        row = index.data(RECORD_ROLE)
        return row.obligation if isinstance(row, ObligationRow) else None

    def draft_for_selected(self) -> RecordDraft | None:
        obligation = self.selected_obligation()
        if obligation is None or obligation.status == ObligationStatus.MET:
            return None
        if obligation.status not in _OPEN:
            return None
        return self._record_draft(obligation, self._today())

    def _update_action(self) -> None:
        self.ui.recordButton.setEnabled(self.draft_for_selected() is not None)

    def record_selected(self) -> None:
        draft = self.draft_for_selected()
        if draft is not None and self._open_record is not None:
            self._open_record(draft)

    def select(self, period: str, rule_id: str, span_key: str) -> bool:
        """Select the row of *rule_id* for *span_key* in the *period* tab (tests, links)."""
        self.ui.periodTabs.setCurrentIndex(PERIODS.index(period))
        view, _, proxy = self.tables[period]
        for row in range(proxy.rowCount()):
            item = proxy.index(row, 0).data(RECORD_ROLE)
            if item.obligation.rule_id == rule_id and item.obligation.span.key == span_key:
                view.setCurrentIndex(proxy.index(row, 0))
                return True
        return False
