"""Rows are read by column name from the dataclass (store/row_mapping.RowMap)."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pytest

from branchdesk.core.members import Member
from branchdesk.core.talks import Counterpart, Talk
from branchdesk.store.branch_repo import BRANCH, GROUPS, ORGANISATIONS
from branchdesk.store.meetings_repo import MEETINGS
from branchdesk.store.members_repo import EVENTS, MEMBERS
from branchdesk.store.review_repo import ENTRIES, ROUNDS
from branchdesk.store.row_mapping import RowMap
from branchdesk.store.rules_repo import RULES
from branchdesk.store.talks_repo import TALKS
from branchdesk.store.training_repo import TRAININGS
from branchdesk.store.volunteer_repo import ACTIVITIES
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

MAPS: list[tuple[RowMap[Any], str]] = [
    (TALKS, "talks"),
    (TRAININGS, "trainings"),
    (ACTIVITIES, "volunteer_activities"),
    (MEMBERS, "members"),
    (EVENTS, "membership_events"),
    (MEETINGS, "meetings"),
    (ROUNDS, "review_rounds"),
    (ENTRIES, "review_entries"),
    (RULES, "compliance_rules"),
    (BRANCH, "branch"),
    (ORGANISATIONS, "organisations"),
    (GROUPS, "party_groups"),
]


@pytest.mark.parametrize(("row_map", "table"), MAPS, ids=[t for _, t in MAPS])
def test_every_field_is_a_column_of_its_table(
    workspace: Workspace, row_map: RowMap[Any], table: str
) -> None:
    columns = {row[1] for row in workspace.db.execute(f"PRAGMA table_info({table})")}
    assert set(row_map.select_list.split(", ")) <= columns


def test_a_talk_round_trips_its_texts_and_time(workspace: Workspace) -> None:
    ws = workspace
    a = ws.members.save(Member("甲", date(2010, 7, 1)), DEMO_TODAY).id or 0
    b = ws.members.save(
        Member(" 乙 ", date(2010, 7, 1), id_number=" 11010519491231002x"), DEMO_TODAY
    )
    assert b.name == "乙" and b.id_number == "11010519491231002X"
    talk = Talk(
        date(2026, 3, 5),
        a,
        (Counterpart(b.id),),
        starts_at=time(9, 30),
        topic="  谈心  ",
        content="  第一段\n\n  第二段  ",
    )
    saved = ws.talks.save(talk, DEMO_TODAY)
    assert saved.topic == "谈心" and saved.content == talk.content
    assert saved.starts_at == time(9, 30) and saved.kind == talk.kind
    stored = ws.db.execute("SELECT starts_at, held_on FROM talks").fetchone()
    assert tuple(stored) == ("09:30", "2026-03-05")
