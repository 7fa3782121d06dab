"""Drafts for the dashboard's 立即登记 on the recruiting pipeline."""

from __future__ import annotations

from datetime import date

from branchdesk.core.attendance import Roster, default_attendance
from branchdesk.core.meetings import Meeting, MeetingKind, Resolution
from branchdesk.core.recruiting import Recruit, StepKind


def conversion_meeting(recruit: Recruit, roster: Roster, day: date) -> Meeting:
    """A 支部党员大会 to discuss the conversion, everyone due marked present, with the
    resolution naming the person (its vote is typed by the secretary)."""
    return Meeting(
        MeetingKind.GENERAL,
        day,
        f"讨论预备党员{recruit.name}同志转正",
        agenda=(f"讨论预备党员{recruit.name}同志能否按期转为正式党员",),
        resolutions=(
            Resolution(
                f"同意{recruit.name}同志按期转为中共正式党员",
                recruit_id=recruit.id,
                recruit_step=StepKind.CONVERTED,
            ),
        ),
        attendance=default_attendance(roster, MeetingKind.GENERAL, day, None),
    )
