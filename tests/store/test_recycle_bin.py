from branchdesk.core.registry import record_types
from branchdesk.store.record_tables import table_for
from branchdesk.workspace import Workspace


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
        ws.purge_from_bin(rt.key, record_id)
        assert (
            ws.db.execute(f"SELECT count(*) FROM {table} WHERE id = ?", [record_id]).fetchone()[0]
            == 0
        ), rt.key
        tried.add(rt.key)
    assert ws.trashed() == []
    trashable = {rt.key for rt in record_types() if rt.trashable}
    assert tried == trashable  # the demo holds a record of every trashable type
    assert ws.check() == []
