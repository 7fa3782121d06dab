"""The export archive: every record of every registered type as documented JSON.

Unlike a backup (a copy of the SQLite file), the archive is meant to be read by people and
other programs; docs/data-format.md describes it. One JSON file per table: registered
record types under `records/<key>.json`, other tables (the branch profile, settings, and
any table a later version adds without registering it) under `tables/<name>.json`.
Search indexes and other derived tables are not exported; they are rebuilt.
"""

from __future__ import annotations

import base64
import json
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from branchdesk import __version__
from branchdesk.core.errors import Message
from branchdesk.core.registry import record_type, record_types
from branchdesk.store import archive_checks
from branchdesk.store.archive_zip import (
    NEWER_RECORDS,
    ArchiveError,
    ArchiveWriter,
    VerifiedArchive,
    iter_files,
    verify_archive,
    without_foreign_attachments,
)
from branchdesk.store.backup import (
    is_newer_schema,
    open_image,
    restore_attachments,
    snapshot_database,
)
from branchdesk.store.connection import Database
from branchdesk.store.db import applied_migrations, schema_major
from branchdesk.store.migrations import TRACKING_FROM_EARLIEST_RECORD
from branchdesk.store.record_tables import count_records, table_for
from branchdesk.store.search_index import DERIVED_TABLES, rebuild

log = logging.getLogger(__name__)

EXPORT_FORMAT = "branchdesk-export"
EXPORT_FORMAT_VERSION = 1
RECORDS_PREFIX = "records/"
TABLES_PREFIX = "tables/"
ATTACHMENTS_PREFIX = "attachments/"
BLOB_KEY = archive_checks.BLOB_KEY


@dataclass(frozen=True)
class ExportedTable:
    entry: str  # the file inside the archive
    table: str
    record_type: str | None  # the registry key, for registered types


def exported_tables(db: Database) -> list[ExportedTable]:
    """What an export holds: every registered type (registry order, parents first), then
    every other ordinary table except internal and search-index ones."""
    result = [
        ExportedTable(f"{RECORDS_PREFIX}{rt.key}.json", table_for(rt.key).table, rt.key)
        for rt in record_types()
    ]
    covered = {t.table for t in result}
    for name in _plain_tables(db):
        if name not in covered:
            result.append(ExportedTable(f"{TABLES_PREFIX}{name}.json", name, None))
    return result


def _plain_tables(db: Database) -> list[str]:
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return sorted(
        name
        for name, sql in rows
        if not name.startswith(("sqlite_", "_"))
        and name not in DERIVED_TABLES
        and name not in virtual
        and not any(name.startswith(f"{v}_") for v in virtual)  # an index's shadow tables
    )


