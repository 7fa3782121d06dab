"""A person's 发展历程 as the secretary reads it: the application first (2026-11-07 入党申请),
then the steps. The application row is the person's 申请入党时间 shown, not a step: it is not
stored with the steps, not edited in the table and not removed from it.

Row numbers given to and returned by the model are the view's rows (the application row
counted); `records()` and `set_records` are the steps alone, as saved and as kept in
未保存的内容 (ui/unsaved_tables.py).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from branchdesk.core.recruiting import RecruitStep
from branchdesk.ui.models.record_table import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
DERIVED_COLOUR = QColor("#566573")  # read from the field above, not typed here


class TimelineModel(RecordTableModel[RecruitStep]):
    applied_on: date | None = None

    def set_application(self, applied_on: date | None) -> None:
        """The first row follows the 申请入党时间 field (typed or loaded)."""
        if applied_on == self.applied_on:
            return
        self.beginResetModel()
        self.applied_on = applied_on
        self.endResetModel()

    def is_application(self, row: int) -> bool:
        return row == 0 and self.applied_on is not None

    def _offset(self) -> int:
        return 1 if self.applied_on is not None else 0

    # -- the steps, by the view's rows --------------------------------------------------
    def _slot(self, row: int) -> int:
        if self.is_application(row):
            raise IndexError("the application row is no step")
        return row - self._offset()

    # -- QAbstractTableModel -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records) + self._offset()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.is_application(index.row()):
            return self._application_data(self.keys()[index.column()], role)
        return super().data(index, role)

    def _application_data(self, key: str, role: int) -> Any:
        assert self.applied_on is not None
        if role == Qt.ItemDataRole.ForegroundRole:
            return DERIVED_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "StepTable", "The application date is the person's 申请入党时间, typed above."
            )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if key == "on":
            return self.applied_on.isoformat()
        if key == "kind":
            return QCoreApplication.translate("StepTable", "Application")
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self.is_application(index.row()):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return super().flags(index)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and self.is_application(index.row()):
            return False
        return super().setData(index, value, role)
