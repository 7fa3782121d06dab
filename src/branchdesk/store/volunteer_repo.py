"""Volunteer activities and their participants."""

from __future__ import annotations

from datetime import date
from typing import Any

from branchdesk.core.validation import ValidationError
from branchdesk.core.volunteer import VolunteerActivity, validate_activity
from branchdesk.store.participants import participant_rows, participants_by_parent
from branchdesk.store.record_base import TrashableRepository
from branchdesk.store.row_mapping import RowMap

ACTIVITIES = RowMap(VolunteerActivity, children=("participants",), untrimmed=("description",))


class VolunteerRepository(TrashableRepository[VolunteerActivity]):
    table = "volunteer_activities"
    date_column = "held_on"
    what = "volunteer activity"

    def save(self, activity: VolunteerActivity, today: date) -> VolunteerActivity:
        errors = validate_activity(activity, today)
        if errors:
            raise ValidationError(errors)
        values = ACTIVITIES.values(activity)
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
        rows = self._db.rows(
            f"SELECT {ACTIVITIES.select_list} FROM volunteer_activities {clause}", params
        )
        people = participants_by_parent(
            self._db, "volunteer_participants", "activity_id", [r["id"] for r in rows]
        )
        return [ACTIVITIES.record(row, participants=people.get(row["id"], ())) for row in rows]
