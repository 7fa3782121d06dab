"""Where each registered record type lives, for the code that iterates all of them.

Counts, the recycle bin (and later search, export and ledgers) read this map; a test
fails when a type registered in `core.registry` has no entry here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from branchdesk.core import registry
from branchdesk.core.found_by import (
    FOUND_BY,
    Evidence,
    KindLabel,
    Masked,
    Named,
    NamedEach,
    Part,
    People,
    Person,
    Text,
)
from branchdesk.core.labels import label
from branchdesk.core.registry import record_type, record_types
from branchdesk.core.review import Grade
from branchdesk.store.connection import Database


@dataclass(frozen=True)
class RecordTable:
    key: str
    table: str
    title_sql: str  # an SQL expression naming one row for a person
    date_sql: str = "NULL"  # an SQL expression giving the row's date, if any
    # Search (see docs/development.md): an SQL expression over the row giving all the text a
    # search should find it by; None when the type is not searched on its own.
    search_sql: str | None = None
    # For child rows: the column naming the parent's id, so that editing a child re-indexes
    # the parent (whose search_sql usually gathers its children's text).
    parent_column: str | None = None


_TABLES: dict[str, RecordTable] = {}


def register_table(entry: RecordTable) -> None:
    record_type(entry.key)  # raises KeyError for a type core does not know
    _TABLES[entry.key] = entry


def table_for(key: str) -> RecordTable:
    return _TABLES[key]


def tables() -> tuple[RecordTable, ...]:
    """Every registered table, in registry order."""
    return tuple(_TABLES[t.key] for t in record_types() if t.key in _TABLES)


def missing_tables() -> list[str]:
    return [t.key for t in record_types() if t.key not in _TABLES]


def label_sql(column: str, kinds: Iterable[StrEnum]) -> str:
    """The Chinese name of an enum stored in *column* (a meeting's or talk's kind, a grade),
    so that searching 党课, 提醒谈话 or 不合格 finds the records of that kind."""
    cases = " ".join(f"WHEN '{k.value}' THEN '{label(k, 'zh')}'" for k in kinds)
    return f"(CASE {column} {cases} ELSE '' END)"


def text_of(*expressions: str) -> str:
    """SQL joining several text expressions with spaces, for `search_sql`."""
    return " || ' ' || ".join(f"coalesce({e}, '')" for e in expressions)


def children_text(table: str, parent_column: str, expression: str) -> str:
    """SQL gathering *expression* (over columns of `c`) from the child rows of the indexed
    row, which search queries always name `r`."""
    return f"(SELECT group_concat({expression}, ' ') FROM {table} c WHERE c.{parent_column} = r.id)"


# A participant's name: the member's, or the typed name of a non-member (child row `c`).
PERSON_SQL = "coalesce((SELECT name FROM members m WHERE m.id = c.member_id), c.name)"


def attachments_text(owner_type: str) -> str:
    """SQL gathering the captions and file names of the indexed row's attachments."""
    return (
        "(SELECT group_concat(a.caption || ' ' || a.original_name, ' ') FROM attachments a "
        f"WHERE a.owner_type = '{owner_type}' AND a.owner_id = r.id)"
    )


# The child table (and its column naming the parent) holding a record's child field.
_CHILD_TABLES = {
    (registry.MEETINGS.key, "agenda"): ("meeting_agenda", "meeting_id"),
    (registry.MEETINGS.key, "resolutions"): ("meeting_resolutions", "meeting_id"),
    (registry.MEETINGS.key, "actions"): ("meeting_actions", "meeting_id"),
    (registry.TALKS.key, "counterparts"): ("talk_counterparts", "talk_id"),
    (registry.MEMBERS.key, "events"): ("membership_events", "member_id"),
    (registry.VOLUNTEER_ACTIVITIES.key, "participants"): ("volunteer_participants", "activity_id"),
    (registry.TRAININGS.key, "participants"): ("training_participants", "training_id"),
}


