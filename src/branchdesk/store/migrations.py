"""The schema, as an append-only list of migrations.

Never edit a migration once released: add a new one. A migration that rebuilds a table
referenced by cascading foreign keys must be registered with ``transactional=False``
(and turn foreign keys off around the rebuild), because SQLite ignores
``PRAGMA foreign_keys`` inside a transaction.

`SCHEMA_MAJOR` changes only when an older BranchDesk could no longer read the file safely;
adding tables or columns is a minor change that older versions tolerate.
"""

from __future__ import annotations

from branchdesk.store.connection import Database
from branchdesk.store.migration_set import MigrationSet, run_script
from branchdesk.store.migrations_recruiting import recruiting

SCHEMA_MAJOR = 1
MIGRATION_SET = "branchdesk"

migrations = MigrationSet(MIGRATION_SET)


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


@migrations(name="0002_meetings")
def _meetings(db: Database) -> None:
    """Meetings with their children, generic attachments, and the search index."""
    run_script(
        db,
        """
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN
                ('general', 'committee', 'group', 'lesson', 'theme_day', 'org_life')),
            held_on TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            number TEXT NOT NULL DEFAULT '',
            start_time TEXT NOT NULL DEFAULT '',
            end_time TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            host_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            host_name TEXT NOT NULL DEFAULT '',
            host_post TEXT NOT NULL DEFAULT '',
            recorder_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            recorder_name TEXT NOT NULL DEFAULT '',
            group_id INTEGER REFERENCES party_groups(id) ON DELETE SET NULL,
            lecturer_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            lecturer_name TEXT NOT NULL DEFAULT '',
            topic TEXT NOT NULL DEFAULT '',
            theme TEXT NOT NULL DEFAULT '',
            form TEXT CHECK (form IN
                ('theme_study', 'theme_org_life', 'theme_deliberation', 'theme_volunteer')),
            non_member_attendees TEXT NOT NULL DEFAULT '',
            upper_attendees TEXT NOT NULL DEFAULT '',
            studied TEXT NOT NULL DEFAULT '',
            minutes TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        ) STRICT;
        CREATE INDEX meetings_held_on ON meetings(held_on);

        CREATE TABLE meeting_attendance (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('present', 'leave', 'absent')),
            reason TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (meeting_id, member_id)
        ) STRICT;
        CREATE INDEX meeting_attendance_member ON meeting_attendance(member_id);

        CREATE TABLE meeting_agenda (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL
        ) STRICT;
        CREATE INDEX meeting_agenda_meeting ON meeting_agenda(meeting_id);

        CREATE TABLE meeting_resolutions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            votes_for INTEGER NOT NULL DEFAULT 0 CHECK (votes_for >= 0),
            votes_against INTEGER NOT NULL DEFAULT 0 CHECK (votes_against >= 0),
            abstentions INTEGER NOT NULL DEFAULT 0 CHECK (abstentions >= 0)
        ) STRICT;
        CREATE INDEX meeting_resolutions_meeting ON meeting_resolutions(meeting_id);

        CREATE TABLE meeting_actions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('follow_up', 'rectification')),
            item TEXT NOT NULL,
            measure TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            owner TEXT NOT NULL DEFAULT '',
            done_on TEXT
        ) STRICT;
        CREATE INDEX meeting_actions_meeting ON meeting_actions(meeting_id);

        -- Evidence for ANY record type: the owner is named by its registry key and id (so no
        -- foreign key); the file is attachments/<sha256><suffix> in the data folder.
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            owner_type TEXT NOT NULL,
            owner_id INTEGER NOT NULL,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            original_name TEXT NOT NULL,
            caption TEXT NOT NULL DEFAULT '',
            size INTEGER NOT NULL CHECK (size >= 0),
            mime TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX attachments_owner ON attachments(owner_type, owner_id);
        CREATE INDEX attachments_sha256 ON attachments(sha256);

        -- One row per searchable record; its id is the rowid of its text in search_index.
        CREATE TABLE search_docs (
            id INTEGER PRIMARY KEY,
            record_type TEXT NOT NULL,
            record_id INTEGER NOT NULL,
            day TEXT,
            title TEXT NOT NULL,
            UNIQUE (record_type, record_id)
        ) STRICT;
        CREATE VIRTUAL TABLE search_index USING fts5(title, body, tokenize = 'trigram');
        -- Records written since the index was last brought up to date (filled by triggers,
        -- emptied by store.search_index.flush), so the index survives a crash in between.
        CREATE TABLE search_pending (
            record_type TEXT NOT NULL,
            record_id INTEGER NOT NULL,
            PRIMARY KEY (record_type, record_id)
        ) STRICT;
        """,
    )


