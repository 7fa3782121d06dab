"""Where each person of the pipeline stands today, and the year's figures for the report.

One computation for the 发展党员 page, `branchdesk recruits`, the ledger and the report,
so the numbers they show cannot differ.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from branchdesk.core.recruiting import ACTIVE_STAGES, Recruit, RecruitStep, Stage, StepKind
from branchdesk.core.recruiting_limits import NextStep, RecruitingLimits, next_step
from branchdesk.core.recruiting_validation import Breach, breaches
from branchdesk.core.workdays import WorkCalendar


@dataclass(frozen=True)
class RecruitStatus:
    recruit: Recruit  # as the records stand on `today` (later steps are plans)
    last_step: RecruitStep | None
    next: NextStep | None
    overdue: bool
    breaches: tuple[Breach, ...]

    @property
    def stage(self) -> Stage:
        return self.recruit.stage

    @property
    def deadline(self) -> date | None:
        return self.next.deadline if self.next is not None else None

    @property
    def active(self) -> bool:
        return self.stage in ACTIVE_STAGES


def recruit_status(
    recruit: Recruit,
    limits: RecruitingLimits,
    calendar: WorkCalendar,
    today: date,
    tracking_from: date | None = None,  # see ComplianceFacts.tracking_from
) -> RecruitStatus:
    now = replace(recruit, steps=tuple(s for s in recruit.steps if s.on <= today))
    ordered = now.ordered_steps()
    step = next_step(now, limits, calendar) if now.stage in ACTIVE_STAGES else None
    overdue = step is not None and step.overdue(today)
    if overdue and tracking_from is not None and step is not None and step.deadline:
        overdue = step.deadline >= tracking_from
    found = tuple(breaches(now, limits, calendar, today))
    return RecruitStatus(now, ordered[-1] if ordered else None, step, overdue, found)


def statuses(
    recruits: Iterable[Recruit],
    limits: RecruitingLimits,
    calendar: WorkCalendar,
    today: date,
    tracking_from: date | None = None,
) -> list[RecruitStatus]:
    """Everyone, in the order of the stages, then by deadline and name."""
    order = {stage: i for i, stage in enumerate(Stage)}
    found = [recruit_status(r, limits, calendar, today, tracking_from) for r in recruits]
    return sorted(
        found,
        key=lambda s: (
            order[s.stage],
            s.deadline or date.max,
            s.recruit.applied_on,
            s.recruit.name,
        ),
    )


@dataclass(frozen=True)
class YearRecruiting:
    """The report's sentence: 年内发展党员N名、转正N名、延长预备期N名; and the plan beside it."""

    year: int
    admitted: tuple[str, ...]
    converted: tuple[str, ...]
    extended: tuple[str, ...]
    applied: tuple[str, ...]
    activists: tuple[str, ...]  # made activists in the year
    candidates: tuple[str, ...]  # made candidates in the year
    in_pipeline_at_end: int  # applicants, activists and candidates on 31 December
    planned: int | None  # the year's 发展计划, when set


def year_recruiting(
    recruits: Sequence[Recruit], year: int, planned: int | None = None
) -> YearRecruiting:
    def named(kind: StepKind) -> tuple[str, ...]:
        return tuple(r.name for r in recruits if any(s.on.year == year for s in r.steps_of(kind)))

    end = date(year, 12, 31)
    waiting = (Stage.APPLICANT, Stage.ACTIVIST, Stage.CANDIDATE)
    at_end = sum(
        1
        for r in recruits
        if r.applied_on <= end
        and replace(r, steps=tuple(s for s in r.steps if s.on <= end)).stage in waiting
    )
    return YearRecruiting(
        year,
        named(StepKind.ADMITTED),
        named(StepKind.CONVERTED),
        named(StepKind.EXTENDED),
        tuple(r.name for r in recruits if r.applied_on.year == year and not r.earlier_unknown),
        named(StepKind.ACTIVIST),
        named(StepKind.CANDIDATE),
        at_end,
        planned,
    )
