"""The recycle bin over every trashable record type, from the registry.

A type joins it by being registered `trashable` with a `deleted_at` column; its table entry
(`record_tables`) says how to name a row for a person. Purging deletes the row for good; its
child rows go with it through `ON DELETE CASCADE`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from branchdesk.core.registry import record_type, record_types
from branchdesk.store.connection import Database
from branchdesk.store.convert import now_stamp, to_date
from branchdesk.store.errors import NotFoundError, StoreError
from branchdesk.store.record_tables import table_for, tables


@dataclass(frozen=True)
class TrashedRecord:
    key: str  # the record type's registry key
    id: int
    title: str
    day: date | None  # the record's own date, if it has one
    deleted_at: str  # ISO stamp (UTC)


class StillReferencedError(StoreError):
    """*references*: how many rows of each record type (a child row counted under its parent
    type, as a person sees it: an attendance row is a meeting) still name the record."""

    def __init__(self, title: str, references: dict[str, int] | None = None) -> None:
        self.title = title
        self.references = references or {}
        named = ", ".join(f"{record_type(k).label_en} {n}" for k, n in self.references.items())
        super().__init__(
            f"{title} is still referred to by other records"
            + (f" ({named})" if named else "")
            + ", so it cannot be deleted for good. Restore it, or remove it from those records "
            "first."
        )


class RestoreRefusedError(StoreError):
    """A live record already holds the place of the one to restore (a review round of the
    same year: one round a year)."""

    def __init__(self, title: str) -> None:
        self.title = title
        super().__init__(
            f"{title} cannot be restored: a record in use already takes its place. Move that "
            "one to the recycle bin first, or leave this one here."
        )


def trashed(db: Database) -> list[TrashedRecord]:
    """Everything in the recycle bin, most recently deleted first."""
    found: list[TrashedRecord] = []
    for rt in record_types():
        if not rt.trashable:
            continue
        entry = table_for(rt.key)
        rows = db.execute(
            f"SELECT r.id, {entry.title_sql}, {entry.date_sql}, r.deleted_at "
            f"FROM {entry.table} AS r WHERE r.deleted_at IS NOT NULL"
        ).fetchall()
        for row in rows:
            day = to_date(row[2]) if isinstance(row[2], str) and len(row[2]) >= 10 else None
            found.append(TrashedRecord(rt.key, row[0], str(row[1] or ""), day, row[3]))
    found.sort(key=lambda r: r.deleted_at, reverse=True)
    return found


def move_to_bin(db: Database, key: str, record_id: int) -> None:
    table = _trashable_table(key)
    with db.atomic():
        cursor = db.execute(
            f"UPDATE {table} SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
            [now_stamp(), record_id],
        )
    if cursor.rowcount == 0:
        raise NotFoundError(record_type(key).label_en, record_id)


def restore(db: Database, key: str, record_id: int) -> None:
    table = _trashable_table(key)
    try:
        with db.atomic():
            cursor = db.execute(
                f"UPDATE {table} SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL",
                [record_id],
            )
    except sqlite3.IntegrityError as exc:  # a unique index over the live rows
        raise RestoreRefusedError(_title(db, key, record_id)) from exc
    if cursor.rowcount == 0:
        raise NotFoundError(record_type(key).label_en, record_id)


def references_to(db: Database, key: str, record_id: int) -> dict[str, int]:
    """Rows of other record types that name this record, by the type a person would call
    them (an attendance row counts under meetings); the record's own child rows left out."""
    table = table_for(key).table
    found: dict[str, int] = {}
    for entry in tables():
        rt = record_type(entry.key)
        if rt.parent == key:
            continue  # its own child rows go with it
        for fk in db.execute(f"PRAGMA foreign_key_list({entry.table})").fetchall():
            if fk[2] != table:  # (id, seq, table, from, to, on_update, on_delete, match)
                continue
            count = db.execute(
                f"SELECT count(*) FROM {entry.table} WHERE {fk[3]} = ?", [record_id]
            ).fetchone()[0]
            if count:
                shown = rt.parent or rt.key
                found[shown] = found.get(shown, 0) + count
    return found


def purge(db: Database, key: str, record_id: int) -> None:
    """Delete a record in the recycle bin for good (its child rows with it). Refused while
    other records name it: their cascading or nulled keys would silently rewrite history
    (every talk a purged member led, their attendance of past meetings)."""
    table = _trashable_table(key)
    references = references_to(db, key, record_id)
    if references:
        raise StillReferencedError(_title(db, key, record_id), references)
    try:
        with db.atomic():
            cursor = db.execute(
                f"DELETE FROM {table} WHERE id = ? AND deleted_at IS NOT NULL", [record_id]
            )
    except sqlite3.IntegrityError as exc:
        raise StillReferencedError(f"{record_type(key).label_en} {record_id}") from exc
    if cursor.rowcount == 0:
        raise NotFoundError(record_type(key).label_en, record_id)


def _title(db: Database, key: str, record_id: int) -> str:
    """How a person names the record (its title, else its type and number)."""
    entry = table_for(key)
    title = db.execute(
        f"SELECT {entry.title_sql} FROM {entry.table} AS r WHERE r.id = ?", [record_id]
    ).fetchone()
    return str(title[0]) if title and title[0] else f"{record_type(key).label_en} {record_id}"


def _trashable_table(key: str) -> str:
    if not record_type(key).trashable:
        raise ValueError(f"{key} has no recycle bin")
    return table_for(key).table
