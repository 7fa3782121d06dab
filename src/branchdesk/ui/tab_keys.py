"""Ctrl+Tab / Ctrl+Shift+Tab and Ctrl+PgDn / Ctrl+PgUp switch a tab widget's tabs from
anywhere inside it. Qt's own handling needs the key to reach the QTabWidget, and a table
(the attendance grid) or a text box inside keeps it for itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

NEXT = ("Ctrl+Tab", "Ctrl+PgDown")
PREVIOUS = ("Ctrl+Shift+Tab", "Ctrl+PgUp", "Ctrl+Backtab")


def switch_tabs_with_keys(root: QWidget) -> None:
    """Every tab widget in *root* (or *root* itself) takes the four keys."""
    tab_widgets = root.findChildren(QTabWidget)
    if isinstance(root, QTabWidget):
        tab_widgets.append(root)
    for tabs in tab_widgets:
        for keys, step in ((NEXT, 1), (PREVIOUS, -1)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), tabs)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda t=tabs, s=step: _step(t, s))


def _step(tabs: QTabWidget, step: int) -> None:
    count = tabs.count()
    if count == 0:
        return
    index = tabs.currentIndex()
    for _ in range(count):  # past hidden or disabled tabs
        index = (index + step) % count
        if tabs.isTabVisible(index) and tabs.isTabEnabled(index):
            tabs.setCurrentIndex(index)
            return
