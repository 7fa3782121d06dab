"""The year's figures, gathered once: one source for the report, the ledgers and the dashboard.

`YearRecords` is what the workspace reads from the store for a year; `gather_facts` derives
every figure from it with the same core functions the rest of the app uses (membership on a
date, talk coverage, study hours…), so the report can never disagree with the screens.
A part whose records do not exist yet in BranchDesk is None and named in `missing`: the
report leaves it out rather than inventing a number.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from branchdesk.core.attendance import AttendanceSummary, Roster, summarise
from branchdesk.core.committee import term_on
from branchdesk.core.compliance import ComplianceResult
from branchdesk.core.dues_summary import DuesYear, dues_sentence
from branchdesk.core.enums import MembershipEventKind, MemberStatus, Post
from branchdesk.core.labels import label
from branchdesk.core.meetings import Meeting
from branchdesk.core.members import Member
from branchdesk.core.membership import Headcount, group_on, headcount_on, presence_periods
from branchdesk.core.membership import status_on as member_status_on
from branchdesk.core.organisation import Branch, CommitteeTerm, PartyGroup
from branchdesk.core.participation import members_during, year_bounds
from branchdesk.core.recruiting import Recruit
from branchdesk.core.recruiting_status import YearRecruiting, year_recruiting
from branchdesk.core.review import Grade, GradeSummary, ReviewRound, grade_summary
from branchdesk.core.talks import PairType, Talk, talk_coverage
from branchdesk.core.training import DEFAULT_STUDY_HOURS, Training, secretary_trainings, study_hours
from branchdesk.core.volunteer import VolunteerActivity, volunteer_hours
from branchdesk.reports.meeting_facts import (
    MeetingFacts,
    RectificationFacts,
    meeting_facts,
    rectification_facts,
)

# A part of the report that could not be filled (see `AnnualFacts.missing`).
MEETINGS_PART = "meetings"  # held vs due needs the compliance engine's verdict


@dataclass(frozen=True)
class YearRecords:
    """Every record the report of *year* reads, as the store returned it."""

    year: int
    today: date
    branch: Branch | None
    members: tuple[Member, ...]
    terms: tuple[CommitteeTerm, ...]
    groups: tuple[PartyGroup, ...]
    review: ReviewRound | None = None
    talks: tuple[Talk, ...] = ()
    trainings: tuple[Training, ...] = ()
    volunteering: tuple[VolunteerActivity, ...] = ()
    study_hours_required: float = DEFAULT_STUDY_HOURS
    meetings: tuple[Meeting, ...] = ()
    # The compliance engine's verdict on the year: "held vs due" comes from it and nowhere
    # else. None when it was not evaluated (the meeting figures are then left out).
    compliance: ComplianceResult | None = None
    previous_meetings: tuple[Meeting, ...] = ()  # last year's, for its rectification items
    dues: DuesYear | None = None  # issue 18: the year's dues (None: not read)
    # The members and terms as a Roster, when the caller has one that has already worked
    # out who belonged on which day (the compliance verdict above used it).
    roster: Roster | None = field(default=None, compare=False, repr=False)
    # the recruiting pipeline (everyone, all years) and the year's planned number
    recruits: tuple[Recruit, ...] = ()
    recruiting_planned: int | None = None

    @cached_property
    def attendance(self) -> dict[int, AttendanceSummary]:
        """Each of the year's meetings' derived attendance, by meeting id (computed once)."""
        roster = self.roster or Roster.of(self.members, self.terms)
        return {
            m.id: summarise(m, roster)
            for m in self.meetings
            if m.id is not None and m.held_on.year == self.year
        }


@dataclass(frozen=True)
class MembershipFacts:
    start: Headcount  # on 1 January
    end: Headcount  # on 31 December (or today, for the current year)
    admitted: tuple[str, ...]  # admitted as probationary members by this branch
    converted: tuple[str, ...]  # became full members
    transferred_in: tuple[str, ...]
    transferred_out: tuple[str, ...]
    died: tuple[str, ...]
    left: tuple[str, ...]
    probationary_at_end: tuple[str, ...]


@dataclass(frozen=True)
class GroupFacts:
    name: str
    leader: str
    members: int  # on the last day of the year


@dataclass(frozen=True)
class CommitteeFacts:
    seats: tuple[tuple[Post, str], ...]  # post and name, in post order
    term_start: date | None
    term_end: date | None
    groups: tuple[GroupFacts, ...]

    def holder(self, post: Post) -> str:
        return next((name for p, name in self.seats if p == post), "")


@dataclass(frozen=True)
class ReviewFacts:
    held_on: date  # the evaluation vote (else the verdict) of the round
    summary: GradeSummary
    closed: bool
    follow_ups: tuple[tuple[str, str, str], ...]  # name, grade label, follow-up label/note

    @property
    def counts(self) -> Mapping[Grade, int]:
        return self.summary.counts


@dataclass(frozen=True)
class TalkFacts:
    talks: int
    pairs: Mapping[PairType, int]
    missing_pair_types: tuple[PairType, ...]
    without_talk: tuple[str, ...]


@dataclass(frozen=True)
class TrainingFacts:
    trainings: int
    required: float
    hours: tuple[tuple[str, float], ...]  # each member of the year, with their hours
    below: tuple[tuple[str, float], ...]
    secretary_trainings: tuple[str, ...]  # titles of centralised trainings the secretary attended

    @property
    def average(self) -> float:
        return round(sum(h for _, h in self.hours) / len(self.hours), 1) if self.hours else 0.0


@dataclass(frozen=True)
class VolunteerFacts:
    activities: int
    participations: int  # 人次: every participant row, members and non-members
    members_serving: int  # distinct members who served
    total_hours: float  # everyone's hours
    member_hours: float
    people_served: int


@dataclass(frozen=True)
class AnnualFacts:
    year: int
    as_of: date  # the last day the figures count: 31 December, or today in the current year
    branch_name: str
    upper_committee: str
    secretary: str
    membership: MembershipFacts
    committee: CommitteeFacts
    review: ReviewFacts | None  # None: no review round recorded for the year
    talks: TalkFacts
    training: TrainingFacts
    volunteering: VolunteerFacts
    meetings: MeetingFacts | None  # None: no compliance verdict to take held vs due from
    rectification: RectificationFacts
    tracking_from: date | None = None  # 开始使用本软件记录的日期: nothing before it is judged

    @property
    def partly_tracked(self) -> bool:
        """The year began before the branch kept its records here: its figures are partial."""
        return self.tracking_from is not None and self.tracking_from > date(self.year, 1, 1)

    dues: str = ""  # the report's sentence on dues ("": none recorded)
    recruiting: YearRecruiting | None = None  # None when no one is in the pipeline

    @property
    def missing(self) -> tuple[str, ...]:
        return () if self.meetings is not None else (MEETINGS_PART,)


def gather_facts(records: YearRecords) -> AnnualFacts:
    first, last = year_bounds(records.year)
    as_of = min(last, records.today)
    names = {m.id: m.name for m in records.members}
    term = term_on(records.terms, as_of)
    secretary_id = term.holder_of(Post.SECRETARY) if term is not None else None
    return AnnualFacts(
        year=records.year,
        as_of=as_of,
        branch_name=records.branch.name if records.branch else "",
        upper_committee=records.branch.upper_committee if records.branch else "",
        secretary=names.get(secretary_id, "") if secretary_id is not None else "",
        membership=_membership(records.members, first, as_of),
        committee=_committee(records, term, names, as_of),
        review=_review(records, names),
        talks=_talks(records, names),
        training=_training(records, names),
        volunteering=_volunteering(records),
        meetings=(
            meeting_facts(
                records.year,
                records.meetings,
                records.compliance,
                records.members,
                records.attendance,
                secretary_id,
            )
            if records.compliance is not None
            else None
        ),
        rectification=rectification_facts(
            records.year, records.meetings, records.previous_meetings
        ),
        tracking_from=records.branch.tracking_from if records.branch else None,
        dues=dues_sentence(records.dues) if records.dues is not None else "",
        recruiting=(
            year_recruiting(records.recruits, records.year, records.recruiting_planned)
            if records.recruits
            else None
        ),
    )


def _membership(members: tuple[Member, ...], first: date, last: date) -> MembershipFacts:
    def within(day: date | None) -> bool:
        return day is not None and first <= day <= last

    def with_event(kind: MembershipEventKind) -> tuple[str, ...]:
        return tuple(
            m.name
            for m in members
            if any(e.kind == kind and within(e.occurred_on) for e in m.events)
        )

    admitted = tuple(
        m.name
        for m in members
        if within(m.joined_on) and presence_periods(m) and presence_periods(m)[0][0] == m.joined_on
    )
    probationary = tuple(
        m.name for m in members if member_status_on(m, last) == MemberStatus.PROBATIONARY
    )
    return MembershipFacts(
        start=headcount_on(members, first),
        end=headcount_on(members, last),
        admitted=admitted,
        converted=tuple(m.name for m in members if within(m.full_on)),
        transferred_in=with_event(MembershipEventKind.TRANSFERRED_IN),
        transferred_out=with_event(MembershipEventKind.TRANSFERRED_OUT),
        died=with_event(MembershipEventKind.DIED),
        left=with_event(MembershipEventKind.LEFT),
        probationary_at_end=probationary,
    )


def _committee(
    records: YearRecords, term: CommitteeTerm | None, names: dict[int | None, str], day: date
) -> CommitteeFacts:
    order = list(Post)
    seats = sorted(term.seats, key=lambda s: order.index(s.post)) if term is not None else []
    present = [m for m in records.members if member_status_on(m, day) is not None]
    groups = tuple(
        GroupFacts(
            g.name,
            names.get(g.leader_id, "") if g.leader_id is not None else "",
            sum(1 for m in present if group_on(m, day) == g.id),
        )
        for g in records.groups
    )
    return CommitteeFacts(
        tuple((s.post, names.get(s.member_id, "")) for s in seats),
        term.starts_on if term is not None else None,
        term.ends_on if term is not None else None,
        groups,
    )


def _review(records: YearRecords, names: dict[int | None, str]) -> ReviewFacts | None:
    review = records.review
    if review is None or review.year != records.year:
        return None
    summary = grade_summary(review, records.members)
    follow_ups = tuple(
        (
            names.get(e.member_id, ""),
            label(e.grade) if e.grade is not None else "",
            (label(e.follow_up) if e.follow_up is not None else "") + e.follow_up_note,
        )
        for e in review.entries
        if e.grade in (Grade.BASIC, Grade.UNQUALIFIED)
    )
    return ReviewFacts(review.review_date, summary, review.is_closed, follow_ups)


def _talks(records: YearRecords, names: dict[int | None, str]) -> TalkFacts:
    coverage = talk_coverage(
        records.talks, records.members, records.terms, records.year, records.today
    )
    return TalkFacts(
        coverage.talks,
        coverage.pairs,
        tuple(coverage.missing_pair_types),
        tuple(names.get(i, "") for i in coverage.members_without_talk),
    )


def _training(records: YearRecords, names: dict[int | None, str]) -> TrainingFacts:
    year = records.year
    since = records.branch.tracking_from if records.branch else None
    rows = study_hours(
        records.members, records.trainings, year, records.study_hours_required, since=since
    )
    hours = tuple((names.get(r.member_id, ""), r.hours) for r in rows)
    return TrainingFacts(
        trainings=sum(1 for t in records.trainings if t.starts_on.year == year),
        required=records.study_hours_required,
        hours=hours,
        below=tuple((names.get(r.member_id, ""), r.hours) for r in rows if not r.met),
        secretary_trainings=tuple(
            t.title for t in secretary_trainings(records.trainings, records.terms, year)
        ),
    )


def _volunteering(records: YearRecords) -> VolunteerFacts:
    year = records.year
    activities = [a for a in records.volunteering if a.held_on.year == year]
    participants = [p for a in activities for p in a.participants]
    per_member = volunteer_hours(records.members, activities, year)
    return VolunteerFacts(
        activities=len(activities),
        participations=len(participants),
        members_serving=len({p.member_id for p in participants if p.member_id is not None}),
        total_hours=round(sum(p.hours for p in participants), 1),
        member_hours=round(sum(h.hours for h in per_member), 1),
        people_served=sum(a.people_served for a in activities),
    )


def members_of_year(records: YearRecords) -> list[Member]:
    """Members who belonged to the branch on any day of the year (for the ledgers)."""
    return members_during(records.members, *year_bounds(records.year))
