"""After a damaged database: keep the damaged file, and bring back the newest good backup.

The damaged file is moved aside under a new name, never overwritten or deleted: whatever can
still be rescued from it stays available.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from branchdesk import fileops
from branchdesk.store.archive_zip import ArchiveError, VerifiedArchive
from branchdesk.store.backup import list_backups, restore_file, verify_backup

log = logging.getLogger(__name__)

_COMPANIONS = ("-wal", "-shm", "-journal")  # SQLite's files beside the database


def move_aside(db_path: Path, now: datetime) -> Path | None:
    """Rename the database and its companions to `<name>.damaged-<stamp>[-n]`.

    The database and its WAL must stay a pair: a WAL beside another database is applied to
    it and corrupts it; a database without its WAL lacks its newest records. The companions
    go first (the WAL must never meet the restored database), the database last; when a
    rename is refused for good (antivirus holding the file), the companions already moved
    are moved back, so the pair is whole at the old name and FileBusy says why."""
    if not db_path.exists():
        return None
    base = f"{db_path.name}.damaged-{now.strftime('%Y%m%d-%H%M%S')}"
    target = db_path.with_name(base)
    number = 2
    while any(db_path.with_name(target.name + s).exists() for s in ("", *_COMPANIONS)):
        target = db_path.with_name(f"{base}-{number}")
        number += 1
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in (*_COMPANIONS, ""):
            source = db_path.with_name(db_path.name + suffix)
            if source.exists():
                fileops.replace(source, target.with_name(target.name + suffix))
                moved.append((source, target.with_name(target.name + suffix)))
    except BaseException:
        for source, moved_to in reversed(moved):
            fileops.replace(moved_to, source)
        raise
    log.warning("moved the damaged database aside to %s", target)
    return target


def newest_good_backup(backups_dir: Path) -> VerifiedArchive | None:
    """The newest backup that verifies entirely (archive and database inside)."""
    for backup in list_backups(backups_dir):
        try:
            return verify_backup(backup.path)
        except ArchiveError as exc:
            log.warning("backup %s is unusable: %s", backup.path, exc)
    return None


def recover(
    db_path: Path, attachments_dir: Path, backup: VerifiedArchive | None, now: datetime
) -> Path | None:
    """Move the damaged database aside and put *backup*'s in its place (or none: the
    folder then starts empty). Returns where the damaged file went."""
    moved = move_aside(db_path, now)
    if backup is not None:
        restore_file(db_path, backup, attachments_dir)
    return moved
