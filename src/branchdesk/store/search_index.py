"""One full-text index over every searchable record type, declared in `record_tables`.

Each `RecordTable` with a `search_sql` contributes one document per live row (title, date,
text). The index is kept current without any repository having to remember it: TEMP
triggers, generated from the registry on every connection, note each written row (or, for a
child row, its parent; for an attachment, its owner) in `search_pending` inside the writer's
own transaction; `flush` re-indexes those before a search. When the declarations change (a
new record type, a new column), the whole index is rebuilt on open.
"""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

from branchdesk.core import registry
from branchdesk.core.registry import record_type
from branchdesk.core.search import (
    SearchHit,
    fts_phrase,
    indexed_terms,
    make_snippet,
    query_terms,
    short_terms,
)
from branchdesk.store.connection import Database
from branchdesk.store.convert import to_date
from branchdesk.store.record_tables import RecordTable, table_for, tables

log = logging.getLogger(__name__)

SIGNATURE_KEY = "search_index_signature"
INDEX_FORMAT = 1  # bump when the way documents are built changes
DEFAULT_LIMIT = 200
# Rows of these tables name their owner per row (generic attachments), not by a parent key.
OWNER_COLUMNS = {registry.ATTACHMENTS.key: ("owner_type", "owner_id")}
# Derived from the records, so left out of the export archive and rebuilt after an import.
DERIVED_TABLES = frozenset({"search_docs", "search_index", "search_pending"})


def install(db: Database) -> None:
    """Create this connection's triggers and bring the index up to date."""
    _create_triggers(db)
    signature = _signature()
    row = db.execute("SELECT value FROM settings WHERE key = ?", [SIGNATURE_KEY]).fetchone()
    if row is None or json.loads(row[0]) != signature:
        rebuild(db)
        with db.atomic():
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [SIGNATURE_KEY, json.dumps(signature)],
            )
    else:
        flush(db)


def rebuild(db: Database) -> None:
    with db.atomic():
        db.execute("DELETE FROM search_index")
        db.execute("DELETE FROM search_docs")
        db.execute("DELETE FROM search_pending")
        for entry in _searchable():
            _index(db, entry, "1", [])
    log.info("search index rebuilt")


def flush(db: Database) -> None:
    """Re-index every record written since the last flush."""
    pending = db.execute("SELECT record_type, record_id FROM search_pending").fetchall()
    if not pending:
        return
    searchable = {e.key: e for e in _searchable()}
    with db.atomic():
        for key, record_id in pending:
            _remove(db, key, record_id)
            entry = searchable.get(key)
            if entry is not None:
                _index(db, entry, "r.id = ?", [record_id])
        db.execute("DELETE FROM search_pending")


