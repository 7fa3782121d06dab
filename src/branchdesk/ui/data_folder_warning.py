"""The warning about a data folder on a network drive or in a synced folder: once at start
(after the records are shown), and on 设置 → 数据与备份, which offers to move it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from branchdesk.data_location import StorageRisk, storage_risk

log = logging.getLogger(__name__)


def risk_warning(risk: StorageRisk) -> str:
    reason = QCoreApplication.translate("DataLocation", risk.value)
    return QCoreApplication.translate(
        "DataLocation",
        "This is not a safe place for the records: {reason}. Records may be lost or the file "
        "damaged. Move the data folder to this PC's own disk in Settings → Data and backups.",
    ).format(reason=reason)


def warn_if_risky(parent: QWidget, data_dir: Path) -> QMessageBox | None:
    """A non-modal warning when *data_dir* is on a network drive or synced; the box shown."""
    risk = storage_risk(data_dir)
    if risk is None:
        return None
    log.warning("data folder %s: %s", data_dir, risk.name)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("DataLocation", "Data folder"),
        QCoreApplication.translate("DataLocation", "The data is in {folder}.").format(
            folder=data_dir
        )
        + "\n"
        + risk_warning(risk),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
