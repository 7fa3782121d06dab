"""Talks and the people talked with."""

from __future__ import annotations

from datetime import date
from typing import Any

from branchdesk.core.talks import Counterpart, Talk, validate_talk
from branchdesk.core.validation import ValidationError
from branchdesk.store.members_repo import MemberRepository
from branchdesk.store.record_base import TrashableRepository
from branchdesk.store.row_mapping import RowMap

# Long texts keep their line breaks and spacing as typed.
TALKS = RowMap(
    Talk,
    children=("counterparts",),
    untrimmed=("content", "problems", "suggestions", "follow_up"),
)


class TalkRepository(TrashableRepository[Talk]):
    table = "talks"
    date_column = "held_on"
    what = "talk"

    def save(self, talk: Talk, today: date) -> Talk:
        errors = validate_talk(talk, MemberRepository(self._db).all(), today)
        if errors:
            raise ValidationError(errors)
        values = TALKS.values(talk)
        rows = [
            {"member_id": c.member_id, "name": c.name.strip(), "role": c.role.strip()}
            for c in talk.counterparts
        ]
        with self._db.atomic():
            talk_id = self._upsert(talk.id, values)
            self._replace_children("talk_counterparts", "talk_id", talk_id, rows)
        return self.get(talk_id)

    def _select(self, clause: str, params: list[Any]) -> list[Talk]:
        rows = self._db.rows(f"SELECT {TALKS.select_list} FROM talks {clause}", params)
        wanted = {r["id"] for r in rows}
        people: dict[int, list[Counterpart]] = {}
        if wanted:
            for talk_id, row_id, member_id, name, role in self._db.execute(
                "SELECT talk_id, id, member_id, name, role FROM talk_counterparts ORDER BY id"
            ).fetchall():
                if talk_id in wanted:
                    people.setdefault(talk_id, []).append(
                        Counterpart(member_id, name, role, row_id)
                    )
        return [TALKS.record(row, counterparts=tuple(people.get(row["id"], ()))) for row in rows]
