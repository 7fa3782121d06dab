"""组织生活: 三会一课, 主题党日 and 组织生活会 — the record-list pattern with a quarter filter,
the meeting form, and one search over every record (Ctrl+F) whose hits open the record."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QWidget

from branchdesk.core.attendance import Roster, summarise
from branchdesk.core.labels import label
from branchdesk.core.meeting_validation import validate_meeting
from branchdesk.core.meetings import Meeting, MeetingKind
from branchdesk.core.search import SearchHit
from branchdesk.core.validation import FieldError
from branchdesk.store.attachments_repo import AttachmentStore
from branchdesk.store.branch_repo import BranchRepository
from branchdesk.store.meetings_repo import MeetingRepository
from branchdesk.store.members_repo import MemberRepository
from branchdesk.ui.i18n import label_language
from branchdesk.ui.models.meeting_tables import meeting_columns
from branchdesk.ui.models.record_filter import RecordFilterProxy
from branchdesk.ui.models.recruit_resolution import RecruitChoices
from branchdesk.ui.pages.meeting_form import MeetingForm
from branchdesk.ui.pages.meeting_sheets import MeetingSheetsButton, SheetBuilder
from branchdesk.ui.pages.record_list_page import RecordListPage
from branchdesk.ui.widgets.search_results import SearchResults

MEETING_TYPE = "meetings"


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
    open_requested = Signal(str, int)  # a search hit of another record type: (type, id)

    def __init__(
        self,
        meetings: MeetingRepository,
        members: MemberRepository,
        branch: BranchRepository,
        attachments: AttachmentStore,
        search: Callable[[str], list[SearchHit]],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        build_sheet: SheetBuilder | None = None,
        recruit_choices: RecruitChoices | None = None,
    ) -> None:
        self._meetings = meetings
        self._members = members
        self._branch = branch
        self._search = search
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
        self.results = SearchResults(self)
        self.results.placeholder(self.tr("Search all records (Ctrl+F)"))
        self.ui.filterRow.addWidget(self.results.edit, 2)
        self.ui.tableLayout.insertWidget(0, self.results.list)
        self.results.hit_chosen.connect(self.open_hit)
        self.results.search = self._search
        QShortcut(QKeySequence.StandardKey.Find, self, self.results.focus)
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
        return " ".join(
            (record.display_title, record.topic, record.theme, record.place, record.host_name)
        )

    def kind_choices(self) -> list[tuple[str, str]]:
        return [(label(k, self._language), k.value) for k in MeetingKind]

    def summary(self, year: int) -> str:
        counts = Counter(m.kind for m in self.model.records() if m.held_on.year == year)
        parts = [f"{label(k, self._language)} {counts[k]}" for k in MeetingKind]
        return self.tr("{year}: {counts}").format(year=year, counts=" · ".join(parts))

    def validate(self, record: Meeting) -> list[FieldError]:
        return validate_meeting(record, self._today(), self._roster)

    def store(self, record: Meeting) -> Meeting:
        saved = self._meetings.save(record, self._today(), self._roster)
        self.meeting_form.ui.evidenceList.set_owner(saved.id)
        return saved

    # -- the quarter filter and search ---------------------------------------------------
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

    def open_hit(self, hit: SearchHit) -> None:
        if hit.record_type != MEETING_TYPE:
            self.open_requested.emit(hit.record_type, hit.record_id)
            return
        self.open_meeting(hit.record_id)

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
