"""The six-month rules of 党章 第九条: dues unpaid, and no organisational life, for
consecutive months (issue 18).

Judged per member as of today, or the day after the window when it has ended. Of the
enabled rules of one subject (a warning at 3 months, an alert at 6), a member is reminded
by the one with the highest threshold his run has reached: the highest rule is overdue
(an alert), a lower one is due soon (a warning). `done` is the months in a row and `due`
the months that make the alert (a warning at 5 months reads 5 / 6).

Organisational life: a month counts as absent when the member was due (应到) at one or
more meetings and was present at none (leave with a reason is excused when the rule set
says so: `MeetingFact.excused_ids`). A month in which he was due at no meeting is not
counted either way: no reminder grows from the branch holding nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from branchdesk.core.compliance.facts import SUBJECT_FACTS
from branchdesk.core.compliance.index import FactIndex
from branchdesk.core.compliance.obligations import Obligation, ObligationStatus
from branchdesk.core.compliance.periods import RulePeriod, Span
from branchdesk.core.compliance.rules import Rule, RuleScope, RuleSubject
from branchdesk.core.dues_ledger import key_of, month_end, month_start, shift
from branchdesk.core.meetings import MeetingKind
from branchdesk.core.members import Member

LOOK_BACK_MONTHS = 36  # how far back a run of absent months is followed


def judged_on(index: FactIndex, window: Span) -> date:
    return judged_on_day(index.today, window.end)


def judged_on_day(today: date, window_end: date) -> date:
    """Today while the window runs; the day after it once it has ended."""
    return min(today, window_end + timedelta(days=1))


def six_month_rule(
    rule: Rule, index: FactIndex, window: Span, enabled: Sequence[Rule]
) -> Iterator[Obligation]:
    as_of = judged_on(index, window)
    ceiling = min(
        (
            r.threshold
            for r in enabled
            if r.subject == rule.subject and r.threshold > rule.threshold
        ),
        default=None,
    )
    found = False
    for member_id, member in index.members.items():
        if not index.belongs_on(member_id, as_of - timedelta(days=1)):
            continue
        run = run_of(rule.subject, index, member, as_of)
        if len(run) < rule.threshold or (ceiling is not None and len(run) >= ceiling):
            continue
        found = True
        alert = ceiling is None
        zh, en = _gap(rule.subject, member.name, run, alert)
        yield Obligation(
            rule.id, window, RuleScope.EACH_MEMBER,
            ObligationStatus.MISSING if alert else ObligationStatus.NOT_YET_DUE,
            ceiling or rule.threshold, len(run), (), SUBJECT_FACTS[rule.subject], zh, en,
            member_id, member.name, month_start(run[0]), due_soon=not alert,
        )  # fmt: skip
    if not found:
        yield Obligation(
            rule.id, window, RuleScope.EACH_MEMBER, ObligationStatus.MET, 0, 0, (),
            SUBJECT_FACTS[rule.subject], "", "",
        )  # fmt: skip


def run_of(subject: RuleSubject, index: FactIndex, member: Member, as_of: date) -> tuple[str, ...]:
    """The member's consecutive months of *subject* as of *as_of*, oldest first."""
    key = (subject, member.id or 0, as_of)
    found = index.runs.get(key)
    if found is None:
        found = index.runs[key] = _run_of(subject, index, member, as_of)
    return found


def _run_of(subject: RuleSubject, index: FactIndex, member: Member, as_of: date) -> tuple[str, ...]:
    if subject == RuleSubject.DUES_UNPAID:
        book = index.facts.dues
        run = book.arrears_run(member, as_of)
        start = index.facts.tracking_from
        return tuple(m for m in run if start is None or m >= key_of(start))
    return absent_run(index, member, as_of)


def absent_run(index: FactIndex, member: Member, as_of: date) -> tuple[str, ...]:
    """Months ended before *as_of* in which the member was due at meetings and attended
    none, back to the last month he took part (or was excused); months with no meeting due
    are passed over."""
    mid = member.id or 0
    start = index.facts.tracking_from
    run: list[str] = []
    key = shift(key_of(as_of), -1)
    for _ in range(LOOK_BACK_MONTHS):
        if start is not None and key < key_of(start):
            break
        first, last = month_start(key), month_end(key)
        if not any(index.belongs_on(mid, first + timedelta(days=d)) for d in (0, last.day - 1)):
            break  # not a member then: the run began after he joined
        span = Span(first.year, RulePeriod.MONTH, first.month)
        due = [
            m
            for kind in MeetingKind
            for m in index.meetings[kind].within(span)
            if mid in m.expected_ids
        ]
        if due:
            if any(mid in m.attendee_ids or mid in m.excused_ids for m in due):
                break
            run.append(key)
        key = shift(key, -1)
    return tuple(reversed(run))


def _gap(subject: RuleSubject, name: str, run: tuple[str, ...], alert: bool) -> tuple[str, str]:
    since = month_start(run[0])
    since_zh = f"{since.year}年{since.month}月"
    months = len(run)
    if subject == RuleSubject.DUES_UNPAID:
        zh = f"{name}自{since_zh}起已连续{months}个月未交纳党费"
        en = f"{name} has paid no dues for {months} months in a row (since {run[0]})"
    else:
        zh = f"{name}自{since_zh}起已连续{months}个月未参加组织生活"
        en = f"{name} has taken part in no organisational life for {months} months ({run[0]} on)"
    if alert:
        zh += "，按党章第九条应按自行脱党处理，请支部立即了解情况"
        en += ": under Article 9 of the Party Constitution this is regarded as leaving the party"
    else:
        zh += "，请及时提醒"
        en += "; remind the member"
    return zh, en
