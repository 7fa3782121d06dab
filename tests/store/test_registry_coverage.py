from branchdesk.core.registry import record_types
from branchdesk.store.record_tables import missing_tables, table_for
from branchdesk.workspace import Workspace


def test_every_registered_type_has_a_table() -> None:
    assert missing_tables() == []


def test_counts_cover_every_registered_type(workspace: Workspace) -> None:
    counts = workspace.counts()
    assert set(counts) == {rt.key for rt in record_types()}
    for rt in record_types():
        assert workspace.db.table_exists(table_for(rt.key).table)
