"""Trainings and their participants."""

from __future__ import annotations

from datetime import date
from typing import Any

from branchdesk.core.participation import Participant
from branchdesk.core.training import Training, TrainingForm, validate_training
from branchdesk.core.validation import ValidationError
from branchdesk.store.convert import from_date, req_date, to_date
from branchdesk.store.participants import participant_rows, participants_by_parent
from branchdesk.store.record_base import TrashableRepository

_COLUMNS = "id, starts_on, ends_on, title, organiser, form, hours, content"


class TrainingRepository(TrashableRepository[Training]):
    table = "trainings"
    date_column = "starts_on"
    what = "training"

    def save(self, training: Training, today: date) -> Training:
        errors = validate_training(training, today)
        if errors:
            raise ValidationError(errors)
        values = {
            "starts_on": training.starts_on.isoformat(),
            "ends_on": from_date(training.ends_on),
            "title": training.title.strip(),
            "organiser": training.organiser.strip(),
            "form": training.form.value,
            "hours": float(training.hours),
            "content": training.content,
        }
        with self._db.atomic():
            training_id = self._upsert(training.id, values)
            self._replace_children(
                "training_participants",
                "training_id",
                training_id,
                participant_rows(training.participants),
            )
        return self.get(training_id)

    def _select(self, clause: str, params: list[Any]) -> list[Training]:
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM trainings {clause}", params).fetchall()
        people = participants_by_parent(
            self._db, "training_participants", "training_id", [r[0] for r in rows]
        )
        return [_training(row, people.get(row[0], ())) for row in rows]


def _training(row: Any, participants: tuple[Participant, ...]) -> Training:
    return Training(
        id=row[0],
        starts_on=req_date(row[1]),
        ends_on=to_date(row[2]),
        title=row[3],
        organiser=row[4],
        form=TrainingForm(row[5]),
        hours=row[6],
        content=row[7],
        participants=participants,
    )
