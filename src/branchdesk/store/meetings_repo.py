"""Meetings with their attendance, agenda, resolutions and follow-up items.

A meeting and all its child rows are written in one transaction; moving a meeting to the
recycle bin (`TrashableRepository`) only stamps `deleted_at`, so restoring it brings back
every child row and attachment exactly as they were.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from branchdesk.core import registry
from branchdesk.core.attendance import Roster
from branchdesk.core.meeting_validation import validate_meeting
from branchdesk.core.meetings import (
    ActionItem,
    ActionKind,
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingKind,
    Resolution,
)
from branchdesk.core.recruiting import StepKind
from branchdesk.core.validation import ValidationError
from branchdesk.store.connection import Database
from branchdesk.store.convert import from_date, from_enum, to_date, to_enum
from branchdesk.store.record_base import TrashableRepository
from branchdesk.store.row_mapping import RowMap

MEETINGS = RowMap(Meeting, children=("agenda", "resolutions", "actions", "attendance"))
OWNER_TYPE = registry.MEETINGS.key  # what attachments of a meeting name as their owner


class MeetingRepository(TrashableRepository[Meeting]):
    table = "meetings"
    date_column = "held_on"
    what = "meeting"

    def all(
        self,
        year: int | None = None,
        *,
        start: date | None = None,
        end: date | None = None,
        kinds: Iterable[MeetingKind] | None = None,
        with_rectifications: bool = False,
    ) -> list[Meeting]:
        """Live meetings, oldest first; of *year*, within [start, end] and of *kinds* if given;
        only those with rectification items when *with_rectifications*."""
        if year is not None:
            start, end = date(year, 1, 1), date(year, 12, 31)
        where = ["deleted_at IS NULL"]
        params: list[Any] = []
        if start is not None:
            where.append("held_on >= ?")
            params.append(start.isoformat())
        if end is not None:
            where.append("held_on <= ?")
            params.append(end.isoformat())
        if kinds is not None:
            values = [k.value for k in kinds]
            where.append(f"kind IN ({', '.join('?' for _ in values)})")
            params.extend(values)
        if with_rectifications:
            where.append("id IN (SELECT meeting_id FROM meeting_actions WHERE kind = ?)")
            params.append(ActionKind.RECTIFICATION.value)
        return self._select(f"WHERE {' AND '.join(where)} ORDER BY held_on, start_time, id", params)

    def by_ids(self, ids: list[int]) -> dict[int, Meeting]:
        """The meetings of *ids* by id, in the recycle bin or not, read in one batch."""
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        return {m.id or 0: m for m in self._select(f"WHERE id IN ({marks})", list(ids))}

    def save(self, meeting: Meeting, today: date, roster: Roster) -> Meeting:
        """Insert or update *meeting* with all its child rows, in one transaction."""
        errors = validate_meeting(meeting, today, roster)
        if errors:
            raise ValidationError(errors)
        with self._db.atomic():
            meeting_id = self._upsert(meeting.id, MEETINGS.values(meeting))
            if meeting.id is not None:
                for table in _CHILD_TABLES:
                    self._db.execute(f"DELETE FROM {table} WHERE meeting_id = ?", [meeting_id])
            self._insert_children(meeting_id, meeting)
        return self.get(meeting_id)

    def _select(self, clause: str, params: list[Any]) -> list[Meeting]:
        rows = self._db.rows(f"SELECT {MEETINGS.select_list} FROM meetings {clause}", params)
        if not rows:
            return []
        ids = [row["id"] for row in rows]
        children = _Children(self._db, ids)
        return [children.meeting(row) for row in rows]

    def _insert_children(self, meeting_id: int, meeting: Meeting) -> None:
        self._db.conn.executemany(
            "INSERT INTO meeting_attendance (meeting_id, member_id, status, reason) "
            "VALUES (?, ?, ?, ?)",
            [
                (meeting_id, a.member_id, a.status.value, a.reason.strip())
                for a in meeting.attendance
            ],
        )
        self._db.conn.executemany(
            "INSERT INTO meeting_agenda (meeting_id, position, text) VALUES (?, ?, ?)",
            [(meeting_id, i, text) for i, text in enumerate(meeting.agenda)],
        )
        self._db.conn.executemany(
            "INSERT INTO meeting_resolutions (meeting_id, position, text, votes_for, "
            "votes_against, abstentions, recruit_id, recruit_step, extension_months) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    meeting_id,
                    i,
                    r.text,
                    r.votes_for,
                    r.votes_against,
                    r.abstentions,
                    r.recruit_id,
                    from_enum(r.recruit_step),
                    r.extension_months,
                )
                for i, r in enumerate(meeting.resolutions)
            ],
        )
        self._db.conn.executemany(
            "INSERT INTO meeting_actions (meeting_id, position, kind, item, measure, deadline, "
            "owner, done_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    meeting_id,
                    i,
                    a.kind.value,
                    a.item,
                    a.measure,
                    from_date(a.deadline),
                    a.owner,
                    from_date(a.done_on),
                )
                for i, a in enumerate(meeting.actions)
            ],
        )


# A dict lookup, not AttendanceStatus(value): ten years hold ~30,000 attendance rows and the
# enum call was a third of loading them.
_STATUS = {status.value: status for status in AttendanceStatus}

_CHILD_TABLES = ("meeting_attendance", "meeting_agenda", "meeting_resolutions", "meeting_actions")


class _Children:
    """The child rows of a batch of meetings, read with one query per table."""

    def __init__(self, db: Database, ids: list[int]) -> None:
        marks = ", ".join("?" for _ in ids)

        def rows(sql: str) -> dict[int, list[Any]]:
            grouped: dict[int, list[Any]] = {}
            for row in db.execute(sql.format(marks=marks), ids).fetchall():
                grouped.setdefault(row[0], []).append(row[1:])
            return grouped

        self._attendances: dict[tuple[int, str, str], Attendance] = {}
        self.attendance = rows(
            "SELECT meeting_id, member_id, status, reason FROM meeting_attendance "
            "WHERE meeting_id IN ({marks}) ORDER BY meeting_id, rowid"
        )
        self.agenda = rows(
            "SELECT meeting_id, text FROM meeting_agenda WHERE meeting_id IN ({marks}) "
            "ORDER BY meeting_id, position"
        )
        self.resolutions = rows(
            "SELECT meeting_id, text, votes_for, votes_against, abstentions, recruit_id, "
            "recruit_step, extension_months FROM meeting_resolutions "
            "WHERE meeting_id IN ({marks}) ORDER BY meeting_id, position"
        )
        self.actions = rows(
            "SELECT meeting_id, kind, item, measure, deadline, owner, done_on "
            "FROM meeting_actions WHERE meeting_id IN ({marks}) ORDER BY meeting_id, position"
        )

    def meeting(self, row: Any) -> Meeting:
        meeting_id = row["id"]
        return MEETINGS.record(
            row,
            agenda=tuple(r[0] for r in self.agenda.get(meeting_id, ())),
            resolutions=tuple(
                Resolution(r[0], r[1], r[2], r[3], r[4], to_enum(StepKind, r[5]), r[6])
                for r in self.resolutions.get(meeting_id, ())
            ),
            actions=tuple(
                ActionItem(
                    kind=ActionKind(r[0]),
                    item=r[1],
                    measure=r[2],
                    deadline=to_date(r[3]),
                    owner=r[4],
                    done_on=to_date(r[5]),
                )
                for r in self.actions.get(meeting_id, ())
            ),
            attendance=tuple(self._attendance(r) for r in self.attendance.get(meeting_id, ())),
        )

    def _attendance(self, row: tuple[int, str, str]) -> Attendance:
        # Attendance is frozen, and a batch repeats the same (member, status, reason) in
        # meeting after meeting: one object each, not one per row (~30,000 on ten years).
        found = self._attendances.get(row)
        if found is None:
            found = self._attendances[row] = Attendance(row[0], _STATUS[row[1]], row[2])
        return found
