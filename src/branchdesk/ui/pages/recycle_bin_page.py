"""回收站: deleted records of every trashable record type; restore, or delete for good."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from branchdesk.core.registry import record_type, record_types
from branchdesk.ui.forms.ui_recycle_bin_page import Ui_RecycleBinPage
from branchdesk.ui.i18n import label_language
from branchdesk.ui.models.safekeeping_tables import BinFilterProxy, bin_model
from branchdesk.workspace import RestoreRefusedError, StillReferencedError, TrashedRecord, Workspace


class RecycleBinPage(QWidget):
    """Emits `data_replaced` after a restore or a purge: other pages show it next time."""

    data_replaced = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.ui = Ui_RecycleBinPage()
        self.ui.setupUi(self)
        language = label_language()
        self.model = bin_model(language, self)
        self.proxy = BinFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.binView
        view.setModel(self.proxy)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.sortByColumn(self.model.column_of("deleted_at"), Qt.SortOrder.DescendingOrder)
        self.ui.typeCombo.addItem(self.tr("All kinds"), "")
        for rt in record_types():
            if rt.trashable:
                self.ui.typeCombo.addItem(rt.label_zh if language == "zh" else rt.label_en, rt.key)
        self.ui.typeCombo.currentIndexChanged.connect(
            lambda: self.proxy.set_key(str(self.ui.typeCombo.currentData()))
        )
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.purgeButton.clicked.connect(self.purge_selected)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Delete, view, self.purge_selected)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_records(self._ws.trashed())
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # records may have been deleted on other pages
        super().showEvent(event)

    def selected(self) -> list[TrashedRecord]:
        rows = self.ui.binView.selectionModel().selectedRows()
        return [self.model.record(self.proxy.mapToSource(r).row()) for r in rows]

    def _update_buttons(self) -> None:
        chosen = bool(self.selected())
        self.ui.restoreButton.setEnabled(chosen)
        self.ui.purgeButton.setEnabled(chosen)

    def restore_selected(self) -> None:
        refused: list[str] = []
        for record in self.selected():
            try:
                self._ws.restore_from_bin(record.key, record.id)
            except RestoreRefusedError as exc:
                refused.append(
                    self.tr(
                        "{title} cannot be restored: a record in use already takes its place "
                        "(one review round a year). Move that one to the recycle bin first, or "
                        "leave this one here."
                    ).format(title=exc.title)
                )
        self.refresh()
        self.data_replaced.emit()
        if refused:
            QMessageBox.information(self, self.tr("Restore"), "\n\n".join(refused))

    def purge_selected(self, *, confirm: bool = True) -> None:
        chosen = self.selected()
        if not chosen:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete for good"),
                self.tr(
                    "Delete {count} record(s) for good, with their evidence files? This cannot "
                    "be undone."
                ).format(count=len(chosen)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        refused: list[StillReferencedError] = []
        for record in chosen:
            try:
                self._ws.purge_from_bin(record.key, record.id)
            except StillReferencedError as exc:
                refused.append(exc)
        self.refresh()
        self.data_replaced.emit()
        if refused:
            QMessageBox.information(
                self, self.tr("Delete for good"), "\n\n".join(map(self._refusal, refused))
            )

    def _refusal(self, exc: StillReferencedError) -> str:
        zh = label_language() == "zh"
        named = ("、" if zh else ", ").join(
            f"{rt.label_zh if zh else rt.label_en} {count}"
            for rt, count in ((record_type(k), n) for k, n in exc.references.items())
        )
        return self.tr(
            "{title} is still named in other records ({records}), so it was not deleted for "
            "good: that would change them. Restore it, or take it out of those records first."
        ).format(title=exc.title, records=named)
