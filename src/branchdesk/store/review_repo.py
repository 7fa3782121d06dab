"""Democratic review rounds (one live round per year) and each member's entry."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from typing import Any

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.review import (
    ReviewEntry,
    ReviewRound,
    VoteTally,
    closing_problems,
    validate_round,
)
from branchdesk.core.validation import FieldError, ValidationError
from branchdesk.store.errors import StoreError
from branchdesk.store.members_repo import MemberRepository
from branchdesk.store.record_base import TrashableRepository
from branchdesk.store.row_mapping import RowMap

ROUNDS = RowMap(ReviewRound, children=("entries",), untrimmed=("note",))
# The tally is four columns of its own (votes_<grade>); the texts are kept as typed.
ENTRIES = RowMap(
    ReviewEntry,
    children=("tally",),
    untrimmed=("self_assessment", "peer_remarks", "opinion", "follow_up_note"),
)
_TALLY = {f"votes_{f.name}": f.name for f in fields(VoteTally)}
YEAR_TAKEN = QT_TRANSLATE_NOOP("Validation", "There is already a review round for {year}.")


class YearTakenError(StoreError):
    def __init__(self, year: int) -> None:
        super().__init__(f"There is already a review round for {year}; restore one or the other.")


class ReviewRepository(TrashableRepository[ReviewRound]):
    table = "review_rounds"
    date_column = "year"
    what = "review round"

    def for_year(self, year: int) -> ReviewRound | None:
        """The year's live round, if there is one."""
        found = self._select("WHERE deleted_at IS NULL AND year = ?", [year])
        return found[0] if found else None

    def all(self, year: int | None = None) -> list[ReviewRound]:
        if year is None:
            return self._select("WHERE deleted_at IS NULL ORDER BY year", [])
        return self._select("WHERE deleted_at IS NULL AND year = ?", [year])

    def save(self, review: ReviewRound, today: date) -> ReviewRound:
        """Insert or update the round with all its entries (a closed round must be closable)."""
        errors = validate_round(review, MemberRepository(self._db).all(), today)
        other = self.for_year(review.year)
        if other is not None and other.id != review.id:
            errors.append(FieldError("year", YEAR_TAKEN, {"year": str(review.year)}))
        if errors:
            raise ValidationError(errors)
        values = ROUNDS.values(review)
        with self._db.atomic():
            round_id = self._upsert(review.id, values)
            self._replace_children(
                "review_entries", "round_id", round_id, [_entry_row(e) for e in review.entries]
            )
        return self.get(round_id)

    def save_entry(self, round_id: int, entry: ReviewEntry, today: date) -> ReviewRound:
        """Replace one member's entry: what the grid does row after row."""
        review = self.get(round_id)
        others = tuple(e for e in review.entries if e.member_id != entry.member_id)
        return self.save(replace(review, entries=(*others, entry)), today)

    def close(self, round_id: int, closed_on: date, today: date) -> ReviewRound:
        """Close the round; refused, with every reason, while it is not complete."""
        review = replace(self.get(round_id), closed_on=closed_on)
        problems = closing_problems(review, MemberRepository(self._db).all())
        if problems:
            raise ValidationError(problems)
        return self.save(review, today)

    def reopen(self, round_id: int, today: date) -> ReviewRound:
        return self.save(replace(self.get(round_id), closed_on=None), today)

    def restore(self, record_id: int) -> None:
        review = self.get(record_id)
        other = self.for_year(review.year)
        if other is not None and other.id != record_id:
            raise YearTakenError(review.year)
        super().restore(record_id)

    def _select(self, clause: str, params: list[Any]) -> list[ReviewRound]:
        rows = self._db.rows(f"SELECT {ROUNDS.select_list} FROM review_rounds {clause}", params)
        return [ROUNDS.record(row, entries=self._entries(row["id"])) for row in rows]

    def _entries(self, round_id: int) -> tuple[ReviewEntry, ...]:
        rows = self._db.rows(
            f"SELECT {ENTRIES.select_list}, {', '.join(_TALLY)} FROM review_entries "
            "WHERE round_id = ? ORDER BY id",
            [round_id],
        )
        return tuple(
            ENTRIES.record(row, tally=VoteTally(**{f: row[c] for c, f in _TALLY.items()}))
            for row in rows
        )


def _entry_row(entry: ReviewEntry) -> dict[str, Any]:
    tally = {column: getattr(entry.tally, name) for column, name in _TALLY.items()}
    return {**ENTRIES.values(entry), **tally}
