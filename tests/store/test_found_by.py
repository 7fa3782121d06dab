"""One text a record is found by: the page's filter and the search index agree.

`core.found_by` declares it once; the index's SQL is generated from the same parts
(store/record_tables.found_by_sql). Before, the talks page's filter read the talker, the
people, the topic, the place, the content and the problems, and the index more (the kind,
the suggestions …): a 提醒谈话 was found by the search box and not by the filter.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from branchdesk.core import registry
from branchdesk.core.found_by import FOUND_BY, found_by
from branchdesk.core.members import Member
from branchdesk.core.talks import Counterpart, Talk, TalkKind
from branchdesk.store import search_index
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


def _records(ws: Workspace, key: str) -> list[Any]:
    repositories: dict[str, Any] = {
        registry.MEMBERS.key: ws.members,
        registry.MEETINGS.key: ws.meetings,
        registry.TALKS.key: ws.talks,
        registry.VOLUNTEER_ACTIVITIES.key: ws.volunteering,
        registry.TRAININGS.key: ws.trainings,
    }
    return list(repositories[key].all())


def _indexed(ws: Workspace, key: str) -> dict[int, str]:
    search_index.flush(ws.db)
    rows = ws.db.execute(
        "SELECT d.record_id, search_index.body FROM search_docs d "
        "JOIN search_index ON search_index.rowid = d.id WHERE d.record_type = ?",
        [key],
    ).fetchall()
    return dict(rows)


def _evidence(ws: Workspace, key: str, record_id: int) -> str:
    return " ".join(
        f"{a.caption} {a.original_name}" for a in ws.attachments.for_owner(key, record_id)
    )


@pytest.mark.parametrize("key", list(FOUND_BY))
def test_the_index_holds_the_text_core_finds_a_record_by(
    demo_workspace: Workspace, key: str
) -> None:
    ws = demo_workspace
    names = {m.id: m.name for m in ws.members.all() if m.id is not None}
    indexed = _indexed(ws, key)
    records = _records(ws, key)
    assert records and len(indexed) == len(records)
    for record in records:
        expected = found_by(key, record, names, _evidence(ws, key, record.id), named=_named(ws))
        assert indexed[record.id] == expected, record


def _named(ws: Workspace) -> dict[str, dict[int, str]]:
    return {
        "organisations": {o.id: o.name for o in ws.branch.organisations() if o.id is not None},
        "party_groups": {g.id: g.name for g in ws.branch.groups() if g.id is not None},
    }


def test_a_warning_talk_is_found_by_its_kind_in_both(workspace: Workspace) -> None:
    ws = workspace
    a, b = (ws.members.save(Member(n, date(2010, 7, 1)), DEMO_TODAY).id or 0 for n in ("甲", "乙"))
    talk = ws.talks.save(
        Talk(date(2026, 3, 5), a, (Counterpart(b),), kind=TalkKind.WARNING, topic="工作作风"),
        DEMO_TODAY,
    )
    names = {a: "甲", b: "乙"}
    assert "提醒谈话" in found_by(registry.TALKS.key, talk, names)
    assert [h.record_id for h in ws.search("提醒谈话")] == [talk.id]
