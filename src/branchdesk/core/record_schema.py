"""What every stored column may hold: one structural rule for every way a record comes in.

An archive, a backup being restored, a roster and a form all end as rows of these tables;
each row must pass `row_problems` (real ISO dates, known codes, numbers in range, text that
is valid Unicode within its length) and its references must name rows that exist. The same
rules let `branchdesk check` name the bad rows of an existing database, and generate
docs/data-format.md (tools/data_format.py).

Structural rules only: what a table cannot hold. Rules of the domain (a plausible tally,
terms that do not overlap) are findings for `check`, never a reason to refuse a backup.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from branchdesk.core.compliance.periods import RulePeriod
from branchdesk.core.compliance.rules import RuleScope, RuleSubject
from branchdesk.core.dues import DuesCategory, PaymentMethod
from branchdesk.core.enums import BranchKind, Education, Gender, MembershipEventKind, OrgKind, Post
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.meetings import ActionKind, AttendanceStatus, MeetingKind, ThemeDayForm
from branchdesk.core.recruiting import LeaveReason, StepKind
from branchdesk.core.report_texts import ReportSection
from branchdesk.core.review import Grade, ReviewFollowUp
from branchdesk.core.talks import TalkKind
from branchdesk.core.training import TrainingForm
from branchdesk.core.workdays import DayKind


class ColumnKind(StrEnum):
    KEY = "key"  # the row's own id
    TEXT = "text"
    DATE = "date"  # YYYY-MM-DD
    TIME = "time"  # HH:MM, or empty
    STAMP = "stamp"  # an ISO date and time
    CODE = "code"  # one of `codes`
    INTEGER = "integer"
    NUMBER = "number"  # integer or decimal
    FLAG = "flag"  # 0 or 1
    REFERENCE = "reference"  # the id of a row of `target`


NAME, LINE, LONG_TEXT = 200, 2_000, 200_000  # characters: generous, and still not 50 MB
SMALLEST, LARGEST = -(2**63), 2**63 - 1  # what SQLite stores as an integer


@dataclass(frozen=True)
class Column:
    name: str
    kind: ColumnKind
    required: bool = False
    limit: int = LINE  # TEXT: at most this many characters
    codes: tuple[str, ...] = ()
    low: float = SMALLEST
    high: float = LARGEST
    target: str = ""  # REFERENCE: the table referred to
    enum: type[StrEnum] | None = None  # CODE: where the codes (and their labels) come from


@dataclass(frozen=True)
class Problem:
    column: str
    message: str  # English, marked for translation; {value} and {limit} filled by params
    params: Mapping[str, str]

    def text(self) -> str:
        return self.message.format(**self.params)


def key(name: str = "id") -> Column:
    return Column(name, ColumnKind.KEY, required=True, low=1)


def text(name: str, limit: int = LINE, *, required: bool = False) -> Column:
    return Column(name, ColumnKind.TEXT, required, limit)


def day(name: str, *, required: bool = False) -> Column:
    return Column(name, ColumnKind.DATE, required)


def stamp(name: str, *, required: bool = False) -> Column:
    return Column(name, ColumnKind.STAMP, required)


def code(name: str, values: type[StrEnum] | tuple[str, ...], *, required: bool = False) -> Column:
    if isinstance(values, tuple):
        return Column(name, ColumnKind.CODE, required, codes=values)
    codes = tuple(v.value for v in values)
    return Column(name, ColumnKind.CODE, required, codes=codes, enum=values)


def ref(name: str, target: str, *, required: bool = False) -> Column:
    return Column(name, ColumnKind.REFERENCE, required, low=1, target=target)


def count(name: str, high: float = 1_000_000) -> Column:
    return Column(name, ColumnKind.INTEGER, True, low=0, high=high)


def hours(name: str) -> Column:
    return Column(name, ColumnKind.NUMBER, True, low=0, high=10_000)


def flag(name: str) -> Column:
    return Column(name, ColumnKind.FLAG, True)


def _stamps() -> tuple[Column, ...]:
    return stamp("created_at", required=True), stamp("updated_at", required=True)


TABLES: dict[str, tuple[Column, ...]] = {
    "branch": (
        Column("id", ColumnKind.KEY, True, low=1, high=1),
        text("name", NAME, required=True),
        code("kind", BranchKind, required=True),
        day("founded_on"),
        *(text(n, NAME) for n in ("upper_committee", "address", "phone", "instructor")),
        *(text(n, NAME) for n in ("liaison", "org_head", "org_head_phone")),
        day("tracking_from"),  # 开始使用本软件记录的日期
    ),
    "settings": (text("key", NAME, required=True), text("value", LONG_TEXT, required=True)),
    "organisations": (
        key(),
        text("name", NAME, required=True),
        code("kind", OrgKind, required=True),
        text("credit_code", NAME),
        stamp("deleted_at"),
    ),
    "members": (
        key(),
        text("name", NAME, required=True),
        code("gender", Gender),
        text("ethnicity", NAME),
        day("birth_date"),
        text("id_number", NAME),
        code("education", Education),
        text("phone", NAME),
        text("job", LINE),
        ref("organisation_id", "organisations"),
        ref("group_id", "party_groups"),
        day("joined_on", required=True),
        day("full_on"),
        flag("is_mobile"),
        flag("not_transferred_in"),
        text("note", LONG_TEXT),
        *_stamps(),
        stamp("deleted_at"),
    ),
    "membership_events": (
        key(),
        ref("member_id", "members", required=True),
        code("kind", MembershipEventKind, required=True),
        day("occurred_on", required=True),
        ref("group_id", "party_groups"),
        text("note", LINE),
    ),
    "party_groups": (
        key(),
        text("name", NAME, required=True),
        ref("leader_id", "members"),
        day("created_on"),
        stamp("deleted_at"),
    ),
    "committee_terms": (
        key(),
        day("starts_on", required=True),
        day("ends_on", required=True),
        stamp("deleted_at"),
    ),
    "committee_posts": (
        key(),
        ref("term_id", "committee_terms", required=True),
        ref("member_id", "members", required=True),
        code("post", Post, required=True),
    ),
    "review_rounds": (
        key(),
        Column("year", ColumnKind.INTEGER, True, low=1921, high=2200),
        *(day(f"{step}_on") for step in ("study", "self_assessment", "peer_review", "vote")),
        day("verdict_on"),
        day("feedback_on"),
        flag("excellent_share_confirmed"),
        day("closed_on"),
        text("note", LONG_TEXT),
        *_stamps(),
        stamp("deleted_at"),
        Column("participants", ColumnKind.INTEGER, low=0, high=100_000),  # 参加测评人数
    ),
    "review_entries": (
        key(),
        ref("round_id", "review_rounds", required=True),
        ref("member_id", "members", required=True),
        text("self_assessment", LONG_TEXT),
        text("peer_remarks", LONG_TEXT),
        *(count(f"votes_{g}") for g in ("excellent", "qualified", "basic", "unqualified")),
        code("proposed_grade", Grade),
        code("final_grade", Grade),
        text("opinion", LONG_TEXT),
        code("follow_up", ReviewFollowUp),
        text("follow_up_note", LONG_TEXT),
    ),
    "talks": (
        key(),
        day("held_on", required=True),
        Column("starts_at", ColumnKind.TIME),
        text("place", NAME),
        ref("talker_id", "members", required=True),
        text("talker_post", NAME),
        text("others_present", LINE),
        code("kind", TalkKind, required=True),
        text("topic", LINE, required=True),
        *(text(n, LONG_TEXT) for n in ("content", "problems", "suggestions", "follow_up")),
        *_stamps(),
        stamp("deleted_at"),
    ),
    "talk_counterparts": (
        key(),
        ref("talk_id", "talks", required=True),
        ref("member_id", "members"),
        text("name", NAME),
        text("role", NAME),
    ),
    "volunteer_activities": (
        key(),
        day("held_on", required=True),
        text("title", LINE, required=True),
        text("place", NAME),
        text("organiser", NAME),
        text("form", NAME),
        count("people_served"),
        text("description", LONG_TEXT),
        *_stamps(),
        stamp("deleted_at"),
    ),
    "volunteer_participants": (
        key(),
        ref("activity_id", "volunteer_activities", required=True),
        ref("member_id", "members"),
        text("name", NAME),
        hours("hours"),
    ),
    "trainings": (
        key(),
        day("starts_on", required=True),
        day("ends_on"),
        text("title", LINE, required=True),
        text("organiser", NAME),
        code("form", TrainingForm, required=True),
        hours("hours"),
        text("content", LONG_TEXT),
        *_stamps(),
        stamp("deleted_at"),
    ),
    "training_participants": (
        key(),
        ref("training_id", "trainings", required=True),
        ref("member_id", "members"),
        text("name", NAME),
        hours("hours"),
    ),
    "meetings": (
        key(),
        code("kind", MeetingKind, required=True),
        day("held_on", required=True),
        text("title", LINE),
        text("number", NAME),
        Column("start_time", ColumnKind.TIME),
        Column("end_time", ColumnKind.TIME),
        text("place", NAME),
        ref("host_id", "members"),
        text("host_name", NAME),
        text("host_post", NAME),
        ref("recorder_id", "members"),
        text("recorder_name", NAME),
        ref("group_id", "party_groups"),
        ref("lecturer_id", "members"),
        text("lecturer_name", NAME),
        text("topic", LINE),
        text("theme", LINE),
        code("form", ThemeDayForm),
        text("non_member_attendees", LINE),
        text("upper_attendees", LINE),
        *(text(n, LONG_TEXT) for n in ("studied", "minutes", "summary")),
        *_stamps(),
        stamp("deleted_at"),
    ),
    "meeting_attendance": (
        ref("meeting_id", "meetings", required=True),
        ref("member_id", "members", required=True),
        code("status", AttendanceStatus, required=True),
        text("reason", LINE),
    ),
    "meeting_agenda": (
        key(),
        ref("meeting_id", "meetings", required=True),
        count("position"),
        text("text", LONG_TEXT, required=True),
    ),
    "meeting_resolutions": (
        key(),
        ref("meeting_id", "meetings", required=True),
        count("position"),
        text("text", LONG_TEXT, required=True),
        count("votes_for"),
        count("votes_against"),
        count("abstentions"),
        # A 支部党员大会's decision on a person of the recruiting pipeline (发展党员).
        ref("recruit_id", "recruits"),
        code("recruit_step", (StepKind.ADMITTED, StepKind.CONVERTED, StepKind.EXTENDED)),
        count("extension_months", 12),
    ),
    "meeting_actions": (
        key(),
        ref("meeting_id", "meetings", required=True),
        count("position"),
        code("kind", ActionKind, required=True),
        text("item", LONG_TEXT, required=True),
        text("measure", LONG_TEXT),
        day("deadline"),
        text("owner", NAME),
        day("done_on"),
    ),
    "attachments": (
        key(),
        text("owner_type", NAME, required=True),  # a table above; checked with owner_id
        Column("owner_id", ColumnKind.INTEGER, True, low=1),
        Column("sha256", ColumnKind.TEXT, True, limit=64),
        text("original_name", LINE, required=True),
        text("caption", LINE),
        Column("size", ColumnKind.INTEGER, True, low=0),
        text("mime", NAME),
        stamp("added_at", required=True),
    ),
    "report_texts": (
        Column("year", ColumnKind.INTEGER, True, low=1921, high=2200),
        code("section", ReportSection, required=True),
        text("text", LONG_TEXT),
        stamp("updated_at", required=True),
        text("basis", LONG_TEXT),  # the draft an edit was written against (its figures)
    ),
    # 党费: amounts are whole 分 (fen); a payment names the months it covers.
    "dues_bases": (
        key(),
        ref("member_id", "members", required=True),
        day("applies_from", required=True),
        code("category", DuesCategory, required=True),
        Column("base_fen", ColumnKind.INTEGER, True, low=0, high=100_000_000),
        Column("manual_fen", ColumnKind.INTEGER, low=1, high=100_000_000),
        flag("quarterly"),
        text("note", LINE),
        *_stamps(),
        stamp("deleted_at"),
    ),
    "dues_payments": (
        key(),
        ref("member_id", "members", required=True),
        day("paid_on", required=True),
        Column("amount_fen", ColumnKind.INTEGER, True, low=1, high=100_000_000),
        code("method", PaymentMethod, required=True),
        text("collector", NAME),
        text("note", LINE),
        *_stamps(),
        stamp("deleted_at"),
    ),
    "dues_payment_months": (
        key(),
        ref("payment_id", "dues_payments", required=True),
        text("month", 7, required=True),  # YYYY-MM
    ),
    "dues_handovers": (
        key(),
        day("handed_on", required=True),
        Column("amount_fen", ColumnKind.INTEGER, True, low=1, high=1_000_000_000),
        text("period", NAME, required=True),
        text("receiver", NAME),
        text("note", LINE),
        *_stamps(),
        stamp("deleted_at"),
    ),
    # 发展党员: the people of the recruiting pipeline, their steps, the yearly plan.
    "recruits": (
        key(),
        text("name", NAME, required=True),
        day("applied_on", required=True),
        day("birth_date"),
        code("gender", Gender),
        text("ethnicity", NAME),
        text("id_number", NAME),
        code("education", Education),
        text("job", LINE),
        text("phone", NAME),
        Column("plan_year", ColumnKind.INTEGER, low=1921, high=2200),
        ref("member_id", "members"),
        flag("earlier_unknown"),
        flag("roster_binned"),
        text("note", LONG_TEXT),
        *_stamps(),
        stamp("deleted_at"),
    ),
    "recruit_steps": (
        key(),
        ref("recruit_id", "recruits", required=True),
        code("kind", StepKind, required=True),
        day("on_date", required=True),
        day("ends_on"),
        text("people", LINE),
        hours("days"),
        hours("hours"),
        count("months", 12),
        code("reason", LeaveReason),
        text("note", LONG_TEXT),
    ),
    "recruiting_plans": (
        Column("year", ColumnKind.INTEGER, True, low=1921, high=2200),
        count("planned", 10_000),
        text("note", LINE),
        stamp("updated_at", required=True),
    ),
    # The official calendar a notice's working days are counted by (seeded from a library).
    "official_days": (
        day("day", required=True),
        code("kind", DayKind, required=True),
        text("name", NAME),
        code("source", ("library", "user"), required=True),
    ),
    "compliance_rules": (
        text("id", NAME, required=True),
        count("position"),
        flag("is_default"),
        flag("enabled"),
        code("period", RulePeriod, required=True),
        Column("threshold", ColumnKind.INTEGER, True, low=1, high=1_000_000),
        code("subject", RuleSubject, required=True),
        code("scope", RuleScope, required=True),
        code("meeting_kind", MeetingKind),
        text("talk_pair", NAME),
        text("training_form", NAME),
        *(text(n, LINE) for n in ("name_zh", "name_en", "description_zh", "description_en")),
        text("basis", LINE),
        stamp("updated_at", required=True),
    ),
}

REQUIRED_VALUE = QT_TRANSLATE_NOOP("UserError", "is required")
NOT_TEXT = QT_TRANSLATE_NOOP("UserError", "{value} is not text")
NOT_UNICODE = QT_TRANSLATE_NOOP("UserError", "is not valid UTF-8 text")
TEXT_TOO_LONG = QT_TRANSLATE_NOOP("UserError", "is longer than {limit} characters")
NOT_ISO_DATE = QT_TRANSLATE_NOOP("UserError", "{value} is not a real date in YYYY-MM-DD form")
NOT_CLOCK = QT_TRANSLATE_NOOP("UserError", "{value} is not a time in HH:MM form")
NOT_STAMP = QT_TRANSLATE_NOOP("UserError", "{value} is not a date and time in ISO form")
UNKNOWN_CODE = QT_TRANSLATE_NOOP("UserError", "{value} is not one of the codes {codes}")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("UserError", "{value} is not a number")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("UserError", "{value} is not between {low} and {high}")
NOT_A_FLAG = QT_TRANSLATE_NOOP("UserError", "{value} is neither 0 nor 1")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_SHOWN = 40


def shown(value: object) -> str:
    """A value as a message quotes it: repr, clipped (a 50 MB text is not repeated)."""
    text_ = repr(value)
    return text_ if len(text_) <= _SHOWN else text_[:_SHOWN] + "…"


def value_problem(column: Column, value: object) -> tuple[str, dict[str, str]] | None:
    """What is wrong with *value* in *column* (message and its parameters), or None."""
    if value is None or (value == "" and column.kind is not ColumnKind.TEXT):
        return (REQUIRED_VALUE, {}) if column.required else None
    kind = column.kind
    if kind in (ColumnKind.TEXT, ColumnKind.DATE, ColumnKind.TIME, ColumnKind.STAMP):
        if not isinstance(value, str):
            return NOT_TEXT, {"value": shown(value)}
        if not _is_unicode(value):
            return NOT_UNICODE, {}
        return _text_problem(column, value)
    if kind is ColumnKind.CODE:
        if value not in column.codes:
            return UNKNOWN_CODE, {"value": shown(value), "codes": ", ".join(column.codes)}
        return None
    if kind is ColumnKind.FLAG:
        return (
            None
            if value in (0, 1) and not isinstance(value, float)
            else (
                NOT_A_FLAG,
                {"value": shown(value)},
            )
        )
    return _number_problem(column, value)


def _text_problem(column: Column, value: str) -> tuple[str, dict[str, str]] | None:
    kind = column.kind
    if kind is ColumnKind.TEXT:
        if column.required and not value.strip():
            return REQUIRED_VALUE, {}
        if len(value) > column.limit:
            return TEXT_TOO_LONG, {"limit": str(column.limit)}
        return None
    if kind is ColumnKind.DATE:
        return None if _is_date(value) else (NOT_ISO_DATE, {"value": shown(value)})
    if kind is ColumnKind.TIME:
        return None if _CLOCK.fullmatch(value) else (NOT_CLOCK, {"value": shown(value)})
    return None if _is_stamp(value) else (NOT_STAMP, {"value": shown(value)})


def _number_problem(column: Column, value: object) -> tuple[str, dict[str, str]] | None:
    whole = column.kind is not ColumnKind.NUMBER
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or (whole and not isinstance(value, int))
    ):
        return NOT_A_NUMBER, {"value": shown(value)}
    if isinstance(value, float) and not math.isfinite(value):
        return NOT_A_NUMBER, {"value": shown(value)}
    if not column.low <= value <= column.high:
        bounds = {"low": f"{column.low:g}", "high": f"{column.high:g}"}
        return OUT_OF_RANGE, {"value": shown(value), **bounds}
    return None


def _is_unicode(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (from JSON's \ud800)
        return False
    return True


def _is_date(value: str) -> bool:
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        return 1800 <= date.fromisoformat(value).year <= 2200
    except ValueError:
        return False


def _is_stamp(value: str) -> bool:
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def row_problems(table: str, row: Mapping[str, object]) -> list[Problem]:
    """Every structural problem of one row of *table*. A column the row lacks is not judged:
    an archive from an older schema has no such column, and the table's default fills it."""
    problems: list[Problem] = []
    for column in TABLES.get(table, ()):
        if column.name not in row:
            continue
        found = value_problem(column, row[column.name])
        if found is not None:
            problems.append(Problem(column.name, found[0], found[1]))
    return problems


def references(table: str) -> list[Column]:
    return [c for c in TABLES.get(table, ()) if c.kind is ColumnKind.REFERENCE]
