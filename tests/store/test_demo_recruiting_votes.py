"""The demo shows "the meeting is the step": its admissions, extensions and conversions of
the demo's meeting years are 支部党员大会 resolutions naming the person, not typed steps."""

from __future__ import annotations

from datetime import date

from branchdesk.core.attendance import summarise
from branchdesk.core.meetings import MeetingKind
from branchdesk.core.recruiting import MEETING_STEPS, StepKind
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

FIRST_DAY = date(DEMO_TODAY.year - 1, 1, 1)  # the small demo's meetings begin


def test_every_vote_of_the_meeting_years_comes_from_a_quorate_passed_resolution(
    demo_workspace: Workspace,
) -> None:
    ws = demo_workspace
    roster = ws.roster()
    voted = [
        (recruit, step)
        for recruit in ws.recruiting.all()
        for step in recruit.steps
        if step.kind in MEETING_STEPS and step.on >= FIRST_DAY
    ]
    assert len([s for _r, s in voted if s.kind == StepKind.ADMITTED]) == 4  # the probationary
    for recruit, step in voted:
        assert step.meeting_id is not None, (recruit.name, step)
        meeting = ws.meetings.get(step.meeting_id)
        assert meeting.kind == MeetingKind.GENERAL
        assert meeting.held_on == step.on  # the meeting's day is the step's
        resolution = next(r for r in meeting.resolutions if r.recruit_id == recruit.id)
        assert recruit.name in resolution.text and recruit.name in meeting.title
        summary = summarise(meeting, roster)
        assert summary.quorate and summary.passes(resolution)
        member = ws.members.get(recruit.member_id or 0)
        if step.kind == StepKind.ADMITTED:
            assert member.joined_on == step.on == recruit.admitted_on  # the roster follows


def test_no_quarterly_meeting_claims_an_admission_that_names_nobody(
    demo_workspace: Workspace,
) -> None:
    for meeting in demo_workspace.meetings.all():
        for resolution in meeting.resolutions:
            if "预备党员" in resolution.text and "同意" in resolution.text:
                assert resolution.recruit_id is not None, meeting.title


def test_deleting_the_admission_meeting_removes_the_step_and_the_roster_member(
    demo_workspace: Workspace,
) -> None:
    ws = demo_workspace
    recruit = next(r for r in ws.recruiting.all() if r.name == "郭一鸣")
    step = recruit.last(StepKind.ADMITTED)
    assert step is not None and step.meeting_id is not None
    ws.move_to_bin("meetings", step.meeting_id)
    after = ws.recruiting.get(recruit.id or 0)
    assert after.last(StepKind.ADMITTED) is None and after.admitted_on is None
    assert all(m.name != "郭一鸣" for m in ws.members.all())
    ws.restore_from_bin("meetings", step.meeting_id)
    assert ws.recruiting.get(recruit.id or 0).admitted_on == step.on
    assert any(m.name == "郭一鸣" for m in ws.members.all())
