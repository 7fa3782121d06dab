"""Backups: one zip per backup holding the database, the attachments and a manifest.

The database is copied with SQLite's online backup from a separate connection, so the copy
is a consistent committed state even while the app writes. A restore goes the other way,
into the open connection, in one step that SQLite makes atomic.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from branchdesk import __version__, fileops
from branchdesk.core.errors import Message, UserError
from branchdesk.core.retention import backups_to_keep
from branchdesk.store.archive_checks import check_records
from branchdesk.store.archive_zip import (
    DAMAGED_DATABASE,
    NEWER_RECORDS,
    ArchiveError,
    ArchiveWriter,
    VerifiedArchive,
    iter_files,
    peek_manifest,
    verify_archive,
    without_foreign_attachments,
)
from branchdesk.store.connection import Database
from branchdesk.store.db import (
    DATABASE_NAME,
    applied_migrations,
    schema_major,
    schema_version,
    sqlite_uri,
)
from branchdesk.store.migrations import SCHEMA_MAJOR, migrations
from branchdesk.store.record_checks import database_rows
from branchdesk.store.record_tables import count_records

log = logging.getLogger(__name__)

BACKUP_FORMAT = "branchdesk-backup"
BACKUP_FORMAT_VERSION = 1
DB_ENTRY = DATABASE_NAME
ATTACHMENTS_PREFIX = "attachments/"
_NAME = re.compile(r"^branchdesk-(\d{8}-\d{6})(?:-(\d+))?\.zip$")
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # local time, from the file name
    size: int  # bytes
    sequence: int = 1  # several backups in one second: -2, -3 …


# -- taking a backup -------------------------------------------------------------------


def snapshot_database(db_path: Path) -> bytes:
    """The committed state of the database file as bytes of a self-contained SQLite file."""
    source = sqlite3.connect(sqlite_uri(db_path, mode="ro"), uri=True)
    memory = sqlite3.connect(":memory:")
    try:
        source.backup(memory)
        image = bytearray(memory.serialize())
    finally:
        source.close()
        memory.close()
    # Bytes 18-19 say "WAL"; mark the copy as a rollback-journal file so that it opens
    # alone (and in memory) without a -wal file beside it. Opening it in BranchDesk turns
    # WAL on again.
    if len(image) >= 20:
        image[18] = image[19] = 1
    return bytes(image)


def open_image(image: bytes) -> Database:
    """A database image (from `snapshot_database`) opened in memory, read-write."""
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.deserialize(image)
    return Database(conn, Path(":memory:"))


def write_backup(
    db_path: Path, attachments_dir: Path, target: Path, image: bytes | None = None
) -> Path:
    """Write one backup file to *target*: the database (now, or *image*), every attachment."""
    if image is None:
        image = snapshot_database(db_path)
    with open_image(image) as snapshot:
        meta: dict[str, Any] = {
            "created_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "app_version": __version__,
            "schema_version": schema_version(snapshot),
            "counts": count_records(snapshot),
        }
    with ArchiveWriter(target, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, meta) as archive:
        archive.add_bytes(DB_ENTRY, image)
        for rel, path in iter_files(attachments_dir):
            archive.add_file(ATTACHMENTS_PREFIX + rel, path)
    log.info("backup written to %s", target)
    return target


def new_backup_path(backups_dir: Path, now: datetime) -> Path:
    """A name for a backup taken *now* that no existing file has."""
    base = f"branchdesk-{now.strftime(_STAMP)}"
    candidate = backups_dir / f"{base}.zip"
    number = 2
    while candidate.exists():
        candidate = backups_dir / f"{base}-{number}.zip"
        number += 1
    return candidate


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """The backups in *backups_dir*, newest first."""
    found: list[BackupInfo] = []
    if not backups_dir.is_dir():
        return found
    for path in backups_dir.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        created = datetime.strptime(match.group(1), _STAMP)
        sequence = int(match.group(2) or 1)
        found.append(BackupInfo(path, created, path.stat().st_size, sequence))
    found.sort(key=lambda b: (b.created, b.sequence), reverse=True)
    return found


def rotate(backups_dir: Path, now: datetime) -> list[Path]:
    """Delete the backups the retention rule does not keep; return what was deleted. A backup
    that another program holds (a sync client, antivirus) stays until the next rotation:
    rotating is tidying, and must not fail the backup or restore that called it."""
    backups = list_backups(backups_dir)  # newest first, so ties keep the newer name
    keep = backups_to_keep([b.created for b in backups], now)
    # Ten backups of an emptied folder (a lost database, a mistaken restore) must not rotate
    # away the last one that holds the records: it is kept until a newer one holds some.
    if not any(holds_records(b.path) for i, b in enumerate(backups) if i in keep):
        keep |= {next((i for i, b in enumerate(backups) if holds_records(b.path)), 0)}
    deleted: list[Path] = []
    for index, backup in enumerate(backups):
        if index not in keep:
            try:
                fileops.remove(backup.path)
            except UserError as exc:
                log.warning("old backup %s not deleted now: %s", backup.path, exc)
                continue
            deleted.append(backup.path)
    if deleted:
        log.info("rotated away %d old backups", len(deleted))
    return deleted


def holds_records(backup: Path) -> bool:
    """Whether *backup*'s manifest counts any record (False if it is unreadable)."""
    manifest = peek_manifest(backup, BACKUP_FORMAT, BACKUP_FORMAT_VERSION) or {}
    counts = manifest.get("counts")
    return isinstance(counts, dict) and any(isinstance(n, int) and n > 0 for n in counts.values())


