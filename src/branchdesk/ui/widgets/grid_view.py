"""A table for entering data row after row: Enter saves the cell and moves down a row.

Tab already moves right (Qt's EditNextItem); this adds the spreadsheet habit of Enter,
so a secretary can type a column of tallies without touching the mouse.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemDelegate, QTableView, QWidget


class GridTableView(QTableView):
    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint != QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            return
        current = self.currentIndex()
        below = current.sibling(current.row() + 1, current.column())
        if below.isValid():
            self.setCurrentIndex(below)
