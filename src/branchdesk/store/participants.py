"""Participant rows (member or named non-member, with hours) of volunteer and training records."""

from __future__ import annotations

import json
from typing import Any

from branchdesk.core.participation import Participant
from branchdesk.store.connection import Database


def participant_rows(participants: tuple[Participant, ...]) -> list[dict[str, Any]]:
    return [
        {"member_id": p.member_id, "name": p.name.strip(), "hours": float(p.hours)}
        for p in participants
    ]


def participants_by_parent(
    db: Database, table: str, parent_column: str, parent_ids: list[int]
) -> dict[int, tuple[Participant, ...]]:
    if not parent_ids:
        return {}
    # The ids as one JSON parameter: keyed lookups through the parent index for a year's
    # records, without one placeholder per id (SQLite caps those).
    grouped: dict[int, list[Participant]] = {}
    for parent_id, row_id, member_id, name, hours in db.execute(
        f"SELECT {parent_column}, id, member_id, name, hours FROM {table} "
        f"WHERE {parent_column} IN (SELECT value FROM json_each(?)) ORDER BY id",
        [json.dumps(parent_ids)],
    ).fetchall():
        grouped.setdefault(parent_id, []).append(Participant(member_id, name, hours, row_id))
    return {key: tuple(value) for key, value in grouped.items()}
