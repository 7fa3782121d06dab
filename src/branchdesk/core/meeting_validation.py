"""The rules a meeting record must satisfy before it is saved.

Checks that need the roster (votes against the voters present) run only when a roster is
given; the repository always gives one.
"""

from __future__ import annotations

import re
from datetime import date

from branchdesk.core.attendance import Roster, summarise
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.meetings import AttendanceStatus, Meeting, MeetingKind
from branchdesk.core.validation import (
    FieldError,
    limit_text,
    not_in_future,
    require_text,
)

BAD_TIME = QT_TRANSLATE_NOOP("Validation", "Use a 24-hour time such as 09:30.")
END_NOT_AFTER_START = QT_TRANSLATE_NOOP("Validation", "The meeting must end after it starts.")
GROUP_REQUIRED = QT_TRANSLATE_NOOP("Validation", "A party-group meeting needs its group.")
LECTURER_REQUIRED = QT_TRANSLATE_NOOP("Validation", "A party lesson needs its lecturer.")
TOPIC_REQUIRED = QT_TRANSLATE_NOOP("Validation", "A party lesson needs its topic.")
THEME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "A theme day needs its theme and form.")
REASON_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Give the reason for each leave.")
ATTENDED_TWICE = QT_TRANSLATE_NOOP("Validation", "A member is listed twice.")
NEGATIVE_VOTES = QT_TRANSLATE_NOOP("Validation", "Vote counts cannot be negative.")
RESOLUTION_TEXT = QT_TRANSLATE_NOOP("Validation", "Each resolution needs its text.")
TOO_MANY_VOTES = QT_TRANSLATE_NOOP(
    "Validation", "{cast} votes were cast but only {voters} voting members were present."
)
ACTION_ITEM = QT_TRANSLATE_NOOP("Validation", "Each rectification item needs its item.")
DONE_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Validation", "An item cannot be done later than today ({today})."
)

_TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
_SHORT = 100
_LONG = 20000


def validate_meeting(
    meeting: Meeting, today: date, roster: Roster | None = None
) -> list[FieldError]:
    errors: list[FieldError] = []
    require_text(errors, "title", meeting.display_title, _SHORT)
    not_in_future(errors, "held_on", meeting.held_on, today)
    _check_times(errors, meeting)
    for name in ("number", "host_post", "host_name", "recorder_name", "lecturer_name"):
        limit_text(errors, name, getattr(meeting, name), 50)
    for name in ("place", "topic", "theme"):
        limit_text(errors, name, getattr(meeting, name), 200)
    for name in ("non_member_attendees", "upper_attendees"):
        limit_text(errors, name, getattr(meeting, name), 500)
    for name in ("studied", "minutes", "summary"):
        limit_text(errors, name, getattr(meeting, name), _LONG)
    _check_kind_fields(errors, meeting)
    _check_attendance(errors, meeting)
    _check_resolutions(errors, meeting, roster)
    _check_actions(errors, meeting, today)
    return errors


def _check_times(errors: list[FieldError], meeting: Meeting) -> None:
    for name in ("start_time", "end_time"):
        value = getattr(meeting, name)
        if value and not _TIME.match(value):
            errors.append(FieldError(name, BAD_TIME))
    start, end = meeting.start_time, meeting.end_time
    if _TIME.match(start) and _TIME.match(end) and end <= start:
        errors.append(FieldError("end_time", END_NOT_AFTER_START))


def _check_kind_fields(errors: list[FieldError], meeting: Meeting) -> None:
    if meeting.kind == MeetingKind.GROUP and meeting.group_id is None:
        errors.append(FieldError("group_id", GROUP_REQUIRED))
    if meeting.kind == MeetingKind.LESSON:
        if meeting.lecturer_id is None and not meeting.lecturer_name.strip():
            errors.append(FieldError("lecturer_name", LECTURER_REQUIRED))
        if not meeting.topic.strip():
            errors.append(FieldError("topic", TOPIC_REQUIRED))
    if meeting.kind == MeetingKind.THEME_DAY and (not meeting.theme.strip() or not meeting.form):
        errors.append(FieldError("theme", THEME_REQUIRED))


def _check_attendance(errors: list[FieldError], meeting: Meeting) -> None:
    ids = [a.member_id for a in meeting.attendance]
    if len(ids) != len(set(ids)):
        errors.append(FieldError("attendance", ATTENDED_TWICE))
    if any(a.status == AttendanceStatus.LEAVE and not a.reason.strip() for a in meeting.attendance):
        errors.append(FieldError("attendance", REASON_REQUIRED))


def _check_resolutions(errors: list[FieldError], meeting: Meeting, roster: Roster | None) -> None:
    voters_present = _voters_present(meeting, roster) if roster is not None else None
    for resolution in meeting.resolutions:
        if not resolution.text.strip():
            errors.append(FieldError("resolutions", RESOLUTION_TEXT))
        elif min(resolution.votes_for, resolution.votes_against, resolution.abstentions) < 0:
            errors.append(FieldError("resolutions", NEGATIVE_VOTES))
        elif voters_present is not None and resolution.votes_cast > voters_present:
            errors.append(
                FieldError(
                    "resolutions",
                    TOO_MANY_VOTES,
                    {"cast": str(resolution.votes_cast), "voters": str(voters_present)},
                )
            )
        else:
            continue
        break  # one message per field is enough for the form


def _voters_present(meeting: Meeting, roster: Roster) -> int:
    """The voters present; a member recorded present who is no longer on the roster (in the
    recycle bin) may have voted too, so a past meeting stays editable after the move."""
    binned = sum(
        1
        for a in meeting.attendance
        if a.status == AttendanceStatus.PRESENT and roster.member(a.member_id) is None
    )
    return summarise(meeting, roster).voters_present + binned


def _check_actions(errors: list[FieldError], meeting: Meeting, today: date) -> None:
    for action in meeting.actions:
        if not action.item.strip():
            errors.append(FieldError("actions", ACTION_ITEM))
            return
        if action.done_on is not None and action.done_on > today:
            errors.append(FieldError("actions", DONE_IN_FUTURE, {"today": today.isoformat()}))
            return
