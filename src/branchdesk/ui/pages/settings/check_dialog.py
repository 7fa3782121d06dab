"""检查数据: every problem `Workspace.check` found, one row each, in a table that names the
record (its type in the UI's language, its id, the column) and what is wrong with it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from branchdesk.core.findings import ATTACHMENT, DATABASE, RECORD, RULE, Finding
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.registry import record_types
from branchdesk.ui.forms.ui_check_dialog import Ui_CheckDialog
from branchdesk.ui.i18n import label_language, message_text
from branchdesk.ui.long_task import run_long_task
from branchdesk.ui.models.record_table import SORT_ROLE, Column, RecordTableModel

CONTEXT = "CheckTable"
KINDS = {
    RECORD: QT_TRANSLATE_NOOP("CheckTable", "Invalid record"),
    RULE: QT_TRANSLATE_NOOP("CheckTable", "Questioned by a rule"),
    DATABASE: QT_TRANSLATE_NOOP("CheckTable", "Database"),
    ATTACHMENT: QT_TRANSLATE_NOOP("CheckTable", "Attachment"),
}


def _kind(finding: Finding) -> str:
    return QCoreApplication.translate(CONTEXT, KINDS.get(finding.kind, finding.kind))


def _where(finding: Finding) -> str:
    """The record as the UI names it: 组织生活 #12 · held_on."""
    if not finding.table:
        return finding.where
    labels = {rt.key: rt.label_zh if label_language() == "zh" else rt.label_en
              for rt in record_types()}  # fmt: skip
    name = f"{labels.get(finding.table, finding.table)} #{finding.row}"
    return f"{name} · {finding.column}" if finding.column else name


def _message(finding: Finding) -> str:
    return message_text(finding.message)


def finding_columns() -> list[Column[Finding]]:
    return [
        Column("kind", QT_TRANSLATE_NOOP("CheckTable", "Kind"), _kind),
        Column("where", QT_TRANSLATE_NOOP("CheckTable", "Where"), _where),
        Column("message", QT_TRANSLATE_NOOP("CheckTable", "Problem"), _message),
    ]


class CheckDialog(QDialog):
    """Shows the *findings* of `Workspace.check`; 再次检查 runs *check* (a callable of the
    Workspace's side that opens its own connection) off the GUI thread and shows the new
    findings, after the secretary corrected a record."""

    def __init__(
        self,
        findings: Sequence[Finding],
        check: Callable[[], Sequence[Finding]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CheckDialog()
        self.ui.setupUi(self)
        self._check = check
        self.ui.checkAgainButton.clicked.connect(self.check_again)
        self.model: RecordTableModel[Finding] = RecordTableModel(finding_columns(), CONTEXT, self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSortRole(SORT_ROLE)
        proxy.setSourceModel(self.model)
        view = self.ui.findingsView
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.show_findings(findings)

    def check_again(self) -> Any:
        return run_long_task(
            self, self.tr("Checking…"), lambda _: list(self._check()), self.show_findings
        )

    def show_findings(self, findings: Sequence[Finding]) -> None:
        self.model.set_records(list(findings))
        blocking = sum(1 for f in findings if f.kind != RULE)
        self.ui.summaryLabel.setText(
            self.tr(
                "{count} problems found; {rules} are questions of the rules, which do not stop "
                "a backup from being restored."
            ).format(count=len(findings), rules=len(findings) - blocking)
        )
