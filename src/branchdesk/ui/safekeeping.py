"""Start-up and shutdown care of the data: the damaged-file flow and automatic backups."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from branchdesk.core.errors import UserError
from branchdesk.workspace import (
    DamagedDatabaseError,
    Workspace,
    newest_good_backup,
    recover_damaged,
)

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 60 * 60 * 1000  # look hourly; `backup_if_due` backs up at most daily


def open_or_recover(data_dir: Path, parent: QWidget | None = None) -> Workspace | None:
    """Open the data folder; if its database is damaged, say so, and with the user's consent
    move it aside and restore the newest good backup. None when the user declines."""
    try:
        return Workspace.open(data_dir)
    except DamagedDatabaseError as exc:
        log.error("damaged database in %s: %s", data_dir, exc)
        damage = str(exc)
    backup = newest_good_backup(data_dir)
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
    box.addButton(
        QCoreApplication.translate("Safekeeping", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(recover)
    box.exec()
    if box.clickedButton() is not recover:
        return None
    result = recover_damaged(data_dir, backup.path if backup else None)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Safekeeping", "The data file is damaged"),
        QCoreApplication.translate("Safekeeping", "The damaged file was kept as {file}.").format(
            file=result.damaged_moved_to
        ),
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
