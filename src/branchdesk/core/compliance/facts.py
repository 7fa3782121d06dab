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

from branchdesk.core.compliance.rules import (
    RECRUIT_SUBJECTS,
    MeetingKey,
    RuleSubject,
    TrainingForm,
)
from branchdesk.core.members import Member
from branchdesk.core.organisation import CommitteeTerm, PartyGroup
from branchdesk.core.recruiting import Recruit
from branchdesk.core.workdays import OfficialDay

COMMITTEE_MIN_SEATS = 3  # fewer than 7 full members: a secretary (and deputy) only, no committee


class FactKind(StrEnum):
    """The record families the rules read; also the `evidence_type` of an obligation."""

    MEETINGS = "meetings"
    TALKS = "talks"
    TRAININGS = "trainings"
    REVIEWS = "reviews"
    MEMBERS = "members"
    COMMITTEE_TERMS = "committee_terms"
    RECRUITS = "recruits"


SUBJECT_FACTS: dict[RuleSubject, FactKind] = {
    RuleSubject.MEETING: FactKind.MEETINGS,
    RuleSubject.REVIEW: FactKind.REVIEWS,
    RuleSubject.TALK: FactKind.TALKS,
    RuleSubject.TRAINING: FactKind.TRAININGS,
    RuleSubject.STUDY_HOURS: FactKind.TRAININGS,
    RuleSubject.TERM_END: FactKind.COMMITTEE_TERMS,
    RuleSubject.PROBATION_END: FactKind.MEMBERS,
    **dict.fromkeys(RECRUIT_SUBJECTS, FactKind.RECRUITS),
}


@dataclass(frozen=True)
class MeetingFact:
    record_id: int
    kind: MeetingKey
    held_on: date
    group_id: int | None = None  # group meetings
    lecturer_id: int | None = None  # lessons: the member who gave it
    attendee_ids: frozenset[int] = frozenset()  # members present
    expected_ids: frozenset[int] = frozenset()  # members due to attend (应到)


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


@dataclass(frozen=True)
class ComplianceFacts:
    members: Sequence[Member] = ()
    groups: Sequence[PartyGroup] = ()
    terms: Sequence[CommitteeTerm] = ()
    meetings: Sequence[MeetingFact] = ()
    talks: Sequence[TalkFact] = ()
    trainings: Sequence[TrainingFact] = ()
    reviews: Sequence[ReviewFact] = ()
    # The recruiting pipeline and the official calendar its notices are counted by.
    recruits: Sequence[Recruit] = ()
    official_days: Sequence[OfficialDay] = ()
    # TRACKING START (the branch's tracking start date, when it exists): a recruiting deadline
    # that fell before it is not reported as overdue. None: every deadline counts.
    tracking_start: date | None = None
    # Record families the workspace can read; rules needing another family are not evaluable.
    available: frozenset[FactKind] = field(
        default_factory=lambda: frozenset({FactKind.MEMBERS, FactKind.COMMITTEE_TERMS})
    )

    def term_on(self, day: date) -> CommitteeTerm | None:
        return next((t for t in self.terms if t.covers(day)), None)

    def committee_on(self, day: date) -> frozenset[int]:
        """Members holding a committee seat on *day* (a secretary-only branch: one id)."""
        term = self.term_on(day)
        return term.member_ids() if term is not None else frozenset()

    def has_committee_on(self, day: date) -> bool:
        term = self.term_on(day)
        return term is not None and len(term.seats) >= COMMITTEE_MIN_SEATS
