"""A meeting's record sheet (会议记录) and its sign-in sheet (签到表), as printable PDFs.

The record sheet follows the paper 三会一课记录本: a ruled form of labelled rows (time,
place, host, recorder, attendance, agenda, content, resolutions, summary) with signature
lines. The sign-in sheet lists the members expected at the meeting with an empty column to
sign in, printed before the meeting. Both use the report's fonts and checks: a character no
font has is reported, never dropped.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from branchdesk.core.attendance import AttendanceSummary, Roster, expected_members, summarise
from branchdesk.core.labels import label
from branchdesk.core.meetings import Meeting
from branchdesk.core.members import Member
from branchdesk.core.membership import group_on
from branchdesk.core.organisation import CommitteeTerm, PartyGroup
from branchdesk.core.stroke_order import in_stroke_order, stroke_order_key
from branchdesk.reports.document import chinese_date
from branchdesk.reports.fonts import FontSet, check_text, require_drawable
from branchdesk.reports.output import output_to
from branchdesk.reports.pdf.grid import GridText
from branchdesk.reports.pdf.ledger_grid import LedgerGrid, Padding
from branchdesk.reports.pdf.official import (
    PITCH,
    SIZE_SMALL_4,
    TYPE_HEIGHT,
    TYPE_WIDTH,
    OfficialDocTemplate,
    OfficialStyles,
)

LABEL_WIDTH = 0.24  # of the type area: 是否达到法定人数 on one line


@dataclass(frozen=True)
class SheetPerson:
    name: str
    note: str = ""  # e.g. the party group or the post


@dataclass(frozen=True)
class MeetingSheetData:
    """What a sheet prints about a meeting, with every name already resolved."""

    branch: str
    meeting: Meeting
    kind_name: str  # e.g. 支部委员会会议, 第一党小组会
    expected: tuple[SheetPerson, ...]
    attendance: AttendanceSummary | None = None
    present: tuple[str, ...] = ()
    on_leave: tuple[tuple[str, str], ...] = ()  # name, reason
    absent: tuple[str, ...] = ()
    sitting_in: tuple[str, ...] = ()  # members present without being due (列席)


def _title(data: MeetingSheetData, what: str) -> str:
    return f"{data.kind_name}{what}"


def _heading(data: MeetingSheetData, title: str, styles: OfficialStyles) -> list[Flowable]:
    """The sheet's title, and under it the branch, as on the cover of a 记录本 page."""
    branch = replace(styles.table_cell, align="center", size=14, pitch=PITCH * 0.8)
    return [GridText(title, styles.title, "标题"), GridText(data.branch, branch, "支部名称")]


def _when(meeting: Meeting) -> str:
    times = "—".join(t for t in (meeting.start_time, meeting.end_time) if t)
    return chinese_date(meeting.held_on) + (f" {times}" if times else "")


