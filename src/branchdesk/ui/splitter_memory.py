"""Splitters remember where the user put them (QSettings holds window state only)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter


def remember_splitter(splitter: QSplitter, key: str, shares: list[int] | None = None) -> None:
    """Put *splitter* where it was last left, and keep each move under *key*; never moved,
    its panes share the room as *shares* says (not as their contents would like: a form
    with a photo took more than half of the page and left the list's titles a few
    characters)."""
    state = QSettings().value(key)
    if isinstance(state, QByteArray):
        splitter.restoreState(state)
    elif shares:
        splitter.setSizes([share * 1000 for share in shares])  # scaled to the room there is
    splitter.splitterMoved.connect(
        lambda _pos, _index: QSettings().setValue(key, splitter.saveState())
    )
