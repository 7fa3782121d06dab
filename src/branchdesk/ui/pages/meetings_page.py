"""组织生活: 三会一课, 主题党日 and 组织生活会 — the record-list pattern with a quarter filter
and the meeting form. (The search over every record is the window's: Ctrl+F on any page.)"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from branchdesk.core import registry
from branchdesk.core.attendance import Roster, summarise
from branchdesk.core.found_by import found_by
from branchdesk.core.labels import label
from branchdesk.core.meetings import Meeting, MeetingKind
from branchdesk.ui.i18n import label_language
from branchdesk.ui.models.meeting_tables import meeting_columns
from branchdesk.ui.models.record_filter import RecordFilterProxy
from branchdesk.ui.models.recruit_resolution import RecruitChoices
from branchdesk.ui.pages.meeting_form import MeetingForm
from branchdesk.ui.pages.meeting_sheets import MeetingSheetsButton, SheetBuilder
from branchdesk.ui.pages.record_list_page import RecordListPage
from branchdesk.ui.ports import BranchRecords, EvidenceFiles, MeetingRecords, MemberRecords


class MeetingFilterProxy(RecordFilterProxy):
    """The year, kind and text filters, and the quarter of the year."""

    def __init__(self, page: MeetingsPage) -> None:
        super().__init__(page.year_of, page.kind_of, page.text_of, page)
        self._quarter: int | None = None

    def set_quarter(self, quarter: int | None) -> None:
        self.refilter("_quarter", quarter)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not super().filterAcceptsRow(source_row, source_parent):
            return False
        if self._quarter is None:
            return True
        meeting: Meeting = self.record_at(source_row, source_parent)
        return (meeting.held_on.month - 1) // 3 + 1 == self._quarter


class MeetingsPage(RecordListPage[Meeting]):
    def __init__(
        self,
        meetings: MeetingRecords,
        members: MemberRecords,
        branch: BranchRecords,
        attachments: EvidenceFiles,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        build_sheet: SheetBuilder | None = None,
        recruit_choices: RecruitChoices | None = None,
    ) -> None:
        self._meetings = meetings
        self._members = members
        self._branch = branch
        self._roster = Roster(())
        self._language = label_language()
        self.meeting_form = MeetingForm(
            attachments, self._load_roster, recruit_choices=recruit_choices
        )
        super().__init__(
            meetings,
            self.meeting_form,
            meeting_columns(self._language, self._attendance),
            "MeetingTable",
            today,
            parent,
        )
        self.ui.newButton.setText(self.tr("&New meeting"))
        self.ui.splitter.setStretchFactor(0, 1)  # the form has more to show than the table
        self.ui.splitter.setStretchFactor(1, 1)
        self._add_quarter_filter()
        self.sheets: MeetingSheetsButton | None = None
        if build_sheet is not None:
            self.sheets = MeetingSheetsButton(
                self.selected, build_sheet, self, ready=self.may_replace_form
            )
            row = self.ui.filterRow
            row.insertWidget(row.indexOf(self.ui.newButton), self.sheets)
            self.ui.recordTable.selectionModel().selectionChanged.connect(self.sheets.refresh)
            self.sheets.refresh()

    # -- RecordListPage ----------------------------------------------------------------
    def make_proxy(self) -> RecordFilterProxy:
        return MeetingFilterProxy(self)

    def load_choices(self) -> None:
        self._roster = self._load_roster()
        self.meeting_form.set_choices(self._branch.groups())

    def year_of(self, record: Meeting) -> int:
        return record.held_on.year

    def kind_of(self, record: Meeting) -> str:
        return record.kind.value

    def text_of(self, record: Meeting) -> str:
        return found_by(registry.MEETINGS.key, record, {})

    def kind_choices(self) -> list[tuple[str, str]]:
        return [(label(k, self._language), k.value) for k in MeetingKind]

    def summary(self, year: int) -> str:
        counts = Counter(m.kind for m in self.model.records() if m.held_on.year == year)
        parts = [f"{label(k, self._language)} {counts[k]}" for k in MeetingKind]
        return self.tr("{year}: {counts}").format(year=year, counts=" · ".join(parts))

    def confirm(self, record: Meeting) -> bool:
        """A vote at a meeting without its quorum cannot take effect: asked before saving,
        so that a wrong attendance mark is found now, not in the report."""
        summary = summarise(record, self._roster)
        if not record.resolutions or summary.quorate is not False:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Not quorate"),
            self.tr(
                "Only {present} of the {voters} voting members due attended: the meeting is "
                "not quorate, so its votes cannot take effect (the record sheet will say so). "
                "Save it as it is?"
            ).format(present=summary.voters_present, voters=summary.voters_due),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def store(self, record: Meeting) -> Meeting:
        saved = self._meetings.save(record, self._today(), self._roster)
        self.meeting_form.ui.evidenceList.set_owner(saved.id)
        return saved

    # -- the quarter filter ---------------------------------------------------
    def _add_quarter_filter(self) -> None:
        combo = QComboBox(self)
        combo.setObjectName("quarterFilter")
        combo.addItem(self.tr("All quarters"), None)
        for quarter in range(1, 5):
            combo.addItem(self.tr("Q{quarter}").format(quarter=quarter), quarter)
        position = self.ui.filterRow.indexOf(self.ui.yearFilter) + 1
        self.ui.filterRow.insertWidget(position, combo)
        assert isinstance(self.proxy, MeetingFilterProxy)
        proxy = self.proxy
        combo.currentIndexChanged.connect(lambda: proxy.set_quarter(combo.currentData()))
        combo.currentIndexChanged.connect(self._update_count)
        self.quarter_filter = combo

    def open_meeting(self, meeting_id: int) -> None:
        """Show *meeting_id* in the table and the form, whatever the filters were."""
        self.ui.recycleBinCheck.setChecked(False)
        self.ui.searchEdit.clear()
        self.ui.kindFilter.setCurrentIndex(0)
        self.quarter_filter.setCurrentIndex(0)
        self.ui.yearFilter.setCurrentIndex(0)
        self.select_record(meeting_id)

    def _attendance(self, meeting: Meeting) -> tuple[int, int]:
        summary = summarise(meeting, self._roster)
        return summary.present, summary.expected

    def _load_roster(self) -> Roster:
        return Roster.of(self._members.all(), self._branch.terms())