def search(db: Database, text: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """Records whose text contains every term of *text*, newest first."""
    terms = query_terms(text)
    if not terms:
        return []
    flush(db)
    where: list[str] = []
    params: list[Any] = []
    long_terms = indexed_terms(terms)
    if long_terms:
        where.append("search_index MATCH ?")
        params.append(" AND ".join(fts_phrase(t) for t in long_terms))
    for term in short_terms(terms):  # too short for trigrams: a scan of the same text
        # lower() copies every text it reads; only a term with letters needs it.
        body = "lower(search_index.body)" if term.upper() != term else "search_index.body"
        where.append(f"instr({body}, ?) > 0")
        params.append(term)
    # Rank on the small columns first; read the (long) text only of the hits kept.
    ranked = db.execute(
        "SELECT d.id FROM search_index JOIN search_docs d ON d.id = search_index.rowid "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY d.day IS NULL, d.day DESC, d.record_type, d.record_id LIMIT ?",
        [*params, limit],
    ).fetchall()
    ids = [row[0] for row in ranked]
    if not ids:
        return []
    rows = db.execute(
        "SELECT d.id, d.record_type, d.record_id, d.day, d.title, search_index.body "
        "FROM search_docs d JOIN search_index ON search_index.rowid = d.id "
        f"WHERE d.id IN ({', '.join('?' for _ in ids)})",
        ids,
    ).fetchall()
    by_id = {row[0]: row[1:] for row in rows}
    return [
        SearchHit(r[0], r[1], to_date(r[2]), r[3] or "", make_snippet(r[4], terms))
        for r in (by_id[i] for i in ids)
    ]


def _searchable() -> list[RecordTable]:
    return [e for e in tables() if e.search_sql is not None]


def _signature() -> str:
    parts = [INDEX_FORMAT] + [
        [e.key, e.table, e.title_sql, e.date_sql, e.search_sql] for e in _searchable()
    ]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _index(db: Database, entry: RecordTable, where: str, params: list[Any]) -> None:
    live = "r.deleted_at IS NULL" if record_type(entry.key).trashable else "1"
    # Text that is not valid UTF-8 (written by another tool) is indexed with U+FFFD in
    # place of the bad bytes rather than stopping the folder from opening; `check` names it.
    before = db.conn.text_factory
    db.conn.text_factory = _lenient_text
    try:
        rows = db.execute(
            f"SELECT r.id, {entry.date_sql}, {entry.title_sql}, {entry.search_sql} "
            f"FROM {entry.table} r WHERE {live} AND {where}",
            params,
        ).fetchall()
    finally:
        db.conn.text_factory = before
    for record_id, day, title, body in rows:
        cursor = db.execute(
            "INSERT INTO search_docs (record_type, record_id, day, title) VALUES (?, ?, ?, ?)",
            [entry.key, record_id, day, title or ""],
        )
        db.execute(
            "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)",
            [cursor.lastrowid, title or "", body or ""],
        )


def _remove(db: Database, key: str, record_id: int) -> None:
    row = db.execute(
        "SELECT id FROM search_docs WHERE record_type = ? AND record_id = ?", [key, record_id]
    ).fetchone()
    if row is not None:
        db.execute("DELETE FROM search_index WHERE rowid = ?", [row[0]])
        db.execute("DELETE FROM search_docs WHERE id = ?", [row[0]])


def _create_triggers(db: Database) -> None:
    # ON CONFLICT DO NOTHING, not INSERT OR IGNORE: when a trigger fires from a foreign-key
    # action (ON DELETE SET NULL), SQLite replaces OR IGNORE by the action's ABORT, and
    # purging an organisation or a group would fail on a second note for the same member.
    for entry in tables():
        target = _pending_target(entry)
        if target is None:
            continue
        key_sql, id_column = target
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            key = key_sql.format(row=row)
            db.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS search_{entry.table}_{event.lower()} "
                f"AFTER {event} ON main.{entry.table} BEGIN "
                "INSERT INTO search_pending (record_type, record_id) "
                f"VALUES ({key}, {row}.{id_column}) ON CONFLICT DO NOTHING; END"
            )
        if entry.parent_column is not None or entry.key in OWNER_COLUMNS:
            # A child moved to another parent: the old parent's text changed too.
            key = key_sql.format(row="OLD")
            db.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS search_{entry.table}_update_old "
                f"AFTER UPDATE ON main.{entry.table} BEGIN "
                "INSERT INTO search_pending (record_type, record_id) "
                f"VALUES ({key}, OLD.{id_column}) ON CONFLICT DO NOTHING; END"
            )


def _pending_target(entry: RecordTable) -> tuple[str, str] | None:
    """(SQL for the record type to re-index, with {row}; the column holding its id)."""
    if entry.key in OWNER_COLUMNS:
        type_column, id_column = OWNER_COLUMNS[entry.key]
        return "{row}." + type_column, id_column
    if entry.search_sql is not None:
        return f"'{entry.key}'", "id"
    parent = record_type(entry.key).parent
    if entry.parent_column is not None and parent is not None:
        if table_for(parent).search_sql is None:
            return None
        return f"'{parent}'", entry.parent_column
    return None
