"""Who was due at a meeting, who came, and whether it could decide anything.

Nothing here is typed by the user: the expected list follows from the roster on the
meeting's date (joins, transfers, deaths, group moves, committee terms), and the counts,
the quorum and each resolution's outcome follow from the expected list and the attendance.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from branchdesk.core import committee
from branchdesk.core.meetings import Attendance, AttendanceStatus, Meeting, MeetingKind, Resolution
from branchdesk.core.members import Member
from branchdesk.core.membership import Period, group_on, presence_periods
from branchdesk.core.organisation import CommitteeTerm

# Kinds with a formal quorum rule; the others record attendance without one.
QUORUM_KINDS = frozenset({MeetingKind.GENERAL, MeetingKind.COMMITTEE})


@dataclass(frozen=True)
class Roster:
    """The facts the expected list is derived from: members (with events) and committee terms."""

    members: tuple[Member, ...]
    terms: tuple[CommitteeTerm, ...] = ()

    @classmethod
    def of(cls, members: Iterable[Member], terms: Iterable[CommitteeTerm] = ()) -> Roster:
        return cls(tuple(members), tuple(terms))

    def term_on(self, day: date) -> CommitteeTerm | None:
        return committee.term_on(self.terms, day)

    def member(self, member_id: int) -> Member | None:
        return next((m for m in self.members if m.id == member_id), None)

    @cached_property
    def _periods(self) -> tuple[tuple[Member, tuple[Period, ...]], ...]:
        # Worked out once per roster: a year's meetings ask for it hundreds of times.
        return tuple((m, tuple(presence_periods(m))) for m in self.members if m.id is not None)

    def members_on(self, day: date) -> list[Member]:
        """The members of the branch on *day* (as `membership.is_member_on`), in roster order."""
        found = self._on_day.get(day)
        if found is None:
            # Plain loops, not any() over a generator: a heavy start asks this for hundreds
            # of days of ~150 members, and the generators were most of loading the 概览.
            on_day: list[Member] = []
            for member, periods in self._periods:
                for start, end in periods:
                    if start <= day and (end is None or day < end):
                        on_day.append(member)
                        break
            found = self._on_day[day] = tuple(on_day)
        return list(found)

    @cached_property
    def _on_day(self) -> dict[date, tuple[Member, ...]]:
        return {}


def expected_members(
    roster: Roster, kind: MeetingKind, day: date, group_id: int | None = None
) -> list[Member]:
    """The members due to attend (应到): all members on *day*, or the committee in office on
    *day*, or the members of *group_id* on *day*. A member who left before the date or joined
    after it is not expected."""
    on_day = roster.members_on(day)
    if kind == MeetingKind.COMMITTEE:
        term = roster.term_on(day)
        seats = term.member_ids() if term is not None else frozenset()
        return [m for m in on_day if m.id in seats]
    if kind == MeetingKind.GROUP:
        if group_id is None:
            return []
        return [m for m in on_day if group_on(m, day) == group_id]
    return on_day


@dataclass(frozen=True)
class AttendanceSummary:
    """Derived figures of one meeting. `quorate` is None for kinds without a quorum rule."""

    expected_ids: tuple[int, ...]
    voter_ids: tuple[int, ...]  # expected members with a vote (full members)
    present_ids: tuple[int, ...]  # expected members marked present
    leave_ids: tuple[int, ...]
    absent_ids: tuple[int, ...]  # marked absent, or not recorded at all
    extra_present_ids: tuple[int, ...]  # present although not expected (e.g. 列席 members)
    voters_present: int
    quorate: bool | None

    @property
    def expected(self) -> int:
        return len(self.expected_ids)

    @property
    def present(self) -> int:
        return len(self.present_ids)

    @property
    def on_leave(self) -> int:
        return len(self.leave_ids)

    @property
    def absent(self) -> int:
        return len(self.absent_ids)

    @property
    def voters_due(self) -> int:
        return len(self.voter_ids)

    def passes(self, resolution: Resolution) -> bool:
        """A motion passes only at a quorate meeting (where a quorum applies) and with yes
        votes exceeding half of the voting members due to attend."""
        return self.quorate is not False and resolution.passes(self.voters_due)


def summarise(meeting: Meeting, roster: Roster) -> AttendanceSummary:
    day = meeting.held_on
    expected = expected_members(roster, meeting.kind, day, meeting.group_id)
    expected_ids = tuple(m.id for m in expected if m.id is not None)
    # On a committee, every seat votes; elsewhere only full members do.
    if meeting.kind == MeetingKind.COMMITTEE:
        voter_ids = expected_ids
    else:
        # Everyone expected belongs on the day, so a vote is just being a full member by then
        # (membership.has_vote_on, without working out the membership again).
        voter_ids = tuple(
            m.id
            for m in expected
            if m.id is not None and m.full_on is not None and m.full_on <= day
        )
    status = {a.member_id: a.status for a in meeting.attendance}
    present = tuple(i for i in expected_ids if status.get(i) == AttendanceStatus.PRESENT)
    leave = tuple(i for i in expected_ids if status.get(i) == AttendanceStatus.LEAVE)
    absent = tuple(i for i in expected_ids if status.get(i) in (AttendanceStatus.ABSENT, None))
    expected_set = set(expected_ids)
    extra = tuple(
        a.member_id
        for a in meeting.attendance
        if a.status == AttendanceStatus.PRESENT and a.member_id not in expected_set
    )
    present_set = set(present)
    voters_present = sum(1 for i in voter_ids if i in present_set)
    quorate: bool | None = None
    if meeting.kind in QUORUM_KINDS:
        # More than half: exactly half is not enough.
        quorate = len(voter_ids) > 0 and voters_present * 2 > len(voter_ids)
    return AttendanceSummary(
        expected_ids=expected_ids,
        voter_ids=voter_ids,
        present_ids=present,
        leave_ids=leave,
        absent_ids=absent,
        extra_present_ids=extra,
        voters_present=voters_present,
        quorate=quorate,
    )


def default_attendance(
    roster: Roster, kind: MeetingKind, day: date, group_id: int | None = None
) -> tuple[Attendance, ...]:
    """Everyone expected marked present: the starting point of the attendance grid."""
    return tuple(
        Attendance(m.id, AttendanceStatus.PRESENT)
        for m in expected_members(roster, kind, day, group_id)
        if m.id is not None
    )
