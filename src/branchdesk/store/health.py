"""`branchdesk check`: is the data intact? Integrity, foreign keys, and every attachment.

Each problem is one line a person can act on; an empty list means all is well.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from branchdesk.core.attachments import Attachment
from branchdesk.store.archive_zip import hash_file, iter_files

_HASH_NAME = re.compile(r"^([0-9a-f]{64})(\.[^/]*)?$")


def database_problems(db: Database) -> list[str]:
    """What SQLite's integrity and foreign-key checks report."""
    try:
        problems = [
            f"database: {row[0]}"
            for row in db.execute("PRAGMA integrity_check").fetchall()
            if row[0] != "ok"
        ]
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"database: {table} row {rowid} refers to a missing {parent} row")
    except sqlite3.DatabaseError as exc:
        problems = [f"database: cannot be read ({exc})"]
    return problems


def attachment_problems(db: Database, folder: Path) -> list[str]:
    """Files whose content no longer matches their hash, and attachments whose file is gone."""
    problems: list[str] = []
    for rel, path in iter_files(folder):
        match = _HASH_NAME.match(rel)
        if match is None:
            continue  # not one of ours (a user's stray file); reported by nobody
        digest, _ = hash_file(path)
        if digest != match.group(1):
            problems.append(f"attachment {rel}: content does not match its SHA-256 (damaged)")
    rows = db.execute(
        "SELECT DISTINCT sha256, original_name FROM attachments ORDER BY sha256"
    ).fetchall()
    for sha256, original_name in rows:
        name = Attachment("", 0, sha256, original_name).stored_name
        if not (folder / name).is_file():
            problems.append(f"attachment {name} ({original_name}): the file is missing")
    return problems
