"""One table model for lists of frozen dataclasses, described by named columns.

Every record page shows its records through a `RecordTableModel` behind a
`QSortFilterProxyModel`. Columns name what they show; headers are English source text
marked with QT_TRANSLATE_NOOP and translated when displayed. An editable column returns a
*new* record from `edit` (records are frozen), which the owner then validates and saves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[T]):
    key: str
    header: str  # English source text, translated in `header_context`
    display: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    # Returns the record with the new value; raises ValueError for a value it cannot read.
    edit: Callable[[T, Any], T] | None = None
    edit_value: Callable[[T], Any] | None = None  # the value an editor starts from
    align_right: bool = False
    tooltip: Callable[[T], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are records; `records_edited` carries (row, new record) after an in-place edit,
    `edit_refused` (row, column key) when the value typed could not be read (the cell keeps
    what it held, and the owner says why)."""

    record_edited = Signal(int, object)
    edit_refused = Signal(int, str)

    def __init__(
        self,
        columns: Sequence[Column[T]],
        header_context: str,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._context = header_context
        self._records: list[T] = []

    # -- the records -------------------------------------------------------------------
    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[T]:
        return list(self._records)

    def _slot(self, row: int) -> int:
        """The record shown at the view's *row* (a model with a row of its own before the
        records, ui/models/recruit_timeline.py, counts it here)."""
        return row

    def record(self, row: int) -> T:
        return self._records[self._slot(row)]

    def replace(self, row: int, record: T) -> None:
        self._records[self._slot(row)] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def append(self, record: T) -> int:
        row = self.rowCount()
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.append(record)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._records[self._slot(row)]
        self.endRemoveRows()

    def keys(self) -> list[str]:
        return [c.key for c in self._columns]

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.key == key)

    # -- QAbstractTableModel -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._context, self._columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.record(index.row())
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == Qt.ItemDataRole.EditRole:
            return column.edit_value(record) if column.edit_value else column.display(record)
        if role == SORT_ROLE:
            key = column.sort_key(record) if column.sort_key else column.display(record)
            return key if key is not None else ""
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._columns[index.column()].edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self._columns[index.column()]
        if role != Qt.ItemDataRole.EditRole or column.edit is None:
            return False
        try:
            updated = column.edit(self.record(index.row()), value)
        except ValueError:
            self.edit_refused.emit(index.row(), column.key)
            return False
        self.replace(index.row(), updated)
        self.record_edited.emit(index.row(), updated)
        return True
