"""The roster table: one row per member as of today, and the filters above it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)

from branchdesk.core import idcard
from branchdesk.core.enums import MemberStatus
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import Language, label
from branchdesk.core.members import Member
from branchdesk.ui.models.record_filter import RecordFilterProxy
from branchdesk.ui.models.record_table import Column
from branchdesk.ui.name_order import name_sort_text

CONTEXT = "MemberTable"  # lupdate needs the literal at each call; keep them equal


@dataclass(frozen=True)
class MemberRow:
    member: Member
    status: MemberStatus | None  # None: no longer (or not yet) a member of the branch
    group: str
    organisation: str


def member_columns(language: Language) -> list[Column[MemberRow]]:
    def status_text(row: MemberRow) -> str:
        if row.status is None:
            return QCoreApplication.translate("MemberTable", "Left the branch")
        return label(row.status, language)

    def date_text(value: date | None) -> str:
        return value.isoformat() if value else ""

    return [
        Column(
            "name",
            QT_TRANSLATE_NOOP("MemberTable", "Name"),
            lambda r: r.member.name,
            sort_key=lambda r: name_sort_text(r.member.name),  # by pinyin, 曾 as zēng
        ),
        Column(
            "gender",
            QT_TRANSLATE_NOOP("MemberTable", "Gender"),
            lambda r: label(r.member.gender, language) if r.member.gender else "",
        ),
        Column("status", QT_TRANSLATE_NOOP("MemberTable", "Status"), status_text),
        Column("group", QT_TRANSLATE_NOOP("MemberTable", "Party group"), lambda r: r.group),
        Column(
            "organisation",
            QT_TRANSLATE_NOOP("MemberTable", "Organisation"),
            lambda r: r.organisation,
        ),
        Column("job", QT_TRANSLATE_NOOP("MemberTable", "Job"), lambda r: r.member.job),
        Column(
            "joined_on",
            QT_TRANSLATE_NOOP("MemberTable", "Joined"),
            lambda r: date_text(r.member.joined_on),
            sort_key=lambda r: r.member.joined_on,
        ),
        Column(
            "full_on",
            QT_TRANSLATE_NOOP("MemberTable", "Full member since"),
            lambda r: date_text(r.member.full_on),
        ),
        Column("phone", QT_TRANSLATE_NOOP("MemberTable", "Phone"), lambda r: r.member.phone),
        Column(
            "id_number",
            QT_TRANSLATE_NOOP("MemberTable", "ID number"),
            lambda r: idcard.mask(r.member.id_number) if r.member.id_number else "",
        ),
    ]


ALL = ""  # everyone who belongs to the branch today
LEFT = "left"
EVERYONE = "everyone"


class MemberFilterProxy(RecordFilterProxy):
    """Filters by status (current, full, probationary, left, everyone), group and free text
    (*text_of*: what a row is found by, `core.found_by` as the page gives it)."""

    def __init__(self, text_of: Callable[[MemberRow], str], parent: Any = None) -> None:
        # The year of joining and no kind: the page offers neither filter; status is the kind.
        super().__init__(lambda row: row.member.joined_on.year, lambda row: ALL, text_of, parent)
        self._status = ALL
        self._group = ALL

    def set_status(self, status: str) -> None:
        self.refilter("_status", status)

    def set_group(self, group: str) -> None:
        self.refilter("_group", group)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        row: MemberRow = self.record_at(source_row, source_parent)
        if self._status == ALL and row.status is None:
            return False
        if self._status == LEFT and row.status is not None:
            return False
        if self._status not in (ALL, LEFT, EVERYONE) and row.status != self._status:
            return False
        if self._group and row.group != self._group:
            return False
        return super().filterAcceptsRow(source_row, source_parent)
