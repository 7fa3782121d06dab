"""Where each registered record type lives, for the code that iterates all of them.

Counts, the recycle bin (and later search, export and ledgers) read this map; a test
fails when a type registered in `core.registry` has no entry here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from branchdesk.core.registry import record_type, record_types


@dataclass(frozen=True)
class RecordTable:
    key: str
    table: str
    title_sql: str  # an SQL expression naming one row for a person
    date_sql: str = "NULL"  # an SQL expression giving the row's date, if any


_TABLES: dict[str, RecordTable] = {}


def register_table(entry: RecordTable) -> None:
    record_type(entry.key)  # raises KeyError for a type core does not know
    _TABLES[entry.key] = entry


def table_for(key: str) -> RecordTable:
    return _TABLES[key]


def missing_tables() -> list[str]:
    return [t.key for t in record_types() if t.key not in _TABLES]


register_table(RecordTable("organisations", "organisations", "name"))
register_table(RecordTable("members", "members", "name", "joined_on"))
register_table(
    RecordTable(
        "membership_events",
        "membership_events",
        "(SELECT name FROM members m WHERE m.id = member_id) || ' ' || kind",
        "occurred_on",
    )
)
register_table(RecordTable("party_groups", "party_groups", "name", "created_on"))
register_table(
    RecordTable("committee_terms", "committee_terms", "starts_on || ' – ' || ends_on", "starts_on")
)
register_table(
    RecordTable(
        "committee_posts",
        "committee_posts",
        "(SELECT name FROM members m WHERE m.id = member_id) || ' ' || post",
    )
)


def count_records(db: Database) -> dict[str, int]:
    """Live (not deleted) records of every registered type."""
    counts: dict[str, int] = {}
    for rt in record_types():
        entry = _TABLES[rt.key]
        where = " WHERE deleted_at IS NULL" if rt.trashable else ""
        row = db.execute(f"SELECT count(*) FROM {entry.table}{where}").fetchone()
        counts[rt.key] = int(row[0])
    return counts


# Democratic review, talks, volunteer service and training (issue 4).
register_table(
    RecordTable("review_rounds", "review_rounds", "year || '年度民主评议党员'", "vote_on")
)
register_table(
    RecordTable(
        "review_entries",
        "review_entries",
        "(SELECT name FROM members m WHERE m.id = member_id) || ' ' || "
        "coalesce(final_grade, proposed_grade, '')",
    )
)
register_table(RecordTable("talks", "talks", "topic", "held_on"))
register_table(
    RecordTable(
        "talk_counterparts",
        "talk_counterparts",
        "coalesce((SELECT name FROM members m WHERE m.id = member_id), name)",
    )
)
register_table(RecordTable("volunteer_activities", "volunteer_activities", "title", "held_on"))
register_table(
    RecordTable(
        "volunteer_participants",
        "volunteer_participants",
        "coalesce((SELECT name FROM members m WHERE m.id = member_id), name)",
    )
)
register_table(RecordTable("trainings", "trainings", "title", "starts_on"))
register_table(
    RecordTable(
        "training_participants",
        "training_participants",
        "coalesce((SELECT name FROM members m WHERE m.id = member_id), name)",
    )
)