def _columns(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({_quote(table)})").fetchall()]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _to_json(value: Any) -> Any:
    if isinstance(value, bytes):
        return {BLOB_KEY: base64.b64encode(value).decode("ascii")}
    return value


def _from_json(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {BLOB_KEY}:
        return base64.b64decode(value[BLOB_KEY])
    return value


# -- export ----------------------------------------------------------------------------


def write_export(db_path: Path, attachments_dir: Path, target: Path) -> Path:
    """Write the archive to *target* from one consistent snapshot of the database."""
    with open_image(snapshot_database(db_path)) as snapshot:
        tables = exported_tables(snapshot)
        documents = [_table_document(snapshot, t) for t in tables]
        meta: dict[str, Any] = {
            "created_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "app_version": __version__,
            "schema": {
                "major": schema_major(snapshot),
                "migrations": applied_migrations(snapshot),
            },
            "counts": count_records(snapshot),
            "rows": {t.entry: len(d["rows"]) for t, d in zip(tables, documents, strict=True)},
        }
    with ArchiveWriter(target, EXPORT_FORMAT, EXPORT_FORMAT_VERSION, meta) as archive:
        for table, document in zip(tables, documents, strict=True):
            text = json.dumps(document, ensure_ascii=False, indent=1)
            archive.add_bytes(table.entry, text.encode("utf-8"))
        for rel, path in iter_files(attachments_dir):
            archive.add_file(ATTACHMENTS_PREFIX + rel, path)
    log.info("exported %s", target)
    return target


def _table_document(db: Database, table: ExportedTable) -> dict[str, Any]:
    columns = _columns(db, table.table)
    cursor = db.execute(f"SELECT * FROM {_quote(table.table)} ORDER BY rowid")
    rows = [
        {col: _to_json(value) for col, value in zip(columns, row, strict=True)}
        for row in cursor.fetchall()
    ]
    document: dict[str, Any] = {"table": table.table, "columns": columns, "rows": rows}
    if table.record_type is not None:
        rt = record_type(table.record_type)
        document = {
            "record_type": rt.key,
            "label_en": rt.label_en,
            "label_zh": rt.label_zh,
            "parent": rt.parent,
            **document,
        }
    return document


# -- import ----------------------------------------------------------------------------


def verify_export(path: Path) -> VerifiedArchive:
    """Check the archive entirely: zip safety, checksums, and that every JSON file is a
    table this version knows, with known columns and the row count the manifest gives."""
    verified = without_foreign_attachments(
        verify_archive(path, EXPORT_FORMAT, EXPORT_FORMAT_VERSION), ATTACHMENTS_PREFIX
    )
    schema = verified.manifest.get("schema")
    if not isinstance(schema, dict):
        raise ArchiveError(path, "its manifest gives no schema")
    major, applied = schema.get("major"), schema.get("migrations")
    if not isinstance(major, int) or not isinstance(applied, list):
        raise ArchiveError(path, "its manifest gives no valid schema")
    if is_newer_schema(major, map(str, applied)):
        raise ArchiveError(path, Message(NEWER_RECORDS))
    rows = verified.manifest.get("rows", {})
    by_table: dict[str, list[dict[str, Any]]] = {}
    by_key: dict[str, list[dict[str, Any]]] = {}
    for name in verified.entries:
        if name.startswith(ATTACHMENTS_PREFIX):
            continue
        if not name.startswith((RECORDS_PREFIX, TABLES_PREFIX)) or not name.endswith(".json"):
            raise ArchiveError(path, f"entry {name!r} does not belong in an export archive")
        document = verified.read_json(name)
        _check_document(path, name, document, rows.get(name))
        archive_checks.check_values(path, name, document["rows"])
        table = _table_of(name)
        by_table[table] = document["rows"]
        if name.startswith(RECORDS_PREFIX):
            by_key[name[len(RECORDS_PREFIX) : -len(".json")]] = document["rows"]
    archive_checks.check_complete(path, map(str, applied), verified.entries, _complete_entries())
    trashable = {rt.key: rt.trashable for rt in record_types()}
    archive_checks.check_counts(path, verified.manifest.get("counts"), by_key, trashable)
    archive_checks.check_records(path, by_table)
    return verified


def _table_of(entry: str) -> str:
    if entry.startswith(RECORDS_PREFIX):
        return table_for(entry[len(RECORDS_PREFIX) : -len(".json")]).table
    return entry[len(TABLES_PREFIX) : -len(".json")]


def _complete_entries() -> dict[str, str]:
    """The entry of every table an archive of today's schema holds, and its table (the
    derived search tables are never exported)."""
    entries = {f"{RECORDS_PREFIX}{rt.key}.json": table_for(rt.key).table for rt in record_types()}
    for table in ("branch", "settings", "compliance_rules"):
        entries[f"{TABLES_PREFIX}{table}.json"] = table
    return entries


def _check_document(path: Path, name: str, document: Any, expected_rows: Any) -> None:
    if not isinstance(document, dict) or not isinstance(document.get("rows"), list):
        raise ArchiveError(path, f"entry {name!r} is not a table document")
    if name.startswith(RECORDS_PREFIX):
        key = name[len(RECORDS_PREFIX) : -len(".json")]
        if key not in {rt.key for rt in record_types()}:
            raise ArchiveError(path, f"entry {name!r} is a record type this version lacks")
    elif name.startswith(TABLES_PREFIX) and name.count("/") != 1:
        raise ArchiveError(path, f"entry {name!r} is a table this version lacks")
    columns = document.get("columns")
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        raise ArchiveError(path, f"entry {name!r} lists no columns")
    for number, row in enumerate(document["rows"], start=1):
        if not isinstance(row, dict) or not set(row) <= set(columns):
            raise ArchiveError(path, f"entry {name!r}, row {number}, has unknown columns")
    if expected_rows != len(document["rows"]):
        raise ArchiveError(path, f"entry {name!r} does not hold the rows the manifest counts")


def holds_records(db: Database) -> bool:
    """Any row at all (the recycle bin included) in a registered type's table, or a branch."""
    if db.execute("SELECT count(*) FROM branch").fetchone()[0]:
        return True
    return any(
        db.execute(f"SELECT count(*) FROM {_quote(table_for(rt.key).table)}").fetchone()[0]
        for rt in record_types()
    )


def import_export(db: Database, verified: VerifiedArchive, attachments_dir: Path) -> None:
    """Load a verified archive into an empty database, all or nothing."""
    plan = _load_plan(db, verified)
    written: list[Path] = []  # removed again if the import fails: the folder stays as it was
    try:
        with db.atomic():
            db.execute("PRAGMA defer_foreign_keys = ON")  # tables refer to each other
            for table, _, _ in plan:
                db.execute(f"DELETE FROM {_quote(table)}")  # rows the migrations seeded
            for table, columns, rows in plan:
                for row in rows:
                    present = [c for c in columns if c in row]
                    db.execute(
                        f"INSERT INTO {_quote(table)} ({', '.join(map(_quote, present))}) "
                        f"VALUES ({', '.join('?' for _ in present)})",
                        [_from_json(row[c]) for c in present],
                    )
            # An archive of an earlier version has no tracking start: its earliest record's.
            db.execute(TRACKING_FROM_EARLIEST_RECORD)
            broken = db.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise ArchiveError(
                    verified.path, f"its records refer to missing records (in {broken[0][0]})"
                )
            restore_attachments(verified, attachments_dir, written)  # before the commit
    except BaseException as exc:
        for path in written:
            path.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.IntegrityError):
            raise ArchiveError(
                verified.path, f"its records break a rule of the data ({exc})"
            ) from exc
        raise
    rebuild(db)  # the search index is derived, not imported
    log.info("imported %s", verified.path)


def _load_plan(
    db: Database, verified: VerifiedArchive
) -> list[tuple[str, list[str], list[dict[str, Any]]]]:
    """Every table document, checked against this database's schema before any write."""
    known = {t.entry: t.table for t in exported_tables(db)}
    plan: list[tuple[str, list[str], list[dict[str, Any]]]] = []
    for name in verified.names():
        if name.startswith(ATTACHMENTS_PREFIX):
            continue
        table = known.get(name)
        if table is None:
            raise ArchiveError(verified.path, f"entry {name!r} is a table this version lacks")
        document = verified.read_json(name)
        columns = _columns(db, table)
        unknown = set(document["columns"]) - set(columns)
        if unknown:
            raise ArchiveError(
                verified.path, f"entry {name!r} has columns this version lacks: {sorted(unknown)}"
            )
        plan.append((table, columns, document["rows"]))
    return plan
