"""The demo's meetings: every kind, realistic attendance, and the gaps compliance must find."""

from collections import Counter

from branchdesk.core.attendance import summarise
from branchdesk.core.meetings import AttendanceStatus, MeetingKind
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


def test_demo_has_every_kind_over_last_year_and_this_year(demo_workspace: Workspace) -> None:
    meetings = demo_workspace.meetings.all()
    kinds = Counter((m.held_on.year, m.kind) for m in meetings)
    last = DEMO_TODAY.year - 1
    assert {k for (year, k) in kinds if year == last} == set(MeetingKind)
    assert all(m.held_on <= DEMO_TODAY for m in meetings)
    assert min(m.held_on for m in meetings).year == last
    # the gaps left on purpose
    assert kinds[(last, MeetingKind.COMMITTEE)] == 11
    assert not [
        m for m in meetings if m.kind == MeetingKind.LESSON and m.held_on.year == last
        and 7 <= m.held_on.month <= 9
    ]  # fmt: skip
    leave = [a for m in meetings for a in m.attendance if a.status == AttendanceStatus.LEAVE]
    assert leave and all(a.reason for a in leave)


def test_exactly_one_general_meeting_was_not_quorate(demo_workspace: Workspace) -> None:
    roster = demo_workspace.roster()
    general = demo_workspace.meetings.all(kinds=[MeetingKind.GENERAL])
    verdicts = [summarise(m, roster).quorate for m in general]
    assert verdicts.count(False) == 1 and verdicts.count(True) == len(general) - 1
    for meeting in general:
        summary = summarise(meeting, roster)
        for resolution in meeting.resolutions:
            assert summary.passes(resolution) == bool(summary.quorate)


def test_demo_attachments_are_small_images_on_disk(demo_workspace: Workspace) -> None:
    meetings = demo_workspace.meetings.all()
    evidence = [
        a for m in meetings for a in demo_workspace.attachments.for_owner("meetings", m.id or 0)
    ]
    assert len(evidence) >= 4
    for attachment in evidence:
        path = demo_workspace.attachments.path_of(attachment)
        assert attachment.mime == "image/png" and path.read_bytes()[:4] == b"\x89PNG"
        assert attachment.size < 10_000


def test_demo_search_finds_lessons_and_long_phrases(demo_workspace: Workspace) -> None:
    lessons = demo_workspace.search("党课")
    assert any(h.record_type == "meetings" for h in lessons)
    assert demo_workspace.search("学习贯彻党的二十届四中全会精神")
