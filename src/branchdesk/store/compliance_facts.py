"""The adapter from stored records to the compliance engine's plain facts.

The engine (core/compliance) knows nothing of tables or of other record families. Here each
family the store keeps is mapped into its facts and named in `available`; a family that is
not kept yet stays out of `available`, so its rules read "not evaluable" — never a made-up
result.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from sqlite_utils import Database

from branchdesk.core.attendance import Roster
from branchdesk.core.compliance import (
    ComplianceFacts,
    FactKind,
    MeetingFact,
    MeetingKey,
    ReviewFact,
    TalkFact,
    TrainingFact,
    TrainingForm,
)
from branchdesk.core.meetings import AttendanceStatus, Meeting, MeetingKind
from branchdesk.core.members import Member
from branchdesk.core.membership import group_on, presence_periods
from branchdesk.core.organisation import CommitteeTerm
from branchdesk.core.review import ReviewRound
from branchdesk.core.talks import Talk
from branchdesk.core.training import Training
from branchdesk.store.branch_repo import BranchRepository
from branchdesk.store.meetings_repo import MeetingRepository
from branchdesk.store.members_repo import MemberRepository
from branchdesk.store.review_repo import ReviewRepository
from branchdesk.store.talks_repo import TalkRepository
from branchdesk.store.training_repo import TrainingRepository


def load_facts(db: Database, *years: int) -> ComplianceFacts:
    """Every fact the rules read; only the records of *years* when given (members, terms
    and groups are always whole: presence and seats span years)."""
    branch = BranchRepository(db)
    members = MemberRepository(db).all()
    terms = branch.terms()
    expected = _ExpectedLists(members, terms, years)
    asked: tuple[int | None, ...] = years or (None,)
    available = {
        FactKind.MEETINGS,
        FactKind.MEMBERS,
        FactKind.COMMITTEE_TERMS,
        FactKind.TALKS,
        FactKind.TRAININGS,
        FactKind.REVIEWS,
    }
    return ComplianceFacts(
        members=members,
        groups=branch.groups(),
        terms=terms,
        meetings=[meeting_fact(m, expected) for y in asked for m in MeetingRepository(db).all(y)],
        talks=[talk_fact(t) for y in asked for t in TalkRepository(db).all(y)],
        trainings=[training_fact(t) for y in asked for t in TrainingRepository(db).all(y)],
        reviews=[
            f for y in asked for f in (review_fact(r) for r in ReviewRepository(db).all(y)) if f
        ],
        available=frozenset(available),
    )


class _ExpectedLists:
    """`core.attendance.expected_members`, with each member's presence worked out once.

    The plain function recomputes every member's presence for every meeting; over a year
    of a large branch that dominated loading. Same answer (a test compares them), faster.
    """

    def __init__(
        self, members: Sequence[Member], terms: Sequence[CommitteeTerm], years: Sequence[int]
    ) -> None:
        self._roster = Roster.of(members, terms)
        presence = [(m.id, m, presence_periods(m)) for m in members if m.id is not None]
        if years:  # only the meetings of *years* are asked about
            first, last = date(min(years), 1, 1), date(max(years), 12, 31)
            presence = [
                entry
                for entry in presence
                if any(s <= last and (e is None or e > first) for s, e in entry[2])
            ]
        self._presence = presence

    def __call__(self, kind: MeetingKind, day: date, group_id: int | None) -> frozenset[int]:
        on_day = [
            (member_id, m)
            for member_id, m, periods in self._presence
            if member_id is not None
            and any(start <= day and (end is None or day < end) for start, end in periods)
        ]
        if kind == MeetingKind.COMMITTEE:
            term = self._roster.term_on(day)
            seats = term.member_ids() if term is not None else frozenset()
            return frozenset(i for i, _ in on_day if i in seats)
        if kind == MeetingKind.GROUP:
            return frozenset(
                i for i, m in on_day if group_id is not None and group_on(m, day) == group_id
            )
        return frozenset(i for i, _ in on_day)


def meeting_fact(meeting: Meeting, expected: Callable[..., frozenset[int]]) -> MeetingFact:
    """Kind, date, group, lecturer; who was due (应到, derived) and who was present."""
    return MeetingFact(
        meeting.id or 0,
        MeetingKey(meeting.kind.value),
        meeting.held_on,
        meeting.group_id,
        meeting.lecturer_id,
        frozenset(a.member_id for a in meeting.attendance if a.status == AttendanceStatus.PRESENT),
        expected(meeting.kind, meeting.held_on, meeting.group_id),
    )


def talk_fact(talk: Talk) -> TalkFact:
    members = tuple(c.member_id for c in talk.counterparts if c.member_id is not None)
    return TalkFact(talk.id or 0, talk.held_on, talk.talker_id, members)


def training_fact(training: Training) -> TrainingFact:
    """A training counts on its first day (as in core.training), with each member's hours."""
    hours = tuple((p.member_id, p.hours) for p in training.participants if p.member_id is not None)
    return TrainingFact(training.id or 0, training.starts_on, TrainingForm(training.form), hours)


def review_fact(review: ReviewRound) -> ReviewFact | None:
    """A round counts once it has been held: voted on, decided, or closed.

    A round only opened (a study date, nothing more) is work in progress, not a review.
    """
    if review.vote_on is None and review.verdict_on is None and review.closed_on is None:
        return None
    return ReviewFact(review.id or 0, review.year, review.review_date)
