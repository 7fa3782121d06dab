"""The recruiting time limits as obligations: one per person whose next step the rule governs.

Judged as of the window's last day (or today while it runs), like the probation rule: a
person's next step with a deadline is owed (NOT_YET_DUE) until the deadline passes, then
overdue (MISSING). Training and the notice have no deadline of their own: they are owed
before the 支部大会 may vote. The activist period is a "not before" limit, checked when the
candidate step is saved (core.recruiting_validation), so it owes nothing here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from branchdesk.core.compliance.facts import FactKind
from branchdesk.core.compliance.gaps import zh_date
from branchdesk.core.compliance.index import FactIndex
from branchdesk.core.compliance.obligations import Obligation, ObligationStatus
from branchdesk.core.compliance.periods import RulePeriod, Span, add_months, clamp
from branchdesk.core.compliance.rules import Rule, RuleScope, RuleSubject
from branchdesk.core.labels import label
from branchdesk.core.recruiting import ACTIVE_STAGES, Recruit
from branchdesk.core.recruiting_limits import (
    NextStep,
    RecruitingLimits,
    next_step,
)
from branchdesk.core.workdays import WorkCalendar

SOON = 1  # months: a deadline this close is "due soon" on the 概览, as a probation's end

_LIMIT_OF_SUBJECT = {
    RuleSubject.RECRUIT_TALK: "talk",
    RuleSubject.RECRUIT_ASSESSMENT: "assessment",
    RuleSubject.RECRUIT_TRAINING: "training",
    RuleSubject.RECRUIT_NOTICE: "notice",
    RuleSubject.RECRUIT_APPROVAL: "approval",
}


def recruit_rule(rule: Rule, index: FactIndex, window: Span) -> Iterator[Obligation]:
    as_of = clamp(index.today, window)
    limit = _LIMIT_OF_SUBJECT.get(rule.subject)
    limits = RecruitingLimits.from_rules([rule])
    calendar = WorkCalendar(index.facts.official_days)
    found = False
    for position, recruit in enumerate(index.facts.recruits):
        if limit is None or recruit.id is None or recruit.applied_on > as_of:
            continue
        step = next_step(_as_of_once(index, position, as_of), limits, calendar)
        if step is None or step.limit != limit or recruit.stage not in ACTIVE_STAGES:
            continue
        if not _concerns(window, step.deadline, as_of):
            continue
        found = True
        yield _obligation(rule, window, recruit, step, as_of, index.facts.tracking_from)
    if not found:
        yield Obligation(
            rule.id, window, RuleScope.EACH_RECRUIT, ObligationStatus.MET, 0, 0, (),
            FactKind.RECRUITS, "", "",
        )  # fmt: skip


def _concerns(window: Span, deadline: date | None, as_of: date) -> bool:
    """The year lists every open deadline; a month or quarter only those falling in it or
    soon (an assessment due next spring is not this month's business)."""
    if window.kind == RulePeriod.YEAR or deadline is None:
        return True
    return deadline <= max(window.end, add_months(as_of, SOON))


def _as_of_once(index: FactIndex, position: int, day: date) -> Recruit:
    """`_as_of` of the index's recruit at *position*, worked out once per index: each
    recruiting rule and window of the same day asks for the same person again."""
    key = (position, day)
    found = index.as_of.get(key)
    if not isinstance(found, Recruit):
        found = _as_of(index.facts.recruits[position], day)
        index.as_of[key] = found
    return found


def _as_of(recruit: Recruit, day: date) -> Recruit:
    """The person as the records stood on *day*: steps dated later did not happen yet."""
    return replace(recruit, steps=tuple(s for s in recruit.steps if s.on <= day))


def _obligation(
    rule: Rule,
    window: Span,
    recruit: Recruit,
    step: NextStep,
    as_of: date,
    tracking_from: date | None,
) -> Obligation:
    overdue = step.overdue(as_of)
    if overdue and tracking_from is not None and step.deadline is not None:
        overdue = step.deadline >= tracking_from  # before tracking began: not judged
    what = label(step.kind, "zh")
    stage = label(recruit.stage, "zh")
    if step.deadline is None:
        zh = f"{stage}{recruit.name}：下一步{what}"
        en = f"{recruit.name}: next, {label(step.kind, 'en').lower()}"
    elif overdue:
        zh = f"{stage}{recruit.name}：{what}已逾期（应于{zh_date(step.deadline)}前完成）"
        en = f"{recruit.name}: {label(step.kind, 'en').lower()} overdue since {step.deadline}"
    else:
        zh = f"{stage}{recruit.name}：须于{zh_date(step.deadline)}前完成{what}"
        en = f"{recruit.name}: {label(step.kind, 'en').lower()} due by {step.deadline}"
    status = ObligationStatus.MISSING if overdue else ObligationStatus.NOT_YET_DUE
    return Obligation(
        rule.id, window, RuleScope.EACH_RECRUIT, status, 1, 0, (),
        FactKind.RECRUITS, zh, en, recruit.id, recruit.name, step.deadline,
        not overdue and step.deadline is not None and step.deadline <= add_months(as_of, SOON),
    )  # fmt: skip
