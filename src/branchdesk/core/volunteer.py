"""Volunteer service (志愿服务): activities, who served for how long, and hours per member."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.members import Member
from branchdesk.core.participation import (
    MemberHours,
    Participant,
    hours_per_member,
    validate_participants,
)
from branchdesk.core.validation import FieldError, limit_text, not_in_future, require_text

# Suggestions for the free-text "form" field; a branch may write its own.
VOLUNTEER_FORMS = (
    "社区服务",
    "扶老助残",
    "环境保护",
    "文明实践",
    "应急救援",
    "公益宣传",
    "助学帮扶",
)


@dataclass(frozen=True)
class VolunteerActivity:
    held_on: date
    title: str
    participants: tuple[Participant, ...]
    place: str = ""
    organiser: str = ""
    form: str = ""  # e.g. 社区服务, 环境保护
    people_served: int = 0
    description: str = ""
    id: int | None = None


# The longest text each field takes: validate_activity checks them, the form reads them.
ACTIVITY_LIMITS = {"title": 200, "place": 200, "organiser": 200, "form": 50, "description": 8000}
NEGATIVE_SERVED = QT_TRANSLATE_NOOP("Validation", "Cannot be negative.")
HOURS_A_DAY = 24.0  # an activity has one date: more than this is a typo (80 for 8.0)
MORE_THAN_A_DAY = QT_TRANSLATE_NOOP(
    "Validation", "An activity of one day gives each person at most 24 hours; check the hours."
)


def validate_activity(activity: VolunteerActivity, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    not_in_future(errors, "held_on", activity.held_on, today)
    require_text(errors, "title", activity.title, ACTIVITY_LIMITS["title"])
    for name in ("place", "organiser", "form", "description"):
        limit_text(errors, name, getattr(activity, name), ACTIVITY_LIMITS[name])
    if activity.people_served < 0:
        errors.append(FieldError("people_served", NEGATIVE_SERVED))
    validate_participants(errors, activity.participants)
    if any(p.hours > HOURS_A_DAY for p in activity.participants):
        errors.append(FieldError("participants", MORE_THAN_A_DAY))
    return errors


def volunteer_hours(
    members: Iterable[Member], activities: Iterable[VolunteerActivity], year: int
) -> list[MemberHours]:
    """Each member of the branch during *year* with their volunteer hours (0 included)."""
    return hours_per_member(members, ((a.held_on, a.participants) for a in activities), year)
