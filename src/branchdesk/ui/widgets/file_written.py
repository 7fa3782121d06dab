"""Telling the user a file was written, with a button that opens it in the system viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def offer_to_open(parent: QWidget | None, title: str, path: Path) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(QCoreApplication.translate("FileWritten", "Written to {path}.").format(path=path))
    open_button = box.addButton(
        QCoreApplication.translate("FileWritten", "Open"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def another_name(path: Path) -> Path:
    """A free name beside *path* for 另存为… when *path* is held by another program:
    "述职报告-2025 (2).pdf"."""
    number = 2
    while True:
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        if not candidate.exists():
            return candidate
        number += 1
