"""The adapter from stored records to the compliance engine's plain facts.

The engine (core/compliance) knows nothing of tables or of other record families. Here each
family the store keeps is mapped into its facts and named in `available`; a family that is
not kept yet stays out of `available`, so its rules read "not evaluable" — never a made-up
result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from branchdesk.core.attendance import Roster, expected_members
from branchdesk.core.compliance import (
    ComplianceFacts,
    FactKind,
    MeetingFact,
    ReviewFact,
    TalkFact,
    TrainingFact,
)
from branchdesk.core.dues_ledger import DuesBook
from branchdesk.core.meetings import AttendanceStatus, Meeting, MeetingKind
from branchdesk.core.members import Member
from branchdesk.core.organisation import CommitteeTerm, PartyGroup
from branchdesk.core.review import ReviewRound, grade_summary, undated_steps
from branchdesk.core.talks import Talk
from branchdesk.core.training import Training
from branchdesk.store.branch_repo import BranchRepository
from branchdesk.store.connection import Database
from branchdesk.store.dues_repo import dues_book
from branchdesk.store.meetings_repo import MeetingRepository
from branchdesk.store.members_repo import MemberRepository
from branchdesk.store.review_repo import ReviewRepository
from branchdesk.store.settings_repo import SettingsRepository
from branchdesk.store.talks_repo import TalkRepository
from branchdesk.store.training_repo import TrainingRepository


def load_facts(db: Database, *years: int) -> ComplianceFacts:
    """Every fact the rules read; only the records of *years* when given (members, terms
    and groups are always whole: presence and seats span years)."""
    from branchdesk.store.recruiting_facts import with_recruiting

    branch = BranchRepository(db)
    profile = branch.get()
    asked: tuple[int | None, ...] = years or (None,)
    facts = facts_from(
        members=MemberRepository(db).all(),
        groups=branch.groups(),
        terms=branch.terms(),
        meetings=[m for y in asked for m in MeetingRepository(db).all(y)],
        talks=[t for y in asked for t in TalkRepository(db).all(y)],
        trainings=[t for y in asked for t in TrainingRepository(db).all(y)],
        reviews=[r for y in asked for r in ReviewRepository(db).all(y)],
        tracking_from=profile.tracking_from if profile is not None else None,
        dues=dues_book(db),
        leave_excused=leave_excused(db),
    )
    return with_recruiting(facts, db)


# The rule set's word on leave (issue 18): leave with a reason counts as excused for the
# six-month rule on organisational life unless the user switches it off.
LEAVE_EXCUSED_SETTING = "rules.leave_excused"


def leave_excused(db: Database) -> bool:
    return bool(SettingsRepository(db).get(LEAVE_EXCUSED_SETTING, True))


def facts_from(
    *,
    members: Sequence[Member],
    groups: Sequence[PartyGroup],
    terms: Sequence[CommitteeTerm],
    meetings: Iterable[Meeting],
    talks: Iterable[Talk],
    trainings: Iterable[Training],
    reviews: Iterable[ReviewRound],
    roster: Roster | None = None,
    tracking_from: date | None = None,
    dues: DuesBook | None = None,
    leave_excused: bool = True,
) -> ComplianceFacts:
    """The facts of records already read (the report reads them once for everything);
    *roster*, when given, is the same members and terms, with what it has worked out."""
    roster = roster or Roster.of(members, terms)

    def expected(kind: MeetingKind, day: date, group_id: int | None) -> frozenset[int]:
        return frozenset(
            m.id for m in expected_members(roster, kind, day, group_id) if m.id is not None
        )

    available = {
        FactKind.MEETINGS,
        FactKind.MEMBERS,
        FactKind.COMMITTEE_TERMS,
        FactKind.TALKS,
        FactKind.TRAININGS,
        FactKind.REVIEWS,
    }
    if dues is not None:
        available.add(FactKind.DUES)
    return ComplianceFacts(
        members=list(members),
        groups=list(groups),
        terms=list(terms),
        meetings=[meeting_fact(m, expected, leave_excused) for m in meetings],
        talks=[talk_fact(t) for t in talks],
        trainings=[training_fact(t) for t in trainings],
        reviews=[f for f in (review_fact(r, members) for r in reviews) if f],
        available=frozenset(available),
        tracking_from=tracking_from,
        dues=dues or DuesBook(),
    )


def meeting_fact(
    meeting: Meeting, expected: Callable[..., frozenset[int]], leave_excused: bool = True
) -> MeetingFact:
    """Kind, date, group, lecturer; who was due (应到, derived) and who was present; who
    was on leave with a reason, when the rule set counts that as excused."""
    excused = frozenset(
        a.member_id
        for a in meeting.attendance
        if leave_excused and a.status == AttendanceStatus.LEAVE and a.reason.strip()
    )
    return MeetingFact(
        meeting.id or 0,
        meeting.kind,
        meeting.held_on,
        meeting.group_id,
        meeting.lecturer_id,
        frozenset(a.member_id for a in meeting.attendance if a.status == AttendanceStatus.PRESENT),
        expected(meeting.kind, meeting.held_on, meeting.group_id),
        excused,
    )


def talk_fact(talk: Talk) -> TalkFact:
    members = tuple(c.member_id for c in talk.counterparts if c.member_id is not None)
    return TalkFact(talk.id or 0, talk.held_on, talk.talker_id, members)


def training_fact(training: Training) -> TrainingFact:
    """A training counts on its first day (as in core.training), with each member's hours."""
    hours = tuple((p.member_id, p.hours) for p in training.participants if p.member_id is not None)
    return TrainingFact(training.id or 0, training.starts_on, training.form, hours)


def review_fact(review: ReviewRound, members: Sequence[Member]) -> ReviewFact | None:
    """A round is under way once voted on, decided, or closed, and counts as held only when
    every full member has a grade and every step a date.

    A round only opened (a study date, nothing more) is work in progress, not a review.
    """
    if review.vote_on is None and review.verdict_on is None and review.closed_on is None:
        return None
    summary = grade_summary(review, members)
    return ReviewFact(
        review.id or 0,
        review.year,
        review.review_date,
        to_grade=summary.due_grade,
        graded=summary.graded,
        steps_dated=not undated_steps(review),
    )
