"""概览's 立即登记 on a six-month reminder (issue 18): for dues unpaid, a back-payment of
the months in arrears at what they owe; for no organisational life, a warning talk
(提醒谈话) of the secretary with the member. The user completes and saves it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from branchdesk.core.attendance import Roster
from branchdesk.core.committee import holder_on
from branchdesk.core.compliance.drafts import RecordDraft, draft_for
from branchdesk.core.compliance.obligations import Obligation
from branchdesk.core.compliance.rules import SIX_MONTH_SUBJECTS, Rule, RuleSubject
from branchdesk.core.compliance.six_months import judged_on_day
from branchdesk.core.dues import DuesPayment
from branchdesk.core.dues_ledger import DuesBook
from branchdesk.core.enums import Post
from branchdesk.core.talks import Counterpart, Talk, TalkKind


def record_draft(
    obligation: Obligation,
    rule: Rule,
    roster: Roster,
    book: Callable[[], DuesBook],
    today: date,
) -> RecordDraft | None:
    """The draft of any rule: the six-month rules here, the others in `drafts.draft_for`."""
    if rule.subject in SIX_MONTH_SUBJECTS:
        return six_month_draft(obligation, rule, roster, book(), today)
    return draft_for(obligation, rule, roster, today)


def six_month_draft(
    obligation: Obligation, rule: Rule, roster: Roster, book: DuesBook, today: date
) -> RecordDraft | None:
    member = roster.member(obligation.subject_id) if obligation.subject_id else None
    if member is None or member.id is None:
        return None
    if rule.subject == RuleSubject.DUES_UNPAID:
        months = book.arrears_run(member, judged_on_day(today, obligation.span.end))
        if not months:
            return None
        owed = sum(d.amount_fen for m in months if (d := book.due_in(member.id, m)) is not None)
        payment = DuesPayment(member.id, today, owed, months, note="补交")
        return RecordDraft("dues_payments", payment)
    if rule.subject == RuleSubject.ORG_LIFE_ABSENT:
        talker = _talker(roster, today, member.id)
        if talker is None:
            return None
        talk = Talk(
            today, talker, (Counterpart(member_id=member.id),), kind=TalkKind.WARNING,
            topic="参加组织生活提醒谈话",
        )  # fmt: skip
        return RecordDraft("talks", talk)
    return None


def _talker(roster: Roster, day: date, member_id: int) -> int | None:
    """The secretary; when the secretary is the one reminded, another committee member."""
    secretary = holder_on(roster.terms, Post.SECRETARY, day)
    if secretary is not None and secretary != member_id:
        return secretary
    term = roster.term_on(day)
    seats = term.seats if term is not None else ()
    return next((s.member_id for s in seats if s.member_id != member_id), None)
