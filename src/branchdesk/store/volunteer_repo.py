"""Volunteer activities and their participants."""

from __future__ import annotations

from datetime import date
from typing import Any

from branchdesk.core.participation import Participant
from branchdesk.core.validation import ValidationError
from branchdesk.core.volunteer import VolunteerActivity, validate_activity
from branchdesk.store.convert import req_date
from branchdesk.store.participants import participant_rows, participants_by_parent
from branchdesk.store.record_base import TrashableRepository

_COLUMNS = "id, held_on, title, place, organiser, form, people_served, description"


class VolunteerRepository(TrashableRepository[VolunteerActivity]):
    table = "volunteer_activities"
    date_column = "held_on"
    what = "volunteer activity"

    def save(self, activity: VolunteerActivity, today: date) -> VolunteerActivity:
        errors = validate_activity(activity, today)
        if errors:
            raise ValidationError(errors)
        values = {
            "held_on": activity.held_on.isoformat(),
            "title": activity.title.strip(),
            "place": activity.place.strip(),
            "organiser": activity.organiser.strip(),
            "form": activity.form.strip(),
            "people_served": activity.people_served,
            "description": activity.description,
        }
        with self._db.atomic():
            activity_id = self._upsert(activity.id, values)
            self._replace_children(
                "volunteer_participants",
                "activity_id",
                activity_id,
                participant_rows(activity.participants),
            )
        return self.get(activity_id)

    def _select(self, clause: str, params: list[Any]) -> list[VolunteerActivity]:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM volunteer_activities {clause}", params
        ).fetchall()
        people = participants_by_parent(
            self._db, "volunteer_participants", "activity_id", [r[0] for r in rows]
        )
        return [_activity(row, people.get(row[0], ())) for row in rows]


def _activity(row: Any, participants: tuple[Participant, ...]) -> VolunteerActivity:
    return VolunteerActivity(
        id=row[0],
        held_on=req_date(row[1]),
        title=row[2],
        place=row[3],
        organiser=row[4],
        form=row[5],
        people_served=row[6],
        description=row[7],
        participants=participants,
    )
