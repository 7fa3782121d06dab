"""Participant rows (member or named non-member, with hours) of volunteer and training records."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from branchdesk.core.participation import Participant


def participant_rows(participants: tuple[Participant, ...]) -> list[dict[str, Any]]:
    return [
        {"member_id": p.member_id, "name": p.name.strip(), "hours": float(p.hours)}
        for p in participants
    ]


def participants_by_parent(
    db: Database, table: str, parent_column: str, parent_ids: list[int]
) -> dict[int, tuple[Participant, ...]]:
    wanted = set(parent_ids)
    if not wanted:
        return {}
    # One id: a keyed lookup; many: one scan, cheaper than a long IN list.
    where, params = (f" WHERE {parent_column} = ?", parent_ids) if len(wanted) == 1 else ("", [])
    grouped: dict[int, list[Participant]] = {}
    for parent_id, row_id, member_id, name, hours in db.execute(
        f"SELECT {parent_column}, id, member_id, name, hours FROM {table}{where} ORDER BY id",
        params,
    ).fetchall():
        if parent_id in wanted:
            grouped.setdefault(parent_id, []).append(Participant(member_id, name, hours, row_id))
    return {key: tuple(value) for key, value in grouped.items()}
