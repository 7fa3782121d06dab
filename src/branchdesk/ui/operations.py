"""The one helper for work on the data folder off the GUI thread (Anki's `operations`).

    ops.run(self, self.tr("Importing…"), lambda ws, progress: ws.import_archive(path),
            on_done=self._imported, replaces_records=True)

The work receives a `Workspace` of its own (SQLite connections are not shared across
threads), opened on the worker and closed after it, and the `progress` callable of
`ui/long_task.py`, which shows progress, offers Cancel and takes every failure one way. What
the work wrote is announced on the GUI thread through `RecordsChanged` once it is done,
after *on_done*, so that every page showing derived figures refreshes; work that replaced
the records as a whole (a restore, an import) announces `EVERYTHING`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QWidget

from branchdesk.ui.long_task import LongTask, Progress, run_long_task
from branchdesk.ui.records_changed import EVERYTHING, RecordsChanged

if TYPE_CHECKING:
    from branchdesk.workspace import Workspace

T = TypeVar("T")
Work = Callable[["Workspace", Progress], T]


class Operations:
    """Runs work on the data folder *data_dir* and announces what it changed."""

    def __init__(self, data_dir: Path, changes: RecordsChanged) -> None:
        self.data_dir = data_dir
        self.changes = changes
        # Running tasks, held until they end: one started without a parent window would
        # otherwise be collected by Python, and its result never delivered.
        self._running: set[LongTask] = set()

    def run(
        self,
        parent: QWidget | None,
        title: str,
        work: Work[T],
        on_done: Callable[[T], None] | None = None,
        *,
        replaces_records: bool = False,
        show_errors: bool = True,
        save_as: Callable[[Path], None] | None = None,
    ) -> LongTask:
        """*save_as*: offered (另存为…) when the file the work writes is held open by
        another program (`fileops.FileBusy`)."""
        written: set[str] = set()
        lock = threading.Lock()

        def note(key: str) -> None:
            with lock:
                written.add(key)

        def job(progress: Progress) -> Any:
            from branchdesk.workspace import Workspace

            with Workspace.open(self.data_dir) as ws:
                ws.on_records_changed(note)
                return work(ws, progress)

        def announce(done: bool) -> None:
            with lock:
                keys = {EVERYTHING} if done and replaces_records else set(written)
            if keys:
                self.changes.announce(keys)

        task = run_long_task(parent, title, job, on_done, show_errors=show_errors, save_as=save_as)
        self._running.add(task)
        task.done.connect(lambda _result: announce(True))
        # What was committed before a failure is real (a refused import wrote nothing).
        task.failed.connect(lambda _message: announce(False))
        task.done.connect(lambda _result: self._running.discard(task))
        task.failed.connect(lambda _message: self._running.discard(task))
        return task

    def call(self, work: Callable[[Workspace], T]) -> T:
        """Run short *work* on a workspace of its own, here and now (a worker's step that
        is itself already off the GUI thread, such as building a meeting sheet)."""
        from branchdesk.workspace import Workspace

        with Workspace.open(self.data_dir) as ws:
            return work(ws)
