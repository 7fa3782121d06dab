"""Import a roster: choose a file, see every row (valid, or invalid with its reasons), map
the columns the file names differently, then import — all valid rows in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.roster_rules import FIELDS, IGNORE
from branchdesk.importing.roster import RosterPreview, import_roster, preview_roster
from branchdesk.ui.forms.ui_roster_import_dialog import Ui_RosterImportDialog
from branchdesk.ui.long_task import Progress
from branchdesk.ui.models.safekeeping_tables import SortProxy, roster_model
from branchdesk.ui.operations import Operations
from branchdesk.workspace import Workspace

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("RosterImportDialog", "Name"),
    "gender": QT_TRANSLATE_NOOP("RosterImportDialog", "Gender"),
    "ethnicity": QT_TRANSLATE_NOOP("RosterImportDialog", "Ethnicity"),
    "birth_date": QT_TRANSLATE_NOOP("RosterImportDialog", "Date of birth"),
    "id_number": QT_TRANSLATE_NOOP("RosterImportDialog", "ID number"),
    "education": QT_TRANSLATE_NOOP("RosterImportDialog", "Education"),
    "phone": QT_TRANSLATE_NOOP("RosterImportDialog", "Phone"),
    "job": QT_TRANSLATE_NOOP("RosterImportDialog", "Job or position"),
    "organisation": QT_TRANSLATE_NOOP("RosterImportDialog", "Organisation"),
    "group": QT_TRANSLATE_NOOP("RosterImportDialog", "Party group"),
    "joined_on": QT_TRANSLATE_NOOP("RosterImportDialog", "Joined"),
    "full_on": QT_TRANSLATE_NOOP("RosterImportDialog", "Became a full member"),
    "category": QT_TRANSLATE_NOOP("RosterImportDialog", "Member category"),
    "is_mobile": QT_TRANSLATE_NOOP("RosterImportDialog", "Mobile member"),
    "note": QT_TRANSLATE_NOOP("RosterImportDialog", "Note"),
}
ROSTER_FILTER = QT_TRANSLATE_NOOP("RosterImportDialog", "Rosters (*.xlsx *.csv)")


class RosterImportDialog(QDialog):
    def __init__(
        self, ops: Operations, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._today = today
        self.source: Path | None = None
        self.preview: RosterPreview | None = None
        self.ui = Ui_RosterImportDialog()
        self.ui.setupUi(self)
        self.model = roster_model(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.rowsView
        view.setModel(self.proxy)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        self.ui.mappingTable.verticalHeader().hide()
        self.ui.mappingTable.horizontalHeader().setStretchLastSection(True)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 3)
        self.import_button.setText(self.tr("&Import"))
        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.rereadButton.clicked.connect(self.read)
        self.ui.skipInvalidCheck.toggled.connect(self._update_buttons)
        self.ui.buttonBox.accepted.connect(self.import_rows)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update_buttons()

    @property
    def import_button(self) -> Any:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def choose_file(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a roster"),
            str(Path.home()),
            QCoreApplication.translate("RosterImportDialog", ROSTER_FILTER),
        )
        if not name:
            return False
        self.load(Path(name))
        return True

    def load(self, source: Path) -> Any:
        self.source = source
        self.ui.fileLabel.setText(str(source))
        return self.read(keep_mapping=False)

    def mapping(self) -> dict[str, str]:
        """Header text → field, as the combo boxes say."""
        result: dict[str, str] = {}
        table = self.ui.mappingTable
        for row in range(table.rowCount()):
            header = table.item(row, 0)
            combo = table.cellWidget(row, 1)
            if header is not None and isinstance(combo, QComboBox):
                result[header.text()] = str(combo.currentData())
        return result

    def read(self, keep_mapping: bool = True) -> Any:
        if self.source is None:
            return None
        source, today = self.source, self._today()
        mapping = self.mapping() if keep_mapping else None

        def work(ws: Workspace, _: Progress) -> RosterPreview:
            return preview_roster(ws, source, mapping, today)

        return self._ops.run(self, self.tr("Reading the roster…"), work, self._show)

    def _show(self, preview: RosterPreview) -> None:
        self.preview = preview
        self.model.set_records(list(preview.rows))
        self._fill_mapping(preview)
        summary = self.tr("{valid} of {total} rows can be imported; {invalid} are invalid.").format(
            valid=len(preview.valid), total=len(preview.rows), invalid=len(preview.invalid)
        )
        if preview.new_groups:
            summary += " " + self.tr("New party groups: {groups}.").format(
                groups="、".join(preview.new_groups)
            )
        if preview.header_map.unknown:
            summary += " " + self.tr("Columns not read: {columns}.").format(
                columns="、".join(preview.header_map.unknown)
            )
        self.ui.summaryLabel.setText(summary)
        self._update_buttons()

    def _fill_mapping(self, preview: RosterPreview) -> None:
        table = self.ui.mappingTable
        table.setRowCount(0)
        for index, header in enumerate(preview.headers):
            if not header.strip():
                continue
            row = table.rowCount()
            table.insertRow(row)
            item = QTableWidgetItem(header)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 0, item)
            combo = QComboBox(table)
            combo.addItem(self.tr("(not read)"), IGNORE)
            for field in FIELDS:
                combo.addItem(
                    QCoreApplication.translate("RosterImportDialog", FIELD_LABELS[field]), field
                )
            field_of = preview.header_map.fields.get(index, IGNORE)
            combo.setCurrentIndex(max(combo.findData(field_of), 0))
            table.setCellWidget(row, 1, combo)
        table.resizeColumnToContents(0)

    def _update_buttons(self) -> None:
        preview = self.preview
        ready = (
            preview is not None
            and bool(preview.valid)
            and (not preview.invalid or self.ui.skipInvalidCheck.isChecked())
        )
        self.import_button.setEnabled(ready)
        self.ui.skipInvalidCheck.setEnabled(bool(preview and preview.invalid))

    def import_rows(self) -> Any:
        if self.source is None or self.preview is None:
            return None
        source, today = self.source, self._today()
        mapping, skip = self.mapping(), self.ui.skipInvalidCheck.isChecked()

        def work(ws: Workspace, _: Progress) -> RosterPreview:
            return import_roster(ws, source, mapping, today, skip_invalid=skip)

        return self._ops.run(self, self.tr("Importing the roster…"), work, self._imported)

    def _imported(self, preview: RosterPreview) -> None:
        self.preview = preview
        self.accept()
