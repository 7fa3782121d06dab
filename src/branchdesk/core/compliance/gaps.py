"""The gap in words, in Chinese and English: what is still owed, for whom, by when.

These sentences reach the dashboard, the CLI and the report, so they name the rule, the
scope (group or member) and the span, and give counts rather than a bare "missing".
"""

from __future__ import annotations

from datetime import date

from branchdesk.core.compliance.periods import Span
from branchdesk.core.compliance.rules import Rule, RuleScope, RuleSubject, Unit
from branchdesk.core.meetings import MeetingKind

# The verb a secretary uses for each subject: meetings are 召开, lessons are 开展 …
_VERB_ZH = {
    RuleSubject.MEETING: "召开",
    RuleSubject.REVIEW: "开展",
    RuleSubject.TALK: "开展",
    RuleSubject.TRAINING: "参加",
    RuleSubject.STUDY_HOURS: "完成",
}
_HELD_BY_MEMBER_ZH = "参加"  # what a member does with a meeting or a talk
_VERB_ZH_KIND = {MeetingKind.LESSON: "开展", MeetingKind.THEME_DAY: "开展"}
_VERB_EN = {
    RuleSubject.MEETING: "held",
    RuleSubject.REVIEW: "held",
    RuleSubject.TALK: "held",
    RuleSubject.TRAINING: "attended",
    RuleSubject.STUDY_HOURS: "completed",
}


def zh_date(day: date) -> str:
    """Dates as official documents write them: 2026年1月5日, no leading zeros."""
    return f"{day.year}年{day.month}月{day.day}日"


def with_subject(name: str, subject_name: str, language: str) -> str:
    """A rule's name with whom it is for: 党小组会（第一党小组）; a name that has its own
    brackets (第一党小组（软件行业协会）) is joined with · rather than nested in more."""
    if not subject_name:
        return name
    if language != "zh":
        return f"{name} ({subject_name})"
    return f"{name}·{subject_name}" if "（" in subject_name else f"{name}（{subject_name}）"


def _who(rule: Rule, subject_name: str, language: str) -> str:
    return with_subject(rule.name_zh if language == "zh" else rule.name_en, subject_name, language)


def _verb_zh(rule: Rule) -> str:
    if rule.scope == RuleScope.EACH_MEMBER and rule.subject in (
        RuleSubject.MEETING,
        RuleSubject.TALK,
    ):
        return _HELD_BY_MEMBER_ZH
    if rule.meeting_kind is not None and rule.meeting_kind in _VERB_ZH_KIND:
        return _VERB_ZH_KIND[rule.meeting_kind]
    return _VERB_ZH[rule.subject]


def _amount(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def count_gap(
    rule: Rule, span: Span, due: int, done: float, subject_name: str = ""
) -> tuple[str, str]:
    """The gap of a counting rule; ("", "") when nothing is owed."""
    if done >= due:
        return "", ""
    zh_who, en_who = _who(rule, subject_name, "zh"), _who(rule, subject_name, "en")
    verb_zh, verb_en = _verb_zh(rule), _VERB_EN[rule.subject]
    if rule.unit == Unit.HOURS:
        short = _amount(due - done)
        return (
            f"{zh_who}：{span.label('zh')}应{verb_zh}{_amount(due)}学时，"
            f"已{verb_zh}{_amount(done)}学时，差{short}学时",
            f"{en_who}: {_amount(done)} of {_amount(due)} hours {verb_en} in "
            f"{span.label('en')}, {short} short",
        )
    if done == 0:
        return (
            f"{zh_who}：{span.label('zh')}尚未{verb_zh}",
            f"{en_who}: none {verb_en} in {span.label('en')}"
            + ("" if due == 1 else f" ({_amount(due)} due)"),
        )
    return (
        f"{zh_who}：{span.label('zh')}应{verb_zh}{_amount(due)}次，已{verb_zh}{_amount(done)}次",
        f"{en_who}: {_amount(done)} of {_amount(due)} {verb_en} in {span.label('en')}",
    )


def part_year_note(span: Span, present_days: int, due: int) -> tuple[str, str]:
    return (
        f"（{span.label('zh')}在册{present_days}天，按比例应完成{due}学时）",
        f" (a member for {present_days} of {span.days} days: {due} hours due in proportion)",
    )


def tracked_part_note(span: Span, first: date, days: int, due: int) -> tuple[str, str]:
    return (
        f"（自{zh_date(first)}开始使用本软件记录，{span.label('zh')}按{days}天计，"
        f"按比例应完成{due}学时）",
        f" (records kept here from {first.isoformat()}: {days} of {span.days} days, "
        f"{due} hours due in proportion)",
    )


def review_gap(
    rule: Rule, span: Span, graded: int, to_grade: int, steps_dated: bool
) -> tuple[str, str]:
    """A round begun but not finished: how many are graded, and whether steps lack dates."""
    zh = f"{rule.name_zh}：{span.label('zh')}应评定{to_grade}名、已评定{graded}名"
    en = f"{rule.name_en}: {graded} of {to_grade} members graded in {span.label('en')}"
    if not steps_dated:
        zh += "，尚有步骤未填写日期"
        en += "; some steps have no date"
    return zh, en


def not_evaluable_gap(rule: Rule) -> tuple[str, str]:
    return (
        f"{rule.name_zh}：尚未记录此类台账，无法评估",
        f"{rule.name_en}: these records are not kept yet, so this cannot be checked",
    )


def not_applicable_gap(rule: Rule, reason: str) -> tuple[str, str]:
    texts = {
        "no_committee": ("未设立支委会，不适用", "no committee in this period; does not apply"),
        "no_group": ("未设立党小组，不适用", "no party group in this period; does not apply"),
        "no_secretary": ("未记录书记，无法确定", "no secretary is recorded for this period"),
        "no_member": ("期内无在册党员", "no member in this period"),
        "no_term": ("未记录支委会届次", "no committee term is recorded"),
        "before_tracking": (
            "开始使用本软件记录之前，不评估",
            "before the branch began keeping its records here; not judged",
        ),
    }
    zh, en = texts[reason]
    return f"{rule.name_zh}：{zh}", f"{rule.name_en}: {en}"


def term_gap(ends_on: date, ended: bool) -> tuple[str, str]:
    if ended:
        return (
            f"支委会任期已于{zh_date(ends_on)}届满，尚未换届",
            f"The committee term ended on {ends_on.isoformat()}; no new term is recorded",
        )
    return (
        f"支委会任期将于{zh_date(ends_on)}届满，请做好换届准备",
        f"The committee term ends on {ends_on.isoformat()}: prepare the election",
    )


def probation_gap(name: str, ends_on: date, ended: bool, extended: bool) -> tuple[str, str]:
    zh_ext = "（含延长预备期）" if extended else ""
    en_ext = " (extended)" if extended else ""
    if ended:
        return (
            f"预备党员{name}预备期{zh_ext}已于{zh_date(ends_on)}届满，尚未讨论转正",
            f"{name}'s probation{en_ext} ended on {ends_on.isoformat()}; not yet converted",
        )
    return (
        f"预备党员{name}预备期{zh_ext}将于{zh_date(ends_on)}届满，请准备讨论转正",
        f"{name}'s probation{en_ext} ends on {ends_on.isoformat()}: prepare the conversion vote",
    )
