"""`branchdesk check`: is the data intact? Integrity, foreign keys, committee terms that
overlap (kept before overlaps were refused), and every attachment.

Each problem is one line a person can act on; an empty list means all is well. Problems are
`Message`s: the command line prints the English, the window shows them in Chinese.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from branchdesk.core.attachments import Attachment
from branchdesk.core.errors import Message
from branchdesk.core.findings import ATTACHMENT, DATABASE, Finding
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.store.archive_zip import hash_file, iter_files
from branchdesk.store.connection import Database
from branchdesk.store.record_checks import database_findings

_HASH_NAME = re.compile(r"^([0-9a-f]{64})(\.[^/]*)?$")


DATABASE_SAYS = QT_TRANSLATE_NOOP("UserError", "database: {detail}")
BROKEN_REFERENCE = QT_TRANSLATE_NOOP(
    "UserError", "database: {table} row {row} refers to a missing {parent} row"
)
UNREADABLE = QT_TRANSLATE_NOOP("UserError", "database: cannot be read ({detail})")
DAMAGED_FILE = QT_TRANSLATE_NOOP(
    "UserError", "attachment {file}: content does not match its SHA-256 (damaged)"
)
DAMAGED_NAMED_FILE = QT_TRANSLATE_NOOP(
    "UserError", "attachment {file} ({name}): content does not match its SHA-256 (damaged)"
)
MISSING_FILE = QT_TRANSLATE_NOOP("UserError", "attachment {file} ({name}): the file is missing")


def database_problems(db: Database) -> list[Message]:
    """What SQLite's integrity and foreign-key checks report."""
    try:
        problems = [
            Message(DATABASE_SAYS, {"detail": row[0]})
            for row in db.execute("PRAGMA integrity_check").fetchall()
            if row[0] != "ok"
        ]
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(
                Message(BROKEN_REFERENCE, {"table": table, "row": rowid, "parent": parent})
            )
    except sqlite3.DatabaseError as exc:
        problems = [Message(UNREADABLE, {"detail": exc})]
    return problems


def attachment_problems(db: Database, folder: Path) -> list[Message]:
    """Files whose content no longer matches their hash, and attachments whose file is gone."""
    problems: list[Message] = []
    rows = db.execute(
        "SELECT DISTINCT sha256, original_name FROM attachments ORDER BY sha256"
    ).fetchall()
    names: dict[str, str] = {}  # the name the user gave each stored file, to say which it is
    for sha256, original_name in rows:
        names.setdefault(sha256, original_name)
    for rel, path in iter_files(folder):
        match = _HASH_NAME.match(rel)
        if match is None:
            continue  # not one of ours (a user's stray file); reported by nobody
        digest, _ = hash_file(path)
        if digest != match.group(1):
            name = names.get(match.group(1))
            problems.append(
                Message(DAMAGED_NAMED_FILE, {"file": rel, "name": name})
                if name
                else Message(DAMAGED_FILE, {"file": rel})
            )
    for sha256, original_name in rows:
        name = Attachment("", 0, sha256, original_name).stored_name
        if not (folder / name).is_file():
            problems.append(Message(MISSING_FILE, {"file": name, "name": original_name}))
    return problems


def findings(db: Database, folder: Path) -> list[Finding]:
    """Everything `check` names: SQLite's own checks, the attachments in *folder*, then every
    row against the structural rules and the rules of the domain (store.record_checks)."""
    found = [Finding(DATABASE, "", m) for m in database_problems(db)]
    if found:  # a damaged file: reading every row could fail anywhere
        return found
    found += [Finding(ATTACHMENT, "", m) for m in attachment_problems(db, folder)]
    return found + database_findings(db)
