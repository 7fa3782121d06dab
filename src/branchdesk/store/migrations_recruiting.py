"""Migration 0008_recruiting: the recruiting pipeline (发展党员), registered in order in
migrations.py. Never edit it once released: add a new migration."""

from __future__ import annotations

from branchdesk.store.connection import Database
from branchdesk.store.migration_set import run_script


def recruiting(db: Database) -> None:
    """People in the pipeline and their steps, the yearly plan, the official calendar, the
    link from a general meeting's resolution to the person it decides on; and today's
    probationary members brought into the pipeline at the 预备党员 stage."""
    run_script(
        db,
        """
        CREATE TABLE recruits (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_on TEXT NOT NULL,
            birth_date TEXT,
            gender TEXT,
            ethnicity TEXT NOT NULL DEFAULT '',
            id_number TEXT NOT NULL DEFAULT '',
            education TEXT,
            job TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            plan_year INTEGER,
            member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            earlier_unknown INTEGER NOT NULL DEFAULT 0 CHECK (earlier_unknown IN (0, 1)),
            -- 1 while the roster member is in the recycle bin because the admission was
            -- undone (its meeting binned): restored when the admission returns, and only then
            roster_binned INTEGER NOT NULL DEFAULT 0 CHECK (roster_binned IN (0, 1)),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        ) STRICT;
        CREATE INDEX recruits_applied_on ON recruits(applied_on);
        CREATE UNIQUE INDEX recruits_member ON recruits(member_id) WHERE member_id IS NOT NULL;

        CREATE TABLE recruit_steps (
            id INTEGER PRIMARY KEY,
            recruit_id INTEGER NOT NULL REFERENCES recruits(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            on_date TEXT NOT NULL,
            ends_on TEXT CHECK (ends_on IS NULL OR ends_on >= on_date),
            people TEXT NOT NULL DEFAULT '',
            days REAL NOT NULL DEFAULT 0 CHECK (days >= 0),
            hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
            months INTEGER NOT NULL DEFAULT 0 CHECK (months >= 0),
            reason TEXT,
            note TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX recruit_steps_recruit ON recruit_steps(recruit_id);

        CREATE TABLE recruiting_plans (
            year INTEGER PRIMARY KEY,
            planned INTEGER NOT NULL CHECK (planned >= 0),
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE official_days (
            day TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('official_holiday', 'makeup_workday')),
            name TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL CHECK (source IN ('library', 'user'))
        ) STRICT;

        ALTER TABLE meeting_resolutions
            ADD COLUMN recruit_id INTEGER REFERENCES recruits(id) ON DELETE SET NULL;
        ALTER TABLE meeting_resolutions ADD COLUMN recruit_step TEXT;
        ALTER TABLE meeting_resolutions
            ADD COLUMN extension_months INTEGER NOT NULL DEFAULT 0;

        INSERT INTO recruits (name, applied_on, birth_date, gender, ethnicity, id_number,
                              education, job, phone, member_id, earlier_unknown, note,
                              created_at, updated_at)
        SELECT name, joined_on, birth_date, gender, ethnicity, id_number, education, job,
               phone, id, 1, '由党员名册迁入：入党前各环节未登记',
               strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'),
               strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
        FROM members
        WHERE full_on IS NULL AND deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM membership_events e WHERE e.member_id = members.id
                          AND e.kind IN ('transferred_out', 'died', 'left'));

        INSERT INTO recruit_steps (recruit_id, kind, on_date, note)
        SELECT r.id, 'recruit_admitted', m.joined_on, '入党时间（由党员名册迁入）'
        FROM recruits r JOIN members m ON m.id = r.member_id;

        INSERT INTO recruit_steps (recruit_id, kind, on_date, months, note)
        SELECT r.id, 'recruit_extended', e.occurred_on, 6, e.note
        FROM recruits r JOIN membership_events e ON e.member_id = r.member_id
        WHERE e.kind = 'probation_extended';
        """,
    )
    from branchdesk.store.official_days import seed_official_days

    seed_official_days(db)
