"""The shape of a compliance rule: what it counts, over which span, for whom, how many.

Every threshold is data the user can edit (rules.md: "never a constant buried in code").
A rule combines a *subject* (what is counted), a *scope* (for whom each obligation is
owed), a *period* and a *threshold*; local rules are new combinations of the same parts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from branchdesk.core.compliance.periods import RulePeriod
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import register_labels
from branchdesk.core.meetings import MeetingKind
from branchdesk.core.talks import PairType
from branchdesk.core.training import TrainingForm
from branchdesk.core.validation import FieldError, limit_text, require_text


class RuleSubject(StrEnum):
    MEETING = "meeting"  # meetings of `meeting_kind` held (or attended, per member)
    REVIEW = "review"  # democratic review rounds
    TALK = "talk"  # talks: of a pair type (branch) or taken part in (each member)
    TRAINING = "training"  # trainings of `training_form` taken part in
    STUDY_HOURS = "study_hours"  # study hours (学时) from trainings
    TERM_END = "term_end"  # the committee term ends within `threshold` months
    PROBATION_END = "probation_end"  # probation ends within `threshold` months
    # 党章 第九条 (issue 18): `threshold` consecutive months, as of a day, per member.
    DUES_UNPAID = "dues_unpaid"  # months of dues fallen due and not paid
    ORG_LIFE_ABSENT = "org_life_absent"  # months due at meetings and at none of them
    # Recruiting time limits (发展党员): each is one limit of the pipeline.
    RECRUIT_TALK = "recruit_talk"  # talk within `threshold` months of the application
    RECRUIT_ACTIVIST_TIME = "recruit_activist_time"  # activist ≥ `threshold` months
    RECRUIT_ASSESSMENT = "recruit_assessment"  # an activist assessed every `threshold` months
    RECRUIT_TRAINING = "recruit_training"  # candidate training ≥ `threshold` 学时
    RECRUIT_NOTICE = "recruit_notice"  # notice ≥ `threshold` working days
    RECRUIT_APPROVAL = "recruit_approval"  # upper-level approval within `threshold` months


RECRUIT_SUBJECTS = (
    RuleSubject.RECRUIT_TALK,
    RuleSubject.RECRUIT_ACTIVIST_TIME,
    RuleSubject.RECRUIT_ASSESSMENT,
    RuleSubject.RECRUIT_TRAINING,
    RuleSubject.RECRUIT_NOTICE,
    RuleSubject.RECRUIT_APPROVAL,
)


class RuleScope(StrEnum):
    BRANCH = "branch"  # once for the branch
    EACH_GROUP = "each_group"  # once per party group that exists in the span
    EACH_MEMBER = "each_member"  # once per member of the branch
    SECRETARY = "secretary"  # once, for the secretary in office
    COMMITTEE = "committee"  # once, only where a committee (≥3 seats) exists
    EACH_RECRUIT = "each_recruit"  # once per person in the recruiting pipeline


class Unit(StrEnum):
    COUNT = "count"
    HOURS = "hours"
    MONTHS = "months"  # warning rules: how far ahead to warn
    MONTHS_IN_A_ROW = "months_in_a_row"  # six-month rules: consecutive months
    LIMIT_MONTHS = "limit_months"  # recruiting: a time limit in months
    WORKING_DAYS = "working_days"  # recruiting: the notice's length


_ALLOWED_SCOPES: dict[RuleSubject, frozenset[RuleScope]] = {
    RuleSubject.MEETING: frozenset(RuleScope),
    RuleSubject.REVIEW: frozenset({RuleScope.BRANCH}),
    RuleSubject.TALK: frozenset({RuleScope.BRANCH, RuleScope.EACH_MEMBER, RuleScope.SECRETARY}),
    RuleSubject.TRAINING: frozenset({RuleScope.BRANCH, RuleScope.EACH_MEMBER, RuleScope.SECRETARY}),
    RuleSubject.STUDY_HOURS: frozenset({RuleScope.EACH_MEMBER, RuleScope.SECRETARY}),
    RuleSubject.TERM_END: frozenset({RuleScope.BRANCH}),
    RuleSubject.PROBATION_END: frozenset({RuleScope.EACH_MEMBER}),
    RuleSubject.DUES_UNPAID: frozenset({RuleScope.EACH_MEMBER}),
    RuleSubject.ORG_LIFE_ABSENT: frozenset({RuleScope.EACH_MEMBER}),
    **{subject: frozenset({RuleScope.EACH_RECRUIT}) for subject in RECRUIT_SUBJECTS},
}
SIX_MONTH_SUBJECTS = frozenset({RuleSubject.DUES_UNPAID, RuleSubject.ORG_LIFE_ABSENT})


@dataclass(frozen=True)
class Rule:
    id: str  # stable: defaults are `general_meeting`, …; local rules `local_<n>`
    subject: RuleSubject
    period: RulePeriod
    threshold: int  # meetings/talks/trainings, study hours, or months of warning
    scope: RuleScope
    name_zh: str  # short, used in gap texts: 支委会
    name_en: str
    description_zh: str
    description_en: str
    basis: str  # regulation and article, or "local rule"
    enabled: bool = True
    meeting_kind: MeetingKind | None = None  # MEETING rules
    talk_pair: PairType | None = None  # TALK rules at branch scope; None: any talk
    training_form: TrainingForm | None = None  # TRAINING rules; None: any form
    is_default: bool = False  # one of the shipped defaults (restorable)

    @property
    def unit(self) -> Unit:
        if self.subject in (RuleSubject.STUDY_HOURS, RuleSubject.RECRUIT_TRAINING):
            return Unit.HOURS
        if self.subject in (RuleSubject.TERM_END, RuleSubject.PROBATION_END):
            return Unit.MONTHS
        if self.subject in SIX_MONTH_SUBJECTS:
            return Unit.MONTHS_IN_A_ROW
        if self.subject == RuleSubject.RECRUIT_NOTICE:
            return Unit.WORKING_DAYS
        if self.subject in RECRUIT_SUBJECTS:
            return Unit.LIMIT_MONTHS
        return Unit.COUNT

    @property
    def is_warning(self) -> bool:
        """Rules judged from a day rather than counted within a span."""
        return self.unit in (Unit.MONTHS, Unit.MONTHS_IN_A_ROW)

    def with_changes(
        self,
        *,
        enabled: bool | None = None,
        threshold: int | None = None,
        period: RulePeriod | None = None,
    ) -> Rule:
        """The user's edits: enable or disable, change the threshold or the period."""
        return replace(
            self,
            enabled=self.enabled if enabled is None else enabled,
            threshold=self.threshold if threshold is None else threshold,
            period=self.period if period is None else period,
        )


