"""When the data file cannot be opened, or is gone: keep what is left, offer the backup.

Beside `workspace`, not in it: these run with no Workspace open (the file is what failed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from branchdesk.store import backup as store_backup
from branchdesk.store import db as store_db
from branchdesk.store import recovery

ATTACHMENTS_DIR = "attachments"


@dataclass(frozen=True)
class Recovery:
    damaged_moved_to: Path | None
    restored_from: Path | None  # None: no good backup, the folder starts empty


def newest_good_backup(data_dir: Path) -> store_backup.BackupInfo | None:
    """For the damaged-file dialog: the backup a recovery would restore."""
    verified = recovery.newest_good_backup(data_dir / store_db.BACKUPS_DIR)
    if verified is None:
        return None
    return next(
        b for b in store_backup.list_backups(verified.path.parent) if b.path == verified.path
    )


def recover_damaged(data_dir: Path, backup: Path | None = None) -> Recovery:
    """When the database cannot be opened: move it aside (never overwritten) and restore
    *backup*, by default the newest backup that verifies. Call with no Workspace open."""
    verified = (
        store_backup.verify_backup(backup)
        if backup is not None
        else recovery.newest_good_backup(data_dir / store_db.BACKUPS_DIR)
    )
    moved = recovery.recover(
        data_dir / store_db.DATABASE_NAME, data_dir / ATTACHMENTS_DIR, verified, datetime.now()
    )
    return Recovery(moved, verified.path if verified else None)


def lost_database_backup(data_dir: Path) -> store_backup.BackupInfo | None:
    """The newest good backup holding records when the data file is missing or empty
    beside it: the records were lost, not never written, and the first run's welcome must
    not be offered over them. None when the file is there, or no backup holds records."""
    path = data_dir / store_db.DATABASE_NAME
    if path.exists() and path.stat().st_size > 0:
        return None
    found = newest_good_backup(data_dir)
    return found if found is not None and store_backup.holds_records(found.path) else None
