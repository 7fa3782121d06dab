"""Members and their membership events."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlite_utils import Database

from branchdesk.core.enums import Education, Gender, MembershipEventKind
from branchdesk.core.members import Member, MembershipEvent, validate_member
from branchdesk.core.validation import ValidationError
from branchdesk.store.convert import (
    from_date,
    from_enum,
    now_stamp,
    req_date,
    to_date,
    to_enum,
)
from branchdesk.store.errors import NotFoundError
from branchdesk.store.record_checks import require_valid

_COLUMNS = (
    "id, name, gender, ethnicity, birth_date, id_number, education, phone, job, "
    "organisation_id, group_id, joined_on, full_on, is_mobile, not_transferred_in, note"
)


class MemberRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self, *, include_deleted: bool = False) -> list[Member]:
        """Every member with their events, ordered by name's sort key then id."""
        where = "" if include_deleted else "WHERE deleted_at IS NULL"
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM members {where} ORDER BY id").fetchall()
        events = self._events_by_member()
        return [_member(row, events.get(row[0], ())) for row in rows]

    def deleted(self) -> list[Member]:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM members WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC"
        ).fetchall()
        events = self._events_by_member()
        return [_member(row, events.get(row[0], ())) for row in rows]

    def get(self, member_id: int) -> Member:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM members WHERE id = ?", [member_id]
        ).fetchone()
        if row is None:
            raise NotFoundError("member", member_id)
        return _member(row, self._events_of(member_id))

    def save(self, member: Member, today: date) -> Member:
        """Insert or update *member* and replace its events, in one transaction."""
        errors = validate_member(member, today)
        if errors:
            raise ValidationError(errors)
        values = _values(member)
        require_valid("members", values)  # the rules every way in passes (record_schema)
        stamp = now_stamp()
        with self._db.atomic():
            if member.id is None:
                values.update(created_at=stamp, updated_at=stamp)
                cols = ", ".join(values)
                marks = ", ".join("?" for _ in values)
                cursor = self._db.execute(
                    f"INSERT INTO members ({cols}) VALUES ({marks})", list(values.values())
                )
                member_id = int(cursor.lastrowid or 0)
            else:
                member_id = member.id
                values["updated_at"] = stamp
                assignments = ", ".join(f"{k} = ?" for k in values)
                cursor = self._db.execute(
                    f"UPDATE members SET {assignments} WHERE id = ?",
                    [*values.values(), member_id],
                )
                if cursor.rowcount == 0:
                    raise NotFoundError("member", member_id)
                self._db.execute("DELETE FROM membership_events WHERE member_id = ?", [member_id])
            self._insert_events(member_id, member.events)
        return self.get(member_id)

    def add_many(self, members: Iterable[Member], today: date) -> list[int]:
        """Insert several new members atomically: all are saved or none."""
        ids: list[int] = []
        with self._db.atomic():
            for member in members:
                ids.append(self.save(member, today).id or 0)
        return ids

    def move_to_recycle_bin(self, member_id: int) -> None:
        with self._db.atomic():
            cursor = self._db.execute(
                "UPDATE members SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                [now_stamp(), member_id],
            )
        if cursor.rowcount == 0:
            raise NotFoundError("member", member_id)

    def restore(self, member_id: int) -> None:
        with self._db.atomic():
            self._db.execute("UPDATE members SET deleted_at = NULL WHERE id = ?", [member_id])

    def purge(self, member_id: int) -> None:
        """Delete for good; only from the recycle bin. Events go with the member."""
        with self._db.atomic():
            self._db.execute(
                "DELETE FROM members WHERE id = ? AND deleted_at IS NOT NULL", [member_id]
            )

    def _events_of(self, member_id: int) -> tuple[MembershipEvent, ...]:
        rows = self._db.execute(
            "SELECT id, kind, occurred_on, note, group_id FROM membership_events "
            "WHERE member_id = ? ORDER BY occurred_on, id",
            [member_id],
        ).fetchall()
        return tuple(_event(row) for row in rows)

    def _events_by_member(self) -> dict[int, tuple[MembershipEvent, ...]]:
        grouped: dict[int, list[MembershipEvent]] = {}
        for row in self._db.execute(
            "SELECT member_id, id, kind, occurred_on, note, group_id FROM membership_events "
            "ORDER BY occurred_on, id"
        ).fetchall():
            grouped.setdefault(row[0], []).append(_event(row[1:]))
        return {key: tuple(value) for key, value in grouped.items()}

    def _insert_events(self, member_id: int, events: Iterable[MembershipEvent]) -> None:
        for event in events:
            self._db.execute(
                "INSERT INTO membership_events (member_id, kind, occurred_on, note, group_id) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    member_id,
                    event.kind.value,
                    event.occurred_on.isoformat(),
                    event.note,
                    event.group_id,
                ],
            )


def _values(member: Member) -> dict[str, Any]:
    return {
        "name": member.name.strip(),
        "gender": from_enum(member.gender),
        "ethnicity": member.ethnicity.strip(),
        "birth_date": from_date(member.birth_date),
        "id_number": member.id_number.strip().upper(),
        "education": from_enum(member.education),
        "phone": member.phone.strip(),
        "job": member.job.strip(),
        "organisation_id": member.organisation_id,
        "group_id": member.group_id,
        "joined_on": member.joined_on.isoformat(),
        "full_on": from_date(member.full_on),
        "is_mobile": int(member.is_mobile),
        "not_transferred_in": int(member.not_transferred_in),
        "note": member.note,
    }


def _member(row: Any, events: tuple[MembershipEvent, ...]) -> Member:
    return Member(
        id=row[0],
        name=row[1],
        gender=to_enum(Gender, row[2]),
        ethnicity=row[3],
        birth_date=to_date(row[4]),
        id_number=row[5],
        education=to_enum(Education, row[6]),
        phone=row[7],
        job=row[8],
        organisation_id=row[9],
        group_id=row[10],
        joined_on=req_date(row[11]),
        full_on=to_date(row[12]),
        is_mobile=bool(row[13]),
        not_transferred_in=bool(row[14]),
        note=row[15],
        events=events,
    )


def _event(row: Any) -> MembershipEvent:
    return MembershipEvent(
        id=row[0],
        kind=MembershipEventKind(row[1]),
        occurred_on=req_date(row[2]),
        note=row[3],
        group_id=row[4],
    )
