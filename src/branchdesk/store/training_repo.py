"""Trainings and their participants."""

from __future__ import annotations

from datetime import date
from typing import Any

from branchdesk.core.training import Training, validate_training
from branchdesk.core.validation import ValidationError
from branchdesk.store.participants import participant_rows, participants_by_parent
from branchdesk.store.record_base import TrashableRepository
from branchdesk.store.row_mapping import RowMap

TRAININGS = RowMap(Training, children=("participants",), untrimmed=("content",))


class TrainingRepository(TrashableRepository[Training]):
    table = "trainings"
    date_column = "starts_on"
    what = "training"

    def save(self, training: Training, today: date) -> Training:
        errors = validate_training(training, today)
        if errors:
            raise ValidationError(errors)
        values = TRAININGS.values(training)
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
        rows = self._db.rows(f"SELECT {TRAININGS.select_list} FROM trainings {clause}", params)
        people = participants_by_parent(
            self._db, "training_participants", "training_id", [r["id"] for r in rows]
        )
        return [TRAININGS.record(row, participants=people.get(row["id"], ())) for row in rows]
