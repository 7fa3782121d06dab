"""Where each registered record type lives, for the code that iterates all of them.

Counts, the recycle bin (and later search, export and ledgers) read this map; a test
fails when a type registered in `core.registry` has no entry here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlite_utils import Database

from branchdesk.core.labels import label
from branchdesk.core.meetings import MeetingKind
from branchdesk.core.registry import record_type, record_types
from branchdesk.core.review import Grade
from branchdesk.core.talks import TalkKind
from branchdesk.core.training import TrainingForm


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


register_table(
    RecordTable("organisations", "organisations", "name", search_sql=text_of("name", "credit_code"))
)
register_table(
    RecordTable(
        "members",
        "members",
        "name",
        "joined_on",
        search_sql=text_of(
            "name",
            "job",
            "phone",
            "ethnicity",
            "note",
            "(SELECT o.name FROM organisations o WHERE o.id = r.organisation_id)",
        ),
    )
)
register_table(
    RecordTable(
        "membership_events",
        "membership_events",
        "(SELECT name FROM members m WHERE m.id = member_id) || ' ' || kind",
        "occurred_on",
    )
)
register_table(
    RecordTable("party_groups", "party_groups", "name", "created_on", search_sql=text_of("name"))
)
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

register_table(
    RecordTable(
        "meetings",
        "meetings",
        "coalesce(nullif(title, ''), nullif(topic, ''), theme)",
        "held_on",
        search_sql=text_of(
            label_sql("kind", MeetingKind),
            "title",
            "number",
            "topic",
            "theme",
            "place",
            "host_name",
            "recorder_name",
            "lecturer_name",
            "non_member_attendees",
            "upper_attendees",
            children_text("meeting_agenda", "meeting_id", "c.text"),
            "studied",
            "minutes",
            children_text("meeting_resolutions", "meeting_id", "c.text"),
            "summary",
            children_text("meeting_actions", "meeting_id", "c.item || ' ' || c.measure"),
            attachments_text("meetings"),
        ),
    )
)
register_table(
    RecordTable(
        "meeting_attendance",
        "meeting_attendance",
        "(SELECT name FROM members m WHERE m.id = member_id) || ' ' || status",
        parent_column="meeting_id",
    )
)
register_table(RecordTable("meeting_agenda", "meeting_agenda", "text", parent_column="meeting_id"))
register_table(
    RecordTable("meeting_resolutions", "meeting_resolutions", "text", parent_column="meeting_id")
)
register_table(
    RecordTable(
        "meeting_actions", "meeting_actions", "item", "deadline", parent_column="meeting_id"
    )
)
register_table(
    RecordTable("attachments", "attachments", "original_name", "substr(added_at, 1, 10)")
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
    RecordTable(
        "review_rounds",
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
        "review_entries",
        "review_entries",
        "(SELECT name FROM members m WHERE m.id = member_id) || ' ' || "
        "coalesce(final_grade, proposed_grade, '')",
        parent_column="round_id",
    )
)
register_table(
    RecordTable(
        "talks",
        "talks",
        "topic",
        "held_on",
        search_sql=text_of(
            label_sql("kind", TalkKind),
            "topic",
            "place",
            "(SELECT name FROM members m WHERE m.id = r.talker_id)",
            "others_present",
            children_text("talk_counterparts", "talk_id", PERSON_SQL),
            "content",
            "problems",
            "suggestions",
            "follow_up",
        ),
    )
)
register_table(
    RecordTable(
        "talk_counterparts",
        "talk_counterparts",
        "coalesce((SELECT name FROM members m WHERE m.id = member_id), name)",
        parent_column="talk_id",
    )
)
register_table(
    RecordTable(
        "volunteer_activities",
        "volunteer_activities",
        "title",
        "held_on",
        search_sql=text_of(
            "title",
            "place",
            "organiser",
            "form",
            "description",
            children_text("volunteer_participants", "activity_id", PERSON_SQL),
            attachments_text("volunteer_activities"),
        ),
    )
)
register_table(
    RecordTable(
        "volunteer_participants",
        "volunteer_participants",
        "coalesce((SELECT name FROM members m WHERE m.id = member_id), name)",
        parent_column="activity_id",
    )
)
register_table(
    RecordTable(
        "trainings",
        "trainings",
        "title",
        "starts_on",
        search_sql=text_of(
            "title",
            label_sql("form", TrainingForm),
            "organiser",
            "content",
            children_text("training_participants", "training_id", PERSON_SQL),
            attachments_text("trainings"),
        ),
    )
)
register_table(
    RecordTable(
        "training_participants",
        "training_participants",
        "coalesce((SELECT name FROM members m WHERE m.id = member_id), name)",
        parent_column="training_id",
    )
)

# The annual duty report's edited sections (issue 6).
register_table(RecordTable("report_texts", "report_texts", "year || '年度述职报告 ' || section"))

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
