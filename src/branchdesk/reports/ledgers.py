"""The year's ledgers (台账): one table per record type, for the report's appendices and XLSX.

Built from the same `YearRecords` as the facts. `LEDGER_BUILDERS` is keyed by the record
types of `core.registry`; a child type (participants, counterparts, review entries…) is in
its parent's ledger, and `NOT_LEDGERS` names the types that are no ledger on purpose.
A test checks every registered type is accounted for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from types import ModuleType

from branchdesk.core import registry
from branchdesk.core.enums import MembershipEventKind
from branchdesk.core.labels import label
from branchdesk.core.membership import group_on, status_on
from branchdesk.core.participation import year_bounds
from branchdesk.core.recruiting import RecruitStep
from branchdesk.core.review import Grade, is_graded, roster_entries
from branchdesk.core.stroke_order import stroke_order_key
from branchdesk.reports.document import LedgerTable, chinese_date
from branchdesk.reports.facts import YearRecords, members_of_year

Cell = str | int | float | date | None


@dataclass(frozen=True)
class Ledger:
    key: str  # the record type it lists
    title: str
    headers: tuple[str, ...]
    widths: tuple[float, ...]  # relative widths (characters, roughly)
    rows: tuple[tuple[Cell, ...], ...]

    def as_table(self, year: int) -> LedgerTable:
        return LedgerTable(
            f"{year}年度{self.title}",
            self.headers,
            tuple(tuple(_text(c, year) for c in row) for row in self.rows),
            self.widths,
        )


def _text(cell: Cell, year: int) -> str:
    """A date of the ledger's own year without the year (the title carries it): 3月5日."""
    if cell is None:
        return ""
    if isinstance(cell, date):
        return f"{cell.month}月{cell.day}日" if cell.year == year else chinese_date(cell)
    if isinstance(cell, float):
        return f"{cell:g}"
    return str(cell)


def _numbered(rows: list[tuple[Cell, ...]]) -> tuple[tuple[Cell, ...], ...]:
    return tuple((number, *row) for number, row in enumerate(rows, start=1))


MEMBER_HEADERS = (
    *("序号", "姓名", "性别", "民族", "出生日期", "学历"),
    *("入党时间", "转正时间", "党小组", "状态"),
)


def members_ledger(r: YearRecords) -> Ledger:
    _, last = year_bounds(r.year)
    day = min(last, r.today)
    groups = {g.id: g.name for g in r.groups}
    rows: list[tuple[Cell, ...]] = []
    for m in sorted(members_of_year(r), key=lambda m: stroke_order_key(m.name)):  # 姓氏笔画
        status = status_on(m, day)
        group = group_on(m, day)
        rows.append(
            (
                m.name,
                label(m.gender) if m.gender else "",
                m.ethnicity,
                m.birth_date,
                label(m.education) if m.education else "",
                m.joined_on,
                m.full_on,
                groups.get(group, "") if group is not None else "",
                label(status) if status else "年内离开",
            )
        )
    return Ledger(
        registry.MEMBERS.key,
        "党员名册",
        MEMBER_HEADERS,
        (2, 4, 2, 2, 5, 4, 5, 5, 8, 4),
        _numbered(rows),
    )


def membership_ledger(r: YearRecords) -> Ledger:
    first, last = year_bounds(r.year)
    rows: list[tuple[Cell, ...]] = []
    for m in r.members:
        if first <= m.joined_on <= last and not any(
            e.kind == MembershipEventKind.TRANSFERRED_IN and e.occurred_on <= m.joined_on
            for e in m.events
        ):
            rows.append((m.joined_on, m.name, "接收为预备党员", ""))
        if m.full_on is not None and first <= m.full_on <= last:
            rows.append((m.full_on, m.name, "转为正式党员", ""))
        for e in m.events:
            if first <= e.occurred_on <= last:
                rows.append((e.occurred_on, m.name, label(e.kind), e.note))
    rows.sort(key=lambda row: (row[0], str(row[1])))
    return Ledger(
        registry.MEMBERSHIP_EVENTS.key,
        "党员队伍变动台账",
        ("序号", "日期", "姓名", "事项", "说明"),
        (2, 5, 4, 5, 10),
        _numbered(rows),
    )


def committee_ledger(r: YearRecords) -> Ledger:
    first, last = year_bounds(r.year)
    names = {m.id: m.name for m in r.members}
    rows: list[tuple[Cell, ...]] = [
        (t.starts_on, t.ends_on, label(s.post), names.get(s.member_id, ""))
        for t in r.terms
        if t.starts_on <= last and t.ends_on >= first
        for s in t.seats
    ]
    return Ledger(
        registry.COMMITTEE_TERMS.key,
        "支部委员会",
        ("序号", "任期开始", "任期届满", "职务", "姓名"),
        (2, 5, 5, 4, 4),
        _numbered(rows),
    )