def found_by_sql(key: str) -> str:
    """`core.found_by`'s parts of record type *key*, as SQL over the indexed row `r`; a
    `Masked` field is left out (a result's snippet would show it)."""
    parts = (p for p in FOUND_BY[key] if not isinstance(p, Masked))
    return text_of(*(_part_sql(key, part) for part in parts))


def _part_sql(key: str, part: Part) -> str:
    if isinstance(part, Text | Masked):
        return part.field
    if isinstance(part, Named):
        return f"(SELECT t.name FROM {part.table} t WHERE t.id = r.{part.field})"
    if isinstance(part, KindLabel):
        return label_sql(part.field, part.kind)
    if isinstance(part, Person):
        return f"(SELECT name FROM members m WHERE m.id = r.{part.field})"
    if isinstance(part, Evidence):
        return attachments_text(key)
    table, parent_column = _CHILD_TABLES[(key, part.field)]
    if isinstance(part, NamedEach):  # in the order the record holds them: by date, then id
        name = f"(SELECT t.name FROM {part.table} t WHERE t.id = c.{part.column})"
        return (
            f"(SELECT group_concat(n, ' ') FROM (SELECT {name} AS n FROM {table} c "
            f"WHERE c.{parent_column} = r.id ORDER BY c.occurred_on, c.id))"
        )
    if isinstance(part, People):
        return children_text(table, parent_column, PERSON_SQL)
    return children_text(table, parent_column, " || ' ' || ".join(f"c.{c}" for c in part.columns))


register_table(
    RecordTable(
        registry.ORGANISATIONS.key,
        "organisations",
        "name",
        search_sql=text_of("name", "credit_code"),
    )
)
register_table(
    RecordTable(
        registry.MEMBERS.key,
        "members",
        "name",
        "joined_on",
        search_sql=found_by_sql(registry.MEMBERS.key),
    )
)
register_table(
    RecordTable(
        registry.MEMBERSHIP_EVENTS.key,
        "membership_events",
        "(SELECT name FROM members m WHERE m.id = member_id) || ' ' || kind",
        "occurred_on",
        parent_column="member_id",  # a move to another group re-indexes the member
    )
)
register_table(
    RecordTable(
        registry.PARTY_GROUPS.key, "party_groups", "name", "created_on", search_sql=text_of("name")
    )
)
register_table(
    RecordTable(
        registry.COMMITTEE_TERMS.key,
        "committee_terms",
        "starts_on || ' – ' || ends_on",
        "starts_on",
    )
)
register_table(
    RecordTable(
        registry.COMMITTEE_POSTS.key,
        "committee_posts",
        "(SELECT name FROM members m WHERE m.id = member_id) || ' ' || post",
    )
)

