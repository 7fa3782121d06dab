"""Columns of the 发展党员 page: everyone by stage, and one person's timeline of steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from branchdesk.core.dates import parse_date_text
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import Language, label
from branchdesk.core.recruiting import LeaveReason, RecruitStep
from branchdesk.core.recruiting_status import RecruitStatus
from branchdesk.core.validation import one_line
from branchdesk.ui.models.record_table import Column, RecordTableModel

OVERDUE_COLOUR = QColor("#c0392b")  # as 概览 shows what is missing


class RecruitTableModel(RecordTableModel[RecruitStatus]):
    """The list of people, a deadline passed shown in red."""

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return OVERDUE_COLOUR if self.record(index.row()).overdue else None
        return super().data(index, role)


def status_columns(
    language: Language, today: Callable[[], date] = date.today
) -> list[Column[RecruitStatus]]:
    def next_step(s: RecruitStatus) -> str:
        return label(s.next.kind, language) if s.next is not None else ""

    def deadline(s: RecruitStatus) -> str:
        if s.next is None:
            return ""
        if s.next.deadline is not None:
            return s.next.deadline.isoformat()
        return f"≥ {s.next.earliest.isoformat()}" if s.next.earliest else ""

    def overdue(s: RecruitStatus) -> str:
        """逾期N天, counted from the deadline: a dot alone did not say how late."""
        if not s.overdue or s.deadline is None:
            return ""
        days = (today() - s.deadline).days
        return QCoreApplication.translate("RecruitTable", "{days} days overdue").format(days=days)

    def last(s: RecruitStatus) -> str:
        step = s.last_step
        return f"{step.on.isoformat()} {label(step.kind, language)}" if step else ""

    return [
        Column("name", QT_TRANSLATE_NOOP("RecruitTable", "Name"), lambda s: s.recruit.name),
        Column(
            "stage",
            QT_TRANSLATE_NOOP("RecruitTable", "Stage"),
            lambda s: label(s.stage, language),
            sort_key=lambda s: list(type(s.stage)).index(s.stage),
        ),
        # What is due first, so that it stays in view on a small screen (1024×700).
        Column("next", QT_TRANSLATE_NOOP("RecruitTable", "Next step"), next_step),
        Column(
            "deadline",
            QT_TRANSLATE_NOOP("RecruitTable", "Deadline"),
            deadline,
            sort_key=lambda s: (s.deadline or date.max).isoformat(),
        ),
        Column(
            "overdue",
            QT_TRANSLATE_NOOP("RecruitTable", "Overdue"),
            overdue,
            sort_key=lambda s: -(today() - s.deadline).days if s.overdue and s.deadline else 0,
        ),
        Column("last", QT_TRANSLATE_NOOP("RecruitTable", "Last step"), last),
    ]


def _date(value: Any) -> date | None:
    return parse_date_text(str(value or ""))


def _number(value: Any) -> float:
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        return 0.0


def _typed(edit: Any) -> Any:
    """A step a 支部党员大会 recorded is the meeting's: it is edited there, not here."""
    return lambda s, v: s if s.from_meeting else edit(s, v)


def step_columns(language: Language) -> list[Column[RecruitStep]]:
    def on(s: RecruitStep, v: Any) -> RecruitStep:
        day = _date(v)
        if day is None:
            raise ValueError("a step needs its date")
        return replace(s, on=day)

    def reason(s: RecruitStep) -> str:
        return label(s.reason, language) if s.reason is not None else ""

    return [
        Column(
            "on", QT_TRANSLATE_NOOP("StepTable", "Date"), lambda s: s.on.isoformat(),
            edit=_typed(on), edit_value=lambda s: s.on.isoformat(),
        ),
        Column(
            "kind", QT_TRANSLATE_NOOP("StepTable", "Step"),
            lambda s: label(s.kind, language) + (" ◆" if s.from_meeting else ""),
        ),
        Column(
            "ends_on", QT_TRANSLATE_NOOP("StepTable", "Until"),
            lambda s: s.ends_on.isoformat() if s.ends_on else "",
            edit=_typed(lambda s, v: replace(s, ends_on=_date(v))),
        ),
        Column(
            "people", QT_TRANSLATE_NOOP("StepTable", "People"), lambda s: s.people,
            edit=_typed(lambda s, v: replace(s, people=one_line(str(v or "")))),
        ),
        Column(
            "days", QT_TRANSLATE_NOOP("StepTable", "Days"),
            lambda s: f"{s.days:g}" if s.days else "",
            edit=_typed(lambda s, v: replace(s, days=_number(v))), align_right=True,
        ),
        Column(
            "hours", QT_TRANSLATE_NOOP("StepTable", "Study hours"),
            lambda s: f"{s.hours:g}" if s.hours else "",
            edit=_typed(lambda s, v: replace(s, hours=_number(v))), align_right=True,
        ),
        Column(
            "months", QT_TRANSLATE_NOOP("StepTable", "Months"),
            lambda s: str(s.months) if s.months else "",
            edit=_typed(lambda s, v: replace(s, months=int(_number(v)))), align_right=True,
        ),
        Column(
            "reason", QT_TRANSLATE_NOOP("StepTable", "Reason"), reason,
            edit=_typed(lambda s, v: replace(s, reason=LeaveReason(v) if v else None)),
            edit_value=lambda s: s.reason.value if s.reason else "",
        ),
        Column(
            "note", QT_TRANSLATE_NOOP("StepTable", "Note"), lambda s: s.note,
            edit=_typed(lambda s, v: replace(s, note=one_line(str(v or "")))),
        ),
    ]  # fmt: skip
