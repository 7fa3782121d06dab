"""The dashboard's tables: one row per obligation, overdue first, coloured by status."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from branchdesk.core.compliance import Obligation, ObligationStatus, Rule
from branchdesk.core.compliance.export import attention_rank
from branchdesk.core.compliance.gaps import with_subject
from branchdesk.core.compliance.rules import RuleSubject
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import Language, label
from branchdesk.ui.models.record_table import RECORD_ROLE, SORT_ROLE, Column, RecordTableModel

Index = QModelIndex | QPersistentModelIndex

_COLOURS = {
    ObligationStatus.MISSING: QColor("#c0392b"),
    ObligationStatus.PARTLY_MET: QColor("#d35400"),
    ObligationStatus.NOT_YET_DUE: QColor("#2c6fbb"),
    ObligationStatus.MET: QColor("#1e8449"),
    ObligationStatus.NOT_APPLICABLE: QColor("#7f8c8d"),
    ObligationStatus.NOT_EVALUABLE: QColor("#7f8c8d"),
}
DUE_SOON_COLOUR = QColor("#b9770e")
# Shown unless "show all" is ticked: what needs doing, and what cannot be checked.
_ATTENTION = 3
# Rules that count consecutive months of something missing (党章第九条, core/compliance/six_months).
RUN_SUBJECTS = frozenset({RuleSubject.DUES_UNPAID, RuleSubject.ORG_LIFE_ABSENT})


@dataclass(frozen=True)
class ObligationRow:
    obligation: Obligation
    rule: Rule
    language: Language

    @property
    def item(self) -> str:
        name = self.rule.name_zh if self.language == "zh" else self.rule.name_en
        return with_subject(name, self.obligation.subject_name, self.language)

    @property
    def gap(self) -> str:
        return self.obligation.gap_zh if self.language == "zh" else self.obligation.gap_en

    @property
    def status_text(self) -> str:
        if self.obligation.due_soon:
            return QCoreApplication.translate("ObligationTable", "Due soon")
        return label(self.obligation.status, self.language)

    @property
    def progress(self) -> str:
        o = self.obligation
        if o.status in (ObligationStatus.NOT_APPLICABLE, ObligationStatus.NOT_EVALUABLE):
            return ""
        if self.rule.subject in RUN_SUBJECTS:
            # Its done/due are months of a run of unpaid or absent months: "6 / 6" beside
            # 未完成 read as six done of six.
            if not o.done:
                return ""
            months = QCoreApplication.translate("ObligationTable", "%1 months in a row")
            return months.replace("%1", f"{o.done:g}")
        done = f"{o.done:g}"
        return f"{done} / {o.due}"


def _columns() -> list[Column[ObligationRow]]:
    return [
        Column(
            "status",
            QT_TRANSLATE_NOOP("ObligationTable", "Status"),
            lambda r: r.status_text,
            # Text, not a tuple: the proxy compares QVariants, which order strings reliably.
            sort_key=lambda r: f"{attention_rank(r.obligation)} {r.obligation.span.start}",
        ),
        Column("item", QT_TRANSLATE_NOOP("ObligationTable", "Item"), lambda r: r.item),
        Column(
            "period",
            QT_TRANSLATE_NOOP("ObligationTable", "Period"),
            lambda r: r.obligation.span.label(r.language),
            sort_key=lambda r: r.obligation.span.start.isoformat(),
        ),
        Column(
            "progress",
            QT_TRANSLATE_NOOP("ObligationTable", "Done / due"),
            lambda r: r.progress,
            align_right=True,
        ),
        Column(
            "gap",
            QT_TRANSLATE_NOOP("ObligationTable", "What is missing"),
            lambda r: r.gap,
            tooltip=lambda r: (
                r.rule.description_zh if r.language == "zh" else r.rule.description_en
            ),
        ),
    ]


class ObligationTableModel(RecordTableModel[ObligationRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(_columns(), "ObligationTable", parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.column_of("status")
        ):
            o = self.record(index.row()).obligation
            return DUE_SOON_COLOUR if o.due_soon else _COLOURS[o.status]
        return super().data(index, role)


class ObligationFilterProxy(QSortFilterProxyModel):
    """Only what needs attention, unless every item is asked for."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._show_all = False
        self.setSortRole(SORT_ROLE)

    def set_show_all(self, show_all: bool) -> None:
        self.beginFilterChange()
        self._show_all = show_all
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._show_all:
            return True
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)
        return isinstance(row, ObligationRow) and attention_rank(row.obligation) <= _ATTENTION
