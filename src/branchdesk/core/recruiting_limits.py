"""The recruiting time limits: each person's next step, its deadline, and limits broken.

The limits are rows of the editable rule set (`RecruitingLimits.from_rules`), with their
citations in `core.compliance.defaults`; working days come from `core.workdays`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from branchdesk.core.compliance.periods import add_months
from branchdesk.core.compliance.rules import Rule, RuleSubject
from branchdesk.core.recruiting import Recruit, Stage, StepKind
from branchdesk.core.workdays import WorkCalendar

PROBATION_MONTHS = 12  # 党章 第七条: one year from the 支部大会 vote
HOURS_PER_DAY = 8  # rules.md: a full day of training = 8 学时


@dataclass(frozen=True)
class RecruitingLimits:
    talk_months: int = 1  # 细则 第七条
    activist_months: int = 12  # 细则 第十三条
    assessment_months: int = 6  # 细则 第十一条
    training_hours: int = 24  # 细则 第十七条: ≥3 days or 24 学时
    notice_workdays: int = 5  # 公示 (local practice)
    approval_months: int = 3  # 细则 第二十六条: within 3 months (extendable to 6)
    warn_months: int = 1  # the probation_end rule: warn a month ahead
    # Which rule each limit comes from, so a breach names the rule the user can edit.
    enabled: frozenset[str] = frozenset(
        {"talk", "activist", "assessment", "training", "notice", "approval", "conversion"}
    )

    @property
    def training_days(self) -> float:
        return self.training_hours / HOURS_PER_DAY

    @classmethod
    def from_rules(cls, rules: Iterable[Rule]) -> RecruitingLimits:
        values: dict[str, int] = {}
        enabled: set[str] = set()
        for rule in rules:
            name = _LIMIT_OF.get(rule.subject)
            if name is None:
                continue
            values[_FIELD_OF[name]] = rule.threshold
            if rule.enabled:
                enabled.add(name)
        return cls(**values, enabled=frozenset(enabled))


_LIMIT_OF = {
    RuleSubject.RECRUIT_TALK: "talk",
    RuleSubject.RECRUIT_ACTIVIST_TIME: "activist",
    RuleSubject.RECRUIT_ASSESSMENT: "assessment",
    RuleSubject.RECRUIT_TRAINING: "training",
    RuleSubject.RECRUIT_NOTICE: "notice",
    RuleSubject.RECRUIT_APPROVAL: "approval",
    RuleSubject.PROBATION_END: "conversion",
}
_FIELD_OF = {
    "talk": "talk_months",
    "activist": "activist_months",
    "assessment": "assessment_months",
    "training": "training_hours",
    "notice": "notice_workdays",
    "approval": "approval_months",
    "conversion": "warn_months",
}
RULE_OF_LIMIT = {
    "talk": "recruit_talk",
    "activist": "recruit_activist_time",
    "assessment": "recruit_assessment",
    "training": "recruit_training",
    "notice": "recruit_notice",
    "approval": "recruit_approval",
    "conversion": "probation_end",
}


@dataclass(frozen=True)
class NextStep:
    kind: StepKind
    deadline: date | None = None  # must be done by this day
    earliest: date | None = None  # may not be done before this day
    limit: str = ""  # the limit (RULE_OF_LIMIT key) that sets the deadline

    def overdue(self, today: date) -> bool:
        return self.deadline is not None and self.deadline < today


def probation_ends(recruit: Recruit) -> date | None:
    """The last day before conversion is due: a year after admission plus any extension.
    The full-member date (转正时间) is that day (细则 第三十四条: 预备期满之日)."""
    admitted = recruit.admitted_on
    if admitted is None:
        return None
    return add_months(admitted, PROBATION_MONTHS + recruit.extension_months)


def training_done(recruit: Recruit, limits: RecruitingLimits) -> bool:
    steps = recruit.steps_of(StepKind.TRAINING)
    days = sum(s.days for s in steps)
    hours = sum(s.hours for s in steps)
    return bool(steps) and (hours >= limits.training_hours or days >= limits.training_days)


def notice_workdays(recruit: Recruit, calendar: WorkCalendar) -> int:
    """Working days of the longest notice recorded (0 without one)."""
    return max(
        (
            calendar.workdays_between(s.on, s.ends_on)
            for s in recruit.steps_of(StepKind.NOTICE)
            if s.ends_on is not None
        ),
        default=0,
    )


def notice_end_needed(start: date, limits: RecruitingLimits, calendar: WorkCalendar) -> date:
    """The first day a notice starting on *start* may end and still last long enough."""
    return calendar.nth_workday_from(start, limits.notice_workdays)


def next_step(
    recruit: Recruit, limits: RecruitingLimits, calendar: WorkCalendar
) -> NextStep | None:
    """What the branch does next for *recruit*, with its deadline; None when done or out."""
    stage = recruit.stage
    if stage == Stage.APPLICANT:
        if not recruit.steps_of(StepKind.TALK):
            return NextStep(
                StepKind.TALK, add_months(recruit.applied_on, limits.talk_months), limit="talk"
            )
        return NextStep(StepKind.ACTIVIST)
    if stage == Stage.ACTIVIST:
        return _activist_next(recruit, limits)
    if stage == Stage.CANDIDATE:
        return _candidate_next(recruit, limits, calendar)
    if stage == Stage.PROBATIONARY_RECRUIT:
        admitted = recruit.admitted_on
        assert admitted is not None
        if not recruit.steps_of(StepKind.APPROVED):
            return NextStep(
                StepKind.APPROVED, add_months(admitted, limits.approval_months), limit="approval"
            )
        if not recruit.steps_of(StepKind.OATH):
            return NextStep(StepKind.OATH)
        return NextStep(StepKind.CONVERTED, probation_ends(recruit), limit="conversion")
    if stage == Stage.FULL_RECRUIT and not recruit.steps_of(StepKind.CONVERSION_APPROVED):
        return NextStep(StepKind.CONVERSION_APPROVED)
    return None


def _activist_next(recruit: Recruit, limits: RecruitingLimits) -> NextStep:
    became = recruit.last(StepKind.ACTIVIST)
    assert became is not None
    if not recruit.steps_of(StepKind.MENTORS):
        return NextStep(StepKind.MENTORS)
    assessed = recruit.last(StepKind.ASSESSMENT)
    since = max(became.on, assessed.on) if assessed is not None else became.on
    eligible = add_months(became.on, limits.activist_months)
    assessment_due = add_months(since, limits.assessment_months)
    if assessment_due <= eligible:
        return NextStep(StepKind.ASSESSMENT, assessment_due, limit="assessment")
    return NextStep(StepKind.CANDIDATE, earliest=eligible, limit="activist")


def _candidate_next(recruit: Recruit, limits: RecruitingLimits, calendar: WorkCalendar) -> NextStep:
    for kind in (StepKind.INTRODUCERS, StepKind.POLITICAL_CHECK):
        if not recruit.steps_of(kind):
            return NextStep(kind)
    if not training_done(recruit, limits):
        return NextStep(StepKind.TRAINING, limit="training")
    if notice_workdays(recruit, calendar) < limits.notice_workdays:
        return NextStep(StepKind.NOTICE, limit="notice")
    if not recruit.steps_of(StepKind.PRE_REVIEW):
        return NextStep(StepKind.PRE_REVIEW)
    notice = recruit.last(StepKind.NOTICE)
    after = notice.ends_on + timedelta(days=1) if notice and notice.ends_on else None
    return NextStep(StepKind.ADMITTED, earliest=after)
