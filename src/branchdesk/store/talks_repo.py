"""Talks and the people talked with."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from branchdesk.core.talks import Counterpart, Talk, TalkKind, validate_talk
from branchdesk.core.validation import ValidationError
from branchdesk.store.convert import req_date
from branchdesk.store.members_repo import MemberRepository
from branchdesk.store.record_base import TrashableRepository

_COLUMNS = (
    "id, held_on, starts_at, place, talker_id, talker_post, others_present, kind, topic, "
    "content, problems, suggestions, follow_up"
)


class TalkRepository(TrashableRepository[Talk]):
    table = "talks"
    date_column = "held_on"
    what = "talk"

    def save(self, talk: Talk, today: date) -> Talk:
        errors = validate_talk(talk, MemberRepository(self._db).all(), today)
        if errors:
            raise ValidationError(errors)
        values = {
            "held_on": talk.held_on.isoformat(),
            "starts_at": talk.starts_at.strftime("%H:%M") if talk.starts_at else None,
            "place": talk.place.strip(),
            "talker_id": talk.talker_id,
            "talker_post": talk.talker_post.strip(),
            "others_present": talk.others_present.strip(),
            "kind": talk.kind.value,
            "topic": talk.topic.strip(),
            "content": talk.content,
            "problems": talk.problems,
            "suggestions": talk.suggestions,
            "follow_up": talk.follow_up,
        }
        rows = [
            {"member_id": c.member_id, "name": c.name.strip(), "role": c.role.strip()}
            for c in talk.counterparts
        ]
        with self._db.atomic():
            talk_id = self._upsert(talk.id, values)
            self._replace_children("talk_counterparts", "talk_id", talk_id, rows)
        return self.get(talk_id)

    def _select(self, clause: str, params: list[Any]) -> list[Talk]:
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM talks {clause}", params).fetchall()
        wanted = {r[0] for r in rows}
        people: dict[int, list[Counterpart]] = {}
        if wanted:
            for talk_id, row_id, member_id, name, role in self._db.execute(
                "SELECT talk_id, id, member_id, name, role FROM talk_counterparts ORDER BY id"
            ).fetchall():
                if talk_id in wanted:
                    people.setdefault(talk_id, []).append(
                        Counterpart(member_id, name, role, row_id)
                    )
        return [_talk(row, tuple(people.get(row[0], ()))) for row in rows]


def _talk(row: Any, counterparts: tuple[Counterpart, ...]) -> Talk:
    return Talk(
        id=row[0],
        held_on=req_date(row[1]),
        starts_at=time.fromisoformat(row[2]) if row[2] else None,
        place=row[3],
        talker_id=row[4],
        talker_post=row[5],
        others_present=row[6],
        kind=TalkKind(row[7]),
        topic=row[8],
        content=row[9],
        problems=row[10],
        suggestions=row[11],
        follow_up=row[12],
        counterparts=counterparts,
    )
