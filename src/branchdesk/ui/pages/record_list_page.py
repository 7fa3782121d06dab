"""The shared shape of the record pages: 党员, 组织生活, talks, volunteer service, training.

A RecordTableModel behind a filtering proxy on the left, the record's Designer form on the
right; the core validates before anything is saved and errors show beside their fields.
Enter saves, Esc cancels, Ctrl+N starts a new record, Del moves the selected record to the
recycle bin. A subclass supplies the columns, the form, how to read a record's year, kind
and text, the year's summary line, and any filters of its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from branchdesk.core.validation import ValidationError
from branchdesk.ui.forms.ui_record_list_page import Ui_RecordListPage
from branchdesk.ui.models.record_filter import ALL, RecordFilterProxy
from branchdesk.ui.models.record_table import Column, RecordTableModel
from branchdesk.ui.pages.record_form import FormState, RecordForm
from branchdesk.ui.splitter_memory import remember_splitter
from branchdesk.ui.table_columns import (
    fit_columns_to_content,
    keep_column_narrow,
    let_column_give_way,
)
from branchdesk.ui.unsaved_changes import field_values, may_go_on, put_field_values
from branchdesk.ui.widgets.pinned_buttons import pin_below
from branchdesk.ui.widgets.undo_bar import UndoBar

log = logging.getLogger(__name__)

T = TypeVar("T")
# The long texts of a row: on a small screen they give way to the other columns.
TITLE_COLUMNS = ("title", "topic")  # take the room the others leave
# Shown at a few characters' width, so they do not share the room with the title.
NARROW_COLUMNS = {"place": 6, "organiser": 6, "counterparts": 7, "form": 4, "participants": 8}


class Repository(Protocol[T]):
    def all(self) -> list[T]: ...
    def deleted(self) -> list[T]: ...
    def move_to_recycle_bin(self, record_id: int) -> None: ...
    def restore(self, record_id: int) -> None: ...


class RecordListPage(QWidget, Generic[T]):
    """A page of records of type T. The table shows one row a record: the record itself, or a
    row wrapping it with what the page derives (`rows_of` and `record_of`)."""

    records_changed = Signal()
    filters_by_year = True  # False: records without a year of their own (members)

    def __init__(
        self,
        repo: Repository[T],
        form: RecordForm[T],
        columns: Sequence[Column[Any]],
        context: str,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repo = repo
        self._today = today
        self.ui = Ui_RecordListPage()
        self.ui.setupUi(self)
        self.form = form
        self._loaded: FormState | None = None  # the form's state when its record was shown
        self._loaded_id: int | None = None
        self._loaded_record: T | None = None  # what 不保存 puts back
        self._settling = False  # putting the selection back: not a user's choice
        self.undo_bar = UndoBar(self)
        self.ui.tableLayout.addWidget(self.undo_bar)
        self.ui.formScroll.setWidget(form)
        pin_below(self.ui.formScroll, *form.action_buttons())
        self.model: RecordTableModel[Any] = RecordTableModel(columns, context, self)
        self.proxy = self.make_proxy()
        self.proxy.setSourceModel(self.model)
        table = self.ui.recordTable
        table.setModel(self.proxy)
        fit_columns_to_content(table)
        shown = set(self.model.keys())
        for key in set(TITLE_COLUMNS) & shown:  # key columns stay in view
            let_column_give_way(table, self.model.column_of(key))
        for key in set(NARROW_COLUMNS) & shown:
            keep_column_narrow(table, self.model.column_of(key), NARROW_COLUMNS[key])
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        remember_splitter(self.ui.splitter, f"splitters/{type(self).__name__}", [3, 2])
        kinds = self.kind_choices()
        self.ui.kindFilter.addItem(self.tr("All kinds"), ALL)
        for text, value in kinds:
            self.ui.kindFilter.addItem(text, value)
        self.ui.kindFilter.setVisible(bool(kinds))
        self.ui.kindFilterLabel.setVisible(bool(kinds))
        self.ui.yearFilter.setVisible(self.filters_by_year)
        self.ui.yearFilterLabel.setVisible(self.filters_by_year)
        self.add_filters()
        self._connect()
        self.refresh()
        self.new_record()

    # -- what a subclass says about its records -----------------------------------------
    def make_proxy(self) -> RecordFilterProxy:
        """The filter behind the table; a page with more filters returns a subclass."""
        return RecordFilterProxy(self.year_of, self.kind_of, self.text_of, self)

    def year_of(self, record: T) -> int:
        raise NotImplementedError

    def kind_of(self, record: T) -> str:
        return ALL

    def text_of(self, record: T) -> str:
        raise NotImplementedError

    def kind_choices(self) -> list[tuple[str, str]]:
        return []

    def summary(self, year: int) -> str:
        return ""

    def store(self, record: T) -> T:
        raise NotImplementedError

    def confirm(self, record: T) -> bool:
        """A last question before a valid record is saved (a vote at a meeting without a
        quorum); False keeps the form as it is, unsaved."""
        return True

    def load_choices(self) -> None:
        """Refresh what the form offers (members, posts) before the records are shown."""

    def add_filters(self) -> None:
        """Add the page's own filters to the filter row (see `add_filter`); called once,
        before the records are first shown."""

    def rows_of(self, records: list[T]) -> Sequence[Any]:
        """The table's rows for *records*: the records themselves unless the page overrides."""
        return records

    def record_of(self, row: Any) -> T:
        """The record behind a row of the table, which the form edits."""
        return row  # type: ignore[no-any-return]

    def widen_filters(self) -> None:
        """Show more records, so that one the filters hide (a record just saved) is seen."""
        self.ui.yearFilter.setCurrentIndex(0)

    def count_text(self, shown: int) -> str:
        # A literal context: subclasses' tr() would not find this plural form under theirs.
        return QCoreApplication.translate("RecordListPage", "%n record(s) shown", "", shown)

    def add_filter(self, text: str, name: str, after: QWidget) -> QComboBox:
        """A combo box labelled *text* in the filter row, placed after *after* there and in
        the tab order."""
        combo = QComboBox(self)
        combo.setObjectName(name)
        label = QLabel(text, self)
        label.setBuddy(combo)
        row = self.ui.filterRow
        position = row.indexOf(after) + 1
        row.insertWidget(position, label)
        row.insertWidget(position + 1, combo)
        QWidget.setTabOrder(after, combo)
        return combo

    # -- wiring ------------------------------------------------------------------------
    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._text_changed)
        ui.yearFilter.currentIndexChanged.connect(self._year_changed)
        ui.kindFilter.currentIndexChanged.connect(
            lambda: self.proxy.set_kind(ui.kindFilter.currentData() or ALL)
        )
        ui.recycleBinCheck.toggled.connect(self._recycle_bin_toggled)
        ui.newButton.clicked.connect(self.new_record)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.recordTable.selectionModel().selectionChanged.connect(self._selection_changed)
        for signal in (self.proxy.rowsInserted, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self.proxy.refiltered.connect(self._filters_changed)
        self.form.save_requested.connect(self.save)
        self.form.cancel_requested.connect(self.cancel)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        delete = QShortcut(QKeySequence.StandardKey.Delete, ui.recordTable, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    # -- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.load_choices()
        in_bin = self.ui.recycleBinCheck.isChecked()
        records = self._repo.deleted() if in_bin else self._repo.all()
        self.model.set_records(self.rows_of(records))
        if self.filters_by_year:
            self._fill_years(sorted({self.year_of(r) for r in records} | {self._today().year}))
        self._update_buttons()
        self._update_summary()
        self._update_count()

    def _fill_years(self, years: list[int]) -> None:
        combo = self.ui.yearFilter
        current = combo.currentData() if combo.count() else self._today().year
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All years"), None)
        for year in reversed(years):
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        self.proxy.set_year(combo.currentData())

    def selected_row(self) -> Any:
        """The selected row of the table, or None."""
        indexes = self.ui.recordTable.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.record(self.proxy.mapToSource(indexes[0]).row())

    def selected(self) -> T | None:
        row = self.selected_row()
        return None if row is None else self.record_of(row)

    def select_record(self, record_id: int | None) -> None:
        rows = [
            i
            for i, r in enumerate(self.model.records())
            if getattr(self.record_of(r), "id", None) == record_id
        ]
        if record_id is None or not rows:
            return
        index = self.proxy.mapFromSource(self.model.index(rows[0], 0))
        if not index.isValid():  # filtered out: widen the filters so the saved record is seen
            self.widen_filters()
            index = self.proxy.mapFromSource(self.model.index(rows[0], 0))
        self.ui.recordTable.selectRow(index.row())
        self.ui.recordTable.scrollTo(index)

    # -- actions -----------------------------------------------------------------------
    def new_record(self) -> bool:
        """An empty form for a new record; False when the user kept unsaved changes instead."""
        if not self.may_replace_form():
            return False
        self.ui.recycleBinCheck.setChecked(False)
        self._settle(lambda: self.ui.recordTable.clearSelection())
        self._load(None)
        return True

    def has_unsaved_changes(self) -> bool:
        return (
            self._loaded is not None
            and self.form.isEnabled()
            and self.form.state().changed_from(self._loaded)
        )

    def unsaved_content(self) -> dict[str, Any] | None:
        """The form's typing not saved yet, as 未保存的内容 (ui/unsaved_keeper.py)."""
        if not self.has_unsaved_changes():
            return None
        return {"record": self._loaded_id, "fields": field_values(self.form)}

    def restore_unsaved(self, content: dict[str, Any]) -> None:
        """Put 未保存的内容 back into the form, over the record it was typed into."""
        record_id = content.get("record")
        if record_id is None:
            self.new_record()
        else:
            self.select_record(int(record_id))
        put_field_values(self.form, dict(content.get("fields", {})))

    def may_close(self) -> bool:
        """Before the window closes: as `may_replace_form`."""
        return self.may_replace_form()

    def save(self) -> bool:
        """Save what the form holds; the repository validates it with the core rules (once)
        and a refusal is shown beside each field. True when saved."""
        record, errors = self.form.collect()
        if errors or record is None:
            self.form.show_errors(errors)
            return False
        if not self.confirm(record):
            return False
        try:
            saved = self.store(record)
        except ValidationError as exc:
            self.form.show_errors(list(exc.errors))
            return False
        self.form.errors.clear()
        self._loaded = self.form.state()  # nothing left to save
        self.refresh()
        self.select_record(getattr(saved, "id", None))
        self.records_changed.emit()
        return True

    def cancel(self) -> None:
        """Esc or 取消: the record as saved, after asking about changes (保存 saves them)."""
        if self.may_replace_form():
            self._load(self.selected())

    def may_replace_form(self) -> bool:
        """Before the form shows another record: asks what to do with changes not saved yet.
        True when nothing would be lost (saved, discarded, or nothing changed); False when
        the user stays on the record (Cancel, or a save refused for an invalid field)."""
        return may_go_on(
            self,
            self.has_unsaved_changes(),
            self.tr("The record in the form has changes that are not saved yet. Save them?"),
            self.save,
            lambda: self._load(self._loaded_record),
        )

    def _load(self, record: T | None) -> None:
        self.form.load(record, self._today())
        self._loaded = self.form.state()
        self._loaded_id = getattr(record, "id", None)
        self._loaded_record = record

    def _settle(self, change: Callable[[], None]) -> None:
        """Change the selection without treating it as the user's choice of a record."""
        self._settling = True
        try:
            change()
        finally:
            self._settling = False
        self._update_buttons()

    def delete_selected(self) -> None:
        record = self.selected()
        record_id = getattr(record, "id", None)
        if record_id is None or self.ui.recycleBinCheck.isChecked():
            return
        if not self.may_replace_form():  # the form's typing is asked about first
            return
        self._repo.move_to_recycle_bin(record_id)
        self.refresh()
        self._load(None)
        self.records_changed.emit()
        self.undo_bar.offer(
            QCoreApplication.translate("RecordListPage", "Moved to the recycle bin."),
            lambda: self._take_back(record_id),
        )

    def _take_back(self, record_id: int) -> None:
        """撤销: the record just deleted back out of the recycle bin, and in the form."""
        if not self.may_replace_form():
            return
        self._repo.restore(record_id)
        self.ui.recycleBinCheck.setChecked(False)
        self.refresh()
        self.select_record(record_id)
        self.records_changed.emit()

    def restore_selected(self) -> None:
        record_id = getattr(self.selected(), "id", None)
        if record_id is None:
            return
        self._repo.restore(record_id)
        self.ui.recycleBinCheck.setChecked(False)
        self.select_record(record_id)
        self.records_changed.emit()

    # -- reactions ---------------------------------------------------------------------
    def _filters_changed(self) -> None:
        """A filter changed (year, kind, text): the form keeps its record and any typing;
        the table marks that record if it is still shown."""

        def mark_loaded() -> None:
            rows = [
                i
                for i, r in enumerate(self.model.records())
                if getattr(self.record_of(r), "id", None) == self._loaded_id
            ]
            index = self.proxy.mapFromSource(self.model.index(rows[0], 0)) if rows else None
            if self._loaded_id is not None and index is not None and index.isValid():
                self.ui.recordTable.selectRow(index.row())
            else:
                self.ui.recordTable.clearSelection()

        self._settle(mark_loaded)

    def _selection_changed(self) -> None:
        record = self.selected()
        if self._settling or self.proxy.refiltering or record is None:
            self._update_buttons()
            return
        chosen = getattr(record, "id", None)
        if not self.may_replace_form():  # stay on the record being edited
            self._settle(lambda: self._select_quietly(self._loaded_id))
            return
        if self.selected() is None or getattr(self.selected(), "id", None) != chosen:
            self._settle(lambda: self.select_record(chosen))  # a save moved the selection
        self._load(self.selected())
        self._update_buttons()

    def _select_quietly(self, record_id: int | None) -> None:
        if record_id is None:
            self.ui.recordTable.clearSelection()
        else:
            self.select_record(record_id)

    def _text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _year_changed(self) -> None:
        self.proxy.set_year(self.ui.yearFilter.currentData())
        self._update_summary()
        self._update_count()

    def _recycle_bin_toggled(self, checked: bool) -> None:
        if checked and not self.may_replace_form():  # stay with the record being edited
            self.ui.recycleBinCheck.blockSignals(True)
            self.ui.recycleBinCheck.setChecked(False)
            self.ui.recycleBinCheck.blockSignals(False)
            return
        if checked and self._loaded is not None and self.form.state().changed_from(self._loaded):
            self._load(self.selected())  # discarded: the form shows the record as saved
        self.refresh()
        self.form.setEnabled(not checked)

    def _update_buttons(self) -> None:
        in_bin = self.ui.recycleBinCheck.isChecked()
        has_row = self.selected() is not None
        self.ui.deleteButton.setVisible(not in_bin)
        self.ui.deleteButton.setEnabled(has_row)
        self.ui.restoreButton.setVisible(in_bin)
        self.ui.restoreButton.setEnabled(has_row)

    def refresh_summary(self) -> None:
        """The summary line again from the records (after another page changed them)."""
        self._update_summary()

    def _update_summary(self) -> None:
        year = self.ui.yearFilter.currentData()
        in_bin = self.ui.recycleBinCheck.isChecked()
        self.ui.summaryLabel.setText("" if in_bin else self.summary(year or self._today().year))

    def _update_count(self) -> None:
        self.ui.countLabel.setText(self.count_text(self.proxy.rowCount()))
