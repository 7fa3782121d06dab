"""Start-up and shutdown care of the data: the damaged-file flow and automatic backups."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from branchdesk.core.errors import UserError
from branchdesk.workspace import (
    DamagedDatabaseError,
    Workspace,
    lost_database_backup,
    newest_good_backup,
    recover_damaged,
)

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 60 * 60 * 1000  # look hourly; `backup_if_due` backs up at most daily


class BackupInfo(Protocol):
    """What the offer names of the backup it would restore (`Workspace.backups()` items)."""

    @property
    def path(self) -> Path: ...
    @property
    def created(self) -> datetime: ...


def open_or_recover(data_dir: Path, parent: QWidget | None = None) -> Workspace | None:
    """Open the data folder; if its database is damaged, say so, and with the user's consent
    move it aside and restore the newest good backup. A database missing or empty beside
    backups of records is treated the same way: lost, not new. None when the user quits."""
    lost = lost_database_backup(data_dir)
    if lost is not None:
        log.error("no records in %s, but its backups hold some", data_dir)
        damage = QCoreApplication.translate(
            "Safekeeping", "the data file is missing or empty, but the backups hold records"
        )
        return _offer_recovery(data_dir, damage, lost, parent, may_start_empty=True)
    try:
        return Workspace.open(data_dir)
    except DamagedDatabaseError as exc:
        log.error("damaged database in %s: %s", data_dir, exc)
        return _offer_recovery(data_dir, str(exc), newest_good_backup(data_dir), parent)


def _offer_recovery(
    data_dir: Path,
    damage: str,
    backup: BackupInfo | None,
    parent: QWidget | None,
    *,
    may_start_empty: bool = False,
) -> Workspace | None:
    if backup is not None:
        offer = QCoreApplication.translate(
            "Safekeeping",
            "BranchDesk will keep the damaged file under another name and restore the newest "
            "good backup, taken {time}.",
        ).format(time=backup.created.strftime("%Y-%m-%d %H:%M"))
    else:
        offer = QCoreApplication.translate(
            "Safekeeping",
            "There is no good backup. BranchDesk can keep the damaged file under another name "
            "and start with an empty data folder.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Safekeeping", "The data file is damaged"),
        "",
        parent=parent,
    )
    box.setText(
        QCoreApplication.translate("Safekeeping", "The data file cannot be read: {detail}").format(
            detail=damage
        )
    )
    box.setInformativeText(offer)
    recover = box.addButton(
        QCoreApplication.translate("Safekeeping", "Restore the backup")
        if backup
        else QCoreApplication.translate("Safekeeping", "Start empty"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    start_empty = (
        box.addButton(
            QCoreApplication.translate("Safekeeping", "Start empty"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        if may_start_empty and backup
        else None
    )
    box.addButton(
        QCoreApplication.translate("Safekeeping", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(recover)
    box.exec()
    if start_empty is not None and box.clickedButton() is start_empty:
        return Workspace.open(data_dir)
    if box.clickedButton() is not recover:
        return None
    result = recover_damaged(data_dir, backup.path if backup else None)
    if result.damaged_moved_to is not None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Safekeeping", "The data file is damaged"),
            QCoreApplication.translate(
                "Safekeeping", "The damaged file was kept as {file}."
            ).format(file=result.damaged_moved_to),
        )
    return Workspace.open(data_dir)


class AutoBackup(QObject):
    """Backs up at most daily while the app runs (checked hourly, off the GUI thread), and
    once more on exit when anything changed."""

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_soon)
        self.timer.start()

    def check_soon(self) -> None:
        # backup_if_due reads the database through its own connection: safe on a worker.
        QThreadPool.globalInstance().start(self._backup_quietly)

    def _backup_quietly(self) -> None:
        try:
            self._ws.backup_if_due()
        except (UserError, OSError) as exc:
            log.warning("automatic backup failed: %s", exc)

    def on_exit(self) -> None:
        self.timer.stop()
        QThreadPool.globalInstance().waitForDone()
        try:
            self._ws.backup_if_due(on_exit=True)
        except (UserError, OSError) as exc:
            log.warning("backup on exit failed: %s", exc)