def groups_ledger(r: YearRecords) -> Ledger:
    names = {m.id: m.name for m in r.members}
    _, last = year_bounds(r.year)
    day = min(last, r.today)
    rows: list[tuple[Cell, ...]] = [
        (
            g.name,
            names.get(g.leader_id, "") if g.leader_id is not None else "",
            sum(1 for m in r.members if status_on(m, day) and group_on(m, day) == g.id),
        )
        for g in r.groups
    ]
    return Ledger(
        registry.PARTY_GROUPS.key,
        "党小组",
        ("序号", "党小组", "组长", "党员数"),
        (2, 12, 4, 3),
        _numbered(rows),
    )


def review_ledger(r: YearRecords) -> Ledger:
    names = {m.id: m.name for m in r.members}
    rows: list[tuple[Cell, ...]] = []
    if r.review is not None and r.review.year == r.year:
        day = r.review.review_date
        by_id = {m.id: m for m in r.members}
        entries = roster_entries(r.review, r.members)  # 姓氏笔画, as a roster is listed
        for e in sorted(entries, key=lambda e: stroke_order_key(names.get(e.member_id, ""))):
            tally = e.tally
            # 不评定等次 is the wording for probationary members; a full member without a
            # grade yet is 未评定.
            ungraded = "未评定" if is_graded(by_id[e.member_id], day) else "不评定等次"
            votes = "/".join(str(tally.votes_for(g)) for g in Grade)
            follow = (label(e.follow_up) if e.follow_up else "") + e.follow_up_note
            rows.append(
                (
                    names.get(e.member_id, ""),
                    votes if tally.total else "",
                    label(e.grade) if e.grade else ungraded,
                    e.opinion,
                    follow,
                )
            )
    return Ledger(
        registry.REVIEW_ROUNDS.key,
        "民主评议党员结果",
        ("序号", "姓名", "测评票数（优/合/基/不）", "评定等次", "组织意见", "跟进处置"),
        (2, 4, 6, 4, 8, 6),
        _numbered(rows),
    )


def meetings_ledger(r: YearRecords) -> Ledger:
    groups = {g.id: g.name for g in r.groups}
    rows: list[tuple[Cell, ...]] = []
    for m in r.meetings:
        if m.id not in r.attendance:
            continue
        counts = r.attendance[m.id]
        kind = label(m.kind)
        if m.group_id is not None and m.group_id in groups:
            kind = groups[m.group_id].split("（")[0] + "会"  # 第一党小组会
        rows.append(
            (
                m.held_on,
                kind,
                m.display_title,
                m.host_name,
                counts.expected,
                counts.present,
                counts.on_leave,
            )
        )
    return Ledger(
        registry.MEETINGS.key,
        "组织生活会议台账",
        ("序号", "日期", "类型", "主题", "主持人", "应到", "实到", "请假"),
        (2, 5, 5, 10, 3, 2, 2, 2),
        _numbered(rows),
    )


def talks_ledger(r: YearRecords) -> Ledger:
    names = {m.id: m.name for m in r.members}
    rows: list[tuple[Cell, ...]] = [
        (
            t.held_on,
            names.get(t.talker_id, ""),
            "、".join(
                names.get(c.member_id, "") if c.member_id is not None else c.name
                for c in t.counterparts
            ),
            label(t.kind),
            t.topic,
        )
        for t in r.talks
        if t.held_on.year == r.year
    ]
    return Ledger(
        registry.TALKS.key,
        "谈心谈话台账",
        ("序号", "日期", "谈话人", "谈话对象", "类型", "主题"),
        (2, 5, 3, 6, 4, 9),
        _numbered(rows),
    )


def volunteer_ledger(r: YearRecords) -> Ledger:
    rows: list[tuple[Cell, ...]] = [
        (
            a.held_on,
            a.title,
            a.place,
            len(a.participants),
            round(sum(p.hours for p in a.participants), 1),
            a.people_served,
        )
        for a in r.volunteering
        if a.held_on.year == r.year
    ]
    return Ledger(
        registry.VOLUNTEER_ACTIVITIES.key,
        "志愿服务台账",
        ("序号", "日期", "活动名称", "地点", "参与人数", "服务时长（小时）", "服务人数"),
        (2, 5, 9, 6, 3, 4, 3),
        _numbered(rows),
    )


def trainings_ledger(r: YearRecords) -> Ledger:
    rows: list[tuple[Cell, ...]] = [
        (t.starts_on, t.title, label(t.form), t.organiser, t.hours, len(t.participants))
        for t in r.trainings
        if t.starts_on.year == r.year
    ]
    return Ledger(
        registry.TRAININGS.key,
        "教育培训台账",
        ("序号", "日期", "培训名称", "形式", "主办单位", "学时", "参加人数"),
        (2, 5, 9, 4, 5, 2, 3),
        _numbered(rows),
    )


