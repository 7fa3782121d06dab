"""The engine's own input: small, plain facts that the workspace maps real records into.

The engine never sees a database row or a record class of another family, so it can be
tested with a handful of dates and ids, and a record family that does not exist yet is
simply absent from `available` (its rules are then reported as not evaluable).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from branchdesk.core import committee, registry
from branchdesk.core.compliance.rules import RECRUIT_SUBJECTS, RuleSubject
from branchdesk.core.dues_ledger import DuesBook
from branchdesk.core.meetings import MeetingKind
from branchdesk.core.members import Member
from branchdesk.core.organisation import CommitteeTerm, PartyGroup
from branchdesk.core.recruiting import Recruit
from branchdesk.core.training import TrainingForm
from branchdesk.core.workdays import OfficialDay

COMMITTEE_MIN_SEATS = 3  # fewer than 7 full members: a secretary (and deputy) only, no committee


class FactKind(StrEnum):
    """The record families the rules read; also the `evidence_type` of an obligation."""

    # The record types' registry keys, where there is one (compliance --json's evidence_type).
    MEETINGS = registry.MEETINGS.key
    TALKS = registry.TALKS.key
    TRAININGS = registry.TRAININGS.key
    REVIEWS = "reviews"  # review rounds, counted by the year reviewed
    MEMBERS = registry.MEMBERS.key
    COMMITTEE_TERMS = registry.COMMITTEE_TERMS.key
    DUES = "dues"  # bases and payments
    RECRUITS = registry.RECRUITS.key


SUBJECT_FACTS: dict[RuleSubject, FactKind] = {
    RuleSubject.MEETING: FactKind.MEETINGS,
    RuleSubject.REVIEW: FactKind.REVIEWS,
    RuleSubject.TALK: FactKind.TALKS,
    RuleSubject.TRAINING: FactKind.TRAININGS,
    RuleSubject.STUDY_HOURS: FactKind.TRAININGS,
    RuleSubject.TERM_END: FactKind.COMMITTEE_TERMS,
    RuleSubject.PROBATION_END: FactKind.MEMBERS,
    RuleSubject.DUES_UNPAID: FactKind.DUES,
    RuleSubject.ORG_LIFE_ABSENT: FactKind.MEETINGS,
    **dict.fromkeys(RECRUIT_SUBJECTS, FactKind.RECRUITS),
    **dict.fromkeys(RECRUIT_SUBJECTS, FactKind.RECRUITS),
}


@dataclass(frozen=True)
class MeetingFact:
    record_id: int
    kind: MeetingKind
    held_on: date
    group_id: int | None = None  # group meetings
    lecturer_id: int | None = None  # lessons: the member who gave it
    attendee_ids: frozenset[int] = frozenset()  # members present
    expected_ids: frozenset[int] = frozenset()  # members due to attend (应到)
    # On leave with a reason, where the rule set counts that as excused (issue 18).
    excused_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class TalkFact:
    record_id: int
    held_on: date
    talker_id: int | None  # None: not a member of the branch (an upper-level cadre)
    counterpart_ids: tuple[int, ...] = ()  # members only; non-members are left out


@dataclass(frozen=True)
class TrainingFact:
    record_id: int
    held_on: date
    form: TrainingForm
    hours: tuple[tuple[int, float], ...] = ()  # (member id, study hours) per participant


@dataclass(frozen=True)
class ReviewFact:
    record_id: int
    year: int  # the year reviewed (a round for 2025 is often held in early 2026)
    held_on: date
    # Done only when done: every full member due a grade has one and every step is dated.
    # A round short of that counts as begun, not held (`graded` of `to_grade`).
    to_grade: int = 0
    graded: int = 0
    steps_dated: bool = True

    @property
    def complete(self) -> bool:
        return self.graded >= self.to_grade and self.steps_dated


@dataclass(frozen=True)
class ComplianceFacts:
    members: Sequence[Member] = ()
    groups: Sequence[PartyGroup] = ()
    terms: Sequence[CommitteeTerm] = ()
    meetings: Sequence[MeetingFact] = ()
    talks: Sequence[TalkFact] = ()
    trainings: Sequence[TrainingFact] = ()
    reviews: Sequence[ReviewFact] = ()
    # 开始使用本软件记录的日期: spans starting before it are not judged (see counting).
    tracking_from: date | None = None
    dues: DuesBook = field(default_factory=DuesBook)
    # The recruiting pipeline and the official calendar its notices are counted by.
    recruits: Sequence[Recruit] = ()
    official_days: Sequence[OfficialDay] = ()
    # Record families the workspace can read; rules needing another family are not evaluable.
    available: frozenset[FactKind] = field(
        default_factory=lambda: frozenset({FactKind.MEMBERS, FactKind.COMMITTEE_TERMS})
    )

    def term_on(self, day: date) -> CommitteeTerm | None:
        return committee.term_on(self.terms, day)

    def committee_on(self, day: date) -> frozenset[int]:
        """Members holding a committee seat on *day* (a secretary-only branch: one id)."""
        term = self.term_on(day)
        return term.member_ids() if term is not None else frozenset()

    def has_committee_on(self, day: date) -> bool:
        term = self.term_on(day)
        return term is not None and len(term.seats) >= COMMITTEE_MIN_SEATS