SCOPE_NOT_ALLOWED = QT_TRANSLATE_NOOP("Validation", "This scope does not fit what is counted.")
MEETING_KIND_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Choose the kind of meeting.")
THRESHOLD_RANGE = QT_TRANSLATE_NOOP("Validation", "Use a whole number from 1 to {top}.")
BAD_RULE_ID = QT_TRANSLATE_NOOP("Validation", "Use lower-case letters, digits and underscores.")
DEFAULT_ID_TAKEN = QT_TRANSLATE_NOOP(
    "Validation", "This id belongs to a default rule; choose another."
)
MAX_THRESHOLD = {
    Unit.COUNT: 100,
    Unit.HOURS: 1000,
    Unit.MONTHS: 24,
    Unit.MONTHS_IN_A_ROW: 24,
    Unit.LIMIT_MONTHS: 24,
    Unit.WORKING_DAYS: 30,
}


def validate_rule(rule: Rule) -> list[FieldError]:
    errors: list[FieldError] = []
    if not rule.id or not all(c.islower() or c.isdigit() or c == "_" for c in rule.id):
        errors.append(FieldError("id", BAD_RULE_ID))
    require_text(errors, "name_zh", rule.name_zh, 30)
    limit_text(errors, "name_en", rule.name_en, 60)
    limit_text(errors, "description_zh", rule.description_zh, 200)
    limit_text(errors, "description_en", rule.description_en, 300)
    limit_text(errors, "basis", rule.basis, 200)
    if rule.scope not in _ALLOWED_SCOPES[rule.subject]:
        errors.append(FieldError("scope", SCOPE_NOT_ALLOWED))
    if rule.subject == RuleSubject.MEETING and rule.meeting_kind is None:
        errors.append(FieldError("meeting_kind", MEETING_KIND_REQUIRED))
    top = MAX_THRESHOLD[rule.unit]
    if not 1 <= rule.threshold <= top:
        errors.append(FieldError("threshold", THRESHOLD_RANGE, {"top": str(top)}))
    return errors


