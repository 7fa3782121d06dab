"""The one list of record types.

Search, the export archive, the recycle bin, `info --json` counts and the ledgers iterate
this registry, so a new record type cannot be forgotten by one of them: the store must
provide a table for every entry (a test checks it), and each consumer loops over `RECORD_TYPES`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RecordType:
    key: str  # stable: the `info --json` counts key, the archive's file name
    label_en: str
    label_zh: str
    trashable: bool  # top-level records go to the recycle bin; child rows go with their parent
    searchable: bool
    parent: str | None = None  # key of the owning record type, for child rows


_REGISTRY: dict[str, RecordType] = {}


def register(record_type: RecordType) -> RecordType:
    if record_type.key in _REGISTRY:
        raise ValueError(f"record type {record_type.key!r} registered twice")
    if record_type.parent is not None and record_type.parent not in _REGISTRY:
        raise ValueError(f"parent {record_type.parent!r} of {record_type.key!r} is unknown")
    _REGISTRY[record_type.key] = record_type
    return record_type


def record_types() -> tuple[RecordType, ...]:
    """Every registered type, parents before their children (registration order)."""
    return tuple(_REGISTRY.values())


def record_type(key: str) -> RecordType:
    return _REGISTRY[key]


ORGANISATIONS = register(
    RecordType("organisations", "Social organisations", "社会组织", True, True)
)
MEMBERS = register(RecordType("members", "Members", "党员", True, True))
MEMBERSHIP_EVENTS = register(
    RecordType("membership_events", "Membership events", "组织关系变动", False, False, "members")
)
PARTY_GROUPS = register(RecordType("party_groups", "Party groups", "党小组", True, True))
COMMITTEE_TERMS = register(
    RecordType("committee_terms", "Committee terms", "支委会届次", True, False)
)
COMMITTEE_POSTS = register(
    RecordType("committee_posts", "Committee posts", "支委职务", False, False, "committee_terms")
)

# Democratic review, talks, volunteer service and training.
REVIEW_ROUNDS = register(RecordType("review_rounds", "Review rounds", "民主评议", True, True))
REVIEW_ENTRIES = register(
    RecordType("review_entries", "Review entries", "评议结果", False, True, "review_rounds")
)
TALKS = register(RecordType("talks", "Talks", "谈心谈话", True, True))
TALK_COUNTERPARTS = register(
    RecordType("talk_counterparts", "Talk counterparts", "谈话对象", False, False, "talks")
)
VOLUNTEER_ACTIVITIES = register(
    RecordType("volunteer_activities", "Volunteer activities", "志愿服务", True, True)
)
VOLUNTEER_PARTICIPANTS = register(
    RecordType(
        "volunteer_participants",
        "Volunteer participants",
        "志愿服务参与人员",
        False,
        False,
        "volunteer_activities",
    )
)
TRAININGS = register(RecordType("trainings", "Trainings", "教育培训", True, True))
TRAINING_PARTICIPANTS = register(
    RecordType(
        "training_participants", "Training participants", "培训参加人员", False, False, "trainings"
    )
)
MEETINGS = register(RecordType("meetings", "Meetings", "组织生活", True, True))
MEETING_ATTENDANCE = register(
    RecordType("meeting_attendance", "Meeting attendance", "参会情况", False, False, "meetings")
)
MEETING_AGENDA = register(
    RecordType("meeting_agenda", "Agenda items", "会议议题", False, False, "meetings")
)
MEETING_RESOLUTIONS = register(
    RecordType("meeting_resolutions", "Resolutions", "会议决议", False, False, "meetings")
)
MEETING_ACTIONS = register(
    RecordType(
        "meeting_actions", "Follow-up and rectification", "整改事项", False, False, "meetings"
    )
)
# Evidence of any record type: the owner is named per row (owner_type, owner_id), so it has
# no single parent; the files live in the data folder's attachments/ under their SHA-256.
ATTACHMENTS = register(RecordType("attachments", "Attachments", "附件", False, False))

# The secretary's edits of the annual duty report, per year and section.
REPORT_TEXTS = register(RecordType("report_texts", "Report texts", "述职报告文稿", False, False))

# -- issue 18: party dues (党费) ----------------------------------------------------------
DUES_BASES = register(RecordType("dues_bases", "Dues bases", "党费基数", True, False))
DUES_PAYMENTS = register(RecordType("dues_payments", "Dues payments", "党费交纳", True, True))
DUES_PAYMENT_MONTHS = register(
    RecordType("dues_payment_months", "Months paid for", "交纳月份", False, False, "dues_payments")
)
DUES_HANDOVERS = register(RecordType("dues_handovers", "Dues handed over", "党费上缴", True, True))
# ---- the recruiting pipeline (发展党员) ---------------------------------------------------
RECRUITS = register(
    RecordType("recruits", "People in the recruiting pipeline", "发展党员", True, True)
)
RECRUIT_STEPS = register(
    RecordType("recruit_steps", "Recruiting steps", "发展环节", False, False, "recruits")
)
RECRUITING_PLANS = register(
    RecordType("recruiting_plans", "Recruiting plans", "发展党员计划", False, False)
)
# The official calendar (official_days) is reference data seeded from a library, kept with
# the rule set (like compliance_rules), not a record type: a new data folder already holds it.