def database_digest(backup: Path) -> str | None:
    """The SHA-256 of the database inside *backup*, from its manifest (None if unreadable)."""
    manifest = peek_manifest(backup, BACKUP_FORMAT, BACKUP_FORMAT_VERSION)
    for entry in (manifest or {}).get("entries", []):
        if isinstance(entry, dict) and entry.get("name") == DB_ENTRY:
            return str(entry.get("sha256"))
    return None


# -- reading a backup ------------------------------------------------------------------


def verify_backup(path: Path) -> VerifiedArchive:
    """Check the archive and the database inside it; raise ArchiveError if unusable."""
    verified = verify_archive(path, BACKUP_FORMAT, BACKUP_FORMAT_VERSION)
    verified = without_foreign_attachments(verified, ATTACHMENTS_PREFIX)
    if DB_ENTRY not in verified.entries:
        raise ArchiveError(path, f"it holds no {DB_ENTRY}")
    for name in verified.entries:
        if name != DB_ENTRY and not name.startswith(ATTACHMENTS_PREFIX):
            raise ArchiveError(path, f"entry {name!r} does not belong in a backup")
    with _open_checked_image(path, verified.read_bytes(DB_ENTRY)) as snapshot:
        # The same structural rules as an import: a backup whose rows break them would
        # crash the pages after the restore. Rule findings never stop a restore.
        check_records(path, database_rows(snapshot))
    return verified


def _open_checked_image(path: Path, image: bytes) -> Database:
    try:
        snapshot = open_image(image)
        result = snapshot.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(path, Message(DAMAGED_DATABASE, {"detail": exc})) from exc
    if result != "ok":
        snapshot.close()
        raise ArchiveError(path, Message(DAMAGED_DATABASE, {"detail": result}))
    check_not_newer(path, snapshot)
    return snapshot


def is_newer_schema(major: int, applied: Iterable[str]) -> bool:
    """Whether a database with this major version and these migrations comes from a newer
    BranchDesk (a newer major, or a migration this version does not know)."""
    known = {m.name for m in migrations._migrations}
    return major > SCHEMA_MAJOR or not set(applied) <= known


def check_not_newer(path: Path, snapshot: Database) -> None:
    """Refuse a database written by a newer BranchDesk."""
    if is_newer_schema(schema_major(snapshot), applied_migrations(snapshot)):
        snapshot.close()
        raise ArchiveError(path, Message(NEWER_RECORDS))


def restore_attachments(
    verified: VerifiedArchive, attachments_dir: Path, written: list[Path] | None = None
) -> int:
    """Write the archive's attachments that the folder lacks; return how many. Each file
    written is added to *written* as soon as it is, for a caller that may undo them."""
    count = 0
    for name in verified.names(ATTACHMENTS_PREFIX):
        if name in verified.skipped:
            continue  # not an attachment BranchDesk wrote (a Thumbs.db): never written
        target = attachments_dir / name[len(ATTACHMENTS_PREFIX) :]
        if target.is_file() and target.stat().st_size == verified.entries[name].size:
            continue  # named by content: the same name is the same file
        verified.extract_to(name, target, within=attachments_dir)
        count += 1
        if written is not None:
            written.append(target)
    return count


def restore_into(db: Database, verified: VerifiedArchive, attachments_dir: Path) -> None:
    """Replace the open database's content with the backup's, then bring it up to date."""
    restore_attachments(verified, attachments_dir)
    with _open_checked_image(verified.path, verified.read_bytes(DB_ENTRY)) as snapshot:
        snapshot.conn.backup(db.conn)
    if migrations.pending(db):
        migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_MAJOR}")
    log.info("restored %s", verified.path)


def restore_file(db_path: Path, verified: VerifiedArchive, attachments_dir: Path) -> None:
    """Write the backup's database to *db_path*, which must not exist (recovery)."""
    if db_path.exists():
        raise FileExistsError(db_path)
    restore_attachments(verified, attachments_dir)
    verified.extract_to(DB_ENTRY, db_path)
