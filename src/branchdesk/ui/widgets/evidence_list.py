"""Evidence files of one record (photos, certificates, sign-in sheets): list, add, open, remove.

Generic over record types: it names the owner by its registry key and id, and stores files
through the workspace's AttachmentStore (copied into the data folder by SHA-256).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.errors import UserError
from branchdesk.store.attachments_repo import AttachmentStore
from branchdesk.ui.field_errors import ERROR_STYLE
from branchdesk.ui.i18n import user_error_text
from branchdesk.ui.widgets.evidence_copies import EvidenceCopies

log = logging.getLogger(__name__)

THUMBNAIL = 72  # pixels: big enough to tell a sign-in sheet from a photo


class EvidenceList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: AttachmentStore | None = None
        self._owner_type = ""
        self._owner_id: int | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("evidenceList")
        self.list.setMaximumHeight(110)
        self.list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.setAcceptDrops(True)  # files dragged from the file manager are added
        self.add_button = QPushButton(self.tr("Add file…"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.copies = EvidenceCopies()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state_changed)

    def bind(self, store: AttachmentStore, owner_type: str) -> None:
        self._store = store
        self._owner_type = owner_type

    def set_owner(self, owner_id: int | None) -> None:
        """Show the files of a saved record; a new record gets files once it is saved."""
        self._owner_id = owner_id
        self.hint.setStyleSheet("")
        self.hint.setText("" if owner_id else self.tr("Save the record first, then add files."))
        for button in (self.add_button, self.open_button, self.remove_button):
            button.setEnabled(owner_id is not None and self._store is not None)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        if self._store is None or self._owner_id is None:
            return
        for attachment in self._store.for_owner(self._owner_type, self._owner_id):
            text = attachment.caption or attachment.original_name
            item = QListWidgetItem(text, self.list)
            item.setToolTip(attachment.original_name)
            if attachment.is_image:
                pixmap = QPixmap(str(self._store.path_of(attachment)))
                if not pixmap.isNull():
                    item.setIcon(
                        QIcon(
                            pixmap.scaled(
                                THUMBNAIL,
                                THUMBNAIL,
                                Qt.AspectRatioMode.KeepAspectRatio,
                                Qt.TransformationMode.SmoothTransformation,
                            )
                        )
                    )
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)

    def add_paths(self, paths: list[Path]) -> None:
        if self._store is None or self._owner_id is None:
            return
        for path in paths:
            try:
                self._store.add_file(self._owner_type, self._owner_id, path, path.stem)
            except UserError as exc:
                self.hint.setStyleSheet(ERROR_STYLE)
                self.hint.setText(user_error_text(exc))
        self.reload()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self._owner_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_paths([p for p in paths if p.is_file()])
        event.acceptProposedAction()

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence"), "", self.tr("Images and documents (*.*)")
        )
        self.add_paths([Path(n) for n in names])

    def _selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def open_selected(self) -> None:
        attachment_id = self._selected_id()
        if self._store is None or attachment_id is None:
            return
        attachment = self._store.get(attachment_id)
        copy = self.copies.open_copy(
            attachment.owner_type,
            attachment.owner_id,
            self._store.path_of(attachment),
            attachment.original_name,
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def check_copies(self) -> None:
        """Back from WPS or the photo viewer: a copy she changed and saved is offered as a
        new evidence file (the stored one is never changed)."""
        if self._store is None:
            return
        for changed in self.copies.changed_copies():
            answer = QMessageBox.question(
                self,
                self.tr("Changed evidence"),
                self.tr(
                    "“{name}” was changed and saved after it was opened. Keep the changed "
                    "file as a new evidence file of the record? The original stays as it was."
                ).format(name=changed.path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                continue
            try:
                self._store.add_file(
                    changed.owner_type, changed.owner_id, changed.path, changed.path.stem
                )
            except UserError as exc:
                self.hint.setStyleSheet(ERROR_STYLE)
                self.hint.setText(user_error_text(exc))
        self.reload()

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.copies.opened:
            self.check_copies()

    def remove_selected(self) -> None:
        """Delete the selected file for good, once the user said so: evidence has no
        recycle bin, and a misclick would lose the only scan of a sign-in sheet."""
        attachment_id = self._selected_id()
        if self._store is None or attachment_id is None:
            return
        attachment = self._store.get(attachment_id)
        answer = QMessageBox.question(
            self,
            self.tr("Remove evidence"),
            self.tr(
                "Remove “{name}” from this record? The file is deleted and cannot be recovered."
            ).format(name=attachment.caption or attachment.original_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._store.remove(attachment_id)
        self.reload()
