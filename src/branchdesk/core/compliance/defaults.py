"""The default rule set of shared/domain/rules.md, as data the user may edit or restore."""

from __future__ import annotations

from branchdesk.core.compliance.periods import RulePeriod
from branchdesk.core.compliance.rules import Rule, RuleScope, RuleSubject
from branchdesk.core.labels import label, short_label
from branchdesk.core.meetings import MeetingKind
from branchdesk.core.talks import PairType
from branchdesk.core.training import TrainingForm

_M = RuleSubject.MEETING
TIAOLI = "《中国共产党支部工作条例（试行）》"
JIAOYU = "《中国共产党党员教育管理工作条例》"
LOCAL = "local rule"
CONSTITUTION = "《中国共产党章程》"
DUES = "《关于中国共产党党费收缴、使用和管理的规定》"
XIZE = "《中国共产党发展党员工作细则》"


def _meeting(
    rule_id: str,
    kind: MeetingKind,
    period: RulePeriod,
    scope: RuleScope,
    names: tuple[str, str],
    descriptions: tuple[str, str],
    basis: str,
) -> Rule:
    return Rule(
        rule_id, _M, period, 1, scope, *names, *descriptions, basis,
        meeting_kind=kind, is_default=True,
    )  # fmt: skip


def _named(kind: MeetingKind) -> tuple[str, str]:
    """A rule's name is short: it heads every gap text (支委会：2025年11月尚未召开)."""
    return short_label(kind), short_label(kind, "en")


def _talk(pair: PairType, en: str) -> Rule:
    zh = label(pair)
    return Rule(
        f"talk_{pair.value}",
        RuleSubject.TALK,
        RulePeriod.YEAR,
        1,
        RuleScope.BRANCH,
        f"谈心谈话（{zh}）",
        f"Talks ({en})",
        f"{zh}谈心谈话每年至少1次",
        f"At least one talk a year {en.lower()}",
        f"{TIAOLI}第十九条",
        talk_pair=pair,
        is_default=True,
    )


def _recruit(
    rule_id: str,
    subject: RuleSubject,
    threshold: int,
    names: tuple[str, str],
    descriptions: tuple[str, str],
    basis: str,
) -> Rule:
    return Rule(
        rule_id, subject, RulePeriod.YEAR, threshold, RuleScope.EACH_RECRUIT, *names,
        *descriptions, basis, is_default=True,
    )  # fmt: skip


