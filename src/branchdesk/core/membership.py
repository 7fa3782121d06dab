"""Facts derived from members and their events: who belonged on a date, with what status.

Headcounts are never typed: they follow from `joined_on`, `full_on` and the events.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from branchdesk.core.enums import MembershipEventKind, MemberStatus
from branchdesk.core.members import Member

Period = tuple[date, date | None]  # inclusive start, exclusive end (None: still a member)


def presence_periods(member: Member) -> list[Period]:
    """The spans during which *member* belonged to this branch.

    A member admitted here belongs from `joined_on`. One whose first event is a transfer in
    (admitted elsewhere) belongs from that transfer. Transfers out, death and leaving end a
    span; a later transfer in opens a new one.
    """
    events = sorted(member.events, key=lambda e: e.occurred_on)
    ins = [e for e in events if e.kind == MembershipEventKind.TRANSFERRED_IN]
    outs = [e for e in events if e.kind.ends_membership]
    start = member.joined_on
    if ins and (not outs or ins[0].occurred_on <= outs[0].occurred_on):
        start = max(ins[0].occurred_on, member.joined_on)
    periods: list[Period] = []
    current: date | None = start
    for event in events:
        if event.occurred_on < start:
            continue
        if event.kind.ends_membership and current is not None:
            periods.append((current, event.occurred_on))
            current = None
        elif event.kind == MembershipEventKind.TRANSFERRED_IN and current is None:
            current = event.occurred_on
    if current is not None:
        periods.append((current, None))
    return periods


def is_member_on(member: Member, day: date) -> bool:
    return any(
        start <= day and (end is None or day < end) for start, end in presence_periods(member)
    )


def status_on(member: Member, day: date) -> MemberStatus | None:
    """Full or probationary on *day*; None when not a member of the branch that day."""
    if not is_member_on(member, day):
        return None
    if member.full_on is not None and member.full_on <= day:
        return MemberStatus.FULL
    return MemberStatus.PROBATIONARY


def has_vote_on(member: Member, day: date) -> bool:
    """Only full members vote; probationary members attend without a vote (党章 art. 7)."""
    return status_on(member, day) == MemberStatus.FULL


def group_on(member: Member, day: date) -> int | None:
    """The party group on *day*: the latest move on or before it, else the initial group."""
    group = member.group_id
    for event in sorted(member.events, key=lambda e: e.occurred_on):
        if event.kind == MembershipEventKind.GROUP_MOVED and event.occurred_on <= day:
            group = event.group_id
    return group


def current_group(member: Member, today: date) -> int | None:
    return group_on(member, today)


@dataclass(frozen=True)
class Headcount:
    day: date
    full: int
    probationary: int

    @property
    def total(self) -> int:
        return self.full + self.probationary


def headcount_on(members: Iterable[Member], day: date) -> Headcount:
    full = probationary = 0
    for member in members:
        status = status_on(member, day)
        if status == MemberStatus.FULL:
            full += 1
        elif status == MemberStatus.PROBATIONARY:
            probationary += 1
    return Headcount(day, full, probationary)


def members_on(members: Iterable[Member], day: date) -> list[Member]:
    return [m for m in members if is_member_on(m, day)]


def voters_on(members: Iterable[Member], day: date) -> list[Member]:
    return [m for m in members if has_vote_on(m, day)]


def in_proportion(required: float, present_days: int, span_days: int) -> float:
    """What a member present for part of a span owes: *required* in proportion to the days
    present, rounded UP to whole units (the rule set's reading of "32 学时 a year")."""
    if present_days >= span_days:
        return required
    return float(math.ceil(required * present_days / span_days))