@migrations(name="0003_records")
def _records(db: Database) -> None:
    """Democratic review rounds, talks, volunteer activities and trainings (issue 4)."""
    run_script(
        db,
        """
        CREATE TABLE review_rounds (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            study_on TEXT,
            self_assessment_on TEXT,
            peer_review_on TEXT,
            vote_on TEXT,
            verdict_on TEXT,
            feedback_on TEXT,
            excellent_share_confirmed INTEGER NOT NULL DEFAULT 0
                CHECK (excellent_share_confirmed IN (0, 1)),
            closed_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        ) STRICT;
        -- One live round per year; a round in the recycle bin does not block a new one.
        CREATE UNIQUE INDEX review_rounds_year ON review_rounds(year) WHERE deleted_at IS NULL;

        CREATE TABLE review_entries (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES review_rounds(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            self_assessment TEXT NOT NULL DEFAULT '',
            peer_remarks TEXT NOT NULL DEFAULT '',
            votes_excellent INTEGER NOT NULL DEFAULT 0 CHECK (votes_excellent >= 0),
            votes_qualified INTEGER NOT NULL DEFAULT 0 CHECK (votes_qualified >= 0),
            votes_basic INTEGER NOT NULL DEFAULT 0 CHECK (votes_basic >= 0),
            votes_unqualified INTEGER NOT NULL DEFAULT 0 CHECK (votes_unqualified >= 0),
            proposed_grade TEXT,
            final_grade TEXT,
            opinion TEXT NOT NULL DEFAULT '',
            follow_up TEXT,
            follow_up_note TEXT NOT NULL DEFAULT '',
            UNIQUE (round_id, member_id)
        ) STRICT;
        CREATE INDEX review_entries_member ON review_entries(member_id);

        CREATE TABLE talks (
            id INTEGER PRIMARY KEY,
            held_on TEXT NOT NULL,
            starts_at TEXT,
            place TEXT NOT NULL DEFAULT '',
            talker_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            talker_post TEXT NOT NULL DEFAULT '',
            others_present TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            topic TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '',
            problems TEXT NOT NULL DEFAULT '',
            suggestions TEXT NOT NULL DEFAULT '',
            follow_up TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        ) STRICT;
        CREATE INDEX talks_held_on ON talks(held_on);

        CREATE TABLE talk_counterparts (
            id INTEGER PRIMARY KEY,
            talk_id INTEGER NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
            member_id INTEGER REFERENCES members(id) ON DELETE CASCADE,
            name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            CHECK (member_id IS NOT NULL OR length(trim(name)) > 0)
        ) STRICT;
        CREATE INDEX talk_counterparts_talk ON talk_counterparts(talk_id);

        CREATE TABLE volunteer_activities (
            id INTEGER PRIMARY KEY,
            held_on TEXT NOT NULL,
            title TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            organiser TEXT NOT NULL DEFAULT '',
            form TEXT NOT NULL DEFAULT '',
            people_served INTEGER NOT NULL DEFAULT 0 CHECK (people_served >= 0),
            description TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        ) STRICT;
        CREATE INDEX volunteer_activities_held_on ON volunteer_activities(held_on);

        CREATE TABLE volunteer_participants (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES volunteer_activities(id) ON DELETE CASCADE,
            member_id INTEGER REFERENCES members(id) ON DELETE CASCADE,
            name TEXT NOT NULL DEFAULT '',
            hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
            CHECK (member_id IS NOT NULL OR length(trim(name)) > 0)
        ) STRICT;
        CREATE INDEX volunteer_participants_activity ON volunteer_participants(activity_id);

        CREATE TABLE trainings (
            id INTEGER PRIMARY KEY,
            starts_on TEXT NOT NULL,
            ends_on TEXT CHECK (ends_on IS NULL OR ends_on >= starts_on),
            title TEXT NOT NULL,
            organiser TEXT NOT NULL DEFAULT '',
            form TEXT NOT NULL,
            hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
            content TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        ) STRICT;
        CREATE INDEX trainings_starts_on ON trainings(starts_on);

        CREATE TABLE training_participants (
            id INTEGER PRIMARY KEY,
            training_id INTEGER NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
            member_id INTEGER REFERENCES members(id) ON DELETE CASCADE,
            name TEXT NOT NULL DEFAULT '',
            hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
            CHECK (member_id IS NOT NULL OR length(trim(name)) > 0)
        ) STRICT;
        CREATE INDEX training_participants_training ON training_participants(training_id);
        """,
    )


@migrations(name="0004_rules")
def _rules(db: Database) -> None:
    # The compliance rule set: a row per default rule the user edited (enabled, threshold,
    # period) and a row per local rule. Untouched defaults have no row, so a later version's
    # improved wording of a default reaches every user.
    run_script(
        db,
        """
        CREATE TABLE compliance_rules (
            id TEXT PRIMARY KEY CHECK (id <> '' AND id NOT GLOB '*[^a-z0-9_]*'),
            position INTEGER NOT NULL,
            is_default INTEGER NOT NULL CHECK (is_default IN (0, 1)),
            enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
            period TEXT NOT NULL CHECK (period IN ('month', 'quarter', 'year')),
            threshold INTEGER NOT NULL CHECK (threshold > 0),
            subject TEXT NOT NULL,
            scope TEXT NOT NULL,
            meeting_kind TEXT,
            talk_pair TEXT,
            training_form TEXT,
            name_zh TEXT NOT NULL DEFAULT '',
            name_en TEXT NOT NULL DEFAULT '',
            description_zh TEXT NOT NULL DEFAULT '',
            description_en TEXT NOT NULL DEFAULT '',
            basis TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        ) STRICT;
        """,
    )


