"""What the detail forms of the record pages share: save/cancel signals and keys, and
reading the date, hours and names the way every form does."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from branchdesk.core.members import Member
from branchdesk.core.membership import is_member_on
from branchdesk.core.participation import Participant
from branchdesk.core.validation import REQUIRED, FieldError, date_error, one_line
from branchdesk.ui.field_errors import FieldErrors
from branchdesk.ui.unsaved_changes import escape_cancels
from branchdesk.ui.widgets.date_line_edit import DateLineEdit
from branchdesk.ui.widgets.participant_editor import ParticipantEditor, ParticipantRow

T = TypeVar("T")


@dataclass(frozen=True)
class FormState:
    """What a form holds at one moment: the record it reads as (None while a field is
    invalid) and the raw text and choices of its fields."""

    record: object
    fields: tuple[object, ...]

    def changed_from(self, earlier: FormState) -> bool:
        if self.record is not None and earlier.record is not None:
            return self.record != earlier.record  # revealing a masked ID changes nothing
        return self.fields != earlier.fields


class RecordForm(QWidget, Generic[T]):
    save_requested = Signal()
    cancel_requested = Signal()
    errors: FieldErrors

    def load(self, record: T | None, today: date) -> None:
        raise NotImplementedError

    def collect(self) -> tuple[T | None, list[FieldError]]:
        raise NotImplementedError

    def show_errors(self, errors: list[FieldError]) -> list[str]:
        return self.errors.show(errors)

    def state(self) -> FormState:
        """Compared with the state right after `load`, tells whether there is anything to
        save before the form shows another record."""
        fields: list[object] = [e.text() for e in self.findChildren(QLineEdit)]
        fields += [e.toPlainText() for e in self.findChildren(QPlainTextEdit)]
        fields += [c.currentText() for c in self.findChildren(QComboBox)]
        fields += [b.isChecked() for b in self.findChildren(QAbstractButton) if b.isCheckable()]
        return FormState(self.collect()[0], tuple(fields))

    def one_line_fields(self, editor: ParticipantEditor) -> list[QLineEdit]:
        """Every one-line field, those inside spin and combo boxes too, but *editor*'s
        (Enter there adds the person typed; it must not save the record half entered)."""
        return [e for e in self.findChildren(QLineEdit) if not editor.isAncestorOf(e)]

    def action_buttons(self) -> tuple[QPushButton, QPushButton]:
        """Cancel and Save, drawn at the foot of every record form."""
        ui = getattr(self, "ui")  # noqa: B009 - each subclass composes its own Designer form
        return ui.cancelButton, ui.saveButton

    def connect_keys(self, save_on_enter: Iterable[QLineEdit]) -> None:
        """Enter in a one-line field saves, Ctrl+S saves, Esc cancels."""
        for edit in save_on_enter:
            edit.returnPressed.connect(self.save_requested)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_requested.emit)
        escape_cancels(self, self.cancel_requested.emit)


def read_date(
    edit: DateLineEdit, name: str, errors: list[FieldError], *, required: bool = False
) -> date | None:
    try:
        value = edit.date_value()
    except ValueError as exc:
        errors.append(date_error(name, exc))
        return None
    if value is None and required:
        errors.append(FieldError(name, REQUIRED))
    return value


def select_data(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


def member_choices(members: Iterable[Member]) -> list[tuple[int, str]]:
    """(id, name) of each member to choose from; a name two members share (重名) is told
    apart by the year of birth (or of joining), so the list says which one is which."""
    members = list(members)
    names = Counter(m.name for m in members)
    return [
        (m.id, _told_apart(m) if names[m.name] > 1 else m.name) for m in members if m.id is not None
    ]


def own_names(members: Iterable[Member]) -> dict[int, str]:
    return {m.id: m.name for m in members if m.id is not None}


def _told_apart(member: Member) -> str:
    if member.birth_date is not None:
        text = QCoreApplication.translate("RecordForm", "{name} (born {year})")
        return text.format(name=member.name, year=member.birth_date.year)
    text = QCoreApplication.translate("RecordForm", "{name} (joined {year})")
    return text.format(name=member.name, year=member.joined_on.year)


def members_on_date(
    members: Iterable[Member], edit: DateLineEdit, today: date
) -> Callable[[], list[int]]:
    """The ids of the members on the date in *edit* (today while it is empty or unreadable)."""
    members = list(members)

    def ids() -> list[int]:
        try:
            day = edit.date_value() or today
        except ValueError:
            day = today
        return [m.id for m in members if m.id is not None and is_member_on(m, day)]

    return ids


def participant_rows(
    participants: Iterable[Participant], editor: ParticipantEditor
) -> list[ParticipantRow]:
    """Rows for the editor: members show their name, non-members the name typed."""
    return [
        ParticipantRow(p.member_id, p.name or editor.name_of(p.member_id), p.hours)
        for p in participants
    ]


def participants_of(editor: ParticipantEditor) -> tuple[Participant, ...]:
    return tuple(
        Participant(r.member_id, "" if r.member_id else one_line(r.name), r.hours)
        for r in editor.rows()
    )
