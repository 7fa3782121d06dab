"""Members and their membership events."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from branchdesk.core.members import Member, MembershipEvent, validate_member
from branchdesk.core.validation import ValidationError
from branchdesk.store.connection import Database
from branchdesk.store.convert import (
    now_stamp,
)
from branchdesk.store.errors import NotFoundError
from branchdesk.store.record_checks import require_valid
from branchdesk.store.row_mapping import RowMap

MEMBERS = RowMap(
    Member,
    children=("events",),
    untrimmed=("note",),
    written={"id_number": lambda text: text.strip().upper()},
)
EVENTS = RowMap(MembershipEvent, untrimmed=("note",))
_SELECT = f"SELECT {MEMBERS.select_list} FROM members"


class MemberRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self, *, include_deleted: bool = False) -> list[Member]:
        """Every member with their events, ordered by name's sort key then id."""
        where = "" if include_deleted else "WHERE deleted_at IS NULL"
        rows = self._db.rows(f"{_SELECT} {where} ORDER BY id")
        events = self._events_by_member()
        return [MEMBERS.record(row, events=events.get(row["id"], ())) for row in rows]

    def deleted(self) -> list[Member]:
        rows = self._db.rows(f"{_SELECT} WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC")
        events = self._events_by_member()
        return [MEMBERS.record(row, events=events.get(row["id"], ())) for row in rows]

    def get(self, member_id: int) -> Member:
        found = self._db.rows(f"{_SELECT} WHERE id = ?", [member_id])
        if not found:
            raise NotFoundError("member", member_id)
        return MEMBERS.record(found[0], events=self._events_of(member_id))

    def save(self, member: Member, today: date) -> Member:
        """Insert or update *member* and replace its events, in one transaction."""
        errors = validate_member(member, today)
        if errors:
            raise ValidationError(errors)
        values = MEMBERS.values(member)
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
        rows = self._db.rows(
            f"SELECT {EVENTS.select_list} FROM membership_events "
            "WHERE member_id = ? ORDER BY occurred_on, id",
            [member_id],
        )
        return tuple(EVENTS.record(row) for row in rows)

    def _events_by_member(self) -> dict[int, tuple[MembershipEvent, ...]]:
        grouped: dict[int, list[MembershipEvent]] = {}
        for row in self._db.rows(
            f"SELECT member_id, {EVENTS.select_list} FROM membership_events "
            "ORDER BY occurred_on, id"
        ):
            grouped.setdefault(row["member_id"], []).append(EVENTS.record(row))
        return {key: tuple(value) for key, value in grouped.items()}

    def _insert_events(self, member_id: int, events: Iterable[MembershipEvent]) -> None:
        for event in events:
            values = {"member_id": member_id, **EVENTS.values(event)}
            self._db.execute(
                f"INSERT INTO membership_events ({', '.join(values)}) "
                f"VALUES ({', '.join('?' for _ in values)})",
                list(values.values()),
            )
