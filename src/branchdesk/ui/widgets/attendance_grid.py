"""The attendance grid of a meeting: one row per expected member, fast from the keyboard.

Everyone starts present. On a row, P marks present, L on leave (and opens the reason cell for
typing), A absent — in whichever column the cursor is, so a status key never lands in the
reason; Space cycles through the three; Down moves on. Enter after a reason goes back to the
status column of the next row. Members who attended
without being expected (a member invited to a committee meeting) keep their row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QHeaderView, QTableView, QWidget

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import label
from branchdesk.core.meetings import Attendance, AttendanceStatus
from branchdesk.core.validation import one_line
from branchdesk.ui.i18n import label_language
from branchdesk.ui.models.record_table import Column, RecordTableModel
from branchdesk.ui.widgets.choice_delegate import ChoiceDelegate

CONTEXT = "AttendanceGrid"
ORDER = (AttendanceStatus.PRESENT, AttendanceStatus.LEAVE, AttendanceStatus.ABSENT)
KEYS = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_L: AttendanceStatus.LEAVE,
    Qt.Key.Key_A: AttendanceStatus.ABSENT,
}


@dataclass(frozen=True)
class AttendanceRow:
    member_id: int
    name: str
    voter: bool  # a full member: counts towards the quorum and may vote
    status: AttendanceStatus = AttendanceStatus.PRESENT
    reason: str = ""
    expected: bool = True


def _status_text(row: AttendanceRow) -> str:
    return label(row.status, label_language())


def _role(row: AttendanceRow) -> str:
    text = "Full member" if row.voter else "Probationary (no vote)"
    if not row.expected:
        text = "Not expected"
    return QCoreApplication.translate("AttendanceGrid", text)


COLUMNS: tuple[Column[AttendanceRow], ...] = (
    Column("name", QT_TRANSLATE_NOOP("AttendanceGrid", "Name"), lambda r: r.name),
    Column("role", QT_TRANSLATE_NOOP("AttendanceGrid", "Vote"), _role),
    Column(
        "status",
        QT_TRANSLATE_NOOP("AttendanceGrid", "Attendance"),
        _status_text,
        sort_key=lambda r: ORDER.index(r.status),
        edit=lambda r, v: replace(r, status=AttendanceStatus(v)),
        edit_value=lambda r: r.status.value,
    ),
    Column(
        "reason",
        QT_TRANSLATE_NOOP("AttendanceGrid", "Reason for leave"),
        lambda r: r.reason,
        edit=lambda r, v: replace(r, reason=one_line(str(v))),
    ),
)
# Marked for lupdate; `_role` translates them.
_TEXTS = (
    QT_TRANSLATE_NOOP("AttendanceGrid", "Full member"),
    QT_TRANSLATE_NOOP("AttendanceGrid", "Probationary (no vote)"),
    QT_TRANSLATE_NOOP("AttendanceGrid", "Not expected"),
)


class AttendanceGrid(QTableView):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid_model: RecordTableModel[AttendanceRow] = RecordTableModel(COLUMNS, CONTEXT, self)
        self.setModel(self.grid_model)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.setItemDelegateForColumn(
            self.grid_model.column_of("status"),
            ChoiceDelegate(lambda: [(label(s, label_language()), s.value) for s in ORDER], self),
        )
        self.grid_model.record_edited.connect(lambda _row, _record: self.changed.emit())
        self.grid_model.modelReset.connect(self.changed)  # rows set anew, or put back

    def set_rows(self, rows: Iterable[AttendanceRow]) -> None:
        self.grid_model.set_records(list(rows))
        if self.grid_model.rowCount():
            self.setCurrentIndex(self.grid_model.index(0, self.grid_model.column_of("status")))

    def rows(self) -> list[AttendanceRow]:
        return self.grid_model.records()

    def attendance(self) -> tuple[Attendance, ...]:
        return tuple(
            Attendance(
                r.member_id, r.status, r.reason if r.status == AttendanceStatus.LEAVE else ""
            )
            for r in self.rows()
        )

    def mark(self, row: int, status: AttendanceStatus) -> None:
        record = self.grid_model.record(row)
        self.grid_model.replace(row, replace(record, status=status))
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = Qt.Key(event.key())
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if index.isValid() and plain and (key in KEYS or key == Qt.Key.Key_Space):
            row = index.row()
            if key == Qt.Key.Key_Space:
                status = ORDER[(ORDER.index(self.grid_model.record(row).status) + 1) % 3]
            else:
                status = KEYS[key]
            self.mark(row, status)
            if status == AttendanceStatus.LEAVE:
                reason = self.grid_model.index(row, self.grid_model.column_of("reason"))
                self.setCurrentIndex(reason)
                self.edit(reason)
            elif row + 1 < self.grid_model.rowCount():
                status_column = self.grid_model.column_of("status")
                self.setCurrentIndex(self.grid_model.index(row + 1, status_column))
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter after a reason: on to the next row's status, where P, L and A act."""
        index = self.currentIndex()
        super().closeEditor(editor, hint)
        reason = self.grid_model.column_of("reason")
        submitted = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        if submitted and index.isValid() and index.column() == reason:
            row = min(index.row() + 1, self.grid_model.rowCount() - 1)
            self.setCurrentIndex(self.grid_model.index(row, self.grid_model.column_of("status")))
