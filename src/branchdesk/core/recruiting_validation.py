"""What a person in the pipeline must satisfy before being saved, and limits broken.

Refused: an applicant under 18 on the application date (党章 第一条), steps out of order,
a candidate decided less than the activist period after the activist decision (细则
第十三条), a second extension or one outside 6–12 months (细则 第三十四条). A limit that was
missed in fact (a late talk, a short notice) is not refused — the record says what
happened — but `breaches` names it on the person's timeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from branchdesk.core.compliance.periods import add_months
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import label
from branchdesk.core.members import (
    BEFORE_FOUNDING,
    MIN_JOINING_AGE,
    PARTY_FOUNDED,
    age_on,
    phone_errors,
    validate_id_number,
)
from branchdesk.core.recruiting import STAGE_AFTER, Recruit, Stage, StepKind
from branchdesk.core.recruiting_limits import (
    RecruitingLimits,
    notice_workdays,
    probation_ends,
)
from branchdesk.core.validation import FieldError, limit_text, not_in_future, require_text
from branchdesk.core.workdays import WorkCalendar

EXTENSION_MIN_MONTHS, EXTENSION_MAX_MONTHS = 6, 12

APPLICANT_TOO_YOUNG = QT_TRANSLATE_NOOP(
    "Validation", "An applicant must be at least 18 on the application date; born {birth}."
)
BIRTH_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "Required: the age limit (18) is checked on the application date."
)
STEP_BEFORE_APPLICATION = QT_TRANSLATE_NOOP(
    "Validation", "{step} ({day}) cannot precede the application ({applied})."
)
STEP_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "{step} ({day}) is later than today ({today}).")
STEP_ENDS_BEFORE = QT_TRANSLATE_NOOP("Validation", "{step} ends before it starts.")
STEP_OUT_OF_ORDER = QT_TRANSLATE_NOOP("Validation", "{step} ({day}) needs the stage {stage} first.")
CANDIDATE_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Validation",
    "A candidate is decided at least {months} months after becoming an activist: "
    "not before {earliest}.",
)
EXTENDED_TWICE = QT_TRANSLATE_NOOP("Validation", "Probation can be extended only once.")
EXTENSION_LENGTH = QT_TRANSLATE_NOOP("Validation", "An extension lasts 6 to 12 months.")
LEAVING_REASON = QT_TRANSLATE_NOOP("Validation", "Say why the person left the pipeline.")

# The stage a step needs to have been reached (the step that opens it comes first).
_NEEDS: dict[StepKind, Stage] = {
    StepKind.CANDIDATE: Stage.ACTIVIST,
    StepKind.ADMITTED: Stage.CANDIDATE,
    StepKind.CONVERTED: Stage.PROBATIONARY_RECRUIT,
    StepKind.EXTENDED: Stage.PROBATIONARY_RECRUIT,
    StepKind.CANCELLED: Stage.PROBATIONARY_RECRUIT,
}


def validate_recruit(recruit: Recruit, today: date, limits: RecruitingLimits) -> list[FieldError]:
    errors: list[FieldError] = []
    require_text(errors, "name", recruit.name, 50)
    limit_text(errors, "ethnicity", recruit.ethnicity, 20)
    limit_text(errors, "job", recruit.job, 100)
    limit_text(errors, "note", recruit.note, 2000)
    not_in_future(errors, "applied_on", recruit.applied_on, today)
    not_in_future(errors, "birth_date", recruit.birth_date, today)
    if recruit.applied_on < PARTY_FOUNDED:
        errors.append(FieldError("applied_on", BEFORE_FOUNDING))
    if recruit.birth_date is None:
        if not recruit.earlier_unknown:
            errors.append(FieldError("birth_date", BIRTH_REQUIRED))
    elif age_on(recruit.birth_date, recruit.applied_on) < MIN_JOINING_AGE:
        errors.append(
            FieldError("applied_on", APPLICANT_TOO_YOUNG, {"birth": recruit.birth_date.isoformat()})
        )
    errors.extend(validate_id_number(recruit.id_number, recruit.birth_date))
    errors.extend(phone_errors(recruit.phone))
    errors.extend(_step_errors(recruit, today, limits))
    return errors


def _step_errors(recruit: Recruit, today: date, limits: RecruitingLimits) -> list[FieldError]:
    errors: list[FieldError] = []
    reached = Stage.APPLICANT
    for step in recruit.ordered_steps():
        what = {"step": label(step.kind, "zh"), "day": step.on.isoformat()}  # the UI is Chinese
        if step.on < recruit.applied_on:
            errors.append(
                FieldError(
                    "steps",
                    STEP_BEFORE_APPLICATION,
                    {**what, "applied": recruit.applied_on.isoformat()},
                )
            )
        if step.on > today:
            errors.append(FieldError("steps", STEP_IN_FUTURE, {**what, "today": today.isoformat()}))
        if step.ends_on is not None and step.ends_on < step.on:
            errors.append(FieldError("steps", STEP_ENDS_BEFORE, what))
        needed = _NEEDS.get(step.kind)
        if needed is not None and reached != needed and not _unrecorded(recruit, step.kind):
            errors.append(
                FieldError("steps", STEP_OUT_OF_ORDER, {**what, "stage": label(needed, "zh")})
            )
        if step.kind == StepKind.LEFT and step.reason is None:
            errors.append(FieldError("steps", LEAVING_REASON))
        if step.kind == StepKind.EXTENDED and not (
            EXTENSION_MIN_MONTHS <= step.months <= EXTENSION_MAX_MONTHS
        ):
            errors.append(FieldError("steps", EXTENSION_LENGTH))
        reached = STAGE_AFTER.get(step.kind, reached)
    if len(recruit.steps_of(StepKind.EXTENDED)) > 1:
        errors.append(FieldError("steps", EXTENDED_TWICE))
    errors.extend(_candidate_too_early(recruit, limits))
    return errors


def _unrecorded(recruit: Recruit, kind: StepKind) -> bool:
    """A member brought in from the roster was admitted before the pipeline was kept."""
    return recruit.earlier_unknown and kind == StepKind.ADMITTED


def _candidate_too_early(recruit: Recruit, limits: RecruitingLimits) -> list[FieldError]:
    activist, candidate = recruit.last(StepKind.ACTIVIST), recruit.last(StepKind.CANDIDATE)
    if activist is None or candidate is None or "activist" not in limits.enabled:
        return []
    earliest = add_months(activist.on, limits.activist_months)
    if candidate.on >= earliest:
        return []
    params = {"months": str(limits.activist_months), "earliest": earliest.isoformat()}
    return [FieldError("steps", CANDIDATE_TOO_EARLY, params)]


@dataclass(frozen=True)
class Breach:
    """A time limit missed in fact, in the secretary's words."""

    limit: str
    text_zh: str


