"""已移入回收站 — 撤销: after a delete, a line under the table says where the record went and
offers to bring it back, for a few seconds (Del gave no sign at all)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

UNDO_SHOWN_MS = 8000


class UndoBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.undo_button = QPushButton(QCoreApplication.translate("UndoBar", "&Undo"), self)
        self.undo_button.setToolTip(
            QCoreApplication.translate("UndoBar", "Take the record back out of the recycle bin")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        self.shown_ms = UNDO_SHOWN_MS
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.undo_button.clicked.connect(self._undo)
        self._undo_action: Callable[[], None] | None = None
        self.hide()

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        """Show *text* with 撤销 (which calls *undo*) for a few seconds."""
        self._undo_action = undo
        self.label.setText(text)
        self.show()
        self._timer.start(self.shown_ms)

    def _undo(self) -> None:
        action, self._undo_action = self._undo_action, None
        self.hide()
        if action is not None:
            action()
