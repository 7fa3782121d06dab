"""What the dashboard (概览) shows, computed once: this month, quarter and year, headline
figures and the monthly series behind its two charts.

"Meetings due" counts how many meetings the meeting rules ask for (the branch, the
committee, each group); rules about *who* holds or attends (the secretary's lesson, a
member's attendance) add nothing, so held and due compare like with like. A span's due
meetings fall in the month the span ends (a quarterly meeting in the quarter's last month),
and only spans that have begun by today count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from branchdesk.core.compliance.engine import evaluate
from branchdesk.core.compliance.facts import ComplianceFacts
from branchdesk.core.compliance.index import FactIndex
from branchdesk.core.compliance.obligations import ComplianceResult, Obligation, ObligationStatus
from branchdesk.core.compliance.periods import RulePeriod, span_of, window
from branchdesk.core.compliance.rules import Rule, RuleScope, RuleSubject
from branchdesk.core.membership import headcount_on

_COUNTED_SCOPES = frozenset({RuleScope.BRANCH, RuleScope.COMMITTEE, RuleScope.EACH_GROUP})
_NOT_COUNTED = frozenset({ObligationStatus.NOT_APPLICABLE, ObligationStatus.NOT_EVALUABLE})


@dataclass(frozen=True)
class MonthFigures:
    month: int
    meetings_held: int  # distinct meetings of the kinds the rules count, held that month
    meetings_due: int
    expected: int  # attendances due (应到) over the month's meetings
    present: int

    @property
    def attendance_rate(self) -> float | None:
        return self.present / self.expected if self.expected else None


@dataclass(frozen=True)
class Headline:
    members: int  # on today
    meetings_held: int  # this year to today
    meetings_due: int
    attendance_rate: float | None  # present / expected over this year's meetings
    study_hours: float  # every member's study hours this year
    volunteer_hours: float
    overdue: int  # overdue items this year


@dataclass(frozen=True)
class Dashboard:
    today: date
    month: ComplianceResult
    quarter: ComplianceResult
    year: ComplianceResult
    last_year: ComplianceResult  # what last year left undone: its report is written now
    headline: Headline
    months: tuple[MonthFigures, ...]
    tracking_from: date | None = None  # spans before it are not judged (the page says so)


def build_dashboard(
    facts: ComplianceFacts, rules: Iterable[Rule], today: date, volunteer_hours: float = 0.0
) -> Dashboard:
    rules = tuple(rules)
    index = FactIndex(facts, today)  # one for the four windows: same facts, same day
    year = evaluate(facts, rules, window(today.year), today, index)
    last_year = evaluate(facts, rules, window(today.year - 1), today, index)
    quarter = _within(evaluate(facts, rules, span_of(RulePeriod.QUARTER, today), today, index))
    month = _within(evaluate(facts, rules, span_of(RulePeriod.MONTH, today), today, index))
    months = monthly_figures(facts, year, today)
    headline = Headline(
        members=headcount_on(facts.members, today).total,
        meetings_held=sum(m.meetings_held for m in months),
        meetings_due=sum(m.meetings_due for m in months),
        attendance_rate=_rate(sum(m.present for m in months), sum(m.expected for m in months)),
        study_hours=sum(
            h
            for t in facts.trainings
            if t.held_on.year == today.year and t.held_on <= today
            for _, h in t.hours
        ),
        volunteer_hours=volunteer_hours,
        overdue=len(year.overdue()),
    )
    return Dashboard(
        today, month, quarter, year, last_year, headline, tuple(months), facts.tracking_from
    )


def monthly_figures(
    facts: ComplianceFacts, year_result: ComplianceResult, today: date
) -> list[MonthFigures]:
    """Meetings held and due, and attendance, for each month of the result's year."""
    year = year_result.window.year
    counted_kinds = {r.meeting_kind for r in year_result.rules if _counts_meetings(r)}
    counted_rules = {r.id for r in year_result.rules if _counts_meetings(r)}
    due = [0] * 13
    for o in year_result:
        if o.rule_id in counted_rules and _owed_by(o, today):
            due[o.span.end.month] += o.due
    held = [0] * 13
    expected = [0] * 13
    present = [0] * 13
    for m in facts.meetings:
        if m.held_on.year != year or m.held_on > today:
            continue
        if m.kind in counted_kinds:
            held[m.held_on.month] += 1
        expected[m.held_on.month] += len(m.expected_ids)
        present[m.held_on.month] += len(m.expected_ids & m.attendee_ids)
    return [
        MonthFigures(month, held[month], due[month], expected[month], present[month])
        for month in range(1, 13)
    ]


def _within(result: ComplianceResult) -> ComplianceResult:
    """Only what falls within the window: "this month" lists the month's obligations, not
    the year's (those are on the year's tab). Look-ahead warnings are judged for the
    window itself, so they stay."""
    w = result.window
    kept = tuple(o for o in result if w.start <= o.span.start and o.span.end <= w.end)
    return replace(result, obligations=kept)


def _counts_meetings(rule: Rule) -> bool:
    return rule.subject == RuleSubject.MEETING and rule.scope in _COUNTED_SCOPES


def _owed_by(o: Obligation, today: date) -> bool:
    return o.status not in _NOT_COUNTED and o.span.start <= today


def _rate(present: int, expected: int) -> float | None:
    return present / expected if expected else None
