"""The year's organisational life in figures: held vs due (from the compliance engine, never
recomputed here), attendance, quorum, lessons, and rectification items."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from branchdesk.core.attendance import AttendanceSummary
from branchdesk.core.compliance import ComplianceResult, Rule, RulePeriod, RuleSubject
from branchdesk.core.labels import label
from branchdesk.core.meetings import ActionItem, Meeting, MeetingKind
from branchdesk.core.members import Member
from branchdesk.reports.document import chinese_date

QUARTERS = ((1, 3), (4, 6), (7, 9), (10, 12))


@dataclass(frozen=True)
class HeldVsDue:
    rule_id: str
    name: str  # the rule's Chinese name, e.g. 支委会
    held: float
    due: int
    quarters: tuple[tuple[float, int], ...]  # (held, due) per quarter

    @property
    def met(self) -> bool:
        return self.held >= self.due


@dataclass(frozen=True)
class Lesson:
    held_on: date
    lecturer: str
    topic: str
    by_secretary: bool


@dataclass(frozen=True)
class MeetingFacts:
    held_vs_due: tuple[HeldVsDue, ...]
    held_by_kind: Mapping[MeetingKind, int]  # meetings recorded, whatever the rules ask
    attendance_rate: float | None  # present / expected over all meetings of the year
    inquorate: tuple[date, ...]  # general meetings that were not quorate
    lessons: tuple[Lesson, ...]
    monthly_due: tuple[int, ...]  # the monthly rules' dues, per month (for the chart)
    monthly_held: tuple[int, ...]  # what counted towards them
    monthly_rules: tuple[str, ...]  # their names
    monthly_attendance: tuple[float | None, ...]

    @property
    def secretary_lessons(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.by_secretary)


@dataclass(frozen=True)
class RectificationItem:
    item: str
    measure: str
    owner: str
    deadline: date | None
    done_on: date | None
    source: str  # the meeting it came from, e.g. "2025年12月20日组织生活会"


@dataclass(frozen=True)
class RectificationFacts:
    this_year: tuple[RectificationItem, ...]
    last_year: tuple[RectificationItem, ...]


def meeting_facts(
    year: int,
    meetings: Iterable[Meeting],
    compliance: ComplianceResult,
    members: Iterable[Member],
    attendance: Mapping[int, AttendanceSummary],
    secretary_id: int | None,
) -> MeetingFacts:
    """*attendance*: each meeting's derived attendance by id (YearRecords.attendance)."""
    names = {m.id: m.name for m in members}
    of_year = [m for m in meetings if m.held_on.year == year and m.id in attendance]
    summaries = [(m, attendance[m.id or 0]) for m in of_year]
    expected = sum(s.expected for _, s in summaries)
    present = sum(s.present for _, s in summaries)
    held_by_kind = {kind: sum(1 for m in of_year if m.kind == kind) for kind in MeetingKind}
    return MeetingFacts(
        held_vs_due=_held_vs_due(year, compliance),
        held_by_kind=held_by_kind,
        attendance_rate=present / expected if expected else None,
        inquorate=tuple(
            m.held_on for m, s in summaries if m.kind == MeetingKind.GENERAL and s.quorate is False
        ),
        lessons=tuple(
            Lesson(
                m.held_on,
                m.lecturer_name or names.get(m.lecturer_id, ""),
                m.topic or m.title,
                secretary_id is not None and m.lecturer_id == secretary_id,
            )
            for m in of_year
            if m.kind == MeetingKind.LESSON
        ),
        monthly_due=tuple(_monthly(year, compliance, month)[1] for month in range(1, 13)),
        monthly_held=tuple(_monthly(year, compliance, month)[0] for month in range(1, 13)),
        monthly_rules=tuple(r.name_zh for r in _monthly_rules(compliance)),
        monthly_attendance=tuple(_rate(summaries, month) for month in range(1, 13)),
    )


def _held_vs_due(year: int, compliance: ComplianceResult) -> tuple[HeldVsDue, ...]:
    rows = []
    for rule in compliance.rules:
        if rule.subject != RuleSubject.MEETING:
            continue
        held, due = compliance.held_vs_due(rule.id, date(year, 1, 1), date(year, 12, 31))
        quarters = tuple(
            compliance.held_vs_due(rule.id, date(year, first, 1), _month_end(year, last))
            for first, last in QUARTERS
        )
        rows.append(HeldVsDue(rule.id, rule.name_zh, held, due, quarters))
    return tuple(rows)


def _monthly_rules(compliance: ComplianceResult) -> list[Rule]:
    return [
        rule
        for rule in compliance.rules
        if rule.subject == RuleSubject.MEETING and rule.period == RulePeriod.MONTH
    ]


def _monthly(year: int, compliance: ComplianceResult, month: int) -> tuple[int, int]:
    """Held and due that month under the monthly meeting rules (支委会, 党小组会, 主题党日)."""
    held = due = 0
    for rule in _monthly_rules(compliance):
        done, owed = compliance.held_vs_due(rule.id, date(year, month, 1), _month_end(year, month))
        held, due = held + int(done), due + owed
    return held, due


def _rate(summaries: list[tuple[Meeting, AttendanceSummary]], month: int) -> float | None:
    expected = present = 0
    for meeting, summary in summaries:
        if meeting.held_on.month == month:
            expected += summary.expected
            present += summary.present
    return present / expected if expected else None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def rectification_facts(
    year: int, meetings: Iterable[Meeting], previous: Iterable[Meeting]
) -> RectificationFacts:
    return RectificationFacts(
        this_year=tuple(_items(m for m in meetings if m.held_on.year == year)),
        last_year=tuple(_items(m for m in previous if m.held_on.year == year - 1)),
    )


def _items(meetings: Iterable[Meeting]) -> list[RectificationItem]:
    items: list[RectificationItem] = []
    for meeting in meetings:
        source = f"{chinese_date(meeting.held_on)}{label(meeting.kind)}"
        items.extend(_item(a, source) for a in meeting.rectifications)
    return items


def _item(action: ActionItem, source: str) -> RectificationItem:
    return RectificationItem(
        action.item, action.measure, action.owner, action.deadline, action.done_on, source
    )
