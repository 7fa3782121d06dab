"""Meetings of organisational life: 三会一课, 主题党日 and 组织生活会, in one model.

A meeting records facts that were typed (who hosted, who was present, what was decided);
everything that follows from the roster — who was due to attend, how many came, whether the
meeting was quorate, whether a resolution passed — is derived in `core.attendance`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from branchdesk.core.labels import register_labels, register_short_labels
from branchdesk.core.recruiting import StepKind


class MeetingKind(StrEnum):
    GENERAL = "general"  # 支部党员大会
    COMMITTEE = "committee"  # 支部委员会会议
    GROUP = "group"  # 党小组会
    LESSON = "lesson"  # 党课
    THEME_DAY = "theme_day"  # 主题党日
    ORG_LIFE = "org_life"  # 组织生活会


class ThemeDayForm(StrEnum):
    """What a theme day was about (条例 art. 16).

    Values are distinct from every other enum's: `core.labels` keys labels by value.
    """

    STUDY = "theme_study"  # 学习
    ORG_LIFE = "theme_org_life"  # 组织生活
    DELIBERATION = "theme_deliberation"  # 民主议事
    VOLUNTEER = "theme_volunteer"  # 志愿服务


class AttendanceStatus(StrEnum):
    PRESENT = "present"  # 出席
    LEAVE = "leave"  # 请假
    ABSENT = "absent"  # 缺席


class ActionKind(StrEnum):
    FOLLOW_UP = "follow_up"  # 后续任务
    RECTIFICATION = "rectification"  # 整改事项


register_labels(
    {
        MeetingKind.GENERAL: ("General meeting", "支部党员大会"),
        MeetingKind.COMMITTEE: ("Committee meeting", "支部委员会会议"),
        MeetingKind.GROUP: ("Party-group meeting", "党小组会"),
        MeetingKind.LESSON: ("Party lesson", "党课"),
        MeetingKind.THEME_DAY: ("Theme day", "主题党日"),
        MeetingKind.ORG_LIFE: ("Organisational-life meeting", "组织生活会"),
        ThemeDayForm.STUDY: ("Study", "学习"),
        ThemeDayForm.ORG_LIFE: ("Organisational life", "组织生活"),
        ThemeDayForm.DELIBERATION: ("Democratic deliberation", "民主议事"),
        ThemeDayForm.VOLUNTEER: ("Volunteer service", "志愿服务"),
        AttendanceStatus.PRESENT: ("Present", "出席"),
        AttendanceStatus.LEAVE: ("On leave", "请假"),
        AttendanceStatus.ABSENT: ("Absent", "缺席"),
        ActionKind.FOLLOW_UP: ("Follow-up task", "后续任务"),
        ActionKind.RECTIFICATION: ("Rectification item", "整改事项"),
    }
)
# Where space demands it (a rule's name in a gap text, a report table's column): glossary.
register_short_labels({MeetingKind.COMMITTEE: ("Committee meeting", "支委会")})


@dataclass(frozen=True)
class Attendance:
    """One member's attendance; a member of the expected list with no entry was not recorded."""

    member_id: int
    status: AttendanceStatus = AttendanceStatus.PRESENT
    reason: str = ""  # why on leave


@dataclass(frozen=True)
class Resolution:
    """A motion put to the vote (决议) and the tally (表决结果)."""

    text: str
    votes_for: int = 0
    votes_against: int = 0
    abstentions: int = 0
    # A 支部党员大会 resolution on one person of the recruiting pipeline: admit,
    # convert or extend. Passed, it is that person's step; the meeting is its one record.
    recruit_id: int | None = None
    recruit_step: StepKind | None = None
    extension_months: int = 0  # 延长预备期: 6–12

    @property
    def votes_cast(self) -> int:
        return self.votes_for + self.votes_against + self.abstentions

    def passes(self, voters_due: int) -> bool:
        """Yes votes must exceed half of the voting members due to attend (应到会), not of those
        present. Exactly half is not more than half."""
        return voters_due > 0 and self.votes_for * 2 > voters_due


@dataclass(frozen=True)
class ActionItem:
    """A follow-up task or a rectification item (整改事项: item, measure, deadline, owner)."""

    item: str
    measure: str = ""
    deadline: date | None = None
    owner: str = ""
    done_on: date | None = None
    kind: ActionKind = ActionKind.RECTIFICATION


@dataclass(frozen=True)
class Meeting:
    kind: MeetingKind
    held_on: date
    title: str
    number: str = ""  # the book's own numbering, e.g. 2026-03
    start_time: str = ""  # HH:MM
    end_time: str = ""  # HH:MM
    place: str = ""
    host_id: int | None = None  # a member, when the host is one
    host_name: str = ""  # always filled for printing; may be a non-member (upper level)
    host_post: str = ""
    recorder_id: int | None = None
    recorder_name: str = ""
    group_id: int | None = None  # party-group meetings
    lecturer_id: int | None = None  # lessons
    lecturer_name: str = ""
    topic: str = ""  # lessons
    theme: str = ""  # theme days
    form: ThemeDayForm | None = None  # theme days
    non_member_attendees: str = ""  # 列席人员
    upper_attendees: str = ""  # 上级参会人员
    agenda: tuple[str, ...] = ()
    studied: str = ""  # what was studied or relayed
    minutes: str = ""  # speakers' remarks
    resolutions: tuple[Resolution, ...] = ()
    summary: str = ""  # the host's summary
    actions: tuple[ActionItem, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    id: int | None = None

    def status_of(self, member_id: int) -> AttendanceStatus | None:
        entry = next((a for a in self.attendance if a.member_id == member_id), None)
        return entry.status if entry is not None else None

    @property
    def rectifications(self) -> tuple[ActionItem, ...]:
        return tuple(a for a in self.actions if a.kind == ActionKind.RECTIFICATION)

    @property
    def display_title(self) -> str:
        """The title, or the topic/theme a lesson or theme day is known by."""
        return self.title or self.topic or self.theme
