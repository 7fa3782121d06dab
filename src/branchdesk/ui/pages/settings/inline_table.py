"""Glue for a settings list edited in place: edit cells, validate, then 保存."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QWidget

from branchdesk.core.validation import FieldError, ValidationError
from branchdesk.ui.field_errors import ERROR_STYLE
from branchdesk.ui.i18n import error_text
from branchdesk.ui.models.record_table import RecordTableModel
from branchdesk.ui.unsaved_changes import escape_cancels, may_go_on

T = TypeVar("T")


class InlineTable(Generic[T]):
    """Binds a table view, its model and the add/remove/save buttons to load/save callables.

    Edits, added rows and removals are held in the table until 保存 (or Ctrl+S), as in
    every form (ui/unsaved_changes.py); Esc asks before it puts back the
    saved rows."""

    def __init__(
        self,
        *,
        owner: QWidget,
        view: QTableView,
        model: RecordTableModel[T],
        error_label: QLabel,
        add_button: QPushButton,
        remove_button: QPushButton,
        save_button: QPushButton,
        load: Callable[[], list[T]],
        save: Callable[[T], object],
        create: Callable[[], T],
        remove: Callable[[T], None],
        question: str,
        unreadable: dict[str, str] | None = None,
        refuse_removal: Callable[[T], str] | None = None,
    ) -> None:
        """*owner*: the tab, where Esc and Ctrl+S act. *unreadable*: the message (a
        Validation source text) for a column whose typed value cannot be read, e.g. a date;
        the cell keeps what it held. *refuse_removal*: why
        a row may not be removed ("" when it may). *question*: asked before changes go."""
        self.view, self.model, self._error = view, model, error_label
        self._load, self._save = load, save
        self._create, self._remove = create, remove
        self._question = question
        self._refuse_removal = refuse_removal or (lambda _record: "")
        self._saved: list[T] = []  # the rows as stored
        view.setModel(model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        error_label.setStyleSheet(ERROR_STYLE)
        model.record_edited.connect(self._edited)
        self._unreadable = unreadable or {}
        model.edit_refused.connect(self._refused)
        add_button.clicked.connect(self.add)
        remove_button.clicked.connect(self.remove_current)
        save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, owner, self.save)
        escape_cancels(owner, self.cancel)
        self.reload()

    def reload(self) -> None:
        """The rows as stored; anything unsaved is dropped (the caller asked first)."""
        self._saved = self._load()
        self.model.set_records(self._saved)
        self._error.setText("")

    def refresh(self) -> None:
        """The rows as stored, unless the table holds changes not saved yet."""
        if not self.has_unsaved_changes():
            self.reload()

    def has_unsaved_changes(self) -> bool:
        return self.model.records() != self._saved

    def _removed(self) -> list[T]:
        """Stored rows no longer in the table (removed, or not among the rows put back from
        未保存的内容): to the recycle bin on 保存. Rows are known by their id."""
        kept = {getattr(r, "id", None) for r in self.model.records()}
        return [r for r in self._saved if getattr(r, "id", None) not in kept]

    def may_leave(self) -> bool:
        """Asks 保存 / 不保存 / 取消 about unsaved rows; False to stay with them."""
        return may_go_on(
            self.view, self.has_unsaved_changes(), self._question, self.save, self.reload
        )

    def cancel(self) -> None:
        """Esc: the rows as saved, after asking."""
        if self.may_leave():
            self.reload()

    def add(self) -> None:
        row = self.model.append(self._create())
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        record = self.model.record(index.row())
        refusal = self._refuse_removal(record)
        if refusal:
            self._error.setText(refusal)
            return
        self.model.remove(index.row())

    def save(self) -> bool:
        """Store the edited and added rows and move the removed ones to the recycle bin.
        The repository validates each row (the one validation of a save); its refusal is
        shown and the rows not yet stored stay in the table. True when all were saved."""
        changed = [record for record in self.model.records() if record not in self._saved]
        errors: list[FieldError] = []
        try:
            for record in self._removed():
                self._remove(record)
                self._saved.remove(record)  # in the bin now: not removed again on a retry
            for record in changed:
                self._save(record)
        except ValidationError as exc:
            errors = list(exc.errors)
        if errors:
            self._error.setText("；".join(error_text(e) for e in errors))
            return False
        self.reload()
        return True

    def _edited(self, _row: int, _record: T) -> None:
        """The row just edited is stored on 保存, where the repository says what is wrong."""
        self._error.clear()

    def _refused(self, _row: int, key: str) -> None:
        message = self._unreadable.get(key)
        if message is not None:
            self._error.setText(error_text(FieldError(key, message)))
