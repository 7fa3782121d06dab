"""Who took part in an activity and for how many hours: shared by volunteer service and training.

A participant is a member (by id) or a named non-member. Hours per member per year are
derived from these rows and never typed twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.members import Member
from branchdesk.core.membership import presence_periods
from branchdesk.core.validation import FieldError

MAX_HOURS = 1000.0  # far above any real activity: catches a typo such as 80 for 8.0


@dataclass(frozen=True)
class Participant:
    member_id: int | None = None
    name: str = ""  # a non-member's name (member rows may leave it empty)
    hours: float = 0.0
    id: int | None = None


@dataclass(frozen=True)
class MemberHours:
    member_id: int
    hours: float


NO_PARTICIPANT = QT_TRANSLATE_NOOP("Validation", "Add at least one participant.")
NAMELESS = QT_TRANSLATE_NOOP("Validation", "Each participant is a member or has a name.")
BAD_HOURS = QT_TRANSLATE_NOOP("Validation", "Hours must be between 0 and {limit}.")
LISTED_TWICE = QT_TRANSLATE_NOOP("Validation", "A member is listed more than once.")


def validate_participants(
    errors: list[FieldError], participants: tuple[Participant, ...], *, required: bool = True
) -> None:
    if required and not participants:
        errors.append(FieldError("participants", NO_PARTICIPANT))
    ids = [p.member_id for p in participants if p.member_id is not None]
    if len(ids) != len(set(ids)):
        errors.append(FieldError("participants", LISTED_TWICE))
    for p in participants:
        if p.member_id is None and not p.name.strip():
            errors.append(FieldError("participants", NAMELESS))
            break
    for p in participants:
        if not 0 <= p.hours <= MAX_HOURS:
            errors.append(FieldError("participants", BAD_HOURS, {"limit": f"{MAX_HOURS:g}"}))
            break


def members_during(members: Iterable[Member], start: date, end: date) -> list[Member]:
    """Members who belonged to the branch on at least one day from *start* to *end* inclusive."""
    result = []
    for member in members:
        for first, stop in presence_periods(member):
            if first <= end and (stop is None or stop > start):
                result.append(member)
                break
    return result


def year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def hours_per_member(
    members: Iterable[Member],
    activities: Iterable[tuple[date, tuple[Participant, ...]]],
    year: int,
) -> list[MemberHours]:
    """Each member who belonged to the branch during *year*, with their hours that year.

    Members with no hours are listed with 0, so a gap shows; a member who joined or left
    mid-year is listed too. Hours of non-members are not counted. Order: the members' order.
    """
    start, end = year_bounds(year)
    totals: dict[int, float] = {}
    for day, participants in activities:
        if day.year != year:
            continue
        for p in participants:
            if p.member_id is not None:
                totals[p.member_id] = totals.get(p.member_id, 0.0) + p.hours
    return [
        MemberHours(m.id, round(totals.get(m.id, 0.0), 2))
        for m in members_during(members, start, end)
        if m.id is not None
    ]