@migrations(name="0005_report_texts")
def _report_texts(db: Database) -> None:
    # The secretary's edits of the annual duty report: one row per year and section.
    run_script(
        db,
        """
        CREATE TABLE report_texts (
            year INTEGER NOT NULL,
            section TEXT NOT NULL,
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (year, section)
        ) STRICT;
        """,
    )


@migrations(name="0006_review_participants_and_tracking_start")
def _review_participants_and_tracking_start(db: Database) -> None:
    # A review round records how many took part in the 民主测评 (no member's tally
    # may exceed it); the branch records from when BranchDesk keeps its records, so that
    # the rules judge no month before it; an edited report section keeps the draft it was
    # written against (its figures), so a later change of the records is noticed.
    run_script(
        db,
        """
        ALTER TABLE review_rounds ADD COLUMN participants INTEGER
            CHECK (participants IS NULL OR participants >= 0);
        ALTER TABLE branch ADD COLUMN tracking_from TEXT;
        ALTER TABLE report_texts ADD COLUMN basis TEXT;
        """,
    )
    # A file kept before this version: tracking starts with the month of its earliest
    # record (the whole of that month was evidently kept), else the day the branch's
    # first member was entered.
    db.execute(TRACKING_FROM_EARLIEST_RECORD)


# Also run after an import or the demo fills a folder whose branch has no start yet.
TRACKING_FROM_EARLIEST_RECORD = """
    UPDATE branch SET tracking_from = substr(coalesce(
        (SELECT min(day) FROM (
            SELECT min(held_on) AS day FROM meetings
            UNION ALL SELECT min(held_on) FROM talks
            UNION ALL SELECT min(starts_on) FROM trainings
            UNION ALL SELECT min(held_on) FROM volunteer_activities
            UNION ALL SELECT min(coalesce(study_on, self_assessment_on, peer_review_on,
                                          vote_on, verdict_on, feedback_on))
                FROM review_rounds)),
        (SELECT min(created_at) FROM members)
    ), 1, 7) || '-01'
    WHERE tracking_from IS NULL
"""


# -- party dues (党费) -------------------------------------------------------------
@migrations(name="0007_dues")
def _dues(db: Database) -> None:
    """Dues: each member's monthly bases, payments naming the months they cover, hand-overs
    upward, and the user's edits of the rate table (none until edited)."""
    run_script(
        db,
        """
        CREATE TABLE dues_bases (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            applies_from TEXT NOT NULL,
            category TEXT NOT NULL,
            base_fen INTEGER NOT NULL DEFAULT 0 CHECK (base_fen >= 0),
            manual_fen INTEGER CHECK (manual_fen IS NULL OR manual_fen > 0),
            quarterly INTEGER NOT NULL DEFAULT 0 CHECK (quarterly IN (0, 1)),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        ) STRICT;
        CREATE INDEX dues_bases_member ON dues_bases(member_id, applies_from);

        CREATE TABLE dues_payments (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            paid_on TEXT NOT NULL,
            amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
            method TEXT NOT NULL,
            collector TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        ) STRICT;
        CREATE INDEX dues_payments_paid_on ON dues_payments(paid_on);
        CREATE INDEX dues_payments_member ON dues_payments(member_id);

        CREATE TABLE dues_payment_months (
            id INTEGER PRIMARY KEY,
            payment_id INTEGER NOT NULL REFERENCES dues_payments(id) ON DELETE CASCADE,
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
            UNIQUE (payment_id, month)
        ) STRICT;
        CREATE INDEX dues_payment_months_month ON dues_payment_months(month);

        CREATE TABLE dues_handovers (
            id INTEGER PRIMARY KEY,
            handed_on TEXT NOT NULL,
            amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
            period TEXT NOT NULL,
            receiver TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        ) STRICT;
        CREATE INDEX dues_handovers_handed_on ON dues_handovers(handed_on);

        CREATE TABLE dues_rates (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            category TEXT NOT NULL,
            up_to_fen INTEGER CHECK (up_to_fen IS NULL OR up_to_fen > 0),
            rate_bp INTEGER NOT NULL CHECK (rate_bp >= 0),
            fixed_fen INTEGER CHECK (fixed_fen IS NULL OR fixed_fen >= 0),
            basis TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        ) STRICT;
        """,
    )


# ---- the recruiting pipeline (发展党员): its schema is in migrations_recruiting.py --------
migrations(name="0008_recruiting")(recruiting)
