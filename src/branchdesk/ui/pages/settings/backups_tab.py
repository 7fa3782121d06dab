"""数据与备份: the backups (time, size; back up now; restore), the export archive, roster
import and the data check. Long work runs off the GUI thread through `Operations`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from branchdesk.core.findings import Finding
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.data_location import storage_risk
from branchdesk.paths import absolute_path
from branchdesk.ui.data_folder_warning import risk_warning
from branchdesk.ui.field_errors import ERROR_STYLE
from branchdesk.ui.forms.ui_backups_tab import Ui_BackupsTab
from branchdesk.ui.long_task import Progress
from branchdesk.ui.models.safekeeping_tables import SortProxy, backup_model
from branchdesk.ui.operations import Operations
from branchdesk.ui.pages.roster_import_dialog import RosterImportDialog
from branchdesk.ui.pages.settings.check_dialog import CheckDialog
from branchdesk.ui.records_changed import RecordsChanged
from branchdesk.ui.widgets.file_written import another_name
from branchdesk.workspace import Workspace, verify_backup_file, verify_export_archive

ARCHIVE_FILTER = QT_TRANSLATE_NOOP("BackupsTab", "Zip archives (*.zip)")


class BackupsTab(QWidget):
    """Emits `data_replaced` after a restore or an import, so that pages reload."""

    data_replaced = Signal()

    def __init__(
        self,
        ws: Workspace,
        today: Callable[[], date],
        may_replace: Callable[[], bool] = lambda: True,
        ops: Operations | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """*may_replace*: False when the user keeps unsaved changes a restore would drop.
        *ops*: runs restores, imports and checks off the GUI thread and announces them."""
        super().__init__(parent)
        self._ws = ws
        self._ops = ops or Operations(ws.data_dir, RecordsChanged(self))
        self._may_replace = may_replace
        self._today = today
        self.check_dialog: CheckDialog | None = None
        self.ui = Ui_BackupsTab()
        self.ui.setupUi(self)
        self.model = backup_model(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.backupsView
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        ui.backUpButton.clicked.connect(self.back_up_now)
        ui.restoreButton.clicked.connect(self._restore_selected)
        ui.restoreFileButton.clicked.connect(self._restore_file)
        ui.exportButton.clicked.connect(self._export)
        ui.importButton.clicked.connect(self._import)
        ui.rosterButton.clicked.connect(self._import_roster)
        ui.checkButton.clicked.connect(self._check)
        ui.chooseSecondButton.clicked.connect(self._choose_second_place)
        ui.clearSecondButton.clicked.connect(lambda: self.set_second_place(None))
        ui.moveFolderButton.clicked.connect(self._choose_new_folder)
        ui.backupsView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.backupsView.doubleClicked.connect(self._restore_selected)

    def refresh(self) -> None:
        self.model.set_records(self._ws.backups())
        self._update_buttons()
        self._show_second_place()
        self._show_data_folder()

    # -- the data folder -------------------------------------------------------------------
    def _show_data_folder(self) -> None:
        risk = storage_risk(self._ws.data_dir)
        text = self.tr("The data is in {folder}.").format(folder=self._ws.data_dir)
        if risk is not None:
            text += "\n" + risk_warning(risk)
        self.ui.dataFolderNote.setText(text)
        self.ui.dataFolderNote.setStyleSheet(ERROR_STYLE if risk is not None else "")

    def _choose_new_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Move the data folder to"), str(Path.home())
        )
        if name:
            self.move_data_folder(absolute_path(name))

    def move_data_folder(self, target: Path) -> Any:
        """Copy the data into *target* (an empty folder on this PC); the next start opens it."""
        return self._ops.run(
            self,
            self.tr("Moving the data folder…"),
            lambda ws, _: ws.move_data_folder(target),  # SQLite's backup: consistent copy
            self._moved,
        )

    def _moved(self, target: Path) -> None:
        QMessageBox.information(
            self,
            self.tr("Move the data folder"),
            self.tr(
                "The data was copied to {folder}. Close BranchDesk and start it again to work "
                "there; the old folder keeps its files and leads to the new one."
            ).format(folder=target),
        )

    # -- the second backup place -----------------------------------------------------------
    def _show_second_place(self) -> None:
        place = self._ws.second_backup_place()
        ui = self.ui
        ui.clearSecondButton.setEnabled(place.folder is not None)
        if place.folder is None:
            ui.secondFolderLabel.setText(self.tr("No second place chosen."))
            return
        last = (
            self.tr("last copy {time}").format(time=f"{place.last_copy:%Y-%m-%d %H:%M}")
            if place.last_copy is not None
            else self.tr("no copy yet")
        )
        state = self.tr("reachable now") if place.reachable else self.tr("not reachable now")
        ui.secondFolderLabel.setText(f"{place.folder}（{state}；{last}）")

    def _choose_second_place(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second backup place"))
        if folder:
            self.set_second_place(absolute_path(folder))

    def set_second_place(self, folder: Path | None) -> None:
        """Copy every backup to *folder* from now on (None: stop), and copy one now."""
        self._ws.set_second_backup_folder(folder)
        if folder is not None:
            self.back_up_now()
        self._show_second_place()

    def _update_buttons(self) -> None:
        self.ui.restoreButton.setEnabled(self._selected() is not None)

    def _selected(self) -> Path | None:
        rows = self.ui.backupsView.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row()).path

    # -- backups -------------------------------------------------------------------------
    def back_up_now(self) -> Any:
        return self._ops.run(
            self, self.tr("Backing up…"), lambda ws, _: ws.back_up(), self._backed_up
        )

    def _backed_up(self, path: Path) -> None:
        self.refresh()
        self.ui.backupsNote.setText(self.tr("Backed up to {file}.").format(file=path))

    def _restore_selected(self) -> None:
        path = self._selected()
        if path is not None:
            self.restore(path)

    def _restore_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            str(Path.home()),
            self._archives(),
        )
        if name:
            self.restore(Path(name))

    def restore(self, path: Path, *, confirm: bool = True) -> Any:
        if confirm and not self._confirm(
            self.tr("Restore a backup"),
            self.tr(
                "Replace all records and attachments with those of {file}?\n\nThe current data is "
                "backed up first, so this restore can itself be undone."
            ).format(file=path.name),
        ):
            return None
        if not self._may_replace():
            return None

        def work(ws: Workspace, _: Progress) -> tuple[Path, tuple[str, ...]]:
            verified = verify_backup_file(path)  # before anything is written
            return ws.restore_backup(verified), verified.skipped

        return self._ops.run(
            self, self.tr("Restoring…"), work, self._restored, replaces_records=True
        )

    def _restored(self, result: tuple[Path, tuple[str, ...]]) -> None:
        undo, skipped = result
        self.refresh()
        text = self.tr("Restored. The data as it was before is in the backup {file}.").format(
            file=undo.name
        )
        QMessageBox.information(
            self, self.tr("Restore a backup"), text + self._skipped_text(skipped)
        )
        self.data_replaced.emit()

    def _skipped_text(self, skipped: tuple[str, ...]) -> str:
        """The files of an archive that were left out (Thumbs.db, ~$ lock files), if any."""
        if not skipped:
            return ""
        return "\n\n" + self.tr("Left out, as BranchDesk did not write them: {files}").format(
            files="、".join(skipped)
        )

    # -- archive, roster, check ----------------------------------------------------------
    def _export(self, suggested: Path | None = None) -> None:
        suggested = suggested or Path.home() / f"branchdesk-export-{self._today():%Y%m%d}.zip"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export archive"),
            str(suggested),
            self._archives(),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, target: Path) -> Any:
        return self._ops.run(
            self,
            self.tr("Exporting…"),
            lambda ws, _: ws.export_archive(target),
            self._exported,
            save_as=lambda busy: self._export(another_name(busy)),
        )

    def _exported(self, path: Path) -> None:
        QMessageBox.information(
            self, self.tr("Export archive"), self.tr("Exported to {file}.").format(file=path)
        )

    def _import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import archive"),
            str(Path.home()),
            self._archives(),
        )
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> Any:
        if not self._may_replace():
            return None

        def work(ws: Workspace, _: Progress) -> tuple[dict[str, int], tuple[str, ...]]:
            verified = verify_export_archive(path)  # entirely, before anything is written
            ws.import_archive(verified)
            return ws.counts(), verified.skipped

        return self._ops.run(
            self, self.tr("Importing…"), work, self._imported, replaces_records=True
        )

    def _imported(self, result: tuple[dict[str, int], tuple[str, ...]]) -> None:
        counts, skipped = result
        text = self.tr("Imported {count} records.").format(count=sum(counts.values()))
        QMessageBox.information(self, self.tr("Import archive"), text + self._skipped_text(skipped))
        self.data_replaced.emit()

    def _import_roster(self) -> None:
        dialog = RosterImportDialog(self._ops, self._today, self)
        if dialog.choose_file() and dialog.exec():
            self.data_replaced.emit()

    def _check(self) -> Any:
        return self._ops.run(self, self.tr("Checking…"), lambda ws, _: ws.check(), self._checked)

    def _check_again(self) -> list[Finding]:
        """再次检查 in the list: on a connection of its own, as the first check."""
        return self._ops.call(lambda ws: ws.check())

    def _checked(self, problems: list[Finding]) -> None:
        if not problems:
            QMessageBox.information(
                self,
                self.tr("Check the data"),
                self.tr("All is well: the database and every attachment are intact."),
            )
            return
        self.check_dialog = CheckDialog(problems, self._check_again, self)
        self.check_dialog.open()

    def _archives(self) -> str:
        return QCoreApplication.translate("BackupsTab", ARCHIVE_FILTER)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
