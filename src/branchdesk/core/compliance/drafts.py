"""A new record, prefilled, that would meet a missing obligation: the dashboard's action.

Meetings get their kind, date, title, group or lecturer and everyone due to attend marked
present; talks get the date, the secretary as talker and the member who has had none, or
for a pair rule two people of the pair it asks for (two members off the committee for 党员之间);
the secretary's training gets the date and the secretary as participant. The draft is
only a start: the user completes and saves it in the record's own form.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from branchdesk.core import registry
from branchdesk.core.attendance import Roster, default_attendance
from branchdesk.core.committee import holder_on
from branchdesk.core.compliance.obligations import Obligation
from branchdesk.core.compliance.rules import Rule, RuleScope, RuleSubject
from branchdesk.core.dues import DuesPayment
from branchdesk.core.enums import Post
from branchdesk.core.labels import label
from branchdesk.core.meetings import Meeting
from branchdesk.core.participation import Participant
from branchdesk.core.recruiting import Recruit
from branchdesk.core.talks import Counterpart, PairType, Talk
from branchdesk.core.training import Training, TrainingForm


@dataclass(frozen=True)
class RecordDraft:
    record_type: str  # the registry key: "meetings", "talks", "trainings"
    # a payment: a back-payment; a Recruit: open that person on 发展党员
    record: Meeting | Talk | Training | DuesPayment | Recruit


def draft_for(
    obligation: Obligation, rule: Rule, roster: Roster, today: date
) -> RecordDraft | None:
    """The draft for *obligation* of *rule*; None when no record of a form would meet it
    (a review round, a term, a probation) or its span has not begun (nothing is recorded
    ahead). The date is the span's last day, or today while the span is running."""
    if obligation.span.start > today:
        return None
    day = min(obligation.span.end, today)
    secretary = holder_on(roster.terms, Post.SECRETARY, day)
    if rule.subject == RuleSubject.MEETING and rule.meeting_kind is not None:
        return RecordDraft(registry.MEETINGS.key, _meeting(obligation, rule, roster, day))
    if rule.subject == RuleSubject.TALK and secretary is not None:
        if rule.talk_pair is not None:
            return _pair_talk(rule.talk_pair, roster, day, secretary)
        member = obligation.subject_id if rule.scope == RuleScope.EACH_MEMBER else None
        talker = secretary if member != secretary else _deputy(roster, day) or secretary
        others = (Counterpart(member_id=member),) if member not in (None, talker) else ()
        return RecordDraft(registry.TALKS.key, Talk(day, talker, others))
    if rule.subject == RuleSubject.TRAINING and rule.scope == RuleScope.SECRETARY:
        if secretary is None:
            return None
        form = rule.training_form or TrainingForm.CENTRALISED
        return RecordDraft(
            registry.TRAININGS.key,
            Training(day, "", (Participant(member_id=secretary),), form=form),
        )
    return None


def _meeting(obligation: Obligation, rule: Rule, roster: Roster, day: date) -> Meeting:
    assert rule.meeting_kind is not None
    kind = rule.meeting_kind
    group_id = obligation.subject_id if rule.scope == RuleScope.EACH_GROUP else None
    lecturer_id = obligation.subject_id if rule.scope == RuleScope.SECRETARY else None
    lecturer = roster.member(lecturer_id) if lecturer_id is not None else None
    return Meeting(
        kind,
        day,
        f"{obligation.span.label('zh')}{label(kind)}",
        group_id=group_id,
        lecturer_id=lecturer_id,
        lecturer_name=lecturer.name if lecturer is not None else "",
        attendance=default_attendance(roster, kind, day, group_id),
    )


def _pair_talk(pair: PairType, roster: Roster, day: date, secretary: int) -> RecordDraft | None:
    """A talk of the two kinds of people *pair* names: the secretary with another committee
    member, the secretary with a member, or two members off the committee. None when the
    branch has no such two on *day*."""
    term = roster.term_on(day)
    committee = term.member_ids() if term is not None else frozenset()
    others = [m.id for m in roster.members_on(day) if m.id is not None and m.id not in committee]
    talker: int | None
    counterpart: int | None
    if pair == PairType.COMMITTEE_COMMITTEE:
        talker, counterpart = secretary, _deputy(roster, day)
    elif pair == PairType.COMMITTEE_MEMBER:
        talker, counterpart = secretary, next(iter(others), None)
    else:  # 党员之间: neither holds a seat
        talker, counterpart = (others[0], others[1]) if len(others) > 1 else (None, None)
    if talker is None or counterpart is None:
        return None
    return RecordDraft(registry.TALKS.key, Talk(day, talker, (Counterpart(member_id=counterpart),)))


def _deputy(roster: Roster, day: date) -> int | None:
    """Someone else on the committee to talk with the secretary."""
    term = roster.term_on(day)
    if term is None:
        return None
    return next((s.member_id for s in term.seats if s.post != Post.SECRETARY), None)
