"""A meeting's record sheet (会议记录) and sign-in sheet (签到表)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pdfplumber

from branchdesk.core.attendance import expected_members, summarise
from branchdesk.core.meetings import Attendance, AttendanceStatus, MeetingKind
from branchdesk.reports.pdf.meeting_sheets import record_rows, sheet_data
from branchdesk.workspace import Workspace
from tests.reports import pdf_checks


def _text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    return text.replace(" ", "").replace("\n", "")


def test_record_sheet_has_the_paper_books_rows_and_the_attendance(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    meeting = next(m for m in ws.meetings.all(2025) if m.kind == MeetingKind.GENERAL)
    target = tmp_path / "record.pdf"
    pages = ws.meeting_record_sheet(meeting.id or 0, target)
    assert pages >= 1
    text = _text(target)
    for label in ("支部党员大会记录", "时间", "地点", "主持人", "记录人", "应到人数", "实到人数",
                  "请假人员及原因", "会议议题", "主持人小结", "记录人（签字）"):  # fmt: skip
        assert label in text, label
    summary = summarise(meeting, ws.roster())
    assert f"{summary.expected}人" in text and f"{summary.present}人" in text
    for page in pdf_checks.read_pages(target):
        assert pdf_checks.outside_type_area(page) == []
    assert all(f["emb"] == "yes" for f in pdf_checks.pdffonts(target))


def test_sign_in_sheet_lists_the_expected_members_with_a_column_to_sign(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    meeting = next(m for m in ws.meetings.all(2025) if m.kind == MeetingKind.GROUP)
    target = tmp_path / "sign-in.pdf"
    ws.meeting_sign_in_sheet(meeting.id or 0, target)
    text = _text(target)
    assert "签到表" in text and "签到" in text
    expected = expected_members(ws.roster(), meeting.kind, meeting.held_on, meeting.group_id)
    assert expected
    for member in expected:
        assert member.name in text
    assert f"应到{len(expected)}人" in text
    # Only the group's own members: someone from another group is not on it.
    others = [m for m in ws.members.all() if m not in expected and m.joined_on < date(2025, 1, 1)]
    assert any(m.name not in text for m in others)


def test_sign_in_sheet_before_a_meeting_prints_rare_names(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    meeting = next(m for m in ws.meetings.all(2025) if m.kind == MeetingKind.GENERAL)
    target = tmp_path / "general.pdf"
    ws.meeting_sign_in_sheet(meeting.id or 0, target)
    text = _text(target)
    for name in ("王赟", "李喆", "张堃", "陈旻", "刘玥"):
        assert name in text


def test_minutes_of_several_pages_print_whole_across_pages(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    """A 发言记录 longer than a page used to stop the record sheet; now its row breaks."""
    ws = demo_workspace
    meeting = next(m for m in ws.meetings.all(2025) if m.kind == MeetingKind.COMMITTEE)
    minutes = "".join(f"第{i}位同志发言，围绕主题谈认识。" for i in range(1, 201))
    saved = ws.save_meeting(replace(meeting, id=None, minutes=minutes), date(2026, 11, 27))
    target = tmp_path / "record.pdf"
    assert ws.meeting_record_sheet(saved.id or 0, target) >= 3
    text = _text(target)
    assert "第1位同志发言" in text and "第200位同志发言" in text and "记录人（签字）" in text
    for page in pdf_checks.read_pages(target):
        assert pdf_checks.outside_type_area(page) == []


def test_a_member_present_without_being_due_is_printed_among_those_sitting_in(
    demo_workspace: Workspace,
) -> None:
    """A member invited to a committee meeting (marked present, not on the committee) was on
    no line of the record sheet: 列席人员 printed only the names typed for non-members."""
    ws = demo_workspace
    meeting = ws.meetings.all(kinds=[MeetingKind.COMMITTEE])[-1]
    due = {a.member_id for a in meeting.attendance}
    guest = next(m for m in ws.members.all() if m.id not in due)
    assert guest.id is not None
    invited = replace(
        meeting,
        attendance=(*meeting.attendance, Attendance(guest.id, AttendanceStatus.PRESENT)),
        non_member_attendees="社会组织负责人 陈明",
    )
    data = sheet_data("支部", invited, ws.members.all(), ws.branch.terms(), ws.branch.groups())
    rows = dict(record_rows(data))
    assert rows["列席人员"] == f"{guest.name}、社会组织负责人 陈明"
    assert guest.name not in rows["实到人数"]


def test_the_record_sheet_says_why_a_vote_without_a_quorum_did_not_take_effect(
    demo_workspace: Workspace,
) -> None:
    ws = demo_workspace
    meeting = next(m for m in ws.meetings.all() if m.kind == MeetingKind.GENERAL and m.resolutions)
    absent = tuple(Attendance(a.member_id, AttendanceStatus.ABSENT) for a in meeting.attendance)
    data = sheet_data(
        "支部", replace(meeting, attendance=absent), ws.members.all(), ws.branch.terms(),
        ws.branch.groups(),
    )  # fmt: skip
    rows = dict(record_rows(data))
    assert rows["是否达到法定人数"] == "否（不能进行表决）"
    assert "未生效：到会党员未达到法定人数" in rows["决议及表决结果"]


def test_the_record_sheet_lists_people_in_surname_stroke_order(demo_workspace: Workspace) -> None:
    """官方名单按姓氏笔画排序; before, in the order the members were entered."""
    from branchdesk.core.stroke_order import in_stroke_order

    ws = demo_workspace
    meeting = next(m for m in ws.meetings.all() if m.kind == MeetingKind.GENERAL)
    data = sheet_data("支部", meeting, ws.members.all(), ws.branch.terms(), ws.branch.groups())
    assert len(data.present) > 5
    assert list(data.present) == in_stroke_order(list(data.present))


def test_the_members_ledger_lists_the_roster_in_surname_stroke_order(
    demo_workspace: Workspace,
) -> None:
    """党员名册 listed members in the order they were entered."""
    from branchdesk.core.stroke_order import in_stroke_order
    from branchdesk.reports.ledgers import members_ledger

    ledger = members_ledger(demo_workspace.year_records(2026, date(2026, 11, 27)))
    names = [str(row[1]) for row in ledger.rows]
    assert len(names) > 5 and names == in_stroke_order(names)