def record_rows(data: MeetingSheetData) -> list[tuple[str, str]]:
    """The labelled rows of the 会议记录, in the paper book's order."""
    m = data.meeting
    rows = [
        ("会议名称", m.display_title or data.kind_name),
        ("时间", _when(m)),
        ("地点", m.place),
        ("主持人", " ".join(x for x in (m.host_name, m.host_post) if x)),
        ("记录人", m.recorder_name),
    ]
    if m.lecturer_name or m.topic:
        rows.append(("授课人及题目", "，".join(x for x in (m.lecturer_name, m.topic) if x)))
    if m.theme or m.form:
        rows.append(
            ("主题及形式", "，".join(x for x in (m.theme, label(m.form) if m.form else "") if x))
        )
    if data.attendance is not None:
        a = data.attendance
        rows.append(("应到人数", f"{a.expected}人"))
        present = f"{a.present}人" + (f"：{'、'.join(data.present)}" if data.present else "")
        rows.append(("实到人数", present))
        leave = "；".join(f"{n}（{r}）" if r else n for n, r in data.on_leave)
        absent = "、".join(data.absent)
        rows.append(("请假人员及原因", leave or "无"))
        rows.append(("缺席人员", absent or "无"))
        if a.quorate is not None:
            rows.append(("是否达到法定人数", "是" if a.quorate else "否（不能进行表决）"))
    sitting_in = (*data.sitting_in, m.non_member_attendees)
    rows.append(("列席人员", "、".join(p for p in sitting_in if p) or "无"))
    if m.upper_attendees:
        rows.append(("上级参会人员", m.upper_attendees))
    rows.append(("会议议题", "\n".join(f"{i}.{t}" for i, t in enumerate(m.agenda, start=1))))
    rows.append(("学习传达内容", m.studied))
    rows.append(("发言摘要", m.minutes))
    if m.resolutions:
        lines = []
        for i, r in enumerate(m.resolutions, start=1):
            outcome = ""
            if data.attendance is not None and data.attendance.quorate is False:
                outcome = "，未生效：到会党员未达到法定人数"  # why, not merely 未通过
            elif data.attendance is not None:
                outcome = "，通过" if data.attendance.passes(r) else "，未通过"
            lines.append(
                f"{i}.{r.text}（赞成{r.votes_for}票，反对{r.votes_against}票，"
                f"弃权{r.abstentions}票{outcome}）"
            )
        rows.append(("决议及表决结果", "\n".join(lines)))
    rows.append(("主持人小结", m.summary))
    if m.actions:
        rows.append(
            (
                "整改及后续事项",
                "\n".join(
                    f"{i}.{a.item}"
                    + (f"；措施：{a.measure}" if a.measure else "")
                    + (f"；责任人：{a.owner}" if a.owner else "")
                    + (f"；时限：{chinese_date(a.deadline)}" if a.deadline else "")
                    for i, a in enumerate(m.actions, start=1)
                ),
            )
        )
    return rows


def build_record_sheet(data: MeetingSheetData, fonts: FontSet, target: Path | io.BytesIO) -> int:
    """The meeting's 会议记录 as a PDF; returns the number of pages."""
    styles = OfficialStyles(fonts)
    rows = record_rows(data)
    title = _title(data, "记录")
    _check(fonts, styles, title, [data.branch] + [text for pair in rows for text in pair])
    label_style = replace(styles.table_head, align="center")
    value_style = replace(styles.table_cell, align="left")
    # A ruled row stays at least two lines high, as in the paper book, so there is room to
    # write by hand when a field was left empty. Minutes of several pages break between lines.
    grid = LedgerGrid(
        (),
        [(name, value if value.strip() else "\n") for name, value in rows],
        [TYPE_WIDTH * LABEL_WIDTH, TYPE_WIDTH * (1 - LABEL_WIDTH)],
        label_style,
        [label_style, value_style],
        "会议记录",
        TYPE_HEIGHT,
        padding=Padding(4, 4),
        centre_numbers=False,
    )
    signature = GridText(
        "主持人（签字）：              记录人（签字）：",
        replace(styles.table_cell, align="right"),
        "落款",
    )
    story: list[Flowable] = [
        *_heading(data, title, styles),
        grid,
        Spacer(1, PITCH),
        signature,
    ]
    return _build(story, fonts, target, title)


