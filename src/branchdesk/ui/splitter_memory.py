"""Splitters remember where the user put them (QSettings holds window state only)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter


def remember_splitter(splitter: QSplitter, key: str) -> None:
    """Put *splitter* where it was last left, and keep each move under *key*."""
    state = QSettings().value(key)
    if isinstance(state, QByteArray):
        splitter.restoreState(state)
    splitter.splitterMoved.connect(
        lambda _pos, _index: QSettings().setValue(key, splitter.saveState())
    )
