"""The shared shape of the talks, volunteer service and training pages.

Same pattern as 党员 (members_page.py): a RecordTableModel behind a filtering proxy on the
left, the record's Designer form on the right; the core validates before anything is saved
and errors show beside their fields. Enter saves, Esc cancels, Ctrl+N starts a new record,
Del moves the selected record to the recycle bin. A subclass supplies the columns, the form,
how to read a record's year, kind and text, and the year's summary line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from branchdesk.core.validation import FieldError, ValidationError
from branchdesk.ui.forms.ui_record_list_page import Ui_RecordListPage
from branchdesk.ui.models.record_table import RECORD_ROLE, SORT_ROLE, Column, RecordTableModel
from branchdesk.ui.pages.record_form import RecordForm
from branchdesk.ui.table_columns import fit_columns_to_content
from branchdesk.ui.widgets.pinned_buttons import pin_below

log = logging.getLogger(__name__)

T = TypeVar("T")
ALL = ""


class Repository(Protocol[T]):
    def all(self, year: int | None = None) -> list[T]: ...
    def deleted(self) -> list[T]: ...
    def move_to_recycle_bin(self, record_id: int) -> None: ...
    def restore(self, record_id: int) -> None: ...


class RecordFilterProxy(QSortFilterProxyModel):
    """Filters by year, kind and free text, each read from the record by a callable."""

    def __init__(
        self,
        year_of: Callable[[Any], int],
        kind_of: Callable[[Any], str],
        text_of: Callable[[Any], str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._year_of, self._kind_of, self._text_of = year_of, kind_of, text_of
        self._year: int | None = None
        self._kind = ALL
        self._text = ""
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def set_year(self, year: int | None) -> None:
        self.beginFilterChange()
        self._year = year
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: str) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        record = model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)
        if self._year is not None and self._year_of(record) != self._year:
            return False
        if self._kind and self._kind_of(record) != self._kind:
            return False
        return not self._text or self._text in self._text_of(record).lower()


class RecordListPage(QWidget, Generic[T]):
    records_changed = Signal()

    def __init__(
        self,
        repo: Repository[T],
        form: RecordForm[T],
        columns: Sequence[Column[T]],
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
        self.ui.formScroll.setWidget(form)
        pin_below(self.ui.formScroll, *form.action_buttons())
        self.model: RecordTableModel[T] = RecordTableModel(columns, context, self)
        self.proxy = self.make_proxy()
        self.proxy.setSourceModel(self.model)
        table = self.ui.recordTable
        table.setModel(self.proxy)
        fit_columns_to_content(table)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        kinds = self.kind_choices()
        self.ui.kindFilter.addItem(self.tr("All kinds"), ALL)
        for text, value in kinds:
            self.ui.kindFilter.addItem(text, value)
        self.ui.kindFilter.setVisible(bool(kinds))
        self.ui.kindFilterLabel.setVisible(bool(kinds))
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

    def validate(self, record: T) -> list[FieldError]:
        raise NotImplementedError

    def store(self, record: T) -> T:
        raise NotImplementedError

    def load_choices(self) -> None:
        """Refresh what the form offers (members, posts) before the records are shown."""

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
        self.model.set_records(records)
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

    def selected(self) -> T | None:
        indexes = self.ui.recordTable.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.record(self.proxy.mapToSource(indexes[0]).row())

    def select_record(self, record_id: int | None) -> None:
        rows = [
            i for i, r in enumerate(self.model.records()) if getattr(r, "id", None) == record_id
        ]
        if record_id is None or not rows:
            return
        index = self.proxy.mapFromSource(self.model.index(rows[0], 0))
        if not index.isValid():  # filtered out: show every year so the saved record is seen
            self.ui.yearFilter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(rows[0], 0))
        self.ui.recordTable.selectRow(index.row())
        self.ui.recordTable.scrollTo(index)

    # -- actions -----------------------------------------------------------------------
    def new_record(self) -> None:
        self.ui.recycleBinCheck.setChecked(False)
        self.ui.recordTable.clearSelection()
        self.form.load(None, self._today())

    def save(self) -> None:
        """Validate with the core rules; save only when every field is valid."""
        record, errors = self.form.collect()
        if record is not None:
            errors = self.validate(record)
        if errors or record is None:
            self.form.show_errors(errors)
            return
        try:
            saved = self.store(record)
        except ValidationError as exc:
            self.form.show_errors(list(exc.errors))
            return
        self.form.errors.clear()
        self.refresh()
        self.select_record(getattr(saved, "id", None))
        self.records_changed.emit()

    def cancel(self) -> None:
        self.form.load(self.selected(), self._today())

    def delete_selected(self) -> None:
        record = self.selected()
        record_id = getattr(record, "id", None)
        if record_id is None or self.ui.recycleBinCheck.isChecked():
            return
        self._repo.move_to_recycle_bin(record_id)
        self.refresh()
        self.form.load(None, self._today())
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
    def _selection_changed(self) -> None:
        record = self.selected()
        if record is not None:
            self.form.load(record, self._today())
        self._update_buttons()

    def _text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _year_changed(self) -> None:
        self.proxy.set_year(self.ui.yearFilter.currentData())
        self._update_summary()
        self._update_count()

    def _recycle_bin_toggled(self, checked: bool) -> None:
        self.refresh()
        self.form.setEnabled(not checked)

    def _update_buttons(self) -> None:
        in_bin = self.ui.recycleBinCheck.isChecked()
        has_row = self.selected() is not None
        self.ui.deleteButton.setVisible(not in_bin)
        self.ui.deleteButton.setEnabled(has_row)
        self.ui.restoreButton.setVisible(in_bin)
        self.ui.restoreButton.setEnabled(has_row)

    def _update_summary(self) -> None:
        year = self.ui.yearFilter.currentData()
        in_bin = self.ui.recycleBinCheck.isChecked()
        self.ui.summaryLabel.setText("" if in_bin else self.summary(year or self._today().year))

    def _update_count(self) -> None:
        # A literal context: subclasses' tr() would not find this plural form under theirs.
        text = QCoreApplication.translate(
            "RecordListPage", "%n record(s) shown", "", self.proxy.rowCount()
        )
        self.ui.countLabel.setText(text)