register_table(
    RecordTable(
        registry.MEETINGS.key,
        "meetings",
        "coalesce(nullif(title, ''), nullif(topic, ''), theme)",
        "held_on",
        search_sql=found_by_sql(registry.MEETINGS.key),
    )
)
register_table(
    RecordTable(
        registry.MEETING_ATTENDANCE.key,
        "meeting_attendance",
        "(SELECT name FROM members m WHERE m.id = member_id) || ' ' || status",
        parent_column="meeting_id",
    )
)
register_table(
    RecordTable(registry.MEETING_AGENDA.key, "meeting_agenda", "text", parent_column="meeting_id")
)
register_table(
    RecordTable(
        registry.MEETING_RESOLUTIONS.key, "meeting_resolutions", "text", parent_column="meeting_id"
    )
)
register_table(
    RecordTable(
        registry.MEETING_ACTIONS.key,
        "meeting_actions",
        "item",
        "deadline",
        parent_column="meeting_id",
    )
)
register_table(
    RecordTable(registry.ATTACHMENTS.key, "attachments", "original_name", "substr(added_at, 1, 10)")
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


# Democratic review, talks, volunteer service and training.
register_table(
    RecordTable(
        registry.REVIEW_ROUNDS.key,
        "review_rounds",
        "year || '年度民主评议党员'",
        "vote_on",
        search_sql=text_of(
            "year || '年度民主评议党员'",
            "note",
            children_text(
                "review_entries",
                "round_id",
                "(SELECT name FROM members m WHERE m.id = c.member_id) || ' ' || "
                f"{label_sql('coalesce(c.final_grade, c.proposed_grade)', Grade)} || ' ' || "
                "c.opinion || ' ' || c.follow_up_note",
            ),
        ),
    )
)
register_table(
    RecordTable(
        registry.REVIEW_ENTRIES.key,
        "review_entries",
        "(SELECT name FROM members m WHERE m.id = member_id) || ' ' || "
        "coalesce(final_grade, proposed_grade, '')",
        parent_column="round_id",
    )
)
register_table(
    RecordTable(
        registry.TALKS.key,
        "talks",
        "topic",
        "held_on",
        search_sql=found_by_sql(registry.TALKS.key),
    )
)
register_table(
    RecordTable(
        registry.TALK_COUNTERPARTS.key,
        "talk_counterparts",
        "coalesce((SELECT name FROM members m WHERE m.id = member_id), name)",
        parent_column="talk_id",
    )
)
register_table(
    RecordTable(
        registry.VOLUNTEER_ACTIVITIES.key,
        "volunteer_activities",
        "title",
        "held_on",
        search_sql=found_by_sql(registry.VOLUNTEER_ACTIVITIES.key),
    )
)
register_table(
    RecordTable(
        registry.VOLUNTEER_PARTICIPANTS.key,
        "volunteer_participants",
        "coalesce((SELECT name FROM members m WHERE m.id = member_id), name)",
        parent_column="activity_id",
    )
)
register_table(
    RecordTable(
        registry.TRAININGS.key,
        "trainings",
        "title",
        "starts_on",
        search_sql=found_by_sql(registry.TRAININGS.key),
    )
)
register_table(
    RecordTable(
        registry.TRAINING_PARTICIPANTS.key,
        "training_participants",
        "coalesce((SELECT name FROM members m WHERE m.id = member_id), name)",
        parent_column="training_id",
    )
)

# The annual duty report's edited sections.
register_table(
    RecordTable(registry.REPORT_TEXTS.key, "report_texts", "year || '年度述职报告 ' || section")
)

# -- party dues (党费) ----------------------------------------------------------
_DUES_MEMBER = "(SELECT name FROM members m WHERE m.id = r.member_id)"
register_table(
    RecordTable(
        "dues_bases",
        "dues_bases",
        "(SELECT name FROM members m WHERE m.id = member_id) || ' 党费基数'",
        "applies_from",
    )
)
register_table(
    RecordTable(
        "dues_payments",
        "dues_payments",
        "(SELECT name FROM members m WHERE m.id = member_id) || ' 交纳党费'",
        "paid_on",
        search_sql=text_of(
            _DUES_MEMBER,
            "'党费'",
            "collector",
            "note",
            children_text("dues_payment_months", "payment_id", "c.month"),
        ),
    )
)
register_table(
    RecordTable("dues_payment_months", "dues_payment_months", "month", parent_column="payment_id")
)
register_table(
    RecordTable(
        "dues_handovers",
        "dues_handovers",
        "'上缴党费 ' || period",
        "handed_on",
        search_sql=text_of("'上缴党费'", "period", "receiver", "note"),
    )
)

# ---- the recruiting pipeline (发展党员) ---------------------------------------------------
register_table(
    RecordTable(
        "recruits",
        "recruits",
        "name",
        "applied_on",
        search_sql=text_of(
            "name",
            "'发展党员'",
            "job",
            "phone",
            "note",
            children_text("recruit_steps", "recruit_id", "c.people || ' ' || c.note"),
            attachments_text("recruits"),
        ),
    )
)
register_table(
    RecordTable(
        "recruit_steps",
        "recruit_steps",
        "(SELECT name FROM recruits p WHERE p.id = recruit_id) || ' ' || kind",
        "on_date",
        parent_column="recruit_id",
    )
)
register_table(RecordTable("recruiting_plans", "recruiting_plans", "year || '年发展党员计划'"))
