"""Showing validation messages beside the fields they concern."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QLabel, QWidget

from branchdesk.core.validation import FieldError
from branchdesk.ui.i18n import error_text

ERROR_STYLE = "color: #b3261e;"
INVALID_PROPERTY = "invalid"


class FieldErrors:
    """Maps core field names to (input widget, error label) pairs drawn in the form."""

    def __init__(self, fields: Mapping[str, tuple[QWidget, QLabel]]) -> None:
        self._fields = dict(fields)
        for _widget, label in self._fields.values():
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()

    def show(self, errors: Iterable[FieldError]) -> list[str]:
        """Mark each error's field; return messages for fields the form does not have."""
        self.clear()
        unplaced: list[str] = []
        first: QWidget | None = None
        for error in errors:
            if error.field not in self._fields:
                unplaced.append(error_text(error))
                continue
            widget = self.mark(error)
            first = first or widget
        if first is not None:
            first.setFocus()
        return unplaced

    def mark(self, error: FieldError) -> QWidget:
        """Show *error* beside its field, leaving the other fields' messages as they are."""
        widget, label = self._fields[error.field]
        label.setText(error_text(error))
        label.show()
        widget.setProperty(INVALID_PROPERTY, True)
        widget.setStyleSheet("border: 1px solid #b3261e;")
        return widget

    def clear(self) -> None:
        for name in self._fields:
            self.clear_field(name)

    def clear_field(self, name: str) -> None:
        """Unmark one field (its value was just put right); the others keep their messages."""
        widget, label = self._fields[name]
        label.clear()
        label.hide()
        widget.setProperty(INVALID_PROPERTY, False)
        widget.setStyleSheet("")

    def widget(self, name: str) -> QWidget | None:
        """The input widget of field *name*, None for a field the form does not have."""
        pair = self._fields.get(name)
        return pair[0] if pair is not None else None

    def message(self, name: str) -> str:
        return self._fields[name][1].text()

    def is_shown(self, name: str) -> bool:
        return not self._fields[name][1].isHidden()
