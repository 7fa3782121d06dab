"""Democratic review rounds (one live round per year) and each member's entry."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.review import (
    Grade,
    ReviewEntry,
    ReviewFollowUp,
    ReviewRound,
    VoteTally,
    closing_problems,
    validate_round,
)
from branchdesk.core.validation import FieldError, ValidationError
from branchdesk.store.convert import from_date, from_enum, to_date, to_enum
from branchdesk.store.errors import StoreError
from branchdesk.store.members_repo import MemberRepository
from branchdesk.store.record_base import TrashableRepository

_COLUMNS = (
    "id, year, study_on, self_assessment_on, peer_review_on, vote_on, verdict_on, feedback_on, "
    "excellent_share_confirmed, closed_on, note, participants"
)
_ENTRY_COLUMNS = (
    "member_id, self_assessment, peer_remarks, votes_excellent, votes_qualified, votes_basic, "
    "votes_unqualified, proposed_grade, final_grade, opinion, follow_up, follow_up_note"
)
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
        values = {
            "year": review.year,
            "study_on": from_date(review.study_on),
            "self_assessment_on": from_date(review.self_assessment_on),
            "peer_review_on": from_date(review.peer_review_on),
            "vote_on": from_date(review.vote_on),
            "verdict_on": from_date(review.verdict_on),
            "feedback_on": from_date(review.feedback_on),
            "excellent_share_confirmed": int(review.excellent_share_confirmed),
            "closed_on": from_date(review.closed_on),
            "note": review.note,
            "participants": review.participants,
        }
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
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM review_rounds {clause}", params).fetchall()
        return [_round(row, self._entries(row[0])) for row in rows]

    def _entries(self, round_id: int) -> tuple[ReviewEntry, ...]:
        rows = self._db.execute(
            f"SELECT id, {_ENTRY_COLUMNS} FROM review_entries WHERE round_id = ? ORDER BY id",
            [round_id],
        ).fetchall()
        return tuple(_entry(row) for row in rows)


def _entry_row(entry: ReviewEntry) -> dict[str, Any]:
    return {
        "member_id": entry.member_id,
        "self_assessment": entry.self_assessment,
        "peer_remarks": entry.peer_remarks,
        "votes_excellent": entry.tally.excellent,
        "votes_qualified": entry.tally.qualified,
        "votes_basic": entry.tally.basic,
        "votes_unqualified": entry.tally.unqualified,
        "proposed_grade": from_enum(entry.proposed_grade),
        "final_grade": from_enum(entry.final_grade),
        "opinion": entry.opinion,
        "follow_up": from_enum(entry.follow_up),
        "follow_up_note": entry.follow_up_note,
    }


def _entry(row: Any) -> ReviewEntry:
    return ReviewEntry(
        id=row[0],
        member_id=row[1],
        self_assessment=row[2],
        peer_remarks=row[3],
        tally=VoteTally(row[4], row[5], row[6], row[7]),
        proposed_grade=to_enum(Grade, row[8]),
        final_grade=to_enum(Grade, row[9]),
        opinion=row[10],
        follow_up=to_enum(ReviewFollowUp, row[11]),
        follow_up_note=row[12],
    )


def _round(row: Any, entries: tuple[ReviewEntry, ...]) -> ReviewRound:
    return ReviewRound(
        id=row[0],
        year=row[1],
        study_on=to_date(row[2]),
        self_assessment_on=to_date(row[3]),
        peer_review_on=to_date(row[4]),
        vote_on=to_date(row[5]),
        verdict_on=to_date(row[6]),
        feedback_on=to_date(row[7]),
        excellent_share_confirmed=bool(row[8]),
        closed_on=to_date(row[9]),
        note=row[10],
        participants=row[11],
        entries=entries,
    )
