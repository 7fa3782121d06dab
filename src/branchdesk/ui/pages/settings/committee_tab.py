"""支委会: committee terms and who holds which post."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtWidgets import QHeaderView, QWidget

from branchdesk.core.committee import term_on
from branchdesk.core.enums import Post
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import label
from branchdesk.core.membership import members_on
from branchdesk.core.organisation import (
    CommitteeSeat,
    CommitteeTerm,
    default_term_end,
)
from branchdesk.core.validation import REQUIRED, FieldError, ValidationError, date_error
from branchdesk.ui.field_errors import FieldErrors
from branchdesk.ui.forms.ui_committee_tab import Ui_CommitteeTab
from branchdesk.ui.i18n import label_language
from branchdesk.ui.models.record_table import Column, RecordTableModel
from branchdesk.ui.ports import BranchRecords, MemberRecords
from branchdesk.ui.unsaved_changes import escape_cancels, may_go_on
from branchdesk.ui.widgets.choice_delegate import ChoiceDelegate

WARN_BEFORE_END = timedelta(days=183)  # rules.md: warn six months before the term ends


class CommitteeTab(QWidget):
    def __init__(
        self,
        branch: BranchRecords,
        members: MemberRecords,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._branch = branch
        self._shown: tuple[object, ...] | None = None  # the term's fields as last shown
        self._members = members
        self._today = today
        self._terms: list[CommitteeTerm] = []
        self._term_id: int | None = None
        self._names: dict[int, str] = {}  # members of today: those a new seat may go to
        self._all_names: dict[int, str] = {}  # everyone: a past seat keeps its holder's name
        self.ui = Ui_CommitteeTab()
        self.ui.setupUi(self)
        language = label_language()
        columns: list[Column[CommitteeSeat]] = [
            Column(
                "member",
                QT_TRANSLATE_NOOP("CommitteeTab", "Member"),
                lambda s: self._all_names.get(s.member_id, ""),
                edit=lambda s, v: dataclasses.replace(s, member_id=int(v)),
                edit_value=lambda s: s.member_id,
            ),
            Column(
                "post",
                QT_TRANSLATE_NOOP("CommitteeTab", "Post"),
                lambda s: label(s.post, language),
                edit=lambda s, v: dataclasses.replace(s, post=Post(v)),
                edit_value=lambda s: s.post.value,
            ),
        ]
        self.seats = RecordTableModel(columns, "CommitteeTab", self)
        table = self.ui.seatTable
        table.setModel(self.seats)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setItemDelegateForColumn(
            0, ChoiceDelegate(lambda: [(n, i) for i, n in self._names.items()], self)
        )
        table.setItemDelegateForColumn(
            1, ChoiceDelegate(lambda: [(label(p, language), p.value) for p in Post], self)
        )
        ui = self.ui
        self.errors = FieldErrors(
            {
                "starts_on": (ui.startsOnEdit, ui.startsOnError),
                "ends_on": (ui.endsOnEdit, ui.endsOnError),
                "seats": (ui.seatTable, ui.seatsError),
            }
        )
        ui.termCombo.currentIndexChanged.connect(self._term_chosen)
        ui.addSeatButton.clicked.connect(self._add_seat)
        ui.removeSeatButton.clicked.connect(self._remove_seat)
        ui.newTermButton.clicked.connect(self.new_term)
        ui.saveButton.clicked.connect(self.save)
        escape_cancels(self, self.cancel)
        self.refresh()

    def refresh(self) -> None:
        """The terms as stored. A term with unsaved changes stays as typed (the page is
        shown again after a visit elsewhere): only the names to choose from are renewed."""
        self._load_names()
        if self.has_unsaved_changes():
            return
        self._terms = self._branch.terms()
        self._show_chosen_term()

    def reload(self) -> None:
        """After a restore: the terms as they now are (unsaved changes were asked about)."""
        self._shown = None
        self.refresh()

    def _load_names(self) -> None:
        today = self._today()
        members = self._members.all()
        self._all_names = {m.id: m.name for m in members if m.id is not None}
        self._names = {m.id: m.name for m in members_on(members, today) if m.id is not None}

    def _show_chosen_term(self) -> None:
        today = self._today()
        combo = self.ui.termCombo
        combo.blockSignals(True)
        combo.clear()
        for term in self._terms:
            combo.addItem(f"{term.starts_on.isoformat()} – {term.ends_on.isoformat()}", term.id)
        covering = term_on(self._terms, today)
        chosen = covering or (self._terms[-1] if self._terms else None)
        combo.setCurrentIndex(max(combo.findData(chosen.id if chosen else None), 0))
        combo.blockSignals(False)
        self._show_term(chosen)

    def _term_chosen(self) -> None:
        term_id = self.ui.termCombo.currentData()
        if not self._may_leave_term():  # back to the term being edited
            self.ui.termCombo.blockSignals(True)
            self.ui.termCombo.setCurrentIndex(self.ui.termCombo.findData(self._term_id))
            self.ui.termCombo.blockSignals(False)
            return
        self._show_term(next((t for t in self._terms if t.id == term_id), None))

    def _fields(self) -> tuple[object, ...]:
        ui = self.ui
        return ui.startsOnEdit.text(), ui.endsOnEdit.text(), tuple(self.seats.records())

    def has_unsaved_changes(self) -> bool:
        return self._shown is not None and self._fields() != self._shown

    def may_close(self) -> bool:
        """Before the window closes: asks about the term's unsaved dates or seats."""
        return self._may_leave_term()

    def _may_leave_term(self) -> bool:
        """Before another term (or a new one) is shown: ask about changes not saved yet.
        False when the user stays (Cancel, or a save refused)."""
        return may_go_on(
            self,
            self.has_unsaved_changes(),
            self.tr("The committee term shown has changes that are not saved yet. Save them?"),
            self.save,
            self._discard,
        )

    def _discard(self) -> None:
        saved = next((t for t in self._terms if t.id == self._term_id), None)
        if saved is None:
            self.reload()
        else:
            self._show_term(saved)

    def _show_term(self, term: CommitteeTerm | None) -> None:
        self.errors.clear()
        self._term_id = term.id if term else None
        self.ui.startsOnEdit.set_date_value(term.starts_on if term else None)
        self.ui.endsOnEdit.set_date_value(term.ends_on if term else None)
        self.seats.set_records(list(term.seats) if term else [])
        self._update_notice(term)
        self._shown = self._fields()

    def _update_notice(self, term: CommitteeTerm | None) -> None:
        today = self._today()
        notice = ""
        if term is None:
            notice = self.tr("No committee term is recorded yet.")
        elif term.ends_on < today:
            notice = self.tr("This term ended on {date}: an election is due.").format(
                date=term.ends_on.isoformat()
            )
        elif term.ends_on - today <= WARN_BEFORE_END:
            notice = self.tr("This term ends on {date}: prepare the election.").format(
                date=term.ends_on.isoformat()
            )
        self.ui.termNotice.setText(notice)

    def new_term(self) -> None:
        if not self._may_leave_term():
            return
        today = self._today()
        self.ui.termCombo.blockSignals(True)
        self.ui.termCombo.setCurrentIndex(-1)
        self.ui.termCombo.blockSignals(False)
        self._show_term(CommitteeTerm(today, default_term_end(today)))
        self._term_id = None

    def cancel(self) -> None:
        """Esc: the term shown as saved, after asking about its changes; a new term not
        saved yet gives way to the current one."""
        if not self._may_leave_term():
            return
        self._discard()

    def _add_seat(self) -> None:
        taken = {s.member_id for s in self.seats.records()}
        free = next((i for i in self._names if i not in taken), None)
        if free is not None:
            row = self.seats.append(CommitteeSeat(free, Post.MEMBER))
            self.ui.seatTable.setCurrentIndex(self.seats.index(row, 0))

    def _remove_seat(self) -> None:
        index = self.ui.seatTable.currentIndex()
        if index.isValid():
            self.seats.remove(index.row())

    def save(self) -> bool:
        """True when the term was saved."""
        errors: list[FieldError] = []
        dates: dict[str, date | None] = {}
        for name, edit in (("starts_on", self.ui.startsOnEdit), ("ends_on", self.ui.endsOnEdit)):
            try:
                dates[name] = edit.date_value()
            except ValueError as exc:
                errors.append(date_error(name, exc))
                continue
            if dates[name] is None:
                errors.append(FieldError(name, REQUIRED))
        starts, ends = dates.get("starts_on"), dates.get("ends_on")
        if errors or starts is None or ends is None:
            self.errors.show(errors)
            return False
        term = CommitteeTerm(starts, ends, tuple(self.seats.records()), self._term_id)
        try:  # validated once, by the repository: validate_term with the kept terms
            saved = self._branch.save_term(term)
        except ValidationError as exc:
            errors = list(exc.errors)
        else:
            self._shown = None  # saved: nothing to ask about while the list is rebuilt
            self.refresh()
            self.ui.termCombo.setCurrentIndex(self.ui.termCombo.findData(saved.id))
        self.errors.show(errors)
        return not errors
