"""The 党费 page's small forms — 基数, 交纳记录, 上缴 — under the one rule for unsaved work
(ui/unsaved_changes.py): what is typed stays until 保存 (its button, Enter, Ctrl+S); 取消,
Esc, another record, 新增, a restore or closing the window ask 保存 / 不保存 / 取消 first.
Another tab, page or year keeps the typing where it is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from branchdesk.ui.unsaved_changes import (
    escape_cancels,
    field_values,
    may_go_on,
    put_field_values,
    typed_state,
)

Record = TypeVar("Record")


class EditedForm(Generic[Record]):
    """One form: the record it shows (None: a new one), what it showed when shown or saved,
    and the question before anything replaces it."""

    def __init__(
        self,
        page: QWidget,
        tabs: QTabWidget,
        fields: QWidget,
        question: str,
        show: Callable[[Record | None], None],
        save: Callable[[], Record | None],
    ) -> None:
        """*show* fills the fields; *save* stores them, None when refused (said beside the
        form)."""
        self._page, self._tabs, self._fields = page, tabs, fields
        self._question = question
        self._show, self._save = show, save
        tab = fields.parentWidget()
        assert tab is not None, "a form's fields sit in its tab"
        self._tab: QWidget = tab
        self.shown: Record | None = None
        self._as_saved = typed_state(fields)

    @property
    def editing(self) -> int | None:
        """The id of the record in the form (None: a new one)."""
        record_id = getattr(self.shown, "id", None)
        return record_id if isinstance(record_id, int) else None

    def join(self, cancel: QPushButton, save: QPushButton) -> None:
        """取消 and Esc ask; 保存 and Ctrl+S save; both anywhere in the form's tab."""
        cancel.clicked.connect(self.cancel)
        save.clicked.connect(lambda: self.save())
        escape_cancels(self._tab, self.cancel)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self._tab, lambda: self.save())
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def show(self, record: Record | None) -> None:
        """*record* in the form, as saved (no question: callers ask first)."""
        self.shown = record
        self._show(record)
        self._as_saved = typed_state(self._fields)

    def open(self, record: Record | None) -> bool:
        """Another record (or a new one, None) in the form, after asking about the typing.
        The record already being edited keeps its typing. False on 取消."""
        record_id = getattr(record, "id", None)
        if record is not None and record_id is not None and record_id == self.editing:
            return True
        if not self.may_close():
            return False
        self.show(record)
        return True

    def open_draft(self, draft: Record) -> bool:
        """A new record filled in from elsewhere (概览's 立即登记): unsaved until 保存, so
        leaving it asks like typing would."""
        if not self.may_close():
            return False
        self.show(None)
        self._show(draft)
        return True

    def save(self) -> bool:
        """保存: stored, then the form is a new one (the member kept) for the next entry."""
        if self._save() is None:
            return False
        self.show(None)
        return True

    def cancel(self) -> None:
        """取消 or Esc: the typing goes after asking; the saved record is put back."""
        self.may_close()

    def has_unsaved_changes(self) -> bool:
        return typed_state(self._fields) != self._as_saved

    def may_close(self) -> bool:
        """保存 / 不保存 / 取消 when the form holds typing not saved (its tab shown first);
        不保存 puts back the record as saved. True when the form may be replaced."""
        changed = self.has_unsaved_changes()
        if changed:
            self._tabs.setCurrentWidget(self._tab)
        return may_go_on(self._page, changed, self._question, self.save, self._discard)

    def _discard(self) -> None:
        self.show(self.shown)

    def unsaved_content(self) -> dict[str, object] | None:
        """The typing as 未保存的内容: the record's id, what the form showed as saved, and
        the fields."""
        if not self.has_unsaved_changes():
            return None
        return {
            "editing": self.editing,
            "as_saved": list(self._as_saved),
            "fields": field_values(self._fields),
        }

    def restore_unsaved(
        self, content: dict[str, object], find: Callable[[int], Record | None]
    ) -> None:
        """The typing put back over the record it was typed into (*find* by id), unsaved."""
        record_id = content.get("editing")
        record = find(record_id) if isinstance(record_id, int) else None
        self.show(record)
        fields = content.get("fields")
        if isinstance(fields, dict):
            put_field_values(self._fields, fields)
        as_saved = content.get("as_saved")
        if isinstance(as_saved, list):
            self._as_saved = tuple(as_saved)
        self._tabs.setCurrentWidget(self._tab)
