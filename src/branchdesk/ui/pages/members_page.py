"""党员: the roster — a filterable table beside the member form.

The pattern every record page follows: compose the Designer form, put a RecordTableModel
behind a QSortFilterProxyModel, connect signals in `_connect`, validate with core before
saving, show errors beside the fields, and never save while a field is invalid.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from branchdesk.core.enums import MemberStatus
from branchdesk.core.labels import label
from branchdesk.core.members import validate_member
from branchdesk.core.membership import group_on, status_on
from branchdesk.core.validation import ValidationError
from branchdesk.store.branch_repo import BranchRepository
from branchdesk.store.members_repo import MemberRepository
from branchdesk.ui.forms.ui_members_page import Ui_MembersPage
from branchdesk.ui.i18n import label_language
from branchdesk.ui.models.member_table import (
    ALL,
    EVERYONE,
    LEFT,
    MemberFilterProxy,
    MemberRow,
    MemberTableModel,
)
from branchdesk.ui.pages.member_form import MemberForm
from branchdesk.ui.table_columns import fit_columns_to_content
from branchdesk.ui.widgets.pinned_buttons import pin_below

log = logging.getLogger(__name__)


class MembersPage(QWidget):
    members_changed = Signal()

    def __init__(
        self,
        members: MemberRepository,
        branch: BranchRepository,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._members = members
        self._branch = branch
        self._today = today
        self.ui = Ui_MembersPage()
        self.ui.setupUi(self)
        self.form = MemberForm()  # replaces the placeholder formHost
        self.ui.formScroll.setWidget(self.form)
        pin_below(self.ui.formScroll, self.form.ui.cancelButton, self.form.ui.saveButton)
        self.model = MemberTableModel(label_language(), self)
        self.proxy = MemberFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.memberTable
        table.setModel(self.proxy)
        fit_columns_to_content(table)
        table.sortByColumn(self.model.column_of("joined_on"), Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self._fill_status_filter()
        self._connect()
        self.refresh()
        self.form.load(None, self._today())

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._text_filter_changed)
        ui.statusFilter.currentIndexChanged.connect(
            lambda: self.proxy.set_status(ui.statusFilter.currentData())
        )
        ui.groupFilter.currentIndexChanged.connect(
            lambda: self.proxy.set_group(ui.groupFilter.currentData() or ALL)
        )
        ui.recycleBinCheck.toggled.connect(self._recycle_bin_toggled)
        ui.newButton.clicked.connect(self.new_member)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.memberTable.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.form.save_requested.connect(self.save)
        self.form.cancel_requested.connect(self.cancel)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_member)
        delete = QShortcut(QKeySequence.StandardKey.Delete, ui.memberTable, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _fill_status_filter(self) -> None:
        combo = self.ui.statusFilter
        language = label_language()
        combo.addItem(self.tr("All current"), ALL)
        combo.addItem(label(MemberStatus.FULL, language), MemberStatus.FULL.value)
        combo.addItem(label(MemberStatus.PROBATIONARY, language), MemberStatus.PROBATIONARY.value)
        combo.addItem(self.tr("Left the branch"), LEFT)
        combo.addItem(self.tr("Everyone"), EVERYONE)

    # -- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        today = self._today()
        groups = self._branch.groups()
        organisations = self._branch.organisations()
        group_names = {g.id: g.name for g in groups}
        org_names = {o.id: o.name for o in organisations}
        in_bin = self.ui.recycleBinCheck.isChecked()
        members = self._members.deleted() if in_bin else self._members.all()
        self.model.set_records(
            [
                MemberRow(
                    m,
                    status_on(m, today),
                    group_names.get(group_on(m, today), ""),
                    org_names.get(m.organisation_id, ""),
                )
                for m in members
            ]
        )
        self.form.set_choices(groups, organisations)
        self._fill_group_filter([g.name for g in groups])
        self._update_buttons()

    def _fill_group_filter(self, names: list[str]) -> None:
        combo = self.ui.groupFilter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All groups"), ALL)
        for name in names:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def selected_row(self) -> MemberRow | None:
        indexes = self.ui.memberTable.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.record(self.proxy.mapToSource(indexes[0]).row())

    # -- actions -----------------------------------------------------------------------
    def new_member(self) -> None:
        self.ui.recycleBinCheck.setChecked(False)
        self.ui.memberTable.clearSelection()
        self.form.load(None, self._today())

    def save(self) -> None:
        """Validate with the core rules; save only when every field is valid."""
        member, errors = self.form.collect()
        if member is not None:
            errors = validate_member(member, self._today())
        if errors or member is None:
            self.form.show_errors(errors)
            return
        try:
            saved = self._members.save(member, self._today())
        except ValidationError as exc:  # the store checks again; show its verdict the same way
            self.form.show_errors(list(exc.errors))
            return
        self.form.errors.clear()
        self.refresh()
        self.select_member(saved.id)
        self.members_changed.emit()

    def cancel(self) -> None:
        row = self.selected_row()
        self.form.load(row.member if row else None, self._today())

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.member.id is None or self.ui.recycleBinCheck.isChecked():
            return
        self._members.move_to_recycle_bin(row.member.id)
        self.refresh()
        self.form.load(None, self._today())
        self.members_changed.emit()

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.member.id is None:
            return
        self._members.restore(row.member.id)
        self.ui.recycleBinCheck.setChecked(False)
        self.select_member(row.member.id)
        self.members_changed.emit()

    def select_member(self, member_id: int | None) -> None:
        if member_id is None:
            return
        source_row = self.model.row_of(member_id)
        if source_row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.ui.memberTable.selectRow(index.row())
        self.ui.memberTable.scrollTo(index)

    # -- reactions ---------------------------------------------------------------------
    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        row = self.selected_row()
        if row is not None:
            self.form.load(row.member, self._today())
        self._update_buttons()

    def _text_filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _recycle_bin_toggled(self, checked: bool) -> None:
        self.refresh()
        self.form.setEnabled(not checked)

    def _update_buttons(self) -> None:
        in_bin = self.ui.recycleBinCheck.isChecked()
        has_row = self.selected_row() is not None
        self.ui.deleteButton.setVisible(not in_bin)
        self.ui.deleteButton.setEnabled(has_row)
        self.ui.restoreButton.setVisible(in_bin)
        self.ui.restoreButton.setEnabled(has_row)

    def _update_count(self) -> None:
        self.ui.countLabel.setText(self.tr("%n member(s) shown", "", self.proxy.rowCount()))
