"""People in the recruiting pipeline (发展党员) and the dated steps of their way in.

《中国共产党发展党员工作细则》(2014): 入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员.
A person's stage is never typed: it follows from the steps recorded. Steps decided by a
支部党员大会 (admission, conversion, extension) come from the meeting's resolution, so the
meeting stays the one record of the vote (`meeting_id` names it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cached_property

from branchdesk.core.enums import Education, Gender
from branchdesk.core.labels import register_labels


class Stage(StrEnum):
    APPLICANT = "applicant"  # 入党申请人
    ACTIVIST = "activist"  # 入党积极分子
    CANDIDATE = "candidate"  # 发展对象
    PROBATIONARY_RECRUIT = "probationary_recruit"  # 预备党员 (distinct from MemberStatus)
    FULL_RECRUIT = "full_recruit"  # 正式党员
    CANCELLED = "cancelled"  # 取消预备党员资格
    LEFT = "left_pipeline"  # withdrew, moved away, not accepted


ACTIVE_STAGES = (Stage.APPLICANT, Stage.ACTIVIST, Stage.CANDIDATE, Stage.PROBATIONARY_RECRUIT)


class StepKind(StrEnum):
    TALK = "recruit_talk"  # 谈话 (within a month of the application)
    ACTIVIST = "recruit_activist"  # 推荐和确定入党积极分子
    MENTORS = "recruit_mentors"  # 确定培养联系人 (1–2)
    THOUGHT_REPORT = "recruit_thought_report"  # 思想汇报
    ASSESSMENT = "recruit_assessment"  # 培养考察 (half-yearly)
    CANDIDATE = "recruit_candidate"  # 确定发展对象
    INTRODUCERS = "recruit_introducers"  # 入党介绍人 (2)
    POLITICAL_CHECK = "recruit_political_check"  # 政治审查
    TRAINING = "recruit_training"  # 集中培训 (≥3 days or 24 学时)
    NOTICE = "recruit_notice"  # 公示 (≥5 working days)
    PRE_REVIEW = "recruit_pre_review"  # 上级党委预审
    ADMITTED = "recruit_admitted"  # 支部党员大会讨论接收预备党员
    UPPER_TALK = "recruit_upper_talk"  # 上级党委派人谈话
    APPROVED = "recruit_approved"  # 上级党委审批
    OATH = "recruit_oath"  # 入党宣誓
    PROBATION_ASSESSMENT = "recruit_probation_assessment"  # 预备期考察
    CONVERTED = "recruit_converted"  # 支部党员大会讨论转正
    CONVERSION_APPROVED = "recruit_conversion_approved"  # 转正审批
    EXTENDED = "recruit_extended"  # 延长预备期 (6–12 months, once)
    CANCELLED = "recruit_cancelled"  # 取消预备党员资格
    LEFT = "recruit_left"  # left the pipeline, with its reason


# The stage a step moves a person into; other steps happen within a stage.
STAGE_AFTER: dict[StepKind, Stage] = {
    StepKind.ACTIVIST: Stage.ACTIVIST,
    StepKind.CANDIDATE: Stage.CANDIDATE,
    StepKind.ADMITTED: Stage.PROBATIONARY_RECRUIT,
    StepKind.CONVERTED: Stage.FULL_RECRUIT,
    StepKind.CANCELLED: Stage.CANCELLED,
    StepKind.LEFT: Stage.LEFT,
}

# Steps a 支部党员大会 resolution records (the meeting is their one record).
MEETING_STEPS = (StepKind.ADMITTED, StepKind.CONVERTED, StepKind.EXTENDED)


class LeaveReason(StrEnum):
    WITHDREW = "withdrew"  # 本人撤回申请
    MOVED_AWAY = "moved_away"  # 工作调动、离开本单位
    NOT_ACCEPTED = "not_accepted"  # 未被接收
    OTHER_REASON = "other_reason"


register_labels(
    {
        Stage.APPLICANT: ("Applicant", "入党申请人"),
        Stage.ACTIVIST: ("Activist", "入党积极分子"),
        Stage.CANDIDATE: ("Candidate", "发展对象"),
        Stage.PROBATIONARY_RECRUIT: ("Probationary member", "预备党员"),
        Stage.FULL_RECRUIT: ("Full member", "正式党员"),
        Stage.CANCELLED: ("Probation cancelled", "取消预备党员资格"),
        Stage.LEFT: ("Left the pipeline", "已退出"),
    }
)
register_labels(
    {
        StepKind.TALK: ("Talk with the applicant", "谈话"),
        StepKind.ACTIVIST: ("Made an activist", "确定入党积极分子"),
        StepKind.MENTORS: ("Mentors assigned", "确定培养联系人"),
        StepKind.THOUGHT_REPORT: ("Thought report", "思想汇报"),
        StepKind.ASSESSMENT: ("Assessment", "培养考察"),
        StepKind.CANDIDATE: ("Made a candidate", "确定发展对象"),
        StepKind.INTRODUCERS: ("Introducers", "确定入党介绍人"),
        StepKind.POLITICAL_CHECK: ("Political check", "政治审查"),
        StepKind.TRAINING: ("Centralised training", "集中培训"),
        StepKind.NOTICE: ("Public notice", "公示"),
        StepKind.PRE_REVIEW: ("Upper-level pre-review", "预审"),
        StepKind.ADMITTED: ("Admitted by the general meeting", "支部大会接收预备党员"),
        StepKind.UPPER_TALK: ("Upper-level talk", "上级党委谈话"),
        StepKind.APPROVED: ("Approved", "上级党委审批"),
        StepKind.OATH: ("Oath", "入党宣誓"),
        StepKind.PROBATION_ASSESSMENT: ("Probation assessment", "预备期考察"),
        StepKind.CONVERTED: ("Conversion passed", "支部大会讨论转正"),
        StepKind.CONVERSION_APPROVED: ("Conversion approved", "转正审批"),
        StepKind.EXTENDED: ("Probation extended", "延长预备期"),
        StepKind.CANCELLED: ("Probation cancelled", "取消预备党员资格"),
        StepKind.LEFT: ("Left the pipeline", "退出发展程序"),
    }
)
register_labels(
    {
        LeaveReason.WITHDREW: ("Withdrew", "本人撤回申请"),
        LeaveReason.MOVED_AWAY: ("Moved away", "调离本单位"),
        LeaveReason.NOT_ACCEPTED: ("Not accepted", "未被接收"),
        LeaveReason.OTHER_REASON: ("Other reason", "其他原因"),
    }
)


@dataclass(frozen=True)
class RecruitStep:
    kind: StepKind
    on: date
    ends_on: date | None = None  # a notice's last day, a training's last day
    people: str = ""  # who took part: talker, mentors, introducers (names, 、-separated)
    days: float = 0  # training
    hours: float = 0  # training (学时)
    months: int = 0  # extension
    reason: LeaveReason | None = None  # leaving the pipeline
    note: str = ""  # conclusion, objections to a notice, the cancellation's reason …
    meeting_id: int | None = None  # set on steps a general meeting's resolution records
    id: int | None = None

    @property
    def from_meeting(self) -> bool:
        return self.meeting_id is not None


@dataclass(frozen=True)
class Recruit:
    name: str
    applied_on: date  # 递交入党申请书
    birth_date: date | None = None
    gender: Gender | None = None
    ethnicity: str = ""
    id_number: str = ""
    education: Education | None = None
    job: str = ""  # job and organisation
    phone: str = ""
    plan_year: int | None = None  # the year's 发展计划 the person belongs to
    member_id: int | None = None  # the roster member, once admitted
    # Brought in from the roster as a probationary member: the steps before admission were
    # never recorded here (the application date is then the joining date).
    earlier_unknown: bool = False
    note: str = ""
    steps: tuple[RecruitStep, ...] = ()
    id: int | None = None

    def ordered_steps(self) -> list[RecruitStep]:
        return list(self._ordered)

    @cached_property
    def _ordered(self) -> tuple[RecruitStep, ...]:
        # Sorted once per (immutable) record: the stage and each step asked for sort again,
        # thousands of times when the 概览 judges every person's next step.
        return tuple(sorted(self.steps, key=lambda s: (s.on, _ORDER[s.kind])))

    def steps_of(self, kind: StepKind) -> list[RecruitStep]:
        return [s for s in self.ordered_steps() if s.kind == kind]

    def last(self, kind: StepKind) -> RecruitStep | None:
        found = self.steps_of(kind)
        return found[-1] if found else None

    @property
    def stage(self) -> Stage:
        stage = Stage.APPLICANT
        for step in self.ordered_steps():
            stage = STAGE_AFTER.get(step.kind, stage)
        return stage

    @property
    def admitted_on(self) -> date | None:
        step = self.last(StepKind.ADMITTED)
        return step.on if step is not None else None

    @property
    def extension_months(self) -> int:
        return sum(s.months for s in self.steps_of(StepKind.EXTENDED))


_ORDER = {kind: position for position, kind in enumerate(StepKind)}


@dataclass(frozen=True)
class RecruitingPlan:
    """The year's 发展党员计划, set with the upper committee: how many, and whom (the
    people whose `plan_year` is the year)."""

    year: int
    planned: int
    note: str = ""
