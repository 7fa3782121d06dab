"""Keyboard-first entry of the people who took part: type a name, press Enter, next.

A name that matches a member adds that member; any other name is first asked about, then
added as a non-member (the organisation's head, a volunteer from outside) — a mistyped
member's name no longer becomes a 非党员 silently. Where hours count (volunteer service,
training) Enter on the name moves to the hours box and Enter there adds the person with those
hours; hours or a role (a talk's non-member counterpart) are also edited in place in the
list; Del removes a row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.validation import one_line
from branchdesk.ui.models.record_table import Column, RecordTableModel

CONTEXT = "ParticipantEditor"


@dataclass(frozen=True)
class ParticipantRow:
    member_id: int | None
    name: str
    hours: float = 0.0
    role: str = ""


def _hours_text(value: float) -> str:
    return f"{value:g}"


def _parse_hours(row: ParticipantRow, value: Any) -> ParticipantRow:
    try:
        hours = float(str(value).strip() or 0)
    except ValueError:
        return row
    return replace(row, hours=max(0.0, hours))


def participant_columns(*, with_hours: bool, with_role: bool) -> list[Column[ParticipantRow]]:
    def kind(row: ParticipantRow) -> str:
        if row.member_id is not None:
            return QCoreApplication.translate("ParticipantEditor", "Member")
        return QCoreApplication.translate("ParticipantEditor", "Non-member")

    columns: list[Column[ParticipantRow]] = [
        Column("name", QT_TRANSLATE_NOOP("ParticipantEditor", "Name"), lambda r: r.name),
        Column("kind", QT_TRANSLATE_NOOP("ParticipantEditor", "Member?"), kind),
    ]
    if with_hours:
        columns.append(
            Column(
                "hours",
                QT_TRANSLATE_NOOP("ParticipantEditor", "Hours"),
                lambda r: _hours_text(r.hours),
                sort_key=lambda r: r.hours,
                edit=_parse_hours,
                align_right=True,
            )
        )
    if with_role:
        columns.append(
            Column(
                "role",
                QT_TRANSLATE_NOOP("ParticipantEditor", "Position (non-members)"),
                lambda r: r.role,
                edit=lambda r, v: replace(r, role=one_line(str(v))),
            )
        )
    return columns


class ParticipantEditor(QWidget):
    """The entry line, an optional hours box, and the list of people added."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members: list[tuple[int, str]] = []
        self._names: dict[int, str] = {}
        # The members on the record's date, for "Add all" (the date may change while editing).
        self._current: Callable[[], Sequence[int]] = list
        self._with_hours = True
        self.entry = QLineEdit(self)
        self.entry.setObjectName("participantEntry")
        self.entry.setPlaceholderText(self.tr("Type a name and press Enter"))
        self.hours = QDoubleSpinBox(self)
        self.hours.setObjectName("participantHours")
        self.hours.setRange(0, 1000)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setToolTip(self.tr("Hours for the next people added"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_all_button = QPushButton(self.tr("Add all members"), self)
        self.add_all_button.setToolTip(self.tr("Add every member of the branch on the date"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.table = QTableView(self)
        self.table.setObjectName("participantTable")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.setMinimumHeight(140)
        self.model: RecordTableModel[ParticipantRow] = RecordTableModel(
            participant_columns(with_hours=True, with_role=False), CONTEXT, self
        )
        self.table.setModel(self.model)
        self._stretch()
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.hours)
        row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.entry.returnPressed.connect(self._name_entered)
        self.hours.installEventFilter(self)
        self.add_button.clicked.connect(self.add_typed)
        self.add_all_button.clicked.connect(self.add_all)
        self.remove_button.clicked.connect(self.remove_selected)
        self.model.record_edited.connect(lambda _row, _record: self.changed.emit())
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def configure(self, *, with_hours: bool, with_role: bool = False) -> None:
        """Hours for volunteer service and training; a role column for talks."""
        self.model = RecordTableModel(
            participant_columns(with_hours=with_hours, with_role=with_role), CONTEXT, self
        )
        self.model.record_edited.connect(lambda _row, _record: self.changed.emit())
        self.table.setModel(self.model)
        self._stretch()
        self.hours.setVisible(with_hours)
        self._with_hours = with_hours

    def _stretch(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    # -- the people to choose from -----------------------------------------------------
    def set_members(
        self,
        members: Sequence[tuple[int, str]],
        current: Callable[[], Sequence[int]],
        names: Mapping[int, str] | None = None,
    ) -> None:
        """*members*: (id, name as listed) of everyone who may be chosen; *current*: for
        "Add all"; *names*: each member's own name where the list tells two of one name
        apart (重名), so that typing the bare name still finds them."""
        self._members = list(members)
        self._names = dict(names or {})
        self._current = current
        completer = QCompleter([name for _id, name in self._members], self.entry)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(completer)

    # -- rows --------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ParticipantRow]) -> None:
        self.model.set_records(list(rows))

    def rows(self) -> list[ParticipantRow]:
        return self.model.records()

    def _name_entered(self) -> None:
        """Enter on a name: on to its hours where hours count, else add the person."""
        if self._with_hours and one_line(self.entry.text()):
            self.hours.setFocus()
            self.hours.selectAll()
        else:
            self.add_typed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.hours
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.hours.interpretText()
            self.add_typed()  # Enter on the hours: the person typed, with these hours
            return True
        return super().eventFilter(watched, event)

    def add_typed(self) -> None:
        name = one_line(self.entry.text())
        if not name:
            return
        member_id = next((mid for mid, n in self._members if n == name), None)
        if member_id is None:  # a bare name of two members: the first not listed yet
            listed = {r.member_id for r in self.rows()}
            sharing = [mid for mid, _ in self._members if self._names.get(mid) == name]
            member_id = next((m for m in sharing if m not in listed), None)
            name = self.name_of(member_id, name)
        if member_id is None and not self._non_member_confirmed(name):
            self.entry.setFocus()  # as typed, to be corrected
            self.entry.selectAll()
            return
        self._add(member_id, name)
        self.entry.clear()
        self.entry.setFocus()

    def _non_member_confirmed(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Not a member"),
            self.tr("No member is called “{name}”. Add “{name}” as a non-member?").format(
                name=name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def add_all(self) -> None:
        names = dict(self._members)
        for member_id in self._current():
            self._add(member_id, names.get(member_id, ""))

    def _add(self, member_id: int | None, name: str) -> None:
        if member_id is not None and any(r.member_id == member_id for r in self.rows()):
            return  # already listed
        hours = self.hours.value() if self._with_hours else 0.0
        self.model.append(ParticipantRow(member_id, name, hours))
        self.changed.emit()

    def follow_hours(self, old: float, new: float) -> None:
        """The activity's hours changed from *old* to *new*: the rows still at *old* take
        *new*; hours changed for someone (left early) stay theirs."""
        rows = self.rows()
        if any(r.hours == old for r in rows):
            self.set_rows([replace(r, hours=new) if r.hours == old else r for r in rows])
            self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        for row in rows:
            self.model.remove(row)
        if rows:
            self.changed.emit()

    def name_of(self, member_id: int | None, fallback: str = "") -> str:
        """A member's name from the choices (rows of members show it; records store the id)."""
        return dict(self._members).get(member_id or 0, fallback) if member_id else fallback
