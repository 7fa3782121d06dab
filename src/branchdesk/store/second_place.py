"""Copies of each backup in a second folder (a USB stick, a network share), when it is
there. A folder that is not reachable never fails the backup: it is tried again next time,
and the overview says when the last copy is old."""

from __future__ import annotations

import json
import logging
import os
import shutil
from datetime import datetime
from pathlib import Path

from branchdesk import fileops
from branchdesk.core.errors import UserError
from branchdesk.store.backup import rotate

log = logging.getLogger(__name__)

# The chosen folder and when the last copy was made, kept beside the backups rather than in
# the database: the place belongs to this PC, not to the records (restoring an old backup
# must not forget the stick), and the copy is made by whichever thread backs up.
STATE_FILE = "second-place.json"


def is_reachable(folder: Path) -> bool:
    try:
        return folder.is_dir() and os.access(folder, os.W_OK)
    except OSError:  # a network share that is gone may fail even to be asked
        return False


def copy_backup(backup: Path, folder: Path, now: datetime) -> Path | None:
    """Copy *backup* into *folder* (atomically, then the same rotation as backups/);
    None when the folder is not reachable or the copy failed (logged)."""
    if not is_reachable(folder):
        log.info("second backup place %s not reachable; not copied", folder)
        return None
    target = folder / backup.name
    try:
        with fileops.atomic_path(target) as temp:
            shutil.copyfile(backup, temp)
        rotate(folder, now)
    except (OSError, UserError) as exc:
        log.warning("backup not copied to %s: %s", folder, exc)
        return None
    return target


def _state(backups_dir: Path) -> dict[str, str]:
    try:
        state = json.loads((backups_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in state.items() if isinstance(v, str)} if isinstance(state, dict) else {}


def _write_state(backups_dir: Path, state: dict[str, str]) -> None:
    backups_dir.mkdir(parents=True, exist_ok=True)
    text = json.dumps(state, ensure_ascii=False, indent=1)
    fileops.write_bytes_atomic(backups_dir / STATE_FILE, text.encode("utf-8"))


def chosen_folder(backups_dir: Path) -> Path | None:
    folder = _state(backups_dir).get("folder")
    return Path(folder) if folder else None


def choose_folder(backups_dir: Path, folder: Path | None) -> None:
    """Copy to *folder* from now on (None: stop copying, and forget the last copy)."""
    _write_state(backups_dir, {"folder": str(folder)} if folder is not None else {})


def note_copy(backups_dir: Path, now: datetime) -> None:
    state = _state(backups_dir)
    _write_state(backups_dir, {**state, "last_copy": now.isoformat(timespec="seconds")})


def last_copy(backups_dir: Path) -> datetime | None:
    try:
        return datetime.fromisoformat(_state(backups_dir)["last_copy"])
    except (KeyError, ValueError):
        return None