DEFAULT_RULES: tuple[Rule, ...] = (
    _meeting(
        "general_meeting", MeetingKind.GENERAL, RulePeriod.QUARTER, RuleScope.BRANCH,
        _named(MeetingKind.GENERAL),
        ("支部党员大会每季度至少召开1次", "A general meeting at least once a quarter"),
        f"{TIAOLI}第十一条",
    ),
    _meeting(
        "committee_meeting", MeetingKind.COMMITTEE, RulePeriod.MONTH, RuleScope.COMMITTEE,
        _named(MeetingKind.COMMITTEE),
        ("设立支委会的，支委会每月至少召开1次", "Where a committee exists, it meets monthly"),
        f"{TIAOLI}第十二条",
    ),
    _meeting(
        "group_meeting", MeetingKind.GROUP, RulePeriod.MONTH, RuleScope.EACH_GROUP,
        _named(MeetingKind.GROUP),
        ("每个党小组每月至少召开1次党小组会（新设党小组自设立之月起）",
         "Each party group meets at least monthly (a new group from the month it is created)"),
        f"{TIAOLI}第十三条",
    ),
    _meeting(
        "lesson", MeetingKind.LESSON, RulePeriod.QUARTER, RuleScope.BRANCH,
        _named(MeetingKind.LESSON),
        ("每季度至少上1次党课", "At least one party lesson a quarter"),
        LOCAL,
    ),
    _meeting(
        "secretary_lesson", MeetingKind.LESSON, RulePeriod.YEAR, RuleScope.SECRETARY,
        ("书记讲党课", "Secretary's lesson"),
        ("书记每年至少讲1次党课", "The secretary gives at least one lesson a year"),
        LOCAL,
    ),
    _meeting(
        "theme_day", MeetingKind.THEME_DAY, RulePeriod.MONTH, RuleScope.BRANCH,
        _named(MeetingKind.THEME_DAY),
        ("每月至少开展1次主题党日", "A theme day at least once a month"),
        f"{TIAOLI}第十六条",
    ),
    _meeting(
        "org_life_meeting", MeetingKind.ORG_LIFE, RulePeriod.YEAR, RuleScope.BRANCH,
        _named(MeetingKind.ORG_LIFE),
        ("每年至少召开1次组织生活会", "An organisational-life meeting at least once a year"),
        f"{JIAOYU}第十七条",
    ),
    Rule(
        "democratic_review", RuleSubject.REVIEW, RulePeriod.YEAR, 1, RuleScope.BRANCH,
        "民主评议党员", "Democratic review",
        "每年开展1次民主评议党员", "A democratic review of members once a year",
        f"{JIAOYU}第十八条", is_default=True,
    ),
    _talk(PairType.COMMITTEE_COMMITTEE, "Between committee members"),
    _talk(PairType.COMMITTEE_MEMBER, "Between committee members and members"),
    _talk(PairType.MEMBER_MEMBER, "Between members"),
    Rule(
        "talk_each_member", RuleSubject.TALK, RulePeriod.YEAR, 1, RuleScope.EACH_MEMBER,
        "谈心谈话", "Talks",
        "每名党员每年至少参加1次谈心谈话", "Every member takes part in at least one talk a year",
        f"{TIAOLI}第十九条", is_default=True,
    ),
    Rule(
        "study_hours", RuleSubject.STUDY_HOURS, RulePeriod.YEAR, 32, RuleScope.EACH_MEMBER,
        "学时", "Study hours",
        "每名党员每年学习不少于32学时（年内部分时间在册的按比例计算，向上取整）",
        "At least 32 study hours per member a year (in proportion, rounded up, for part of a year)",
        f"{JIAOYU}第二十条", is_default=True,
    ),
    Rule(
        "secretary_training", RuleSubject.TRAINING, RulePeriod.YEAR, 1, RuleScope.SECRETARY,
        "书记集中培训", "Secretary's centralised training",
        "书记每年至少参加1次集中培训", "The secretary attends a centralised training yearly",
        LOCAL, training_form=TrainingForm.CENTRALISED, is_default=True,
    ),
    Rule(
        "committee_term", RuleSubject.TERM_END, RulePeriod.YEAR, 6, RuleScope.BRANCH,
        "支委会换届", "Committee election",
        "支委会任期届满前6个月提醒换届；届满未换届的列为逾期",
        "Warn 6 months before the committee term ends; overdue once it has ended",
        "中办《关于党的基层组织任期的意见》(2018)", is_default=True,
    ),
    Rule(
        "probation_end", RuleSubject.PROBATION_END, RulePeriod.YEAR, 1, RuleScope.EACH_MEMBER,
        "预备党员转正", "Probation end",
        "预备期（1年，含延长期）届满前1个月提醒；届满未转正的列为逾期",
        "Warn a month before probation (1 year plus extensions) ends; overdue once it has ended",
        f"{XIZE}第三十四条", is_default=True,
    ),
    # The recruiting pipeline's time limits, each editable with its citation.
    _recruit(
        "recruit_talk", RuleSubject.RECRUIT_TALK, 1, ("入党申请人谈话", "Applicant talk"),
        ("收到入党申请书后1个月内派人同入党申请人谈话",
         "Talk with an applicant within a month of the application"),
        f"{XIZE}第七条",
    ),
    _recruit(
        "recruit_activist_time", RuleSubject.RECRUIT_ACTIVIST_TIME, 12,
        ("积极分子培养期", "Activist period"),
        ("经过1年以上培养教育和考察，方可列为发展对象",
         "At least a year as an activist before becoming a candidate"),
        f"{XIZE}第十三条",
    ),
    _recruit(
        "recruit_assessment", RuleSubject.RECRUIT_ASSESSMENT, 6,
        ("积极分子考察", "Activist assessment"),
        ("每半年对入党积极分子进行一次考察", "Assess each activist every six months"),
        f"{XIZE}第十一条",
    ),
    _recruit(
        "recruit_training", RuleSubject.RECRUIT_TRAINING, 24,
        ("发展对象集中培训", "Candidate training"),
        ("发展对象集中培训不少于3天（或不少于24学时）",
         "Candidate training of at least 3 days (or 24 study hours)"),
        f"{XIZE}第十七条",
    ),
    _recruit(
        "recruit_notice", RuleSubject.RECRUIT_NOTICE, 5, ("发展公示", "Public notice"),
        ("发展对象公示不少于5个工作日（按国家法定节假日及调休计算）",
         "A public notice of at least 5 working days (official holidays and make-up days)"),
        LOCAL,
    ),
    _recruit(
        "recruit_approval", RuleSubject.RECRUIT_APPROVAL, 3, ("上级党委审批", "Approval"),
        ("支部大会通过后3个月内由上级党委审批（特殊情况可延长，最长不超过6个月）",
         "Upper-level approval within 3 months of the vote (at most 6 in special cases)"),
        f"{XIZE}第二十六条",
    ),
    # 党章 第九条 (issue 18): a warning at 3 months, an alert at 6. Of two rules of one
    # subject, a member is reminded by the one with the highest threshold reached.
    Rule(
        "dues_unpaid_warning", RuleSubject.DUES_UNPAID, RulePeriod.MONTH, 3,
        RuleScope.EACH_MEMBER, "党费未交提醒", "Dues unpaid (warning)",
        "连续3个月未交纳党费的，提醒支部及时催缴（按季度交纳的，季度内不计）",
        "Remind after 3 months of dues unpaid (quarterly payers: not inside the quarter)",
        f"{DUES}第十三条", is_default=True,
    ),
    Rule(
        "dues_unpaid_alert", RuleSubject.DUES_UNPAID, RulePeriod.MONTH, 6,
        RuleScope.EACH_MEMBER, "连续6个月未交党费", "Dues unpaid six months",
        "没有正当理由，连续6个月不交纳党费的，按自行脱党处理",
        "Six months of dues unpaid without good reason is regarded as leaving the party",
        f"{CONSTITUTION}第九条；{DUES}第十三条", is_default=True,
    ),
    Rule(
        "org_life_absent_warning", RuleSubject.ORG_LIFE_ABSENT, RulePeriod.MONTH, 3,
        RuleScope.EACH_MEMBER, "未参加组织生活提醒", "No organisational life (warning)",
        "连续3个月应参加而未参加任何组织生活的提醒（请假并说明理由的视为已参加；"
        "支部当月未安排其参加的会议不计）",
        "Remind after 3 months due at meetings and at none (leave with a reason is excused; "
        "months with no meeting due are not counted)",
        f"{CONSTITUTION}第九条", is_default=True,
    ),
    Rule(
        "org_life_absent_alert", RuleSubject.ORG_LIFE_ABSENT, RulePeriod.MONTH, 6,
        RuleScope.EACH_MEMBER, "连续6个月未参加组织生活", "No organisational life six months",
        "没有正当理由，连续6个月不参加党的组织生活的，按自行脱党处理",
        "Six months without organisational life without good reason is regarded as "
        "leaving the party",
        f"{CONSTITUTION}第九条", is_default=True,
    ),
)  # fmt: skip


def default_rule(rule_id: str) -> Rule | None:
    return next((r for r in DEFAULT_RULES if r.id == rule_id), None)
