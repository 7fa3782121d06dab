"""The month's collection grid (党费): Enter confirms the prefilled amount and moves down.

Typing digits replaces the amount (the editor opens on the first key); Enter then commits
it, confirms the row and moves down, as in `GridTableView`. So a member who pays what he
owes takes one keystroke, and one who pays another amount (50, Enter) three.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

from branchdesk.ui.widgets.grid_view import GridTableView

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CollectionGridView(GridTableView):
    confirm_requested = Signal(int)  # the source-model row to confirm as it stands

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and self.state() != QAbstractItemView.State.EditingState:
            current = self.currentIndex()
            if current.isValid():
                self.confirm_requested.emit(current.row())
                below = current.sibling(current.row() + 1, current.column())
                if below.isValid():
                    self.setCurrentIndex(below)
                event.accept()
                return
        super().keyPressEvent(event)
