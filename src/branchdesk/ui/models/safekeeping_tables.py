"""Table models of the data-safety screens: backups, the recycle bin, a roster preview."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.registry import record_type
from branchdesk.core.roster_import import RosterRow
from branchdesk.ui.i18n import error_text
from branchdesk.ui.models.record_table import SORT_ROLE, Column, RecordTableModel
from branchdesk.workspace import BackupInfo, TrashedRecord

BACKUPS_CONTEXT = "BackupTable"
BIN_CONTEXT = "RecycleBinTable"
ROSTER_CONTEXT = "RosterPreviewTable"


def file_size(size: int) -> str:
    """Bytes in the unit a person reads: 812 KB, 3.4 MB."""
    if size < 1024 * 1024:
        return f"{max(size // 1024, 1)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def backup_columns() -> list[Column[BackupInfo]]:
    return [
        Column(
            "created",
            QT_TRANSLATE_NOOP("BackupTable", "Taken"),
            lambda b: b.created.strftime("%Y-%m-%d %H:%M:%S"),
            lambda b: f"{b.created:%Y%m%d%H%M%S}-{b.sequence:04d}",
        ),
        Column(
            "size",
            QT_TRANSLATE_NOOP("BackupTable", "Size"),
            lambda b: file_size(b.size),
            lambda b: b.size,
            align_right=True,
        ),
        Column("file", QT_TRANSLATE_NOOP("BackupTable", "File"), lambda b: b.path.name),
    ]


def backup_model(parent: Any = None) -> RecordTableModel[BackupInfo]:
    return RecordTableModel(backup_columns(), BACKUPS_CONTEXT, parent)


def _deleted_at(record: TrashedRecord) -> str:
    try:
        moment = datetime.fromisoformat(record.deleted_at).astimezone()
    except ValueError:
        return record.deleted_at
    return moment.strftime("%Y-%m-%d %H:%M")


def bin_columns(language: str) -> list[Column[TrashedRecord]]:
    def type_label(r: TrashedRecord) -> str:
        rt = record_type(r.key)
        return rt.label_zh if language == "zh" else rt.label_en

    return [
        Column("type", QT_TRANSLATE_NOOP("RecycleBinTable", "Kind"), type_label),
        Column("title", QT_TRANSLATE_NOOP("RecycleBinTable", "Record"), lambda r: r.title),
        Column(
            "day",
            QT_TRANSLATE_NOOP("RecycleBinTable", "Date"),
            lambda r: r.day.isoformat() if r.day else "",
        ),
        Column(
            "deleted_at",
            QT_TRANSLATE_NOOP("RecycleBinTable", "Deleted"),
            _deleted_at,
            lambda r: r.deleted_at,
        ),
    ]


def bin_model(language: str, parent: Any = None) -> RecordTableModel[TrashedRecord]:
    return RecordTableModel(bin_columns(language), BIN_CONTEXT, parent)


class SortProxy(QSortFilterProxyModel):
    """Sorts by each column's sort key."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)


class BinFilterProxy(SortProxy):
    """Shows one record type, or all when the key is empty."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._key = ""

    def set_key(self, key: str) -> None:
        self.beginFilterChange()
        self._key = key
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not self._key or not isinstance(model, RecordTableModel):
            return True
        record = model.record(row)
        return isinstance(record, TrashedRecord) and record.key == self._key


STATUS_VALID = QT_TRANSLATE_NOOP("RosterPreviewTable", "Will be imported")
STATUS_INVALID = QT_TRANSLATE_NOOP("RosterPreviewTable", "Invalid")


def roster_columns() -> list[Column[RosterRow]]:
    def details(r: RosterRow) -> str:
        if r.problems:  # translated, each naming the column as the file does
            return "；".join(
                f"{p.field}：{error_text(p)}" if p.field else error_text(p) for p in r.problems
            )
        member = r.member
        parts = [member.joined_on.isoformat()] if member else []
        if r.group:
            parts.append(r.group)
        return "  ".join(parts)

    return [
        Column(
            "row",
            QT_TRANSLATE_NOOP("RosterPreviewTable", "Row"),
            lambda r: str(r.row),
            lambda r: r.row,
            align_right=True,
        ),
        Column("name", QT_TRANSLATE_NOOP("RosterPreviewTable", "Name"), lambda r: r.name),
        Column(
            "status",
            QT_TRANSLATE_NOOP("RosterPreviewTable", "Status"),
            lambda r: QCoreApplication.translate(
                "RosterPreviewTable", STATUS_VALID if r.valid else STATUS_INVALID
            ),
            lambda r: int(r.valid),
        ),
        Column(
            "details",
            QT_TRANSLATE_NOOP("RosterPreviewTable", "Joined, group, or why not"),
            details,
            tooltip=details,
        ),
    ]


def roster_model(parent: Any = None) -> RecordTableModel[RosterRow]:
    return RecordTableModel(roster_columns(), ROSTER_CONTEXT, parent)
