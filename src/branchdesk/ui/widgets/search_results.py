"""One search box over every record and member, and the list of what it found.

Typing searches at once (the index answers in milliseconds); Down moves into the hits, Enter
or a double click opens one, Esc clears. Each hit shows its date, record type and title, and
the matching words in their context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from branchdesk.core.registry import record_type
from branchdesk.core.search import SearchHit
from branchdesk.ui.i18n import label_language

LIST_HEIGHT = 180


class SearchResults(QObject):
    hit_chosen = Signal(object)  # SearchHit

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.search: Callable[[str], list[SearchHit]] = lambda _text: []
        self.edit = QLineEdit(parent)
        self.edit.setObjectName("globalSearchEdit")
        self.edit.setClearButtonEnabled(True)
        self.list = QListWidget(parent)
        self.list.setObjectName("searchResults")
        self.list.setMaximumHeight(LIST_HEIGHT)
        self.list.hide()
        self._hits: list[SearchHit] = []
        self.edit.textChanged.connect(self.run)
        self.edit.returnPressed.connect(self._open_first)
        self.list.itemActivated.connect(self._activated)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.edit, self._into_list)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.edit, self.edit.clear)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)

    def placeholder(self, text: str) -> None:
        self.edit.setPlaceholderText(text)

    def focus(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def run(self, text: str) -> None:
        self._hits = self.search(text) if text.strip() else []
        self.list.clear()
        zh = label_language() == "zh"
        for hit in self._hits:
            kind = record_type(hit.record_type)
            day = hit.date.isoformat() if hit.date else ""
            line = f"{day}  [{kind.label_zh if zh else kind.label_en}] {hit.title} — {hit.snippet}"
            item = QListWidgetItem(line, self.list)
            item.setToolTip(hit.snippet)
        if text.strip() and not self._hits:
            QListWidgetItem(self.tr("No record contains this text."), self.list).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        self.list.setVisible(bool(text.strip()))

    def _into_list(self) -> None:
        if self._hits:
            self.list.setFocus()
            self.list.setCurrentRow(0)

    def _open_first(self) -> None:
        if self._hits:
            self.hit_chosen.emit(self._hits[0])

    def _activated(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self._hits):
            self.hit_chosen.emit(self._hits[row])
