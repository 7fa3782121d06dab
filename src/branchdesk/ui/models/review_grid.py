"""The democratic review grid: one row per member on the review date, edited in place.

Tallies, grades, the organisation's opinion and the follow-up are cells; a probationary
member's row takes remarks but no tally or grade (they are not graded).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import Language, label
from branchdesk.core.members import Member
from branchdesk.core.review import Grade, ReviewEntry, ReviewFollowUp
from branchdesk.ui.models.record_table import Column, RecordTableModel

CONTEXT = "ReviewGrid"
GRADED_ONLY = {"excellent", "qualified", "basic", "unqualified", "proposed", "final"}


@dataclass(frozen=True)
class ReviewRow:
    member: Member
    probationary: bool
    entry: ReviewEntry


def _votes(row: ReviewRow, grade: Grade, value: Any) -> ReviewRow:
    try:
        count = max(0, int(value))
    except (TypeError, ValueError):
        return row
    tally = replace(row.entry.tally, **{grade.name.lower(): count})
    return replace(row, entry=replace(row.entry, tally=tally))


def _entry(row: ReviewRow, **changes: Any) -> ReviewRow:
    return replace(row, entry=replace(row.entry, **changes))


def _grade(value: Any) -> Grade | None:
    return Grade(value) if value else None


def _follow_up(value: Any) -> ReviewFollowUp | None:
    return ReviewFollowUp(value) if value else None


def review_columns(language: Language) -> list[Column[ReviewRow]]:
    def text(value: Grade | ReviewFollowUp | None) -> str:
        return label(value, language) if value else ""

    def status(row: ReviewRow) -> str:
        if row.probationary:
            return QCoreApplication.translate("ReviewGrid", "Probationary (not graded)")
        return QCoreApplication.translate("ReviewGrid", "Full member")

    def votes(key: str, header: str, grade: Grade) -> Column[ReviewRow]:
        return Column(
            key,
            header,
            lambda r: "" if r.probationary else str(r.entry.tally.votes_for(grade)),
            sort_key=lambda r: r.entry.tally.votes_for(grade),
            edit=lambda r, v: _votes(r, grade, v),
            edit_value=lambda r: r.entry.tally.votes_for(grade),
            align_right=True,
        )

    def remarks(key: str, header: str) -> Column[ReviewRow]:
        """A free-text field of the entry, named *key* on both the column and the entry."""
        return Column(
            key,
            header,
            lambda r: str(getattr(r.entry, key)),
            edit=lambda r, v: _entry(r, **{key: str(v).strip()}),
            tooltip=lambda r: str(getattr(r.entry, key)),
        )

    return [
        Column("name", QT_TRANSLATE_NOOP("ReviewGrid", "Name"), lambda r: r.member.name),
        Column("status", QT_TRANSLATE_NOOP("ReviewGrid", "Status"), status),
        votes("excellent", QT_TRANSLATE_NOOP("ReviewGrid", "Votes 优秀"), Grade.EXCELLENT),
        votes("qualified", QT_TRANSLATE_NOOP("ReviewGrid", "Votes 合格"), Grade.QUALIFIED),
        votes("basic", QT_TRANSLATE_NOOP("ReviewGrid", "Votes 基本合格"), Grade.BASIC),
        votes("unqualified", QT_TRANSLATE_NOOP("ReviewGrid", "Votes 不合格"), Grade.UNQUALIFIED),
        Column(
            "proposed",
            QT_TRANSLATE_NOOP("ReviewGrid", "Proposed grade"),
            lambda r: text(r.entry.proposed_grade),
            edit=lambda r, v: _entry(r, proposed_grade=_grade(v)),
            edit_value=lambda r: r.entry.proposed_grade.value if r.entry.proposed_grade else None,
        ),
        Column(
            "final",
            QT_TRANSLATE_NOOP("ReviewGrid", "Final grade"),
            lambda r: text(r.entry.final_grade),
            edit=lambda r, v: _entry(r, final_grade=_grade(v)),
            edit_value=lambda r: r.entry.final_grade.value if r.entry.final_grade else None,
        ),
        remarks("opinion", QT_TRANSLATE_NOOP("ReviewGrid", "Organisation's opinion")),
        Column(
            "follow_up",
            QT_TRANSLATE_NOOP("ReviewGrid", "Follow-up"),
            lambda r: text(r.entry.follow_up),
            edit=lambda r, v: _entry(r, follow_up=_follow_up(v)),
            edit_value=lambda r: r.entry.follow_up.value if r.entry.follow_up else None,
        ),
        remarks("follow_up_note", QT_TRANSLATE_NOOP("ReviewGrid", "Follow-up note")),
        remarks("self_assessment", QT_TRANSLATE_NOOP("ReviewGrid", "Self-assessment")),
        remarks("peer_remarks", QT_TRANSLATE_NOOP("ReviewGrid", "Peer-review remarks")),
    ]


class ReviewGridModel(RecordTableModel[ReviewRow]):
    """Editable unless read-only (a closed round, the recycle bin); no grades for probationers."""

    def __init__(self, language: Language, parent: Any = None) -> None:
        self._columns_list = review_columns(language)
        super().__init__(self._columns_list, CONTEXT, parent)
        self.read_only = False

    def column_key(self, column: int) -> str:
        return self._columns_list[column].key

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        row = self.record(index.row())
        if self.read_only or (row.probationary and self.column_key(index.column()) in GRADED_ONLY):
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def row_of(self, member_id: int) -> int:
        return next((i for i, r in enumerate(self.records()) if r.member.id == member_id), -1)
