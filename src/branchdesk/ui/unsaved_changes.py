"""The one question asked before a form's unsaved changes would be replaced."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget


def escape_cancels(widget: QWidget, cancel: Callable[[], None]) -> None:
    """Esc anywhere in *widget* puts back what was saved (architecture.md: Esc cancels)."""
    escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), widget, cancel)
    escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)


def may_go_on(parent: QWidget, changed: bool, text: str, save: Callable[[], bool]) -> bool:
    """When *changed*, ask 保存 / 不保存 / 取消 with *text*. True when the caller may replace
    the form (nothing changed, saved, or the changes discarded); False to stay on it (取消,
    or a save refused for an invalid field)."""
    if not changed:
        return True
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("UnsavedChanges", "Unsaved changes"),
        text,
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )
    if answer == buttons.Discard:
        return True
    return answer == buttons.Save and save()
