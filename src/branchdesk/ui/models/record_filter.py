"""The filter behind every record table: year, kind and free text, each read from the record
by a callable. A page with more filters (the quarter of a meeting, a member's status) subclasses
it and adds its own test in `filterAcceptsRow`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Signal

from branchdesk.ui.models.record_table import RECORD_ROLE, SORT_ROLE
from branchdesk.ui.name_order import compare_text

ALL = ""


class RecordFilterProxy(QSortFilterProxyModel):
    refiltered = Signal()  # a filter changed: the rows shown are new, the form's record is not

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
        self.refiltering = False  # the view's selection moves with the rows, not by a choice
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def set_year(self, year: int | None) -> None:
        self.refilter("_year", year)

    def set_kind(self, kind: str) -> None:
        self.refilter("_kind", kind)

    def set_text(self, text: str) -> None:
        self.refilter("_text", text.strip().lower())

    def refilter(self, attribute: str, value: object) -> None:
        """Set the filter value held in *attribute* and filter the rows again."""
        self.refiltering = True
        try:
            self.beginFilterChange()
            setattr(self, attribute, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        finally:
            self.refiltering = False
        self.refiltered.emit()

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Text by pinyin (Chinese collation; code points put 阿 after 张); dates and numbers
        as Python compares them. Qt cannot compare a Python `date` it holds, and left such a
        column in the order the rows came in: after a restore, not the date order."""
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            return compare_text(a, b) < 0
        if a == "" or b == "":  # no value sorts first
            return bool(a == "" and b != "")
        try:
            return bool(a < b)
        except TypeError:
            return bool(super().lessThan(left, right))

    def record_at(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> Any:
        model = self.sourceModel()
        return model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        record = self.record_at(source_row, source_parent)
        if self._year is not None and self._year_of(record) != self._year:
            return False
        if self._kind and self._kind_of(record) != self._kind:
            return False
        return not self._text or self._text in self._text_of(record).lower()
