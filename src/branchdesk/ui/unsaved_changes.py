"""The one rule for unsaved work (docs/guide.md → 保存): a place is edited, then saved with its
保存 button (Enter, Ctrl+S); every way of leaving it with changes not saved — Esc, 取消,
another record, year or term, a restore, closing the window — asks 保存 / 不保存 / 取消.
Other pages and tabs keep the changes where they are until the user comes back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from branchdesk.ui.unsaved_tables import is_table_value, put_table_values, table_values

Answer = QMessageBox.StandardButton


ANSWER_PROPERTY = "answer"  # the Answer a button of `question_box` stands for


def question_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """The 保存 / 不保存 / 取消 box, with those words: buttons of our own, since QMessageBox
    gives its standard buttons Qt's texts again when shown (Discard reads 丢弃)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, Answer.NoButton, parent)
    role = QMessageBox.ButtonRole
    buttons = (
        (QCoreApplication.translate("UnsavedChanges", "&Save"), role.AcceptRole, Answer.Save),
        (
            QCoreApplication.translate("UnsavedChanges", "Do&n't save"),
            role.DestructiveRole,
            Answer.Discard,
        ),
        (QCoreApplication.translate("UnsavedChanges", "Cancel"), role.RejectRole, Answer.Cancel),
    )
    for label, button_role, answer in buttons:
        button = box.addButton(label, button_role)
        button.setProperty(ANSWER_PROPERTY, answer)
        if answer == Answer.Save:
            box.setDefaultButton(button)
        elif answer == Answer.Cancel:
            box.setEscapeButton(button)
    return box


def ask(parent: QWidget | None, title: str, text: str) -> Answer:
    """Save, Discard or Cancel, as the user answers `question_box` (closing it: Cancel).
    Tests answer by replacing this function."""
    box = question_box(parent, title, text)
    box.exec()
    clicked = box.clickedButton()
    answer = clicked.property(ANSWER_PROPERTY) if clicked is not None else None
    return answer if isinstance(answer, Answer) else Answer.Cancel


def escape_cancels(widget: QWidget, cancel: Callable[[], None]) -> None:
    """Esc anywhere in *widget* calls *cancel*, which asks before it discards anything (a
    popup or a cell editor open takes its Esc first)."""
    escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), widget, cancel)
    escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)


def may_go_on(
    parent: QWidget,
    changed: bool,
    text: str,
    save: Callable[[], bool],
    discard: Callable[[], None] | None = None,
) -> bool:
    """When *changed*, ask 保存 / 不保存 / 取消 with *text*. True when the caller may replace
    the form (nothing changed, saved, or the changes discarded: *discard* puts back what was
    saved); False to stay on it (取消, or a save refused for an invalid field)."""
    if not changed:
        return True
    answer = ask(parent, QCoreApplication.translate("UnsavedChanges", "Unsaved changes"), text)
    if answer == Answer.Discard:
        if discard is not None:
            discard()
        return True
    return answer == Answer.Save and save()


def typed_state(widget: QWidget) -> tuple[object, ...]:
    """What the user has typed or chosen in *widget*'s fields, to compare with an earlier
    state: for places without a record to compare (the set-up wizard)."""
    state: list[object] = [e.text() for e in widget.findChildren(QLineEdit)]
    state += [e.toPlainText() for e in widget.findChildren(QPlainTextEdit)]
    state += [c.currentText() for c in widget.findChildren(QComboBox)]
    state += [b.isChecked() for b in widget.findChildren(QAbstractButton) if b.isCheckable()]
    for table in widget.findChildren(QTableWidget):
        state += [
            item.text() if item is not None else ""
            for item in (
                table.item(row, column)
                for row in range(table.rowCount())
                for column in range(table.columnCount())
            )
        ]
    return tuple(state)


def field_values(widget: QWidget) -> dict[str, object]:
    """The named fields of *widget* and what they hold, its tables' rows too
    (ui/unsaved_tables.py), to be written as 未保存的内容 and put back by `put_field_values`
    (choices first: a kind chosen reshapes its form; tables last: a meeting's kind and date
    rebuild its attendance)."""
    values: dict[str, object] = {}
    for combo in widget.findChildren(QComboBox):
        if combo.objectName() and not combo.isEditable():
            values[combo.objectName()] = combo.currentIndex()
        elif combo.objectName():  # a person chosen, or a name typed: both, to tell 重名 apart
            values[combo.objectName()] = [combo.currentIndex(), combo.currentText()]
    for spin in widget.findChildren(QAbstractSpinBox):
        if spin.objectName() and isinstance(spin, QSpinBox | QDoubleSpinBox):
            values[spin.objectName()] = spin.value()
    for line in widget.findChildren(QLineEdit):
        if line.objectName() and not isinstance(line.parent(), QComboBox | QAbstractSpinBox):
            values[line.objectName()] = line.text()
    for text in widget.findChildren(QPlainTextEdit):
        if text.objectName():
            values[text.objectName()] = text.toPlainText()
    for button in widget.findChildren(QAbstractButton):
        if button.objectName() and button.isCheckable():
            values[button.objectName()] = button.isChecked()
    values.update(table_values(widget))
    return values


def put_field_values(widget: QWidget, values: dict[str, object]) -> None:
    by_name = {child.objectName(): child for child in widget.findChildren(QWidget)}
    for name, value in sorted(values.items(), key=lambda item: not _put_first(item[1])):
        child = by_name.get(name)
        if isinstance(child, QComboBox) and _is_choice(value):
            child.setCurrentIndex(value)  # type: ignore[arg-type]
        elif isinstance(child, QComboBox) and isinstance(value, list) and len(value) == 2:
            child.setCurrentIndex(int(value[0]))
            if child.currentText() != str(value[1]):
                child.setEditText(str(value[1]))
        elif isinstance(child, QSpinBox) and _is_choice(value):
            child.setValue(value)  # type: ignore[arg-type]
        elif isinstance(child, QDoubleSpinBox) and isinstance(value, int | float):
            child.setValue(float(value))
        elif isinstance(child, QLineEdit) and isinstance(value, str):
            child.setText(value)
        elif isinstance(child, QPlainTextEdit) and isinstance(value, str):
            child.setPlainText(value)
        elif isinstance(child, QAbstractButton) and isinstance(value, bool):
            child.setChecked(value)
    put_table_values(widget, {k: v for k, v in values.items() if is_table_value(v)})


def _is_choice(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _put_first(value: object) -> bool:
    """A choice made (an index, a person) or a number: before texts, which it may reshape."""
    return _is_choice(value) or isinstance(value, list | float)