def recruits_ledger(r: YearRecords) -> Ledger:
    """发展党员工作台账: everyone who applied by the year's end and was still on the way in
    at its start (or joined the pipeline during it), with the dates of each stage."""
    from branchdesk.core.recruiting import StepKind

    first = date(r.year, 1, 1)
    last = date(r.year, 12, 31)
    rows: list[tuple[Cell, ...]] = []
    for p in sorted(r.recruits, key=lambda p: (p.applied_on, p.name)):
        if p.applied_on > last:
            continue
        steps = [s for s in p.steps if s.on <= last]
        if steps and max(s.on for s in steps) < first and p.applied_on < first:
            continue  # nothing happened this year: out of the year's ledger

        def on(kind: StepKind, steps: list[RecruitStep] = steps) -> date | None:
            found = [s.on for s in steps if s.kind == kind]
            return max(found) if found else None

        def who(kind: StepKind, steps: list[RecruitStep] = steps) -> str:
            return "、".join(s.people for s in steps if s.kind == kind and s.people)

        stage = replace(p, steps=tuple(steps)).stage
        rows.append(
            (
                p.name,
                label(p.gender) if p.gender else "",
                p.birth_date,
                None if p.earlier_unknown else p.applied_on,
                on(StepKind.ACTIVIST),
                who(StepKind.MENTORS),
                on(StepKind.CANDIDATE),
                who(StepKind.INTRODUCERS),
                on(StepKind.ADMITTED),
                on(StepKind.CONVERTED),
                label(stage),
            )
        )
    return Ledger(
        "recruits",
        "发展党员工作台账",
        (
            *("序号", "姓名", "性别", "出生日期", "申请入党", "确定积极分子", "培养联系人"),
            *("确定发展对象", "入党介绍人", "接收预备党员", "转正", "年末所处阶段"),
        ),
        (2, 3, 2, 5, 5, 5, 5, 5, 5, 5, 5, 5),
        _numbered(rows),
    )


LEDGER_BUILDERS: dict[str, Callable[[YearRecords], Ledger]] = {
    registry.MEETINGS.key: meetings_ledger,
    registry.MEMBERS.key: members_ledger,
    registry.MEMBERSHIP_EVENTS.key: membership_ledger,
    registry.PARTY_GROUPS.key: groups_ledger,
    registry.COMMITTEE_TERMS.key: committee_ledger,
    registry.REVIEW_ROUNDS.key: review_ledger,
    registry.TALKS.key: talks_ledger,
    registry.VOLUNTEER_ACTIVITIES.key: volunteer_ledger,
    registry.TRAININGS.key: trainings_ledger,
    # 党费 (the bases are columns of the collection ledger)
    registry.DUES_PAYMENTS.key: lambda r: _dues().collection_ledger(r.dues),
    registry.DUES_HANDOVERS.key: lambda r: _dues().handover_ledger(r.dues),
    registry.RECRUITS.key: recruits_ledger,
}
# Record types that are no ledger of a year's work.
# Attachments are evidence of other records (files), listed with their owners in the app.
NOT_LEDGERS = frozenset(
    {
        *(registry.ORGANISATIONS.key, registry.REPORT_TEXTS.key, registry.ATTACHMENTS.key),
        registry.DUES_BASES.key,
        registry.RECRUITING_PLANS.key,  # the plan: in the report's recruiting sentence
    }
)
# The ledgers the upper level asks for as appendices of the duty report (report.md).
APPENDIX_KEYS = tuple(
    t.key
    for t in (
        registry.MEETINGS,
        registry.REVIEW_ROUNDS,
        registry.TALKS,
        registry.VOLUNTEER_ACTIVITIES,
        registry.TRAININGS,
        registry.DUES_PAYMENTS,
        registry.RECRUITS,  # 发展党员工作台账
    )
)


def _dues() -> ModuleType:
    """reports.dues_ledgers, which builds on this module's Ledger."""
    from branchdesk.reports import dues_ledgers

    return dues_ledgers


def all_ledgers(records: YearRecords) -> list[Ledger]:
    return [build(records) for build in LEDGER_BUILDERS.values()]


def appendix_tables(records: YearRecords) -> list[LedgerTable]:
    return [
        _dues_appendix(records)
        if key == "dues_payments"
        else LEDGER_BUILDERS[key](records).as_table(records.year)
        for key in APPENDIX_KEYS
        # A branch that keeps no pipeline here gets no empty 发展党员工作台账.
        if key != registry.RECRUITS.key or records.recruits
    ]


def _dues_appendix(records: YearRecords) -> LedgerTable:
    """issue 18: the collection ledger on A4 portrait, as narrow as the notice's table (no
    bases or categories: the XLSX sheet has them)."""
    from dataclasses import replace

    from branchdesk.reports.dues_notice import notice_table

    dues = records.dues or _dues().empty_year(records.year, records.today)
    return replace(notice_table(dues), title=f"{records.year}年度党费收缴台账")
