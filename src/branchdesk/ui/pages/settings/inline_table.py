"""Glue for a settings list edited in place: edit a cell, validate, save at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView

from branchdesk.core.validation import FieldError, ValidationError
from branchdesk.ui.field_errors import ERROR_STYLE
from branchdesk.ui.i18n import error_text
from branchdesk.ui.models.record_table import RecordTableModel

T = TypeVar("T")


class InlineTable(Generic[T]):
    """Binds a table view, its model and the add/remove buttons to load/save callables."""

    def __init__(
        self,
        *,
        view: QTableView,
        model: RecordTableModel[T],
        error_label: QLabel,
        add_button: QPushButton,
        remove_button: QPushButton,
        load: Callable[[], list[T]],
        save: Callable[[T], object],
        create: Callable[[], T],
        remove: Callable[[T], None],
        unreadable: dict[str, str] | None = None,
    ) -> None:
        """*unreadable*: the message (a Validation source text) for a column whose typed
        value cannot be read, e.g. a date; the cell keeps what it held."""
        self.view, self.model, self._error = view, model, error_label
        self._load, self._save = load, save
        self._create, self._remove = create, remove
        view.setModel(model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        error_label.setStyleSheet(ERROR_STYLE)
        model.record_edited.connect(self._edited)
        self._unreadable = unreadable or {}
        model.edit_refused.connect(self._refused)
        add_button.clicked.connect(self.add)
        remove_button.clicked.connect(self.remove_current)
        self.reload()

    def reload(self) -> None:
        self.model.set_records(self._load())

    def add(self) -> None:
        self._store(self._create())
        row = self.model.rowCount() - 1
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._remove(self.model.record(index.row()))
            self.reload()

    def _edited(self, row: int, record: T) -> None:
        self._store(record)

    def _refused(self, _row: int, key: str) -> None:
        message = self._unreadable.get(key)
        if message is not None:
            self._error.setText(error_text(FieldError(key, message)))

    def _store(self, record: T) -> None:
        """Save at once; the repository validates (once) and its refusal is shown."""
        errors: list[FieldError] = []
        try:
            self._save(record)
        except ValidationError as exc:
            errors = list(exc.errors)
        self._error.setText("；".join(error_text(e) for e in errors))
        self.reload()
