from datetime import date
from pathlib import Path

import pytest

from branchdesk.core.meetings import (
    ActionItem,
    ActionKind,
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingKind,
    Resolution,
)
from branchdesk.core.members import Member
from branchdesk.core.validation import ValidationError
from branchdesk.workspace import Workspace

TODAY = date(2026, 11, 27)


def _members(ws: Workspace, count: int) -> list[int]:
    return [
        ws.members.save(Member(f"党员{i}", date(2010, 7, 1), full_on=date(2011, 7, 1)), TODAY).id
        or 0
        for i in range(count)
    ]


def _general(ids: list[int]) -> Meeting:
    return Meeting(
        MeetingKind.GENERAL,
        date(2026, 3, 20),
        "第一季度党员大会",
        number="2026-01",
        start_time="14:30",
        end_time="16:00",
        place="协会会议室",
        host_id=ids[0],
        host_name="党员0",
        host_post="书记",
        agenda=("传达学习上级精神", "讨论年度工作计划"),
        studied="学习贯彻党的二十届四中全会精神",
        minutes="党员0：……\n党员1：……",
        resolutions=(Resolution("通过2026年度支部工作计划", 3, 0, 1),),
        summary="会议开得紧凑务实。",
        actions=(
            ActionItem("学习笔记不全", "每月检查", date(2026, 6, 30), "党员1", None),
            ActionItem("报送计划", kind=ActionKind.FOLLOW_UP, done_on=date(2026, 3, 25)),
        ),
        attendance=(
            Attendance(ids[0]),
            Attendance(ids[1]),
            Attendance(ids[2]),
            Attendance(ids[3]),
            Attendance(ids[4], AttendanceStatus.LEAVE, "外出培训"),
        ),
    )


def test_save_and_read_back_with_every_child(workspace: Workspace) -> None:
    ids = _members(workspace, 5)
    saved = workspace.save_meeting(_general(ids), TODAY)
    assert saved.id is not None
    assert saved == _general(ids).__class__(**{**_general(ids).__dict__, "id": saved.id})
    edited = workspace.save_meeting(
        Meeting(MeetingKind.GENERAL, date(2026, 3, 20), "改", id=saved.id), TODAY
    )
    assert edited.attendance == () and edited.resolutions == () and edited.agenda == ()
    assert workspace.db.execute("SELECT count(*) FROM meeting_actions").fetchone()[0] == 0


def test_invalid_meeting_is_not_saved(workspace: Workspace) -> None:
    ids = _members(workspace, 2)
    bad = Meeting(
        MeetingKind.GENERAL,
        date(2026, 3, 20),
        "大会",
        attendance=(Attendance(ids[0]),),
        resolutions=(Resolution("x", votes_for=2),),
    )
    with pytest.raises(ValidationError) as raised:
        workspace.save_meeting(bad, TODAY)
    assert [e.field for e in raised.value.errors] == ["resolutions"]
    assert workspace.meetings.all() == []


def test_filters_by_period_and_kind(workspace: Workspace) -> None:
    for day, kind in (
        (date(2025, 12, 1), MeetingKind.GENERAL),
        (date(2026, 1, 5), MeetingKind.ORG_LIFE),
    ):
        workspace.save_meeting(Meeting(kind, day, "会"), TODAY)
    assert [m.held_on.year for m in workspace.meetings.all(start=date(2026, 1, 1))] == [2026]
    assert [m.kind for m in workspace.meetings.all(kinds=[MeetingKind.GENERAL])] == [
        MeetingKind.GENERAL
    ]


def test_recycle_bin_restores_attendance_resolutions_and_evidence_exactly(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = _members(workspace, 5)
    saved = workspace.save_meeting(_general(ids), TODAY)
    assert saved.id is not None
    photo = tmp_path / "会议照片.png"
    photo.write_bytes(b"\x89PNG fake image bytes")
    attached = workspace.attachments.add_file("meetings", saved.id, photo, "会议现场")
    before = (saved, workspace.attachments.for_owner("meetings", saved.id))

    workspace.meetings.move_to_recycle_bin(saved.id)
    assert workspace.meetings.all() == []
    assert [m.id for m in workspace.meetings.deleted()] == [saved.id]
    assert workspace.search("第一季度党员大会") == []

    workspace.meetings.restore(saved.id)
    after = (
        workspace.meetings.get(saved.id),
        workspace.attachments.for_owner("meetings", saved.id),
    )
    assert after == before
    assert workspace.attachments.path_of(attached).read_bytes() == photo.read_bytes()
    assert [h.record_id for h in workspace.search("第一季度党员大会")] == [saved.id]


def test_purge_removes_children_and_evidence_files(workspace: Workspace) -> None:
    ids = _members(workspace, 5)
    saved = workspace.save_meeting(_general(ids), TODAY)
    assert saved.id is not None
    attached = workspace.attachments.add_bytes("meetings", saved.id, b"scan", "签到表.jpg")
    workspace.meetings.move_to_recycle_bin(saved.id)
    workspace.purge_from_bin("meetings", saved.id)
    assert workspace.meetings.deleted() == []
    assert workspace.db.execute("SELECT count(*) FROM meeting_attendance").fetchone()[0] == 0
    assert workspace.attachments.for_owner("meetings", saved.id) == []
    assert not workspace.attachments.path_of(attached).exists()