def build_sign_in_sheet(data: MeetingSheetData, fonts: FontSet, target: Path | io.BytesIO) -> int:
    """The 签到表: the expected attendees with an empty column to sign; returns the pages."""
    styles = OfficialStyles(fonts)
    title = _title(data, "签到表")
    m = data.meeting
    header = f"会议名称：{m.display_title or data.kind_name}\n时间：{_when(m)}　　地点：{m.place}"
    texts = [
        data.branch,
        header,
        *(p.name for p in data.expected),
        *(p.note for p in data.expected),
    ]
    _check(fonts, styles, title, texts)
    cell = replace(styles.table_cell, align="center")
    rows: list[list[Any]] = [
        [
            GridText(h, styles.table_head, "表头")
            for h in ("序号", "姓名", "党小组/职务", "签到", "备注")
        ]
    ]
    for number, person in enumerate(data.expected, start=1):
        rows.append(
            [
                GridText(str(number), cell),
                GridText(person.name, cell, person.name),
                GridText(person.note, cell, person.name),
                "",
                "",
            ]
        )
    widths = [0.08, 0.17, 0.3, 0.25, 0.2]
    grid = Table(rows, colWidths=[TYPE_WIDTH * w for w in widths], repeatRows=1)
    style = _ruled(styles)
    style.add("ROWHEIGHT", (0, 1), (-1, -1), SIZE_SMALL_4 * 2.6)  # room for a signature
    grid.setStyle(style)
    story: list[Flowable] = [
        *_heading(data, title, styles),
        GridText(header, replace(styles.table_cell, align="left"), "会议信息"),
        Spacer(1, 4),
        grid,
        Spacer(1, PITCH / 2),
        GridText(
            f"应到{len(data.expected)}人，实到    人。",
            replace(styles.table_cell, align="left"),
            "合计",
        ),
    ]
    return _build(story, fonts, target, title)


def _ruled(styles: OfficialStyles) -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONTNAME", (0, 0), (-1, -1), styles.body.chain.primary.name),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )


def _check(fonts: FontSet, styles: OfficialStyles, title: str, texts: list[str]) -> None:
    missing = check_text(styles.title.chain, title, "标题")
    for text in texts:
        missing += check_text(styles.table_cell.chain, text, "表格")
    require_drawable(missing)


def _build(story: list[Flowable], fonts: FontSet, target: Path | io.BytesIO, title: str) -> int:
    with output_to(target) as out:
        doc = OfficialDocTemplate(out, fonts, title.replace("\n", ""), "BranchDesk")
        doc.build(story)
    return int(doc.page)


def sheet_data(
    branch: str,
    meeting: Meeting,
    members: Iterable[Member],
    terms: Iterable[CommitteeTerm],
    groups: Iterable[PartyGroup],
) -> MeetingSheetData:
    """Resolve the names a sheet prints: who is expected (from the roster on the day), who came."""
    roster = Roster.of(members, terms)
    group_names = {g.id: g.name for g in groups}
    day = meeting.held_on
    kind_name = label(meeting.kind)
    if meeting.group_id is not None and meeting.group_id in group_names:
        kind_name = group_names[meeting.group_id].split("（")[0] + "会"
    term = roster.term_on(day)

    def note(member: Member) -> str:
        post = (
            next((s.post for s in term.seats if s.member_id == member.id), None) if term else None
        )
        group = group_on(member, day)
        parts = [group_names.get(group, "").split("（")[0] if group is not None else ""]
        if post is not None:
            parts.append(label(post))
        return "，".join(p for p in parts if p)

    expected = expected_members(roster, meeting.kind, day, meeting.group_id)
    names = {m.id: m.name for m in roster.members}
    summary = summarise(meeting, roster) if meeting.attendance else None
    reasons = {a.member_id: a.reason for a in meeting.attendance}
    return MeetingSheetData(
        branch=branch,
        meeting=meeting,
        kind_name=kind_name,
        expected=tuple(SheetPerson(m.name, note(m)) for m in expected),
        attendance=summary,
        # People in 姓氏笔画 order, as official records list them.
        present=tuple(in_stroke_order([names.get(i, "") for i in summary.present_ids]))
        if summary
        else (),
        on_leave=tuple(
            sorted(
                ((names.get(i, ""), reasons.get(i, "")) for i in summary.leave_ids),
                key=lambda pair: stroke_order_key(pair[0]),
            )
        )
        if summary
        else (),
        absent=tuple(in_stroke_order([names.get(i, "") for i in summary.absent_ids]))
        if summary
        else (),
        # A member in the recycle bin (no name here) is left out.
        sitting_in=tuple(names[i] for i in summary.extra_present_ids if i in names)
        if summary
        else (),
    )