def breaches(
    recruit: Recruit, limits: RecruitingLimits, calendar: WorkCalendar, today: date
) -> list[Breach]:
    found: list[Breach] = []
    talk = recruit.last(StepKind.TALK)
    due = add_months(recruit.applied_on, limits.talk_months)
    if "talk" in limits.enabled and talk is not None and talk.on > due:
        found.append(Breach("talk", f"谈话晚于申请后{limits.talk_months}个月（应于{due}前）"))
    days = notice_workdays(recruit, calendar)
    if "notice" in limits.enabled and 0 < days < limits.notice_workdays:
        found.append(
            Breach("notice", f"公示仅{days}个工作日，不足{limits.notice_workdays}个工作日")
        )
    notice = recruit.last(StepKind.NOTICE)
    if "notice" in limits.enabled and notice is not None and notice.ends_on is not None:
        unknown = calendar.unknown_years(notice.on, notice.ends_on)
        if unknown:  # a count by weekends alone may be wrong: say so rather than trust it
            years = "、".join(f"{y}年" for y in unknown)
            found.append(
                Breach(
                    "notice",
                    f"公示期内{years}的法定节假日安排尚未录入（设置 → 法定节假日），"
                    f"工作日暂按周末计算，请录入后核对",
                )
            )
    admitted, approved = recruit.admitted_on, recruit.last(StepKind.APPROVED)
    if admitted is not None and approved is not None and "approval" in limits.enabled:
        limit = add_months(admitted, limits.approval_months)
        if approved.on > limit:
            found.append(
                Breach(
                    "approval",
                    f"上级党委审批晚于支部大会后{limits.approval_months}个月（应于{limit}前）",
                )
            )
    ends, converted = probation_ends(recruit), recruit.last(StepKind.CONVERTED)
    if ends is not None and converted is None and ends < today:
        found.append(Breach("conversion", f"预备期已于{ends}届满，尚未讨论转正"))
    return found
