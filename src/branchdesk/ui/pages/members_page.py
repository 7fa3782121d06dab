"""党员: the roster — the record-list page with each member's status and party group as of
today, filtered by status (current, full, probationary, left, everyone) and group instead
of by year, beside the member form with its membership events."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from branchdesk.core import registry
from branchdesk.core.enums import MemberStatus
from branchdesk.core.found_by import found_by
from branchdesk.core.labels import label
from branchdesk.core.members import Member
from branchdesk.core.membership import group_on, status_on
from branchdesk.ui.i18n import label_language
from branchdesk.ui.models.member_table import (
    ALL,
    CONTEXT,
    EVERYONE,
    LEFT,
    MemberFilterProxy,
    MemberRow,
    member_columns,
)
from branchdesk.ui.models.record_filter import RecordFilterProxy
from branchdesk.ui.pages.member_form import MemberForm
from branchdesk.ui.pages.record_list_page import RecordListPage
from branchdesk.ui.ports import BranchRecords, MemberRecords


class MembersPage(RecordListPage[Member]):
    filters_by_year = False  # a roster is filtered by who belongs to the branch today

    def __init__(
        self,
        members: MemberRecords,
        branch: BranchRecords,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        pipeline_members: Callable[[], frozenset[int]] = frozenset,
    ) -> None:
        self._members = members
        self._branch = branch
        self._group_names: dict[int, str] = {}
        self._org_names: dict[int, str] = {}
        self.member_form = MemberForm()
        self.member_form.pipeline_members = pipeline_members
        super().__init__(
            members, self.member_form, member_columns(label_language()), CONTEXT, today, parent
        )
        ui = self.ui
        ui.searchEdit.setPlaceholderText(self.tr("Filter by name, phone, job, ID number…"))
        ui.newButton.setText(self.tr("&New member"))
        ui.newButton.setToolTip(self.tr("Add a member (Ctrl+N)"))
        ui.deleteButton.setToolTip(self.tr("Move the selected member to the recycle bin (Del)"))
        ui.summaryLabel.hide()  # no year, so no year's summary
        ui.formScroll.setMinimumWidth(380)  # ten columns want the room more than the form
        ui.recordTable.sortByColumn(self.model.column_of("joined_on"), Qt.SortOrder.AscendingOrder)

    @property
    def member_proxy(self) -> MemberFilterProxy:
        assert isinstance(self.proxy, MemberFilterProxy)
        return self.proxy

    # -- RecordListPage ----------------------------------------------------------------
    def make_proxy(self) -> RecordFilterProxy:
        return MemberFilterProxy(self.found_by, self)

    def found_by(self, row: MemberRow) -> str:
        """What the filter finds a member by: the search index's text (core.found_by), and
        the ID number, which the index leaves out."""
        named = {"organisations": self._org_names, "party_groups": self._group_names}
        return found_by(registry.MEMBERS.key, row.member, {}, named=named, masked=True)

    def add_filters(self) -> None:
        self.status_filter = self.add_filter(self.tr("Status"), "statusFilter", self.ui.searchEdit)
        language = label_language()
        for text, value in (
            (self.tr("All current"), ALL),
            (label(MemberStatus.FULL, language), MemberStatus.FULL.value),
            (label(MemberStatus.PROBATIONARY, language), MemberStatus.PROBATIONARY.value),
            (self.tr("Left the branch"), LEFT),
            (self.tr("Everyone"), EVERYONE),
        ):
            self.status_filter.addItem(text, value)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.group_filter = self.add_filter(self.tr("Group"), "groupFilter", self.status_filter)
        self.group_filter.currentIndexChanged.connect(self._group_changed)

    def load_choices(self) -> None:
        groups = self._branch.groups()
        organisations = self._branch.organisations()
        self._group_names = {g.id: g.name for g in groups if g.id is not None}
        self._org_names = {o.id: o.name for o in organisations if o.id is not None}
        self.member_form.set_choices(groups, organisations)
        self._fill_group_filter([g.name for g in groups])

    def rows_of(self, records: list[Member]) -> Sequence[MemberRow]:
        today = self._today()
        return [
            MemberRow(
                m,
                status_on(m, today),
                self._group_names.get(group_on(m, today) or 0, ""),
                self._org_names.get(m.organisation_id or 0, ""),
            )
            for m in records
        ]

    def record_of(self, row: MemberRow) -> Member:
        return row.member

    def widen_filters(self) -> None:
        self.status_filter.setCurrentIndex(self.status_filter.findData(EVERYONE))
        self.group_filter.setCurrentIndex(0)

    def count_text(self, shown: int) -> str:
        return self.tr("%n member(s) shown", "", shown)

    def store(self, record: Member) -> Member:
        return self._members.save(record, self._today())

    # -- the status and group filters ----------------------------------------------------
    def _fill_group_filter(self, names: list[str]) -> None:
        combo = self.group_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All groups"), ALL)
        for name in names:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _status_changed(self) -> None:
        self.member_proxy.set_status(self.status_filter.currentData())
        self._update_count()

    def _group_changed(self) -> None:
        self.member_proxy.set_group(self.group_filter.currentData() or ALL)
        self._update_count()
