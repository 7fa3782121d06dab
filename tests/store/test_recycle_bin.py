from datetime import date

import pytest

from branchdesk.core.registry import record_types
from branchdesk.core.review import ReviewRound
from branchdesk.store.record_tables import table_for
from branchdesk.store.recycle_bin import RestoreRefusedError, StillReferencedError, references_to
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


def test_every_trashable_type_can_be_binned_restored_and_purged(
    demo_workspace: Workspace,
) -> None:
    ws = demo_workspace
    tried = set()
    for rt in record_types():
        if not rt.trashable:
            continue
        table = table_for(rt.key).table
        row = ws.db.execute(f"SELECT max(id) FROM {table}").fetchone()
        if row[0] is None:
            continue
        record_id = int(row[0])
        before = ws.counts()[rt.key]
        ws.move_to_bin(rt.key, record_id)
        assert ws.counts()[rt.key] == before - 1
        binned = [t for t in ws.trashed() if (t.key, t.id) == (rt.key, record_id)]
        assert len(binned) == 1 and binned[0].title, rt.key
        ws.restore_from_bin(rt.key, record_id)
        assert ws.counts()[rt.key] == before
        ws.move_to_bin(rt.key, record_id)
        if references_to(ws.db, rt.key, record_id):  # refused: see the tests below
            with pytest.raises(StillReferencedError):
                ws.purge_from_bin(rt.key, record_id)
            ws.restore_from_bin(rt.key, record_id)
            tried.add(rt.key)
            continue
        ws.purge_from_bin(rt.key, record_id)
        assert (
            ws.db.execute(f"SELECT count(*) FROM {table} WHERE id = ?", [record_id]).fetchone()[0]
            == 0
        ), rt.key
        tried.add(rt.key)
    # The demo's last meeting is 郭一鸣's admission vote: purged, it no longer admits him,
    # so the member the pipeline put on the roster stays in the bin (and nothing else).
    assert [(t.key, t.title) for t in ws.trashed()] == [("members", "郭一鸣")]
    trashable = {rt.key for rt in record_types() if rt.trashable}
    assert tried == trashable  # the demo holds a record of every trashable type
    assert ws.check() == []


def test_a_member_other_records_name_is_not_purged(demo_workspace: Workspace) -> None:
    """Purging the secretary used to cascade: every talk he led, his attendance of past
    meetings and his committee posts vanished with him, and past reports changed."""
    ws = demo_workspace
    secretary = next(m for m in ws.members.all() if m.name == "周建国")
    assert secretary.id is not None
    talks_before = ws.counts()["talks"]
    ws.move_to_bin("members", secretary.id)
    with pytest.raises(StillReferencedError) as refused:
        ws.purge_from_bin("members", secretary.id)
    assert refused.value.title == "周建国"
    assert refused.value.references["talks"] > 0 and refused.value.references["meetings"] > 0
    assert "membership_events" not in refused.value.references  # his own rows go with him
    assert ws.counts()["talks"] == talks_before
    ws.restore_from_bin("members", secretary.id)
    assert any(m.id == secretary.id for m in ws.members.all())


def test_a_member_nothing_names_is_purged_with_their_own_events(workspace: Workspace) -> None:
    from branchdesk.core.members import Member

    saved = workspace.members.save(Member(name="录错的人", joined_on=date(2020, 7, 1)), DEMO_TODAY)
    assert saved.id is not None
    workspace.move_to_bin("members", saved.id)
    assert references_to(workspace.db, "members", saved.id) == {}
    workspace.purge_from_bin("members", saved.id)
    assert workspace.members.all() == []


def test_a_review_round_whose_year_has_a_new_round_is_not_restored(
    demo_workspace: Workspace,
) -> None:
    """回收站 → 还原 of a 2025 round after a new 2025 round was started died on the unique
    index (sqlite3.IntegrityError); now it is refused, both rounds kept as they were."""
    ws = demo_workspace
    old = ws.reviews.for_year(2025)
    assert old is not None and old.id is not None
    ws.move_to_bin("review_rounds", old.id)
    fresh = ws.reviews.save(ReviewRound(2025), DEMO_TODAY)
    with pytest.raises(RestoreRefusedError) as refused:
        ws.restore_from_bin("review_rounds", old.id)
    assert refused.value.title == "2025年度民主评议党员"
    assert ws.reviews.for_year(2025) == fresh
    assert [r.id for r in ws.trashed()] == [old.id]
