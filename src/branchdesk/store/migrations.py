"""The schema, as an append-only list of migrations.

Never edit a migration once released: add a new one. A migration that rebuilds a table
referenced by cascading foreign keys must be registered with ``transactional=False``
(and turn foreign keys off around the rebuild), because SQLite ignores
``PRAGMA foreign_keys`` inside a transaction.

`SCHEMA_MAJOR` changes only when an older BranchDesk could no longer read the file safely;
adding tables or columns is a minor change that older versions tolerate.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

SCHEMA_MAJOR = 1
MIGRATION_SET = "branchdesk"

migrations = Migrations(MIGRATION_SET)


def run_script(db: Database, script: str) -> None:
    """Run each statement of *script* inside the migration's transaction.

    `sqlite3.executescript` would COMMIT first and break the migration's atomicity, so
    statements are split with `sqlite3.complete_statement` (which understands triggers).
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:60]}")


@migrations(name="0001_foundation")
def _foundation(db: Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL            -- JSON
        ) STRICT;

        CREATE TABLE branch (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('standalone', 'joint')),
            founded_on TEXT,
            upper_committee TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            instructor TEXT NOT NULL DEFAULT '',
            liaison TEXT NOT NULL DEFAULT '',
            org_head TEXT NOT NULL DEFAULT '',
            org_head_phone TEXT NOT NULL DEFAULT ''
        ) STRICT;

        CREATE TABLE organisations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            credit_code TEXT NOT NULL DEFAULT '',
            deleted_at TEXT
        ) STRICT;

        CREATE TABLE party_groups (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            leader_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            created_on TEXT,
            deleted_at TEXT
        ) STRICT;

        CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            gender TEXT CHECK (gender IN ('male', 'female')),
            ethnicity TEXT NOT NULL DEFAULT '',
            birth_date TEXT,
            id_number TEXT NOT NULL DEFAULT '',
            education TEXT,
            phone TEXT NOT NULL DEFAULT '',
            job TEXT NOT NULL DEFAULT '',
            organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
            group_id INTEGER REFERENCES party_groups(id) ON DELETE SET NULL,
            joined_on TEXT NOT NULL,
            full_on TEXT CHECK (full_on IS NULL OR full_on > joined_on),
            is_mobile INTEGER NOT NULL DEFAULT 0 CHECK (is_mobile IN (0, 1)),
            not_transferred_in INTEGER NOT NULL DEFAULT 0 CHECK (not_transferred_in IN (0, 1)),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        ) STRICT;
        CREATE INDEX members_group ON members(group_id);

        CREATE TABLE membership_events (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            occurred_on TEXT NOT NULL,
            group_id INTEGER REFERENCES party_groups(id) ON DELETE SET NULL,
            note TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX membership_events_member ON membership_events(member_id);

        CREATE TABLE committee_terms (
            id INTEGER PRIMARY KEY,
            starts_on TEXT NOT NULL,
            ends_on TEXT NOT NULL CHECK (ends_on > starts_on),
            deleted_at TEXT
        ) STRICT;

        CREATE TABLE committee_posts (
            id INTEGER PRIMARY KEY,
            term_id INTEGER NOT NULL REFERENCES committee_terms(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            post TEXT NOT NULL,
            UNIQUE (term_id, member_id)
        ) STRICT;
        """,
    )
