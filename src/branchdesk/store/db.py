"""Opening a data folder's database: pragmas, schema checks, backups, migrations."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from branchdesk import fileops
from branchdesk.store.connection import Database, translated_errors
from branchdesk.store.errors import (
    DamagedDatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
    storage_error,
)
from branchdesk.store.migration_set import MIGRATIONS_TABLE
from branchdesk.store.migrations import MIGRATION_SET, SCHEMA_MAJOR, migrations

log = logging.getLogger(__name__)

DATABASE_NAME = "branchdesk.sqlite3"
BACKUPS_DIR = "backups"
BUSY_TIMEOUT_MS = 5000


def connect(path: Path) -> Database:
    """A connection with the pragmas every BranchDesk connection uses.

    WAL lets a reader (a backup, a report) run beside the writer; synchronous=FULL makes a
    committed record survive a power cut, which matters more here than write speed.
    """
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise storage_error(str(path), exc) or DamagedDatabaseError(str(path), str(exc)) from exc
    if mode != "wal":
        log.warning("journal_mode is %s, not WAL, for %s", mode, path)
    return Database(conn, path)


def schema_major(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def applied_migrations(db: Database) -> list[str]:
    return migrations.applied(db)


def schema_version(db: Database) -> str:
    """`major.count` — the major format and how many migrations the file has had."""
    return f"{schema_major(db)}.{len(applied_migrations(db))}"


def open_database(path: Path, backups_dir: Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database at *path*.

    A file from a newer major schema is refused untouched. Before migrating a file that
    already holds data, a copy is written to *backups_dir* so a failed upgrade loses nothing.
    """
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        refuse_foreign(path)  # before connect(), which already writes (journal_mode=WAL)
    db = connect(path)
    try:
        with translated_errors(path):
            _migrate(db, path, existed, backups_dir)
    except BaseException:
        db.close()
        raise
    return db


def refuse_foreign(path: Path) -> None:
    """Raise ForeignDatabaseError when *path* is an SQLite file of another program: tables,
    and no BranchDesk migration among them. Read through a read-only connection, so the
    file is not changed by a byte. A file this cannot read is left to the damage checks."""
    try:
        probe = sqlite3.connect(sqlite_uri(path), uri=True)
    except sqlite3.Error:
        return
    try:
        tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        ours = (
            MIGRATIONS_TABLE in tables
            and probe.execute(
                f"SELECT count(*) FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET]
            ).fetchone()[0]
        )
    except sqlite3.Error:
        return
    finally:
        probe.close()
    if tables and not ours:
        raise ForeignDatabaseError(str(path))


def _migrate(db: Database, path: Path, existed: bool, backups_dir: Path | None) -> None:
    _check_readable(db, path)
    found = schema_major(db)
    if found > SCHEMA_MAJOR:
        raise NewerSchemaError(str(path), found, SCHEMA_MAJOR)
    pending = migrations.pending(db)
    if pending:
        if existed and applied_migrations(db):
            _backup_before_migration(db, backups_dir or path.parent / BACKUPS_DIR)
        log.info("applying migrations %s to %s", [m.name for m in pending], path)
        migrations.apply(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_MAJOR}")
    elif found == 0 and applied_migrations(db):
        db.execute(f"PRAGMA user_version = {SCHEMA_MAJOR}")


def _check_readable(db: Database, path: Path) -> None:
    """Refuse a damaged file on open: a truncated or overwritten file often still answers
    simple queries, so the whole structure is checked (quick_check reads every page once)."""
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        problems = [row[0] for row in db.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.DatabaseError as exc:
        raise storage_error(str(path), exc) or DamagedDatabaseError(str(path), str(exc)) from exc
    if problems != ["ok"]:
        raise DamagedDatabaseError(str(path), problems[0])


def _backup_before_migration(db: Database, backups_dir: Path) -> Path:
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"before-migration-{schema_version(db)}-{stamp}.sqlite3"
    copy_database(db, target)
    log.info("copied %s before migrating", target)
    return target


def copy_database(db: Database, target: Path) -> None:
    """A consistent copy through SQLite's online backup, safe while the app writes; written
    beside *target* and put in place only when complete (`fileops.atomic_path`)."""
    with fileops.atomic_path(target) as temp:
        dest = sqlite3.connect(temp)
        try:
            db.conn.backup(dest)
        finally:
            dest.close()


__all__ = [
    "DATABASE_NAME",
    "MIGRATION_SET",
    "SCHEMA_MAJOR",
    "connect",
    "copy_database",
    "open_database",
    "schema_version",
    "translated_errors",
]


def sqlite_uri(path: str | os.PathLike[str], *, mode: str = "ro", flavour: Any = os.path) -> str:
    """The `file:` URI SQLite expects for *path* (made absolute, never resolved), with
    `?mode=`. `Path.as_uri()` fails on a relative path and gives `file://server/share/…`
    for a UNC path (a mapped drive resolved), which SQLite refuses ("invalid uri
    authority"). *flavour* is `ntpath` to build a Windows path's URI elsewhere (tests)."""
    text = flavour.abspath(os.fspath(path)).replace("\\", "/")
    if not text.startswith("/"):  # C:/… : file:///C:/…
        text = "/" + text
    # \\server\share\… becomes file:////server/share/…: an empty authority, as SQLite wants.
    return f"file://{quote(text, safe='/:')}?mode={mode}"