def allowed_scopes(subject: RuleSubject) -> frozenset[RuleScope]:
    return _ALLOWED_SCOPES[subject]


# One call per enum: StrEnum values that coincide (scope `committee`, meeting kind
# `committee`) would collapse into one key inside a single dict literal.
register_labels(
    {
        RulePeriod.MONTH: ("Month", "每月"),
        RulePeriod.QUARTER: ("Quarter", "每季度"),
        RulePeriod.YEAR: ("Year", "每年"),
    }
)
register_labels(
    {
        RuleScope.BRANCH: ("Branch", "支部"),
        RuleScope.EACH_GROUP: ("Each party group", "每个党小组"),
        RuleScope.EACH_MEMBER: ("Each member", "每名党员"),
        RuleScope.SECRETARY: ("Secretary", "书记"),
        RuleScope.COMMITTEE: ("Committee (where one exists)", "支委会（已设立时）"),
        RuleScope.EACH_RECRUIT: ("Each person in the pipeline", "发展党员程序中的每个人"),
    }
)
register_labels(
    {
        RuleSubject.MEETING: ("Meetings", "会议"),
        RuleSubject.REVIEW: ("Democratic review", "民主评议"),
        RuleSubject.TALK: ("Talks", "谈心谈话"),
        RuleSubject.TRAINING: ("Trainings", "培训"),
        RuleSubject.STUDY_HOURS: ("Study hours", "学时"),
        RuleSubject.TERM_END: ("Committee term end", "支委会任期届满"),
        RuleSubject.PROBATION_END: ("Probation end", "预备期届满"),
        RuleSubject.DUES_UNPAID: ("Dues unpaid", "未交纳党费"),
        RuleSubject.ORG_LIFE_ABSENT: ("No organisational life", "未参加组织生活"),
        RuleSubject.RECRUIT_TALK: ("Talk with an applicant", "与入党申请人谈话"),
        RuleSubject.RECRUIT_ACTIVIST_TIME: ("Time as an activist", "积极分子培养期"),
        RuleSubject.RECRUIT_ASSESSMENT: ("Activist assessment", "积极分子考察"),
        RuleSubject.RECRUIT_TRAINING: ("Candidate training", "发展对象集中培训"),
        RuleSubject.RECRUIT_NOTICE: ("Public notice", "发展公示"),
        RuleSubject.RECRUIT_APPROVAL: ("Upper-level approval", "上级党委审批"),
    }
)
register_labels(
    {
        Unit.COUNT: ("times", "次"),
        Unit.HOURS: ("hours", "学时"),
        Unit.MONTHS: ("months ahead", "个月前提醒"),
        Unit.MONTHS_IN_A_ROW: ("months in a row", "个月（连续）"),
        Unit.LIMIT_MONTHS: ("months", "个月"),
        Unit.WORKING_DAYS: ("working days", "个工作日"),
    }
)
