"""Moving the data folder (away from a network or synced folder) without a file copy of the
database: SQLite's online backup writes a consistent copy while the app keeps it open, then
the attachments and backups are copied; the old folder keeps its files (nothing is lost if
the new disk fails) plus a marker naming the new place (`data_location.follow_moved`)."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from sqlite_utils import Database

from branchdesk import fileops
from branchdesk.core.errors import Message, UserError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.data_location import MOVED_MARKER
from branchdesk.store.archive_zip import iter_files
from branchdesk.store.db import DATABASE_NAME, copy_database

log = logging.getLogger(__name__)

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "UserError", "{folder} is not empty: choose an empty folder to move the data into."
)
SAME_FOLDER = QT_TRANSLATE_NOOP("UserError", "The data is already in {folder}.")


def move_data_folder(db: Database, data_dir: Path, target: Path, folders: tuple[str, ...]) -> Path:
    """Copy the data of *data_dir* (database through the backup API, then the files of
    *folders*: attachments, backups) into the empty folder *target*, then leave the marker
    in *data_dir*. Returns *target*."""
    if target == data_dir:
        raise UserError(Message(SAME_FOLDER, {"folder": str(target)}))
    if target.exists() and any(target.iterdir()):
        raise UserError(Message(NOT_EMPTY, {"folder": str(target)}))
    target.mkdir(parents=True, exist_ok=True)
    copy_database(db, target / DATABASE_NAME)  # opening it turns WAL on, as everywhere
    for folder in folders:
        for rel, path in iter_files(data_dir / folder):
            destination = target / folder / rel
            destination.parent.mkdir(parents=True, exist_ok=True)
            with fileops.atomic_path(destination) as temp:
                shutil.copyfile(path, temp)
    fileops.write_bytes_atomic(data_dir / MOVED_MARKER, f"{target}\n".encode())
    log.warning("data folder moved from %s to %s", data_dir, target)
    return target
