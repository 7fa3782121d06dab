"""The app-wide announcement that records changed, and the record types they were.

Every row a workspace writes is noted by `store/change_feed.py` while it is written; this
adapter (Plover's pattern: plain callbacks below, a Qt signal above) gathers the keys of one
turn of the event loop and emits `records_changed` once, after the writing code returned.
Work on a worker thread is announced by `ui/operations.py` when it is done.

A page that shows figures derived from other records (概览, 年度报告, a summary line)
connects to `records_changed` and refreshes when a key it reads is in the set (`touches`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

# Stands for every record type: a restore or an import replaced the records as a whole.
EVERYTHING = "*"


def touches(keys: Iterable[str], *wanted: str) -> bool:
    """Whether an announcement of *keys* concerns a reader of any of *wanted*."""
    keys = frozenset(keys)
    return EVERYTHING in keys or not wanted or not keys.isdisjoint(wanted)


class RecordsChanged(QObject):
    """One per open data folder; `records_changed` carries a frozenset of record-type keys."""

    records_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._emit)

    def watch(self, subscribe: Callable[[Callable[[str], None]], object]) -> None:
        """Hear the writes of the GUI thread's workspace (`Workspace.on_records_changed`)."""
        subscribe(self.note)

    def note(self, key: str) -> None:
        """A row of *key* was written (called inside the write, on the GUI thread)."""
        self._pending.add(key)
        if not self._timer.isActive():
            self._timer.start()

    def announce(self, keys: Iterable[str]) -> None:
        """Announce *keys* now (work done elsewhere, e.g. on a worker thread)."""
        self._pending.update(keys)
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        if not self._pending:
            return
        keys = frozenset(self._pending)
        self._pending.clear()
        self.records_changed.emit(keys)


class RefreshOnChange(QObject):
    """Keeps *page*'s derived figures current: *refresh* runs when records of *keys* (any,
    when none are named) change — at once while the page is on screen, else when it is next
    shown, so a hidden page costs nothing until she looks at it."""

    def __init__(
        self,
        page: QWidget,
        changes: RecordsChanged,
        refresh: Callable[[], None],
        keys: Iterable[str] = (),
    ) -> None:
        super().__init__(page)
        self._page = page
        self._refresh = refresh
        self._keys = tuple(keys)
        self.stale = False
        changes.records_changed.connect(self._changed)
        page.installEventFilter(self)

    def _changed(self, keys: frozenset[str]) -> None:
        if not touches(keys, *self._keys):
            return
        if self._page.isVisible():
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False
