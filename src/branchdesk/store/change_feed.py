"""Which record types a connection wrote, told to whoever listens, whatever wrote them.

Pages that show derived figures (概览, 年度报告, a page's summary line) must learn that a
meeting was saved on another page, or that an import or a purge happened, without every
writer remembering to say so. TEMP triggers on every table of the data (generated on each
connection, as the search index's are) call a function of this connection with the record
type of each written row: a child row names its top-level record type (an attendance row
names ``meetings``), and a table that holds no record type (``settings``, ``branch``,
``compliance_rules``) names itself. The listener runs inside the writing statement: it
should only note the keys and act once the work is done (`ui/records_changed.py` does).
"""

from __future__ import annotations

from collections.abc import Callable

from branchdesk.core.registry import record_type
from branchdesk.store.connection import Database
from branchdesk.store.record_tables import tables

Listener = Callable[[str], None]
FUNCTION = "branchdesk_changed"
# Bookkeeping that holds no user data: writing them changes no figure.
_QUIET_TABLES = frozenset({"_sqlite_migrations", "search_docs", "search_pending"})


def top_level_key(key: str) -> str:
    """The record type a secretary would say changed: a child row's owner."""
    parent = record_type(key).parent
    return key if parent is None else top_level_key(parent)


def keys_by_table() -> dict[str, str]:
    """Every registered table, with the top-level record type its rows belong to."""
    return {entry.table: top_level_key(entry.key) for entry in tables()}


def install(db: Database, listener: Listener) -> None:
    """Call *listener* with a record-type key for every row this connection writes."""
    db.conn.create_function(FUNCTION, 1, listener, deterministic=False)
    known = keys_by_table()
    names = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'"
        ).fetchall()
    ]
    for table in names:
        if table in _QUIET_TABLES:
            continue
        key = known.get(table, table)
        for event in ("INSERT", "UPDATE", "DELETE"):
            db.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS changed_{table}_{event.lower()} "
                f"AFTER {event} ON main.{table} BEGIN SELECT {FUNCTION}('{key}'); END"
            )
